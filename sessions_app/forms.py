from datetime import date, timedelta
from typing import Any

from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import Size
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.template.defaultfilters import filesizeformat
from django.utils import dateformat, timezone

from cop.text_limits import explain_limits
from members.models import User

from . import library as materials
from . import selectors
from .models import (
    ACTION_MAX,
    CANCEL_REASON_MAX,
    DESCRIPTION_MAX,
    FOLLOW_UP_MESSAGE_MAX,
    MATERIAL_SUMMARY_MAX,
    NOTES_MAX,
    TITLE_MAX,
    URL_MAX,
    VENUE_MAX,
    RSVPAnswer,
    Session,
)
from .recurrence import FREQUENCIES, ORDINALS, WEEKDAYS, FirstDateMismatch, Repeat, repeat_from


class DateInput(forms.DateInput):
    """A browser date field: its value must be ISO (2027-02-01), whatever the language's
    date format, or the field shows empty and the form cannot be saved as it was."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__({"class": "govuk-input govuk-input--width-10", **(attrs or {})},
                         format="%Y-%m-%d")


class TimeInput(forms.TimeInput):
    """A browser time field: hours and minutes (14:00)."""

    input_type = "time"

    def __init__(self, attrs=None):
        super().__init__({"class": "govuk-input govuk-input--width-5", **(attrs or {})},
                         format="%H:%M")


def required(message: str) -> dict:
    """A required field's error that says what to do (GOV.UK's style), not "This field is
    required"."""
    return {"required": f"{message}."}


# crispy-forms-gds gives GOV.UK's classes to text inputs, selects and text areas only: links,
# numbers, dates, times and files get theirs here.
def url_input() -> forms.URLInput:
    return forms.URLInput(attrs={"class": "govuk-input"})


def number_input() -> forms.NumberInput:
    return forms.NumberInput(attrs={"class": "govuk-input govuk-input--width-5"})


def fields_only(form, *, legend_size: str = "") -> FormHelper:
    """For a form whose fields sit inside the page's own <form> (with its token, its buttons
    and its other forms): no <form> tag, and no error summary of its own (the page shows
    every form's errors in a summary at its top). A layout of all the fields is what makes
    crispy-forms-gds leave the summary out."""
    helper = FormHelper(form)
    helper.form_tag = False
    helper.disable_csrf = True
    helper.legend_size = legend_size
    return helper


MAX_CAPACITY = 10_000
# Sessions (and the first of a series) fall in this window around today: a series is created
# from its first date on, so a first date centuries ago would make thousands of sessions.
DAYS_BACK, DAYS_AHEAD = 366, 5 * 366


@explain_limits
class SessionForm(forms.Form):
    title = forms.CharField(max_length=TITLE_MAX, error_messages=required("Enter a title"))
    date = forms.DateField(widget=DateInput, help_text="The first date, for a series.",
                           error_messages=required("Enter the date"))
    start_time = forms.TimeField(widget=TimeInput, label="Starts at",
                                 help_text="UK time.",
                                 error_messages=required("Enter the time it starts"))
    end_time = forms.TimeField(widget=TimeInput, label="Ends at",
                               error_messages=required("Enter the time it ends"))
    venue = forms.CharField(max_length=VENUE_MAX, required=False,
                            help_text="Leave empty for an online-only session.")
    online_link = forms.URLField(required=False, label="Online meeting link", max_length=URL_MAX,
                                 widget=url_input(),
                                 help_text="Shown only to members of the community.",
                                 assume_scheme="https")
    capacity = forms.IntegerField(min_value=1, max_value=MAX_CAPACITY, required=False,
                                  widget=number_input(),
                                  help_text="Leave empty for no limit. When full, people "
                                            "join a waiting list.")
    description = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False,
                                  max_length=DESCRIPTION_MAX)

    def clean_date(self):
        day = self.cleaned_data["date"]
        today = timezone.localdate()
        if not (today - timedelta(days=DAYS_BACK) <= day <= today + timedelta(days=DAYS_AHEAD)):
            raise ValidationError("Choose a date from a year ago to five years ahead.")
        return day

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_time"), cleaned.get("end_time")
        if start and end and end <= start:
            self.add_error("end_time", "The session must end after it starts.")
        return cleaned


SAME_DAY = ("", "The same day as the first date")
SAME_ONE = ("", "The same as the first date")


