"""Names that are everyday words, inside a chat's messages: "did Summer get her ESA
sorted?", "Summer cried".

Outside a chat a capitalised "Summer" or "Will" is too often the word (a heading, a
season, a verb opening a sentence) for the name lists to decide. In a chat people write
about people, and a given name capitalised where a word would not be is one of them: after
a question's verb and before the rest of the question ("did Summer get"), before a verb
only a person does ("Summer cried"), with 's, or after a verb done to a person ("told
Summer"). Not a month ("backdated to April") nor a weekday, nor after a word for when or a
determiner ("over the Summer"), nor the first of two capitalised words (a place or a
service: "Summer Street").
"""

import re
from collections.abc import Iterator

from . import chat_speakers, name_likeness, vocab
from .gazetteer import fold

WORD_RE = re.compile(r"(?<![\w'’-])[A-Z][a-z]{2,}(?![\w-])")
# A question's verb, then the name, then a word in lower case: "did Summer get", "has
# Will heard", "is Grace ok".
QUESTION_VERB_BEFORE_RE = re.compile(
    r"(?:^|[\s,;(])(?i:did|does|do|has|have|had|is|was|will|can|could|would|should)[ \t]+$"
)
LOWER_WORD_AFTER_RE = re.compile(r"[ \t]+[a-z]")
# A word for when, or a determiner: "over the Summer", "in Summer", "last Summer".
WHEN_OR_DETERMINER_BEFORE_RE = re.compile(
    r"(?<![\w'’])(?i:the|a|an|this|that|last|next|every|in|over|since|until|till|during|by|"
    r"of|from|to|at|on|for|my|your|his|her|our|their|its)[ \t]+$"
)
CAPITAL_AFTER_RE = re.compile(r"[ \t]+[A-Z]")
POSSESSIVE_AFTER_RE = re.compile(r"['’]s\b")


def _person_here(text: str, start: int, end: int, message_start: int) -> bool:
    before = text[max(message_start, start - 30) : start]
    after = text[end : end + 40]
    if CAPITAL_AFTER_RE.match(after):
        return False
    if POSSESSIVE_AFTER_RE.match(after):
        return not vocab.DETERMINER_BEFORE_RE.search(before)
    if WHEN_OR_DETERMINER_BEFORE_RE.search(before):
        return False
    return bool(
        (QUESTION_VERB_BEFORE_RE.search(before) and LOWER_WORD_AFTER_RE.match(after))
        or vocab.PERSON_VERB_AFTER_RE.match(after)
        or vocab.HUMAN_VERB_AFTER_RE.match(after)
        or vocab.PEOPLE_ONLY_VERB_BEFORE_RE.search(before)
    )


def names_in_messages(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Given names that are also words, where a chat's message speaks of a person."""
    spans = chat_speakers.messages(text)
    if not spans:
        return
    for message_start, message_end in spans:
        for m in WORD_RE.finditer(text, message_start, message_end):
            key = fold(m.group())
            if not name_likeness.given_name_not_a_date(key, allowed) or (
                key in vocab.NOT_A_SUBJECT
            ):
                continue
            if _person_here(text, m.start(), m.end(), message_start):
                yield m.span()
