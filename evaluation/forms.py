"""Input shape for the survey builder. The rules (unique codes, value labels that fit the
answer type, closes after opens, what a survey with responses may still change...) are the
services': they raise ValidationError keyed by field, and the views hand it to
`form.add_error(None, exc)` so each message lands next to its field."""

import re
from decimal import Decimal

from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import HTML, Fieldset, Layout, Size
from django import forms
from django.core.exceptions import ValidationError

from cop.text_limits import explain_limits, too_long_message
from members.models import Community

from .instruments import TEMPLATES
from .models import (
    CREDIT_MAX,
    DESCRIPTION_MAX,
    HELP_TEXT_MAX,
    INSTRUMENT_MAX,
    LABEL_MAX,
    NAME_MAX,
    QUESTION_TEXT_MAX,
    ROLE_WORD_MAX,
    SECTION_MAX,
    SUBSCALE_MAX,
    VALUE_LABELS_MAX,
    VARIABLE_CODE,
    WAVE_MAX,
    QuestionType,
    SurveyKind,
    ValueCycle,
)


# crispy-forms-gds gives GOV.UK's input class to text inputs only: number and date-time
# inputs name it themselves (else they keep the browser's faint border).
class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__({"class": "govuk-input govuk-input--width-20", **(attrs or {})},
                         format="%Y-%m-%dT%H:%M")


def number_input(width: int) -> forms.NumberInput:
    return forms.NumberInput(attrs={"class": f"govuk-input govuk-input--width-{width}"})


def _helper() -> FormHelper:
    helper = FormHelper()
    helper.form_tag = False
    helper.disable_csrf = True  # the template has the token
    # The form's error summary at its top (templates/gds/errors.html), also with a layout.
    helper.show_non_field_errors = True
    return helper


