"""The results pages' figures, kept in the cache until anything they are computed from
changes. Working them out for a large study takes seconds (every response's subscale scores,
the wave pairs); the results change only when a response is submitted, an invitation is
made, the study's surveys, questions or value labels are edited, or a community joins or
leaves the study.

Nothing is invalidated by hand: the cache key holds the study's ResultsVersion, a number the
database raises on every such write (triggers, evaluation migration 0006), read in one
lookup by primary key however many responses there are; a change makes a new key and the
old entry simply expires. Names of communities and sessions shown beside the figures are
not counted; the time limit bounds how long a renamed one can show its old name (and how
long a restored backup, whose numbers may repeat, could show figures kept before it).

The pages also keep their rendered results (the `{% cache %}` fragments in
templates/evaluation/results/) under the same key, which also holds a digest of the code
that makes them (CODE_VERSION): on a repeat visit neither the figures nor the ~100 KB of
tables are worked out again."""

import inspect
from pathlib import Path

from django.conf import settings
from django.core.cache import cache

from cop.source_digest import source_digest

from . import charts, dashboard, scoring
from .models import ResultsVersion, Survey

KEEP_SECONDS = 10 * 60


# The code the cached figures and tables come from: a deploy that changes it makes new keys.
CODE_VERSION = source_digest(
    *sorted((Path(settings.BASE_DIR) / "templates/evaluation/results").glob("*.html")),
    *(Path(inspect.getfile(module)) for module in (dashboard, charts, scoring)))


def _version(survey: Survey) -> int:
    """The study's results version; 0 until its first counted write."""
    version = (ResultsVersion.objects.filter(study_id=survey.study_id)
               .values_list("version", flat=True).first())
    return version or 0


def _key(survey: Survey, *parts) -> str:
    return ":".join(str(part) for part in (
        "evaluation-results-v3", CODE_VERSION, survey.pk, settings.EVALUATION_MIN_RESPONDENTS,
        *parts, survey.study_id, _version(survey)))


def survey_key(survey: Survey) -> str:
    return _key(survey, "survey")


def session_key(survey: Survey, session_id: int) -> str:
    return _key(survey, "session", session_id)


def survey_results(survey: Survey, key: str) -> dashboard.SurveyResults:
    """The figures kept under `key` (survey_key), worked out if they are not there."""
    results = cache.get(key)
    if results is None:
        results = dashboard.survey_results(survey)
        cache.set(key, results, KEEP_SECONDS)
    return results


def session_results(survey: Survey, session_id: int, key: str) -> dashboard.SessionResults:
    """The figures kept under `key` (session_key), worked out if they are not there."""
    results = cache.get(key)
    if results is None:
        results = dashboard.session_results(survey, session_id)
        cache.set(key, results, KEEP_SECONDS)
    return results
