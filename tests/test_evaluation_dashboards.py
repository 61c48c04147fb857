"""The results dashboards: a survey's (evaluators) and one session's feedback (its
facilitators, and evaluators). Small numbers are suppressed everywhere, hidden numbers cannot
be worked out from the others, no person is named, and the queries do not grow with data."""

import random
import re
import statistics
from datetime import timedelta
from decimal import Decimal

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from evaluation import dashboard
from evaluation.models import QuestionType, SurveyInvitation, SurveyKind
from members.models import Role
from sessions_app.models import SessionStatus

from .factories import (
    add_question,
    join,
    make_community,
    make_response,
    make_responses,
    make_session,
    make_study,
    make_survey,
    make_user,
)
from .helpers import exactly_recoverable, page_as, queries_for

pytestmark = pytest.mark.django_db

COMPLETED = SessionStatus.COMPLETED  # the sessions here have all taken place
AGREE_LABELS = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree",
                "Strongly agree"]


def invite(survey, community, n, session=None):
    for _ in range(n):
        SurveyInvitation.objects.create(survey=survey, user=make_user(), community=community,
                                        session=session)


def results_url(survey):
    return reverse("evaluation:survey_results", args=[survey.pk])


def feedback_url(session):
    return reverse("evaluation:session_results", args=[session.community.slug, session.pk])


def svgs(html) -> list[str]:
    """The results' charts (the header's logo aside)."""
    return re.findall(r'<svg class="cop-chart results-chart".*?</svg>', html, flags=re.S)


def svg_numbers(svg) -> list[int]:
    """Every number drawn in a chart's bars and in its text alternative (labels aside)."""
    texts = re.findall(r'<text x="\d+" y="\d+" font-size[^>]*>([^<]*)</text>', svg)
    label = re.search(r'aria-label="([^"]*)"', svg).group(1)
    described = re.findall(r": (\d+) \(", label)
    return [int(t.split()[0]) for t in texts if t[:1].isdigit()] + [int(d) for d in described]


def question(results, code):
    return next(q for q in results.questions if q.code == code)


def row(q, label):
    return next(r for r in q.rows if r.label == label)


@pytest.fixture
def study(community, other_community):
    return make_study(community, other_community)


@pytest.fixture
def survey(study):
    s = make_survey(study, title="Wellbeing check")
    add_question(s, "agree")
    return s


# --- Access -----------------------------------------------------------------------------


def test_the_threshold_is_five_by_default(settings):
    assert settings.EVALUATION_MIN_RESPONDENTS == 5
    assert dashboard.threshold() == 5


def test_survey_results_is_for_evaluators_only(client, survey, member, facilitator, outsider,
                                               site_admin, evaluator):
    url = results_url(survey)
    assert client.get(url).status_code == 302
    for viewer in (member, facilitator, outsider, site_admin):
        client.force_login(viewer)
        assert client.get(url).status_code == 403, viewer
    client.force_login(evaluator)
    assert client.get(url).status_code == 200
    assert client.get(reverse("evaluation:survey_results", args=[99999])).status_code == 404


def test_session_results_access(client, community, other_community, member, facilitator,
                                outsider, former_member, evaluator, site_admin):
    session = make_session(community, days=-3, status=COMPLETED)
    url = feedback_url(session)
    assert client.get(url).status_code == 302
    expected = [(member, 403), (facilitator, 200), (outsider, 404), (former_member, 404),
                (evaluator, 200), (site_admin, 403)]
    for viewer, status in expected:
        client.force_login(viewer)
        assert client.get(url).status_code == status, viewer
    # A session of another community under this community's address is not found.
    foreign = make_session(other_community, days=-3, status=COMPLETED)
    client.force_login(facilitator)
    wrong = reverse("evaluation:session_results", args=[community.slug, foreign.pk])
    assert client.get(wrong).status_code == 404
    client.force_login(evaluator)
    assert client.get(wrong).status_code == 404
    missing = reverse("evaluation:session_results", args=[community.slug, 99999])
    assert client.get(missing).status_code == 404


def test_the_session_page_links_to_its_feedback_for_facilitators(client, community,
                                                                  facilitator, member):
    session = make_session(community, days=-3, status=COMPLETED)
    detail = reverse("sessions_app:session_detail", args=[community.slug, session.pk])
    assert feedback_url(session) in page_as(client, facilitator, detail)
    assert feedback_url(session) not in page_as(client, member, detail)


# --- Headline and question suppression ------------------------------------------------------


