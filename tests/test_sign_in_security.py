"""Sign-in security: session time-outs, ending sessions, reauthentication before sensitive
actions, emails about security changes, and rate limits behind a proxy."""

import time

import pytest
from allauth.account.models import EmailAddress
from allauth.usersessions.models import UserSession
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from members.middleware import SEEN_KEY, STARTED_KEY
from members.models import Membership, MembershipStatus, Role

from .factories import PASSWORD, join, make_exportable_survey, make_user
from .helpers import reauthenticate, sign_in, signed_in

pytestmark = pytest.mark.django_db

LOGIN = "/accounts/login/"


def set_clock(client, key, seconds_ago):
    session = client.session
    session[key] = time.time() - seconds_ago
    session.save()


# --- Time-outs ------------------------------------------------------------------------------

def test_an_idle_session_is_ended(client, member, settings):
    client.force_login(member)
    assert client.get("/communities/").status_code == 200
    set_clock(client, SEEN_KEY, settings.SESSION_IDLE_TIMEOUT_SECONDS - 90)
    assert client.get("/communities/").status_code == 200  # still within the idle time
    assert client.session[SEEN_KEY] > time.time() - 5  # and the activity was written

    set_clock(client, SEEN_KEY, settings.SESSION_IDLE_TIMEOUT_SECONDS + 5)
    response = client.get("/communities/")
    assert response.status_code == 302
    assert response.url == LOGIN + "?next=%2Fcommunities%2F"
    assert not signed_in(client)
    page = client.get(response.url).content.decode()
    assert "signed out after 30 minutes without activity" in page
    assert client.get("/communities/").status_code == 302  # the session is gone for good


def test_an_absolute_expired_session_is_ended_even_when_busy(client, member, settings):
    assert settings.SESSION_ABSOLUTE_TIMEOUT_SECONDS == 12 * 60 * 60
    client.force_login(member)
    set_clock(client, STARTED_KEY, settings.SESSION_ABSOLUTE_TIMEOUT_SECONDS - 60)
    assert client.get("/communities/").status_code == 200
    set_clock(client, STARTED_KEY, settings.SESSION_ABSOLUTE_TIMEOUT_SECONDS + 5)
    set_clock(client, SEEN_KEY, 1)  # active a second ago
    response = client.get("/communities/", headers={"HX-Request": "true"})
    assert response["HX-Redirect"] == LOGIN
    assert not signed_in(client)


def test_timeouts_come_from_settings(client, member, settings):
    settings.SESSION_IDLE_TIMEOUT_SECONDS = 120
    client.force_login(member)
    set_clock(client, SEEN_KEY, 121)
    assert client.get("/communities/").status_code == 302 and not signed_in(client)


def test_a_quiet_page_costs_no_extra_query_within_the_minute(client, member):
    client.force_login(member)
    client.get("/profile/")
    with CaptureQueriesContext(connection) as first:
        client.get("/profile/")
    with CaptureQueriesContext(connection) as second:
        client.get("/profile/")
    assert len(first) == len(second)
    assert not any("mfa_authenticator" in q["sql"] for q in second.captured_queries)
    assert not any("usersessions_usersession" in q["sql"] for q in second.captured_queries)
    # The session comes from the cache (cop/sessions.py), the database being its record.
    assert not any("django_session" in q["sql"] for q in second.captured_queries)


# --- Signed-in sessions ---------------------------------------------------------------------

def two_browsers(member):
    office, home = Client(HTTP_USER_AGENT="Office PC"), Client(HTTP_USER_AGENT="Home laptop")
    for browser in (office, home):
        assert sign_in(browser, member.email).status_code == 302
    return office, home


def test_the_sessions_page_lists_each_browser(member):
    office, _home = two_browsers(member)
    page = office.get(reverse("usersessions_list"))
    html = page.content.decode()
    assert page.status_code == 200
    assert "Office PC" in html and "Home laptop" in html and "This browser" in html
    assert UserSession.objects.filter(user=member).count() == 2


def test_ending_another_session_signs_that_browser_out(member):
    office, home = two_browsers(member)
    other = UserSession.objects.get(user=member, user_agent="Home laptop")
    response = office.post(reverse("members:usersession_end", args=[other.pk]))
    assert response.status_code == 302 and response.url == reverse("usersessions_list")
    assert home.get("/communities/").status_code == 302  # to sign in
    assert not signed_in(home)
    assert office.get("/communities/").status_code == 200
    assert list(UserSession.objects.filter(user=member).values_list("user_agent", flat=True)) \
        == ["Office PC"]


def test_signing_out_everywhere_else(member):
    office, home = two_browsers(member)
    office.post(reverse("usersessions_list"))
    assert not signed_in(home) and signed_in(office)


def test_nobody_ends_another_persons_session(member, facilitator):
    _office, home = two_browsers(member)
    theirs = UserSession.objects.filter(user=member).first()
    intruder = Client()
    intruder.force_login(facilitator)
    response = intruder.post(reverse("members:usersession_end", args=[theirs.pk]))
    assert response.status_code == 404
    assert signed_in(home) and UserSession.objects.filter(user=member).count() == 2


# --- Reauthentication before sensitive actions ---------------------------------------------

