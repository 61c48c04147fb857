"""Every date and time field of every form shows its value as the browser's field needs it.

A `type="date"` input takes only ISO (2027-02-01), `type="time"` 14:05 and
`datetime-local` 2027-02-01T14:05. Rendered in the language's format instead ("01/02/2027"),
the browser shows the field empty, and an edit form cannot be saved as it was (issue 14)."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from django.utils import translation

from .helpers import form_classes

LONDON = ZoneInfo("Europe/London")
SAMPLES = {
    "date": (date(2027, 2, 1), "2027-02-01"),
    "time": (time(14, 5), "14:05"),
    "datetime-local": (datetime(2027, 2, 1, 14, 5, tzinfo=LONDON), "2027-02-01T14:05"),
}


def test_every_date_and_time_field_shows_its_value_in_the_browser_s_format():
    checked, problems = [], []
    with translation.override("en-gb"):
        for form_class in form_classes():
            for name, field in form_class.base_fields.items():
                # The type may be the widget's own or given in its attributes.
                kind = field.widget.attrs.get("type") or getattr(field.widget, "input_type", None)
                if kind not in SAMPLES:
                    continue
                value, expected = SAMPLES[kind]
                where = f"{form_class.__module__}.{form_class.__name__}.{name}"
                checked.append(where)
                shown = field.widget.format_value(field.prepare_value(value))
                if shown != expected:
                    problems.append(f"{where} ({kind}): shows {shown!r}, needs {expected!r}")
                html = field.widget.render(name, field.prepare_value(value))
                if f'value="{expected}"' not in html:
                    problems.append(f"{where}: renders {html}")
    assert not problems, "\n".join(problems)
    # The session, series, action point, audit filter and survey forms have them.
    assert len(checked) >= 12, checked

