"""A family called by a surname found in the text: "the Wards" once "John Joe Ward" is
named, "the Joneses".

A plural with "the" is a family only when its singular is the surname of someone the text
names in full, so "the Smiths" is the band unless a Smith is in the note.
"""

import re
from collections.abc import Iterable, Iterator

from . import gazetteer
from .gazetteer import fold

FAMILY_RE = re.compile(r"\b[Tt]he[ \t]+(?P<family>[A-Z][\w'’-]*?(?:es|s))(?![\w'’-])")


def families(
    text: str, names: Iterable[tuple[int, int]], allowed: frozenset[str]
) -> Iterator[tuple[int, int]]:
    """"the Wards" where Ward is the last word of a name of two or more capitalised words,
    or a listed surname found as a name alone."""
    listed = gazetteer.load().surnames
    surnames = set()
    for start, end in names:
        parts = text[start:end].split()
        if not all(p[:1].isupper() for p in parts):
            continue
        if len(parts) > 1 or (parts and fold(parts[0]) in listed):
            surnames.add(fold(parts[-1]))
    surnames -= allowed
    if not surnames:
        return
    for m in FAMILY_RE.finditer(text):
        plural = fold(m.group("family"))
        if plural[:-1] in surnames or (plural.endswith("es") and plural[:-2] in surnames):
            yield m.span("family")
