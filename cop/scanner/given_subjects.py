"""A given name opening a sentence before a verb only a person does, even when the name is
also a word: "Summer says he's back on the gear", "Lucy rang at 2", "Autumn wants her
deposit back".

A capitalised word at a sentence's start says nothing by its capital, and names that are
words (Summer, Hope, Lucy) are held back there unless something else vouches for them. A
verb of speaking or of what only a person does straight after it ("says", "rang",
"texted", "wants", "turned up") is such a voucher: seasons and virtues do not ring. The
word must be a listed given name (a season's word too, which the non-names hold as a time
of year), not a month, weekday, place, modal ("Will says" is left to other rules) or a
word for a role or an organisation ("Council says", "Sister said"). "Will will be in at
10" (the modal after the name it also is) is Will.
"""

import re
from collections.abc import Iterator

from . import gazetteer, name_likeness, vocab
from .gazetteer import fold

# A capitalised word opening the text, a line (after a bullet) or a sentence. (The pattern
# opens with a character class, which is looked for quickly; the verb after the word is
# tried only for given names.)
SENTENCE_START_WORD_RE = re.compile(
    r"[.!?\n][ \t]*(?:[-•*>][ \t]*)?(?P<word>[A-Z][a-z]{1,14})(?=[ \t]+[a-z])"
)
# "Will will be at the hostel", "Will won't sign": a modal as the subject of the same modal
# is the name it also is.
WILL_WILL_RE = re.compile(
    r"(?:[.!?][ \t]+|\n[ \t]*(?:[-•*>][ \t]*)?)(?P<word>Will)[ \t]+(?:will|won['’]?t)\b"
)
# A season's word needs a verb of speaking or wanting: "Spring came in early" is the season.
SPOKE_AFTER_RE = re.compile(
    r"^\s+(?:said|says|told|tells|rang|phoned|texted|emailed|wants|wanted|asked|agreed|"
    r"refused|disclosed)\b",
    re.IGNORECASE,
)


def subjects(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Given names opening a sentence before a verb only a person does."""
    # (the text's start is given a line break, so that one pattern with no "^" serves: a
    # pattern opening with a character class is looked for much faster)
    if "will" not in allowed and "Will " in text:
        for m in WILL_WILL_RE.finditer("\n" + text):
            yield m.start("word") - 1, m.end("word") - 1
    given = gazetteer.load().given
    for m in SENTENCE_START_WORD_RE.finditer("\n" + text):
        key = fold(m.group("word"))
        if key not in given:
            continue
        start, end = m.start("word") - 1, m.end("word") - 1
        after = text[end : end + 40]
        if not vocab.HUMAN_VERB_AFTER_RE.match(after):
            continue
        if key in name_likeness.SEASON_NAMES and not SPOKE_AFTER_RE.match(after):
            continue
        if name_likeness.given_name_heading_a_clause(key, allowed):
            yield start, end
