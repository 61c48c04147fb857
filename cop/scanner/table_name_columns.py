"""The cells under a "name" heading in a pasted table: a CSV or tab-separated export
("name,dob,nhs no,last seen" then "Honey Lee,,,09/05,pregnant"). Whatever the words are,
the column says they are names, as a sign-in sheet does; a cell must still look like one
(one to four words of letters, none a place's or a placeholder's: "unknown", "TBC")."""

import re
from collections.abc import Iterator

from . import gazetteer, vocab
from .gazetteer import fold

NAME_HEADINGS = frozenset(
    "name|names|full name|client name|client|service user|person|first name|forename|"
    "forenames|given name|surname|last name|family name|resident|tenant|young person|"
    "patient|patient name".split("|")
)
# A "name" cell between separators, the quick test for a table with one.
HEADING_CELL_RE = re.compile(
    r"(?m)(?:^|[,\t|;])[ \t]*(?:full |client |first |last |given |family |patient )?"
    r"(?:name|names|surname|forenames?)[ \t]*(?:[,\t|;]|$)"
)
CELL_NAME_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*(?:[ \t]+[A-Za-z][A-Za-z'’-]*){0,3}")
PLACEHOLDERS = frozenset("unknown tbc tba na n/a none anon withheld nfa".split())


def _separator(header: str) -> str | None:
    for sep in ("\t", ",", "|", ";"):
        if header.count(sep) >= 2:
            return sep
    return None


def names_in_name_columns(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, int]]:
    """The name cells of each table in the text whose heading row has a name column."""
    lowered = text.lower()
    if "name" not in lowered or not any(
        _separator(line) and HEADING_CELL_RE.search(line)
        for line in lowered.split("\n")
        if "name" in line
    ):
        return  # the quick answer for most texts
    gaz = gazetteer.load()
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    i = 0
    while i < len(lines):
        start, header = lines[i]
        sep = _separator(header)
        cells = [c.strip().lower() for c in header.split(sep)] if sep else []
        columns = [k for k, cell in enumerate(cells) if cell in NAME_HEADINGS]
        i += 1
        if not columns or sep is None:
            continue
        # the rows under it: lines with as many separators, up to the first that has not
        while i < len(lines) and lines[i][1].count(sep) == header.count(sep):
            row_start, row = lines[i]
            offsets, position = [], 0
            for cell in row.split(sep):
                offsets.append((position, cell))
                position += len(cell) + 1
            for k in columns:
                offset, cell = offsets[k]
                m = CELL_NAME_RE.fullmatch(cell.strip())
                if not m:
                    continue
                keys = [fold(word) for word in cell.split()]
                if any(key in PLACEHOLDERS or key in gaz.places or key in allowed for key in keys):
                    continue
                if keys[-1] in vocab.PARTICLES:
                    continue  # "I DE LA": a name cut short, no surname
                lead = len(cell) - len(cell.lstrip())
                begin = row_start + offset + lead
                yield begin, begin + len(cell.strip())
            i += 1