class RepeatForm(forms.Form):
    """How a new session repeats, in plain words. The first date is the first session:
    left as they are, the weekday and which one in the month are taken from it."""

    repeat = forms.ChoiceField(choices=[("", "Does not repeat"), *FREQUENCIES], required=False,
                               label="Repeats")
    weekday = forms.ChoiceField(choices=[SAME_DAY, *WEEKDAYS], required=False, label="On")
    ordinal = forms.TypedChoiceField(choices=[SAME_ONE, *ORDINALS], coerce=int, required=False,
                                     label="Which one in the month", empty_value=None)
    until = forms.DateField(widget=DateInput, required=False, label="Last date",
                            help_text="Leave empty to keep going (sessions are created "
                                      "six months ahead).")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = fields_only(self)

    def repeat_from(self, first: date) -> Repeat | None:
        """The rule for a series whose first session is on `first` (None for a single
        session); a weekday or "which one" that disagrees with it is an error on its field."""
        data = self.cleaned_data
        if not data.get("repeat"):
            return None
        try:
            return repeat_from(data["repeat"], first, data.get("weekday") or None,
                               data.get("ordinal"))
        except FirstDateMismatch as mismatch:
            self.add_error(mismatch.field, str(mismatch))
            return None


class SeriesForm(forms.Form):
    """A series' rule, times and last date, changed from a date on."""

    repeat = forms.ChoiceField(choices=FREQUENCIES, label="Repeats")
    starts_on = forms.DateField(
        widget=DateInput, label="From", error_messages=required("Enter the first date"),
        help_text="The first session on the new pattern. Sessions before it stay as they are.")
    weekday = forms.ChoiceField(choices=[SAME_DAY, *WEEKDAYS], required=False, label="On")
    ordinal = forms.TypedChoiceField(choices=[SAME_ONE, *ORDINALS], coerce=int, required=False,
                                     label="Which one in the month", empty_value=None)
    start_time = forms.TimeField(widget=TimeInput, label="Starts at", help_text="UK time.",
                                 error_messages=required("Enter the time it starts"))
    end_time = forms.TimeField(widget=TimeInput, label="Ends at",
                               error_messages=required("Enter the time it ends"))
    until = forms.DateField(widget=DateInput, required=False, label="Last date",
                            help_text="Leave empty to keep going (sessions are created "
                                      "six months ahead).")

    def clean_starts_on(self):
        day = self.cleaned_data["starts_on"]
        today = timezone.localdate()
        if not (today <= day <= today + timedelta(days=DAYS_AHEAD)):
            raise ValidationError("Choose a date from today to five years ahead.")
        return day

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_time"), cleaned.get("end_time")
        if start and end and end <= start:
            self.add_error("end_time", "The session must end after it starts.")
        first, until = cleaned.get("starts_on"), cleaned.get("until")
        if first and until and until < first:
            self.add_error("until", "The last date must be on or after the first.")
        if first and cleaned.get("repeat") and not self.errors:
            try:
                cleaned["rule"] = repeat_from(cleaned["repeat"], first,
                                              cleaned.get("weekday") or None,
                                              cleaned.get("ordinal"))
            except FirstDateMismatch as mismatch:
                self.add_error(mismatch.field, str(mismatch))
        return cleaned


class ScopeForm(forms.Form):
    scope = forms.ChoiceField(
        choices=[("this", "This session only"), ("future", "This and all later sessions")],
        initial="this", widget=forms.RadioSelect, label="Apply the change to")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = fields_only(self, legend_size=Size.SMALL)


@explain_limits
class CancelForm(forms.Form):
    reason = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False,
                             max_length=CANCEL_REASON_MAX,
                             help_text="Members who had not declined are told, with this.")
    scope = forms.ChoiceField(
        choices=[("this", "This session only"), ("rest", "This and the rest of the series")],
        initial="this", widget=forms.RadioSelect, label="Cancel")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = fields_only(self, legend_size=Size.SMALL)


class RSVPForm(forms.Form):
    answer = forms.ChoiceField(choices=RSVPAnswer.choices)


class MemberChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user):
        return user.display_name


