"""Sessions as a facilitator and members use them (issue 14): editing what exists through its
pre-filled form (a session, a series and its rule), a series from a chosen first date, who
is told of a change (only those coming or waiting, once each), who is coming, the reply
near the top of the page on a phone, and follow-up requests reaching the facilitators.

Like tests/browser/test_journeys.py: from the keyboard, against the product as `make run`
starts it, each page checked by Person.check (axe-core, CSP, 375 px, screenshots)."""

import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from tests.factories import PASSWORD, make_agency, make_member, make_session
from tests.helpers import next_weekday
from tests.workers import wait_until

from .helpers import PHONE

pytestmark = pytest.mark.browser

LONDON = ZoneInfo("Europe/London")
WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=LONDON)


def empty_required_fields(page) -> list[str]:
    """Fields of the page's forms that must hold a value but show none: on an edit form,
    each was filled in before, so an empty one is a value the browser could not show."""
    return page.locator("form input[required], form select[required], form textarea[required]"
                        ).evaluate_all("els => els.filter(el => !el.value).map(el => el.id)")


def settled_outbox():
    """Wait until the worker has dealt with every outbox message (sent, skipped or failed)."""
    from cop.outbox.models import DeliveryStatus, OutboxMessage

    wait_until(lambda: not OutboxMessage.objects.filter(
        status__in=[DeliveryStatus.PENDING, DeliveryStatus.CLAIMED]).exists(),
        timeout=60, message="the outbox to be delivered")


def test_a_facilitator_edits_a_session_through_its_prefilled_form(browser, mailbox, leeds,
                                                                   fay):
    from sessions_app.models import RSVP

    day = timezone.localdate() + timedelta(days=20)
    session = make_session(leeds, days=20, title="Case discussion",
                           venue="Leeds Civic Hall, room 3", created_by=fay)
    gia = make_member(leeds, "gia@example.test", display_name="Gia Going", agency=make_agency())
    quinn = make_member(leeds, "quinn@example.test", display_name="Quinn Quiet",  # no reply
                        agency=make_agency())
    RSVP.objects.create(session=session, user=gia, answer="going")

    facilitator = browser.person("facilitator")
    facilitator.sign_in(fay.email, PASSWORD)
    page = facilitator.page
    facilitator.open(session.get_absolute_url())
    facilitator.check("session")
    facilitator.follow(page.get_by_role("link", name="Edit", exact=True))
    facilitator.check("session-edit")
    # The form shows what is there: the date as the browser's date field needs it (ISO).
    assert page.locator("#id_date").input_value() == day.isoformat()
    assert page.locator("#id_start_time").input_value() == "14:00"
    assert page.locator("#id_end_time").input_value() == "16:00"
    assert page.locator("#id_title").input_value() == "Case discussion"
    assert page.locator("#id_venue").input_value() == "Leeds Civic Hall, room 3"
    assert empty_required_fields(page) == []

    facilitator.tab_to(page.locator("#id_end_time")).fill("16:30")
    facilitator.follow(page.get_by_role("button", name="Save changes"))
    assert page.url.endswith(session.get_absolute_url()), page.url
    assert "14:00 to 16:30" in page.locator("main, body").first.inner_text()
    assert "1 person who is coming has been told" in page.content()
    facilitator.check("session-edited")
    session.refresh_from_db()
    assert session.ends_at == at(day, 16, 30) and session.starts_at == at(day, 14)

    # Gia, who is coming, is told once, with what changed; Quinn, who had not replied, not.
    told = mailbox.wait_for(gia.email, "Case discussion")
    settled_outbox()
    assert len(mailbox.to(gia.email)) == 1
    text = told["Subject"] + told.get_body(preferencelist=("plain",)).get_content()
    assert "16:30" in text and "was 14:00 to 16:00" in text, text
    assert mailbox.to(quinn.email) == []