def test_four_responses_are_fewer_than_five_and_nothing_is_shown(client, evaluator, survey,
                                                                 community):
    invite(survey, community, 10)
    make_responses(survey, 4, community=community, agree=4)
    results = dashboard.survey_results(survey)
    assert results.headline.invitations == 10
    assert results.headline.responses is None
    assert results.headline.responses_hidden_text == "fewer than 5"
    assert results.headline.rate is None
    q = question(results, "agree")
    assert q.n is None and q.chart is None
    assert all(r.count is None and r.percent is None for r in q.rows)
    html = page_as(client, evaluator, results_url(survey))
    assert "Fewer than 5" in html
    assert not svgs(html)
    assert "40%" not in html and ">4<" not in html


def test_five_responses_are_shown(client, evaluator, survey, community):
    invite(survey, community, 10)
    make_responses(survey, 5, community=community, agree=4)
    results = dashboard.survey_results(survey)
    assert results.headline.responses == 5
    assert results.headline.rate == 50
    q = question(results, "agree")
    assert q.n == 5
    assert row(q, "Agree").count == 5 and row(q, "Agree").percent == 100
    assert row(q, "Disagree").count == 0  # nobody: 0 may be shown
    html = page_as(client, evaluator, results_url(survey))
    assert "50%" in html
    assert svg_numbers(svgs(html)[0]) == [0, 0, 0, 5, 0, 0, 0, 0, 5, 0]


def test_no_answers_yet(client, evaluator, survey):
    add_question(survey, "story", QuestionType.SHORT_TEXT)
    results = dashboard.survey_results(survey)
    assert results.headline.responses == 0
    assert question(results, "agree").n == 0 and question(results, "story").n == 0
    assert "No answers yet" in page_as(client, evaluator, results_url(survey))


def test_results_word_the_questions_as_respondents_saw_them(client, evaluator, survey,
                                                           community):
    add_question(survey, "role", text="I like my work as a [helper].")
    make_responses(survey, 5, community=community, agree=4, role=5)
    html = page_as(client, evaluator, results_url(survey))
    assert "I like my work as a support worker." in html and "[helper]" not in html
    # A change of the words is a change of the results page (its cache key holds them).
    survey.role_helper = "key worker"
    survey.save()
    html = page_as(client, evaluator, results_url(survey))
    assert "I like my work as a key worker." in html


def test_a_drafted_response_is_not_counted(survey, community):
    make_responses(survey, 5, community=community, agree=4)
    draft = make_response(survey, community=community, answers={"agree": 1})
    draft.status = "draft"
    draft.submitted_at = None
    draft.draft_key = "k" * 64
    draft.save()
    results = dashboard.survey_results(survey)
    assert results.headline.responses == 5
    assert row(question(results, "agree"), "Strongly disagree").count == 0


def test_a_small_option_is_hidden_with_the_next_smallest(client, evaluator, survey, community):
    """Agree 3, Disagree 7, Strongly agree 10: 3 is under five, and 7 must go too, or 3
    would be 20 minus 7 minus 10."""
    make_responses(survey, 3, community=community, agree=4)
    make_responses(survey, 7, community=community, agree=2)
    make_responses(survey, 10, community=community, agree=5)
    q = question(dashboard.survey_results(survey), "agree")
    assert q.n == 20
    assert row(q, "Agree").count is None and row(q, "Agree").percent is None
    assert row(q, "Disagree").count is None
    assert row(q, "Strongly agree").count == 10 and row(q, "Strongly agree").percent == 50
    html = page_as(client, evaluator, results_url(survey))
    chart = svgs(html)[0]
    assert sorted(set(svg_numbers(chart))) == [0, 10]
    assert "Agree: not shown" in chart and "Disagree: not shown" in chart
    assert "15%" not in html and "35%" not in html


def test_multiple_choice_protects_those_who_did_not_tick(survey, community):
    """Ticked by 8 of 10 means 2 did not: that is a small group too."""
    add_question(survey, "tick", QuestionType.MULTIPLE)
    make_responses(survey, 8, community=community, tick=[1, 2])
    make_responses(survey, 2, community=community, tick=[2])
    q = question(dashboard.survey_results(survey), "tick")
    assert q.n == 10
    assert row(q, "Strongly disagree").count is None  # 8 ticked, 2 did not
    assert row(q, "Disagree").count == 10 and row(q, "Disagree").percent == 100
    assert row(q, "Agree").count == 0


