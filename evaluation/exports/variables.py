"""The columns of an export, in their fixed order, and what each one means (the codebook is
written from this, so data and codebook always match one to one).

Order: the record columns (respondent_code, or record for an anonymous survey; community;
session and session_date for post-session surveys; submitted_at), then one column per
question in question order (position, then id); a multiple-choice question becomes one
column per option, `code___value`, in the options' order; a text question is followed by
`code_flagged`, which marks an answer in which the identifier scanner found something when
it was sent (the respondent was shown it and sent it as it was)."""

from dataclasses import dataclass, field
from decimal import Decimal

from .. import role_words
from ..models import QuestionType, Survey, SurveyKind
from . import formulas
from .options import DATES_DROP, DATES_SHIFT, ExportOptions

NUMBER_TYPES = (QuestionType.LIKERT, QuestionType.SINGLE, QuestionType.SCALE,
                QuestionType.NUMBER)
TEXT_TYPES = (QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT)

CHECKED, UNCHECKED = "Checked", "Unchecked"
OPTION_LABELS = ((0, UNCHECKED), (1, CHECKED))
FLAG_LABELS = ((0, "No possible identifier found"), (1, "Possible identifier found"))
FLAG_NOTE = ("1 if the identifier scanner found a possible name or other identifier in the "
             "answer when it was sent (the respondent was shown it and chose to send it as "
             "it was): review or drop it; 0 if it found none; empty if the question was not "
             "answered or the answer was sent before answers were checked")

TEXT_NOTE = formulas.RULE  # for every text column (the workbook has no such prefix)
TIME_ZONE_NOTE = "UTC, ISO 8601 (2026-03-04T10:15:07Z), to the second"
SHIFT_NOTE = ("Shifted: every date in this file is moved back by the same number of days "
              "(30 to 365, drawn for this export only and not kept), so the days between "
              "dates are real but the dates are not; another export is shifted differently")


@dataclass(frozen=True)
class QuestionInfo:
    id: int
    code: str
    text: str  # as respondents saw it: the survey's words for the role put in
    help_text: str
    type: str
    section: str
    required: bool
    instrument: str
    subscale: str
    reverse_scored: bool
    min_value: Decimal | None
    max_value: Decimal | None
    value_cycle: str
    choices: tuple[tuple[int, str], ...]
    printed_text: str = ""  # the wording as printed, when the role words changed it

    @property
    def wording_note(self) -> str:
        return f"Worded for this survey; as printed: {self.printed_text}" if (
            self.printed_text) else ""


@dataclass(frozen=True)
class Variable:
    """One exported column.

    kind: "record" (respondent_code, record, community, session, session_date,
    submitted_at), "question" (one value per response), "option" (one option of a
    multiple-choice question: 1 ticked, 0 not, empty if the question was not answered) or
    "flag" (a text answer's mark: FLAG_NOTE).
    storage: how the value is typed: "integer", "decimal", "text", "date" or "datetime"."""

    name: str
    kind: str
    label: str
    type: str
    storage: str
    question: QuestionInfo | None = None
    option_value: int | None = None
    value_labels: tuple[tuple[int, str], ...] = ()
    notes: str = ""

    @property
    def is_numeric(self) -> bool:
        return self.storage in ("integer", "decimal")

    @property
    def labels_complete(self) -> bool:
        """Every possible value has a label (likert, single choice, an option column), so the
        values can be read as categories; scale points may be labelled only at the ends."""
        return self.kind in ("option", "flag") or (
            self.question is not None
            and self.question.type in (QuestionType.LIKERT, QuestionType.SINGLE))


@dataclass
class Layout:
    survey: Survey
    options: ExportOptions
    variables: list[Variable] = field(default_factory=list)
    questions: list[QuestionInfo] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        return [variable.name for variable in self.variables]

    @property
    def anonymous(self) -> bool:
        return self.survey.anonymous

    @property
    def has_sessions(self) -> bool:
        return self.survey.kind == SurveyKind.POST_SESSION

    def has(self, name: str) -> bool:
        return any(variable.name == name for variable in self.variables)


