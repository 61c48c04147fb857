"""A member reflects after a session they attended and takes their CPD record (learning/):
from "Waiting for you" to the form, the learning log, the CPD record, its PDF and the
session's certificate. From the keyboard, every page checked with Person.check (axe-core
WCAG 2.2 AA, CSP, no sideways scroll at 375 px, screenshots)."""

import re

import pytest

from learning.models import Reflection
from members.models import Role
from sessions_app.models import Attendance, SessionStatus
from tests.factories import PASSWORD, join, make_community, make_session, make_user
from tests.helpers import pdf_text

pytestmark = pytest.mark.browser


def test_a_member_reflects_and_downloads_their_cpd_record(browser):
    leeds = make_community(name="Leeds Multiple Disadvantage", slug="leeds")
    max_ = make_user("max@example.test", display_name="Max Member")
    fay = make_user("fay@example.test", display_name="Fay Facilitator")
    join(max_, leeds)
    join(fay, leeds, Role.FACILITATOR)
    session = make_session(leeds, days=-2, title="Case consultation: a hospital discharge",
                           status=SessionStatus.COMPLETED, hours=2)
    Attendance.objects.create(session=session, user=max_, recorded_by=fay)
    make_session(leeds, days=-60, title="An older session", status=SessionStatus.COMPLETED)

    member = browser.person("member")
    member.sign_in(max_.email, PASSWORD)
    page = member.page
    member.follow(page.get_by_role("link", name="Case consultation: a hospital discharge"))
    assert page.get_by_role("heading", name="Write a reflection").is_visible()
    member.check("reflection-form")
    member.follow(page.get_by_role("button", name="Save the reflection"))
    assert page.get_by_text("Enter what you learned.").first.is_visible()
    member.check("reflection-form-errors")
    member.type_into(page.get_by_label("What did you learn?"),
                     "A discharge needs a duty to refer before the day.")
    member.type_into(page.get_by_label("What will you do differently?"),
                     "Ask the ward for the referral a week ahead.")
    member.follow(page.get_by_role("button", name="Save the reflection"))
    assert page.get_by_role("heading", name="Your learning log").is_visible()
    assert page.get_by_text("A discharge needs a duty to refer").is_visible()
    member.check("learning-log")
    assert Reflection.objects.get(user=max_).session == session

    member.follow(page.get_by_role("link", name="Your CPD record"))
    assert page.get_by_text("Total hours: 2").first.is_visible()
    member.check("cpd-record")
    with page.expect_download() as download:
        member.press(page.get_by_role("link", name="Download as PDF"))
    text = pdf_text(open(download.value.path(), "rb").read())
    assert "Case consultation: a hospital discharge" in text and "An older session" not in text

    member.open(session.get_absolute_url())
    member.check("session-attended")
    with page.expect_download() as download:
        member.press(page.get_by_role("link", name=re.compile("attendance certificate")))
    assert "Max Member" in pdf_text(open(download.value.path(), "rb").read())
    member.open("/profile/")
    assert page.get_by_role("link", name="Your learning log").is_visible()