def test_free_text_is_counted_never_shown(client, evaluator, survey, community):
    add_question(survey, "story", QuestionType.LONG_TEXT)
    make_responses(survey, 6, community=community, story="Talking to Bob at the hostel helped")
    html = page_as(client, evaluator, results_url(survey))
    assert question(dashboard.survey_results(survey), "story").n == 6
    assert "6 answers" in html
    assert "Bob" not in html and "hostel" not in html
    assert "free text can identify people" in html
    assert reverse("evaluation:export_form", args=[survey.pk]) in html


def test_scale_statistics_are_computed_in_the_database(survey, community):
    add_question(survey, "value", QuestionType.SCALE)
    scores = [0, 3, 3, 5, 7, 8, 10, 10]
    for s in scores:
        make_response(survey, community=community, answers={"value": s})
    q = question(dashboard.survey_results(survey), "value")
    assert q.n == 8
    assert q.stats.mean == pytest.approx(statistics.fmean(scores))
    assert q.stats.sd == pytest.approx(statistics.stdev(scores))
    assert q.stats.median == pytest.approx(statistics.median(scores))
    q1, _, q3 = statistics.quantiles(scores, n=4, method="inclusive")
    assert (q.stats.q1, q.stats.q3) == (pytest.approx(q1), pytest.approx(q3))
    assert [r.label for r in q.rows] == [str(v) for v in range(11)]
    assert row(q, "3").count is None and row(q, "10").count is None


def test_with_a_mean_shown_hidden_counts_do_not_reveal_their_values(survey, community):
    """Five said 8 and one said 3: if the other values read 0, the two hidden counts would
    follow from the total (6) and the mean (7.17). So the zeros are hidden too."""
    add_question(survey, "value", QuestionType.SCALE)
    make_responses(survey, 5, community=community, value=8)
    make_responses(survey, 1, community=community, value=3)
    q = question(dashboard.survey_results(survey), "value")
    assert q.n == 6 and q.stats.mean == pytest.approx(43 / 6)
    assert all(r.count is None and r.percent is None for r in q.rows)
    assert q.chart is None


def test_statistics_are_not_shown_under_the_threshold(survey, community):
    add_question(survey, "value", QuestionType.SCALE)
    add_question(survey, "hours", QuestionType.NUMBER)
    make_responses(survey, 4, community=community, value=7, hours=12)
    results = dashboard.survey_results(survey)
    for code in ("value", "hours"):
        assert question(results, code).stats is None
        assert question(results, code).n is None


def test_number_histogram_hides_the_extremes(survey, community):
    add_question(survey, "hours", QuestionType.NUMBER)
    for hours in [*range(10, 30), 95]:
        make_response(survey, community=community, answers={"hours": hours})
    q = question(dashboard.survey_results(survey), "hours")
    assert q.n == 21
    labels = [r.label for r in q.rows]
    assert labels[0].startswith("Under") and labels[-1].endswith("or more")
    assert not any("95" in label for label in labels)
    assert sum(r.count or 0 for r in q.rows) <= 21
    assert q.stats.median == 20


def test_number_histogram_within_the_questions_bounds(survey, community):
    add_question(survey, "days", QuestionType.NUMBER, min_value=Decimal(0),
                 max_value=Decimal(7))
    for days in [2] * 6 + [5] * 5:
        make_response(survey, community=community, answers={"days": days})
    q = question(dashboard.survey_results(survey), "days")
    assert [r.label for r in q.rows] == [str(d) for d in range(8)]
    assert row(q, "2").count == 6 and row(q, "5").count == 5
    assert row(q, "4").count == 0  # nothing hidden: the zeros are shown


@override_settings(EVALUATION_MIN_RESPONDENTS=3)
def test_the_threshold_is_a_setting(client, evaluator, survey, community):
    make_responses(survey, 3, community=community, agree=4)
    results = dashboard.survey_results(survey)
    assert results.threshold == 3
    assert results.headline.responses == 3
    assert row(question(results, "agree"), "Agree").count == 3
    html = page_as(client, evaluator, results_url(survey))
    assert "fewer than 3 responses" in html


@override_settings(EVALUATION_MIN_RESPONDENTS=10)
def test_a_higher_threshold_hides_more(client, evaluator, survey, community):
    make_responses(survey, 9, community=community, agree=4)
    results = dashboard.survey_results(survey)
    assert results.headline.responses is None
    assert results.headline.responses_hidden_text == "fewer than 10"
    html = page_as(client, evaluator, results_url(survey))
    assert "Fewer than 10" in html and not svgs(html)


# --- Breakdowns ----------------------------------------------------------------------------


