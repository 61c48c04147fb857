"""Writes for accounts, communities and invitations. Each function is a transaction."""

import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage, send_mail
from django.db import IntegrityError, models, transaction
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import Truncator

from cop import lifecycle
from cop.outbox import messages as outbox
from cop.outbox.mail import absolute

from . import deliveries, permissions, selectors
from . import unread as unread_counts
from .lifecycle import CLOSED_DISPLAY_NAME, closed_email
from .models import (
    NOTIFICATION_TEXT_MAX,
    Agency,
    Community,
    EmailFrequency,
    Invitation,
    Membership,
    MembershipStatus,
    Notification,
    NotificationKind,
    NotificationSetting,
    Role,
    User,
    default_email_frequency,
    hash_token,
    unsubscribe_token,
)


class InvitationError(Exception):
    """An invitation cannot be used; the message is shown to the person."""


class MembershipError(Exception):
    """A membership change is not allowed; the message is shown to the facilitator."""


@dataclass
class InviteOutcome:
    invited: list[Invitation] = field(default_factory=list)
    already_members: list[str] = field(default_factory=list)


def _require_facilitator(actor: User, community: Community) -> None:
    permissions.require_facilitator(selectors.membership_in(actor, community.pk), community.pk)


def invitations_create(*, actor: User, community: Community, emails: list[str],
                       role: str) -> InviteOutcome:
    """Invite each address to `community`; a newer invitation replaces an open one."""
    _require_facilitator(actor, community)
    outcome = InviteOutcome()
    now = timezone.now()
    with transaction.atomic():
        for email in dict.fromkeys(e.strip().lower() for e in emails):
            if permissions.current_memberships().filter(
                community=community, user__email__iexact=email
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

        outbox.enqueue(deliveries.INVITATION, [i.pk for i in outcome.invited])
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
        link = absolute(reverse("members:invitation_accept", args=[token]))
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
        elif membership.role == Role.MEMBER:  # an invitation raises a role, never lowers it
            membership.role = invitation.role
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


@dataclass(frozen=True)
class NewAgency:
    """An agency a person names because it is not in the list (joining, or their profile)."""

    name: str
    sector: str
    discipline: str


def _agency_named(new: NewAgency) -> Agency:
    """The agency of that name, ignoring case and repeated spaces; created if there is none.
    Its name is not scanned for identifiers (an organisation's name), only held to its limit."""
    name = " ".join(new.name.split())
    existing = Agency.objects.filter(name__iexact=name).first()
    if existing is not None:
        return existing
    agency = Agency(name=name, sector=new.sector, discipline=new.discipline)
    agency.full_clean(validate_unique=False)
    try:
        with transaction.atomic():
            agency.save()
    except IntegrityError:  # someone named it at the same moment
        return Agency.objects.get(name=name)
    return agency


@transaction.atomic
def invitation_accept_new_user(
    *, invitation_id: int, display_name: str, password: str, job_title: str = "",
    agency: Agency | None = None,
    new_agency: NewAgency | None = None,
) -> Membership:
    """Create the account for the invited address and join the community. `new_agency`, if
    given, is the agency the person named instead of choosing one (`agency`)."""
    invitation = _open_invitation_for_update(invitation_id)
    if User.objects.filter(email__iexact=invitation.email).exists():
        raise InvitationError("An account with this email address already exists. "
                              "Please sign in to accept the invitation.")
    if new_agency is not None:
        agency = _agency_named(new_agency)
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


def _lock_facilitators(community: Community) -> list[int]:
    return list(
        permissions.facilitator_memberships().select_for_update()
        .filter(community=community).values_list("pk", flat=True)
    )


@transaction.atomic
def membership_change_role(*, actor: User, membership: Membership, role: str) -> Membership:
    _require_facilitator(actor, membership.community)
    if role not in Role.values:
        raise ValidationError("Unknown role.")
    facilitators = _lock_facilitators(membership.community)
    if not permissions.leaves_a_facilitator(membership, facilitators, new_role=role):
        raise MembershipError("A community needs at least one facilitator: "
                              "make someone else a facilitator first.")
    membership.role = role
    membership.save(update_fields=["role"])
    return membership


@transaction.atomic
def membership_remove(*, actor: User, membership: Membership) -> Membership:
    _require_facilitator(actor, membership.community)
    facilitators = _lock_facilitators(membership.community)
    if not permissions.leaves_a_facilitator(membership, facilitators):
        raise MembershipError("The last facilitator cannot be removed: "
                              "make someone else a facilitator first.")
    membership.status = MembershipStatus.LEFT
    membership.left_at = timezone.now()
    membership.save(update_fields=["status", "left_at"])
    # Each app gives up what only a member holds there (sessions_app: places at sessions).
    lifecycle.membership_removed(membership.user, membership.community_id, membership.left_at)
    return membership


@transaction.atomic
@transaction.atomic
def profile_update(*, actor: User, display_name: str, job_title: str, agency: Agency | None,
                   new_agency: NewAgency | None = None) -> User:
    if new_agency is not None:
        agency = _agency_named(new_agency)
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


# Notifications -------------------------------------------------------------------------------


class UnsubscribeError(Exception):
    """An unsubscribe link cannot be used; the message is shown to the person."""


def _site_path(url: str) -> str:
    """Notifications link only to pages of this site, so opening one is never an open redirect."""
    if (
        not isinstance(url, str)
        or not url.startswith("/")
        or url.startswith(("//", "/\\"))
        or not url_has_allowed_host_and_scheme(url, allowed_hosts=None)
    ):
        raise ValueError(f"A notification links to a path on this site, not {url!r}.")
    return url


def notify(*, user_ids: Iterable[int], kind: str, community: Community, text: str, url: str,
           about: models.Model | None = None) -> int:
    """Tell the active members of `community` among `user_ids` about something: `about`,
    the case, session or survey it concerns (retention and account closing find it by
    that), and `url`, where to read more.

    Each person's settings decide whether it shows in the app, and whether it is emailed
    straight away, saved for their daily or weekly digest (members/digests.py), or not
    emailed (a person with neither gets nothing). Emails that go straight away are outbox
    rows, sent after commit. Returns how many notifications were made."""
    kind = NotificationKind(kind)
    url = _site_path(url)
    text = Truncator(" ".join(str(text).split())).chars(NOTIFICATION_TEXT_MAX)
    if not text:
        raise ValueError("A notification needs some text.")
    user_ids = set(user_ids)
    if not user_ids:
        return 0
    about_type = about._meta.label_lower if about is not None else ""
    about_id = about.pk if about is not None else None
    with transaction.atomic():
        recipients = sorted(
            permissions.current_memberships().filter(
                community=community,
                user_id__in=user_ids,
                user__is_active=True,
            ).values_list("user_id", flat=True)
        )
        chosen = {
            user_id: (in_app, frequency)
            for user_id, in_app, frequency in NotificationSetting.objects.filter(
                user_id__in=recipients, kind=kind
            ).values_list("user_id", "in_app", "email_frequency")
        }
        default = (True, default_email_frequency(kind))
        now = timezone.now()
        notifications, to_email = [], []
        for user_id in recipients:
            in_app, frequency = chosen.get(user_id, default)
            if not in_app and frequency == EmailFrequency.OFF:
                continue
            notification = Notification(
                user_id=user_id, kind=kind, community=community, text=text, url=url,
                about_type=about_type, about_id=about_id, created_at=now, in_app=in_app,
                email_via="" if frequency == EmailFrequency.OFF else frequency,
            )
            notifications.append(notification)
            if frequency == EmailFrequency.IMMEDIATELY:
                to_email.append(notification)
        Notification.objects.bulk_create(notifications)
        unread_counts.forget(n.user_id for n in notifications if n.in_app)  # bulk: no signals
        outbox.enqueue(deliveries.NOTIFICATION_EMAIL, [n.pk for n in to_email])
    return len(notifications)


def notification_send_email(*, notification_id: int) -> bool:
    """Email one notification on its own, at most once. Returns whether it sent.

    `emailed_at` is set in the same transaction as the send: if sending fails, it rolls back
    and the task's retry tries again; once it has been sent, a second run does nothing. The
    person's choice is read again here: switched off, nothing goes; switched to a digest,
    the notification waits for that digest instead (it is in one email at most)."""
    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update(of=("self",))
            .select_related("user", "community")
            .filter(pk=notification_id)
            .first()
        )
        if notification is None or notification.emailed_at or notification.digest_id:
            return False
        user, kind = notification.user, notification.kind
        if not user.is_active:
            return False
        frequency = selectors.email_frequency_of(user, kind)
        if frequency != EmailFrequency.IMMEDIATELY:
            notification.email_via = "" if frequency == EmailFrequency.OFF else frequency
            notification.save(update_fields=["email_via"])
            return False
        if not permissions.user_is_member(user, notification.community_id):
            return False  # left the community since: no news of it by email
        notification.emailed_at = timezone.now()
        notification.save(update_fields=["emailed_at"])

        unsubscribe = absolute(
            reverse("members:notification_unsubscribe", args=[unsubscribe_token(user.pk, kind)])
        )
        context = {
            "notification": notification,
            "text": notification.text,
            "community": notification.community,
            "kind_label": notification.get_kind_display(),
            "link": absolute(notification.url),
            "settings_link": absolute(reverse("members:notification_settings")),
            "unsubscribe_link": unsubscribe,
            "site_name": settings.SITE_NAME,
        }
        EmailMessage(
            subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + notification.text,
            body=render_to_string("members/email/notification.txt", context),
            to=[user.email],
            headers={
                "List-Unsubscribe": f"<{unsubscribe}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        ).send()
    return True


@transaction.atomic
def notifications_redact_about(objects: Iterable[models.Model], notice: str) -> int:
    """Notifications about those objects quote what was redacted (retention): their text
    becomes `notice`, found by what they are about, whatever their links say."""
    objects = list(objects)
    if not objects:
        return 0
    return Notification.objects.filter(about_type=objects[0]._meta.label_lower,
                                       about_id__in=[o.pk for o in objects]).update(text=notice)


@transaction.atomic
def notifications_mark_read(*, actor: User, notification_ids: Iterable[int] | None = None,
                            about: models.Model | None = None) -> int:
    """Mark the actor's unread notifications as read: all of them, or only those listed,
    or only those `about` one thing (opened: a private question, say). Ids of other
    people's notifications are ignored. Returns how many changed."""
    unread = Notification.objects.filter(user=actor, read_at__isnull=True)
    if notification_ids is not None:
        unread = unread.filter(pk__in=list(notification_ids))
    if about is not None:
        unread = unread.filter(about_type=about._meta.label_lower, about_id=about.pk)
    changed = unread.update(read_at=timezone.now())
    if changed:
        unread_counts.forget([actor.pk])  # no signals: a queryset update
    return changed


def _reroute_waiting(user: User, kind: str, frequency: str) -> None:
    """Notifications of `kind` not yet emailed follow a changed choice: off, none of them
    goes; to a digest, they wait for that one. Switched to "straight away", those already
    waiting for a digest still come in it, rather than as a burst of separate emails."""
    if frequency == EmailFrequency.IMMEDIATELY:
        return
    Notification.objects.filter(
        user=user, kind=kind, emailed_at__isnull=True, digest__isnull=True,
    ).exclude(email_via="").update(
        email_via="" if frequency == EmailFrequency.OFF else frequency)


@transaction.atomic
def notification_settings_update(*, actor: User, values: dict[str, tuple[bool, str]]) -> None:
    """Save the actor's choices, `{kind: (in_app, email_frequency)}`; kinds not given are
    left alone. Notifications waiting to be emailed follow the new choice."""
    rows = []
    for kind, (in_app, frequency) in values.items():
        if kind not in NotificationKind.values:
            raise ValidationError("Unknown kind of notification.")
        if frequency not in EmailFrequency.values:
            raise ValidationError("Choose how often to get emails.")
        rows.append(NotificationSetting(user=actor, kind=kind, in_app=bool(in_app),
                                        email_frequency=frequency))
    NotificationSetting.objects.bulk_create(
        rows, update_conflicts=True, unique_fields=["user", "kind"],
        update_fields=["in_app", "email_frequency"],
    )
    for row in rows:
        _reroute_waiting(actor, row.kind, row.email_frequency)


@transaction.atomic
def notification_unsubscribe(*, token: str) -> tuple[User, str]:
    """Turn off emails of one kind (straight away and in digests) for the person an emailed
    link was made for. Works without signing in: the signed token is the proof. Returns
    (user, kind)."""
    target = selectors.unsubscribe_target(token)
    if target is None:
        raise UnsubscribeError(
            "This unsubscribe link is not valid. Check that you copied the whole link from the "
            "email, or sign in and change your notification settings."
        )
    user, kind = target
    NotificationSetting.objects.bulk_create(
        [NotificationSetting(user=user, kind=kind, in_app=True,
                             email_frequency=EmailFrequency.OFF)],
        update_conflicts=True, unique_fields=["user", "kind"],
        update_fields=["email_frequency"],
    )
    _reroute_waiting(user, kind, EmailFrequency.OFF)
    return user, kind



# Closing an account ----------------------------------------------------------------------------

class AccountCloseError(Exception):
    """The account cannot be closed yet; the message is shown to the person."""


@transaction.atomic
def account_close(*, actor: User, user: User, request: HttpRequest | None = None) -> User:
    """Close `user`'s account at their own request (or a site admin's on their behalf).

    They can no longer sign in; their name, email address and profile are erased; what
    they posted stays and shows "Former member". What each app erases or keeps is its own
    declaration (its lifecycle.py, called through cop/lifecycle.py); members' is that they
    leave every community and lose their notifications, settings and prepared downloads.
    Refused while they are the only facilitator of a community."""
    from . import audit

    permissions.require_can_close_account(actor, user)
    user = User.objects.select_for_update().get(pk=user.pk)
    if user.closed_at is not None:
        raise AccountCloseError("This account is already closed.")
    facilitating = permissions.facilitator_memberships().filter(user=user)
    for membership in facilitating.select_related("community"):
        _lock_facilitators(membership.community)
    blockers = selectors.account_close_blockers(user)
    if blockers:
        names = ", ".join(c.name for c in blockers)
        raise AccountCloseError(
            f"You are the only facilitator of {names}. Make someone else a facilitator "
            "there first (from the community's member list), then close your account.")
    now = timezone.now()
    counts = lifecycle.close_account(user, now)

    user.email = closed_email(user.pk)
    user.display_name = CLOSED_DISPLAY_NAME
    user.job_title = ""
    user.agency = None
    user.is_active = user.is_staff = user.is_superuser = user.is_evaluator = False
    user.set_unusable_password()
    user.closed_at = now
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
    audit.record(action="account.closed", actor=actor, request=request, target=user,
                 detail=counts)
    return user


# Retention -----------------------------------------------------------------------------------


def retention_apply(*, now: datetime | None = None) -> dict[str, int]:
    """The daily retention run: what each app redacts or deletes (its lifecycle.py, through
    cop/lifecycle.py; casework redacts the text of cases closed longer ago than
    CLOSED_CASE_READABLE_DAYS), then the audit entries older than AUDIT_KEEP_DAYS are
    deleted, and what was done is recorded (counts only)."""
    import logging

    from . import audit

    now = now or timezone.now()
    detail = lifecycle.apply_retention(now)
    detail["audit_entries_deleted"] = audit.purge_before(
        now - timedelta(days=settings.AUDIT_KEEP_DAYS))
    audit.record(action="retention.applied", detail=detail)
    logging.getLogger("members.retention").info(
        "Retention applied: %s", " ".join(f"{name}={count}" for name, count in detail.items()))
    return detail


def deliveries_resend(*, actor: User, channel: str, pk: int | None = None) -> int:
    """Send failed outbox rows again (one, or all of a channel): site admins only, audited.
    Returns how many will go out with the next sweep."""
    from cop.outbox import engine

    from . import audit

    permissions.require_site_admin(actor, "Only site admins can send failed messages again.")
    with transaction.atomic():
        count = engine.resend_failed(channel, actor=actor, pk=pk)
        audit.record(action="outbox.resent", actor=actor,
                     detail={"channel": channel, "row": pk, "count": count})
    return count
