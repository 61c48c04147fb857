"""The footer's pages (help, privacy, the accessibility statement, contact): open to everyone,
signed in or not, and every page carries the footer's links to them."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

PAGES = {"pages:help": "Help", "pages:privacy": "Privacy",
         "pages:accessibility": "Accessibility statement for Communities of Practice",
         "pages:contact": "Contact"}


def footer_links(html: str) -> list[str]:
    footer = re.search(r'<footer class="govuk-footer">.*?</footer>', html, re.S)
    assert footer, "no footer"
    return re.findall(r'<a class="govuk-footer__link" href="([^"]+)">', footer.group(0))


def assert_footer(html: str):
    assert footer_links(html) == [reverse(name) for name in PAGES]


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("signed_in", [False, True], ids=["anonymous", "member"])
def test_each_footer_page_renders_for_anyone(client, member, settings, name, signed_in):
    settings.CONTACT_EMAIL = "help@cop.example"
    if signed_in:
        client.force_login(member)
    page = client.get(reverse(name))
    assert page.status_code == 200
    html = page.content.decode()
    assert f'<h1 class="govuk-heading-l">{PAGES[name]}</h1>' in html
    assert 'href="mailto:help@cop.example' in html
    assert_footer(html)
    # The signed-in menu only for a signed-in visitor.
    assert ('aria-label="Menu"' in html) is signed_in


@pytest.mark.parametrize("url", ["/", "/profile/", "/notifications/", "/accounts/email/",
                                 "/no-such-page/"])
def test_every_page_links_to_the_footer_pages(client, member, url):
    client.force_login(member)
    assert_footer(client.get(url).content.decode())


@pytest.mark.parametrize("url", ["/accounts/login/", "/accounts/password/reset/",
                                 "/no-such-page/"])
def test_pages_for_visitors_link_to_the_footer_pages(client, db, url):
    assert_footer(client.get(url, follow=True).content.decode())


def test_the_privacy_page_gives_the_retention_settings(client, settings):
    settings.CLOSED_CASE_READABLE_DAYS = 365 * 3
    settings.AUDIT_KEEP_DAYS = 400
    settings.DATA_EXPORT_KEEP_HOURS = 48
    text = re.sub(r"\s+", " ", client.get(reverse("pages:privacy")).content.decode())
    assert "3 years after a case is closed or archived, its text" in text
    assert "The audit trail: 400 days, then entries are deleted." in text
    assert "A download of your data: 48 hours, then the file is deleted." in text


def test_the_accessibility_statement_follows_the_public_sector_model(client):
    html = client.get(reverse("pages:accessibility")).content.decode()
    headings = re.findall(r'<h2 class="govuk-heading-m" id="[^"]+">([^<]+)</h2>', html)
    assert headings == [
        "Using this website", "How accessible this website is",
        "Feedback and contact information", "Enforcement procedure",
        "Technical information about this website's accessibility", "Non-accessible content",
        "What we're doing to improve accessibility",
        "Preparation of this accessibility statement"]
    assert "Web Content Accessibility Guidelines version 2.2</a> AA standard" in html
    assert "Equality Advisory and Support Service (EASS)" in html
    assert "This statement was prepared on 7 December 2026." in html