def test_changing_a_role_asks_for_the_password_then_goes_ahead(client, community, facilitator,
                                                               member):
    membership = Membership.objects.get(user=member, community=community)
    url = reverse("members:member_role", args=[community.slug, membership.pk])
    client.force_login(facilitator)
    response = client.post(url, {"role": Role.FACILITATOR})
    assert response.status_code == 302
    assert response.url == reverse("account_reauthenticate") + "?next=" + url.replace("/", "%2F")
    membership.refresh_from_db()
    assert membership.role == Role.MEMBER
    wrong = client.post(response.url, {"password": "not-my-password"})
    assert wrong.status_code == 200
    membership.refresh_from_db()
    assert membership.role == Role.MEMBER
    # The right password replays the change that was asked for.
    client.post(response.url, {"password": PASSWORD})
    membership.refresh_from_db()
    assert membership.role == Role.FACILITATOR


def test_removing_a_member_asks_for_the_password(client, community, facilitator, member):
    membership = Membership.objects.get(user=member, community=community)
    url = reverse("members:member_remove", args=[community.slug, membership.pk])
    client.force_login(facilitator)
    assert client.get(url).status_code == 200  # the confirmation page
    response = client.post(url)
    assert response.url.startswith(reverse("account_reauthenticate"))
    membership.refresh_from_db()
    assert membership.status == MembershipStatus.ACTIVE
    reauthenticate(client)
    client.post(url)
    membership.refresh_from_db()
    assert membership.status != MembershipStatus.ACTIVE


def test_a_member_is_refused_before_being_asked_for_a_password(client, community, member):
    other = make_user()
    membership = join(other, community)
    client.force_login(member)
    url = reverse("members:member_role", args=[community.slug, membership.pk])
    assert client.post(url, {"role": Role.FACILITATOR}).status_code == 403


def test_exporting_survey_data_asks_for_the_password_then_downloads(client, community,
                                                                   evaluator):
    from evaluation.models import ExportRecord

    survey, *_ = make_exportable_survey(community)
    url = reverse("evaluation:export_form", args=[survey.pk])
    client.force_login(evaluator)
    assert client.get(url).status_code == 200
    response = client.post(url, {"format": "csv", "dates": "keep"})
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_reauthenticate"))
    assert not ExportRecord.objects.exists()
    download = client.post(response.url, {"password": PASSWORD})
    assert download.status_code == 200
    assert "attachment" in download["Content-Disposition"]
    assert b"".join(download.streaming_content)
    assert ExportRecord.objects.get().requested_by == evaluator
    # For a few minutes more exports go straight through.
    again = client.post(url, {"format": "codebook", "dates": "keep"})
    assert again.status_code == 200 and ExportRecord.objects.count() == 2


def test_changing_email_addresses_asks_for_the_password(client, member):
    client.force_login(member)
    response = client.post(reverse("account_email"),
                           {"action_add": "", "email": "max.new@example.test"})
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_reauthenticate"))
    assert not EmailAddress.objects.filter(email="max.new@example.test").exists()


# --- Emails about security changes ----------------------------------------------------------

def test_a_password_change_is_emailed(client, member, django_capture_on_commit_callbacks):
    client.force_login(member)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_change_password"), {
            "oldpassword": PASSWORD, "password1": "a-new-and-longer-passphrase-77",
            "password2": "a-new-and-longer-passphrase-77"})
    assert response.status_code == 302
    assert [m.to for m in mail.outbox] == [[member.email]]
    assert "password" in mail.outbox[0].subject.lower()


def test_an_email_change_is_emailed_to_the_old_address(client, member,
                                                       django_capture_on_commit_callbacks):
    EmailAddress.objects.create(user=member, email="max.new@example.test", verified=True)
    client.force_login(member)
    reauthenticate(client)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_email"),
                    {"action_primary": "", "email": "max.new@example.test"})
    assert EmailAddress.objects.get(email="max.new@example.test").primary
    assert [m.to for m in mail.outbox] == [[member.email]]
    assert "max.new@example.test" in mail.outbox[0].body


# --- Rate limits ----------------------------------------------------------------------------

def test_the_sixth_wrong_password_within_five_minutes_is_refused_even_when_right(client,
                                                                                 member):
    for _ in range(5):
        response = sign_in(client, member.email, "wrong-password-1")
        assert response.status_code == 200 and "too many" not in response.content.decode().lower()
    response = sign_in(client, member.email)  # the right password
    assert response.status_code == 200
    assert "too many failed sign-in attempts" in response.content.decode().lower() \
        or "too many failed login attempts" in response.content.decode().lower()
    assert not signed_in(client)


def test_the_per_address_limit_ignores_forged_forwarded_for_without_a_proxy(client, member,
                                                                           settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    for n in range(10):  # ten different accounts, each "from" a different forged address
        sign_in(client, f"nobody{n}@example.test", "wrong-password-1",
                HTTP_X_FORWARDED_FOR=f"198.51.100.{n}")
    response = sign_in(client, member.email, HTTP_X_FORWARDED_FOR="198.51.100.77")
    assert response.status_code == 200 and not signed_in(client)
    assert "too many" in response.content.decode().lower()


def test_behind_one_proxy_the_address_it_adds_is_the_one_limited(client, member, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    for n in range(10):  # the attacker varies what they send; the proxy appends their address
        sign_in(client, f"nobody{n}@example.test", "wrong-password-1",
                HTTP_X_FORWARDED_FOR=f"10.0.0.{n}, 203.0.113.7")
    response = sign_in(client, member.email, HTTP_X_FORWARDED_FOR="10.9.9.9, 203.0.113.7")
    assert response.status_code == 200 and not signed_in(client)
    assert "too many" in response.content.decode().lower()
    # Someone else behind the same proxy is not held back by it.
    colleague = Client()
    response = sign_in(colleague, member.email, HTTP_X_FORWARDED_FOR="203.0.113.8")
    assert response.status_code == 302 and signed_in(colleague)
