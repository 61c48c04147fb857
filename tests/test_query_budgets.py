"""Query budgets: each page `make bench` measures runs at most a fixed number of SQL queries,
and the same number for a data set ten times larger (issue 8).

The budgets live here, in one place. Other tests check some of these pages in more ways
(filters, views of a month...); this one builds one world, at two sizes, and walks them all."""

import random
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from casework.models import Barrier, Comment
from evaluation.models import QuestionType, SurveyKind
from members.models import Role
from sessions_app import calendars
from sessions_app.models import RSVP, AgendaItem, Attendance, RSVPAnswer

from .factories import (
    add_question,
    join,
    make_agency,
    make_case,
    make_community,
    make_members,
    make_response,
    make_session,
    make_study,
    make_survey,
    make_user,
)
from .helpers import counted_get, forget_community_pieces

pytestmark = pytest.mark.django_db

# Page -> the most SQL queries it may run (the user, audit and MFA checks included; the
# session is read from the cache, cop/sessions.py): what each runs today, so any new query is
# a decision made here.
BUDGETS = {
    # The community's shared pieces (latest cases, sessions, newest members, counts) from
    # the cache (members/community_cache.py); the viewer's membership and unread count.
    "community_home": 3,
    "case_list": 4,  # the page's rows and the count from the cache; the viewer's drafts
    "case_list_deep": 4,
    # The case with whether the viewer follows it, the overrides they may see, its barriers,
    # whether it was on an agenda and its authors' names' digest, in one query; the
    # discussion from the cache, under that digest.
    "case_detail_100_of_300": 5,
    "search_common_word": 4,  # the viewer's communities; the page, its counts and snippets in one
    "community_calendar": 4,  # both lists in one query, their HTML from the cache
    # With who is coming (one query, whatever their number), and each agenda item's format
    # and whether its summary went (meetings, one query when there is an agenda).
    "session_detail": 13,
    "calendar_feed": 1,  # the token's owner and the hash of their events, together
    # The counts' HTML from the cache, under the community's version; the latest
    # escalations (one query: they are not barriers, so not under that version).
    "barriers": 5,
    "survey_results": 4,  # the figures and tables from the results cache
}
# With the community pieces not in the cache (the first request after a write): each piece
# read and made again, in a fixed number of queries.
COLD_BUDGETS = {**BUDGETS, "community_home": 7, "case_list": 6, "case_list_deep": 6}
CASES_PER_PAGE = 25


