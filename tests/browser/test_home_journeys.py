"""Each role signs in and lands on its own home, "my week" (members/views_home.py): a member
replies to their next session from it (and chooses how to hear of new comments), a
facilitator sees who is coming, an evaluator sees their studies and response rates. From
the keyboard, and every page checked with Person.check (axe-core WCAG 2.2 AA, CSP, no
sideways scroll at 375 px, screenshots)."""

import re
from datetime import timedelta
from urllib.parse import urlsplit

import pytest

from evaluation.models import SurveyInvitation
from members.models import NotificationKind, NotificationSetting, Role
from sessions_app.models import RSVP, RSVPAnswer
from tests.factories import (
    PASSWORD,
    join,
    make_agency,
    make_community,
    make_session,
    make_study,
    make_survey,
    make_user,
)

pytestmark = pytest.mark.browser


@pytest.fixture
def world():
    leeds = make_community(name="Leeds Multiple Disadvantage", slug="leeds")
    agency = make_agency(name="St Anne's Community Services")
    max_ = make_user("max@example.test", display_name="Max Member", agency=agency)
    fay = make_user("fay@example.test", display_name="Fay Facilitator", agency=agency)
    eve = make_user("eve@example.test", display_name="Eve Evaluator", is_evaluator=True)
    join(max_, leeds)
    join(fay, leeds, Role.FACILITATOR)
    colleagues = [make_user(display_name=f"Colleague {i}") for i in range(3)]
    for person in colleagues:
        join(person, leeds)
    session = make_session(leeds, title="February meeting: hospital discharge",
                           starts_in=timedelta(days=2), capacity=12)
    RSVP.objects.bulk_create(RSVP(session=session, user=person, answer=RSVPAnswer.GOING)
                             for person in colleagues[:2])
    study = make_study(leeds, name="Peer support and wellbeing")
    survey = make_survey(study, title="Baseline wave")
    SurveyInvitation.objects.bulk_create(
        SurveyInvitation(survey=survey, user=person, community=leeds,
                         answered=person in colleagues)
        for person in [max_, fay, *colleagues])
    return {"leeds": leeds, "max": max_, "fay": fay, "eve": eve, "session": session}


def lands_home(person) -> None:
    assert urlsplit(person.page.url).path == "/", person.page.url
    heading = person.page.get_by_role("heading", level=1).first.inner_text().strip()
    assert heading == "Your week", heading


def test_each_role_lands_on_its_home_and_a_member_replies_from_it(browser, world):
    session = world["session"]

    member = browser.person("member")
    member.sign_in(world["max"].email, PASSWORD)
    lands_home(member)
    page = member.page
    assert "You have not replied yet." in page.content()
    assert page.get_by_role("link", name="Baseline wave").is_visible()  # a survey to answer
    member.check("home")
    member.follow(page.get_by_role("button", name=re.compile(r"^Going\W+February meeting")))
    lands_home(member)
    assert page.get_by_text("You are going.").is_visible()
    assert page.get_by_role("button", name=re.compile(r"^Going\W+February")).get_attribute(
        "aria-pressed") == "true"
    member.check("home-replied")
    assert RSVP.objects.get(session=session, user=world["max"]).answer == RSVPAnswer.GOING

    # Calmer notifications: new comments straight away instead of in the daily digest.
    member.follow(page.get_by_role("link", name=re.compile("^Notifications")))
    member.follow(page.get_by_role("link", name="Choose which notifications you get"))
    comments = page.get_by_role("group", name="New comments on cases I follow")
    assert comments.get_by_label("By email").input_value() == "daily"
    member.check("notification-settings")
    member.choose(comments.get_by_label("By email"), "Straight away")
    member.follow(page.get_by_role("button", name="Save settings"))
    assert page.get_by_text("Your notification settings have been saved.").is_visible()
    assert comments.get_by_label("By email").input_value() == "immediately"
    member.check("notification-settings-saved")
    assert NotificationSetting.objects.get(
        user=world["max"], kind=NotificationKind.NEW_COMMENT).email_frequency == "immediately"

    facilitator = browser.person("facilitator")
    facilitator.sign_in(world["fay"].email, PASSWORD)
    lands_home(facilitator)
    page = facilitator.page
    assert page.get_by_text("3 going of 12 places, 0 maybe, 0 not going").is_visible()
    assert page.get_by_role("heading", name="In the communities you facilitate").is_visible()
    facilitator.check("home")
    facilitator.follow(page.get_by_role("link", name=re.compile(r"^Who is coming")))
    assert urlsplit(page.url).path == session.get_absolute_url()
    facilitator.check("session")

    evaluator = browser.person("evaluator")
    evaluator.sign_in(world["eve"].email, PASSWORD)
    lands_home(evaluator)
    page = evaluator.page
    assert page.get_by_role("heading", name="Your studies").is_visible()
    row = page.get_by_role("row", name=re.compile("Baseline wave"))
    # 3 of 5 answered is a small number: hidden, as the results page hides it.
    assert re.sub(r"\s+", " ", row.inner_text()).strip() == (
        "Baseline wave Open not shown (fewer than 5) of 5 not shown")
    assert "ask a facilitator to invite you" not in page.content()
    evaluator.check("home")
    evaluator.follow(page.get_by_role("link", name="Baseline wave"))
    assert "/results/" in page.url
    evaluator.check("survey-results")
