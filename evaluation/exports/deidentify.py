"""De-identification of the record columns (REDCap's options, any combination):

- free text: short and long text questions are left out of the layout altogether
  (variables.build_layout) and of the long format's query (rows.long_sql);
- dates: kept, left out, or shifted;
- community and session: left out on request, since in a small group they can be enough to
  tell who answered.

Shifting moves every date of one export back by the same number of days, drawn at random
(`secrets`) for that export alone, between SHIFT_MIN_DAYS and SHIFT_MAX_DAYS. It is never
stored, logged or shown, and no time in the file gives it away (xlsx.py and syntax.py leave
out the time of export when dates are shifted), so the real dates cannot be worked out from
the file. One offset for the whole file keeps what analysis needs: every response about one
session shows one session date, and the days between any two dates of the file are the real
ones. Two exports, even of the same survey, are shifted differently, so dates do not match
across exports (waves are linked by respondent code, not by date).

An earlier version shifted each respondent by their own keyed number of days: with the
session number kept, one session then showed many dates, and the real one could be worked
out from them. Do not go back to it.

Nothing here, or anywhere in an export, carries a user id, name or email: the data has none
(a Response holds only the respondent code)."""

import secrets
from datetime import date, datetime, timedelta

from .options import DATES_SHIFT
from .variables import Layout

DATETIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
# Never less than a month (a small shift would leave the dates nearly real), at most a year.
SHIFT_MIN_DAYS = 30
SHIFT_MAX_DAYS = 365


def draw_shift_days() -> int:
    """A new offset, for one export only."""
    return SHIFT_MIN_DAYS + secrets.randbelow(SHIFT_MAX_DAYS - SHIFT_MIN_DAYS + 1)


def shift_date(value: str | None, days: int) -> str | None:
    if not value:
        return value
    return (date.fromisoformat(value) - timedelta(days=days)).isoformat()


def shift_datetime(value: str | None, days: int) -> str | None:
    if not value:
        return value
    return (datetime.strptime(value, DATETIME_FORMAT) - timedelta(days=days)).strftime(
        DATETIME_FORMAT)


def shifter(layout: Layout):
    """None when dates are not shifted (rows are written as read); else a function that
    shifts a row's dates, every row by the one offset drawn here. Call it once per export
    file: each call draws a new offset."""
    if layout.options.dates != DATES_SHIFT:
        return None
    names = [v.name for v in layout.variables if v.kind == "record"]
    date_slots = [i for i, name in enumerate(names) if name == "session_date"]
    time_slots = [i for i, name in enumerate(names) if name == "submitted_at"]
    days = draw_shift_days()

    def shift(row) -> list:
        out = list(row)
        for i in date_slots:
            out[i] = shift_date(out[i], days)
        for i in time_slots:
            out[i] = shift_datetime(out[i], days)
        return out

    return shift
