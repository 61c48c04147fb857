"""Lower-case given names that are everyday words, in slots only a person fills: "spoke to
franks daughter amber", "his worker bill could ring", "honey (the girl from the hotel)",
"go back at 2 w gabi".

names.strong_slot holds most such slots. These are the ones it leaves:

- a name with an "s" for 's, typed without the apostrophe, before a relative or a worker,
  after a verb for reaching someone or opening a clause ("spoke to franks daughter"). The
  name lists' own test ("rockys", no English word) leaves out names whose plural is a word
  ("franks", "bills"); the relative after it and the verb before it say who is meant. Only
  the name is reported ("frank"), so its other mentions are found ("frank is ok");
- a given name after "his worker" or "her key worker" where a noun would end, or before a
  modal ("his worker bill could...");
- a given name with a description of a person in brackets after it ("honey (the girl from
  the hotel)"), as names.strong_slot does with an age or a relative;
- after "w" or "w/" (with), a given name that is a rarer word ("w gabi"), where a noun
  would end, if it looks like a name to the model: notes write "w" before things too ("w
  housing", "w bills").

A word for a place or a service ("home", "housing", "work", "mum") is in no list of given
names, so "drove home" and "spoke to housing" are untouched.
"""

import re

from . import name_likeness, vocab
from .gazetteer import Gazetteer
from .kin_names import RELATIVE_OR_WORKER_AFTER_RE

# Before a possessive without its apostrophe: a verb for reaching someone, or where a
# clause starts.
REACHED_BEFORE_RE = re.compile(
    r"(?:(?:^|[.!?;:]\s*|\n\s*)|\b(?:spoke|speak|speaking|talked|talking|chatted)\s+(?:to|with)\s+"
    r"|\b(?:rang|phoned|called|texted|emailed|met|saw|seen|visited|contacted|told|asked|"
    r"and|but|so|then|with|from)\s+)$",
    re.IGNORECASE,
)
WORKER_BEFORE_RE = re.compile(
    r"\b(?:his|her|their|my|your|our)\s+(?:key\s?|support\s+|social\s+|case\s+|outreach\s+|"
    r"drug\s+|housing\s+|mental\s+health\s+)?worker\s+$",
    re.IGNORECASE,
)
MODAL_AFTER_RE = re.compile(r"^\s+(?:could|can|will|would|should|might|may|is|was|has)\b")
DESCRIBED_IN_BRACKETS_AFTER_RE = re.compile(
    r"^\s*\(\s*(?:the|a|an|this|that)\s+(?:[a-z]+\s+)?(?:girl|boy|woman|man|lady|lad|guy|"
    r"bloke|fella|gentleman|chap|kid|young\s+(?:man|woman|lad|person)|one)\b[^()\n]{0,80}\)",
    re.IGNORECASE,
)
WITH_BEFORE_RE = re.compile(r"(?:^|\s)w/?\s*$", re.IGNORECASE)
# How like a name a rarer word must look to the model after "w".
WITH_NAME_PROBABILITY = 0.5

Slot = tuple[str, int]  # (reason, where the name ends)


def _listed(key: str, gaz: Gazetteer) -> bool:
    return key in gaz.given and key not in gaz.non_names and key not in gaz.places


def _unmarked_possessive(text: str, start: int, end: int, key: str, gaz: Gazetteer) -> bool:
    stem = key[:-1]
    return (
        len(stem) > 2
        and key.endswith("s")
        and text[end - 1] == "s"
        and stem in gaz.core_given
        and _listed(stem, gaz)
        and bool(RELATIVE_OR_WORKER_AFTER_RE.match(text, end))
        and bool(REACHED_BEFORE_RE.search(text[max(0, start - 25) : start]))
    )


def slot(text: str, start: int, end: int, key: str, gaz: Gazetteer) -> Slot | None:
    """(why, where the name ends) if the lower-case word at start:end stands where only
    a person's name does; else None."""
    if key.endswith("s") and _unmarked_possessive(text, start, end, key, gaz):
        return "a name with an 's' for 's before a relative or a worker", end - 1
    if len(key) < 3 or not _listed(key, gaz):
        return None
    after = text[end : end + 100]
    if after[:3].lstrip().startswith("(") and DESCRIBED_IN_BRACKETS_AFTER_RE.match(after):
        return "a name followed by a description of the person in brackets", end
    before = text[max(0, start - 40) : start]
    if key in gaz.common_words or not (
        WORKER_BEFORE_RE.search(before) or WITH_BEFORE_RE.search(before[-6:])
    ):
        return None
    noun_end = bool(vocab.NOUN_END_AFTER_RE.match(after)) or not after.strip()
    if WORKER_BEFORE_RE.search(before) and (noun_end or MODAL_AFTER_RE.match(after)):
        return "a name after a word for the person's worker", end
    if (
        WITH_BEFORE_RE.search(before[-6:])
        and key in gaz.core_given
        and noun_end
        and name_likeness.likelihood(key) >= WITH_NAME_PROBABILITY
    ):
        return "a given name after 'w' (with)", end
    return None
