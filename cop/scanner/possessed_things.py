"""A capitalised word in no name list between "his", "her" or "their" and a lower-case word
is a thing of theirs, not a person: "showed me his Tazkira photo", "her Oyster card".
A person is not written with a possessive before them ("his Sarah" is rare; "his sister
Sarah" puts a relative between), and words for foreign documents, brands and products
are in no list."""

import re

from . import gazetteer
from .gazetteer import fold

POSSESSIVE_BEFORE_RE = re.compile(r"\b(?:his|her|their|my|your|our)[ \t]+$", re.IGNORECASE)
LOWER_WORD_AFTER_RE = re.compile(r"[ \t]+[a-z]")


def possessed_thing(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], one capitalised word in no name list, is a possessed thing."""
    name = text[start:end]
    if " " in name or not name[:1].isupper():
        return False
    key = fold(name)
    gaz = gazetteer.load()
    if key in gaz.given or key in gaz.surnames or key in gaz.world_names:
        return False
    return bool(
        POSSESSIVE_BEFORE_RE.search(text, max(0, start - 8), start)
        and LOWER_WORD_AFTER_RE.match(text, end)
    )
