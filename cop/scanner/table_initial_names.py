"""An initial and a surname with a particle in a table's cell: "4 | D DE SOUZA | Self",
"Ms | A VAN DER BERG".

A pasted list or spreadsheet writes people as an initial and a surname in capitals, and a
surname with a particle ("DE SOUZA", "VAN DER BERG") breaks the two-capitalised-words
rule, as "DE" and "VAN" are no names alone. An initial, one or two particles and a word
that could be a surname, filling a cell of a table (two or more rows with pipes or tabs),
are a person's name.
"""

import re
from collections.abc import Iterator

from . import gazetteer, name_likeness, vocab
from .gazetteer import fold

_PARTICLE = "|".join(sorted(vocab.PARTICLES, key=len, reverse=True))
CELL_NAME_RE = re.compile(
    rf"(?:^|(?<=[|\t]))[ \t]*(?:(?i:mr|mrs|ms|miss|mx|dr)\.?[ \t]+)?"
    rf"(?P<name>[A-Z]\.?[ \t]+(?:(?i:{_PARTICLE})[ \t]+){{1,2}}(?P<surname>[A-Z][\w'’-]+))"
    r"[ \t]*(?=[|\t]|$)",
    re.MULTILINE,
)


def _surname_fits(key: str) -> bool:
    gaz = gazetteer.load()
    if key in vocab.PARTICLES:
        return False  # "DE LA" is only the particles
    if key in gaz.surnames:
        return True  # after a particle, "COSTA" is a surname, not the coffee shop
    if key in gaz.non_names or key in gaz.places or key in vocab.ORG_WORDS:
        return False
    return key in gaz.world_names or name_likeness.unlisted(key)


def names_in_table_cells(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Initial-particle-surname names that fill a cell of a table row."""
    rows = [line for line in text.splitlines() if "|" in line or "\t" in line]
    if len(rows) < 2:
        return  # not a table
    for m in CELL_NAME_RE.finditer(text):
        key = fold(m.group("surname"))
        if key not in allowed and _surname_fits(key):
            yield m.span("name")
