"""Reads for an evaluator's "my week" home (members/views_home.py): their studies and
response rates, in a fixed number of queries whatever the data."""

from collections.abc import Sequence
from typing import Any

from django.db.models import Prefetch

from .dashboard import survey_counts, threshold
from .models import Study, Survey, SurveyStatus
from .selectors import surveys_with_counts


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
