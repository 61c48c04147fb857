"""Evaluation services: studies and the survey builder (below), and what other apps call
(`session_completed`). Each write is a transaction; only evaluators may build."""

import difflib
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from members.models import User

from . import permissions, role_words, selectors
from .instruments import get_template
from .models import (
    CHOICE_TYPES,
    Choice,
    Question,
    QuestionType,
    Study,
    Survey,
    SurveyKind,
    SurveyStatus,
)

# --- Studies ----------------------------------------------------------------------------


@transaction.atomic
def study_create(*, actor: User, data: dict[str, Any]) -> Study:
    """`data`: name, description, communities (Community objects or ids)."""
    permissions.require_evaluator(actor)
    study = Study.objects.create(name=data["name"], description=data.get("description", ""),
                                 created_by=actor)
    study.communities.set(data.get("communities") or [])
    return study


@transaction.atomic
def study_update(*, actor: User, study: Study, data: dict[str, Any]) -> Study:
    permissions.require_evaluator(actor)
    study.name = data["name"]
    study.description = data.get("description", "")
    study.save(update_fields=["name", "description"])
    study.communities.set(data.get("communities") or [])
    return study


# --- Surveys ----------------------------------------------------------------------------

WAVE_NEEDED = "A wave needs a label, for example “baseline” or “follow-up 1”."
LOCKED = ("People have already answered this survey, so {what} can no longer change: "
          "exported data must keep its meaning. Make a new version instead.")
ROLE_FIELDS = list(role_words.FIELDS.values())
SETTINGS_FIELDS = ["title", "kind", "wave", "instructions", "credit", "anonymous", "opens_at",
                   "closes_at", "send_at", "answer_within_days", "reminder_after_days",
                   "reminder_count", *ROLE_FIELDS]
ROLE_WORD_NEEDED = "Give a word: respondents see it in place of the bracketed one."
DAYS_NEEDED = ("Give the number of days people have to answer after a session: post-session "
               "surveys need it.")


def _set_settings(survey: Survey, data: dict[str, Any], names: Iterable[str]) -> None:
    """Copy the settings given. The days to answer after a session apply to post-session
    surveys only: left empty, the number kept stays as it was (a wave ignores it)."""
    for name in names:
        if name in data and not (name == "answer_within_days" and data[name] is None):
            setattr(survey, name, data[name])
    if "answer_within_days" in data and data["answer_within_days"] is None \
            and survey.kind == SurveyKind.POST_SESSION:
        raise ValidationError({"answer_within_days": DAYS_NEEDED})


def _check_survey(survey: Survey) -> None:
    """Rules across a survey's settings, each against its field."""
    errors = {}
    if survey.opens_at and survey.closes_at and survey.closes_at <= survey.opens_at:
        errors["closes_at"] = "The survey must close after it opens."
    if survey.kind == SurveyKind.WAVE and not survey.wave.strip():
        errors["wave"] = WAVE_NEEDED
    if not 0 <= survey.reminder_count <= 2:
        errors["reminder_count"] = "At most two reminders: more would feel like pressure."
    if survey.answer_within_days < 1:
        errors["answer_within_days"] = "Allow at least one day."
    if survey.reminder_after_days < 1:
        errors["reminder_after_days"] = "Remind after at least one day."
    for name in ROLE_FIELDS:
        setattr(survey, name, (getattr(survey, name) or "").strip())
        if not getattr(survey, name):
            errors[name] = ROLE_WORD_NEEDED
    if survey.send_at and survey.sent_at is None:
        if survey.kind == SurveyKind.POST_SESSION:
            errors["send_at"] = ("Post-session surveys go out when a session is completed, "
                                 "not on a date: leave this empty.")
        elif survey.closes_at and survey.send_at >= survey.closes_at:
            errors["send_at"] = "Invitations must go before the survey closes."
        elif survey.opens_at and survey.send_at < survey.opens_at:
            errors["send_at"] = "Invitations cannot go before the survey opens."
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def survey_create(*, actor: User, study: Study, data: dict[str, Any]) -> Survey:
    """A blank draft survey. `data`: title, kind, wave (and any other settings field)."""
    permissions.require_evaluator(actor)
    survey = Survey(study=study, created_by=actor, status=SurveyStatus.DRAFT,
                    kind=data.get("kind") or SurveyKind.AD_HOC)
    _set_settings(survey, data, [name for name in SETTINGS_FIELDS if name != "kind"])
    _check_survey(survey)
    survey.save()
    return survey


