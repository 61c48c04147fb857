"""The five journeys of issue 7, each from sign-in to result, through the interface only and
from the keyboard (Tab to each control, focus visible, Enter), against the product started as
`make run` starts it (tests/browser/conftest.py: web server, Celery worker and beat).
Every page reached is checked with Person.check (axe-core WCAG 2.2 AA, CSP, 375 px width,
screenshots under test-artifacts/browser/<test>/)."""


import re

import pytest

from members.models import (
    EmailFrequency,
    Membership,
    NotificationKind,
    NotificationSetting,
    Role,
    User,
)
from tests.factories import PASSWORD, join, make_agency, make_community, make_member, make_user

from .helpers import link_in

pytestmark = pytest.mark.browser

NEW_PASSWORD = "kettle-on-the-third-floor"


def test_1_facilitator_invites_two_people_and_one_joins(browser, mailbox, leeds, fay):
    facilitator = browser.person("facilitator")
    facilitator.sign_in(fay.email, PASSWORD)
    page = facilitator.page
    facilitator.check("my-communities")
    facilitator.follow(page.get_by_role("link", name=leeds.name))
    facilitator.check("community-home")
    facilitator.follow(page.get_by_role("link", name="Invite", exact=True))
    facilitator.check("invite")
    facilitator.type_into(page.get_by_label("Email addresses"),
                          "sam.new@example.test, priya.new@example.test")
    facilitator.follow(page.get_by_role("button", name="Send invitations"))
    facilitator.check("invited")
    assert "sam.new@example.test" in page.content()

    # The worker sends both emails; Sam accepts from the link.
    invitation = mailbox.wait_for("sam.new@example.test", "/invitations/")
    mailbox.wait_for("priya.new@example.test", "/invitations/")
    link = link_in(invitation, r"https?://\S+/invitations/\S+")
    sam = browser.person("invitee")
    sam.open(link)
    page = sam.page
    sam.check("accept-invitation")
    sam.type_into(page.get_by_label("Display name"), "Sam Support Worker")
    sam.type_into(page.get_by_label("Choose a password"), NEW_PASSWORD)
    sam.type_into(page.get_by_label("Type the password again"), NEW_PASSWORD)
    sam.follow(page.get_by_role("button", name="Create account and join"))
    assert page.url.rstrip("/").endswith(f"/c/{leeds.slug}"), page.url
    assert page.get_by_role("heading", level=1).first.inner_text().strip() == leeds.name
    sam.check("community-home")

    user = User.objects.get(email="sam.new@example.test")
    assert user.check_password(NEW_PASSWORD)
    assert Membership.objects.filter(user=user, community=leeds, role=Role.MEMBER).exists()
    assert not User.objects.filter(email="priya.new@example.test").exists()


# Made-up identifiers: 943 476 5919 passes the NHS number's mod-11 check.
SITUATION = ("Elizabeth, not her real name, was seen at the drop-in with her sister Margaret "
             "Okoye. Her NHS number 943 476 5919 is on the hospital letter she brought.")


