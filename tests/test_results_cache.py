"""The results pages keep their figures in the cache (evaluation/results_cache.py) and show
new ones as soon as anything they are computed from changes."""

import re

import pytest
from django.test import override_settings
from django.urls import reverse

from evaluation.models import Question, QuestionType

from .factories import (
    add_question,
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
