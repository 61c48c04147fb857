"""Journeys that edit what exists through its pre-filled form, as people do: open the form,
find what is there already, change one thing, save, and find the change kept and the rest
untouched. The keyboard only, as in test_journeys.py; every page is checked with
Person.check, which also fails a field shown empty where it should hold a value."""

import re
from datetime import timedelta

import pytest

from members.models import Role
from tests.factories import (
    PASSWORD,
    join,
    make_agency,
    make_case,
    make_community,
    make_member,
    make_session,
    make_user,
)

pytestmark = pytest.mark.browser


def test_a_member_edits_their_profile(browser, leeds):
    from members.models import User

    agency = make_agency(name="St Anne's Community Services")
    make_agency(name="Leeds Housing Options")
    sam = make_user("sam@example.test", display_name="Sam Support Worker",
                    job_title="Outreach worker", agency=agency)
    join(sam, leeds, Role.MEMBER)

    member = browser.person("member")
    member.sign_in(sam.email, PASSWORD)
    page = member.page
    member.follow(page.get_by_role("link", name="Sam Support Worker"))
    member.check("profile", editing=True)
    assert page.get_by_label("Display name").input_value() == "Sam Support Worker"
    assert page.get_by_label("Job title").input_value() == "Outreach worker"
    assert page.get_by_label("Agency", exact=True).evaluate(
        "el => el.selectedOptions[0].text") == agency.name

    member.type_into(page.get_by_label("Display name"), "Sam Okafor")
    member.type_into(page.get_by_label("Job title"), "Senior outreach worker")
    member.follow(page.get_by_role("button", name="Save changes"))
    assert "Your profile has been saved." in page.content()
    member.check("profile-saved", editing=True)
    assert page.get_by_label("Display name").input_value() == "Sam Okafor"
    assert page.get_by_role("link", name="Sam Okafor").count() == 1  # the navigation too
    sam = User.objects.get(pk=sam.pk)
    assert (sam.display_name, sam.job_title, sam.agency) == (
        "Sam Okafor", "Senior outreach worker", agency)  # the agency, untouched, is kept


def test_a_member_updates_a_barrier_they_recorded(browser, leeds):
    from casework.models import Barrier, BarrierCategory, Overcome, ServiceType

    max_ = make_member(leeds, "max@example.test", display_name="Max Member", agency=make_agency())
    case = make_case(leeds, max_, title="Evicted after a hospital stay")
    barrier = Barrier.objects.create(
        case=case, recorded_by=max_, service_type=ServiceType.HOUSING,
        category=BarrierCategory.LOCAL_CONNECTION,
        description="Housing options said she has no local connection to Leeds.")

    author = browser.person("author")
    author.sign_in(max_.email, PASSWORD)
    page = author.page
    author.follow(page.get_by_role("link", name=leeds.name))
    author.follow(page.get_by_role("link", name="Cases", exact=True))
    author.follow(page.get_by_role("link", name=case.title))
    author.check("case")
    author.follow(page.get_by_role("link", name="Update this barrier"))
    author.check("barrier-edit")  # a path with /edit/: required fields must be filled
    assert page.get_by_label("Type of service").input_value() == ServiceType.HOUSING
    assert page.get_by_label("What kind of barrier").input_value() == (
        BarrierCategory.LOCAL_CONNECTION)
    assert page.get_by_label("What happened").input_value() == barrier.description
    assert page.get_by_label("Was it overcome?").input_value() == Overcome.UNKNOWN

    author.choose(page.get_by_label("Was it overcome?"), "Partly")
    author.type_into(page.get_by_label("How it was overcome (if it was)"),
                     "A duty-to-refer letter from the hospital's housing link worker.")
    author.follow(page.get_by_role("button", name="Save"))
    assert "The barrier is updated." in page.content()
    author.check("case-barrier-updated")
    barriers = page.locator("#barriers")
    assert "duty-to-refer" in barriers.inner_text() or "Partly" in barriers.inner_text()
    barrier.refresh_from_db()
    assert (barrier.service_type, barrier.category, barrier.overcome) == (
        ServiceType.HOUSING, BarrierCategory.LOCAL_CONNECTION, Overcome.PARTLY)
    assert barrier.description.startswith("Housing options said")
    assert barrier.how_overcome.startswith("A duty-to-refer letter")


