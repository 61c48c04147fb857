"""The results pages keep their figures in the cache (evaluation/results_cache.py) and show
new ones as soon as anything they are computed from changes."""

import re

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from evaluation.models import (
    Question,
    QuestionType,
    Response,
    ResponseStatus,
    ResultsVersion,
    SurveyInvitation,
)

from .factories import (
    add_question,
    make_members,
    make_response,
    make_responses,
    make_session,
    make_study,
    make_survey,
)
from .helpers import counted_get

pytestmark = pytest.mark.django_db


@pytest.fixture
def survey(community):
    survey = make_survey(make_study(community))
    add_question(survey, "agree", text="The session helped me.")
    add_question(survey, "useful", type=QuestionType.SCALE)
    return survey


def get(client, survey):
    """The results page's HTML, and how many queries it ran."""
    response, queries = counted_get(client, reverse("evaluation:survey_results",
                                                    args=[survey.pk]))
    return response.text, queries


def headline_responses(html) -> str:
    match = re.search(r'Responses</dt><dd class="cop-headline__number[^"]*">([^<]+)</dd>', html)
    return match.group(1).strip()


def test_a_second_visit_is_served_from_the_cache(client, evaluator, survey, community):
    make_responses(survey, 6, community=community, agree=4, useful=7)
    client.force_login(evaluator)
    first, computed = get(client, survey)
    second, cached = get(client, survey)
    def main(html):
        return html[html.index("<main"):html.index("</main>")]

    assert main(second) == main(first)
    assert cached < computed


def test_new_responses_show_at_once(client, evaluator, survey, community):
    make_responses(survey, 4, community=community, agree=4, useful=7)
    client.force_login(evaluator)
    html, _ = get(client, survey)
    assert headline_responses(html).lower() == "fewer than 5"
    make_responses(survey, 2, community=community, agree=4, useful=7)
    html, _ = get(client, survey)
    assert headline_responses(html) == "6"


def test_an_edited_question_and_value_label_show_at_once(client, evaluator, survey, community):
    make_responses(survey, 6, community=community, agree=4, useful=7)
    client.force_login(evaluator)
    html, _ = get(client, survey)
    assert "The session helped me." in html
    Question.objects.filter(survey=survey, code="agree").update(text="The session helped.")
    question = Question.objects.get(survey=survey, code="agree")
    question.choices.filter(value=4).update(label="Mostly agree")
    html, _ = get(client, survey)
    assert "The session helped." in html and "The session helped me." not in html
    assert "Mostly agree" in html


def test_a_changed_threshold_is_not_served_old_figures(client, evaluator, survey, community):
    make_responses(survey, 6, community=community, agree=4, useful=7)
    client.force_login(evaluator)
    html, _ = get(client, survey)
    assert headline_responses(html) == "6"
    with override_settings(EVALUATION_MIN_RESPONDENTS=10):
        html, _ = get(client, survey)
    assert headline_responses(html).lower() == "fewer than 10"


def test_an_edited_credit_line_shows_at_once(client, evaluator, community):
    """The instruments' credit line is inside the cached part of the page."""
    survey = make_survey(make_study(community), credit="Scale by A. Writer, 2001.")
    add_question(survey, "cs1", type=QuestionType.SCALE, instrument="proqol5",
                 subscale="compassion_satisfaction")
    client.force_login(evaluator)
    html, _ = get(client, survey)
    assert "Scale by A. Writer, 2001." in html
    type(survey).objects.filter(pk=survey.pk).update(credit="Scale by B. Writer, 2009.")
    html, _ = get(client, survey)
    assert "Scale by B. Writer, 2009." in html and "A. Writer" not in html


def test_a_repeat_visit_reads_the_rendered_results_only(client, evaluator, survey, community):
    """The second visit takes the rendered tables from the cache: the figures themselves
    are not read again (one cache read for the page's fragment, none for the figures)."""
    from django.core.cache import cache

    from evaluation import results_cache

    make_responses(survey, 6, community=community, agree=4, useful=7)
    client.force_login(evaluator)
    get(client, survey)
    cache.delete(results_cache.survey_key(survey))  # the figures are gone, the HTML is not
    html, _ = get(client, survey)
    assert headline_responses(html) == "6"
    assert cache.get(results_cache.survey_key(survey)) is None


def test_new_feedback_shows_at_once_on_the_session_page(client, evaluator, community):
    from evaluation.models import SurveyKind
    from sessions_app.models import SessionStatus

    session = make_session(community, days=-3, status=SessionStatus.COMPLETED)
    feedback_url = reverse("evaluation:session_results", args=[community.slug, session.pk])
    post = make_survey(make_study(community), kind=SurveyKind.POST_SESSION)
    add_question(post, "useful")
    for _ in range(6):
        make_response(post, community=community, session=session, answers={"useful": 4})
    client.force_login(evaluator)
    assert headline_responses(client.get(feedback_url).text) == "6"
    for _ in range(2):
        make_response(post, community=community, session=session, answers={"useful": 5})
    assert headline_responses(client.get(feedback_url).text) == "8"


# --- The results version (evaluation migration 0006) --------------------------------------


def results_version(survey) -> int:
    return (ResultsVersion.objects.filter(study_id=survey.study_id)
            .values_list("version", flat=True).first()) or 0


def test_the_page_reads_one_version_row_not_the_responses(client, evaluator, survey,
                                                          community):
    make_responses(survey, 6, community=community, agree=4, useful=7)
    client.force_login(evaluator)
    get(client, survey)
    with CaptureQueriesContext(connection) as ctx:
        client.get(reverse("evaluation:survey_results", args=[survey.pk]))
    sql = " ".join(q["sql"] for q in ctx)
    assert "evaluation_resultsversion" in sql
    assert "evaluation_response" not in sql and "evaluation_answer" not in sql


def test_a_draft_changes_nothing_a_submission_does(survey, community):
    start = results_version(survey)
    draft = Response.objects.create(survey=survey, community=community, draft_key="k1")
    Response.objects.filter(pk=draft.pk).update(respondent_code="abc")
    assert results_version(survey) == start
    Response.objects.filter(pk=draft.pk).update(status=ResponseStatus.SUBMITTED,
                                                 submitted_at=timezone.now(), draft_key=None)
    assert results_version(survey) == start + 1
    Response.objects.filter(pk=draft.pk).delete()
    assert results_version(survey) == start + 2


def test_a_bulk_write_counts_once_and_only_for_its_study(survey, community, member):
    other = make_survey(make_study(community))
    start, elsewhere = results_version(survey), results_version(other)
    people = make_members(community, 5) + [member]
    SurveyInvitation.objects.bulk_create(SurveyInvitation(survey=survey, user=person,
                                                          community=community)
                                         for person in people)
    assert results_version(survey) == start + 1
    assert results_version(other) == elsewhere
    make_responses(survey, 3, community=community, agree=4, useful=7)
    assert results_version(survey) == start + 4  # one per response: three inserts
    assert results_version(other) == elsewhere


def test_a_community_joining_the_study_shows_at_once(client, evaluator, survey, community,
                                                    other_community):
    make_responses(survey, 6, community=community, agree=4, useful=7)
    client.force_login(evaluator)
    html, _ = get(client, survey)
    assert other_community.name not in html
    survey.study.communities.add(other_community)
    html, _ = get(client, survey)
    assert other_community.name in html
