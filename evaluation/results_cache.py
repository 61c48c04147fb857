"""The results pages' figures, kept in the cache until anything they are computed from
changes. Working them out for a large study takes seconds (every response's subscale scores,
the wave pairs); the results change only when a response is submitted, an invitation is
made, or the study's surveys, questions or value labels are edited.

Nothing is invalidated by hand: the cache key holds a fingerprint of all those inputs, read
in one cheap query, so a change makes a new key and the old entry simply expires. Names of
communities and sessions shown beside the figures are not in the fingerprint; the time limit
bounds how long a renamed one can show its old name.

The pages also keep their rendered results (the `{% cache %}` fragments in
templates/evaluation/results/) under the same key, which also holds a digest of the code
that makes them (CODE_VERSION): on a repeat visit neither the figures nor the ~100 KB of
tables are worked out again."""

import inspect
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import connection

from cop.source_digest import source_digest

from . import charts, dashboard, scoring
from .models import Choice, Question, Response, Survey, SurveyInvitation

KEEP_SECONDS = 10 * 60

_FINGERPRINT_SQL = """
SELECT
  (SELECT count(*) || ':' || coalesce(max(r.id), 0) FROM {response} r
     JOIN {survey} s ON s.id = r.survey_id
    WHERE s.study_id = %(study)s AND r.status = 'submitted'),
  (SELECT count(*) || ':' || coalesce(max(i.id), 0) FROM {invitation} i
    WHERE i.survey_id = %(survey)s),
  (SELECT md5(coalesce(string_agg(concat_ws('|', s.id, s.title, s.kind, s.wave, s.status,
                                             s.anonymous, s.version, s.credit, s.role_help,
                                             s.role_helped, s.role_helper, s.role_helping),
                                  ',' ORDER BY s.id), ''))
     FROM {survey} s WHERE s.study_id = %(study)s),
  (SELECT md5(coalesce(string_agg(concat_ws('|', q.id, q.code, q.text, q.help_text, q.type,
                                             q.required, q.position, q.section, q.min_value,
                                             q.max_value, q.instrument, q.subscale,
                                             q.reverse_scored, q.value_cycle),
                                  ',' ORDER BY q.id), ''))
     FROM {question} q JOIN {survey} s ON s.id = q.survey_id WHERE s.study_id = %(study)s),
  (SELECT md5(coalesce(string_agg(concat_ws('|', c.id, c.value, c.label, c.position),
                                  ',' ORDER BY c.id), ''))
     FROM {choice} c JOIN {question} q ON q.id = c.question_id
     JOIN {survey} s ON s.id = q.survey_id WHERE s.study_id = %(study)s)
"""


# The code the cached figures and tables come from: a deploy that changes it makes new keys.
CODE_VERSION = source_digest(
    *sorted((Path(settings.BASE_DIR) / "templates/evaluation/results").glob("*.html")),
    *(Path(inspect.getfile(module)) for module in (dashboard, charts, scoring)))


def _fingerprint(survey: Survey) -> str:
    sql = _FINGERPRINT_SQL.format(
        response=Response._meta.db_table, survey=Survey._meta.db_table,
        invitation=SurveyInvitation._meta.db_table, question=Question._meta.db_table,
        choice=Choice._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(sql, {"study": survey.study_id, "survey": survey.pk})
        return "/".join(str(part) for part in cursor.fetchone())


def _key(survey: Survey, *parts) -> str:
    return ":".join(str(part) for part in (
        "evaluation-results-v2", CODE_VERSION, survey.pk, settings.EVALUATION_MIN_RESPONDENTS,
        *parts, _fingerprint(survey)))


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
