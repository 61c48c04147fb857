
from django import forms
from django.utils import dateformat, timezone

from cop.text_limits import explain_limits

from .models import DIFFERENTLY_MAX, LEARNED_MAX


def session_label(session) -> str:
    when = dateformat.format(timezone.localtime(session.starts_at), "j M Y")
    return f"{session.title} ({when}, {session.community.name})"


@explain_limits
class ReflectionForm(forms.Form):
    """Input shape only: the service checks that the session is one the person attended."""

    session = forms.TypedChoiceField(
        coerce=int, required=False, empty_value=None,
        label="Which session is it about? (optional)",
        help_text="Sessions you were recorded as attending.")
    learned = forms.CharField(
        label="What did you learn?", max_length=LEARNED_MAX,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": "Enter what you learned."},
        help_text="For example, a new way to look at a case, a service or a rule you did not "
                  "know, or something a colleague tried.")
    differently = forms.CharField(
        label="What will you do differently?", max_length=DIFFERENTLY_MAX,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": "Enter what you will do differently."},
        help_text="In your practice, with the people you work with.")

    def __init__(self, *args, sessions, **kwargs):
        """`sessions`: those the person attended (selectors.attended_sessions), read once."""
        super().__init__(*args, **kwargs)
        self.sessions = {s.pk: s for s in sessions}
        field = self.fields["session"]
        assert isinstance(field, forms.TypedChoiceField)
        field.choices = [("", "Not about one session")] + [
            (pk, session_label(s)) for pk, s in self.sessions.items()]

    def clean_session(self):
        pk = self.cleaned_data.get("session")
        return self.sessions.get(pk) if pk is not None else None


class PeriodForm(forms.Form):
    """The CPD record's period (both ends optional)."""

    date_from = forms.DateField(
        label="From", required=False,
        widget=forms.DateInput(attrs={"type": "date", "class": "govuk-input govuk-input--width-10"},
                               format="%Y-%m-%d"),
        error_messages={"invalid": "Enter the first date as a real date, like 2027-04-01."})
    date_to = forms.DateField(
        label="To", required=False,
        widget=forms.DateInput(attrs={"type": "date", "class": "govuk-input govuk-input--width-10"},
                               format="%Y-%m-%d"),
        error_messages={"invalid": "Enter the last date as a real date, like 2028-03-31."})

    def clean(self):
        data = super().clean() or {}
        first = data.get("date_from")
        last = data.get("date_to")
        if first and last and last < first:
            self.add_error("date_to", "The last date must be on or after the first.")
        return data