def test_a_member_changes_a_notification_setting_they_saved_before(browser, leeds):
    from members.models import EmailFrequency, NotificationKind, NotificationSetting
    from members.selectors import notification_settings_for

    nia = make_member(leeds, "nia@example.test", display_name="Nia Navigator", agency=make_agency())
    # Saved earlier: no emails about new cases; everything else as its default says.
    NotificationSetting.objects.create(user=nia, kind=NotificationKind.NEW_CASE, in_app=True,
                                       email_frequency=EmailFrequency.OFF)

    member = browser.person("member")
    member.sign_in(nia.email, PASSWORD)
    page = member.page
    member.follow(page.get_by_role("link", name="Nia Navigator"))
    member.follow(page.get_by_role("link", name="Notification settings"))
    member.check("notification-settings", editing=True)
    new_case = page.get_by_role("group", name=NotificationKind.NEW_CASE.label)
    assert new_case.get_by_label("By email").input_value() == EmailFrequency.OFF
    assert new_case.get_by_label("Show in the app").is_checked()
    comments = page.get_by_role("group", name=NotificationKind.NEW_COMMENT.label)
    assert comments.get_by_label("By email").input_value() == EmailFrequency.DAILY

    comments.get_by_label("By email").select_option(EmailFrequency.WEEKLY)
    member.follow(page.get_by_role("button", name="Save settings"))
    assert "Your notification settings have been saved." in page.content()
    member.check("notification-settings-saved", editing=True)
    assert comments.get_by_label("By email").input_value() == EmailFrequency.WEEKLY
    assert new_case.get_by_label("By email").input_value() == EmailFrequency.OFF  # kept
    settings = notification_settings_for(nia)
    assert settings[NotificationKind.NEW_COMMENT] == (True, EmailFrequency.WEEKLY)
    assert settings[NotificationKind.NEW_CASE] == (True, EmailFrequency.OFF)
    assert settings[NotificationKind.SESSION_CHANGE] == (True, EmailFrequency.IMMEDIATELY)


def test_a_facilitator_edits_an_agenda_item(browser, leeds):
    from django.utils import timezone

    from sessions_app.models import AgendaItem

    fay = make_member(leeds, "fay@example.test", role=Role.FACILITATOR,
                      display_name="Fay Facilitator", agency=make_agency())
    max_ = make_member(leeds, "max@example.test", display_name="Max Member", agency=make_agency())
    case = make_case(leeds, max_, title="Evicted after a hospital stay", for_discussion=True)
    session = make_session(leeds, title="April case discussion", starts_in=timedelta(days=9),
                           hours=1, created_by=fay, times_set_at=timezone.now())
    item = AgendaItem.objects.create(session=session, title="Elizabeth's housing", minutes=20,
                                     presenter=max_, case=case, position=1)

    facilitator = browser.person("facilitator")
    facilitator.sign_in(fay.email, PASSWORD)
    page = facilitator.page
    facilitator.open(session.get_absolute_url())
    facilitator.check("session")
    facilitator.follow(page.get_by_role("link", name="Edit Elizabeth's housing"))
    facilitator.check("agenda-edit", editing=True)
    assert page.get_by_label("Title").input_value() == "Elizabeth's housing"
    assert page.get_by_label("Minutes allotted").input_value() == "20"
    assert page.get_by_label("Presenter").evaluate(
        "el => el.selectedOptions[0].text").startswith("Max Member")
    assert page.get_by_label("Case to discuss (optional)").input_value() == str(case.pk)

    facilitator.type_into(page.get_by_label("Minutes allotted"), "30")
    facilitator.follow(page.get_by_role("button", name="Save"))
    assert "The agenda is updated." in page.content()
    facilitator.check("agenda-saved")
    item.refresh_from_db()
    assert (item.title, item.minutes, item.presenter, item.case) == (
        "Elizabeth's housing", 30, max_, case)


