"""Nationalities, peoples and languages ("British", "Albanian", "Pashto") are never a person.

They stand where names do ("his partner (British)", "speaks Tigrinya"), so rules that take
a word from its place can take them; the lists are the "Nationalities" and "Languages"
sections of data/non_names.txt. A nickname is the exception: "a.k.a. Dutch", "'Scotch'".
"""

import functools
import re

from . import gazetteer
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


# After a shortened nationality, who it describes: "Ukr family", "Pol national", "Eri lads".
GROUP_AFTER_RE = re.compile(
    r"[ \t]+(?:famil(?:y|ies)|nationals?|household|couple|man|men|woman|women|lady|male|female|"
    r"lads?|boys?|girls?|mum|dad|community|speakers?|interpreter|citizens?)\b",
    re.IGNORECASE,
)


@functools.cache
def _shortened_nationality(key: str) -> bool:
    """The start of a nationality's word and no name ("Amer" is a surname too)."""
    gaz = gazetteer.load()
    if key in gaz.given or key in gaz.surnames or key in gaz.world_names:
        return False
    return any(w.startswith(key) and len(w) >= len(key) + 3 for w in nationality_words())


def nationality_at(text: str, start: int, end: int) -> bool:
    """True if text[start:end] is a nationality and no nickname introduced as one, or a
    nationality cut short before the people it describes ("Ukr family")."""
    name = text[start:end]
    if 3 <= len(name) <= 5 and " " not in name and GROUP_AFTER_RE.match(text, end):
        if _shortened_nationality(fold(name)):
            return True
    return is_nationality(name) and not NICKNAME_BEFORE_RE.search(text[max(0, start - 20) : start])
