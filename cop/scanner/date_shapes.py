"""Values that read as a day and month, or a time of day: "06.10", "09/03", "14/02/24",
"18.30". After a police word ("log", "incident") such a value is when something happened
("Outreach log 06.10", "incident 09/03, police attended"), not the reference it was given.
"""

import re

# d/m, dd.mm, dd-mm, with or without a 2- or 4-digit year (one separator used throughout).
DAY_MONTH_RE = re.compile(r"(\d{1,2})([/.-])(\d{1,2})(?:\2(?:\d{2}|\d{4}))?")
# hh:mm or hh.mm, with am/pm or not.
TIME_RE = re.compile(r"(\d{1,2})[:.](\d{2})(?:\s*[ap]m)?", re.IGNORECASE)


def is_day_month_or_time(value: str) -> bool:
    """True for "06.10", "9/3", "09/03/2024", "18.30" or "7:45pm"; False for "NB-24-118830"."""
    m = DAY_MONTH_RE.fullmatch(value)
    if m:
        a, b = int(m.group(1)), int(m.group(3))
        if (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31):
            return True
    t = TIME_RE.fullmatch(value)
    return t is not None and int(t.group(1)) <= 23 and int(t.group(2)) <= 59
