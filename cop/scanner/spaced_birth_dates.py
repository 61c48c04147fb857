"""A date of birth typed with spaces for separators after its label: "dob 12 4 2004",
"D.O.B. 03 11 98". Three numbers with spaces are a count or a phone fragment as often as a
date, so only straight after "dob" or "date of birth", and only as a real day and month."""

import re
from collections.abc import Iterator

from .finding import Span
from .kinds import DATE

SPACED_DOB_RE = re.compile(
    r"(?i:\b(?:dob|d\.o\.b\.?|date[ \t]+of[ \t]+birth)(?:[ \t]+(?:is|was))?)[ \t]*[:\-–=]?[ \t]*"
    r"(?P<date>(?P<day>\d{1,2})[ \t](?P<month>\d{1,2})[ \t](?:19|20)?\d{2})(?![\w/.-]?\d)"
)
DIGITS_WITH_SPACES_RE = re.compile(r"\d[ \t]\d{1,2}[ \t]\d\d")
DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def find_spaced_birth_dates(text: str) -> Iterator[Span]:
    lowered = text.lower()
    if "dob" not in lowered and "d.o.b" not in lowered and "birth" not in lowered:
        return  # the quick answer for most texts
    if not DIGITS_WITH_SPACES_RE.search(text):
        return  # no day, month and year with spaces between anywhere
    for m in SPACED_DOB_RE.finditer(text):
        day, month = int(m.group("day")), int(m.group("month"))
        if 1 <= month <= 12 and 1 <= day <= DAYS_IN_MONTH[month - 1]:
            yield m.start("date"), m.end("date"), DATE, "a date of birth typed with spaces"
