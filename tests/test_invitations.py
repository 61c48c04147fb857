"""Invitations: bulk invite by email, single-use expiring links, clear messages."""

import re
from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from cop.outbox.models import OutboxMessage
from members.models import Invitation, Membership, Role, User, hash_token

from .factories import join, make_user

pytestmark = pytest.mark.django_db

NEW_ACCOUNT = {
    "display_name": "Nadia New",
    "job_title": "Outreach worker",
    "password1": "correct-horse-battery",
    "password2": "correct-horse-battery",
}


def invite(client, facilitator, community, emails, role="member",
           capture=None):
    client.force_login(facilitator)
    return client.post(reverse("members:invite", args=[community.slug]),
                       {"emails": emails, "role": role}, follow=True)


def link_in(message) -> str:
    match = re.search(r"https?://\S+/invitations/(\S+)/", message.body)
    assert match, message.body
    return reverse("members:invitation_accept", args=[match.group(1)])


@pytest.fixture
def invited(client, facilitator, community, django_capture_on_commit_callbacks):
    """One invitation sent to nadia@example.test; returns its accept URL."""
    with django_capture_on_commit_callbacks(execute=True):
        invite(client, facilitator, community, "nadia@example.test")
    client.logout()
    assert len(mail.outbox) == 1
    return link_in(mail.outbox[0])


