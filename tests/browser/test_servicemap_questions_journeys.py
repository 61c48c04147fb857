"""Asking the members who can help (issue 18), in the browser: a member asks from a barrier
on a case, the identifier gate stops a client's name, the person asked is told by email,
answers in the app and agrees to share; the asker sees the answer and adds it to the
service's "what works". Like tests/browser/test_journeys.py: from the keyboard, against the
product as `make run` starts it, each page checked by Person.check (axe-core, CSP, 375 px)."""

import re

import pytest

from tests.factories import PASSWORD, make_expertise, make_member, make_service

from .helpers import link_in

pytestmark = pytest.mark.browser

NAMED = "Darren Holloway was told he has no local connection. Who decides that?"
QUESTION = "He was told he has no local connection. Who decides that, and can it be reviewed?"
ANSWER = "The duty senior decides. Ask for a review in writing within 21 days."


def test_a_member_asks_the_members_who_can_help_and_shares_the_answer(
        browser, leeds, fay, max_, mailbox):
    from servicemap.models import Answer, Question

    service = make_service(leeds, name="Housing Options", agency=fay.agency)
    make_expertise(fay, service, line="I work in Housing Options: ask me about priority need.")
    hana = make_member(leeds, "hana@example.test", display_name="Hana Helper")
    make_expertise(hana, agency=fay.agency, community=leeds,
                   line="The council is my employer.")

    asker = browser.person("asker")
    asker.sign_in(max_.email, PASSWORD)
    page = asker.page
    asker.open(f"/c/leeds/questions/ask/?service={service.pk}&barrier=3")
    assert page.get_by_label(re.compile("Fay Facilitator")).is_checked()
    asker.check("ask")
    # Hana is not asked this time; a client's name is stopped at the gate.
    asker.press(page.get_by_label(re.compile("Hana Helper")), "Space")
    asker.type_into(page.get_by_label("Your question"), NAMED)
    asker.follow(page.get_by_role("button", name="Send the question"))
    assert page.locator("mark.finding").first.inner_text().startswith("Darren Holloway")
    assert not page.get_by_label(re.compile("Hana Helper")).is_checked()
    asker.check("ask-stopped")
    assert not Question.objects.exists()
    asker.type_into(page.get_by_label("Your question"), QUESTION)
    asker.follow(page.get_by_role("button", name="Send the question"))
    assert "Your question is sent to 1 member who can help." in page.content()
    assert "Asked about a barrier recorded on a case" in page.content()
    asker.check("question-asked")
    question = Question.objects.get()
    assert list(question.recipients.values_list("user_id", flat=True)) == [fay.pk]

    # Fay is told by email; the link opens the question, where she answers.
    told = mailbox.wait_for(fay.email, "A question for you about Housing Options")
    link = link_in(told, r"https?://\S+/c/leeds/questions/\d+/")
    helper = browser.person("helper")
    helper.sign_in(fay.email, PASSWORD)
    helper.open(link)
    assert QUESTION in helper.page.content()
    helper.check("question-to-answer")
    page = helper.page
    helper.type_into(page.get_by_label("Your answer"), ANSWER)
    helper.press(page.get_by_label(re.compile("You may add this answer")), "Space")
    helper.follow(page.get_by_role("button", name="Send your answer"))
    assert "Your answer is sent." in page.content()
    helper.check("answered")
    assert Answer.objects.get().share_consent

    # Max is told; he reads the answer and adds it to the service's "what works".
    mailbox.wait_for(max_.email, "A new answer to your question about Housing Options")
    page = asker.page
    asker.follow(page.get_by_role("link", name="Your questions"))
    assert "New answer" in page.content()
    asker.check("my-questions")
    asker.follow(page.get_by_role("link", name="Housing Options"))
    assert ANSWER in page.content()
    asker.follow(page.get_by_role("button", name=re.compile("Add to “what works”")))
    assert "added to the service’s “what works”" in page.content()
    asker.check("answer-shared")
    service.refresh_from_db()
    assert ANSWER in service.what_works
    assert "From a member who can help" in service.what_works
