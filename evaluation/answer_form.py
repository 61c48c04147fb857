"""The form a person answers a survey with, one field per question.

`SurveyAnswerForm(survey, questions, data=None, initial=None, require=True)`:
- likert and single choice: radio buttons (value = Choice.value); scale: radios 0 to 10 in a
  row, with the survey's labels for the ends (Choice rows of the question, if any);
- multiple choice: checkboxes (values of the ticked choices);
- number: a number input within the question's bounds; short and long text: input, textarea.
`require=False` (saving for later) accepts missing answers to required questions; other
checks (a number out of bounds, a choice that is not offered) always apply.

`cleaned_answers()` gives {question id: {"number": Decimal} | {"choices": [values]} |
{"text": str}} for the questions answered, none for those left empty: the storage of
Answer rows. `initial_from_answers(answers)` turns saved Answer rows back into initial
values. The partial template "evaluation/answer/_questions.html" renders `form.items`."""

from dataclasses import dataclass
from decimal import Decimal

from django import forms
from django.utils.functional import cached_property

from cop.text_limits import explain_limit

from .answering import NOTHING_ANSWERED
from .models import (
    ANSWER_TEXT_MAX,
    CHOICE_TYPES,
    SHORT_ANSWER_MAX,
    TEXT_TYPES,
    QuestionType,
    plain_number,
)

REQUIRED = "Answer this question."
NOT_OFFERED = "Choose from the options given."


def field_name(question) -> str:
    return f"q_{question.code}"


@dataclass
class Item:
    """One question as the template shows it."""

    question: object
    field: forms.BoundField
    section: str  # the heading to show before it ('' if none)
    kind: str  # "radio", "scale", "checkbox", "number", "text", "textarea"
    options: list  # [(value as str, label, checked)] for radio, scale and checkbox
    value: str  # the current value for number and text inputs
    scale_ends: str  # "0 = Not at all, 10 = Completely" for scale questions

    @property
    def input_id(self) -> str:
        """The id of the first input, the target of the error summary's link."""
        return f"{self.field.auto_id}_0" if self.options else self.field.auto_id

    @property
    def help_id(self) -> str:
        return f"{self.field.auto_id}_help" if self.help else ""

    @property
    def help(self) -> str:
        """The question's help text, and for a number its bounds."""
        return " ".join(part for part in (self.question.help_text, self.bounds_text) if part)

    @property
    def error_id(self) -> str:
        return f"{self.field.auto_id}_error" if self.field.errors else ""

    @property
    def described_by(self) -> str:
        return " ".join(part for part in (self.help_id, self.error_id) if part)

    @property
    def is_group(self) -> bool:
        return bool(self.options)

    @property
    def min_attr(self) -> str:
        return plain_number(self.question.min_value)

    @property
    def max_attr(self) -> str:
        return plain_number(self.question.max_value)

    @property
    def bounds_text(self) -> str:
        low, high = self.min_attr, self.max_attr
        if low and high:
            return f"A number from {low} to {high}."
        if low:
            return f"A number of {low} or more."
        if high:
            return f"A number up to {high}."
        return ""