@explain_limits
class StudyForm(forms.Form):
    name = forms.CharField(max_length=NAME_MAX,
                           error_messages={"required": "Give the study a name."},
                           help_text="For example “Communities of Practice "
                                     "evaluation 2026-27”.")
    description = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False,
                                  max_length=DESCRIPTION_MAX,
                                  help_text="What the study asks, for the team's records.")
    communities = forms.ModelMultipleChoiceField(
        queryset=Community.objects.none(), required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Waves and ad hoc surveys go to all active members of these communities; "
                  "post-session surveys to those who came to their sessions.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["communities"].queryset = Community.objects.order_by("name")
        self.helper = _helper()


ROLE_WORDS_INTRO = (
    '<p class="govuk-hint">The questions or instructions hold words in brackets, as '
    "the ProQOL prints them: its author means each study to put its respondents' role in "
    "their place. Respondents, results and exports show these words instead; the codebook "
    "also gives the wording as printed. They cannot change once anyone has answered.</p>")

KIND_HELP = ("Post-session: sent to those marked as attending when a session is completed. "
             "Wave (baseline, follow-up): sent to all active members of the study's "
             "communities on a date. Ad hoc: sent on a date, like a wave, outside the "
             "wave plan.")


@explain_limits
class SurveyCreateForm(forms.Form):
    start = forms.ChoiceField(label="Start from", widget=forms.RadioSelect, required=False,
                              initial="")
    title = forms.CharField(max_length=NAME_MAX, required=False,
                            help_text="Leave empty to use the template's title.")
    kind = forms.ChoiceField(
        choices=[("", "As the template suggests (a blank survey: ad hoc)"),
                 *SurveyKind.choices],
        required=False, help_text=KIND_HELP)
    wave = forms.CharField(max_length=WAVE_MAX, required=False, label="Wave label",
                           help_text="Waves only: “baseline”, “follow-up 1”… Waves of one "
                                     "study are linked by respondent code.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["start"].choices = [
            ("", "A blank survey: add your own questions"),
            *[(t.key, f"{t.title}: {t.summary}") for t in TEMPLATES.values()],
        ]
        self.helper = _helper()

    def clean(self):
        data = super().clean()
        if not data.get("start") and not data.get("title"):
            self.add_error("title", "Give the survey a title.")
        return data


@explain_limits
class SurveySettingsForm(forms.Form):
    title = forms.CharField(max_length=NAME_MAX,
                            error_messages={"required": "Give the survey a title."})
    kind = forms.ChoiceField(choices=SurveyKind.choices, help_text=KIND_HELP)
    wave = forms.CharField(max_length=WAVE_MAX, required=False, label="Wave label",
                           help_text="Waves only: “baseline”, “follow-up 1”…")
    instructions = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), required=False,
                                   max_length=DESCRIPTION_MAX,
                                   help_text="Shown above the questions.")
    credit = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False,
                             max_length=CREDIT_MAX,
                             help_text="Shown on the survey and in exports. Published "
                                       "instruments must be credited as their authors ask.")
    anonymous = forms.BooleanField(
        required=False, label="Fully anonymous",
        help_text="No respondent code at all: answers cannot be linked across surveys or "
                  "waves. Cannot be changed once anyone has answered.")
    opens_at = forms.DateTimeField(widget=DateTimeInput, required=False, label="Opens",
                                   help_text="UK time. Leave empty to open when you press "
                                             "“Open”.")
    closes_at = forms.DateTimeField(widget=DateTimeInput, required=False, label="Closes",
                                    help_text="UK time. Links stop working then.")
    send_at = forms.DateTimeField(
        widget=DateTimeInput, required=False, label="Send invitations on",
        help_text="Waves and ad hoc surveys: invitations go by email to all active members "
                  "of the study's communities at this time (UK), once the survey is open.")
    answer_within_days = forms.IntegerField(
        widget=number_input(3), min_value=1, max_value=90, required=False,
        label="Days to answer after a session",
        help_text="Post-session surveys only: each invitation stays open this many days "
                  "after the session. Leave it empty for waves and ad hoc surveys.")
    reminder_after_days = forms.IntegerField(
        widget=number_input(3), min_value=1, max_value=60, label="Remind after (days)",
        help_text="People who have not answered are reminded this many days after the "
                  "invitation, and again the same time later for a second reminder.")
    reminder_count = forms.IntegerField(
        widget=number_input(2), min_value=0, max_value=2, label="Number of reminders",
        error_messages={"max_value": "At most two reminders: more would feel like pressure.",
                        "min_value": "Use 0 for no reminders."},
        help_text="0, 1 or 2.")
    # The words for the respondent's role (evaluation.role_words): shown only when a question
    # or the instructions use a bracketed word.
    role_helper = forms.CharField(
        max_length=ROLE_WORD_MAX, label="Their role, for “[helper]”",
        help_text="A noun for the people answering, read after “a”, as in “I like my work "
                  "as a support worker”.")
    role_help = forms.CharField(
        max_length=ROLE_WORD_MAX, label="What they do for people, for “[help]”",
        help_text="A verb, as in “the people I support”.")
    role_helped = forms.CharField(
        max_length=ROLE_WORD_MAX, label="The same in the past, for “[helped]”",
        help_text="As in “someone I have supported”.")
    role_helping = forms.CharField(
        max_length=ROLE_WORD_MAX, label="Their work as a noun, for “[helping]”",
        help_text="As in “Because of my support work, I have felt…”.")

    ROLE_FIELDS = ("role_helper", "role_help", "role_helped", "role_helping")

    def __init__(self, *args, locked=False, sent=False, role_words=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = _helper()
        role = []
        if role_words:
            role = [Fieldset(HTML(ROLE_WORDS_INTRO), *self.ROLE_FIELDS,
                             legend="Words for the respondent's role", legend_size=Size.MEDIUM)]
        else:
            for name in self.ROLE_FIELDS:
                del self.fields[name]
        self.helper.layout = Layout(
            Fieldset("title", "kind", "wave", "instructions", "credit", "anonymous",
                     legend="The survey", legend_size=Size.MEDIUM),
            *role,
            Fieldset("opens_at", "closes_at", "send_at", "answer_within_days",
                     legend="When", legend_size=Size.MEDIUM),
            Fieldset("reminder_after_days", "reminder_count", legend="Reminders",
                     legend_size=Size.MEDIUM),
        )
        if locked:
            for name in ("kind", "anonymous", *(self.ROLE_FIELDS if role_words else ())):
                self.fields[name].disabled = True
                self.fields[name].help_text += (" Locked: people have already answered "
                                                "this survey.")
        if sent:
            self.fields["send_at"].disabled = True
            self.fields["send_at"].help_text = "The invitations have been made."

    # Rules across fields (closes after opens, a wave has a label, when invitations may go)
    # are the service's: services.survey_update raises them against the right field.


# --- Questions --------------------------------------------------------------------------

LABEL_LINE = re.compile(r"^\s*(-?\d+)\s*,\s*(.+?)\s*$")
LABELS_EXAMPLE = "for example “1, Never”"


def parse_value_labels(text: str) -> list[tuple[int, str]]:
    """Lines of "code, label" -> [(code, label)], in the order written. Raises
    ValidationError with every problem found, by line."""
    labels, problems, seen = [], [], set()
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = LABEL_LINE.match(line)
        if match is None:
            problems.append(f"Line {number}: write the code (a whole number), a comma, then "
                            f"the label, {LABELS_EXAMPLE}.")
            continue
        if len(match[1].lstrip("-")) > 10:  # int() refuses thousands of digits
            problems.append(f"Line {number}: the code is too large.")
            continue
        value, label = int(match[1]), match[2]
        if value in seen:
            problems.append(f"Line {number}: the code {value} is used twice; each option "
                            f"needs its own code.")
        elif len(label) > LABEL_MAX:
            problems.append(f"Line {number}: {too_long_message(label, LABEL_MAX)}")
        elif abs(value) > 2_000_000_000:
            problems.append(f"Line {number}: the code is too large.")
        seen.add(value)
        labels.append((value, label))
    if problems:
        raise ValidationError(problems)
    return labels


def format_value_labels(choices) -> str:
    return "\n".join(f"{c.value}, {c.label}" for c in choices)


@explain_limits
class QuestionForm(forms.Form):
    code = forms.CharField(
        max_length=32, validators=[VARIABLE_CODE], label="Variable code",
        error_messages={"required": "Give the question a variable code, for example "
                                    "“burnout_1”."},
        help_text="The column name in exports, for example “burnout_1”. Letters, digits and "
                  "underscores, starting with a letter; unique in this survey.")
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), label="Question",
                           max_length=QUESTION_TEXT_MAX,
                           error_messages={"required": "Write the question."},
                           help_text="“[help]”, “[helper]”, “[helping]” and “[helped]”, as "
                                     "the ProQOL prints them, are shown in the survey's own "
                                     "words for its respondents' role (set in its settings).")
    help_text = forms.CharField(max_length=HELP_TEXT_MAX, required=False, label="Help text",
                                help_text="Shown under the question (optional).")
    type = forms.ChoiceField(choices=QuestionType.choices, label="Answer type")
    required = forms.BooleanField(required=False, label="An answer is required")
    section = forms.CharField(
        max_length=SECTION_MAX, required=False,
        help_text="Questions next to each other with the same section are shown together "
                  "under its heading.")
    value_labels = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 5}), required=False, label="Value labels",
        max_length=VALUE_LABELS_MAX,
        help_text="One option per line: the code stored and exported, a comma, then the "
                  "words shown, for example “1, Never”. Needed for Likert, single and "
                  "multiple choice; optional for a 0-10 scale (such as “0, Not at all” and "
                  "“10, Completely”).")
    min_value = forms.DecimalField(max_digits=14, decimal_places=4, required=False,
                                   widget=number_input(10),
                                   label="Lowest number allowed",
                                   help_text="Number questions only.")
    max_value = forms.DecimalField(max_digits=14, decimal_places=4, required=False,
                                   widget=number_input(10),
                                   label="Highest number allowed",
                                   help_text="Number questions only.")
    instrument = forms.CharField(max_length=INSTRUMENT_MAX, required=False,
                                 help_text="For items of a published scale, for example "
                                           "“ProQOL 5”: subscale scores are computed.")
    subscale = forms.CharField(max_length=SUBSCALE_MAX, required=False)
    reverse_scored = forms.BooleanField(required=False, label="Reverse-scored")
    value_cycle = forms.ChoiceField(
        choices=[("", "None"), *ValueCycle.choices], required=False,
        label="Value-creation cycle", help_text="Wenger-Trayner framework (optional).")

    # Fields a survey with responses can no longer change.
    LOCKED_FIELDS = ("code", "type", "value_labels", "min_value", "max_value", "instrument",
                     "subscale", "reverse_scored")

    def __init__(self, *args, locked=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = _helper()
        self.helper.layout = Layout(
            Fieldset("code", "text", "help_text", "section", "required",
                     legend="The question", legend_size=Size.MEDIUM),
            Fieldset("type", "value_labels", "min_value", "max_value", legend="Answers",
                     legend_size=Size.MEDIUM),
            Fieldset("instrument", "subscale", "reverse_scored", "value_cycle",
                     legend="Analysis (optional)", legend_size=Size.MEDIUM),
        )
        self.locked = locked
        self.fields["section"].widget.attrs["list"] = "section-names"
        if locked:
            for name in self.LOCKED_FIELDS:
                self.fields[name].disabled = True

    def clean_value_labels(self):
        return parse_value_labels(self.cleaned_data.get("value_labels") or "")

    def to_data(self) -> dict:
        """The cleaned data in the shape services.question_create/update take."""
        data = dict(self.cleaned_data)
        data["choices"] = data.pop("value_labels")
        for name in ("min_value", "max_value"):
            if data[name] is not None:
                data[name] = Decimal(data[name])
        return data


class QuestionMoveForm(forms.Form):
    direction = forms.ChoiceField(choices=[("up", "Up"), ("down", "Down")])


class SurveyStatusForm(forms.Form):
    status = forms.ChoiceField(choices=[("open", "Open"), ("closed", "Closed")])