@explain_limits
class AgendaItemForm(forms.Form):
    title = forms.CharField(max_length=TITLE_MAX, error_messages=required("Enter a title"))
    minutes = forms.IntegerField(min_value=1, max_value=600, required=False, widget=number_input(),
                                 label="Minutes allotted")
    presenter = MemberChoiceField(queryset=User.objects.none(), required=False)
    case: "forms.ModelChoiceField[Any]" = forms.ModelChoiceField(queryset=None, required=False,
                                  label="Case to discuss (optional)",
                                  help_text="Cases their authors marked for discussion "
                                            "come first.")

    def __init__(self, *args, members, cases, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["presenter"].queryset = members
        self.fields["case"].queryset = cases
        self.fields["case"].label_from_instance = (
            lambda c: f"{c.title} (marked for discussion)" if c.for_discussion else c.title)


@explain_limits
class RecordForm(forms.Form):
    attended = forms.MultipleChoiceField(required=False, widget=forms.CheckboxSelectMultiple,
                                         label="Who came")
    notes = forms.CharField(widget=forms.Textarea(attrs={"rows": 6}), required=False,
                            max_length=NOTES_MAX,
                            label="Notes or minutes",
                            help_text="Markdown works here. Keep clients anonymous.")

    def __init__(self, *args, members, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["attended"].choices = [(str(m.user_id), m.user.display_name)
                                           for m in members]

    def clean_attended(self):
        try:
            return [int(pk) for pk in self.cleaned_data["attended"]]
        except ValueError as exc:
            raise ValidationError("Choose from the list.") from exc


@explain_limits
class ActionPointForm(forms.Form):
    text = forms.CharField(max_length=ACTION_MAX, label="Action",
                           error_messages=required("Enter the action"))
    owner = MemberChoiceField(queryset=User.objects.none(), required=False, label="Who")
    due_on = forms.DateField(widget=DateInput, required=False, label="Due")

    def __init__(self, *args, members, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = members


@explain_limits
class FollowUpForm(forms.Form):
    message = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}), required=False,
        max_length=FOLLOW_UP_MESSAGE_MAX,
        label="Anything you would like them to know (optional)",
        help_text="Only the facilitators of this community will see this.")


# A hint for the file picker only: the type is decided by the content (library.detect_file).
ACCEPT = ".pdf,.docx,.doc,.odt,.pptx,.xlsx,.txt,.md,.csv"


class SessionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.title} ({dateformat.format(timezone.localtime(obj.starts_at), 'j M Y')})"


@explain_limits
class MaterialForm(forms.Form):
    """Input shape only: the service checks the link, the file's real type and its size."""

    title = forms.CharField(max_length=TITLE_MAX, error_messages=required("Enter a title"))
    summary = forms.CharField(
        max_length=MATERIAL_SUMMARY_MAX, widget=forms.Textarea(attrs={"rows": 3}),
        error_messages=required("Enter a summary"),
        help_text="A sentence or two: what it is and why it helps.",
    )
    url = forms.URLField(
        label="Link", required=False, max_length=URL_MAX, assume_scheme="https", widget=url_input(),
        validators=[URLValidator(schemes=["http", "https"])],
        help_text="A web page, for example guidance or research online.",
    )
    upload = forms.FileField(
        label="Or a file", required=False,
        widget=forms.FileInput(attrs={"accept": ACCEPT, "class": "govuk-file-upload"}),
    )
    session = SessionChoiceField(
        queryset=Session.objects.none(), required=False, empty_label="Not linked to a session",
        help_text="The session it was brought to, if any.",
    )

    def __init__(self, *args, community, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["upload"].help_text = (
            f"{materials.ACCEPTED[0].upper()}{materials.ACCEPTED[1:]}, "
            f"up to {filesizeformat(settings.MATERIAL_MAX_BYTES)}.")
        self.fields["session"].queryset = selectors.linkable_sessions(community)
        self.helper = fields_only(self)

    def clean(self):
        data = super().clean()
        if not self.errors and bool(data.get("url")) == bool(data.get("upload")):
            raise ValidationError("Add either a link or a file (one of them, not both).")
        return data


class MaterialReplaceForm(forms.Form):
    """A new file in place of a held one: checked by the service like any upload."""

    upload = forms.FileField(
        label="A new file", error_messages=required("Choose a file"),
        widget=forms.FileInput(attrs={"accept": ACCEPT, "class": "govuk-file-upload"}),
    )
