"""The form a person answers a survey with, one field per question.

`SurveyAnswerForm(survey, questions, data=None, initial=None, require=True, page=None)`:
- likert and single choice: radio buttons (value = Choice.value); scale: radios 0 to 10 in a
  row, with the survey's labels for the ends (Choice rows of the question, if any);
- multiple choice: checkboxes (values of the ticked choices);
- number: a number input within the question's bounds; short and long text: input, textarea.
Question wording is shown with the survey's words for the role (evaluation.role_words).

`require` (sending) checks that the required questions are answered and that something is;
`require=False` (saving for later, moving between pages) accepts missing answers, and
`check_complete()` makes the same check afterwards. Other checks (a number out of bounds, a
choice that is not offered) always apply. `blank_items` are the questions left empty that the
person may leave empty: the answer page names them before sending, as it names the text
answers in which the identifier scanner found something (`findings_to_confirm`).

`page` (1, 2...) shows one page of the survey (evaluation.survey_pages); a bound form then
takes the answers of the other pages from `initial` (the saved draft), never from `data`.
Without it every question is shown (the builder's preview).

`cleaned_answers()` gives {question id: {"number": Decimal} | {"choices": [values]} |
{"text": str}} for the questions answered, none for those left empty: the storage of
Answer rows. `initial_from_answers(answers)` turns saved Answer rows back into initial
values. The partial template "evaluation/answer/_questions.html" renders `form.items`."""

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django import forms
from django.utils.functional import cached_property

from cop.text_limits import explain_limit

from . import role_words
from .answering import NOTHING_ANSWERED
from .models import (
    ANSWER_TEXT_MAX,
    CHOICE_TYPES,
    SHORT_ANSWER_MAX,
    TEXT_TYPES,
    Answer,
    Question,
    QuestionType,
    plain_number,
)
from .survey_pages import split_into_pages

REQUIRED = "Answer this question."
NOT_OFFERED = "Choose from the options given."


def field_name(question) -> str:
    return f"q_{question.code}"


