"""A facilitator turns a barrier met at a service into an escalation, records the response,
and downloads the system barriers brief with an example picked; a member then sees the
escalation from the barriers page. From the keyboard, against the product as `make run`
starts it, every page checked by Person.check (axe-core, CSP, 375 px, screenshots)."""

import pytest

from tests.factories import PASSWORD, make_barrier, make_case, make_service
from tests.helpers import pdf_text

pytestmark = pytest.mark.browser


def test_a_facilitator_escalates_a_barrier_and_downloads_the_brief(browser, leeds, fay, max_):
    from casework.models import Escalation

    options = make_service(leeds, name="Leeds Housing Options")
    case = make_case(leeds, max_, title="Evicted after a hospital stay")
    barrier = make_barrier(case, recorded_by=max_, service=options,
                           category="local_connection",
                           description="Told she has no local connection to Leeds.",
                           overcome="partly",
                           how_overcome="A letter from the refuge about why she moved.")

    facilitator = browser.person("facilitator")
    facilitator.sign_in(fay.email, PASSWORD)
    page = facilitator.page
    facilitator.open(case.get_absolute_url())
    assert "Housing · Leeds Housing Options" in page.locator("#barriers").inner_text()
    facilitator.follow(page.get_by_role("link", name="Raise as an escalation"))
    facilitator.check("escalation-new")
    assert page.get_by_label("What the barrier is").input_value() == (
        "Local connection rule: Leeds Housing Options")
    facilitator.type_into(page.get_by_label("Who it was raised with"),
                          "The housing commissioner")
    facilitator.type_into(page.get_by_label("The evidence sent"),
                          "Counts from our barriers page and an anonymised example.")
    facilitator.follow(page.get_by_role("button", name="Save", exact=True))
    escalation = Escalation.objects.get()
    assert list(escalation.barriers.all()) == [barrier]
    facilitator.check("escalation-detail")

    facilitator.follow(page.get_by_role("link", name="Update the response or status"))
    facilitator.check("escalation-edit")  # a path with /edit/: what is there is shown
    facilitator.type_into(page.get_by_label("Their response"),
                          "The council will review its local connection policy.")
    facilitator.choose(page.get_by_label("Status"), "Responded")
    facilitator.follow(page.get_by_role("button", name="Save", exact=True))
    assert "The council will review its local connection policy." in page.content()

    facilitator.open("/c/leeds/escalations/")
    facilitator.check("escalations")
    assert page.get_by_role("link", name=escalation.title).is_visible()

    facilitator.open("/c/leeds/barriers/")
    facilitator.follow(page.get_by_role("link", name="Make the system barriers brief (PDF)"))
    facilitator.check("brief-form")
    example = page.get_by_label("A letter from the refuge about why she moved.")
    facilitator.press(example, "Space")
    assert example.is_checked()
    facilitator.check("brief-picked")
    download_button = page.get_by_role("button", name="Download the brief (PDF)")
    facilitator.tab_to(download_button)
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    pdf = download.value.path().read_bytes()
    text = pdf_text(pdf)
    assert "System barriers brief" in text
    assert "A letter from the refuge about why she moved." in text
    assert "Told she has no local connection" not in text  # not picked
    assert "fewer than 5" in text
    assert "The council will review its local connection policy." in text

    member = browser.person("member")
    member.sign_in(max_.email, PASSWORD)
    member.open("/c/leeds/barriers/?by=service")
    member.check("barriers-by-service")
    assert "not shown" in member.page.locator("#by-service-heading + p + table").inner_text()
    member.open("/c/leeds/barriers/")
    member.check("barriers-with-escalation")
    member.follow(member.page.get_by_role("link", name=escalation.title))
    member.check("escalation-as-member")
    assert member.page.get_by_role("link", name="Update the response or status").count() == 0
