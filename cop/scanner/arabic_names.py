"""Arabic names by their shape: a kunya or nasab ("Abu Bakr", "Umm Kulthum", "Ibn Rashid",
"Bin Salman") and the family name joined to it by an article ("Abu Bakr al-Sudani").

"Abu", "Bin" and "Umm" are everyday words or abbreviations to the English word lists, so
names.py reads no name in "Abu Bakr"; capitalised and before a word that could be a name
(listed, or in no dictionary), they open one. Places of the same shape ("Abu Dhabi") are
not names.
"""

import functools
import re
from collections.abc import Iterator

from . import gazetteer, name_likeness
from .gazetteer import fold

KUNYA_RE = re.compile(
    r"(?<![\w'’-])(?:Abu|Abou|Umm|Um|Ibn|Bin|Bint|Abd|Abdel|Abdal)[ \t-]"
    r"(?P<name>[A-Z][a-z'’]+[a-z])"
    r"(?P<rest>(?:[ \t]+(?:(?:al|el|Al|El)-)?[A-Z][a-z'’-]+[a-z])*)"
)
REST_WORD_RE = re.compile(r"[ \t]+(?P<word>(?:(?:al|el|Al|El)-)?[A-Z][a-z'’-]+[a-z])")


@functools.cache
def _places_of_two_words() -> frozenset[str]:
    return frozenset(
        fold(p) for p in gazetteer.read_lines("world_places.txt") if len(p.split()) == 2
    )


def _name_word(key: str) -> bool:
    gaz = gazetteer.load()
    if key in gaz.non_names or key in gaz.places:
        return False
    if key in gaz.english and key not in gaz.given:
        return False
    return key in gaz.given or key in gaz.surnames or key in gaz.world_names or (
        name_likeness.unlisted(key)
    )


def arabic_names(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, int]]:
    """"Abu Bakr", with what follows it that is a name too ("al-Sudani")."""
    if not any(p in text for p in ("Ab", "Um", "Ibn", "Bin")):
        return
    for m in KUNYA_RE.finditer(text):
        key = fold(m.group("name"))
        if key in allowed or not _name_word(key):
            continue
        if fold(text[m.start() : m.end("name")].replace("-", " ")) in _places_of_two_words():
            continue  # "Abu Dhabi"
        end = m.end("name")
        while word := REST_WORD_RE.match(text, end, m.end()):
            part = fold(word.group("word"))
            if not _name_word(part.split("-", 1)[1] if part.startswith(("al-", "el-")) else part):
                break
            end = word.end()
        yield m.start(), end