def test_2_a_case_passes_the_publishing_gate_and_gets_a_live_comment(browser, mailbox, leeds,
                                                                    fay):
    from casework.models import AnonymisationOverride, CaseStatus, CaseStudy

    max_ = make_member(leeds, "max@example.test", display_name="Max Member", agency=make_agency())
    # Max hears of comments on his cases straight away (the default is the daily digest).
    NotificationSetting.objects.create(user=max_, kind=NotificationKind.NEW_COMMENT,
                                       email_frequency=EmailFrequency.IMMEDIATELY)
    nia = make_member(leeds, "nia@example.test", display_name="Nia Navigator", agency=make_agency())

    author = browser.person("author")
    author.sign_in(max_.email, PASSWORD)
    page = author.page
    author.follow(page.get_by_role("link", name=leeds.name))
    author.follow(page.get_by_role("link", name="Cases", exact=True))
    author.check("cases")
    author.follow(page.get_by_role("button", name="Bring a case"))
    author.check("case-form")
    author.type_into(page.get_by_label("Pseudonym"), "Elizabeth")
    author.press(page.get_by_label("I confirm the pseudonym"), "Space")
    author.type_into(page.get_by_label("Title"), "Evicted after a hospital stay")
    author.type_into(page.get_by_label("Presenting situation"), SITUATION)
    author.type_into(page.get_by_label("Question for the group"),
                     "Who can help her get housing before she is discharged again?")
    author.follow(page.get_by_role("button", name="Save draft"))

    # The gate highlights both identifiers.
    marks = page.locator("mark.finding")
    assert sorted(marks.all_inner_texts()) == sorted(
        ["Margaret Okoye [person's name]", "943 476 5919 [NHS number]"]), marks.all_inner_texts()
    author.check("publishing-gate")

    # Fix the name in the draft...
    author.follow(page.get_by_role("link", name="edit the draft"))
    author.check("case-edit")
    author.type_into(page.get_by_label("Presenting situation"),
                     SITUATION.replace(" with her sister Margaret Okoye", ""))
    author.press(page.get_by_label("I confirm the pseudonym"), "Space")  # asked each time
    author.follow(page.get_by_role("button", name="Save changes"))
    author.follow(page.get_by_role("link", name="Check and publish it"))
    assert page.locator("mark.finding").all_inner_texts() == ["943 476 5919 [NHS number]"]
    author.check("publishing-gate-again")
    # ...and keep the number with a reason.
    author.type_into(page.get_by_label(re.compile("why is “943 476 5919”", re.I)),
                     "Made up for the training example; not a real number.")
    author.follow(page.get_by_role("button", name="Publish with these reasons"))
    assert "Your case is published" in page.content()
    author.check("case-published")
    case = CaseStudy.objects.get()
    assert case.status == CaseStatus.PUBLISHED
    assert "Okoye" not in case.presenting_situation
    assert AnonymisationOverride.objects.get().flagged_text == "943 476 5919"

    # A second member comments; the comment appears without a page reload.
    commenter = browser.person("commenter")
    commenter.sign_in(nia.email, PASSWORD)
    page = commenter.page
    commenter.follow(page.get_by_role("link", name=leeds.name))
    commenter.follow(page.get_by_role("link", name="Cases", exact=True))
    commenter.follow(page.get_by_role("link", name="Evicted after a hospital stay"))
    commenter.check("case")
    page.evaluate("() => { window.stillTheSamePage = true; }")
    commenter.type_into(page.get_by_label("Your comment"),
                        "Ask the hospital's housing link worker for a duty-to-refer.")
    commenter.press(page.get_by_role("button", name="Post comment"))
    page.locator("#comments").get_by_text("duty-to-refer").wait_for()
    assert page.evaluate("() => window.stillTheSamePage === true"), "the page was reloaded"
    assert page.locator("#comment-status").text_content() == "Your comment is posted."
    commenter.check("case-commented")

    # The author is notified: in the app, and by email through the worker.
    page = author.page
    author.follow(page.get_by_role("link", name=re.compile("^Notifications")))
    author.check("notifications")
    assert "Nia Navigator" in page.content()
    assert "Evicted after a hospital stay" in page.content()
    mailbox.wait_for(max_.email, "Evicted after a hospital stay")


def test_5_a_member_of_another_community_gets_the_not_found_page(browser, leeds, fay):
    from tests.factories import make_case

    case = make_case(leeds, fay, title="Discharged with nowhere to go")
    bristol = make_community(name="Bristol Outreach", slug="bristol")
    olly = make_user("olly@example.test", display_name="Olly Outsider")
    join(olly, bristol, Role.MEMBER)

    outsider = browser.person("outsider")
    outsider.sign_in(olly.email, PASSWORD)
    outsider.check("my-communities")
    response = outsider.open(f"/c/{leeds.slug}/cases/{case.pk}/")
    assert response.status == 404
    page = outsider.page
    assert page.get_by_role("heading", level=1).inner_text() == "Page not found"
    assert case.title not in page.content() and leeds.name not in page.content()
    outsider.check("not-found")
    # The page offers a way on, from the keyboard.
    outsider.tab_to(page.get_by_role("link").first)


