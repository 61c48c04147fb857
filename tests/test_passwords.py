"""Password rules: at least 12 characters, not on the common-password list, not like the
person's email or name, not all digits; the same rules wherever a password is chosen
(joining by invitation, changing it, resetting it), each refusal explained by the field."""

import re
from datetime import timedelta
from html import unescape

import pytest
from django.conf import settings
from django.contrib.auth.password_validation import get_default_password_validators
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from members.models import Invitation, Role, User, hash_token

from .factories import PASSWORD

pytestmark = pytest.mark.django_db

TOO_SHORT = "kettle-moss"  # 11 characters
COMMON = "password1234"  # 12 characters, on Django's list of 20,000 common passwords
GOOD = "kettle-moss7"  # 12 characters
SHORT_MESSAGE = "This password is too short. It must contain at least 12 characters."
COMMON_MESSAGE = "This password is too common."


def page_text(response) -> str:
    return unescape(response.content.decode())


def field_error_near(response, field: str, message: str) -> bool:
    """The message is shown in an error message the field points at (aria-describedby), and
    the field's form group is marked as in error (GOV.UK's markup)."""
    html = page_text(response)
    field_tag = re.search(rf'<input[^>]*name="{field}"[^>]*>', html)
    if field_tag is None:
        return False
    groups = re.findall(r'<div[^>]*class="(govuk-form-group[^"]*)"', html[:field_tag.start()])
    described = re.search(r'aria-describedby="([^"]*)"', field_tag.group(0))
    if not groups or "govuk-form-group--error" not in groups[-1] or described is None:
        return False
    for error_id in described.group(1).split():
        error = re.search(rf'<(?:p|span)[^>]*id="{error_id}"[^>]*>\s*'
                          r'<span class="govuk-visually-hidden">Error:</span>\s*(.*?)\s*</', html)
        if error and message in error.group(1) and "govuk-error-message" in error.group(0):
            return True
    return False


def test_the_rules_are_configured():
    names = {type(v).__name__: v for v in get_default_password_validators()}
    assert names["MinimumLengthValidator"].min_length == 12
    assert {"CommonPasswordValidator", "UserAttributeSimilarityValidator",
            "NumericPasswordValidator"} <= set(names)
    assert len(PASSWORD) >= 12  # the tests' own password follows the rules
    assert settings.ACCOUNT_ADAPTER == "members.adapters.AccountAdapter"


@pytest.fixture
def invitation_link(community, facilitator):
    token = "passwords-invitation-token-0123456789"
    Invitation.objects.create(email="nadia@example.test", community=community, role=Role.MEMBER,
                              token_hash=hash_token(token), invited_by=facilitator,
                              expires_at=timezone.now() + timedelta(days=14),
                              sent_at=timezone.now())
    return reverse("members:invitation_accept", args=[token])


def join_with(client, link, password):
    return client.post(link, {"display_name": "Nadia New", "job_title": "Outreach worker",
                              "password1": password, "password2": password})


@pytest.mark.parametrize("password, message", [(TOO_SHORT, SHORT_MESSAGE),
                                               (COMMON, COMMON_MESSAGE)])
def test_joining_by_invitation_refuses_a_weak_password(client, invitation_link, password,
                                                       message):
    response = join_with(client, invitation_link, password)
    assert response.status_code == 200
    assert field_error_near(response, "password1", message)
    assert not User.objects.filter(email="nadia@example.test").exists()


def test_joining_by_invitation_tells_the_rule_and_takes_a_good_password(client,
                                                                       invitation_link):
    assert "at least 12 characters" in page_text(client.get(invitation_link))
    response = join_with(client, invitation_link, GOOD)
    assert response.status_code == 302
    assert User.objects.get(email="nadia@example.test").check_password(GOOD)


def change_password(client, password):
    return client.post(reverse("account_change_password"), {
        "oldpassword": PASSWORD, "password1": password, "password2": password})


@pytest.mark.parametrize("password, message", [(TOO_SHORT, SHORT_MESSAGE),
                                               (COMMON, COMMON_MESSAGE)])
def test_changing_the_password_refuses_a_weak_one(client, member, password, message):
    client.force_login(member)
    response = change_password(client, password)
    assert response.status_code == 200
    assert field_error_near(response, "password1", message)
    member.refresh_from_db()
    assert member.check_password(PASSWORD)


def test_changing_the_password_to_a_good_one_works(client, member):
    client.force_login(member)
    assert change_password(client, GOOD).status_code == 302
    member.refresh_from_db()
    assert member.check_password(GOOD)


def test_a_password_like_ones_email_or_all_digits_is_refused(client, member):
    client.force_login(member)
    for password, message in [("mem@example.test", "too similar to the email"),
                              ("738201946573", "entirely numeric")]:
        response = change_password(client, password)
        assert message in page_text(response), password
    member.refresh_from_db()
    assert member.check_password(PASSWORD)


def test_resetting_the_password_refuses_a_weak_one(client, member,
                                                   django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_reset_password"), {"email": member.email})
    link = re.search(r"http://\S+/accounts/password/reset/key/\S+/", mail.outbox[0].body).group(0)
    form_url = client.get(link, follow=True).redirect_chain[-1][0]
    response = client.post(form_url, {"password1": COMMON, "password2": COMMON})
    assert response.status_code == 200
    assert field_error_near(response, "password1", COMMON_MESSAGE)
    member.refresh_from_db()
    assert member.check_password(PASSWORD)