@transaction.atomic
def survey_create_from_template(*, actor: User, study: Study, template_key: str,
                                title: str | None = None, kind: str | None = None,
                                wave: str = "") -> Survey:
    """A draft survey with the template's instructions, credit, questions and value labels
    (templates: evaluation.instruments.TEMPLATES)."""
    permissions.require_evaluator(actor)
    template = get_template(template_key)
    if template is None:
        raise ValidationError({"start": "Choose one of the templates listed."})
    survey = Survey(study=study, created_by=actor, status=SurveyStatus.DRAFT,
                    title=title or template.title, kind=kind or template.kind, wave=wave or "",
                    instructions=template.instructions, credit=template.credit,
                    template_key=template.key)
    _check_survey(survey)
    survey.save()
    questions = Question.objects.bulk_create([
        Question(survey=survey, position=position, code=item.code, text=item.text,
                 help_text=item.help_text, type=item.type, required=item.required,
                 section=item.section, instrument=item.instrument, subscale=item.subscale,
                 reverse_scored=item.reverse_scored, value_cycle=item.value_cycle)
        for position, item in enumerate(template.items, start=1)
    ])
    Choice.objects.bulk_create([
        Choice(question=question, value=value, label=label, position=position)
        for question, item in zip(questions, template.items, strict=True)
        for position, (value, label) in enumerate(item.choices, start=1)
    ])
    return survey


@transaction.atomic
def survey_update(*, actor: User, survey: Survey, data: dict[str, Any]) -> Survey:
    """Settings. Once anyone has answered, the kind, anonymity and words for the role are
    fixed (people answered the questions as worded); once the invitations are made, so is
    their date."""
    permissions.require_evaluator(actor)
    survey = Survey.objects.select_for_update().get(pk=survey.pk)
    errors = {}
    if selectors.survey_has_responses(survey):
        fixed = [("kind", "its kind"), ("anonymous", "its anonymity"),
                 *((name, "the words for the role") for name in ROLE_FIELDS)]
        for name, what in fixed:
            if name in data and data[name] != getattr(survey, name):
                errors[name] = LOCKED.format(what=what)
    if survey.sent_at and "send_at" in data and data["send_at"] != survey.send_at:
        errors["send_at"] = "The invitations have already been made."
    if errors:
        raise ValidationError(errors)
    _set_settings(survey, data, SETTINGS_FIELDS)
    _check_survey(survey)
    survey.save()
    return survey


@transaction.atomic
def survey_set_status(*, actor: User, survey: Survey, status: str) -> Survey:
    """Open (taking answers from `opens_at`, if set, until `closes_at`) or close."""
    permissions.require_evaluator(actor)
    survey = Survey.objects.select_for_update().get(pk=survey.pk)
    if status == SurveyStatus.OPEN:
        if not survey.questions.exists():
            raise ValidationError("Add at least one question before opening the survey.")
        if survey.closes_at and survey.closes_at <= timezone.now():
            raise ValidationError("The closing date has passed: set a later one in the "
                                  "settings first.")
    elif status != SurveyStatus.CLOSED:
        raise ValidationError("A survey can be opened or closed.")
    survey.status = status
    survey.save(update_fields=["status"])
    return survey


@transaction.atomic
def survey_send_now(*, actor: User, survey: Survey) -> Survey:
    """Waves and ad hoc surveys: invitations go with the next sweep (within a minute)."""
    permissions.require_evaluator(actor)
    survey = Survey.objects.select_for_update().get(pk=survey.pk)
    if survey.kind == SurveyKind.POST_SESSION:
        raise ValidationError("Post-session surveys go out when a session is completed.")
    if survey.sent_at:
        raise ValidationError("The invitations have already been made.")
    if survey.status != SurveyStatus.OPEN:
        raise ValidationError("Open the survey first: invitations go only from an open "
                              "survey.")
    now = timezone.now()
    if survey.closes_at and survey.closes_at <= now:
        raise ValidationError("The survey has closed.")
    survey.send_at = now
    survey.save(update_fields=["send_at"])
    return survey


@transaction.atomic
def survey_new_version(*, actor: User, survey: Survey) -> Survey:
    """A draft copy with version + 1, pointing back to this one, with the same questions and
    value labels and no dates. Answers stay with the version they were given to."""
    permissions.require_evaluator(actor)
    survey = Survey.objects.select_for_update().get(pk=survey.pk)
    newer = selectors.newer_version(survey)
    if newer is not None:
        raise ValidationError(f"Version {newer.version} of this survey already exists.")
    copy = Survey.objects.create(
        study_id=survey.study_id, title=survey.title, kind=survey.kind, wave=survey.wave,
        instructions=survey.instructions, credit=survey.credit,
        template_key=survey.template_key, anonymous=survey.anonymous,
        **{name: getattr(survey, name) for name in ROLE_FIELDS},
        answer_within_days=survey.answer_within_days,
        reminder_after_days=survey.reminder_after_days, reminder_count=survey.reminder_count,
        version=survey.version + 1, previous_version=survey, status=SurveyStatus.DRAFT,
        created_by=actor)
    originals = list(survey.questions.prefetch_related("choices"))
    copies = Question.objects.bulk_create([
        Question(survey=copy, code=q.code, text=q.text, help_text=q.help_text, type=q.type,
                 required=q.required, position=position, section=q.section,
                 min_value=q.min_value, max_value=q.max_value, instrument=q.instrument,
                 subscale=q.subscale, reverse_scored=q.reverse_scored,
                 value_cycle=q.value_cycle)
        for position, q in enumerate(originals, start=1)
    ])
    Choice.objects.bulk_create([
        Choice(question=new, value=c.value, label=c.label, position=c.position)
        for old, new in zip(originals, copies, strict=True) for c in old.choices.all()
    ])
    return copy