ORDINAL_LABELS = {1: "first", 2: "second", 3: "third", 4: "fourth", -1: "last"}


def first_session_start():
    """When the series' first session starts: 24 hours and 30 to 90 seconds from now, on a
    whole minute, computed just before the facilitator fills in the form. The session is
    then arranged (times_set_at, now) before its 24-hour reminder falls due, as a session
    arranged days ahead would be; the reminder falls due while the journey runs, and beat's
    next sweep (every minute) has the worker send it. Arranged less than 24 hours ahead, the
    24-hour reminder would be skipped as arranged late (sessions_app/reminders.py)."""
    from datetime import timedelta
    from zoneinfo import ZoneInfo

    from django.utils import timezone

    start = timezone.now().astimezone(ZoneInfo("Europe/London")) + timedelta(hours=24,
                                                                            seconds=90)
    return start.replace(second=0, microsecond=0)


def test_3_a_monthly_series_an_rsvp_the_ics_and_the_24_hour_reminder(browser, mailbox, leeds,
                                                                     fay):
    from datetime import UTC, timedelta

    from sessions_app.models import Reminder, ReminderStatus, Session
    from tests.factories import make_case

    max_ = make_member(leeds, "max@example.test", display_name="Max Member", agency=make_agency())
    case = make_case(leeds, max_, title="Evicted after a hospital stay", for_discussion=True)
    facilitator = browser.person("facilitator")
    facilitator.sign_in(fay.email, PASSWORD)
    page = facilitator.page
    facilitator.follow(page.get_by_role("link", name=leeds.name))
    facilitator.follow(page.get_by_role("link", name="Sessions", exact=True))
    facilitator.check("sessions")
    facilitator.follow(page.get_by_role("button", name="Schedule a session"))
    facilitator.check("schedule")
    start = first_session_start()
    ordinal = (start.day - 1) // 7 + 1
    ordinal = -1 if ordinal == 5 else ordinal
    facilitator.type_into(page.get_by_label("Title"), "Monthly case discussion")
    # Date and time inputs: reached with Tab, their value set as a keyboard user's typing
    # would (the typed digits' order depends on the browser's locale).
    facilitator.tab_to(page.locator("#id_date")).fill(start.date().isoformat())
    facilitator.tab_to(page.locator("#id_start_time")).fill(f"{start:%H:%M}")
    facilitator.tab_to(page.locator("#id_end_time")).fill(
        f"{start + timedelta(minutes=90):%H:%M}" if start.hour < 22 else "23:59")
    facilitator.type_into(page.locator("#id_venue"), "Leeds Civic Hall, room 3")
    facilitator.choose(page.locator("#id_repeat"), "Every month, on a weekday (e.g. the "
                                                     "second Tuesday)")
    facilitator.choose(page.locator("#id_weekday"), f"{start:%A}")
    facilitator.choose(page.locator("#id_ordinal"), ORDINAL_LABELS[ordinal])
    facilitator.check("schedule-filled")
    facilitator.follow(page.get_by_role("button", name=re.compile("^(Schedule|Save|Create)")))
    facilitator.check("first-session")
    sessions = Session.objects.order_by("starts_at")
    assert sessions.count() > 1 and sessions.first().starts_at == start, list(sessions)
    assert all(s.series_id == sessions.first().series_id for s in sessions)
    first = sessions.first()
    assert page.url.endswith(first.get_absolute_url()), page.url

    facilitator.follow(page.get_by_role("button", name="Add an agenda item"))
    facilitator.check("agenda-add")
    facilitator.type_into(page.get_by_label("Title"), "Elizabeth's housing")
    facilitator.choose(page.get_by_label("Case to discuss (optional)"),
                       f"{case.title} (marked for discussion)")
    facilitator.follow(page.get_by_role("button", name=re.compile("^(Add|Save)")))
    facilitator.check("agenda")
    assert page.locator("#agenda, [aria-labelledby=agenda-heading]").first.get_by_role(
        "link", name=case.title).count() == 1

    # A member answers "going" and takes the .ics.
    member = browser.person("member")
    member.sign_in(max_.email, PASSWORD)
    page = member.page
    member.open(first.get_absolute_url())
    member.check("session")
    member.press(page.get_by_role("button", name="Going"))
    page.locator("button[value=going][aria-pressed=true]").wait_for()
    member.check("session-going")
    member.tab_to(page.get_by_role("link", name="Add to my calendar (.ics)"))
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    ics = open(download.value.path(), encoding="utf-8").read()
    assert "BEGIN:VCALENDAR" in ics and "Monthly case discussion" in ics
    assert f"{start:%Y%m%dT%H%M}" in ics or f"{start.astimezone(UTC):%Y%m%dT%H%M}" in ics

    # The 24-hour reminder: materialised and sent by the worker on beat's sweep.
    reminder = mailbox.wait_for(max_.email, "Reminder: Monthly case discussion", timeout=240)
    assert reminder["Message-ID"].startswith("<reminder-")
    sent = Reminder.objects.get(user=max_, session=first, kind="session-1440")
    assert sent.status == ReminderStatus.SENT


