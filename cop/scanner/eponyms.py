"""Medical eponyms used for their condition: "?wernicke's", "parkinsons", "his Crohn's".

A doctor's name that became an illness's ("Korsakoff's", "Raynaud's") names no one: with
its possessive, or an "s" typed without the apostrophe, or before "syndrome" or "disease",
it is the condition. Capitalised runs are checked as they are found (names.person_words);
this clears the rest, above all lower-case words in no dictionary ("?wernicke's"). A title
before it ("Mrs Parkinson's flat") still makes it a person.
"""

import re

from . import vocab
from .gazetteer import fold

POSSESSIVE_AFTER_RE = re.compile(r"['’]s\b")
TITLE_BEFORE_RE = re.compile(
    r"\b(?:" + "|".join(sorted(vocab.TITLES, key=len, reverse=True)) + r")\.?[ \t]+$",
    re.IGNORECASE,
)


def names_a_condition(text: str, start: int, end: int) -> bool:
    """True if the one word at start:end is an eponym standing for its condition."""
    word = text[start:end]
    if " " in word:
        return False
    key = fold(word)
    unmarked = key.endswith("s") and key[:-1] in vocab.EPONYMS  # "parkinsons"
    if key not in vocab.EPONYMS and not unmarked:
        return False
    if TITLE_BEFORE_RE.search(text, max(0, start - 12), start):
        return False
    return bool(
        unmarked
        or POSSESSIVE_AFTER_RE.match(text, end)
        or vocab.EPONYM_AFTER_RE.match(text[end : end + 20])
    )