# --- Questions --------------------------------------------------------------------------

# Columns every export has, and words SPSS, R or Stata will not take as a variable name.
RESERVED_CODES = frozenset({
    "respondent_code", "community", "session", "submitted_at", "response_id",
    "all", "and", "by", "eq", "ge", "gt", "le", "lt", "ne", "not", "or", "to", "with",
    "if", "else", "repeat", "while", "function", "for", "next", "break", "true", "false",
    "null", "inf", "nan", "na", "in", "byte", "int", "long", "float", "double", "strl",
    "using",
})
# Fields a survey with responses can no longer change, and how to say so.
LOCKED_FIELDS = {
    "code": "its code", "type": "its answer type", "choices": "its value labels",
    "min_value": "its lowest number", "max_value": "its highest number",
    "instrument": "its instrument", "subscale": "its subscale",
    "reverse_scored": "its scoring direction",
}
QUESTION_FIELDS = ["code", "text", "help_text", "type", "required", "section", "min_value",
                   "max_value", "instrument", "subscale", "reverse_scored", "value_cycle"]
# How much of a question's wording may change once people have answered: typo fixes only.
SMALL_EDIT_RATIO = 0.8


def _check_question(survey: Survey, data: dict[str, Any],
                    question: Question | None = None) -> None:
    """Rules for one question's data, each against its form field ("value_labels" for the
    choices)."""
    errors = {}
    code = data["code"]
    if code.lower() in RESERVED_CODES:
        errors["code"] = (f"“{code}” is a reserved word in SPSS, R or Stata, or a column "
                          "every export has: choose another code.")
    elif "___" in code:
        errors["code"] = ("Do not use three underscores in a row: exports use them for "
                          "multiple-choice columns (code___1).")
    else:
        same_code = survey.questions.filter(code__iexact=code)
        if question is not None:
            same_code = same_code.exclude(pk=question.pk)
        clash = same_code.first()
        if clash is not None:
            errors["code"] = (f"Another question in this survey already uses the code "
                              f"“{clash.code}”. Codes must be unique (capitals do not count: "
                              "SPSS ignores them).")
    kind, labels = data["type"], data.get("choices") or []
    values = [value for value, _ in labels]
    if kind in CHOICE_TYPES and len(labels) < 2:
        errors["value_labels"] = ("Give at least two options, one per line, for example "
                                  "“1, Never”.")
    elif kind == QuestionType.SCALE and any(not 0 <= v <= 10 for v in values):
        errors["value_labels"] = "A 0-10 scale can only label the points 0 to 10."
    elif kind not in CHOICE_TYPES and kind != QuestionType.SCALE and labels:
        errors["value_labels"] = ("Only Likert, single choice, multiple choice and 0-10 scale "
                                  "questions have value labels: leave this empty.")
    elif kind == QuestionType.MULTIPLE and any(v < 0 for v in values):
        errors["value_labels"] = ("Multiple-choice codes must be 0 or above: each becomes a "
                                  "column name (code___1).")
    elif len(set(values)) != len(values):
        errors["value_labels"] = "Each option needs its own code."
    low, high = data.get("min_value"), data.get("max_value")
    if kind != QuestionType.NUMBER and (low is not None or high is not None):
        errors["min_value" if low is not None else "max_value"] = (
            "Lowest and highest numbers are only for number questions.")
    elif low is not None and high is not None and low >= high:
        errors["max_value"] = "The highest number must be above the lowest."
    if data.get("reverse_scored") and not data.get("instrument"):
        errors["instrument"] = ("Reverse scoring only applies to items of an instrument: name "
                                "the instrument.")
    elif data.get("subscale") and not data.get("instrument"):
        errors["instrument"] = "Name the instrument the subscale belongs to."
    if errors:
        raise ValidationError(errors)


def _small_edit(old: str, new: str) -> bool:
    return old == new or difflib.SequenceMatcher(None, old, new).ratio() >= SMALL_EDIT_RATIO


