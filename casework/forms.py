from datetime import date

from crispy_forms.helper import FormHelper
from crispy_forms_gds.layout import Field, Fluid, Layout, Size
from django import forms
from django.utils import timezone

from cop.text_limits import explain_limits
from servicemap import selectors as service_selectors

from .brief import EXAMPLE_KEY_MAX as BRIEF_EXAMPLE_KEY_MAX
from .brief import EXAMPLES_MAX as BRIEF_EXAMPLES_MAX
from .brief import LONGEST_PERIOD_DAYS as BRIEF_LONGEST_DAYS
from .models import (
    COMMENT_MAX,
    REASON_MAX,
    Barrier,
    BarrierCategory,
    CaseStudy,
    Escalation,
    NeedsDomain,
    ServiceType,
)

MARKDOWN_HELP = ("You can use Markdown: **bold**, *italic*, lists with - . "
                 "Leave out anything that could identify the person.")


@explain_limits
class CaseForm(forms.ModelForm):
    needs_domains = forms.MultipleChoiceField(
        choices=NeedsDomain.choices, widget=forms.CheckboxSelectMultiple, required=False,
        label="Needs",
    )
    pseudonym_declared = forms.BooleanField(
        label="I confirm the pseudonym is not the person's real name.",
        required=True,
    )

    class Meta:
        model = CaseStudy
        fields = ["pseudonym", "pseudonym_declared", "title", "presenting_situation",
                  "needs_domains", "services_involved", "what_tried", "question", "outcome",
                  "for_discussion"]
        labels = {
            "presenting_situation": "Presenting situation",
            "services_involved": "Services involved",
            "what_tried": "What has been tried",
            "question": "Question for the group",
            "outcome": "What happened next",
            "for_discussion": "I would like this case discussed at a session",
        }
        widgets = {
            "presenting_situation": forms.Textarea(attrs={"rows": 6}),
            "services_involved": forms.Textarea(attrs={"rows": 3}),
            "what_tried": forms.Textarea(attrs={"rows": 4}),
            "question": forms.Textarea(attrs={"rows": 3}),
            "outcome": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None:
            del self.fields["outcome"]  # "what happened next" comes later
        for name in ("presenting_situation", "services_involved", "what_tried", "question",
                     "outcome"):
            if name in self.fields:
                self.fields[name].help_text = MARKDOWN_HELP
        self.fields["for_discussion"].help_text = ""  # its label says it all
        self.fields["pseudonym"].help_text = (
            "A made-up first name, e.g. “Elizabeth”. It is the only name the case may use.")
        if self.instance.pk is not None:
            # Confirmed when the case was brought: asked again only for a new pseudonym.
            declared = self.fields["pseudonym_declared"]
            declared.required = False
            declared.help_text = "Tick this again only if you change the pseudonym."
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.layout = Layout(
            Field.text("pseudonym", label_size=Size.SMALL, field_width=Fluid.ONE_HALF),
            Field.checkbox("pseudonym_declared", small=True),
            Field.text("title", label_size=Size.SMALL),
            Field.textarea("presenting_situation", label_size=Size.SMALL, rows=6),
            Field.checkboxes("needs_domains", legend_size=Size.SMALL, small=True),
            Field.textarea("services_involved", label_size=Size.SMALL, rows=3),
            Field.textarea("what_tried", label_size=Size.SMALL, rows=4),
            Field.textarea("question", label_size=Size.SMALL, rows=3),
            *([Field.textarea("outcome", label_size=Size.SMALL, rows=4)]
              if "outcome" in self.fields else []),
            Field.checkbox("for_discussion", small=True),
        )

    def clean(self):
        cleaned = super().clean()
        if ("pseudonym" in self.changed_data and not cleaned.get("pseudonym_declared")
                and "pseudonym_declared" not in self.errors):
            self.add_error("pseudonym_declared",
                           "You have changed the pseudonym: confirm it is not the person's "
                           "real name.")
        return cleaned


@explain_limits
class CommentForm(forms.Form):
    body = forms.CharField(
        label="Your comment", widget=forms.Textarea(attrs={"rows": 3}), max_length=COMMENT_MAX,
        help_text="Markdown works here. Leave out anything that could identify anyone.",
    )
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)


@explain_limits
class ReasonForm(forms.Form):
    reason = forms.CharField(
        label="Reason", widget=forms.Textarea(attrs={"rows": 2}), max_length=REASON_MAX,
        help_text="The author and the case history will show it.",
    )


class ModerateCaseForm(ReasonForm):
    action = forms.ChoiceField(label="What do you want to do?", widget=forms.RadioSelect,
                               choices=[
        ("close", "Close the case"), ("reopen", "Reopen the case"),
        ("archive", "Archive the case"),
        ("return_to_draft", "Return the case to its author as a draft"),
    ])
    field_order = ["action", "reason"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.layout = Layout(Field.radios("action", legend_size=Size.SMALL),
                                    Field.textarea("reason", label_size=Size.SMALL, rows=2))


class ServiceChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.name} ({obj.organisation})" if obj.organisation else obj.name