def test_a_monthly_series_starts_on_the_chosen_first_date(browser, leeds, fay):
    from sessions_app.models import Session, SessionSeries

    first = next_weekday(3, after_days=8)  # a Thursday
    nth = (first.day - 1) // 7 + 1
    ordinal = {1: "first", 2: "second", 3: "third", 4: "fourth"}.get(nth, "last")
    facilitator = browser.person("facilitator")
    facilitator.sign_in(fay.email, PASSWORD)
    page = facilitator.page
    facilitator.open(f"/c/{leeds.slug}/sessions/new/")
    facilitator.check("schedule")
    facilitator.type_into(page.get_by_label("Title"), "Monthly case discussion")
    facilitator.tab_to(page.locator("#id_date")).fill(first.isoformat())
    facilitator.tab_to(page.locator("#id_start_time")).fill("14:00")
    facilitator.tab_to(page.locator("#id_end_time")).fill("16:00")
    facilitator.choose(page.locator("#id_repeat"),
                       "Every month, on a weekday (e.g. the second Tuesday)")

    # A weekday that is not the first date's is refused, saying why; nothing is created.
    facilitator.choose(page.locator("#id_weekday"), "Monday")
    facilitator.follow(page.get_by_role("button", name="Schedule"))
    assert not Session.objects.exists()
    assert "is a Thursday, not a Monday" in page.content()
    facilitator.check("schedule-mismatch")

    # Left to the first date, the day and which one in the month come from it.
    facilitator.choose(page.locator("#id_weekday"), "The same day as the first date")
    facilitator.follow(page.get_by_role("button", name="Schedule"))
    facilitator.check("first-session")
    series = SessionSeries.objects.get()
    dates = [timezone.localtime(s.starts_at, LONDON).date()
             for s in Session.objects.order_by("starts_at")]
    assert dates[0] == first, dates
    assert all(d.weekday() == 3 for d in dates), dates
    assert series.rule_text == f"monthly on the {ordinal} Thursday, 14:00 to 16:00"
    assert f"monthly on the {ordinal} Thursday" in page.content()
    assert page.url.endswith(Session.objects.order_by("starts_at").first().get_absolute_url())


