"""Writes for accounts, communities and invitations. Each function is a transaction."""

import secrets
from dataclasses import dataclass, field
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from .models import Invitation, Membership, MembershipStatus, Role, User, hash_token


class InvitationError(Exception):
    """An invitation cannot be used; the message is shown to the person."""


class MembershipError(Exception):
    """A membership change is not allowed; the message is shown to the facilitator."""


@dataclass
class InviteOutcome:
    invited: list[Invitation] = field(default_factory=list)
    already_members: list[str] = field(default_factory=list)


def _require_facilitator(actor, community) -> None:
    if not Membership.objects.filter(
        user=actor, community=community, role=Role.FACILITATOR, status=MembershipStatus.ACTIVE
    ).exists():
        raise PermissionDenied("Only facilitators of this community can do that.")


def invitations_create(*, actor, community, emails: list[str], role: str) -> InviteOutcome:
    """Invite each address to `community`; a newer invitation replaces an open one."""
    _require_facilitator(actor, community)
    outcome = InviteOutcome()
    now = timezone.now()
    with transaction.atomic():
        for email in dict.fromkeys(e.strip().lower() for e in emails):
            if Membership.objects.filter(
                community=community, user__email__iexact=email, status=MembershipStatus.ACTIVE
            ).exists():
                outcome.already_members.append(email)
                continue
            Invitation.objects.filter(
                community=community, email__iexact=email,
                accepted_at__isnull=True, revoked_at__isnull=True,
            ).update(revoked_at=now)
            invitation = Invitation.objects.create(
                email=email,
                community=community,
                role=role,
                invited_by=actor,
                created_at=now,
                expires_at=now + timedelta(days=settings.INVITATION_VALID_DAYS),
            )
            outcome.invited.append(invitation)

        from .tasks import send_invitation

        for invitation in outcome.invited:
            transaction.on_commit(lambda pk=invitation.pk: send_invitation.delay(pk))
    return outcome


def invitation_send(*, invitation_id: int) -> bool:
    """Email the invitation once, with a fresh single-use token. Returns whether it sent.

    The token exists only in the email: the database keeps its hash. If sending
    fails the transaction rolls back, so a retry sends a new link instead."""
    with transaction.atomic():
        invitation = (
            Invitation.objects.select_for_update(of=("self",))
            .select_related("community", "invited_by")
            .filter(pk=invitation_id)
            .first()
        )
        if invitation is None or invitation.sent_at or not invitation.is_open:
            return False
        token = secrets.token_urlsafe(32)
        invitation.token_hash = hash_token(token)
        invitation.sent_at = timezone.now()
        invitation.save(update_fields=["token_hash", "sent_at"])
        link = settings.SITE_URL.rstrip("/") + reverse("members:invitation_accept", args=[token])
        context = {"invitation": invitation, "link": link, "site_name": settings.SITE_NAME}
        send_mail(
            subject=f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}You are invited to join "
            f"{invitation.community.name}",
            message=render_to_string("members/email/invitation.txt", context),
            from_email=None,
            recipient_list=[invitation.email],
        )
    return True


def _open_invitation_for_update(invitation_id: int) -> Invitation:
    invitation = (
        Invitation.objects.select_for_update(of=("self",))
        .select_related("community")
        .get(pk=invitation_id)
    )
    if invitation.accepted_at is not None:
        raise InvitationError("This invitation has already been used.")
    if invitation.revoked_at is not None:
        raise InvitationError("This invitation has been replaced by a newer one. "
                              "Please use the link in the most recent email.")
    if invitation.is_expired:
        raise InvitationError("This invitation has expired. Please ask the facilitator "
                              "for a new one.")
    return invitation


def _join(invitation: Invitation, user: User) -> Membership:
    membership, created = Membership.objects.get_or_create(
        user=user, community=invitation.community,
        defaults={"role": invitation.role},
    )
    if not created:
        if not membership.is_active:
            membership.status = MembershipStatus.ACTIVE
            membership.joined_at = timezone.now()
            membership.left_at = None
            membership.role = invitation.role
        elif invitation.role == Role.FACILITATOR:
            membership.role = Role.FACILITATOR
        membership.save()
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    # Following the emailed link proves the address.
    EmailAddress.objects.update_or_create(
        user=user, email__iexact=invitation.email,
        defaults={"email": user.email, "verified": True, "primary": True},
    )
    return membership


@transaction.atomic
def invitation_accept_new_user(
    *, invitation_id: int, display_name: str, password: str, job_title: str = "", agency=None
) -> Membership:
    """Create the account for the invited address and join the community."""
    invitation = _open_invitation_for_update(invitation_id)
    if User.objects.filter(email__iexact=invitation.email).exists():
        raise InvitationError("An account with this email address already exists. "
                              "Please sign in to accept the invitation.")
    user = User(email=invitation.email.lower(), display_name=display_name.strip(),
                job_title=job_title.strip(), agency=agency)
    user.set_password(password)
    user.save()
    return _join(invitation, user)


@transaction.atomic
def invitation_accept_existing_user(*, invitation_id: int, user: User) -> Membership:
    """Add the invited community to the signed-in account the invitation was sent to."""
    invitation = _open_invitation_for_update(invitation_id)
    if invitation.email.lower() != user.email.lower():
        raise InvitationError(
            "This invitation was sent to a different email address. Sign out, then open "
            "the link again and sign in with the invited address."
        )
    return _join(invitation, user)


def _lock_facilitators(community) -> list[int]:
    return list(
        Membership.objects.select_for_update()
        .filter(community=community, role=Role.FACILITATOR, status=MembershipStatus.ACTIVE)
        .values_list("pk", flat=True)
    )


@transaction.atomic
def membership_change_role(*, actor, membership: Membership, role: str) -> Membership:
    _require_facilitator(actor, membership.community)
    if role not in Role.values:
        raise ValidationError("Unknown role.")
    facilitators = _lock_facilitators(membership.community)
    if role != Role.FACILITATOR and facilitators == [membership.pk]:
        raise MembershipError("A community needs at least one facilitator: "
                              "make someone else a facilitator first.")
    membership.role = role
    membership.save(update_fields=["role"])
    return membership


@transaction.atomic
def membership_remove(*, actor, membership: Membership) -> Membership:
    _require_facilitator(actor, membership.community)
    facilitators = _lock_facilitators(membership.community)
    if facilitators == [membership.pk]:
        raise MembershipError("The last facilitator cannot be removed: "
                              "make someone else a facilitator first.")
    membership.status = MembershipStatus.LEFT
    membership.left_at = timezone.now()
    membership.save(update_fields=["status", "left_at"])
    return membership


@transaction.atomic
def profile_update(*, actor: User, display_name: str, job_title: str, agency) -> User:
    actor.display_name = display_name.strip()
    actor.job_title = job_title.strip()
    actor.agency = agency
    actor.save(update_fields=["display_name", "job_title", "agency"])
    return actor


def invitations_purge_expired(*, older_than_days: int = 90) -> int:
    """Forget unused invitations long past expiry: no reason to keep those addresses."""
    cutoff = timezone.now() - timedelta(days=older_than_days)
    deleted, _ = Invitation.objects.filter(accepted_at__isnull=True, expires_at__lt=cutoff).delete()
    return deleted
