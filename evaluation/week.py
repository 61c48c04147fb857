"""evaluation's parts of members' pages (members/page_parts.py): surveys to answer, on
"my week" (the home, members/views_home.py) and on "Your communities", and for evaluators
their studies and response rates; each in a fixed number of queries whatever the data."""

from collections.abc import Sequence
from typing import Any

from django.db.models import Prefetch

from members import page_parts
from members.page_parts import Part, Slot, Week

from .dashboard import survey_counts, threshold
from .models import Study, Survey, SurveyStatus
from .selectors import surveys_to_answer, surveys_with_counts

SURVEYS_TO_ANSWER_SHOWN = 5


def studies_with_response_rates(*, limit: int = 10) -> Sequence[Study]:
    """The newest studies (evaluators see them all), each with its surveys that are open or
    closed (not drafts), with `counts` (dashboard.survey_counts: small numbers hidden as the
    results page hides them) and `rate` (a percentage; None before any invitation or while
    the answered count is hidden): two queries."""
    surveys = surveys_with_counts(Survey.objects.exclude(status=SurveyStatus.DRAFT)
                                  .order_by("-status", "created_at", "pk"))
    studies = list(Study.objects.prefetch_related(
        Prefetch("surveys", queryset=surveys, to_attr="sent_surveys"))[:limit])
    limit = threshold()
    for study in studies:
        survey: Any  # gains the template's threshold, counts and rate here
        for survey in study.sent_surveys:
            survey.threshold = limit
            survey.counts = survey_counts(survey)
            answered = survey.counts.answered
            survey.rate = (round(100 * answered / survey.invitation_count)
                           if survey.invitation_count and answered is not None else None)
    return studies


def _surveys_to_answer(user):
    return {"to_do": surveys_to_answer(user, limit=SURVEYS_TO_ANSWER_SHOWN)}


def _week_surveys_to_answer(week: Week):
    return _surveys_to_answer(week.user)


def _studies(week: Week):
    return {"studies": studies_with_response_rates()}


def register() -> None:
    for part in (
        Part("evaluation", Slot.WEEK_MEMBER, 10, "evaluation/answer/_todo.html",
             _week_surveys_to_answer),
        Part("evaluation", Slot.MY_COMMUNITIES, 10, "evaluation/answer/_todo.html",
             _surveys_to_answer),
        Part("evaluation", Slot.WEEK_EVALUATOR, 10, "evaluation/week/_studies.html",
             _studies),
    ):
        page_parts.register(part)
