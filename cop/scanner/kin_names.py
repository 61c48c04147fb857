"""Everyday words that a relative's word shows are names: "her sister summer, ...", "his
brother paddy ... paddy's wife".

After "sister", "brother" or "son", a given name that is also a word is taken where a noun
would end ("girlfriend jewel wants", names.strong_slot). Two kinds of word are left out
there and found here:

- a season or month that is a given name, which the lists otherwise keep as time ("her
  sister summer, they had a falling out");
- an everyday word in no list of names (a nickname such as "paddy"), when the text uses it
  twice where only a person goes: straight after a word for a relative, and elsewhere with
  's before a relative or something of theirs ("paddy's wife"). One use alone is not
  enough: "his brother paddy" could be a field.
"""

import re

from . import vocab
from .gazetteer import Gazetteer

# Given names that the lists keep as times of year.
SEASON_OR_MONTH_NAMES = frozenset("summer autumn winter january april may june august".split())
POSSESSIVE_AFTER_RE = re.compile(r"['’]s\b")
WORD_RE = re.compile(r"(?<![\w'’-])[a-z]+(?![\w-])")


def season_name_after_kin(text: str, start: int, end: int, key: str, gaz: Gazetteer) -> bool:
    """A season or month that is a given name, straight after a relative's word and where
    a noun ends: "her sister summer, they ...", "his daughter april is 6" (not "his son may
    be")."""
    return (
        key in SEASON_OR_MONTH_NAMES
        and key in gaz.given
        and bool(vocab.KIN_BEFORE_RE.search(text[max(0, start - 40) : start]))
        and bool(vocab.NOUN_END_AFTER_RE.match(text[end : end + 40]))
    )


def _after_kin(text: str, start: int) -> bool:
    return bool(vocab.KIN_BEFORE_RE.search(text[max(0, start - 40) : start]))


def _possessive_before_kin(text: str, start: int, end: int) -> bool:
    m = POSSESSIVE_AFTER_RE.match(text, end)
    return (
        m is not None
        and bool(vocab.KIN_OR_WORKER_AFTER_RE.match(text[m.end() : m.end() + 40]))
        and not vocab.DETERMINER_BEFORE_RE.search(text[max(0, start - 12) : start])
    )


# A lower-case word with 's: the rarer of the two slots, looked for first.
POSSESSIVE_WORD_RE = re.compile(r"(?<![\w'’-])([a-z]{3,})['’]s\b")


def words_named_by_kin(text: str, gaz: Gazetteer) -> set[str]:
    """Lower-case everyday words in no list of names that the text uses both after a
    relative's word and with 's before a relative's or something of theirs."""
    possessive = {
        m.group(1) for m in POSSESSIVE_WORD_RE.finditer(text)
        if m.group(1) in gaz.english
        and m.group(1) not in gaz.given
        and m.group(1) not in gaz.non_names
        and m.group(1) not in gaz.places
        and not vocab.ROLE_WORD_RE.fullmatch(m.group(1))
        and _possessive_before_kin(text, m.start(1), m.end(1))
    }
    if not possessive:
        return set()
    return {
        m.group() for m in WORD_RE.finditer(text)
        if m.group() in possessive and _after_kin(text, m.start())
    }


def named_by_kin_here(text: str, start: int, end: int) -> bool:
    """Is this mention one of the two slots (after a relative, or 's before theirs)?"""
    return _after_kin(text, start) or _possessive_before_kin(text, start, end)


# After a word with 's, a relative or a worker of a person's (not their things: "Tesco's
# number", "Monday's appointment").
RELATIVE_OR_WORKER_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:new|old|ex|current|last|real)[ \t-]+)?(?:mum|mam|mom|mother|dad|father|son|"
    r"daughter|brother|sister|partner|boyfriend|girlfriend|husband|wife|nan|gran|grandma|"
    r"grandad|aunt|auntie|aunty|uncle|cousin|kids|baby|carer|solicitor|"
    r"key\s?worker|(?:social|support|case)\s+worker|sw|probation\s+officer|cpn|gp|midwife|"
    r"landlord|landlady|idva|teacher)\b",
    re.IGNORECASE,
)


def possessive_of_a_person(text: str, start: int, end: int, key: str) -> bool:
    """A capitalised word with 's before a relative or a worker ("Spud's solicitor",
    "Tink's mum"), no determiner before it, and no word for a relative or role itself
    ("Mum's sister")."""
    m = POSSESSIVE_AFTER_RE.match(text, end)
    return (
        m is not None
        and not vocab.ROLE_WORD_RE.fullmatch(key)
        and bool(RELATIVE_OR_WORKER_AFTER_RE.match(text, m.end()))
        and not vocab.DETERMINER_BEFORE_RE.search(text[max(0, start - 12) : start])
    )