def test_4_after_a_session_the_member_answers_the_survey_and_the_evaluator_exports_it(
        browser, mailbox, leeds, fay):
    """The session ended an hour ago; the service beat runs every five minutes marks it
    completed (called here rather than waiting for beat's next five-minute slot). The
    facilitator then takes the register, beat's survey sweep (every minute) invites the
    attendee, who answers from the emailed link; the evaluator sees the response counted
    but suppressed, and downloads the XLSX export after confirming their password."""
    import io
    from datetime import timedelta

    import openpyxl
    from django.utils import timezone

    from evaluation.models import Response, SurveyInvitation, SurveyKind, SurveyStatus
    from evaluation.services import survey_create_from_template
    from sessions_app.models import RSVP, Session, SessionStatus
    from sessions_app.services import sessions_complete_ended
    from tests.factories import make_study

    from .helpers import DESKTOP, PHONE

    max_ = make_member(leeds, "max@example.test", display_name="Max Member", agency=make_agency())
    eve = make_user("eve@example.test", display_name="Eve Evaluator", is_evaluator=True)
    now = timezone.now()
    study = make_study(leeds, name="Communities of Practice evaluation 2026-27")
    survey = survey_create_from_template(actor=eve, study=study, template_key="post-session",
                                         kind=SurveyKind.POST_SESSION)
    survey.status, survey.opens_at = SurveyStatus.OPEN, now - timedelta(days=7)
    survey.closes_at = now + timedelta(days=60)
    survey.save(update_fields=["status", "opens_at", "closes_at"])
    session = Session.objects.create(community=leeds, title="March case discussion",
                                     starts_at=now - timedelta(hours=3),
                                     ends_at=now - timedelta(hours=1), created_by=fay,
                                     times_set_at=now - timedelta(days=30))
    RSVP.objects.create(session=session, user=max_, answer="going")
    assert sessions_complete_ended() == 1
    session.refresh_from_db()
    assert session.status == SessionStatus.COMPLETED
    assert not SurveyInvitation.objects.exists()  # nobody is recorded as attending yet

    # The facilitator takes the register.
    facilitator = browser.person("facilitator")
    facilitator.sign_in(fay.email, PASSWORD)
    page = facilitator.page
    facilitator.open(session.get_absolute_url())
    facilitator.check("held-session")
    facilitator.follow(page.get_by_role("link", name="Register and notes"))
    facilitator.check("register")
    facilitator.press(page.get_by_label(re.compile("^Max Member")), "Space")
    facilitator.follow(page.get_by_role("button", name="Save"))
    facilitator.check("register-saved")

    # Beat's survey sweep invites Max; the worker emails the single-use link.
    email = mailbox.wait_for(max_.email, "/s/", timeout=150)
    link = link_in(email, r"https?://\S+/s/\S+/")
    member = browser.person("member")
    member.open(link)
    page = member.page
    member.check("survey")
    member.pick(page.locator("input[name=q_ps_useful]"), "8")
    member.pick(page.locator("input[name=q_ps_heard]"), "4")
    member.type_into(page.locator("textarea").first, "Ideas for the duty-to-refer letter.")
    member.follow(page.get_by_role("button", name="Send your answers"))
    # The questions left empty are named first; sent blank when asked again.
    member.check("blanks-named")
    member.follow(page.get_by_role("button", name="Send with these left blank"))
    member.check("thanks")
    assert "/surveys/thanks/" in page.url
    response = Response.objects.get()
    assert response.respondent_code and response.session_id == session.pk
    assert SurveyInvitation.objects.get().answered
    # The link worked once.
    member.open(link)
    assert "already" in page.content().lower()

    # The evaluator sees it counted, but not shown (fewer than 5), and exports it.
    evaluator = browser.person("evaluator")
    evaluator.sign_in(eve.email, PASSWORD)
    page = evaluator.page
    evaluator.follow(page.get_by_role("link", name="Evaluation", exact=True))
    evaluator.check("studies")
    evaluator.follow(page.get_by_role("link", name=study.name).first)
    evaluator.follow(page.get_by_role("link", name=survey.title).first)
    evaluator.check("survey")
    evaluator.follow(page.get_by_role("button", name="Results", exact=True))
    evaluator.check("results")
    headline = page.locator(".results-headline").inner_text()
    assert "Invitations sent\n1" in headline or re.search(r"Invitations sent\s+1", headline)
    assert re.search(r"fewer than 5", headline, re.I), headline
    # On a phone the tables of responses keep every number in sight, the rate too.
    page.set_viewport_size(PHONE)
    try:
        tables = page.locator("table").filter(has_text="Response rate").all()
        assert len(tables) == 2  # by community, by session
        for table in tables:
            rate = table.locator("tbody td").last
            assert rate.inner_text().strip() == "not shown"
            box = rate.bounding_box()
            assert rate.is_visible() and box["x"] + box["width"] <= 375, box
            assert table.bounding_box()["width"] <= 375
    finally:
        page.set_viewport_size(DESKTOP)
    evaluator.follow(page.get_by_role("button", name=re.compile("^Export")).first)
    evaluator.check("export")
    evaluator.pick(page.locator("input[name=format]"), "xlsx")
    evaluator.follow(page.get_by_role("button", name="Export"))
    # Exporting asks for the password again, then goes on with the export.
    assert "reauthenticate" in page.url, page.url
    evaluator.check("confirm-password")
    evaluator.type_into(page.get_by_label("Password", exact=True), PASSWORD)
    evaluator.tab_to(page.get_by_role("button", name=re.compile("^Confirm")))
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    book = openpyxl.load_workbook(io.BytesIO(open(download.value.path(), "rb").read()),
                                  read_only=True)
    assert book.sheetnames[:2] == ["data", "codebook"]
    rows = list(book["data"].iter_rows(values_only=True))
    header, data = rows[0], rows[1:]
    assert header[:2] == ("respondent_code", "community") and "ps_useful" in header
    assert len(data) == 1
    row = dict(zip(header, data[0], strict=False))  # trailing empty cells are not stored
    assert row["respondent_code"] == response.respondent_code
    assert str(row["ps_useful"]) == "8" and str(row["ps_heard"]) == "4"
    assert row["session"] in (session.pk, str(session.pk))
    variables = [r[0] for r in book["codebook"].iter_rows(min_row=2, values_only=True)]
    assert variables == list(header)
    assert max_.email not in str(rows) and "Max Member" not in str(rows)
