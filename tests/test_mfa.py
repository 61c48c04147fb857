"""Two-factor authentication: secrets encrypted at rest, required for facilitators,
evaluators and site admins, the admin's login through allauth, the demo's codes."""

import re
import time

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import validate_totp_code
from django.core import mail
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command
from django.db import connection
from django.urls import reverse

from members.middleware import SEEN_KEY
from members.models import Membership, MembershipStatus, Role
from members.security import DEMO_TOTP_SECRET, totp_code, totp_secret_of

from .factories import PASSWORD, TOTP_SECRET, give_totp, join, make_user, totp_now
from .helpers import reauthenticate, sign_in

pytestmark = pytest.mark.django_db

MFA_INDEX = "/accounts/2fa/"


def stored_authenticator_text(user) -> str:
    """The authenticators' data column exactly as PostgreSQL holds it."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT coalesce(string_agg(data::text, ' '), '') "
                       "FROM mfa_authenticator WHERE user_id = %s", [user.pk])
        return cursor.fetchone()[0]


def without_second_factor(user):
    Authenticator.objects.filter(user=user).delete()
    return user


def activate_totp(client):
    """allauth's set-up page, used like a person would: read the key, type the app's code."""
    page = client.get(reverse("mfa_activate_totp"))
    assert page.status_code == 200, page
    secret = re.search(r'id="authenticator_secret"[^>]*value="([A-Z2-7]+)"',
                       page.content.decode()).group(1)
    response = client.post(reverse("mfa_activate_totp"), {"code": totp_code(secret)})
    assert response.status_code == 302, response.content.decode()[:2000]
    return secret


# --- Encrypted at rest ------------------------------------------------------------------------

def test_an_app_secret_is_stored_encrypted_and_its_codes_still_sign_in(client, member):
    client.force_login(member)
    reauthenticate(client)  # changing the second factor asks for the password first
    secret = activate_totp(client)

    stored = stored_authenticator_text(member)
    assert secret not in stored and secret.lower() not in stored.lower()
    totp = Authenticator.objects.get(user=member, type=Authenticator.Type.TOTP)
    assert totp.data["secret"] != secret and totp.data["secret"].startswith("gAAAAA")  # Fernet
    recovery = Authenticator.objects.get(user=member, type=Authenticator.Type.RECOVERY_CODES)
    assert recovery.data["seed"].startswith("gAAAAA")
    assert totp_secret_of(member) == secret

    # Signing in now takes the password, then a code from the app.
    client.logout()
    response = sign_in(client, member.email)
    assert response.status_code == 302 and response.url == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session
    wrong = client.post(reverse("mfa_authenticate"), {"code": "000000"})
    assert wrong.status_code == 200 and "_auth_user_id" not in client.session
    response = client.post(reverse("mfa_authenticate"), {"code": totp_code(secret)})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(member.pk)


def test_only_the_configured_key_decrypts_and_keys_can_be_rotated(member, settings):
    settings.MFA_ENCRYPTION_KEY = "old-key"
    give_totp(member)
    assert TOTP_SECRET not in stored_authenticator_text(member)
    settings.MFA_ENCRYPTION_KEY = "a-different-key"
    with pytest.raises(ImproperlyConfigured):
        totp_secret_of(member)
    settings.MFA_ENCRYPTION_KEY = "new-key,old-key"  # the first encrypts, any decrypts
    assert totp_secret_of(member) == TOTP_SECRET


# --- Required for facilitators, evaluators and site admins -----------------------------------

@pytest.fixture(params=["facilitator", "evaluator", "site admin"])
def role_holder_without_mfa(request, community):
    if request.param == "facilitator":
        user = make_user()
        join(user, community, Role.FACILITATOR)
    elif request.param == "evaluator":
        user = make_user(is_evaluator=True)
    else:
        user = make_user(is_staff=True, is_superuser=True)
    return request.param, without_second_factor(user)


def test_a_role_holder_without_a_second_factor_is_sent_to_set_one_up(
        client, role_holder_without_mfa, community):
    role, user = role_holder_without_mfa
    client.force_login(user)
    for url in ("/communities/", "/profile/", "/evaluation/", "/admin/",
                f"/c/{community.slug}/", "/accounts/sessions/"):
        response = client.get(url)
        assert response.status_code == 302 and response.url == MFA_INDEX, url
    htmx = client.get("/communities/", headers={"HX-Request": "true"})
    assert htmx["HX-Redirect"] == MFA_INDEX

    page = client.get(MFA_INDEX).content.decode()
    assert "Set up a second step before you carry on" in page
    assert f"You are a {role}" in page or f"You are an {role}" in page
    # The set-up pages themselves, confirming the password, and signing out stay open.
    assert client.get(reverse("account_reauthenticate")).status_code == 200
    reauthenticate(client)
    activate_totp(client)
    assert client.get("/communities/").status_code == 200


def test_signing_out_stays_open(client, role_holder_without_mfa):
    _role, user = role_holder_without_mfa
    client.force_login(user)
    client.post(reverse("account_logout"))
    assert "_auth_user_id" not in client.session


def test_members_and_former_facilitators_are_not_required(client, community, member):
    former = make_user()
    Membership.objects.create(user=former, community=community, role=Role.FACILITATOR,
                              status=MembershipStatus.LEFT)
    for person in (member, former):
        assert not Authenticator.objects.filter(user=person).exists()
        client.force_login(person)
        assert client.get("/communities/").status_code == 200
        page = client.get(MFA_INDEX).content.decode()
        assert "Set up an authenticator app" in page and "before you carry on" not in page


def test_a_member_made_facilitator_must_set_it_up_within_a_minute(client, community, member,
                                                                   facilitator):
    client.force_login(member)
    assert client.get("/communities/").status_code == 200
    Membership.objects.filter(user=member).update(role=Role.FACILITATOR)
    session = client.session
    session[SEEN_KEY] = time.time() - 61  # the next activity write looks at roles again
    session.save()
    response = client.get("/communities/")
    assert response.status_code == 302 and response.url == MFA_INDEX


def test_a_facilitator_cannot_turn_off_their_only_second_factor(
        client, facilitator, member, django_capture_on_commit_callbacks):
    client.force_login(facilitator)
    reauthenticate(client)
    client.post(reverse("mfa_deactivate_totp"))
    assert Authenticator.objects.filter(user=facilitator, type="totp").exists()

    give_totp(member)  # a member may turn theirs off
    client.force_login(member)
    reauthenticate(client)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(reverse("mfa_deactivate_totp")).status_code == 302
    assert not Authenticator.objects.filter(user=member).exists()
    assert [m.to for m in mail.outbox] == [[member.email]]
    assert "Authenticator app deactivated" in mail.outbox[0].body


@pytest.mark.django_db(transaction=True)  # allauth emails after the commit, in the request
def test_adding_an_authenticator_app_emails_the_person(client, member):
    client.force_login(member)
    reauthenticate(client)
    mail.outbox.clear()
    activate_totp(client)
    notices = [m for m in mail.outbox if "Authenticator app activated" in m.body]
    assert [m.to for m in notices] == [[member.email]]


def test_second_factor_changes_ask_for_the_password_again(client, member):
    client.force_login(member)
    response = client.get(reverse("mfa_activate_totp"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_reauthenticate"))
    reauthenticate(client)
    assert client.get(reverse("mfa_activate_totp")).status_code == 200
    page = client.get(reverse("mfa_add_webauthn"))
    assert page.status_code == 200 and "Add a security key or passkey" in page.content.decode()


def test_passkey_sign_in_is_offered_and_every_script_carries_the_nonce(client, member):
    page = client.get(reverse("account_login"))
    html = page.content.decode()
    assert 'id="passkey_login"' in html
    nonce = re.search(r"'nonce-([^']+)'", page["Content-Security-Policy"]).group(1)
    scripts = re.findall(r"<script[^>]*>", html)
    assert scripts and all(f'nonce="{nonce}"' in tag for tag in scripts), scripts

    client.force_login(member)
    reauthenticate(client)
    html = client.get(reverse("mfa_add_webauthn")).content.decode()
    executable = [tag for tag in re.findall(r"<script[^>]*>", html)
                  if 'type="application/json"' not in tag]
    assert executable and all("nonce=" in tag for tag in executable)


# --- The Django admin signs in through allauth ------------------------------------------------

def test_the_admin_login_is_allauths(client, member):
    response = client.get("/admin/login/")
    assert response.status_code == 302
    assert response.url == reverse("account_login") + "?next=%2Fadmin%2Flogin%2F"
    client.force_login(member)
    assert client.get("/admin/login/").status_code == 403  # signed in, not staff


def test_a_site_admin_without_a_second_factor_cannot_reach_admin_pages(client):
    admin = without_second_factor(make_user(is_staff=True, is_superuser=True))
    client.force_login(admin)
    for url in ("/admin/", "/admin/members/user/", f"/admin/members/user/{admin.pk}/change/"):
        response = client.get(url)
        assert response.status_code == 302 and response.url == MFA_INDEX, url
    # Nor through the password form alone: it signs in, then sends them to set one up.
    client.logout()
    response = client.post(reverse("account_login") + "?next=/admin/",
                           {"login": admin.email, "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/admin/").url == MFA_INDEX


def test_a_site_admin_reaches_the_admin_with_password_and_code(client, site_admin):
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain[-1][0].startswith(reverse("account_login"))
    response = client.post(reverse("account_login") + "?next=/admin/",
                           {"login": site_admin.email, "password": PASSWORD})
    assert response.url == reverse("mfa_authenticate")
    assert client.get("/admin/").status_code == 302  # not signed in yet
    response = client.post(reverse("mfa_authenticate"), {"code": totp_now()})
    assert response.status_code == 302 and response.url == "/admin/"
    assert client.get("/admin/").status_code == 200


# --- The demo's codes ----------------------------------------------------------------------------

def test_demo_totp_prints_a_working_code_only_in_development(member, settings, capsys):
    give_totp(member, DEMO_TOTP_SECRET)
    settings.DEBUG = False
    with pytest.raises(CommandError, match="only in development"):
        call_command("demo_totp", member.email)
    settings.DEBUG = True
    call_command("demo_totp", member.email)
    code = capsys.readouterr().out.strip()
    assert re.fullmatch(r"\d{6}", code) and validate_totp_code(DEMO_TOTP_SECRET, code)
    with pytest.raises(CommandError, match="no authenticator"):
        call_command("demo_totp", "nobody@example.test")