class World:
    """A community (and a second one the member also belongs to), at size `scale`."""

    def __init__(self, scale: int):
        self.scale = scale
        self.community = make_community(name=f"Leeds Budget {scale}", slug=f"leeds-budget-{scale}")
        self.second = make_community(name=f"York Budget {scale}", slug=f"york-budget-{scale}")
        agency = make_agency()
        self.member = make_user(display_name="Max Member", agency=agency)
        self.facilitator = make_user(display_name="Fay Facilitator", agency=agency)
        self.evaluator = make_user(display_name="Eva Evaluator", is_evaluator=True)
        join(self.member, self.community)
        join(self.member, self.second)
        join(self.facilitator, self.community, Role.FACILITATOR)
        people = make_members(self.community, 3 * scale, agency=agency)
        self.people = people + [self.member]
        rng = random.Random(scale)
        # Cases: 3 pages' worth per unit of scale, each with a barrier or two.
        self.cases = [make_case(self.community, rng.choice(self.people),
                                title=f"Housing duty refused {i}",
                                needs_domains=["homelessness"])
                      for i in range(3 * CASES_PER_PAGE * scale)]
        Barrier.objects.bulk_create(
            Barrier(case=case, recorded_by=self.member, service_type="housing",
                    category=["eligibility", "capacity"][i % 2],
                    description="Priority need refused")
            for i, case in enumerate(self.cases) for _ in range(1 + i % 2))
        # The discussed case: 30 comments per unit of scale (300 at the larger size).
        self.discussed = self.cases[0]
        n = 30 * scale
        top = Comment.objects.bulk_create(
            Comment(case=self.discussed, author=self.people[i % len(self.people)],
                    body=f"Thought {i} on housing") for i in range(n * 2 // 3))
        Comment.objects.bulk_create(
            Comment(case=self.discussed, author=self.people[i % len(self.people)],
                    parent=top[i % len(top)], body=f"Reply {i} on housing")
            for i in range(n - len(top)))
        # Sessions in both communities, with agenda items, RSVPs and attendance.
        now = timezone.now()
        sessions = []
        for community in (self.community, self.second):
            for i in range(4 * scale):
                days = (i + 1) * (1 if i % 2 else -1)
                sessions.append(make_session(community, title=f"Monthly meeting {i}",
                                             starts_in=timedelta(days=days, hours=i % 5)))
        self.session = sessions[1]  # ahead, in the member's community: everyone going
        AgendaItem.objects.bulk_create(
            AgendaItem(session=s, position=p, title=f"Item {p}", case=self.cases[p])
            for s in sessions for p in (1, 2))
        RSVP.objects.bulk_create(
            RSVP(session=s, user=person, answer=RSVPAnswer.GOING)
            for s in sessions if s.community_id == self.community.pk for person in people)
        Attendance.objects.bulk_create(
            Attendance(session=s, user=person, recorded_by=self.facilitator)
            for s in sessions if s.starts_at < now and s.community_id == self.community.pk
            for person in people)
        self.feed_token = calendars.calendar_feed_for(self.member).token
        # A study: a baseline and a follow-up wave linked on respondent codes, a subscale.
        study = make_study(self.community, self.second)
        waves = []
        for title in ("Baseline", "Follow-up"):
            survey = make_survey(study, title=title, kind=SurveyKind.WAVE)
            add_question(survey, "coping", QuestionType.SCALE)
            add_question(survey, "team", QuestionType.SINGLE)
            add_question(survey, "tick", QuestionType.MULTIPLE)
            add_question(survey, "story", QuestionType.LONG_TEXT)
            add_question(survey, "w0", instrument="Team wellbeing", subscale="Support")
            add_question(survey, "w1", instrument="Team wellbeing", subscale="Support")
            waves.append(survey)
        for i in range(6 * scale):  # 6 and 60 respondents: above the threshold of 5
            answers = {"coping": rng.randint(0, 10), "team": rng.randint(1, 5),
                       "tick": [1, rng.randint(2, 5)], "story": "It helped",
                       "w0": rng.randint(1, 5), "w1": rng.randint(1, 5)}
            for survey in waves:
                make_response(survey, code=f"B{scale}x{i}", community=self.community,
                              answers=answers)
        self.follow_up = waves[1]

    def pages(self):
        """Page name -> (viewer, url, query parameters)."""
        slug = self.community.slug
        deep = 3 * self.scale - 1  # the last page but one
        return {
            "community_home": (self.member, reverse("members:community_home", args=[slug]),
                               None),
            "case_list": (self.member, reverse("casework:case_list", args=[slug]), None),
            "case_list_deep": (self.member, reverse("casework:case_list", args=[slug]),
                               {"page": deep}),
            "case_detail_100_of_300": (self.member, self.discussed.get_absolute_url(), None),
            "search_common_word": (self.member, reverse("casework:search"),
                                   {"q": "housing"}),
            "community_calendar": (self.member, reverse("sessions_app:calendar", args=[slug]),
                                   None),
            "session_detail": (self.member, self.session.get_absolute_url(), None),
            "calendar_feed": (None, reverse("sessions_app:calendar_feed",
                                            args=[self.feed_token]), None),
            "barriers": (self.facilitator, reverse("casework:barrier_report", args=[slug]),
                         None),
            "survey_results": (self.evaluator, reverse("evaluation:survey_results",
                                                       args=[self.follow_up.pk]), None),
        }


def measure(client, world, *, cold: bool = False) -> dict[str, int]:
    counts = {}
    for name, (viewer, url, params) in world.pages().items():
        client.logout()
        if viewer is not None:
            client.force_login(viewer)
        client.get(url, params)  # once to warm per-process caches (content types...)
        if cold:
            forget_community_pieces()
        response, counts[name] = counted_get(client, url, params)
        assert response.status_code == 200, (name, response.status_code)
        if name == "case_detail_100_of_300" and world.scale == 10:
            # A page of 100 top-level comments, with their replies.
            assert response.text.count('<div class="cop-thread">') == 100
    return counts


@pytest.mark.parametrize("cold", [False, True], ids=["cached", "cold"])
def test_query_budgets_hold_and_do_not_grow_tenfold(client, cold):
    budgets = COLD_BUDGETS if cold else BUDGETS
    small = measure(client, World(1), cold=cold)
    large = measure(client, World(10), cold=cold)
    assert set(small) == set(budgets)
    over = {name: count for name, count in large.items() if count > budgets[name]}
    assert not over, f"over budget: {over} (budgets {budgets})"
    grew = {name: (small[name], large[name]) for name in small if small[name] != large[name]}
    assert not grew, f"query counts grew with the data (small, large): {grew}"
