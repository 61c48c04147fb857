"""A given name opening a message or a line, then a question or a request put to that
person without a comma: "Ruby can we talk about room 4?", "Dawn could you sign this",
"Lucy pls ring him back". names.py reads the vocative with its comma ("Sukhvinder, can
you"); typed fast the comma goes, and a given name before "can we", "could you" or "pls"
is still who is asked, even an everyday word. Not a month ("May can you") or a place."""

import re
from collections.abc import Iterator

from . import name_likeness
from .gazetteer import fold

VOCATIVE_RE = re.compile(
    r"[ \t]*(?P<name>[A-Z][a-z'’-]*[a-z])[ \t]+"
    r"(?i:(?:can|could|would|will|are|did|do|have)[ \t]+(?:you|u|we)|r[ \t]+u"
    r"|(?:pls|plz|please)[ \t]+(?:can[ \t]+(?:you|u)[ \t]+)?[a-z]{2,})\b"
)
# Tried at each line's start only (quicker than a pattern that looks for line starts).
NEWLINE_RE = re.compile(r"\n")


def vocatives(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Given names opening a line before a question to the person."""
    line_starts = [0] + [m.end() for m in NEWLINE_RE.finditer(text)]
    for m in filter(None, (VOCATIVE_RE.match(text, start) for start in line_starts)):
        if name_likeness.given_name_not_a_date(fold(m.group("name")), allowed):
            yield m.span("name")
