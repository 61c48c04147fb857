"""A given name opening an item of a list whose other items open with people's names:
"1. Chukwuemeka Okafor - needs a lift / 2. Mrs Nwosu - waiting on DHP / 3. Ade - NFA",
"Voicemails: 1. Edgars - wants a call back ... 5. Summer again".

A handover's caseload or a list of voicemails puts one person at the head of each item.
Once two or more items of the list open with a name found by other rules, the first word
of another item is a person too if it is a listed given name (a season's word too), even
an everyday word: in that slot "Ade" and "Summer" are people. Items opened by other words
("Council tax - automated", "Someone from the Job Centre") are left alone.
"""

import re
from collections.abc import Iterator, Sequence

from . import name_likeness
from .gazetteer import fold

ITEM_RE = re.compile(
    r"^[ \t]*(?:\d{1,2}[.)]|[-•*])[ \t]+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+)?"
    r"(?P<name>[A-Z][a-z'’-]+)",
    re.MULTILINE,
)
# A quick count of items (a pattern opening with a line break is quick).
ITEM_START_RE = re.compile(r"\n[ \t]*(?:\d{1,2}[.)]|[-•*])[ \t]+[A-Z]")
# After a name standing alone at an item's head: a pause, the line's end, or a word that
# goes on about a person ("again", "rang", "wants"), not a noun ("Grace period").
ALONE_AFTER_RE = re.compile(
    r"[ \t]*(?:[-–:,(]|$)|[ \t]+(?:again|rang|called|phoned|texted|says|said|wants|needs|asked|"
    r"re|about|came|left|moved|seen|is|was|has|had|will|can|did|didn['’]?t|not)\b",
    re.MULTILINE,
)


def names_heading_items(
    text: str, names: Sequence[tuple[int, int]], allowed: frozenset[str]
) -> Iterator[tuple[int, int]]:
    """Given names opening list items, where two or more items open with a found name."""
    if len(ITEM_START_RE.findall("\n" + text)) < 3:
        return
    items = list(ITEM_RE.finditer(text))
    if len(items) < 3:
        return
    starts = {start for start, _end in names}
    headed = [m for m in items if m.start("name") in starts]
    if len(headed) < 2:
        return
    for m in items:
        if (
            m.start("name") not in starts
            and ALONE_AFTER_RE.match(text, m.end())
            and name_likeness.given_name_heading_a_clause(fold(m.group("name")), allowed)
        ):
            yield m.span("name")
