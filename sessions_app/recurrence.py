"""Recurrence rules chosen in plain words, expanded with dateutil's rrule.

Occurrences are computed in London wall-clock time, so "14:00 every month" stays 14:00
on both sides of a clock change; they are stored in UTC."""

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

LONDON = ZoneInfo("Europe/London")

WEEKDAYS = [("MO", "Monday"), ("TU", "Tuesday"), ("WE", "Wednesday"), ("TH", "Thursday"),
            ("FR", "Friday"), ("SA", "Saturday"), ("SU", "Sunday")]
ORDINALS = [(1, "first"), (2, "second"), (3, "third"), (4, "fourth"), (-1, "last")]

FREQUENCIES = [
    ("weekly", "Every week"),
    ("fortnightly", "Every two weeks"),
    ("monthly", "Every month, on a weekday (e.g. the second Tuesday)"),
]


@dataclass(frozen=True)
class Repeat:
    frequency: str  # one of FREQUENCIES
    weekday: str  # MO..SU
    ordinal: int = 1  # for monthly: 1..4 or -1 (last)

    def rule(self) -> str:
        if self.frequency == "weekly":
            return f"FREQ=WEEKLY;INTERVAL=1;BYDAY={self.weekday}"
        if self.frequency == "fortnightly":
            return f"FREQ=WEEKLY;INTERVAL=2;BYDAY={self.weekday}"
        if self.frequency == "monthly":
            return f"FREQ=MONTHLY;BYDAY={self.ordinal:+d}{self.weekday}"
        raise ValueError(f"Unknown frequency {self.frequency!r}")

    def pattern(self) -> str:
        """The rule in words, without times: "monthly on the second Tuesday"."""
        day = dict(WEEKDAYS)[self.weekday]
        if self.frequency == "weekly":
            return f"every week on {day}"
        if self.frequency == "fortnightly":
            return f"every two weeks on {day}"
        return f"monthly on the {dict(ORDINALS)[self.ordinal]} {day}"

    def words(self, start: time, end: time) -> str:
        return f"{self.pattern()}, {start:%H:%M} to {end:%H:%M}"

    @classmethod
    def from_rule(cls, rule: str) -> "Repeat | None":
        """The plain-words choice a rule was made from (None for a rule not made by `rule`)."""
        parts = dict(part.split("=", 1) for part in rule.split(";") if "=" in part)
        found = re.fullmatch(r"([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)", parts.get("BYDAY", ""))
        if not found:
            return None
        ordinal, weekday = found.groups()
        if parts.get("FREQ") == "WEEKLY" and not ordinal:
            frequency = {"1": "weekly", "2": "fortnightly"}.get(parts.get("INTERVAL", "1"))
            return cls(frequency, weekday) if frequency else None
        if parts.get("FREQ") == "MONTHLY" and ordinal and int(ordinal) in dict(ORDINALS):
            return cls("monthly", weekday, int(ordinal))
        return None


def weekday_of(day: date) -> str:
    return WEEKDAYS[day.weekday()][0]


def ordinal_of(day: date) -> int:
    """Which one of its weekday in the month a date is: 1 to 4, or -1 for a fifth (last)."""
    nth = (day.day - 1) // 7 + 1
    return -1 if nth == 5 else nth


def is_last_of_month(day: date) -> bool:
    return day.day + 7 > calendar.monthrange(day.year, day.month)[1]


class FirstDateMismatch(ValueError):
    """The chosen weekday, or which one in the month, is not the first date's."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


def repeat_from(frequency: str, first: date, weekday: str | None = None,
                ordinal: int | None = None) -> Repeat:
    """The rule for a series whose first session is on `first`. Left empty, the weekday and
    (monthly) which one in the month are the first date's; given, they must agree with it,
    since the first date is the first session."""
    names = dict(WEEKDAYS)
    own_day = weekday_of(first)
    when = f"{first.day} {first:%B %Y}"
    if weekday and weekday != own_day:
        raise FirstDateMismatch(
            "weekday", f"{when} is a {names[own_day]}, not a {names[weekday]}: the first date "
                       f"is the first session. Choose {names[own_day]}, or a first date that "
                       f"is a {names[weekday]}.")
    if frequency != "monthly":
        return Repeat(frequency, own_day)
    if ordinal is None:
        return Repeat(frequency, own_day, ordinal_of(first))
    fits = ordinal == ordinal_of(first) or (ordinal == -1 and is_last_of_month(first))
    if not fits:
        words = dict(ORDINALS)
        raise FirstDateMismatch(
            "ordinal", f"{when} is the {words[ordinal_of(first)]} {names[own_day]} of "
                       f"{first:%B}, not the {words[ordinal]}: the first date is the first "
                       f"session. Choose “{words[ordinal_of(first)]}”, or another first date.")
    return Repeat(frequency, own_day, ordinal)


def local_datetime(day: date, at: time) -> datetime:
    """An aware London datetime for a wall-clock date and time."""
    return datetime.combine(day, at, tzinfo=LONDON)


def occurrence_dates(rule: str, starts_on: date, until: date) -> list[date]:
    """The dates the rule gives from `starts_on` up to and including `until`."""
    if until < starts_on:
        return []
    dtstart = datetime.combine(starts_on, time(0, 0))
    expanded = rrulestr(rule, dtstart=dtstart)
    return [d.date() for d in expanded.between(dtstart, datetime.combine(until, time(23, 59)),
                                               inc=True)]


def join_words(items: list[str]) -> str:
    """Joined with commas and a final "and": a, b and c."""
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def dates_in_words(days: list[date]) -> str:
    """Dates as people write them, grouped by month and year:
    "4, 11 and 18 January, 1 February 2027"."""
    years: dict[int, dict[str, list[str]]] = {}
    for day in sorted(set(days)):
        years.setdefault(day.year, {}).setdefault(f"{day:%B}", []).append(str(day.day))
    return join_words([
        ", ".join(f"{join_words(numbers)} {month}" for month, numbers in months.items())
        + f" {year}" for year, months in years.items()])
