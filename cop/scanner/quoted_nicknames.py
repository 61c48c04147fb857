"""A nickname in quotes set off straight after a full name: Martin McDonagh - "Big Mart" -,
Delroy Campbell – "Duke" to everyone –, Sam Hill ("Smiler").

Quotes after a name could hold anything ("Jo Bloggs - 'not again'"), so only one or two
capitalised words count, set off by a dash or an opening bracket, the way a writer adds
what someone is called.
"""

import re
from collections.abc import Iterable, Iterator

from . import gazetteer, name_likeness

QUOTED_AFTER_NAME_RE = re.compile(
    r"[ \t]*(?:[-–—][ \t]*|\([ \t]*)[\"“‘'](?P<nick>[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?)[\"”’']"
    r"(?![\w'’])"
)


def nicknames_after_names(
    text: str, names: Iterable[tuple[int, int]], allowed: frozenset[str]
) -> Iterator[tuple[int, int]]:
    """The quoted nickname straight after a name of two or more capitalised words."""
    for _start, end, _parts in name_likeness.full_names(text, names):
        m = QUOTED_AFTER_NAME_RE.match(text, end)
        if m and gazetteer.fold(m.group("nick")) not in allowed:
            yield m.span("nick")