def test_response_rates_by_community(survey, community, other_community):
    third = make_community(name="Cardiff Test Community")
    survey.study.communities.add(third)
    invite(survey, community, 10)
    invite(survey, other_community, 8)
    make_responses(survey, 4, community=community, agree=3)
    make_responses(survey, 6, community=other_community, agree=3)
    results = dashboard.survey_results(survey)
    rows = {r.label: r for r in results.by_community}
    assert results.headline.responses == 10
    # 4 is hidden, and so is 6: otherwise 4 = 10 - 6.
    assert rows["Leeds Test Community"].responses is None
    assert rows["Leeds Test Community"].rate is None
    assert rows["Leeds Test Community"].invitations == 10
    assert rows["Bristol Test Community"].responses is None
    assert rows["Cardiff Test Community"].responses == 0
    assert rows["Cardiff Test Community"].invitations == 0


def test_response_rates_by_community_at_five(survey, community, other_community):
    invite(survey, community, 10)
    make_responses(survey, 5, community=community, agree=3)
    make_responses(survey, 6, community=other_community, agree=3)
    rows = {r.label: r for r in dashboard.survey_results(survey).by_community}
    assert rows["Leeds Test Community"].responses == 5
    assert rows["Leeds Test Community"].rate == 50
    assert rows["Bristol Test Community"].responses == 6
    assert rows["Bristol Test Community"].rate is None  # nobody invited there
    make_responses(survey, 5, agree=3)  # a community since deleted
    rows = {r.label: r for r in dashboard.survey_results(survey).by_community}
    assert rows["No community recorded"].responses == 5
    assert list(rows)[-1] == "No community recorded"


@pytest.fixture
def post_session(study):
    s = make_survey(study, title="After the session", kind=SurveyKind.POST_SESSION)
    add_question(s, "useful")
    add_question(s, "value", QuestionType.SCALE)
    return s


def test_response_rates_by_session(client, evaluator, post_session, community,
                                   other_community):
    s1 = make_session(community, title="January meeting", days=-40, status=COMPLETED)
    s2 = make_session(community, title="February meeting", days=-10, status=COMPLETED)
    s3 = make_session(other_community, title="Bristol February", days=-9, status=COMPLETED)
    for session, invited, answered in ((s1, 9, 4), (s2, 10, 7), (s3, 12, 9)):
        invite(post_session, session.community, invited, session=session)
        make_responses(post_session, answered, community=session.community, session=session,
                useful=4)
    results = dashboard.survey_results(post_session)
    by_session = {r.label: r for r in results.by_session}
    assert [r.label for r in results.by_session] == ["January meeting", "February meeting",
                                                     "Bristol February"]
    assert by_session["January meeting"].invitations == 9
    assert by_session["January meeting"].responses is None
    # Leeds's total (11) is shown, so February must be hidden too (else 11 - 7 = 4).
    leeds = next(r for r in results.by_community if r.label == "Leeds Test Community")
    shown_leeds = leeds.responses is not None
    assert not (shown_leeds and by_session["February meeting"].responses is not None)
    assert by_session["Bristol February"].responses == 9
    assert by_session["Bristol February"].rate == 75
    assert results.headline.responses == 20
    html = page_as(client, evaluator, results_url(post_session))
    assert "January meeting" in html and s1.starts_at.strftime("%Y") in html


def published(tree_rows):
    return {k: v for k, v in tree_rows.items() if v is not None}


def test_hidden_session_counts_cannot_be_recovered_by_subtraction(post_session, community,
                                                                  other_community):
    sessions = [make_session(community, title=f"L{k}", days=-(k + 1), status=COMPLETED)
                for k in range(3)]
    sessions += [make_session(other_community, title=f"B{k}", days=-(k + 1), status=COMPLETED)
                 for k in range(2)]
    for session, n in zip(sessions, [3, 6, 8, 2, 11], strict=True):
        make_responses(post_session, n, community=session.community, session=session, useful=4)
    results = dashboard.survey_results(post_session)
    by_session = {r.label: r.responses for r in results.by_session}
    by_community = {r.label: r.responses for r in results.by_community}
    # Rebuild the published table as an outsider would, and check nothing hidden follows.
    values = {("s", s.title): n for s, n in zip(sessions, [3, 6, 8, 2, 11], strict=True)}
    values |= {("c", "Leeds Test Community"): 17, ("c", "Bristol Test Community"): 13,
               "all": 30}
    lines = [([("s", "L0"), ("s", "L1"), ("s", "L2")], ("c", "Leeds Test Community")),
             ([("s", "B0"), ("s", "B1")], ("c", "Bristol Test Community")),
             ([("c", "Leeds Test Community"), ("c", "Bristol Test Community")], "all")]
    shown = {("s", k): v for k, v in by_session.items()}
    shown |= {("c", k): v for k, v in by_community.items()}
    shown["all"] = results.headline.responses
    hidden = {k for k, v in shown.items() if v is None}
    assert {("s", "L0"), ("s", "B1")} <= hidden
    for key, value in shown.items():
        assert value is None or value == values[key] and value >= 5
    assert not exactly_recoverable(values, lines, hidden)
    for parts, total in lines:
        hidden_parts = [p for p in parts if p in hidden]
        assert len(hidden_parts) + (total in hidden) != 1
        if hidden_parts and total not in hidden:
            assert sum(values[p] for p in hidden_parts) >= 5


