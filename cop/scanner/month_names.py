"""A first name that is also a month's ("Jan", "June", "April", "May"), found again alone.

names.py never carries a month's word from a name to its other mentions: "Jan" is more
often January. But once the text names "Jan Kazlauskas", a later "Jan is NFA" is him, not
the month, unless a number, another month or a word for when sits beside it ("12 Jan",
"Jan 2024", "since Jan", "Dec to Jan") or "May" is the verb ("May I ask").
"""

import re
from collections.abc import Iterable, Iterator

from . import gazetteer, name_likeness
from .gazetteer import fold

MONTH_NAMES = name_likeness.MONTH_NAMES
_MONTH = (
    r"(?i:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|"
    r"sep|sept|september|oct|october|nov|november|dec|december)"
)
WHEN_BEFORE_RE = re.compile(
    r"(?:\d[\w]*[ \t/'-]*|\b(?i:in|since|until|till|til|from|of|last|next|early|mid|late|"
    r"end|during|before|after|this|every|through|thru|between)[ \t]+|"
    + _MONTH + r"(?:[ \t]*[-–/][ \t]*|[ \t]+(?:to|and|or)[ \t]+))$"
)
WHEN_AFTER_RE = re.compile(
    r"^(?:[ \t,./'-]*\d|[ \t]*[-–/][ \t]*" + _MONTH + r"|[ \t]+(?:to|and|or)[ \t]+" + _MONTH
    + r"\b|[ \t]+(?i:i|we|you|be|have|not|also|need|want|help|well)\b)"
)
MONTH_WORD_RE = re.compile(r"(?<![\w'’-])(?P<word>[A-Z][a-z]{2,8})(?![\w-])")


# A month's word and then a capitalised word: "June Abernethy", "Jan Kazlauskas".
MONTH_AND_SURNAME_RE = re.compile(
    r"(?<![\w'’-])(?P<month>[A-Z][a-z]{2,8})[ \t]+(?P<surname>[A-Z][a-z'’-]+[a-z])(?![\w-])"
)
# A surname in no list after a month's word must look this much like a name.
UNLISTED_SURNAME_PROBABILITY = 0.5
MONTH_BEFORE_NAME_RE = re.compile(r"(?<![\w'’-])(?P<word>[A-Z][a-z]{2,8})[ \t]+$")


def _when(text: str, start: int, end: int) -> bool:
    """A number, another month or a word for when beside text[start:end]."""
    return bool(
        WHEN_BEFORE_RE.search(text[max(0, start - 20) : start])
        or WHEN_AFTER_RE.match(text[end : end + 20])
    )


def _surname(key: str) -> bool:
    gaz = gazetteer.load()
    if key in gaz.english or key in gaz.places or key in gaz.non_names:
        return False
    return key in gaz.surnames or key in gaz.world_names or (
        name_likeness.unlisted(key)
        and name_likeness.likelihood(key) >= UNLISTED_SURNAME_PROBABILITY
    )


def _months_before_surnames(text: str, allowed: frozenset[str]) -> list[tuple[int, int]]:
    """"June Abernethy": a month's word, then a surname that is no word, and nothing
    about when around them."""
    spans = []
    for m in MONTH_AND_SURNAME_RE.finditer(text):
        month = fold(m.group("month"))
        if (
            month in MONTH_NAMES
            and month not in allowed
            and _surname(fold(m.group("surname")))
            and not _when(text, m.start(), m.end("month"))
            and not _when(text, m.start("surname"), m.end())
        ):
            spans.append(m.span())
    return spans


def month_named_people(
    text: str, names: Iterable[tuple[int, int]], allowed: frozenset[str]
) -> Iterator[tuple[int, int]]:
    """A month's word before a surname ("June Abernethy") or just before a name found
    ("Jan Kazlauskas", where only the surname was found), and later mentions of a month's
    word that opened a full name."""
    firsts: dict[str, int] = {}
    covered = []
    fresh = _months_before_surnames(text, allowed)
    yield from fresh
    names = [*names, *fresh]
    for start, end in names:
        covered.append((start, end))
        parts = text[start:end].split()
        key = fold(parts[0]) if parts else ""
        if len(parts) > 1 and parts[0][:1].isupper() and key in MONTH_NAMES:
            firsts[key] = min(start, firsts.get(key, start))
        before = MONTH_BEFORE_NAME_RE.search(text, max(0, start - 12), start)
        if (
            before
            and text[start : start + 1].isupper()
            and fold(before.group("word")) in MONTH_NAMES
            and fold(before.group("word")) not in allowed
            and not _when(text, before.start("word"), before.end("word"))
        ):
            month = fold(before.group("word"))
            firsts[month] = min(before.start(), firsts.get(month, before.start()))
            yield before.span("word")
    for key in allowed:
        firsts.pop(key, None)
    if not firsts:
        return
    for m in MONTH_WORD_RE.finditer(text):
        key = fold(m.group("word"))
        if key not in firsts or m.start() < firsts[key]:
            continue
        if any(s <= m.start() < e for s, e in covered) or _when(text, m.start(), m.end()):
            continue
        yield m.span()
