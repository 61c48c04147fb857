"""Who is on a rota: lines opened by a day, then the people on that day, joined by "+",
"&", "and", "/" or commas ("Mon Pat + Dougie", "Wed Jim Ferris & Sandy").

Three or more lines opened by a weekday make a rota or a timetable. Where two or more of
its lines hold only plain names (listed given names or surnames, or words in no list that
read like names, with a title such as "Sister" allowed), the rota is of people, and every
capitalised entry of one to three words on its day lines is a person, even a name that is
an everyday word ("Sat Gill + Hope"). Entries in capitals ("NEED COVER") or lower case
("church closed") are notes, and a timetable of activities ("Mon Art + Crafts") has no
lines of plain names.
"""

import re
from collections.abc import Iterator

from . import gazetteer, name_likeness
from .gazetteer import fold

DAY_LINE_RE = re.compile(
    r"^[ \t]*(?:[-•*][ \t]*)?(?:Mon(?:day)?|Tues?(?:day)?|Wed(?:s|nesday)?|Thu(?:rs?)?(?:day)?|"
    r"Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)\b\.?"
    r"(?:[ \t]+\d{1,2}(?:st|nd|rd|th)?(?:[/.]\d{1,2})?)?"  # "Mon 12th", "Tue 3/6"
    r"[ \t]*[:–-]?[ \t]*(?P<rest>[^\n]+)$",
    re.MULTILINE | re.IGNORECASE,
)
# A quick count of lines opened by a day (a pattern opening with a line break is quick).
DAY_START_RE = re.compile(r"\n[ \t]*(?:[-•*][ \t]*)?(?i:mon|tue|wed|thu|fri|sat|sun)")
JOINER_RE = re.compile(r"[ \t]*(?:\+|&|/|,|\band\b)[ \t]*")
ENTRY_RE = re.compile(r"[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){0,2}")
TITLES = frozenset("sister brother father fr rev mr mrs ms miss dr".split())


def _entries(line: re.Match[str]) -> list[tuple[int, int]] | None:
    """The entries of a day's line, or None if any is no capitalised name-like entry."""
    rest, base = line.group("rest"), line.start("rest")
    entries, at = [], 0
    for joiner in [*JOINER_RE.finditer(rest), None]:
        end = joiner.start() if joiner else len(rest)
        part = rest[at:end]
        stripped = re.sub(r"[ \t]*\([^()]*\)[ \t]*$", "", part)  # "Ola (lead)"
        if not ENTRY_RE.fullmatch(stripped):
            return None
        entries.append((base + at, base + at + len(stripped)))
        at = joiner.end() if joiner else at
    return entries


def _name_keys(words: list[str]) -> list[str] | None:
    """The words of a name (less a title before it), or None if any is no listed name nor
    reads like one."""
    gaz = gazetteer.load()
    keys = [fold(w) for w in words]
    if keys[0] in TITLES and len(keys) > 1:
        keys = keys[1:]
    if all(name_likeness.could_be_first_name(k) or k in gaz.surnames for k in keys):
        return keys
    return None


def _plain_names(text: str, row: list[tuple[int, int]]) -> bool:
    """Every entry a name, and one at least no English word ("Pat + Dougie")."""
    english = gazetteer.load().english
    names = [_name_keys(text[s:e].split()) for s, e in row]
    return all(names) and any(k not in english for keys in names for k in keys or ())


def names_on_rotas(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, int]]:
    """The people on a rota's day lines."""
    if len(DAY_START_RE.findall("\n" + text)) < 3:
        return
    lines = list(DAY_LINE_RE.finditer(text))
    if len(lines) < 3:
        return
    gaz = gazetteer.load()
    rows = [entries for line in lines if (entries := _entries(line))]
    plain = sum(1 for row in rows if _plain_names(text, row))
    if plain < 2:
        return
    for row in rows:
        for start, end in row:
            words = text[start:end].split()
            if fold(words[0]) in TITLES and len(words) > 1:
                start = text.index(words[1], start)
            keys = [fold(w) for w in text[start:end].split()]
            if any(k in allowed or k in gaz.non_names or k in gaz.places for k in keys):
                continue
            yield start, end
