"""The service map's journey (issue 18), in a real browser, from the keyboard: a member meets
a barrier on a case, follows it to the service where it happened, and asks the members who
can help there in one step; the member asked finds the question under "Questions" and
answers it, agreeing it may go into "what works"; the asker reads the answer; then the
facilitator raises the barrier as an escalation (the identifier gate fixing a client's name in
place) and downloads the system barriers brief for a period with that barrier, one example
picked: a PDF that shows the escalation and hides the small counts. Three people, each in a
browser context of their own, against the product as `make run` starts it; every page
checked by Person.check (axe-core, CSP, 375 px, screenshots)."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import (
    PASSWORD,
    make_barrier,
    make_case,
    make_expertise,
    make_member,
    make_service,
)
from tests.helpers import pdf_text

pytestmark = pytest.mark.browser

DESCRIPTION = "Found not in priority need although her wound needs dressing every other day."
HOW_OVERCOME = "A letter from the district nurses about the risk of infection."
QUESTION = "What evidence does the duty team need to accept vulnerability for priority need?"
ANSWER = "A letter saying what happens if the dressings are missed. Ask for the duty senior."
RAISED_WITH = "The housing options service manager"
EVIDENCE = "Three refusals on priority need this quarter; Darren Holloway was turned away twice."
EVIDENCE_FIXED = EVIDENCE.replace("Darren Holloway", "[name]")

# htmx has swapped in what a fix in place sent back and settled it: no request in flight, and
# focus moved to what the fix did (static/js/cop.js). A function, not an expression: the
# page's Content-Security-Policy allows no eval.
FIX_SETTLED_JS = """() => !document.querySelector('.htmx-request')
    && document.activeElement?.id === 'gate-fixed'"""


def test_a_barrier_leads_to_the_service_an_answer_an_escalation_and_the_brief(
        browser, leeds, fay, max_):
    from casework.models import Escalation
    from servicemap.models import Answer, Question

    options = make_service(leeds, name="Leeds Housing Options", agency=fay.agency)
    priya = make_member(leeds, "priya@example.test", display_name="Priya Shah",
                        job_title="Housing options officer", agency=fay.agency)
    make_expertise(priya, options, line="I work in Housing Options: ask me about priority "
                                        "need and reviews.")
    case = make_case(leeds, max_, title="Discharged from hospital with nowhere to go")
    barrier = make_barrier(case, recorded_by=max_, service=options, description=DESCRIPTION,
                           overcome="partly", how_overcome=HOW_OVERCOME)

    # The member meets the barrier on the case and follows it to the service.
    asker = browser.person("asker")
    asker.sign_in(max_.email, PASSWORD)
    page = asker.page
    asker.open(case.get_absolute_url())
    asker.check("case")
    barriers = page.locator("#barriers")
    assert DESCRIPTION in barriers.inner_text()
    asker.follow(barriers.get_by_role("link", name="Leeds Housing Options", exact=True))
    asker.check("service")
    helpers = page.locator("#members-who-can-help")
    assert helpers.get_by_role("heading", name="Members who can help").is_visible()
    assert "Priya Shah" in helpers.inner_text()
    assert "ask me about priority need and reviews" in helpers.inner_text()
    assert DESCRIPTION not in page.content()  # the service page counts, it does not quote

    # One step: the people who can help are ticked already; a question and Send.
    asker.follow(helpers.get_by_role("link", name=re.compile("^Ask the members who can help")))
    asker.check("ask")
    assert page.get_by_label(re.compile("Priya Shah")).is_checked()
    asker.type_into(page.get_by_label("Your question"), QUESTION)
    asker.follow(page.get_by_role("button", name="Send the question"))
    assert "Your question is sent to 1 member who can help." in page.content()
    asker.check("question-asked")
    question = Question.objects.get()
    assert (question.service, list(question.recipients.values_list("user_id", flat=True))) \
        == (options, [priya.pk])

    # The member who can help, in a browser of her own: told, and the question is waiting
    # under Questions, where she answers it and agrees that it may be shared.
    helper = browser.person("helper")
    helper.sign_in(priya.email, PASSWORD)
    hpage = helper.page
    helper.follow(hpage.get_by_role("link", name=re.compile(r"^Notifications\W+1 unread$")))
    helper.check("notifications")
    assert hpage.get_by_role("link", name=re.compile(
        r"^Unread:\s+A question for you about Leeds Housing Options$")).is_visible()
    helper.open(f"/c/{leeds.slug}/")
    helper.follow(hpage.get_by_role("link", name="Questions", exact=True))
    helper.check("questions")
    listed = hpage.locator("main li.cop-card", has_text=QUESTION)
    assert "Max Member asked you" in listed.inner_text() and "New" in listed.inner_text()
    helper.follow(listed.get_by_role("link", name="Leeds Housing Options"))
    helper.check("question-to-answer")
    assert QUESTION in hpage.locator("main").inner_text()
    helper.type_into(hpage.get_by_label("Your answer"), ANSWER)
    helper.press(hpage.get_by_label(re.compile("You may add this answer")), "Space")
    helper.follow(hpage.get_by_role("button", name="Send your answer"))
    assert "Your answer is sent." in hpage.content()
    helper.check("answered")
    answer = Answer.objects.get()
    assert (answer.author, answer.share_consent) == (priya, True)

    # The asker reads the answer.
    asker.follow(page.get_by_role("link", name="Your questions"))
    mine = page.locator("main li.cop-card", has_text=QUESTION)
    assert "New answer" in mine.inner_text() and "1 answer" in mine.inner_text()
    asker.check("my-questions")
    asker.follow(mine.get_by_role("link", name="Leeds Housing Options"))
    assert ANSWER in page.locator(f"#answer-{answer.pk}").inner_text()
    assert "Its author agreed" in page.locator(f"#answer-{answer.pk}").inner_text()
    asker.check("answer-read")

    # The facilitator, signed in with her second factor, raises the barrier as an escalation.
    facilitator = browser.person("facilitator")
    facilitator.sign_in(fay.email, PASSWORD)
    fpage = facilitator.page
    facilitator.open(case.get_absolute_url())
    facilitator.check("case-as-facilitator")
    facilitator.follow(fpage.locator("#barriers").get_by_role(
        "link", name=re.compile("^Raise as an escalation")))
    facilitator.check("escalation-new")
    title = fpage.get_by_label("What the barrier is").input_value()
    assert title.endswith(": Leeds Housing Options"), title
    assert DESCRIPTION in fpage.locator(".govuk-inset-text").inner_text()
    facilitator.type_into(fpage.get_by_label("Who it was raised with"), RAISED_WITH)
    facilitator.type_into(fpage.get_by_label("The evidence sent"), EVIDENCE)
    facilitator.choose(fpage.get_by_label("Status"), "Awaiting a response")
    facilitator.follow(fpage.get_by_role("button", name="Save", exact=True))
    # The gate stops a client's name in the evidence; one step replaces it, in place.
    assert "Possible identifiers found" in fpage.content()
    assert not Escalation.objects.exists()
    facilitator.check("escalation-stopped")
    url = fpage.url
    facilitator.press(fpage.get_by_role("button", name="Replace “Darren Holloway”"))
    fpage.wait_for_function(FIX_SETTLED_JS, timeout=10_000)
    assert fpage.url == url
    assert "no possible identifiers left" in fpage.locator("#gate-fixed").inner_text()
    assert fpage.get_by_label("The evidence sent").input_value() == EVIDENCE_FIXED
    assert fpage.get_by_label("Who it was raised with").input_value() == RAISED_WITH
    assert fpage.get_by_label("Status").evaluate(
        "el => el.selectedOptions[0].text") == "Awaiting a response"
    facilitator.check("escalation-fixed")
    facilitator.follow(fpage.get_by_role("button", name="Save", exact=True))
    assert "The escalation is recorded." in fpage.content()
    facilitator.check("escalation-detail")
    escalation = Escalation.objects.get()
    assert (escalation.raised_with, escalation.evidence, escalation.status,
            escalation.service) == (RAISED_WITH, EVIDENCE_FIXED, "awaiting_response", options)
    assert list(escalation.barriers.all()) == [barrier]

    # The system barriers brief for a period that holds the barrier, one example picked.
    facilitator.open(f"/c/{leeds.slug}/barriers/")
    facilitator.check("barriers")
    facilitator.follow(fpage.get_by_role("link", name="Make the system barriers brief (PDF)"))
    facilitator.check("brief-form")
    today = timezone.localdate()
    facilitator.tab_to(fpage.get_by_label("From", exact=True)).fill(
        (today - timedelta(days=14)).isoformat())
    facilitator.tab_to(fpage.get_by_label("To", exact=True)).fill(today.isoformat())
    facilitator.follow(fpage.get_by_role("button", name="Show this period’s barriers"))
    facilitator.check("brief-period")
    example = fpage.get_by_label(HOW_OVERCOME)
    facilitator.press(example, "Space")
    assert example.is_checked() and not fpage.get_by_label(DESCRIPTION).is_checked()
    facilitator.check("brief-picked")
    facilitator.tab_to(fpage.get_by_role("button", name="Download the brief (PDF)"))
    with fpage.expect_download() as download:
        fpage.keyboard.press("Enter")
    assert download.value.suggested_filename.endswith(".pdf")
    pdf = download.value.path().read_bytes()
    assert pdf.startswith(b"%PDF-")
    text = pdf_text(pdf)
    assert "System barriers brief" in text
    assert HOW_OVERCOME in text
    assert DESCRIPTION not in text  # not picked
    assert escalation.title in text and RAISED_WITH in text and EVIDENCE_FIXED in text
    assert "Darren Holloway" not in text
    # One barrier: its counts are suppressed, the total and the service's row alike.
    assert "Barriers recorded in this period: fewer than 5." in text
    assert "Leeds Housing Options not shown" in text