def option_column(code: str, value: int) -> str:
    """`code___value`, as REDCap names checkbox columns; a minus sign becomes an underscore
    so the name stays a valid variable name in SPSS, R and Stata."""
    return f"{code}___{str(value).replace('-', '_')}"


def flag_column(code: str) -> str:
    return f"{code}_flagged"


def load_questions(survey: Survey) -> list[QuestionInfo]:
    """The survey's questions in order, with their value labels (two queries), worded as
    respondents saw them (evaluation.role_words)."""
    questions = survey.questions.order_by("position", "pk").prefetch_related("choices")
    chosen = role_words.words(survey)
    infos = []
    for q in questions:
        shown = role_words.fill(q.text, chosen=chosen)
        infos.append(QuestionInfo(
            id=q.pk, code=q.code, text=shown, printed_text=q.text if shown != q.text else "",
            help_text=role_words.fill(q.help_text, chosen=chosen), type=q.type,
            section=q.section, required=q.required, instrument=q.instrument,
            subscale=q.subscale, reverse_scored=q.reverse_scored, min_value=q.min_value,
            max_value=q.max_value, value_cycle=q.value_cycle,
            choices=tuple((c.value, c.label) for c in q.choices.all()),
        ))
    return infos


def _notes(note: str, question: QuestionInfo) -> str:
    return ". ".join(part for part in (note, question.wording_note) if part)


def build_layout(survey: Survey, options: ExportOptions,
                 questions: list[QuestionInfo] | None = None) -> Layout:
    layout = Layout(survey=survey, options=options)
    if questions is None:
        questions = load_questions(survey)
    if options.drop_free_text:
        questions = [q for q in questions if q.type not in TEXT_TYPES]
    layout.questions = questions
    add = layout.variables.append
    if survey.anonymous:
        add(Variable("record", "record", "Record number in this export (anonymous survey: "
                     "no respondent code)", "integer", "integer",
                     notes="1, 2, 3... in the order responses were started; not kept "
                           "between exports if responses are added"))
    else:
        add(Variable("respondent_code", "record",
                     "Respondent code: pseudonymous, the same for one person in every "
                     "survey of this study", "text", "text",
                     notes="Links waves of a study; cannot be traced to a person. "
                           + TEXT_NOTE))
    if not options.drop_groups:
        add(Variable("community", "record", "Community (short name)", "text", "text",
                     notes=TEXT_NOTE))
        if layout.has_sessions:
            add(Variable("session", "record", "Session (number)", "integer", "integer",
                         notes="Empty if the response is not about a session"))
    if options.dates != DATES_DROP:
        shifted = options.dates == DATES_SHIFT
        if layout.has_sessions and not options.drop_groups:
            add(Variable("session_date", "record", "Date of the session", "date", "date",
                         notes=("YYYY-MM-DD, UK date. " + SHIFT_NOTE) if shifted
                         else "YYYY-MM-DD, UK date"))
        add(Variable("submitted_at", "record", "When the response was submitted", "datetime",
                     "datetime",
                     notes=(TIME_ZONE_NOTE + ". " + SHIFT_NOTE) if shifted else TIME_ZONE_NOTE))
    for question in questions:
        if question.type == QuestionType.MULTIPLE:
            for value, label in question.choices:
                add(Variable(option_column(question.code, value), "option",
                             f"{question.text} — {label}", question.type, "integer",
                             question=question, option_value=value,
                             value_labels=OPTION_LABELS,
                             notes=_notes("1 ticked, 0 not ticked, empty if the question was "
                                          "not answered", question)))
        elif question.type in NUMBER_TYPES:
            storage = "decimal" if question.type == QuestionType.NUMBER else "integer"
            add(Variable(question.code, "question", question.text, question.type, storage,
                         question=question, value_labels=question.choices,
                         notes=_notes("", question)))
        else:
            add(Variable(question.code, "question", question.text, question.type, "text",
                         question=question, notes=_notes(TEXT_NOTE, question)))
            add(Variable(flag_column(question.code), "flag",
                         f"Possible identifier in the answer to {question.code}", "flag",
                         "integer", question=question, value_labels=FLAG_LABELS,
                         notes=FLAG_NOTE))
    return layout
