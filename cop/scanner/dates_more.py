"""Dates of birth in shapes dates.py leaves alone.

- A Roman-numeral month, as some European and older British forms write it:
  "07.iii.2004", "7/XII/1999". The numerals i-xii between two numbers are telling alone.
- A year of birth in words after "born" or "d.o.b." ("d.o.b. nineteen ninety"): a year
  alone is not a full date, but spelled out next to a birth cue it is a client's own
  answer to "date of birth" and is written down as given, so it is reported.
- A date in words whose year is two words after "born" ("born the second of May sixty
  seven"): dates.py wants "nineteen" before such a year, which speech drops.
"""

import re
from collections.abc import Iterator

from .dates import _ORDINAL_WORD, _UNIT, _YEAR_WORDS, BIRTH_BEFORE_RE, MONTH
from .finding import Span
from .kinds import DATE

_ROMAN_MONTH = r"(?:i{1,3}|iv|vi{0,3}|ix|xi{0,2})"
ROMAN_MONTH_DATE_RE = re.compile(
    rf"(?<![\w./-])(?:0?[1-9]|[12]\d|3[01])([./ -]){_ROMAN_MONTH}\1(?:(?:19|20)\d{{2}})(?![\w/-])",
    re.IGNORECASE,
)
YEAR_IN_WORDS_RE = re.compile(rf"\b{_YEAR_WORDS}\b", re.IGNORECASE)
SHORT_YEAR_DATE_RE = re.compile(
    rf"\b(?:the\s+)?(?:{_ORDINAL_WORD})(?:\s+of)?\s+{MONTH},?\s+"
    rf"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+{_UNIT})?\b",
    re.IGNORECASE,
)


def find_more_dates(text: str) -> Iterator[Span]:
    for m in ROMAN_MONTH_DATE_RE.finditer(text):
        yield m.start(), m.end(), DATE, "a date with its month in Roman numerals"
    lowered = text.lower()
    if "born" in lowered:
        for m in SHORT_YEAR_DATE_RE.finditer(text):
            if BIRTH_BEFORE_RE.search(text[max(0, m.start() - 25) : m.start()]):
                yield m.start(), m.end(), DATE, "a date of birth in words, its year in two words"
    if "nineteen" not in lowered and "thousand" not in lowered:
        return
    for m in YEAR_IN_WORDS_RE.finditer(text):
        if BIRTH_BEFORE_RE.search(text[max(0, m.start() - 25) : m.start()]):
            yield m.start(), m.end(), DATE, "a year of birth in words, next to 'born'"
