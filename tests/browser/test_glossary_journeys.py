"""The community glossary in a real browser, from the keyboard, each page checked as in
test_journeys.py (axe-core, CSP, 375 px, screenshots): a member adds a term and finds it by
searching; on a case page that uses it, the term is marked, reached with Tab, and shows its
meaning on focus and on hover (its accessible description too), without a page load; Escape
hides it."""

import re

import pytest
from playwright.sync_api import expect

from tests.factories import PASSWORD, make_case, make_comment, make_term

pytestmark = pytest.mark.browser

MEANING = ("A link to a council's area: living there by choice, working there, or close "
           "family there. A council may refer someone without one to a council where they "
           "have one.")


def test_a_member_adds_a_term_and_meets_its_meaning_on_a_case(browser, leeds, max_, fay):
    make_term(leeds, fay, term="MAPPA", meaning="How agencies manage the risk from some "
              "offenders.", source="Criminal Justice Act 2003")
    case = make_case(leeds, fay, title="Refused for no local connection", presenting_situation=(
        "Elizabeth moved here to flee abuse. Housing options said she has no **local "
        "connection** and offered a referral back to the town she left."))
    make_comment(case, fay, body="Fleeing abuse is an exception to the local connection "
                                 "referral: ask for the decision in writing.")

    member = browser.person("member")
    member.sign_in(max_.email, PASSWORD)
    page = member.page
    member.open(f"/c/{leeds.slug}/")
    member.follow(page.get_by_role("link", name="Glossary", exact=True))
    member.check("glossary")
    member.follow(page.get_by_role("button", name="Add a term"))
    member.check("term-add")
    member.type_into(page.get_by_label("Term"), "local connection")
    member.type_into(page.get_by_label("What it means"), MEANING)
    member.type_into(page.get_by_label("Where it comes from (optional)"),
                     "Housing Act 1996, section 199")
    member.type_into(page.get_by_label("Link (optional)"),
                     "https://www.legislation.gov.uk/ukpga/1996/52/section/199")
    member.follow(page.get_by_role("button", name="Add the term"))
    assert "“local connection” is in the glossary." in page.content()
    member.check("glossary-added")

    member.type_into(page.get_by_label("Search terms, meanings and sources"), "council's area")
    member.follow(page.get_by_role("button", name="Search"))
    assert page.locator("main").get_by_role("heading", level=2).all_inner_texts() == [
        "local connection"]
    member.check("glossary-search")

    member.open(case.get_absolute_url())
    terms = page.locator(".cop-term")
    expect(terms).to_have_count(2)  # its first use in the section, and in the comment
    first = terms.first
    tip = first.get_by_role("tooltip")
    expect(tip).to_be_hidden()
    member.tab_to(first)  # focus on the term is visible (tab_to checks)
    expect(tip).to_be_visible()
    expect(tip).to_contain_text(MEANING)
    expect(tip).to_contain_text("Housing Act 1996, section 199")
    expect(first).to_have_accessible_description(re.compile("^local connection: A link to"))
    member.check("case-term-focused")  # axe, and the meaning shown at 1280 and 375 px

    page.keyboard.press("Escape")
    expect(tip).to_be_hidden()
    expect(first).to_be_focused()  # hidden without moving the focus
    page.keyboard.press("Shift+Tab")
    member.tab_to(first)  # back again: shown again
    expect(tip).to_be_visible()

    page.keyboard.press("Tab")  # focus leaves the term
    expect(tip).to_be_hidden()
    second = terms.nth(1)  # in the comment
    second.hover()
    expect(second.get_by_role("tooltip")).to_be_visible()
    member.check("comment-term-hovered", full_page=False)
