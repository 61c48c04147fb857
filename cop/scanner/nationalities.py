"""Nationalities, peoples and languages ("British", "Albanian", "Pashto") are never a person.

They stand where names do ("his partner (British)", "speaks Tigrinya"), so rules that take
a word from its place can take them; the lists are the "Nationalities" and "Languages"
sections of data/non_names.txt. A nickname is the exception: "a.k.a. Dutch", "'Scotch'".
"""

import functools
import re

from .gazetteer import DATA_DIR, fold

SECTIONS = ("# Nationalities", "# Languages")
NICKNAME_BEFORE_RE = re.compile(
    r"(?:\ba\.?k\.?a\.?|\bknown\s+as|\bcalled|\bgoes\s+by|\bnicknamed?)\s*$|[\"“'‘]$",
    re.IGNORECASE,
)


@functools.cache
def nationality_words() -> frozenset[str]:
    words: set[str] = set()
    in_section = False
    for line in (DATA_DIR / "non_names.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            in_section = line.startswith(SECTIONS)
            continue
        if not line.strip():
            in_section = False
        elif in_section:
            words.update(fold(w) for w in line.split())
    return frozenset(words)


def is_nationality(name: str) -> bool:
    """True if every word of `name` is a nationality, people or language."""
    keys = [fold(w).removesuffix("'s") for w in name.split()]
    return bool(keys) and all(k in nationality_words() for k in keys)


def nationality_at(text: str, start: int, end: int) -> bool:
    """True if text[start:end] is a nationality and no nickname introduced as one."""
    return is_nationality(text[start:end]) and not NICKNAME_BEFORE_RE.search(
        text[max(0, start - 20) : start]
    )
