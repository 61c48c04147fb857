"""De-identification of the record columns (REDCap's options, any combination):

- free text: short and long text questions are left out of the layout altogether
  (variables.build_layout) and of the long format's query (rows.long_sql);
- dates: kept, left out, or shifted back by a per-respondent number of days (0 to 364);
- community and session: left out on request, since in a small group they can be enough to
  tell who answered.

The shift is keyed (evaluation.pseudonyms.date_shift_days), so it cannot be undone without
the key and is the same in every export. For a respondent with a code it is the same in
every survey of the study, so the time between a person's baseline and follow-up is kept;
an anonymous survey's responses are shifted each by its own response id.

Nothing here, or anywhere in an export, carries a user id, name or email: the data has none
(a Response holds only the respondent code)."""

from datetime import date, datetime, timedelta

from .. import pseudonyms
from .options import DATES_SHIFT
from .variables import Layout

DATETIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"

def shift_days(layout: Layout, *, response_id: int, code: str) -> int:
    survey = layout.survey
    if code:
        # Study-wide (survey id 0 is no survey): one shift per person across waves.
        return pseudonyms.date_shift_days(survey_id=0,
                                          respondent=f"study-{survey.study_id}:{code}")
    return pseudonyms.date_shift_days(survey_id=survey.pk, respondent=f"response-{response_id}")


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
    shifts a row's dates by its respondent's days and cuts off the two hidden fields that
    rows.py adds to find them (response id, respondent code)."""
    if layout.options.dates != DATES_SHIFT:
        return None
    names = [v.name for v in layout.variables if v.kind == "record"]
    date_slots = [i for i, name in enumerate(names) if name == "session_date"]
    time_slots = [i for i, name in enumerate(names) if name == "submitted_at"]

    def shift(row) -> list:
        out = list(row[:-2])
        days = shift_days(layout, response_id=row[-2], code=row[-1])
        for i in date_slots:
            out[i] = shift_date(out[i], days)
        for i in time_slots:
            out[i] = shift_datetime(out[i], days)
        return out

    return shift
