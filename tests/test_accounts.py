"""Sign-in through allauth: rate limits kept in Redis, password reset by email."""

import re

import pytest
import redis
from django.conf import settings
from django.core import mail
from django.urls import reverse

from .factories import PASSWORD
from .helpers import sign_in

pytestmark = pytest.mark.django_db


def test_sixth_failed_sign_in_is_refused_even_with_the_right_password(client, member):
    for _ in range(5):
        assert sign_in(client, member.email, "wrong-password").status_code == 200
    response = sign_in(client, member.email, PASSWORD)
    assert "_auth_user_id" not in client.session
    assert "Too many failed login attempts" in response.text

    counters = redis.Redis.from_url(settings.REDIS_URL).keys("*:rl:*")
    assert counters, "rate-limit counters live in the Redis cache"


def test_password_reset_sends_a_working_link(client, member, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # the email leaves after commit
        client.post(reverse("account_reset_password"), {"email": member.email})
    assert len(mail.outbox) == 1
    link = re.search(r"http://\S+/accounts/password/reset/key/\S+/", mail.outbox[0].body).group(0)
    form = client.get(link, follow=True)
    assert form.status_code == 200
    response = client.post(form.redirect_chain[-1][0], {
        "password1": "a-brand-new-password", "password2": "a-brand-new-password"})
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.check_password("a-brand-new-password")


def test_password_reset_for_an_unknown_address_explains_invitations(
        client, db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_reset_password"),
                               {"email": "nobody@example.test"})
    assert response.status_code == 302  # the page does not reveal whether the account exists
    assert "invitation only" in mail.outbox[0].body
    assert "sign up" not in mail.outbox[0].body.lower()