def test_a_series_is_edited_and_only_those_coming_are_told_once(browser, mailbox, leeds, fay):
    from sessions_app import services
    from sessions_app.models import RSVP, Session, SessionStatus
    from sessions_app.recurrence import Repeat

    start = next_weekday(3, after_days=3)  # Thursdays
    series = services.series_create(
        actor=fay, membership=fay.memberships.get(), repeat=Repeat("weekly", "TH"),
        data={"title": "Weekly huddle", "date": start, "start_time": time(10),
              "end_time": time(11), "venue": "Room 1", "capacity": 2,
              "until": start + timedelta(weeks=4)})
    sessions = list(series.sessions.order_by("starts_at"))
    assert len(sessions) == 5
    ann = make_member(leeds, "ann@example.test", display_name="Ann Going", agency=make_agency())
    ben = make_member(leeds, "ben@example.test", display_name="Ben Going", agency=make_agency())
    cal = make_member(leeds, "cal@example.test", display_name="Cal Waiting", agency=make_agency())
    dee = make_member(leeds, "dee@example.test", display_name="Dee Maybe", agency=make_agency())
    eve = make_member(leeds, "eve@example.test", display_name="Eve Declined", agency=make_agency())
    quiet = [make_member(leeds, f"quiet{i}@example.test", display_name=f"Quiet Person {i}",
                         agency=make_agency()) for i in range(6)]
    for s in sessions[:3]:
        services.rsvp_set(actor=ann, session=s, answer="going")
    services.rsvp_set(actor=ben, session=sessions[1], answer="going")
    services.rsvp_set(actor=cal, session=sessions[1], answer="going")  # full: waiting
    services.rsvp_set(actor=dee, session=sessions[2], answer="maybe")
    services.rsvp_set(actor=eve, session=sessions[0], answer="not_going")
    assert RSVP.objects.get(user=cal).waitlisted

    # 1. The end time of this and all later sessions, through the session's edit form.
    facilitator = browser.person("facilitator")
    facilitator.sign_in(fay.email, PASSWORD)
    page = facilitator.page
    facilitator.open(sessions[0].get_absolute_url())
    facilitator.follow(page.get_by_role("link", name="Edit", exact=True))
    facilitator.check("session-edit")
    assert page.locator("#id_date").input_value() == start.isoformat()
    assert empty_required_fields(page) == []
    facilitator.tab_to(page.locator("#id_end_time")).fill("11:30")
    facilitator.pick(page.locator("input[name=scope]"), "future")
    facilitator.follow(page.get_by_role("button", name="Save changes"))
    facilitator.check("series-edited")
    content = page.content()
    assert "5 sessions updated" in content
    assert "3 people who are coming or on the waiting list have been told" in content, content
    assert "every week on Thursday, 10:00 to 11:30" in content  # the series' description
    ends = {timezone.localtime(s.ends_at, LONDON).time()
            for s in Session.objects.filter(series=series)}
    assert ends == {time(11, 30)}

    settled_outbox()
    for person in (ann, ben, cal):
        received = mailbox.to(person.email)
        assert len(received) == 1, (person.email, [m["Subject"] for m in received])
    ann_text = mailbox.to(ann.email)[0]["Subject"] + mailbox.to(ann.email)[0].get_body(
        preferencelist=("plain",)).get_content()
    assert "was 10:00 to 11:00" in ann_text and "11:30" in ann_text
    for s in sessions[:3]:  # Ann's email lists her three sessions
        assert f"{timezone.localtime(s.starts_at, LONDON).day}" in ann_text
    for person in (dee, eve, *quiet):
        assert mailbox.to(person.email) == [], person.email

    # 2. The series' rule, through its own pre-filled form: after the second session,
    # Fridays at 10:30.
    friday = timezone.localtime(sessions[1].starts_at, LONDON).date() + timedelta(days=1)
    facilitator.open(sessions[0].get_absolute_url())
    facilitator.follow(page.get_by_role("link", name="Edit the series"))
    facilitator.check("series-rule-edit")
    assert page.locator("#id_repeat").input_value() == "weekly"
    assert page.locator("#id_starts_on").input_value() == start.isoformat()
    assert page.locator("#id_start_time").input_value() == "10:00"
    assert page.locator("#id_end_time").input_value() == "11:30"
    assert page.locator("#id_until").input_value() == (start + timedelta(weeks=4)).isoformat()
    assert empty_required_fields(page) == []
    facilitator.tab_to(page.locator("#id_starts_on")).fill(friday.isoformat())
    facilitator.tab_to(page.locator("#id_start_time")).fill("10:30")
    facilitator.tab_to(page.locator("#id_end_time")).fill("12:00")
    facilitator.follow(page.get_by_role("button", name="Save changes"))
    facilitator.check("series-rule-edited")
    series.refresh_from_db()
    assert series.rule_text == "every week on Friday, 10:30 to 12:00"
    assert "every week on Friday, 10:30 to 12:00" in page.content()
    # Ann was coming to the third session (a Thursday, now not in the series): she is told.
    assert "1 person who is coming has been told" in page.content(), page.content()
    scheduled = [timezone.localtime(s.starts_at, LONDON) for s in
                 Session.objects.filter(status=SessionStatus.SCHEDULED).order_by("starts_at")]
    assert [d.date() for d in scheduled[:2]] == [
        timezone.localtime(s.starts_at, LONDON).date() for s in sessions[:2]]
    assert all(d.weekday() == 4 and d.time() == time(10, 30) for d in scheduled[2:])
    assert scheduled[2].date() == friday
    settled_outbox()
    assert len(mailbox.to(ann.email)) == 2
    assert len(mailbox.to(ben.email)) == 1 and len(mailbox.to(cal.email)) == 1
    for person in (dee, eve, *quiet):
        assert mailbox.to(person.email) == [], person.email


