"""The last name of a list whose earlier names were found: "Kids Johnjoe, Kathleen and
Paddy not in school", "saw Tomasz, Aga & Kuba".

Two or more names found, joined by commas, then "and" (or "&") and one capitalised word
mid-sentence: the word closes the list of people, even when it is also an everyday word
("Paddy", a rice field) or in no list. Not a word for a place or an organisation, a common
word that is no given name ("Jo, Sam and Housing"), a word in capitals, or a word with a
capitalised word after it ("Tom, Jo and Hope House" ends with a building).
"""

import re
from collections.abc import Iterator, Sequence

from . import gazetteer
from .gazetteer import fold

COMMA_RE = re.compile(r"[ \t]*,[ \t]*")
LAST_RE = re.compile(
    r"[ \t]*,?[ \t]+(?:and|&)[ \t]+(?P<name>[A-Z][a-z'’-]*[a-z])\b(?![ \t]+[A-Z])(?!['’-])"
)


def list_ends(
    text: str, names: Sequence[tuple[int, int]], allowed: frozenset[str]
) -> Iterator[tuple[int, int]]:
    """The capitalised word that ends a list of two or more names found."""
    if " and " not in text and "&" not in text:
        return
    gaz = gazetteer.load()
    ordered = sorted(set(names))
    starts = {start for start, _end in ordered}
    ends = {end: start for start, end in ordered}
    for start, end in ordered:
        m = LAST_RE.match(text, end)
        if not m or m.start("name") in starts:
            continue
        # a name before this one, joined by a comma
        before = [e for e in ends if e < start and COMMA_RE.fullmatch(text[e:start])]
        if not before:
            continue
        key = fold(m.group("name"))
        if key in allowed or key in gaz.non_names or key in gaz.places:
            continue
        if key in gaz.common_words and key not in gaz.given:
            continue
        yield m.span("name")
