"""A date of birth typed as six digits with no separators after its label: "dob 080391",
"D.O.B. 250702".

Six digits alone are a sort code, a reference or a count as often as a date, so they are
a date only straight after "dob", "d.o.b." or "date of birth", and only when they read
as a real day, month and two-digit year (ddmmyy).
"""

import re
from collections.abc import Iterator

from .finding import Span
from .kinds import DATE

COMPACT_DOB_RE = re.compile(
    r"(?i:dob|d\.o\.b\.?|date[ \t]+of[ \t]+birth)[ \t]*[:\-–=]?[ \t]*"
    r"(?P<date>(?P<day>[0-3]\d)(?P<month>[01]\d)\d{2})(?![\w/.-]\d|\d)"
)
DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def find_compact_birth_dates(text: str) -> Iterator[Span]:
    for m in COMPACT_DOB_RE.finditer(text):
        if text[m.start() - 1 : m.start()].isalnum():
            continue  # inside a word (checked here: a pattern opening with \b is slower)
        day, month = int(m.group("day")), int(m.group("month"))
        if 1 <= month <= 12 and 1 <= day <= DAYS_IN_MONTH[month - 1]:
            yield m.start("date"), m.end("date"), DATE, "six digits of a date after 'dob'"
