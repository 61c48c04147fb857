"""Recurrence rules chosen in plain words, expanded with dateutil's rrule.

Occurrences are computed in London wall-clock time, so "14:00 every month" stays 14:00
on both sides of a clock change; they are stored in UTC."""

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

    def words(self, start: time, end: time) -> str:
        day = dict(WEEKDAYS)[self.weekday]
        times = f"{start:%H:%M} to {end:%H:%M}"
        if self.frequency == "weekly":
            return f"every week on {day}, {times}"
        if self.frequency == "fortnightly":
            return f"every two weeks on {day}, {times}"
        return f"monthly on the {dict(ORDINALS)[self.ordinal]} {day}, {times}"


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
