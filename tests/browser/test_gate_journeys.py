"""The identifier gate wherever a person types about a client (issue 15): a name typed into
each free-text field others read is stopped, on the same page, with the finding shown; a
finding is fixed in place in one step (htmx swaps the form, nothing is saved until the
author saves); and on the publishing page a fix changes the draft and the checks at once.

Like tests/browser/test_journeys.py: from the keyboard, against the product as `make run`
starts it, pages checked by Person.check (axe-core, CSP, 375 px, screenshots)."""


import pytest

from tests.factories import PASSWORD, make_case, make_session

pytestmark = pytest.mark.browser

NAMED = "We discussed Darren's eviction"


def stopped(person, url: str, field: str, button: str, *, fill=None, check: str = ""):
    """Type NAMED into `field` on the form at `url`, submit it: the same page comes back with
    the finding highlighted, a neutral word offered and a box for a reason."""
    page = person.page
    person.open(url)
    if fill:
        fill(page)
    person.type_into(page.locator(f"#id_{field}"), NAMED)
    person.follow(page.get_by_role("button", name=button, exact=True))
    assert page.url.endswith(url), page.url
    findings = page.locator(".cop-findings")
    assert findings.get_by_role("heading", name="Possible identifiers found").is_visible()
    assert findings.locator("mark.finding").first.inner_text().startswith("Darren")
    assert page.get_by_label("Replace “Darren” with").input_value() == "[name]"
    assert page.get_by_label("Or keep it: why is “Darren” safe to keep?").is_visible()
    assert page.locator(f"#id_{field}").input_value() == NAMED
    if check:
        person.check(check)


def test_a_name_typed_into_each_free_text_field_is_stopped(browser, leeds, fay):
    from casework.models import Barrier
    from sessions_app.models import ActionPoint, AgendaItem, Attendance, FollowUpRequest

    case = make_case(leeds, fay)
    # At two in the afternoon: a session made at "now + 10 days" late in the evening would
    # end after midnight, which the edit form refuses.
    upcoming = make_session(leeds, title="Case discussion", days=10, created_by=fay)
    past = make_session(leeds, title="Case discussion", days=-2, created_by=fay)
    Attendance.objects.create(session=past, user=fay)
    facilitator = browser.person("facilitator")
    facilitator.sign_in(fay.email, PASSWORD)

    def barrier_choices(page):
        facilitator.choose(page.locator("#id_service_type"), "Housing")
        facilitator.choose(page.locator("#id_category"), "Local connection rule")

    barrier_url = f"/c/leeds/cases/{case.pk}/barriers/new/"
    stopped(facilitator, barrier_url, "description", "Save", fill=barrier_choices,
            check="barrier-stopped")
    stopped(facilitator, barrier_url, "how_overcome", "Save", fill=lambda page: (
        barrier_choices(page),
        facilitator.type_into(page.locator("#id_description"), "Turned away at the desk.")))
    stopped(facilitator, f"/c/leeds/sessions/{upcoming.pk}/edit/", "description",
            "Save changes")
    stopped(facilitator, f"/c/leeds/sessions/{upcoming.pk}/agenda/", "title", "Save")
    stopped(facilitator, f"/c/leeds/sessions/{past.pk}/actions/", "text", "Add")
    stopped(facilitator, f"/c/leeds/sessions/{past.pk}/follow-up/", "message",
            "Ask for a conversation")
    stopped(facilitator, f"/c/leeds/sessions/{past.pk}/record/", "notes", "Save",
            check="minutes-stopped")
    assert not Barrier.objects.exists() and not AgendaItem.objects.exists()
    assert not ActionPoint.objects.exists() and not FollowUpRequest.objects.exists()
    past.refresh_from_db()
    upcoming.refresh_from_db()
    assert past.notes == "" and upcoming.description == ""

    # The minutes: fixed in place in one step, without leaving the page; then saved.
    page = facilitator.page
    url = page.url
    facilitator.press(page.get_by_role("button", name="Replace “Darren”"))
    page.locator("#gate-fixed").wait_for()
    assert page.url == url
    assert "no possible identifiers left" in page.locator("#gate-fixed").inner_text()
    # Focus moves once htmx has settled the swap, a moment after the message appears.
    page.wait_for_function("() => document.activeElement?.id === 'gate-fixed'",
                           timeout=5000)
    assert page.locator("#id_notes").input_value() == "We discussed [name]'s eviction"
    assert page.locator("mark.finding").count() == 0
    assert "Replaced “Darren” with “[name]”" in page.locator("#gate-status").inner_text()
    facilitator.check("minutes-fixed")
    facilitator.follow(page.get_by_role("button", name="Save", exact=True))
    past.refresh_from_db()
    assert past.notes == "We discussed [name]'s eviction"


def test_a_finding_is_fixed_in_place_on_the_publishing_page(browser, leeds, fay):
    from casework.models import CaseStatus, CaseStudy

    case = make_case(leeds, fay, status=CaseStatus.DRAFT, published_at=None,
                     presenting_situation="Elizabeth stayed with Darren Holloway at the "
                                          "hostel until the council closed it.")
    author = browser.person("author")
    author.sign_in(fay.email, PASSWORD)
    page = author.page
    author.open(f"/c/leeds/cases/{case.pk}/publish/")
    tasks = page.locator("#publishing-checks")
    assert "“Darren Holloway”" in tasks.inner_text()
    author.check("publish-with-finding")

    # Her own word instead of the neutral one, in one step.
    author.type_into(page.get_by_label("Replace “Darren Holloway” with"), "a friend")
    author.press(page.get_by_role("button", name="Replace “Darren Holloway”"))
    page.locator("#gate-fixed").wait_for()
    assert "Darren Holloway" not in tasks.inner_text()
    assert "Every check is done." in page.locator("#gate-swap").inner_text()
    case.refresh_from_db()
    assert case.presenting_situation.startswith("Elizabeth stayed with a friend at")
    author.check("publish-fixed")
    author.follow(page.get_by_role("button", name="Publish to the community"))
    assert CaseStudy.objects.get(pk=case.pk).status == CaseStatus.PUBLISHED
