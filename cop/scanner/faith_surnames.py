""" "Islam" as a surname after a first name: "Rafiqul Islam", "Nazrul Islam", "Mohammed
Nurul Islam".

In Bangladeshi and other South Asian Muslim naming "Islam" is among the commonest
surnames, and the non-names hold it as a faith, so a name ending in it was lost whole
("Saw Rafiqul Islam today" found nothing). Straight after one or two capitalised words
that could be first names (a listed given name or a world name, no English word), it is
the surname, and the whole name is a person's. "talked about Islam" and "converted to
Islam" have no first name before it, and a branch of the faith before it ("Sunni Islam",
"Shia Muslims", "a Sufi mosque") is no first name, though name lists hold some of them.
"""

import re
from collections.abc import Iterator

from . import gazetteer, name_likeness
from .gazetteer import fold

FAITH_SURNAME_RE = re.compile(
    r"(?<![\w'’-])(?P<first>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]+(?:(?:Ul|ul)[ \t-])?Islam\b"
)


BRANCHES = frozenset(
    "sunni shia shiite sufi ahmadi ahmadiyya ismaili salafi deobandi barelvi".split()
)
BRANCH_AFTER_RE = re.compile(
    r"[ \t]+(?:Islam|Muslims?|mosques?|masjid|community|communities|family|imam|scholars?|"
    r"sect|branch|tradition|sheikh|school)\b",
    re.IGNORECASE,
)


def faith_branch_at(text: str, start: int, end: int) -> bool:
    """True if text[start:end] is a branch of Islam before what it describes ("Sunni
    mosque", "Shia Islam")."""
    return fold(text[start:end]) in BRANCHES and bool(BRANCH_AFTER_RE.match(text, end))


def _first_name(word: str) -> bool:
    key = fold(word)
    if key in BRANCHES:
        return False
    gaz = gazetteer.load()
    return (
        (key in gaz.given or key in gaz.world_names)
        and key not in gaz.english
        and key not in gaz.places
        and name_likeness.could_be_first_name(key)
    )


def faith_surnames(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Names whose surname is "Islam"."""
    if "Islam" not in text:
        return
    for m in FAITH_SURNAME_RE.finditer(text):
        words = m.group("first").split()
        # the first names: the last word before "Islam" must be one, and any before it too
        while words and not _first_name(words[0]):
            words = words[1:]
        if not words or not all(_first_name(w) for w in words):
            continue
        if any(fold(w) in allowed for w in words):
            continue
        start = m.start("first") + m.group("first").index(words[0])
        yield start, m.end()
