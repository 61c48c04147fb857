"""The home after signing in, "my week": for members their next sessions with their reply
and a way to reply, new replies on the cases they follow since they last looked, surveys to
answer and what waits for them; for facilitators also who is coming, new overrides,
follow-up requests and overdue action points; for evaluators their studies and response
rates. Its SQL queries do not grow with the data."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from casework.models import AnonymisationOverride, Comment, Follow, OutcomePrompt
from evaluation.models import SurveyInvitation
from members.models import MembershipStatus, Role
from sessions_app.models import RSVP, ActionPoint, FollowUpRequest, RSVPAnswer

from .factories import (
    PASSWORD,
    join,
    make_case,
    make_comment,
    make_community,
    make_session,
    make_study,
    make_survey,
    make_user,
)
from .helpers import queries_for

pytestmark = pytest.mark.django_db

HOME = "/"
EVALUATOR_NEVER = "ask a facilitator to invite you"


def text_of(response) -> str:
    """The page's text without tags, on one line per block (for reading what it says)."""
    html = re.sub(r"<(script|style)\b.*?</\1>", "", response.content.decode(), flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def section(response, heading_id) -> str:
    """The text of the page's <section> labelled by `heading_id`."""
    html = response.content.decode()
    found = re.search(rf'<section[^>]*aria-labelledby="{heading_id}".*?</section>', html, re.S)
    assert found, f"no section {heading_id}"
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", found.group(0)))
    return re.sub(r" ([:.,])", r"\1", text)


# --- Landing ---------------------------------------------------------------------------------


def test_signing_in_lands_on_my_week(client, member):
    response = client.post(reverse("account_login"),
                           {"login": member.email, "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == HOME
    page = client.get(HOME)
    assert page.status_code == 200
    assert '<h1 class="govuk-heading-l govuk-!-margin-bottom-2">Your week</h1>' in page.text


def test_signed_out_the_home_asks_to_sign_in(client, db):
    response = client.get(HOME)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


# --- Members ---------------------------------------------------------------------------------


def test_next_sessions_show_my_reply_and_a_way_to_reply(client, member, community,
                                                       other_community):
    going = make_session(community, days=1, title="Going one")
    waiting = make_session(community, days=2, title="Waiting one", capacity=1)
    declined = make_session(community, days=3, title="Declined one")
    silent = make_session(community, days=4, title="Silent one")
    make_session(community, days=-2, title="Already over")
    make_session(community, days=5, title="Called off", status="cancelled")
    make_session(other_community, days=1, title="Not my community")
    RSVP.objects.create(session=going, user=member, answer=RSVPAnswer.GOING)
    RSVP.objects.create(session=waiting, user=member, answer=RSVPAnswer.GOING, waitlisted=True)
    RSVP.objects.create(session=declined, user=member, answer=RSVPAnswer.NOT_GOING)
    colleague = make_user()
    join(colleague, community)
    RSVP.objects.create(session=silent, user=colleague, answer=RSVPAnswer.GOING)
    client.force_login(member)

    page = client.get(HOME)
    shown = section(page, "sessions-heading")
    assert re.findall(r"(\w+ one) \w+day \d+ \w+, \d\d:\d\d to \d\d:\d\d · Leeds Test Community "
                      r"([^.]+\.)", shown) == [
        ("Going one", "You are going."), ("Waiting one", "You are on the waiting list."),
        ("Declined one", "You are not going."), ("Silent one", "You have not replied yet.")]
    assert "Already over" not in shown and "Called off" not in shown
    assert "Not my community" not in shown
    assert "Who is coming" not in shown, "counts are for facilitators"
    rsvp = reverse("sessions_app:session_rsvp", args=[community.slug, silent.pk])
    assert f'action="{rsvp}"' in page.text
    assert f'<input type="hidden" name="next" value="/#session-{silent.pk}">' in page.text

    # Replying from the home comes back to it, with the reply shown.
    response = client.post(rsvp, {"answer": "going", "next": f"/#session-{silent.pk}"})
    assert response.status_code == 302 and response["Location"] == f"/#session-{silent.pk}"
    assert RSVP.objects.get(session=silent, user=member).answer == RSVPAnswer.GOING
    assert section(client.get(HOME), "sessions-heading").count("You are going.") == 2
    # Somewhere off the site is never where a reply leads.
    response = client.post(rsvp, {"answer": "maybe", "next": "https://evil.example/"})
    assert response["Location"] == silent.get_absolute_url()


def test_new_replies_on_followed_cases_since_i_last_looked(client, member, facilitator,
                                                          community):
    followed = make_case(community, facilitator, title="Followed and busy")
    quiet = make_case(community, facilitator, title="Followed and quiet")
    unfollowed = make_case(community, facilitator, title="Not followed")
    long_ago = timezone.now() - timedelta(days=3)
    for case in (followed, quiet):
        Follow.objects.create(user=member, case=case, created_at=long_ago)
    make_comment(quiet, facilitator, created_at=long_ago - timedelta(days=1))  # before
    for _ in range(2):
        make_comment(followed, facilitator)
    make_comment(followed, member)  # my own
    make_comment(followed, facilitator, removed_at=timezone.now())
    make_comment(unfollowed, facilitator)
    client.force_login(member)

    shown = section(client.get(HOME), "replies-heading")
    assert "Followed and busy: 2 new replies since you last looked" in shown
    assert "Followed and quiet" not in shown and "Not followed" not in shown

    # Opening the case (recorded in the audit trail) is "looking": then one more reply.
    assert client.get(followed.get_absolute_url()).status_code == 200
    assert "Nothing new since you last looked" in section(client.get(HOME), "replies-heading")
    make_comment(followed, facilitator)
    assert "Followed and busy: 1 new reply since you last looked" in section(
        client.get(HOME), "replies-heading")


def test_prompts_and_surveys_waiting_for_me(client, member, facilitator, community):
    mine = make_case(community, member, title="Stuck at discharge")
    OutcomePrompt.objects.create(case=mine)
    answered = make_case(community, member, title="Already answered", outcome="Housed.")
    OutcomePrompt.objects.create(case=answered)
    make_case(community, member, title="Not prompted yet")
    past = make_session(community, days=-7, title="November session", status="completed")
    today = timezone.localdate()
    ActionPoint.objects.create(session=past, text="Ask housing for a review", owner=member,
                               due_on=today + timedelta(days=2))
    ActionPoint.objects.create(session=past, text="Call the hostel", owner=member,
                               due_on=today - timedelta(days=1))
    ActionPoint.objects.create(session=past, text="Next month's job", owner=member,
                               due_on=today + timedelta(days=30))
    ActionPoint.objects.create(session=past, text="Done already", owner=member, done=True,
                               due_on=today)
    ActionPoint.objects.create(session=past, text="Someone else's", owner=facilitator,
                               due_on=today)
    survey = make_survey(make_study(community), title="Wellbeing follow-up")
    SurveyInvitation.objects.create(survey=survey, user=member, community=community)
    client.force_login(member)

    page = client.get(HOME)
    waiting = section(page, "waiting-heading")
    assert "Add what happened next to “Stuck at discharge”" in waiting
    assert "Already answered" not in waiting and "Not prompted yet" not in waiting
    assert "Ask housing for a review due" in waiting
    assert "Call the hostel Overdue since" in waiting
    for not_shown in ("Next month's job", "Done already", "Someone else's"):
        assert not_shown not in waiting
    assert f'href="{reverse("casework:case_edit", args=[community.slug, mine.pk])}#id_outcome"' \
        in page.text
    assert "Wellbeing follow-up" in section(page, "surveys-to-answer")


def test_nothing_from_a_community_left(client, member, facilitator, community,
                                       other_community):
    join(member, other_community)
    gone = make_case(other_community, facilitator, title="From a community left")
    Follow.objects.create(user=member, case=gone, created_at=timezone.now() - timedelta(days=1))
    make_comment(gone, facilitator)
    make_session(other_community, days=3, title="Their meeting")
    member.memberships.filter(community=other_community).update(
        status=MembershipStatus.LEFT)
    client.force_login(member)
    text = text_of(client.get(HOME))
    assert "From a community left" not in text and "Their meeting" not in text


# --- Facilitators ----------------------------------------------------------------------------


def test_facilitators_see_who_is_coming_overrides_follow_ups_and_overdue_actions(
        client, member, facilitator, community, other_community):
    join(facilitator, other_community)  # a member there, not a facilitator
    session = make_session(community, days=3, title="Leeds meeting", capacity=2)
    others = [make_user() for _ in range(4)]
    for person in others:
        join(person, community)
    for person, answer, waitlisted in [(others[0], "going", False), (others[1], "going", False),
                                       (others[2], "going", True), (others[3], "maybe", False),
                                       (member, "not_going", False)]:
        RSVP.objects.create(session=session, user=person, answer=answer, waitlisted=waitlisted)
    make_session(other_community, days=3, title="Bristol meeting")
    case = make_case(community, member)
    now = timezone.now()
    for days in (1, 2, 10):
        AnonymisationOverride.objects.create(community=community, case=case, user=member,
                                             field="presenting_situation", kind="name",
                                             flagged_text="Margaret", reason="A street name",
                                             created_at=now - timedelta(days=days))
    past = make_session(community, days=-14, title="Last month", status="completed")
    FollowUpRequest.objects.create(session=past, user=member, message="Can we talk?")
    FollowUpRequest.objects.create(session=past, user=others[0], handled_at=now)
    today = timezone.localdate()
    ActionPoint.objects.create(session=past, text="Write to the council", owner=member,
                               due_on=today - timedelta(days=3))
    ActionPoint.objects.create(session=past, text="Not yet due", owner=member,
                               due_on=today + timedelta(days=3))
    client.force_login(facilitator)

    page = client.get(HOME)
    sessions = section(page, "sessions-heading")
    assert ("Leeds meeting" in sessions and "2 going of 2 places, 1 waiting, 1 maybe, "
            "1 not going · Who is coming") in sessions
    assert f'href="{session.get_absolute_url()}#coming"' in page.text
    assert "Bristol meeting" in sessions and sessions.count("Who is coming") == 1
    facilitating = section(page, "facilitating-heading")
    assert "Leeds Test Community" in facilitating and "Bristol" not in facilitating
    assert "2 identifier findings kept by their authors in the past 7 days" in facilitating
    assert "1 follow-up request to answer" in facilitating
    assert "Write to the council (Max Member, due" in facilitating
    assert "Not yet due" not in facilitating
    assert f'href="{reverse("casework:override_list", args=[community.slug])}"' in page.text
    assert f'href="{reverse("sessions_app:follow_up_list", args=[community.slug])}"' \
        in page.text

    client.force_login(member)
    assert 'aria-labelledby="facilitating-heading"' not in client.get(HOME).text


# --- Evaluators ------------------------------------------------------------------------------


def test_evaluators_see_their_studies_and_response_rates_and_no_invitation_advice(
        client, evaluator, community, member, facilitator):
    study = make_study(community, name="Peer support study")
    survey = make_survey(study, title="Baseline wave")
    make_survey(study, title="Draft wave", status="draft")
    for person, answered in [(member, True), (facilitator, False)]:
        SurveyInvitation.objects.create(survey=survey, user=person, community=community,
                                        answered=answered)
    many = make_survey(study, title="Follow-up wave")
    for k in range(10):
        SurveyInvitation.objects.create(survey=many, user=make_user(), community=community,
                                        answered=k < 6)
    make_survey(make_study(name="Empty study"), title="Nobody invited")
    client.force_login(evaluator)

    page = client.get(HOME)
    studies = section(page, "studies-heading")
    assert "Peer support study Survey Status Answered Response Rate" in studies
    # One answer of two is a small number: hidden, as the results page hides it.
    assert "Baseline wave Open not shown (fewer than 5) of 2 not shown" in studies
    assert "Follow-up wave Open 6 of 10 60%" in studies
    assert "Draft wave" not in studies
    assert "Nobody invited Open 0 of 0 none invited yet" in studies
    assert f'href="{reverse("evaluation:survey_results", args=[survey.pk])}"' in page.text
    assert 'aria-labelledby="sessions-heading"' not in page.text
    for url in (HOME, reverse("members:my_communities")):
        assert EVALUATOR_NEVER not in client.get(url).text, url
    assert "evaluation needs none" in client.get(reverse("members:my_communities")).text


def test_someone_without_a_community_is_told_how_to_join(client, db):
    client.force_login(make_user())
    assert EVALUATOR_NEVER in client.get(HOME).text


# --- Queries ---------------------------------------------------------------------------------

# What each runs today; members and facilitators: one of them for the sessions to reflect on
# (learning/week.py).
BUDGETS = {"member": 9, "facilitator": 12, "evaluator": 5}


class World:
    """A member of three communities and a facilitator of one of them, at size `scale`:
    sessions with replies, followed cases with comments and openings, prompts, action points,
    overrides, follow-up requests, studies with invitations."""

    def __init__(self, scale: int):
        communities = [make_community(name=f"Home {scale} {i}") for i in range(3)]
        self.member = make_user(display_name="Max Member")
        self.facilitator = make_user(display_name="Fay Facilitator")
        self.evaluator = make_user(display_name="Eva Evaluator", is_evaluator=True)
        people = [make_user() for _ in range(5 * scale)]
        for community in communities:
            join(self.member, community)
            for person in people:
                join(person, community)
        join(self.facilitator, communities[0], Role.FACILITATOR)
        now, today = timezone.now(), timezone.localdate()
        for community in communities:
            for i in range(3 * scale):
                session = make_session(community, days=i - scale, title=f"Meeting {i}")
                RSVP.objects.bulk_create(
                    RSVP(session=session, user=person, answer=RSVPAnswer.GOING)
                    for person in people)
                ActionPoint.objects.create(session=session, text=f"Action {i}",
                                           owner=self.member, due_on=today - timedelta(days=i))
                FollowUpRequest.objects.create(session=session, user=people[0])
            cases = [make_case(community, people[i % len(people)], title=f"Case {i}")
                     for i in range(4 * scale)]
            for case in cases:
                Follow.objects.create(user=self.member, case=case,
                                      created_at=now - timedelta(days=5))
                Follow.objects.create(user=self.facilitator, case=case,
                                      created_at=now - timedelta(days=5))
                Comment.objects.bulk_create(
                    Comment(case=case, author=people[j % len(people)], body=f"Reply {j}")
                    for j in range(3))
                AnonymisationOverride.objects.create(
                    community=community, case=case, user=people[0], field="question",
                    kind="name", flagged_text="Margaret", reason="A street")
            for case in cases[: 2 * scale]:
                OutcomePrompt.objects.create(case=case)
                case.author = self.member
                case.save(update_fields=["author"])
        for i in range(2 * scale):
            study = make_study(*communities, name=f"Study {scale} {i}")
            for j in range(2):
                survey = make_survey(study, title=f"Wave {j}")
                SurveyInvitation.objects.bulk_create(
                    SurveyInvitation(survey=survey, user=person, community=communities[0],
                                     answered=k % 2 == 0)
                    for k, person in enumerate([self.member, *people]))

    def viewers(self):
        return {"member": self.member, "facilitator": self.facilitator,
                "evaluator": self.evaluator}


def measure(client, world) -> dict[str, int]:
    counts = {}
    for role, viewer in world.viewers().items():
        client.force_login(viewer)
        client.get(HOME)  # once to warm per-process caches
        counts[role] = queries_for(client, HOME)
    return counts


def test_my_week_queries_stay_within_budget_and_do_not_grow_tenfold(client):
    small = measure(client, World(1))
    large = measure(client, World(10))
    over = {role: n for role, n in large.items() if n > BUDGETS[role]}
    assert not over, f"over budget: {over} (budgets {BUDGETS})"
    assert small == large, f"query counts grew with the data: {small} -> {large}"
