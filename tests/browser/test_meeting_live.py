"""The live view of a meeting on a member's phone (issue 19): axe-clean at 375 px, and it
follows the facilitator without a reload, the stage change said once in its live region.
(The whole journey, with a case consultation run to its summary, is written elsewhere.)"""

from datetime import timedelta

import pytest

from tests.factories import PASSWORD, make_agency, make_member, make_session

pytestmark = pytest.mark.browser


def test_a_member_follows_the_meeting_live_on_a_phone(browser, leeds, fay):
    from meetings.formats import Format
    from meetings.models import ItemPlan
    from sessions_app.models import AgendaItem

    session = make_session(leeds, starts_in=timedelta(minutes=-5), title="March meeting")
    item = AgendaItem.objects.create(session=session, position=1, title="A stuck case")
    ItemPlan.objects.create(item=item, format=Format.CASE_CONSULTATION)
    mo = make_member(leeds, "mo@example.test", display_name="Mo Member", agency=make_agency())

    facilitator = browser.person("facilitator")
    facilitator.sign_in(fay.email, PASSWORD)
    facilitator.open(session.get_absolute_url())
    facilitator.follow(facilitator.page.get_by_role("button", name="Run the meeting"))
    facilitator.check("run-not-started")
    facilitator.follow(facilitator.page.get_by_role("button", name="Start the meeting"))
    facilitator.check("run-started")

    member = browser.person("member")
    member.sign_in(mo.email, PASSWORD)
    member.open(session.get_absolute_url())
    member.follow(member.page.get_by_role("button", name="Follow live"))
    page = member.page
    assert "Presentation" in page.locator("#live-state").inner_text()
    member.check("live-view")

    facilitator.press(facilitator.page.get_by_role("button", name="Next"))
    # Without a reload (how fast is `make bench`'s to measure); the live region says it.
    page.wait_for_function("() => document.querySelector('#live-state')"
                           ".innerText.includes('Clarifying questions')", timeout=10_000)
    page.wait_for_function("() => document.querySelector('#live-announce')"
                           ".innerText.includes('Clarifying questions')", timeout=5_000)
    member.follow(page.get_by_role("button", name="Mark me as here"))
    assert "a facilitator will confirm it" in page.content()
    member.check("live-view-claimed")