def test_session_and_survey_pages_hide_consistently(client, evaluator, facilitator,
                                                    post_session, community):
    """The survey's distribution and each session's are one table. With one small session
    (4) beside a big one (11), the big one's numbers would be the survey's minus the small
    one's: so they are hidden, there and on its page."""
    small = make_session(community, title="Small", days=-20, status=COMPLETED)
    big = make_session(community, title="Big", days=-10, status=COMPLETED)
    make_responses(post_session, 3, community=community, session=small, useful=4)
    make_responses(post_session, 1, community=community, session=small, useful=5)
    make_responses(post_session, 6, community=community, session=big, useful=4)
    make_responses(post_session, 5, community=community, session=big, useful=2)
    survey_page = dashboard.survey_results(post_session)
    assert survey_page.headline.responses == 15
    assert row(question(survey_page, "useful"), "Agree").count == 9
    for session in (small, big):
        results = dashboard.session_results(post_session, session.pk)
        assert results.headline.responses is None and not results.questions
        html = page_as(client, facilitator, feedback_url(session))
        assert "Not shown" in html and not svgs(html)
        assert "9" not in re.sub(r"<[^>]*>", "", html.split("<main")[1])

    # A second small session: the two small ones together protect each other, and the
    # big one can be shown, as far as its own answers allow.
    other_small = make_session(community, title="Another small", days=-15, status=COMPLETED)
    make_responses(post_session, 2, community=community, session=other_small, useful=4)
    make_responses(post_session, 1, community=community, session=other_small, useful=2)
    overall = row(question(dashboard.survey_results(post_session), "useful"), "Agree").count
    results = dashboard.session_results(post_session, big.pk)
    assert results.headline.responses == 11
    useful = question(results, "useful")
    assert useful.n == 11
    in_big = row(useful, "Agree").count
    # Never both, unless what they leave for the small sessions is itself 5 or more.
    assert overall is None or in_big is None or overall - in_big >= 5
    html = page_as(client, facilitator, feedback_url(big))
    assert "11 answers" in html


def check_grid(columns, row_n, cells, *, complement=False):
    """Rebuild what a grid publishes, as an outsider would see it, and check it: every
    published number is at least the threshold or 0, and no hidden number follows from the
    published ones by adding and subtracting (a shown 0 counts as known)."""
    grid = dashboard._Grid(columns, row_n, cells, 5, complement=complement)
    kinds = ("t", "nt") if complement else ("t",)
    values, lines, hidden = {}, [], set()

    def put(key, shown, value):
        values[key] = value
        if shown is None:
            hidden.add(key)
        else:
            assert shown == value and (value >= 5 or value == 0)

    def cell(r, c, kind):
        ticked = cells.get((r, c), 0)
        return ticked if kind == "t" else row_n[r] - ticked

    put("N", grid.n(dashboard.ALL), sum(row_n.values()))
    for c in columns:
        total = sum(cells.get((r, c), 0) for r in row_n)
        put(("t", c), grid.count(dashboard.ALL, c), total)
        if complement:  # never published, but known when the total and the ticked are
            values[("nt", c)] = values["N"] - total
            if ("t", c) in hidden or "N" in hidden:
                hidden.add(("nt", c))
            lines.append(([("t", c), ("nt", c)], "N"))
    if not complement:
        lines.append(([("t", c) for c in columns], "N"))
    if len(row_n) > 1:
        for r in row_n:
            put(("n", r), grid.n(r), row_n[r])
            for c in columns:
                put(("t", r, c), grid.count(r, c), cell(r, c, "t"))
                if complement:
                    values[("nt", r, c)] = cell(r, c, "nt")
                    if ("t", r, c) in hidden or ("n", r) in hidden:
                        hidden.add(("nt", r, c))
                    lines.append(([("t", r, c), ("nt", r, c)], ("n", r)))
            if not complement:
                lines.append(([("t", r, c) for c in columns], ("n", r)))
        for kind in kinds:
            for c in columns:
                lines.append(([(kind, r, c) for r in row_n], (kind, c)))
        lines.append(([("n", r) for r in row_n], "N"))
    assert not exactly_recoverable(values, lines, hidden)
    return hidden


