"""Builders for evaluation test data. Responses are written straight to the models here (as
the answering services would leave them), so dashboard and export tests do not depend on the
answering views."""

import itertools
from decimal import Decimal

from django.utils import timezone

from evaluation import pseudonyms
from evaluation.models import (
    Answer,
    Choice,
    Question,
    QuestionType,
    Response,
    ResponseStatus,
    Study,
    Survey,
    SurveyKind,
    SurveyStatus,
)

_seq = itertools.count(1)

AGREE = [(1, "Strongly disagree"), (2, "Disagree"), (3, "Neither agree nor disagree"),
         (4, "Agree"), (5, "Strongly agree")]


def make_study(*communities, **fields) -> Study:
    study = Study.objects.create(name=fields.pop("name", f"Study {next(_seq)}"), **fields)
    study.communities.set(communities)
    return study


def make_survey(study, **fields) -> Survey:
    fields = {"title": f"Survey {next(_seq)}", "kind": SurveyKind.AD_HOC,
              "status": SurveyStatus.OPEN, "opens_at": timezone.now() - timezone.timedelta(days=1),
              "closes_at": timezone.now() + timezone.timedelta(days=30), **fields}
    return Survey.objects.create(study=study, **fields)


def add_question(survey, code, type=QuestionType.LIKERT, choices=None, **fields) -> Question:
    """Likert, single and multiple questions get the agree scale unless `choices` is given."""
    position = fields.pop("position", survey.questions.count() + 1)
    question = Question.objects.create(survey=survey, code=code, type=type, position=position,
                                       text=fields.pop("text", f"Question {code}?"), **fields)
    if type in (QuestionType.LIKERT, QuestionType.SINGLE, QuestionType.MULTIPLE):
        for position, (value, label) in enumerate(choices or AGREE, start=1):
            Choice.objects.create(question=question, value=value, label=label, position=position)
    return question


def make_response(survey, *, user=None, community=None, session=None, answers=None,
                  submitted_at=None, code=None) -> Response:
    """A submitted response. `answers` maps question codes to a number, a str (text), or a
    list (multiple choice values). The code comes from `user` (or is given), unless the
    survey is anonymous."""
    if survey.anonymous:
        code = ""
    elif code is None:
        user_id = user.pk if user is not None else 10_000_000 + next(_seq)
        code = pseudonyms.respondent_code(study_id=survey.study_id, user_id=user_id)
    response = Response.objects.create(
        survey=survey, respondent_code=code, community=community, session=session,
        status=ResponseStatus.SUBMITTED, submitted_at=submitted_at or timezone.now())
    questions = {q.code: q for q in survey.questions.all()}
    rows = []
    for variable, value in (answers or {}).items():
        answer = Answer(response=response, question=questions[variable])
        if isinstance(value, list):
            answer.choices = value
        elif isinstance(value, str):
            answer.text = value
        else:
            answer.number = Decimal(value)
        rows.append(answer)
    Answer.objects.bulk_create(rows)
    return response