def test_who_is_coming_and_the_reply_near_the_top_on_a_phone(browser, leeds, fay):
    from sessions_app.models import RSVP

    session = make_session(leeds, days=10, title="Case discussion", capacity=2,
                           venue="Leeds Civic Hall, room 3", created_by=fay)
    session.agenda.create(position=1, title="Housing after hospital")
    now = timezone.now()
    people = {}
    for i, (key, name, waiting) in enumerate([("ann", "Ann Going", False),
                                               ("ben", "Ben Going", False),
                                               ("dee", "Dee Waiting", True),
                                               ("cal", "Cal Waiting", True)]):
        people[key] = make_member(leeds, f"{key}@example.test", display_name=name,
                                    agency=make_agency())
        RSVP.objects.create(session=session, user=people[key], answer="going",
                            waitlisted=waiting, asked_at=now - timedelta(hours=10 - i))
    RSVP.objects.create(session=session, answer="maybe",
                        user=make_member(leeds, "may@example.test", display_name="May Maybe",
                                         agency=make_agency()))

    # Cal, second on the waiting list, is not shown "Going" as if she had a place.
    cal = browser.person("waiting")
    cal.sign_in(people["cal"].email, PASSWORD)
    page = cal.page
    cal.open(session.get_absolute_url())
    cal.check("session-waiting")
    assert page.locator("button[value=going]").get_attribute("aria-pressed") == "false"
    assert "number 2 on the waiting list" in page.locator("#rsvp").inner_text()

    coming = page.locator("#coming")
    assert coming.get_by_role("heading", name=re.compile("Who is coming")).count() == 1
    going = coming.locator("[data-list=going] li").all_inner_texts()
    waiting = coming.locator("[data-list=waiting] li").all_inner_texts()
    assert [n.split(" (")[0].strip() for n in going] == ["Ann Going", "Ben Going"], going
    assert [n.split(" (")[0].strip() for n in waiting] == ["Dee Waiting", "Cal Waiting"]
    assert "May Maybe" not in coming.inner_text()

    # On a phone, "Are you coming?" is near the top: above the place and the agenda.
    page.set_viewport_size(PHONE)
    rsvp_top = page.locator("#rsvp").bounding_box()["y"]
    assert rsvp_top < page.locator("#where-heading").bounding_box()["y"]
    assert rsvp_top < page.locator("#agenda-heading").bounding_box()["y"]
    assert rsvp_top < PHONE["height"], rsvp_top

    # Going on a full session: Ann gives up her place; the first person waiting gets it.
    ann = browser.person("going")
    ann.sign_in(people["ann"].email, PASSWORD)
    ann.open(session.get_absolute_url())
    ann.press(ann.page.get_by_role("button", name="Not going"))
    ann.page.locator("button[value=not_going][aria-pressed=true]").wait_for()
    # The list beside it follows, without a reload.
    wait_until(lambda: [n.split(" (")[0].strip() for n in ann.page.locator(
        "#coming [data-list=going] li").all_inner_texts()] == ["Ben Going", "Dee Waiting"],
        timeout=10, message="the list of who is coming to follow the reply")
    ann.check("session-not-going")

    # The facilitator sees the same list.
    facilitator = browser.person("facilitator")
    facilitator.sign_in(fay.email, PASSWORD)
    facilitator.open(session.get_absolute_url())
    assert "Cal Waiting" in facilitator.page.locator("#coming").inner_text()
    facilitator.check("session-facilitator")


def test_a_follow_up_request_reaches_the_facilitators(browser, mailbox, leeds, fay):
    from sessions_app.models import Attendance, SessionStatus

    session = make_session(leeds, days=-2, title="Case discussion",
                           status=SessionStatus.COMPLETED, created_by=fay)
    max_ = make_member(leeds, "max@example.test", display_name="Max Member", agency=make_agency())
    Attendance.objects.create(session=session, user=max_, recorded_by=fay)

    member = browser.person("member")
    member.sign_in(max_.email, PASSWORD)
    page = member.page
    member.open(session.get_absolute_url())
    member.follow(page.get_by_role("link", name="Ask for a follow-up"))
    member.check("follow-up-form")
    member.type_into(page.get_by_label(re.compile("Anything you would like")),
                     "That case stayed with me.")
    member.follow(page.get_by_role("button", name=re.compile("^(Ask|Send)")))
    member.check("follow-up-asked")

    facilitator = browser.person("facilitator")
    facilitator.sign_in(fay.email, PASSWORD)
    page = facilitator.page
    facilitator.follow(page.get_by_role("link", name=re.compile("^Notifications")))
    facilitator.check("notifications")
    note = page.get_by_role("link", name=re.compile("follow-up", re.I)).first
    facilitator.follow(note)
    assert page.url.endswith(f"/c/{leeds.slug}/follow-ups/"), page.url
    assert "That case stayed with me." in page.content()
    facilitator.check("follow-ups")
    email = mailbox.wait_for(fay.email, "follow-up")
    # The email says that someone asked, not who or what: that stays behind the sign-in.
    text = email["Subject"] + email.get_body(preferencelist=("plain",)).get_content()
    assert "Max Member" not in text and "stayed with me" not in text