def test_post_session_answers_from_fewer_than_five_people(client, evaluator, post_session,
                                                          community, other_community):
    """Four people at three sessions each: twelve responses, but from four people."""
    add_question(post_session, "story", QuestionType.SHORT_TEXT)
    add_question(post_session, "w0", instrument="Team wellbeing", subscale="Support")
    sessions = [make_session(community, title=f"Meeting {k}", days=-(k + 1), status=COMPLETED)
                for k in range(3)]
    people = [make_user() for _ in range(4)]
    for session in sessions:
        for person in people:
            make_response(post_session, user=person, community=community, session=session,
                          answers={"useful": 4, "value": 7, "story": "words", "w0": 3})
    # Someone else, elsewhere: the survey as a whole has five people, Leeds has four.
    make_response(post_session, community=other_community,
                  session=make_session(other_community, days=-3, status=COMPLETED),
                  answers={"useful": 4})
    results = dashboard.survey_results(post_session)
    leeds = next(r for r in results.by_community if r.label == "Leeds Test Community")
    assert leeds.responses is None  # 12 responses, from 4 people
    for code in ("value", "story", "w0"):  # answered by the four only
        assert question(results, code).n is None
        assert all(r.count is None for r in question(results, code).rows)
    assert question(results, "useful").n == 13  # five people
    assert results.subscales[0].n is None and results.subscales[0].stats is None
    html = page_as(client, evaluator, results_url(post_session))
    assert ">12<" not in html and "12 answers" not in html

    only_four = make_survey(post_session.study, kind=SurveyKind.POST_SESSION)
    add_question(only_four, "useful")
    for session in sessions:
        for person in people:
            make_response(only_four, user=person, community=community, session=session,
                          answers={"useful": 4})
    results = dashboard.survey_results(only_four)
    assert results.headline.responses is None
    assert results.headline.responses_hidden_text == "not shown: from fewer than 5 people"
    assert question(results, "useful").n is None


@pytest.mark.parametrize("complement", [False, True])
def test_random_grids_never_give_a_hidden_count_away(complement):
    """The one suppression helper on random session × answer tables, like real ones."""
    rng = random.Random(5)
    for _ in range(20 if complement else 60):  # the exact check in fractions is slow
        columns = list(range(rng.randint(2, 5)))
        cells, row_n = {}, {}
        for r in range(rng.randint(1, 6)):
            row_n[r] = rng.choice([1, 3, 4, 6, 12, 30])
            for _ in range(row_n[r]):
                ticked = rng.sample(columns, rng.randint(1, 2)) if complement else [
                    rng.choice(columns)]
                for c in ticked:
                    cells[(r, c)] = cells.get((r, c), 0) + 1
        check_grid(columns, row_n, cells, complement=complement)


def test_the_zeros_of_a_small_session_are_protected():
    """Three people in session 2 answered; the other sessions' counts are shown, so a 0 in
    session 2 could be read off a column total: it is protected like a small count."""
    cells = {(0, 0): 6, (0, 1): 5, (0, 2): 6, (0, 3): 6, (1, 0): 7, (1, 1): 7, (1, 2): 7,
             (2, 0): 1, (2, 1): 1, (2, 3): 1}
    row_n = {0: 23, 1: 21, 2: 3}
    hidden = check_grid([0, 1, 2, 3], row_n, cells)
    assert ("t", 2, 2) in hidden  # the 0, hidden, and not to be worked out from column 2


# --- Waves --------------------------------------------------------------------------------


