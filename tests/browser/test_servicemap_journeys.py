"""The service map in a real browser, from the keyboard: a member finds a service in their
community's directory, reads it, edits it (the gate asks about a staff name, which they
confirm is a work contact), confirms it is still right and reads its history. Every page is
checked with Person.check: axe-clean, usable at 375 px, no field shown empty."""

from datetime import timedelta

import pytest
from django.utils import timezone

from servicemap import services
from servicemap.models import Service, ServiceRevision
from tests.factories import PASSWORD, add_service, make_expertise, make_member, make_service

pytestmark = pytest.mark.browser


def test_a_member_finds_reads_and_edits_a_service(browser, leeds, fay, max_):
    housing = add_service(
        leeds, fay, name="Leeds Housing Options", organisation="Leeds City Council",
        service_type="housing", area="Leeds",
        who_for="Anyone homeless or at risk of homelessness within 56 days.",
        eligibility="Priority need and a local connection for the main housing duty.",
        exclusions="People with no recourse to public funds get advice only.",
        what_to_bring="Photo ID and the landlord's notice.",
        referral_routes=["duty_line", "drop_in"], opening_hours="Monday to Friday, 9 to 5.",
        languages="English; interpreters on request.",
        what_works="Ask for the duty senior.")
    Service.objects.filter(pk=housing.pk).update(
        updated_at=timezone.now() - timedelta(days=200))
    make_service(leeds, name="Forward Leeds", service_type="drug_alcohol",
                 who_for="Adults worried about drugs or alcohol.")
    helper = make_member(leeds, "priya@example.test", display_name="Priya Shah")
    make_expertise(helper, housing, line="I work in Housing Options: ask me about reviews.")

    member = browser.person("member")
    member.sign_in(max_.email, PASSWORD)
    page = member.page
    member.follow(page.get_by_role("link", name=leeds.name))
    member.follow(page.get_by_role("link", name="Services", exact=True))
    member.check("service-list")
    member.choose(page.get_by_label("Type of service"), "Housing")
    member.follow(page.get_by_role("button", name="Find services"))
    assert "1 service found" in page.content()
    member.check("service-list-housing")

    member.follow(page.get_by_role("link", name="Leeds Housing Options"))
    member.check("service-detail")
    text = page.locator("main").inner_text()
    assert "Priority need and a local connection" in text
    assert "may be out of date" in text  # nobody has confirmed it for 200 days
    assert "Priya Shah" in text and "ask me about reviews" in text

    member.follow(page.get_by_role("button", name="Edit the entry"))
    member.check("service-edit")
    assert page.get_by_label("Name", exact=True).input_value() == "Leeds Housing Options"
    member.type_into(page.get_by_label("What works"),
                     "Ask for the duty senior, Sarah Jones. A GP letter about vulnerability "
                     "helps.")
    member.follow(page.get_by_role("button", name="Save changes"))
    assert "Possible identifiers found" in page.content()
    member.check("service-edit-gate")
    member.press(page.get_by_label("Sarah Jones is a work contact, not a client"), "Space")
    member.follow(page.get_by_role("button", name="Save changes"))
    assert "Your changes are saved." in page.content()
    member.check("service-saved")
    housing.refresh_from_db()
    assert housing.what_works.startswith("Ask for the duty senior, Sarah Jones.")
    assert housing.revisions.first().work_contacts == ["Sarah Jones"]

    member.follow(page.get_by_role("button", name="Still right"))
    assert "is confirmed as still right" in page.content()
    assert "may be out of date" not in page.locator("main").inner_text()
    member.follow(page.get_by_role("link", name="History of the entry"))
    member.check("service-history")
    assert page.get_by_text("Confirmed still right by Max Member").count() == 1
    assert list(housing.revisions.values_list("kind", flat=True)) == [
        ServiceRevision.Kind.CONFIRMED, ServiceRevision.Kind.EDITED,
        ServiceRevision.Kind.CREATED]

    # What the member knows from the inside: from the service's page to their profile.
    member.follow(page.get_by_role("link", name="Back to Leeds Housing Options"))
    member.follow(page.get_by_role("link", name="I know this service from the inside"))
    member.check("expertise")
    assert page.get_by_label("A service in the service map").evaluate(
        "el => el.selectedOptions[0].text") == "Leeds Housing Options"
    member.type_into(page.get_by_label("What you can help with"),
                     "I refer there every week: ask me about the duty line.")
    member.follow(page.get_by_role("button", name="Add"))
    member.check("expertise-added")
    member.follow(page.get_by_role("link", name="Back to your profile"))
    member.check("profile-with-expertise", editing=True)
    assert "ask me about the duty line" in page.locator("main").inner_text()


def test_a_facilitator_undoes_an_edit_and_hides_an_entry(browser, leeds, fay, max_):
    shelter = add_service(leeds, max_, name="Riverside night shelter", area="Leeds",
                          what_works="Arrive before 8pm.")
    services.service_update(actor=max_, service=shelter, version=1,
                            data={"what_works": "Arrive before 8pm. No dogs any more."})

    facilitator = browser.person("facilitator")
    facilitator.sign_in(fay.email, PASSWORD)
    page = facilitator.page
    facilitator.open(f"/c/{leeds.slug}/services/{shelter.pk}/")
    facilitator.check("service-detail")
    facilitator.follow(page.get_by_role("link", name="History of the entry"))
    facilitator.check("service-history")
    facilitator.follow(page.get_by_role("link", name="Undo this edit"))
    facilitator.check("service-undo")
    assert "No dogs any more." in page.locator("main").inner_text()
    facilitator.type_into(page.get_by_label("Reason"), "Dogs are still allowed: checked today.")
    facilitator.follow(page.get_by_role("button", name="Undo the edit"))
    assert "The edit is undone." in page.content()
    facilitator.check("service-history-undone")
    shelter.refresh_from_db()
    assert shelter.what_works == "Arrive before 8pm."

    facilitator.follow(page.get_by_role("link", name="Back to Riverside night shelter"))
    facilitator.follow(page.get_by_role("link", name="Hide the entry"))
    facilitator.check("service-hide")
    facilitator.type_into(page.get_by_label("Reason"), "The shelter closed in March.")
    facilitator.follow(page.get_by_role("button", name="Hide the entry"))
    facilitator.check("service-list-with-hidden")
    assert "Hidden from members" in page.locator("main").inner_text()
    shelter.refresh_from_db()
    assert shelter.is_hidden