def _normalise(data: dict[str, Any]) -> dict[str, Any]:
    data = {name: data.get(name) for name in [*QUESTION_FIELDS, "choices"]}
    for name in ("text", "help_text", "section", "instrument", "subscale", "value_cycle"):
        data[name] = (data[name] or "").strip()
    data["required"] = bool(data["required"])
    data["reverse_scored"] = bool(data["reverse_scored"])
    data["choices"] = [(int(v), str(label).strip()) for v, label in data["choices"] or []]
    return data


def _write_choices(question: Question, choices: Iterable[tuple[int, str]]) -> None:
    question.choices.all().delete()
    Choice.objects.bulk_create([
        Choice(question=question, value=value, label=label, position=position)
        for position, (value, label) in enumerate(choices, start=1)
    ])


def _renumber(survey: Survey) -> None:
    questions = list(survey.questions.order_by("position", "pk"))
    for position, question in enumerate(questions, start=1):
        question.position = position
    Question.objects.bulk_update(questions, ["position"])


@transaction.atomic
def question_create(*, actor: User, survey: Survey, data: dict[str, Any]) -> Question:
    """A question at the end of the survey. `data`: the QUESTION_FIELDS and `choices`, a list
    of (value, label). Allowed after people have answered (their answers simply do not
    include it)."""
    permissions.require_evaluator(actor)
    survey = Survey.objects.select_for_update().get(pk=survey.pk)
    data = _normalise(data)
    _check_question(survey, data)
    position = (survey.questions.aggregate(last=Max("position"))["last"] or 0) + 1
    question = Question.objects.create(
        survey=survey, position=position,
        **{name: data[name] for name in QUESTION_FIELDS})
    _write_choices(question, data["choices"])
    return question


@transaction.atomic
def question_update(*, actor: User, question: Question, data: dict[str, Any]) -> Question:
    """Once anyone has answered the survey, a question's code, type, value labels, bounds and
    scoring stay as they are, and its wording may change only a little (typo fixes); the
    section, help text, required and value-creation cycle can still change."""
    permissions.require_evaluator(actor)
    survey = Survey.objects.select_for_update().get(pk=question.survey_id)
    question = Question.objects.prefetch_related("choices").get(pk=question.pk)
    data = _normalise(data)
    if selectors.survey_has_responses(survey):
        current = {name: getattr(question, name) for name in QUESTION_FIELDS}
        current["choices"] = [(c.value, c.label) for c in question.choices.all()]
        errors = {}
        for name, what in LOCKED_FIELDS.items():
            if data[name] != current[name]:
                errors["value_labels" if name == "choices" else name] = LOCKED.format(
                    what=what)
        for name in ("text", "help_text"):
            if not _small_edit(current[name], data[name]):
                errors[name] = ("That changes the wording a lot. People have already "
                                "answered the old wording, so only small corrections (typos) "
                                "are possible: make a new version to reword it.")
        if errors:
            raise ValidationError(errors)
    _check_question(survey, data, question)
    old_choices = [(c.value, c.label) for c in question.choices.all()]
    for name in QUESTION_FIELDS:
        setattr(question, name, data[name])
    question.save()
    if data["choices"] != old_choices:
        _write_choices(question, data["choices"])
    return question


@transaction.atomic
def question_delete(*, actor: User, question: Question) -> None:
    permissions.require_evaluator(actor)
    survey = Survey.objects.select_for_update().get(pk=question.survey_id)
    if selectors.survey_has_responses(survey):
        raise ValidationError("People have already answered this survey, so its questions "
                              "cannot be deleted: exported data must keep its meaning. Make a "
                              "new version instead.")
    question.delete()
    _renumber(survey)


@transaction.atomic
def question_move(*, actor: User, question: Question, direction: str) -> None:
    """One place up or down (allowed at any time: the order does not change what answers
    mean)."""
    permissions.require_evaluator(actor)
    survey = Survey.objects.select_for_update().get(pk=question.survey_id)
    questions = list(survey.questions.order_by("position", "pk"))
    index = next(i for i, q in enumerate(questions) if q.pk == question.pk)
    other = index - 1 if direction == "up" else index + 1
    if 0 <= other < len(questions):
        questions[index], questions[other] = questions[other], questions[index]
    for position, q in enumerate(questions, start=1):
        q.position = position
    Question.objects.bulk_update(questions, ["position"])


# --- Called by other apps ---------------------------------------------------------------


def session_completed(*, session_id: int) -> None:
    """A session has ended and been marked completed (called after commit): invite those
    recorded as attending, who are active members of its community, to each open
    post-session survey of the studies covering it. Their emails go out with the next
    survey sweep (within a minute). Attendance recorded later is caught up by the sweep."""
    from .invitations import invitations_for_completed_session

    invitations_for_completed_session(session_id=session_id)
