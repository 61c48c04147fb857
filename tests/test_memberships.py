"""Facilitators change roles and remove members; a community always keeps a facilitator."""

import pytest
from django.urls import reverse

from members.models import Membership, MembershipStatus, Notification, Role
from sessions_app.models import RSVP, RSVPAnswer

from .factories import join, make_session, make_user
from .helpers import reauthenticate

pytestmark = pytest.mark.django_db


def membership(user, community):
    return Membership.objects.get(user=user, community=community)


def test_facilitator_promotes_a_member(client, facilitator, member, community):
    client.force_login(facilitator)
    reauthenticate(client)  # role changes and removals ask for it
    m = membership(member, community)
    response = client.post(reverse("members:member_role", args=[community.slug, m.pk]),
                           {"role": "facilitator"}, follow=True)
    assert "Max Member is now a facilitator." in response.text
    assert membership(member, community).role == Role.FACILITATOR


def test_the_last_facilitator_cannot_step_down(client, facilitator, member, community):
    client.force_login(facilitator)
    reauthenticate(client)  # role changes and removals ask for it
    own = membership(facilitator, community)
    response = client.post(reverse("members:member_role", args=[community.slug, own.pk]),
                           {"role": "member"}, follow=True)
    assert "at least one facilitator" in response.text
    assert membership(facilitator, community).role == Role.FACILITATOR


def test_the_last_facilitator_cannot_be_removed(client, facilitator, community):
    client.force_login(facilitator)
    reauthenticate(client)  # role changes and removals ask for it
    own = membership(facilitator, community)
    response = client.post(reverse("members:member_remove", args=[community.slug, own.pk]),
                           follow=True)
    assert "last facilitator cannot be removed" in response.text
    assert membership(facilitator, community).is_active


def test_a_facilitator_can_step_down_when_another_remains(client, facilitator, member, community):
    Membership.objects.filter(user=member).update(role=Role.FACILITATOR)
    client.force_login(facilitator)
    reauthenticate(client)  # role changes and removals ask for it
    own = membership(facilitator, community)
    client.post(reverse("members:member_role", args=[community.slug, own.pk]), {"role": "member"})
    assert membership(facilitator, community).role == Role.MEMBER


def test_removed_member_loses_access_at_once(client, facilitator, member, community):
    client.force_login(facilitator)
    reauthenticate(client)  # role changes and removals ask for it
    m = membership(member, community)
    confirm = client.get(reverse("members:member_remove", args=[community.slug, m.pk]))
    assert "Remove Max Member?" in confirm.text
    client.post(reverse("members:member_remove", args=[community.slug, m.pk]))
    m.refresh_from_db()
    assert m.status == MembershipStatus.LEFT and m.left_at is not None

    client.force_login(member)
    assert client.get(reverse("members:community_home", args=[community.slug])).status_code == 404


def test_removing_a_member_gives_up_their_replies_to_the_communitys_sessions_to_come(
        client, facilitator, member, community, other_community):
    """Their place goes to the first person waiting; replies to past sessions and to
    another community's sessions stay."""
    waiting = make_user(display_name="Wanda Waiting")
    join(waiting, community)
    join(member, other_community)
    full = make_session(community, days=3, capacity=1)
    maybe = make_session(community, days=10)
    past = make_session(community, days=-3)
    elsewhere = make_session(other_community, days=3)
    RSVP.objects.create(session=full, user=member, answer=RSVPAnswer.GOING)
    RSVP.objects.create(session=full, user=waiting, answer=RSVPAnswer.GOING, waitlisted=True)
    for session in (maybe, past, elsewhere):
        RSVP.objects.create(session=session, user=member, answer=RSVPAnswer.MAYBE)

    client.force_login(facilitator)
    reauthenticate(client)  # role changes and removals ask for it
    m = membership(member, community)
    client.post(reverse("members:member_remove", args=[community.slug, m.pk]))

    assert set(RSVP.objects.filter(user=member).values_list("session", flat=True)) == {
        past.pk, elsewhere.pk}
    assert not RSVP.objects.get(session=full, user=waiting).waitlisted
    assert Notification.objects.get(user=waiting, kind="session_place").about == full


def test_an_unknown_role_is_refused(client, facilitator, member, community):
    client.force_login(facilitator)
    reauthenticate(client)  # role changes and removals ask for it
    m = membership(member, community)
    response = client.post(reverse("members:member_role", args=[community.slug, m.pk]),
                           {"role": "owner"}, follow=True)
    assert "Choose a role from the list." in response.text
    assert membership(member, community).role == Role.MEMBER


def test_profile_edit_keeps_fields_the_form_does_not_offer(client, member):
    client.force_login(member)
    response = client.post(reverse("members:profile"), {
        "display_name": "Max M.", "job_title": "Team leader", "agency": "",
        "email": "hijack@example.test", "is_evaluator": "on", "is_staff": "on",
    }, follow=True)
    assert "Your profile has been saved." in response.text
    member.refresh_from_db()
    assert (member.display_name, member.job_title, member.agency) == ("Max M.", "Team leader", None)
    assert member.email == "mem@example.test"
    assert not member.is_evaluator and not member.is_staff


def test_profile_requires_a_display_name(client, member):
    client.force_login(member)
    response = client.post(reverse("members:profile"), {"display_name": "", "job_title": ""})
    assert response.status_code == 200
    assert "This field is required." in response.text
    assert response.context["user"].display_name == "Max Member"  # the navigation is unchanged
    member.refresh_from_db()
    assert member.display_name == "Max Member"