def test_an_evaluator_edits_a_study_and_a_surveys_settings(browser, leeds):
    from django.utils import timezone

    from evaluation.models import SurveyKind
    from tests.factories import make_study, make_survey

    bristol = make_community(name="Bristol Outreach", slug="bristol")
    eve = make_user("eve@example.test", display_name="Eve Evaluator", is_evaluator=True)
    study = make_study(leeds, name="Communities of Practice evaluation 2026-27",
                       description="Does peer support help?")
    closes = (timezone.now() + timedelta(days=30)).replace(second=0, microsecond=0)
    survey = make_survey(study, title="Baseline wellbeing", kind=SurveyKind.WAVE,
                         wave="baseline", closes_at=closes, reminder_after_days=7,
                         reminder_count=1)

    evaluator = browser.person("evaluator")
    evaluator.sign_in(eve.email, PASSWORD)
    page = evaluator.page
    evaluator.follow(page.get_by_role("link", name="Evaluation", exact=True))
    evaluator.follow(page.get_by_role("link", name=study.name).first)
    evaluator.follow(page.get_by_role("button", name="Edit the study"))
    evaluator.check("study-edit")
    assert page.get_by_label("Name").input_value() == study.name
    assert page.get_by_label("Leeds Multiple Disadvantage").is_checked()
    evaluator.press(page.get_by_label(bristol.name), "Space")
    evaluator.follow(page.get_by_role("button", name=re.compile("^Save")))
    evaluator.check("study-saved")
    assert set(study.communities.all()) == {leeds, bristol}
    study.refresh_from_db()
    assert study.description == "Does peer support help?"

    evaluator.follow(page.get_by_role("link", name=survey.title).first)
    evaluator.follow(page.get_by_role("link", name="Edit settings"))
    evaluator.check("survey-settings")  # the date and time inputs must show their values
    assert page.get_by_label("Title").input_value() == "Baseline wellbeing"
    assert page.get_by_label("Wave label").input_value() == "baseline"
    assert page.get_by_label("Closes").input_value() == (
        f"{timezone.localtime(closes):%Y-%m-%dT%H:%M}")
    assert page.get_by_label("Number of reminders").input_value() == "1"
    evaluator.type_into(page.get_by_label("Number of reminders"), "2")
    evaluator.follow(page.get_by_role("button", name=re.compile("^Save")))
    assert "The settings are saved." in page.content()
    evaluator.check("survey-saved")
    survey.refresh_from_db()
    assert (survey.title, survey.wave, survey.closes_at, survey.reminder_count) == (
        "Baseline wellbeing", "baseline", closes, 2)


def test_a_site_admin_sends_a_failed_email_again(browser):
    from cop.outbox.models import DeliveryStatus, OutboxMessage

    ada = make_user("ada@example.test", display_name="Ada Admin", is_staff=True,
                    is_superuser=True)
    failed = OutboxMessage.objects.create(kind="members.invitation", object_id=4242,
                                          status=DeliveryStatus.FAILED, attempts=8,
                                          last_error="SMTPDataError: 554 rejected")
    admin = browser.person("admin")
    admin.sign_in(ada.email, PASSWORD)
    page = admin.page
    admin.follow(page.get_by_role("link", name="Audit"))
    admin.follow(page.get_by_role("link", name="Deliveries"))
    admin.check("deliveries")
    assert "SMTPDataError: 554 rejected" in page.content()
    admin.follow(page.get_by_role("button", name=f"Send again outbox message {failed.pk}"))
    assert "1 will be tried again within a minute." in page.content()
    admin.check("deliveries-sent-again")
    failed.refresh_from_db()
    assert failed.status == DeliveryStatus.PENDING