@dataclass
class Item:
    """One question as the template shows it."""

    question: Question
    field: forms.BoundField
    section: str  # the heading to show before it ('' if none)
    kind: str  # "radio", "scale", "checkbox", "number", "text", "textarea"
    options: list  # [(value as str, label, checked)] for radio, scale and checkbox
    value: str  # the current value for number and text inputs
    scale_ends: str  # "0 = Not at all, 10 = Completely" for scale questions
    text: str  # the question as shown (the survey's words for the role put in)
    help_text: str  # its help text, likewise
    number: int  # its place in the survey: 1, 2...
    page: int  # the page it is on
    starts_page: bool  # the first question of its page
    href: str = ""  # where a summary's link to it goes: "#id", or "?page=2#id"

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
        return " ".join(part for part in (self.help_text, self.bounds_text) if part)

    @property
    def how(self) -> str:
        """How to answer, for checkboxes and scales: shown under the help text."""
        if self.kind == "checkbox":
            return "Select all that apply."
        return self.scale_ends if self.kind == "scale" else ""

    @property
    def how_id(self) -> str:
        return f"{self.field.auto_id}_how" if self.how else ""

    @property
    def error_id(self) -> str:
        return f"{self.field.auto_id}_error" if self.field.errors else ""

    @property
    def described_by(self) -> str:
        return " ".join(part for part in (self.help_id, self.how_id, self.error_id) if part)

    @property
    def is_group(self) -> bool:
        return bool(self.options)

    @property
    def inline(self) -> bool:
        """Radios side by side (on wider screens) when their labels are short, as the
        ProQOL's "Never" to "Very often" and a 0 to 10 scale."""
        labels = [label for _, label, _ in self.options]
        return (self.kind in ("radio", "scale") and max(map(len, labels), default=0) <= 12
                and sum(map(len, labels)) <= 60)

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

    def __init__(self, survey, questions, data=None, initial=None, *, require: bool = True,
                 page: int | None = None):
        self.survey = survey
        self.questions = list(questions)
        self.require = require
        self.words = role_words.words(survey)
        self.pages = split_into_pages(self.questions)
        self.paged = page is not None
        self.page = min(max(page or 1, 1), len(self.pages))
        self.page_of = {question.pk: number
                        for number, questions_on in enumerate(self.pages, start=1)
                        for question in questions_on}
        if data is not None and self.paged:
            elsewhere = [q for q in self.questions if self.page_of[q.pk] != self.page]
            data = _with_saved(data, elsewhere, initial or {})
        super().__init__(data=data, initial=initial)
        # The questions left empty that the person is asked about before sending (the view
        # sets them when it asks).
        self.blanks_to_confirm: list[Item] = []
        # Text answers with possible identifiers, shown before sending: (item, highlighted
        # text, the kinds found as people read them). Set by the view, like the blanks.
        self.findings_to_confirm: list[tuple[Item, str, list[str]]] = []
        for question in self.questions:
            self.fields[field_name(question)] = self._field(question)

    def _field(self, question) -> forms.Field:
        # Never required here: check_complete() says which required question is empty,
        # so saving for later and moving between pages work with any left empty.
        common: dict[str, Any] = {"required": False, "label": self.text_of(question),
                  "help_text": role_words.fill(question.help_text, chosen=self.words),
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

    def text_of(self, question) -> str:
        return role_words.fill(question.text, chosen=self.words)

    @property
    def instructions(self) -> str:
        return role_words.fill(self.survey.instructions, chosen=self.words)

    def clean(self):
        cleaned = super().clean()
        if self.require:
            self.check_complete()
        return cleaned

    def check_complete(self) -> bool:
        """Ready to send? Each required question left empty gets its message, and a form
        with no answer at all gets one; other problems are the fields' own. Call it after
        `is_valid()` (or let `require` call it)."""
        answered = self.cleaned_answers()
        for question in self.questions:
            name = field_name(question)
            if question.required and question.pk not in answered and name not in self.errors:
                self.add_error(name, REQUIRED)
        if not self.errors and not answered:
            self.add_error(None, NOTHING_ANSWERED)
        return not self.errors

    # --- Reading the answers -----------------------------------------------------------

    def cleaned_answers(self) -> dict[int, dict[str, Any]]:
        """The answers given, in Answer's storage (see the module's docstring)."""
        answers: dict[int, dict[str, Any]] = {}
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

    @property
    def blank_items(self) -> list[Item]:
        """The questions left empty that may be left empty: not required, and not free text
        (an empty comment box is an answer in itself). Only after validation."""
        answered = self.cleaned_answers()
        return [item for item in self.all_items
                if item.question.pk not in answered and not item.question.required
                and item.question.type not in TEXT_TYPES and not item.field.errors]

    # --- Showing it ----------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return len(self.pages)

    @property
    def page_numbers(self) -> range:
        return range(1, self.page_count + 1)

    @property
    def numbered(self) -> bool:
        """Long surveys (more than one page) number their questions: "Question 12 of 30"."""
        return self.page_count > 1

    @property
    def question_count(self) -> int:
        return len(self.questions)

    @property
    def is_first_page(self) -> bool:
        return self.page == 1

    @property
    def is_last_page(self) -> bool:
        return self.page == self.page_count

    @cached_property
    def all_items(self) -> list[Item]:
        """Every question, whichever page it is on (the summaries link to any of them)."""
        items: list[Item] = []
        previous: Question | None = None
        for number, question in enumerate(self.questions, start=1):
            bound = self[field_name(question)]
            page = self.page_of[question.pk]
            starts_page = previous is None or self.page_of[previous.pk] != page
            # A section's heading: where it starts, and again at the top of each page.
            new_section = starts_page or (previous is not None
                                          and question.section != previous.section)
            heading = question.section if new_section else ""
            previous = question
            kind, options, value, ends = _presentation(question, bound)
            item = Item(question=question, field=bound, section=heading, kind=kind,
                        options=options, value=value, scale_ends=ends,
                        text=self.text_of(question),
                        help_text=role_words.fill(question.help_text, chosen=self.words),
                        number=number, page=page,
                        starts_page=starts_page)
            here = not self.paged or page == self.page
            item.href = f"#{item.input_id}" if here else f"?page={page}#{item.input_id}"
            items.append(item)
        return items

    @property
    def items(self) -> list[Item]:
        """The questions shown: the page's, or all of them."""
        if not self.paged:
            return self.all_items
        return [item for item in self.all_items if item.page == self.page]

    @property
    def error_items(self) -> list[Item]:
        return [item for item in self.all_items if item.field.errors]


def _with_saved(data, questions, saved: dict):
    """`data` with the answers to `questions` taken from `saved` (initial values) instead."""
    data = data.copy()
    for question in questions:
        name = field_name(question)
        value = saved.get(name)
        values = value if isinstance(value, list) else ([] if value in (None, "") else [value])
        if hasattr(data, "setlist"):
            data.setlist(name, values)
        else:
            data[name] = values if question.type == QuestionType.MULTIPLE else (
                values[0] if values else "")
    return data


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


def initial_from_answers(answers: Iterable[Answer]) -> dict[str, Any]:
    """Initial values for the form from saved Answer rows (with their questions)."""
    initial: dict[str, Any] = {}
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
