"""Reads for an evaluator's "my week" home (members/views_home.py): their studies and
response rates, in a fixed number of queries whatever the data."""

from django.db.models import Prefetch

from .models import Study, Survey, SurveyStatus
from .selectors import surveys_with_counts


def studies_with_response_rates(*, limit: int = 10) -> list[Study]:
    """The newest studies (evaluators see them all), each with its surveys that are open or
    closed (not drafts), with `invitation_count`, `answered_count` and `rate` (a percentage,
    None before any invitation): two queries."""
    surveys = surveys_with_counts(Survey.objects.exclude(status=SurveyStatus.DRAFT)
                                  .order_by("-status", "created_at", "pk"))
    studies = list(Study.objects.prefetch_related(
        Prefetch("surveys", queryset=surveys, to_attr="sent_surveys"))[:limit])
    for study in studies:
        for survey in study.sent_surveys:
            survey.rate = (round(100 * survey.answered_count / survey.invitation_count)
                           if survey.invitation_count else None)
    return studies
