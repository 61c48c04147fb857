"""A capital mid-sentence in a text whose writer does not capitalise: "popped round, think
Blue was in tho", "dropped the parcel off, Sky looked tired".

Someone who types their sentences in lower case still capitalises what they think of as a
proper noun: a person, a place, a service, a brand. There an everyday word with a capital
in the middle of a sentence (after a lower-case word or a comma) is a name, and when a
person's verb follows ("was in", "looked tired", "said") it is a person's: places, brands
and services are in the lists, which rule them out first. The writer's habit is read from
the text itself: three or more sentence or line starts, most of them in lower case.
Words in no dictionary are left to the other rules, and so is a capitalised run of words
("Job Centre") and a word after "the" or "his" ("the lad at the Foyer wants").
"""

import re
from collections.abc import Iterator
from itertools import islice

from . import gazetteer, name_likeness, vocab
from .gazetteer import fold

SENTENCE_START_RE = re.compile(r"[.!?\n][ \t]*(?:[-•*>][ \t]*)?([A-Za-z])")
# A capitalised word after a lower-case word or a comma, with no capitalised word after it.
MID_CAPITAL_RE = re.compile(r"(?<=[a-z,][ \t])(?P<word>[A-Z][a-z]{2,})\b(?![ \t]+[A-Z])(?!['’-])")
LOOKED_AFTER_RE = re.compile(
    r"^\s+(?:looked|looks|seemed|seems|sounded|sounds|was|is)\s+(?:really\s+|very\s+|a\s+bit\s+)?"
    r"(?:tired|well|ok|okay|fine|low|upset|happy|good|better|worse|rough|drunk|high|anxious|"
    r"down|stressed|scared|poorly|unwell|ill|sad|angry|calm|settled|brighter|thin)\b",
    re.IGNORECASE,
)


def lower_case_writer(text: str) -> bool:
    """Three or more sentence or line starts, three in four of them in lower case (the
    first twenty tell)."""
    starts: list[str] = [m.group(1) for m in islice(SENTENCE_START_RE.finditer("\n" + text), 20)]
    if len(starts) < 3:
        return False
    return sum(c.islower() for c in starts) * 4 >= len(starts) * 3


def _person_after(text: str, end: int) -> bool:
    after = text[end : end + 40]
    return bool(
        vocab.PERSON_VERB_AFTER_RE.match(after)
        or vocab.WEAK_PERSON_AFTER_RE.match(after)
        or LOOKED_AFTER_RE.match(after)
    )


def capitalised_names(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Everyday words capitalised mid-sentence by a lower-case writer, before a person's
    verb."""
    if not lower_case_writer(text):
        return
    gaz = gazetteer.load()
    for m in MID_CAPITAL_RE.finditer(text):
        key = fold(m.group("word"))
        if key in allowed or key in gaz.places or key in vocab.NOT_A_SUBJECT:
            continue
        if key in gaz.non_names and key not in name_likeness.SEASON_NAMES:
            continue
        if key not in gaz.english and key not in gaz.given:
            continue  # left to the other rules
        if key in name_likeness.MONTH_NAMES or key in name_likeness.WEEKDAYS:
            continue
        if vocab.ROLE_WORD_RE.fullmatch(key):
            continue
        # "the lad at the Foyer wants": after "the" or "his", a place or a thing
        if vocab.DETERMINER_BEFORE_RE.search(text[max(0, m.start() - 8) : m.start()]):
            continue
        if _person_after(text, m.end()):
            yield m.span("word")