class SurveyAnswerForm(forms.Form):
    use_required_attribute = False  # the server checks; its messages sit by each question

    def __init__(self, survey, questions, data=None, initial=None, *, require: bool = True):
        super().__init__(data=data, initial=initial)
        self.survey = survey
        self.questions = list(questions)
        self.require = require
        for question in self.questions:
            self.fields[field_name(question)] = self._field(question)

    def _field(self, question) -> forms.Field:
        required = question.required and self.require
        common = {"required": required, "label": question.text,
                  "help_text": question.help_text,
                  "error_messages": {"required": REQUIRED, "invalid_choice": NOT_OFFERED}}
        choices = [(c.value, c.label) for c in question.choices.all()]
        if question.type in (QuestionType.LIKERT, QuestionType.SINGLE):
            return forms.TypedChoiceField(choices=choices, coerce=int, empty_value=None,
                                          widget=forms.RadioSelect, **common)
        if question.type == QuestionType.MULTIPLE:
            return forms.TypedMultipleChoiceField(choices=choices, coerce=int,
                                                  widget=forms.CheckboxSelectMultiple, **common)
        if question.type == QuestionType.SCALE:
            return forms.TypedChoiceField(choices=[(n, str(n)) for n in range(11)], coerce=int,
                                          empty_value=None, widget=forms.RadioSelect, **common)
        if question.type == QuestionType.NUMBER:
            low, high = plain_number(question.min_value), plain_number(question.max_value)
            bounds = (f"Enter a number from {low} to {high}." if low and high else
                      f"Enter a number of {low} or more." if low else
                      f"Enter a number up to {high}.")
            common["error_messages"].update({
                "invalid": "Enter a number, such as 3 or 2.5.",
                "min_value": bounds, "max_value": bounds,
                "max_digits": "Enter a smaller number.",
                "max_decimal_places": "Use at most 4 decimal places.",
                "max_whole_digits": "Enter a smaller number.",
            })
            return forms.DecimalField(
                min_value=question.min_value, max_value=question.max_value, max_digits=14,
                decimal_places=4, widget=forms.NumberInput(attrs={"step": "any"}), **common)
        if question.type == QuestionType.LONG_TEXT:
            return explain_limit(forms.CharField(max_length=ANSWER_TEXT_MAX,
                                                 widget=forms.Textarea, **common))
        return explain_limit(forms.CharField(max_length=SHORT_ANSWER_MAX, **common))

    def clean(self):
        cleaned = super().clean()
        if self.require and not self.errors and not self.cleaned_answers():
            raise forms.ValidationError(NOTHING_ANSWERED)
        return cleaned

    # --- Reading the answers -----------------------------------------------------------

    def cleaned_answers(self) -> dict:
        """The answers given, in Answer's storage (see the module's docstring)."""
        answers = {}
        for question in self.questions:
            value = self.cleaned_data.get(field_name(question))
            if value in (None, "", []):
                continue
            if question.type == QuestionType.MULTIPLE:
                answers[question.pk] = {"choices": sorted(set(value))}
            elif question.type in TEXT_TYPES:
                answers[question.pk] = {"text": value}
            else:
                answers[question.pk] = {"number": Decimal(value)}
        return answers

    # --- Showing it ----------------------------------------------------------------------

    @cached_property
    def items(self) -> list[Item]:
        items, section = [], None
        for question in self.questions:
            bound = self[field_name(question)]
            heading = question.section if question.section != (section or "") else ""
            section = question.section
            kind, options, value, ends = _presentation(question, bound)
            items.append(Item(question=question, field=bound, section=heading, kind=kind,
                              options=options, value=value, scale_ends=ends))
        return items

    @property
    def error_items(self) -> list[Item]:
        return [item for item in self.items if item.field.errors]


def _presentation(question, bound) -> tuple[str, list, str, str]:
    current = bound.value()
    if question.type in CHOICE_TYPES or question.type == QuestionType.SCALE:
        if question.type == QuestionType.MULTIPLE:
            chosen = {str(v) for v in (current or [])}
            kind = "checkbox"
        else:
            chosen = {str(current)} if current not in (None, "") else set()
            kind = "scale" if question.type == QuestionType.SCALE else "radio"
        options = [(str(value), label, str(value) in chosen)
                   for value, label in bound.field.choices]
        ends = ""
        if question.type == QuestionType.SCALE:
            ends = ", ".join(f"{c.value} = {c.label}" for c in question.choices.all())
        return kind, options, "", ends
    value = "" if current is None else str(current)
    if question.type == QuestionType.NUMBER:
        return "number", [], value, ""
    return ("textarea" if question.type == QuestionType.LONG_TEXT else "text"), [], value, ""


def initial_from_answers(answers) -> dict:
    """Initial values for the form from saved Answer rows (with their questions)."""
    initial = {}
    for answer in answers:
        question = answer.question
        name = field_name(question)
        if question.type == QuestionType.MULTIPLE:
            initial[name] = [str(v) for v in (answer.choices or [])]
        elif question.type in TEXT_TYPES:
            initial[name] = answer.text
        elif question.type == QuestionType.NUMBER:
            initial[name] = plain_number(answer.number) or None
        elif answer.number is not None:
            initial[name] = str(int(answer.number))
    return initial
