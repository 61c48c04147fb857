"""Full calendar dates: a day, a month and a year together.

A full date next to a person (a date of birth, the day of an arrest) narrows them down
to a handful of people; "in March" or "last Tuesday" does not, so partial dates are
left alone.
"""

import re
from collections.abc import Iterator

from .finding import Span
from .kinds import DATE

MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?)"
)
DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
YEAR = r"(?:(?:19|20)\d{2}|['’]\d{2}|\d{2})"
# "1 April, 10am" or "3 October, 10:30": a time, not a two-digit year.
_NOT_A_TIME = r"(?![\d]|\s*(?:am|pm)\b|[:.]\d)"

# "21 August 1992", "21st Aug '92", "3rd of January 2024", "Monday 2 September 2024"
DAY_MONTH_YEAR_RE = re.compile(
    rf"\b{DAY}(?:\s+of)?[\s-]+{MONTH}(?:,?[\s-]+){YEAR}{_NOT_A_TIME}", re.IGNORECASE
)
# "August 21, 1992", "August 21st 1992"
MONTH_DAY_YEAR_RE = re.compile(rf"\b{MONTH}\s+{DAY},?\s+{YEAR}{_NOT_A_TIME}", re.IGNORECASE)

# In words: "the ninth of June 1983", "twelfth March nineteen eighty-three".
_ORDINAL_WORD = (
    r"(?:(?:twenty|thirty)[\s-]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
    r"eighteenth|nineteenth|twentieth|thirtieth"
)
_UNIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_YEAR_WORDS = (
    rf"(?:nineteen[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    rf"(?:[\s-]+{_UNIT})?|oh[\s-]+{_UNIT}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    rf"seventeen|eighteen|nineteen)"
    rf"|two[\s-]+thousand(?:[\s-]+and)?(?:[\s-]+(?:{_UNIT}|ten|eleven|twelve|thirteen|fourteen|"
    rf"fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\s-]+{_UNIT})?))?)"
)
WORDS_RE = re.compile(
    rf"\b(?:the\s+)?(?:{_ORDINAL_WORD})(?:\s+of)?\s+{MONTH},?\s+(?:{YEAR}|{_YEAR_WORDS})(?![\d])",
    re.IGNORECASE,
)
BIRTH_BEFORE_RE = re.compile(
    r"\b(?:born|dob|d\.o\.b\.?|date\s+of\s+birth|birthday|b\.)\W*(?:on\s+|is\s+|was\s+)?"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)

# Numeric: 21/08/1992, 21.8.92, 15-07-1985 (one separator used twice), and ISO 1980-05-09.
NUMERIC_RE = re.compile(r"(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|[./-]\d)")
ISO_RE = re.compile(r"(?<![\d./-])((?:19|20)\d{2})([/.-])(\d{1,2})\2(\d{1,2})(?![\d]|[./-]\d)")


def _is_day_month(a: int, b: int) -> bool:
    """True if a/b reads as day/month, or as month/day (an American-style date)."""
    return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)


def _reason(text: str, start: int, in_words: bool = False) -> str:
    if BIRTH_BEFORE_RE.search(text[max(0, start - 25) : start]):
        return "a date next to 'born'"
    return "a full date written in words" if in_words else "a full date: day, month and year"


def find_dates(text: str) -> Iterator[Span]:
    for m in WORDS_RE.finditer(text):
        yield m.start(), m.end(), DATE, _reason(text, m.start(), in_words=True)
    for pattern in (DAY_MONTH_YEAR_RE, MONTH_DAY_YEAR_RE):
        for m in pattern.finditer(text):
            yield m.start(), m.end(), DATE, _reason(text, m.start())
    for m in NUMERIC_RE.finditer(text):
        if _is_day_month(int(m.group(1)), int(m.group(3))):
            yield m.start(), m.end(), DATE, _reason(text, m.start())
    for m in ISO_RE.finditer(text):
        if 1 <= int(m.group(3)) <= 12 and 1 <= int(m.group(4)) <= 31:
            yield m.start(), m.end(), DATE, _reason(text, m.start())