def test_change_between_waves_counts_linked_pairs_only(client, evaluator, study, community):
    baseline = make_survey(study, title="Baseline", kind=SurveyKind.WAVE, wave="baseline",
                           opens_at=timezone.now() - timedelta(days=200),
                           closes_at=timezone.now() - timedelta(days=150))
    follow_up = make_survey(study, title="Follow-up", kind=SurveyKind.WAVE, wave="follow-up 1")
    for s in (baseline, follow_up):
        add_question(s, "coping", QuestionType.SCALE)
        add_question(s, "team", QuestionType.SINGLE)
    people = [make_user() for _ in range(9)]
    before = [2, 3, 4, 5, 5, 6]
    after = [5, 5, 6, 6, 8, 9]
    for person, b, a in zip(people, before, after, strict=False):
        make_response(baseline, user=person, community=community,
                      answers={"coping": b, "team": 1})
        make_response(follow_up, user=person, community=community,
                      answers={"coping": a, "team": 2})
    for person in people[6:]:  # answered the follow-up only: not a pair
        make_response(follow_up, user=person, community=community, answers={"coping": 0})
    make_response(baseline, community=community, answers={"coping": 10})  # baseline only

    results = dashboard.survey_results(follow_up)
    [change] = results.waves
    assert (change.earlier, change.later) == ("Baseline", "Follow-up")
    [coping] = change.rows  # "team" is a category, not an amount: not compared
    assert coping.label == "coping" and coping.pairs == 6
    assert coping.before == pytest.approx(statistics.fmean(before))
    assert coping.after == pytest.approx(statistics.fmean(after))
    diffs = [a - b for a, b in zip(after, before, strict=True)]
    assert coping.change == pytest.approx(statistics.fmean(diffs))
    assert coping.change_sd == pytest.approx(statistics.stdev(diffs))

    # Seen from the baseline: the same change, the same direction.
    [back] = dashboard.survey_results(baseline).waves
    assert (back.earlier, back.later) == ("Baseline", "Follow-up")
    assert back.rows[0].change == pytest.approx(coping.change)
    html = page_as(client, evaluator, results_url(follow_up))
    assert "From Baseline to Follow-up" in html


def test_fewer_than_five_pairs_are_not_shown(study, community):
    baseline = make_survey(study, title="Baseline", kind=SurveyKind.WAVE,
                           opens_at=timezone.now() - timedelta(days=200),
                           closes_at=timezone.now() - timedelta(days=150))
    follow_up = make_survey(study, title="Follow-up", kind=SurveyKind.WAVE)
    for s in (baseline, follow_up):
        add_question(s, "coping", QuestionType.SCALE)
    for _ in range(4):
        person = make_user()
        make_response(baseline, user=person, community=community, answers={"coping": 3})
        make_response(follow_up, user=person, community=community, answers={"coping": 6})
    make_responses(follow_up, 6, community=community, coping=1)
    [change] = dashboard.survey_results(follow_up).waves
    [coping] = change.rows
    assert coping.pairs is None and coping.change is None and coping.before is None


def test_subscale_scores_and_their_change(client, evaluator, study, community):
    baseline = make_survey(study, title="Baseline", kind=SurveyKind.WAVE,
                           opens_at=timezone.now() - timedelta(days=200),
                           closes_at=timezone.now() - timedelta(days=150))
    follow_up = make_survey(study, title="Follow-up", kind=SurveyKind.WAVE)
    for s in (baseline, follow_up):
        for k in range(4):
            add_question(s, f"w{k}", instrument="Team wellbeing", subscale="Support",
                         reverse_scored=k == 3)
    people = [make_user() for _ in range(7)]
    for k, person in enumerate(people):
        # Mean of the four items, the last reversed within 1..5 (6 - x).
        make_response(baseline, user=person, community=community,
                      answers={"w0": 2, "w1": 2, "w2": 2, "w3": 4})
        if k < 6:
            make_response(follow_up, user=person, community=community,
                          answers={"w0": 4, "w1": 4, "w2": 4, "w3": 1 + k % 2})
    results = dashboard.survey_results(follow_up)
    [support] = results.subscales
    assert (support.instrument, support.subscale, support.n) == ("Team wellbeing", "Support", 6)
    assert support.stats.mean == pytest.approx((4 + 4 + 4 + 4.5) / 4)
    [change] = results.waves
    subscale_row = next(r for r in change.rows if r.label == "Team wellbeing: Support")
    assert subscale_row.pairs == 6
    assert subscale_row.before == pytest.approx(2)
    assert subscale_row.change == pytest.approx((4 + 4 + 4 + 4.5) / 4 - 2)
    html = page_as(client, evaluator, results_url(follow_up))
    assert "Team wellbeing" in html


def test_subscales_under_the_threshold_are_not_shown(survey, community):
    for k in range(2):
        add_question(survey, f"w{k}", instrument="Team wellbeing", subscale="Support")
    make_responses(survey, 4, community=community, w0=2, w1=3)
    [support] = dashboard.survey_results(survey).subscales
    assert support.n is None and support.stats is None


# --- Sessions ---------------------------------------------------------------------------


