"""Nicknames by their shape: British nicknames made with "-azza" ("Dazza", "Gazza",
"Shazza"), and "Big" or "Little" before a name ("Big Gaz at the door").

A capitalised word ending in -azza, -ezza or -izza that no dictionary holds ("pizza" is
one) is almost only such a nickname. "Big" or "Little" with a capitalised word that could
be a first name is a nickname too; a word of no name ("Big Issue", "Little Chef") and a
longer capitalised phrase ("Little Venice Sports Centre") are not.
"""

import re
from collections.abc import Iterator

from . import gazetteer, name_likeness
from .gazetteer import fold

AZZA_RE = re.compile(r"(?<![\w'’-])[A-Z][a-z]{0,4}(?:azza|ezza|izza)(?![\w-])")
BIG_OR_LITTLE_RE = re.compile(
    r"(?<![\w'’-])(?:Big|Little|Lil|Wee)[ \t]+(?P<name>[A-Z][a-z]{1,10})(?![\w-])"
    r"(?![ \t]+[A-Z])"
)


def nicknames_by_shape(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, int]]:
    gaz = gazetteer.load()
    if "zz" in text:
        for m in AZZA_RE.finditer(text):
            key = fold(m.group())
            if key not in allowed and key not in gaz.english and key not in gaz.places \
                    and key not in gaz.non_names:
                yield m.span()
    if "Big" in text or "Li" in text or "Wee" in text:
        for m in BIG_OR_LITTLE_RE.finditer(text):
            key = fold(m.group("name"))
            if key in allowed or key in gaz.non_names or key in gaz.places:
                continue
            if (key in gaz.english and key not in gaz.given) \
                    or not name_likeness.could_be_first_name(key):
                continue
            yield m.start(), m.end("name")