def service_field(label: str, help_text: str) -> ServiceChoiceField:
    """The community's services (servicemap.selectors.services_for_choice, set per form):
    another community's is not a valid choice."""
    return ServiceChoiceField(queryset=None, required=False, label=label, help_text=help_text,
                              empty_label="Not in the directory, or not known")


@explain_limits
class BarrierForm(forms.ModelForm):
    service = service_field(
        "Which service (optional)",
        "Choose it if it is in the community's directory of services: its page then shows "
        "this barrier.")

    class Meta:
        model = Barrier
        fields = ["service_type", "service", "category", "description", "overcome",
                  "how_overcome"]
        labels = {
            "service_type": "Type of service",
            "category": "What kind of barrier",
            "description": "What happened",
            "overcome": "Was it overcome?",
            "how_overcome": "How it was overcome (if it was)",
        }
        widgets = {"description": forms.Textarea(attrs={"rows": 2}),
                   "how_overcome": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, community, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["service"].queryset = service_selectors.services_for_choice(
            community, keep_id=self.instance.service_id)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.layout = Layout(
            Field.select("service_type"), Field.select("service"), Field.select("category"),
            Field.textarea("description", rows=3), Field.select("overcome"),
            Field.textarea("how_overcome", rows=3),
        )


class DateInput(forms.DateInput):
    """A browser date field: its value must be ISO (2027-02-01), whatever the language's
    date format, or the field shows empty."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__({"class": "govuk-input govuk-input--width-10", **(attrs or {})},
                         format="%Y-%m-%d")


EARLIEST_DATE = date(2000, 1, 1)


@explain_limits
class EscalationForm(forms.ModelForm):
    service = service_field(
        "The service it is about (optional)",
        "If the barrier is at one service in the community's directory: its page then "
        "shows this escalation.")

    class Meta:
        model = Escalation
        fields = ["title", "raised_with", "raised_on", "service_type", "service", "category",
                  "evidence", "response", "status"]
        labels = {
            "title": "What the barrier is",
            "raised_with": "Who it was raised with",
            "raised_on": "Date it was raised",
            "service_type": "Type of service (optional)",
            "category": "What kind of barrier (optional)",
            "evidence": "The evidence sent",
            "response": "Their response",
            "status": "Status",
        }
        help_texts = {
            "title": "For example: Hospital discharges with no duty to refer.",
            "raised_with": "For example: the Health and Wellbeing Board, the commissioner for "
                           "homelessness services, the housing options service manager.",
            "evidence": "What was sent or said: counts from the barriers page and anonymised "
                        "examples. Leave out anything that could identify anyone.",
            "response": "What came back, if anything yet.",
        }
        widgets = {"raised_on": DateInput(),
                   "evidence": forms.Textarea(attrs={"rows": 6}),
                   "response": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, community, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["service"].queryset = service_selectors.services_for_choice(
            community, keep_id=self.instance.service_id)
        self.fields["service_type"].choices = [("", "Not one type")] + ServiceType.choices
        self.fields["category"].choices = [("", "Not one kind")] + BarrierCategory.choices
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.layout = Layout(
            Field.text("title"), Field.text("raised_with"), Field("raised_on"),
            Field.select("service_type"), Field.select("service"), Field.select("category"),
            Field.textarea("evidence", rows=6), Field.textarea("response", rows=4),
            Field.select("status"),
        )

    def clean_raised_on(self):
        raised_on = self.cleaned_data["raised_on"]
        if raised_on > timezone.localdate():
            raise forms.ValidationError("The date it was raised cannot be in the future.")
        if raised_on < EARLIEST_DATE:
            raise forms.ValidationError("Enter a date from 2000 on.")
        return raised_on


class BriefPeriodForm(forms.Form):
    """The period of a system barriers brief: both days included, at most three years."""

    date_from = forms.DateField(label="From", widget=DateInput())
    date_to = forms.DateField(label="To", widget=DateInput())

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start is None or end is None:
            return cleaned
        if end > timezone.localdate():
            self.add_error("date_to", "The period cannot end after today.")
        elif start > end:
            self.add_error("date_from", "The period must start on or before its last day.")
        elif start < EARLIEST_DATE:
            self.add_error("date_from", "Enter a date from 2000 on.")
        elif (end - start).days >= BRIEF_LONGEST_DAYS:
            self.add_error("date_from", "Choose a period of three years or less.")
        return cleaned


class ExampleKeysField(forms.MultipleChoiceField):
    """Keys of the texts picked ("<barrier id>-<field>"), whatever was offered: which of them
    may be used is decided when the brief is made (brief.examples_picked scans each again)."""

    def valid_value(self, value):
        return len(str(value)) <= BRIEF_EXAMPLE_KEY_MAX


class BriefExamplesForm(forms.Form):
    examples = ExampleKeysField(required=False, widget=forms.CheckboxSelectMultiple,
                                label="Examples to include")

    def clean_examples(self):
        picked = self.cleaned_data["examples"]
        if len(picked) > BRIEF_EXAMPLES_MAX:
            raise forms.ValidationError(
                f"Choose {BRIEF_EXAMPLES_MAX} examples or fewer (you chose {len(picked)}).")
        return picked
