"""A given name where only someone the writer is in touch with stands, even an everyday word in
lower case: "text from robin:", "rang dawn back", "update on Jack:", "- ebony in at 10".

No message comes "from" a word with a colon after it, nobody rings a word "back", and a
colon after "update on" closes a heading about someone (capitalised, if the name is also
a word: "update on bill:" is a bill); "in at 10" is an arrival. The word
must be a listed given name, not a word for a group or a relative ("text from mum:",
"rang them back").
"""

import re
from collections.abc import Iterator

from . import gazetteer, greetings, vocab
from .gazetteer import fold

_NAME = r"(?P<name>[A-Za-z][a-z'’-]*[a-z])"
# Each slot with the words it must hold, looked for first in the lower-cased text (the
# patterns are slow to try everywhere).
SLOTS = (
    # "text from robin:", "message from Kel - ", "voicemail from jo saying"
    (
        re.compile(r"(?:text|txt|message|msg|voicemail|vm|mail|call)[ \t]+from[ \t]"),
        re.compile(
            r"\b(?i:text|txt|message|msg|voicemail|vm|email|e-mail|missed[ \t]+call|call)"
            r"[ \t]+(?i:from)[ \t]+"
            + _NAME
            + r"(?=[ \t]*(?:[:\"“]|[-–][ \t])|[ \t]+(?i:saying|asking|to[ \t]+say)\b)"
        ),
    ),
    # "rang dawn back", "called Joy back"
    (
        re.compile(r"[ \t]back\b"),
        re.compile(
            r"\b(?i:rang|rung|ring|called|call|phoned|phone|texted|text|emailed)[ \t]+"
            + _NAME
            + r"[ \t]+(?i:back)\b"
        ),
    ),
    # "quick update on Jack:", "news re Misty -"
    (
        re.compile(r"(?:update|news|catch[ -]up)[ \t]+(?:on|re|about|for)[ \t]"),
        re.compile(
            r"\b(?i:update|news|catch[ -]up)[ \t]+(?i:on|re|about|for)[ \t]+"
            + _NAME
            + r"(?=[ \t]*(?::|[-–][ \t]))"
        ),
    ),
    # "- ebony in at 10", "log: Misty in at 9.30": at a line's or a bullet's start
    (
        re.compile(r"[ \t]in[ \t]+at[ \t]+\d"),
        re.compile(
            r"(?:^|\n|[-–•:][ \t])[ \t]*" + _NAME + r"[ \t]+(?i:in|came[ \t]+in|was[ \t]+in)"
            r"[ \t]+(?i:at)[ \t]+\d"
        ),
    ),
)


# Words one of which each slot's quick pattern holds, looked for before it.
WORDS = ((" from",), (" back",), ("update", "news", "catch"), (" in at ",))


def _a_given_name(word: str) -> bool:
    key = fold(word)
    gaz = gazetteer.load()
    return (
        key in gaz.given
        and key not in gaz.non_names
        and key not in gaz.places
        and key not in greetings.NOT_A_NAME
        and not vocab.ROLE_WORD_RE.fullmatch(key)
    )


def names_in_contact_slots(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Given names after "text from", before "back", after "update on", before "in at"."""
    lowered = text.lower()
    for words, (quick, pattern) in zip(WORDS, SLOTS, strict=True):
        if not any(word in lowered for word in words) or not quick.search(lowered):
            continue
        heading = pattern is SLOTS[2][1]
        for m in pattern.finditer(text):
            name = m.group("name")
            if fold(name) in allowed or not _a_given_name(name):
                continue
            if heading and name.islower() and fold(name) in gazetteer.load().english:
                continue  # "update on bill:", "update on rent:" are things
            yield m.span("name")
