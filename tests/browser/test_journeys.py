"""The five journeys of issue 7, each from sign-in to result, through the interface only and
from the keyboard (Tab to each control, focus visible, Enter), against the product started as
`make run` starts it (tests/browser/conftest.py: web server, Celery worker and beat).
Every page reached is checked with Person.check (axe-core WCAG 2.2 AA, CSP, 375 px width,
screenshots under test-artifacts/browser/<test>/)."""


import pytest

from members.models import Membership, Role, User
from tests.factories import PASSWORD, join, make_agency, make_community, make_user

from .helpers import link_in

pytestmark = pytest.mark.browser

NEW_PASSWORD = "kettle-on-the-third-floor"


@pytest.fixture
def leeds():
    return make_community(name="Leeds Multiple Disadvantage", slug="leeds")


@pytest.fixture
def fay(leeds):
    user = make_user("fay@example.test", display_name="Fay Facilitator", agency=make_agency())
    join(user, leeds, Role.FACILITATOR)
    return user


def test_1_facilitator_invites_two_people_and_one_joins(browser, mailbox, leeds, fay):
    facilitator = browser.person("facilitator")
    facilitator.sign_in(fay.email, PASSWORD)
    page = facilitator.page
    facilitator.check("my-communities")
    facilitator.follow(page.get_by_role("link", name=leeds.name))
    facilitator.check("community-home")
    facilitator.follow(page.get_by_role("link", name="Invite", exact=True))
    facilitator.check("invite")
    facilitator.type_into(page.get_by_label("Email addresses"),
                          "sam.new@example.test, priya.new@example.test")
    facilitator.follow(page.get_by_role("button", name="Send invitations"))
    facilitator.check("invited")
    assert "sam.new@example.test" in page.content()

    # The worker sends both emails; Sam accepts from the link.
    invitation = mailbox.wait_for("sam.new@example.test", "/invitations/")
    mailbox.wait_for("priya.new@example.test", "/invitations/")
    link = link_in(invitation, r"https?://\S+/invitations/\S+")
    sam = browser.person("invitee")
    sam.open(link)
    page = sam.page
    sam.check("accept-invitation")
    sam.type_into(page.get_by_label("Display name"), "Sam Support Worker")
    sam.type_into(page.get_by_label("Choose a password"), NEW_PASSWORD)
    sam.type_into(page.get_by_label("Type the password again"), NEW_PASSWORD)
    sam.follow(page.get_by_role("button", name="Create account and join"))
    assert page.url.rstrip("/").endswith(f"/c/{leeds.slug}"), page.url
    assert page.get_by_role("heading", level=1).first.inner_text().strip() == leeds.name
    sam.check("community-home")

    user = User.objects.get(email="sam.new@example.test")
    assert user.check_password(NEW_PASSWORD)
    assert Membership.objects.filter(user=user, community=leeds, role=Role.MEMBER).exists()
    assert not User.objects.filter(email="priya.new@example.test").exists()
