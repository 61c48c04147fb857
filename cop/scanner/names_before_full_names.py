"""The name someone goes by, with their full name in brackets after it: "Mark (Mark Fox,
44)", "Gaz (Gary Whitehouse)", "- Bill (William Brennan) - Castle Park", "krzysiek
(krzysztof nowicki) back on the street".

A note names the person as the team knows them, then adds who they are on paper. The
short name may be an everyday word ("Joy", "Sunny", "Bill") and the full name's words
may be too ("Fox"), so each is read by the other: a word that could be a first name,
where a person's entry starts (a line, a list item, a table cell, a sentence), before
brackets that open with two or three words that could be a first name and a surname, in
the same case, ending at a comma or the closing bracket. In lower case the bracketed
words must be a name found already ("linh (nail bar, 17ish)" says where she works). Round
ten reads the reverse shape ("DERMOT O'SULLIVAN (Derm)", bracketed_nicknames.py).
"""

import re
from collections.abc import Iterable, Iterator

from . import gazetteer, name_likeness, vocab
from .gazetteer import fold

_WORD = r"[A-Za-z][\w'’-]*"
# The brackets, then the word before them (found from each bracket: quicker than a
# pattern tried at every word).
FULL_IN_BRACKETS_RE = re.compile(
    rf"\([ \t]*(?P<full>{_WORD}(?:[ \t]+{_WORD}){{1,2}})[ \t]*(?=[,;)])"
)
# (or in capitals: "HOPE (HOPE KASONGO, 31)")
SHORT_BEFORE_RE = re.compile(
    r"(?<![\w'’-])(?P<short>[A-Za-z][a-z'’-]*[a-z]|[A-Z]{2,})[ \t]*$"
)
# Where a person's entry starts: a line (after a bullet or a number), a table cell, a
# sentence, or a verb that only a person takes ("found", "saw", "met").
ENTRY_START_RE = re.compile(
    r"(?:(?:^|\n)[ \t]*(?:[-•*>]|\d{1,3}[.)])?|[|\t]|[.!?:][ \t]"
    r"|\b(?i:found|saw|seen|met|visited|with|told|rang|took|drove|checked\s+on))[ \t]*$"
)


def _short_fits(short: str, first: str) -> bool:
    gaz = gazetteer.load()
    key = fold(short)
    if (
        key in gaz.non_names or key in gaz.places or key in vocab.ORG_WORDS
        or key in vocab.TITLES
        # kin and roles, which brackets after also fill with a name: "Mum (Linda Moss)"
        or vocab.ROLE_WORD_RE.fullmatch(key)
    ):
        return False
    first_key = fold(first)
    if key == first_key or (len(key) >= 2 and first_key.startswith(key[:2])):
        return True  # "Mark (Mark Fox", "Gaz (Gary", "Sunny (Sunil"
    return name_likeness.could_be_first_name(key)


def _full_fits(words: list[str]) -> bool:
    gaz = gazetteer.load()
    first, *rest = [fold(w) for w in words]
    if first in vocab.TITLES or not name_likeness.could_be_first_name(first):
        return False
    if first in gaz.english and first not in gaz.given:
        return False
    for key in rest:
        parts = [p for p in key.split("-") if p] or [key]
        if key in vocab.ORG_WORDS or key in gaz.places or key in gaz.non_names:
            return False
        if not all(
            p in gaz.surnames or p in gaz.given or p in gaz.world_names
            or name_likeness.unlisted(p) or p in vocab.PARTICLES
            for p in (part.replace("’", "'").split("'")[-1] for part in parts)
        ):
            return False
    return True


def _same_case(short: str, words: list[str]) -> bool:
    if short.islower():
        return all(w.islower() for w in words)
    return short[0].isupper() and all(w[0].isupper() or fold(w) in vocab.PARTICLES
                                      for w in words)


def names_before_full_names(
    text: str, names: Iterable[tuple[int, int]], allowed: frozenset[str]
) -> Iterator[tuple[tuple[int, int], tuple[int, int] | None]]:
    """(the short name, the bracketed full name or None if it is among `names`)."""
    if "(" not in text:
        return
    names = list(names)
    for m in FULL_IN_BRACKETS_RE.finditer(text):
        before = SHORT_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
        if not before:
            continue
        short, full = before.group("short"), m.group("full")
        words = full.split()
        if fold(short) in allowed or fold(words[0]) in allowed:
            continue
        if not ENTRY_START_RE.search(text, max(0, before.start() - 20), before.start()):
            continue
        if not _same_case(short, words) or not _short_fits(short, words[0]):
            continue
        start, end = m.span("full")
        known = any(s <= start < e for s, e in names)
        if not known and (short.islower() or not _full_fits(words)):
            continue
        yield before.span("short"), None if known else (start, end)


def carried(text: str, span: tuple[int, int]) -> bool:
    """Whether the short name's other mentions are the person's too: not for an everyday
    word ("Mark the time of discharge"), whose other mentions need their own context."""
    return fold(text[span[0] : span[1]]) not in gazetteer.load().english
