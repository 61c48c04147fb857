"""A name the text defines as standing for someone named in full: "Shell = Michelle
Cairns", "Michelle Cairns (= Shell)", "Jonno is John O'Neill".

A voicemail or a quote may use only the name a client calls someone ("tell Shell I'm
sorry"); the worker's note then says who that is. The alias is a name, and so is every
other mention of it. "=" defines an alias whatever the word; "is" says who someone is as
often as what they are ("Manager is Tom Reilly"), so after "is" the word must also be one
some person is called.
"""

import re
from collections.abc import Iterable, Iterator

from . import gazetteer, name_likeness, vocab
from .gazetteer import fold

ALIAS_BEFORE_RE = re.compile(
    r"(?:^|(?<=[\n(.,;:!?]))[ \t]*(?P<alias>[A-Z][a-z'’-]*[a-z])[ \t]*(?:(?P<equals>=)|is)"
    r"[ \t]*$"
)
ALIAS_AFTER_RE = re.compile(r"[ \t]*\(?[ \t]*=[ \t]*(?P<alias>[A-Z][a-z'’-]*[a-z])(?![\w'’])")


def _fits(alias: str, equals: bool) -> bool:
    gaz = gazetteer.load()
    key = fold(alias)
    if (
        len(key) < 2 or key in gaz.non_names or key in gaz.places or key in vocab.ORG_WORDS
        or key in vocab.TITLES or key in vocab.ORG_PREFIXES
    ):
        return False
    return equals or name_likeness.could_be_first_name(key)


def aliases_of_names(
    text: str, names: Iterable[tuple[int, int]], allowed: frozenset[str]
) -> Iterator[tuple[int, int]]:
    """Aliases set beside a name of two or more capitalised words by "=" or "is"."""
    for start, end, _parts in name_likeness.full_names(text, names):
        before = ALIAS_BEFORE_RE.search(text, max(0, start - 30), start)
        if before and fold(before.group("alias")) not in allowed and _fits(
            before.group("alias"), before.group("equals") is not None
        ):
            yield before.span("alias")
        after = ALIAS_AFTER_RE.match(text, end)
        if after and fold(after.group("alias")) not in allowed and _fits(
            after.group("alias"), True
        ):
            yield after.span("alias")