def test_session_feedback_for_its_facilitator(client, facilitator, evaluator, post_session,
                                              community):
    session = make_session(community, title="March meeting", days=-3, status=COMPLETED)
    other = make_session(community, title="April meeting", days=-1, status=COMPLETED)
    invite(post_session, community, 8, session=session)
    make_responses(post_session, 6, community=community, session=session, useful=5, value=8)
    make_responses(post_session, 5, community=community, session=other, useful=1, value=2)
    results = dashboard.session_results(post_session, session.pk)
    assert results.headline.invitations == 8
    assert results.headline.responses == 6 and results.headline.rate == 75
    useful = question(results, "useful")
    assert useful.n == 6 and row(useful, "Strongly agree").count == 6
    assert row(useful, "Strongly disagree").count == 0  # the other session's answers
    assert question(results, "value").stats.mean == 8
    for viewer in (facilitator, evaluator):
        html = page_as(client, viewer, feedback_url(session))
        assert "Feedback: March meeting" in html and "75%" in html
        assert svgs(html)


def test_session_without_a_survey_or_answers(client, facilitator, post_session, community):
    session = make_session(community, days=-3, status=COMPLETED)
    html = page_as(client, facilitator, feedback_url(session))
    assert "No feedback survey was sent for this session" in html
    invite(post_session, community, 5, session=session)
    html = page_as(client, facilitator, feedback_url(session))
    assert "No one has answered yet" in html


def test_no_names_or_emails_on_the_pages(client, evaluator, facilitator, post_session,
                                         community):
    session = make_session(community, days=-3, status=COMPLETED)
    people = [make_user(f"person.{k}@example.test", display_name=f"Respondent Number{k}")
              for k in range(6)]
    for person in people:
        join(person, community, Role.MEMBER)
        SurveyInvitation.objects.create(survey=post_session, user=person, community=community,
                                        session=session, answered=True)
        make_response(post_session, user=person, community=community, session=session,
                      answers={"useful": 4})
    for viewer, url in ((evaluator, results_url(post_session)),
                        (evaluator, feedback_url(session)),
                        (facilitator, feedback_url(session))):
        html = page_as(client, viewer, url)
        assert "Respondent" not in html and "example.test" not in html
        assert "Number" not in html


# --- Queries ------------------------------------------------------------------------------


def grow(study, surveys, sessions, n):
    """`n` more responses to each survey (in each session), with every kind of answer."""
    baseline, follow_up, post = surveys
    rng = random.Random(n)
    for _ in range(n):
        person = make_user()
        community = rng.choice(list(study.communities.all()))
        answers = {"coping": rng.randint(0, 10), "hours": rng.randint(0, 40),
                   "team": rng.randint(1, 5), "tick": [1, rng.randint(2, 5)],
                   "story": "It helped", "w0": rng.randint(1, 5), "w1": rng.randint(1, 5)}
        make_response(baseline, user=person, community=community, answers=answers)
        make_response(follow_up, user=person, community=community, answers=answers)
        SurveyInvitation.objects.create(survey=follow_up, user=person, community=community)
        for session in sessions:
            make_response(post, community=session.community, session=session,
                          answers=answers)


def test_query_counts_do_not_grow_with_the_data(client, evaluator, facilitator, study,
                                                community, other_community):
    surveys = []
    for kind, title in ((SurveyKind.WAVE, "Baseline"), (SurveyKind.WAVE, "Follow-up"),
                        (SurveyKind.POST_SESSION, "After")):
        s = make_survey(study, title=title, kind=kind)
        add_question(s, "coping", QuestionType.SCALE)
        add_question(s, "hours", QuestionType.NUMBER)
        add_question(s, "team", QuestionType.SINGLE)
        add_question(s, "tick", QuestionType.MULTIPLE)
        add_question(s, "story", QuestionType.LONG_TEXT)
        add_question(s, "w0", instrument="Team wellbeing", subscale="Support")
        add_question(s, "w1", instrument="Team wellbeing", subscale="Support")
        surveys.append(s)
    sessions = [make_session(c, days=-3, status=COMPLETED) for c in (community, other_community)]
    session_url = feedback_url(sessions[0])
    grow(study, surveys, sessions, 6)
    client.force_login(evaluator)
    small = [queries_for(client, results_url(s)) for s in surveys]
    small.append(queries_for(client, session_url))
    client.force_login(facilitator)
    small.append(queries_for(client, session_url))

    grow(study, surveys,
         sessions + [make_session(community, days=-3, status=COMPLETED) for _ in range(3)], 60)
    for _ in range(3):
        extra = make_community()
        study.communities.add(extra)
    client.force_login(evaluator)
    large = [queries_for(client, results_url(s)) for s in surveys]
    large.append(queries_for(client, session_url))
    client.force_login(facilitator)
    large.append(queries_for(client, session_url))
    assert small == large
    assert max(large) <= 25