def test_facilitator_invites_several_people_at_once(
    client, facilitator, community, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = invite(client, facilitator, community,
                          "a@example.test, B@Example.test\nc@example.test", role="facilitator")
    assert "Invitation sent to a@example.test, b@example.test, c@example.test" in response.text
    assert callbacks, "emails go out only after the transaction commits"
    assert list(OutboxMessage.objects.values_list("kind", "status")) == [
        ("members.invitation", "sent")] * 3
    assert sorted(m.to[0] for m in mail.outbox) == ["a@example.test", "b@example.test",
                                                    "c@example.test"]
    assert community.name in mail.outbox[0].subject
    invitations = Invitation.objects.filter(community=community)
    assert {i.role for i in invitations} == {Role.FACILITATOR}
    assert all(i.sent_at and i.token_hash for i in invitations)
    # The link's token is not stored, only its hash.
    token = link_in(mail.outbox[0]).rstrip("/").rsplit("/", 1)[1]
    assert not Invitation.objects.filter(token_hash=token).exists()
    assert Invitation.objects.filter(token_hash=hash_token(token)).exists()


def test_invalid_addresses_are_named_and_nobody_is_invited(client, facilitator, community):
    response = invite(client, facilitator, community, "good@example.test, not-an-email, x@")
    assert response.status_code == 200
    assert "These are not valid email addresses: not-an-email, x@." in response.text
    assert not Invitation.objects.exists()
    assert not mail.outbox


def test_existing_members_are_not_invited_again(client, facilitator, member, community):
    response = invite(client, facilitator, community, "MEM@example.test, fresh@example.test")
    assert "Already members, so not invited: mem@example.test" in response.text
    assert list(Invitation.objects.values_list("email", flat=True)) == ["fresh@example.test"]


def test_accepting_creates_the_account_verifies_email_and_joins(client, invited, community):
    page = client.get(invited)
    assert page.status_code == 200
    assert "nadia@example.test" in page.text
    response = client.post(invited, NEW_ACCOUNT)
    assert response.status_code == 302
    assert response["Location"] == community.get_absolute_url()
    user = User.objects.get(email="nadia@example.test")
    assert user.display_name == "Nadia New" and user.check_password("correct-horse-battery")
    assert EmailAddress.objects.get(user=user).verified
    membership = Membership.objects.get(user=user, community=community)
    assert membership.is_active and membership.role == Role.MEMBER
    assert client.session["_auth_user_id"] == str(user.pk)
    assert client.get(response["Location"]).status_code == 200


def test_a_link_works_only_once(client, invited):
    client.post(invited, NEW_ACCOUNT)
    client.logout()
    second = client.post(invited, {**NEW_ACCOUNT, "display_name": "Someone Else"})
    assert second.status_code == 410
    assert "already been used" in second.text
    assert User.objects.filter(email="nadia@example.test").count() == 1


def test_an_expired_link_is_refused(client, invited):
    Invitation.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    response = client.post(invited, NEW_ACCOUNT)
    assert response.status_code == 410
    assert "expired" in response.text
    assert not User.objects.filter(email="nadia@example.test").exists()


def test_links_expire_after_fourteen_days(invited):
    invitation = Invitation.objects.get()
    assert invitation.expires_at - invitation.created_at == timedelta(days=14)


def test_a_made_up_link_is_not_found(client, db):
    response = client.get(reverse("members:invitation_accept", args=["made-up-token"]))
    assert response.status_code == 404
    assert "not valid" in response.text


def test_a_newer_invitation_replaces_the_older_link(
    client, facilitator, community, invited, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        invite(client, facilitator, community, "nadia@example.test")
    client.logout()
    old = client.post(invited, NEW_ACCOUNT)
    assert old.status_code == 410
    new = client.post(link_in(mail.outbox[-1]), NEW_ACCOUNT)
    assert new.status_code == 302


def test_link_opened_while_signed_in_as_someone_else(client, invited, member):
    client.force_login(member)
    response = client.get(invited)
    assert response.status_code == 403
    assert "signed in as mem@example.test" in response.text
    assert "nadia@example.test" in response.text
    assert client.post(invited, NEW_ACCOUNT).status_code == 403
    assert not User.objects.filter(email="nadia@example.test").exists()


def test_existing_account_signs_in_then_joins(client, facilitator, other_community, community,
                                              django_capture_on_commit_callbacks):
    person = make_user("known@example.test", display_name="Kim Known")
    join(person, other_community)
    with django_capture_on_commit_callbacks(execute=True):
        invite(client, facilitator, community, "known@example.test", role="facilitator")
    client.logout()
    link = link_in(mail.outbox[0])

    anonymous = client.get(link)
    assert "Sign in to accept" in anonymous.text
    assert client.post(link, NEW_ACCOUNT).status_code == 200  # no account is made
    assert User.objects.filter(email__iexact="known@example.test").count() == 1

    client.force_login(person)
    assert client.get(link).status_code == 200
    response = client.post(link)
    assert response["Location"] == community.get_absolute_url()
    membership = Membership.objects.get(user=person, community=community)
    assert membership.role == Role.FACILITATOR and membership.is_active


def test_weak_or_mismatched_passwords_are_explained(client, invited):
    response = client.post(invited, {**NEW_ACCOUNT, "password2": "something-else-entirely"})
    assert "The two passwords do not match." in response.text
    response = client.post(invited, {**NEW_ACCOUNT, "password1": "12345", "password2": "12345"})
    assert "too short" in response.text
    assert not User.objects.filter(email="nadia@example.test").exists()


def test_former_member_rejoins_through_an_invitation(client, facilitator, former_member,
                                                     community,
                                                     django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        invite(client, facilitator, community, former_member.email)
    client.force_login(former_member)
    client.post(link_in(mail.outbox[0]))
    membership = Membership.objects.get(user=former_member, community=community)
    assert membership.is_active and membership.left_at is None


def test_signup_is_closed_except_through_invitations(client, db):
    page = client.get(reverse("account_signup"))
    assert "Joining is by invitation" in page.text
    client.post(reverse("account_signup"), {"email": "walk-in@example.test",
                                             "password1": "correct-horse-battery",
                                             "password2": "correct-horse-battery"})
    assert not User.objects.filter(email="walk-in@example.test").exists()


def test_purge_forgets_long_expired_unused_invitations(facilitator, community):
    from members.services import invitations_purge_expired

    now = timezone.now()
    old = Invitation.objects.create(email="old@example.test", community=community,
                                    expires_at=now - timedelta(days=91))
    recent = Invitation.objects.create(email="recent@example.test", community=community,
                                       expires_at=now - timedelta(days=1))
    assert invitations_purge_expired() == 1
    assert not Invitation.objects.filter(pk=old.pk).exists()
    assert Invitation.objects.filter(pk=recent.pk).exists()
