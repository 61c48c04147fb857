"""What happens to members' data about a person (see cop/lifecycle.py): memberships,
invitations, notifications and their settings, prepared downloads, ways to sign in.

- Closing an account: they leave every community (the memberships stay, as left, so the
  member lists' history holds); invitations to their address are revoked and lose it;
  notifications, notification settings, prepared downloads, email addresses, second
  factors and signed-in sessions are deleted. The account itself is erased by the flow
  (members.services.account_close), after every app's part.
- "Download my data": profile.json (with fields other apps add), memberships.json,
  notifications.json.
- Retention: a notification about something redacted loses its text too (`on_redacted`).
  The audit trail is the flows' own record, kept and purged by them (members/audit.py).
"""

from allauth.account.models import EmailAddress
from django.apps import apps

from cop import lifecycle

from . import permissions, unread
from .models import (
    EmailFrequency,
    Invitation,
    Membership,
    MembershipStatus,
    Notification,
    NotificationKind,
    NotificationSetting,
    default_email_frequency,
)
from .personal_data import exports_delete_for

CLOSED_DISPLAY_NAME = "Former member"


def closed_email(user_id: int) -> str:
    """A unique address that can never receive mail (.invalid is reserved, RFC 2606)."""
    return f"closed-{user_id}@invalid"


# --- Closing an account -----------------------------------------------------------------------


def _end_sign_in(user) -> None:
    """No way back in: no email address, no second factor, no open session."""
    EmailAddress.objects.filter(user=user).delete()
    if apps.is_installed("allauth.mfa"):
        from allauth.mfa.models import Authenticator

        Authenticator.objects.filter(user=user).delete()
    if apps.is_installed("allauth.usersessions"):
        from allauth.usersessions.models import UserSession

        for session in UserSession.objects.filter(user=user):
            session.end()
    # Sessions not listed there end on their next request: Django checks each session
    # against the password hash, which is now unusable, and refuses inactive accounts.


def close_account(user, now) -> dict[str, int]:
    ended = Membership.objects.filter(user=user, status=MembershipStatus.ACTIVE).update(
        status=MembershipStatus.LEFT, left_at=now)
    unread.forget([user.pk])  # a queryset update sends no signals
    # Invitations addressed to them keep no trace of the address.
    Invitation.objects.filter(email__iexact=user.email, accepted_at__isnull=True,
                              revoked_at__isnull=True).update(revoked_at=now)
    Invitation.objects.filter(email__iexact=user.email).update(email=closed_email(user.pk))
    Notification.objects.filter(user=user).delete()
    NotificationSetting.objects.filter(user=user).delete()
    exports_delete_for(user)
    _end_sign_in(user)
    return {"memberships_ended": ended}


# --- "Download my data" -----------------------------------------------------------------------


def community_json(community) -> dict | None:
    """A community as the download shows it wherever something belongs to one."""
    if community is None:
        return None
    return {"name": community.name, "slug": community.slug}


def profile(user) -> dict:
    settings_by_kind = {s.kind: s for s in NotificationSetting.objects.filter(user=user)}
    data = {
        "email": user.email,
        "display_name": user.display_name,
        "job_title": user.job_title,
        "agency": ({"name": user.agency.name, "sector": user.agency.get_sector_display(),
                    "discipline": user.agency.get_discipline_display()}
                   if user.agency else None),
        "is_evaluator": user.is_evaluator,
        "is_site_admin": permissions.is_site_admin(user),
        "date_joined": user.date_joined,
        "last_login": user.last_login,
        "email_addresses": [
            {"email": a.email, "verified": a.verified, "primary": a.primary}
            for a in EmailAddress.objects.filter(user=user).order_by("pk")
        ],
        "notification_settings": [
            {"kind": label,
             "in_app": settings_by_kind[kind].in_app if kind in settings_by_kind else True,
             "email": (settings_by_kind[kind].get_email_frequency_display()
                       if kind in settings_by_kind else
                       EmailFrequency(default_email_frequency(kind)).label)}
            for kind, label in NotificationKind.choices
        ],
    }
    data |= lifecycle.profile_fields(user)  # such as has_calendar_feed (sessions_app)
    data["second_factors"] = []
    if apps.is_installed("allauth.mfa"):
        from allauth.mfa.models import Authenticator

        data["second_factors"] = [
            {"type": a.get_type_display(), "created_at": a.created_at,
             "last_used_at": a.last_used_at}
            for a in Authenticator.objects.filter(user=user).order_by("pk")
        ]
    return data


def memberships(user) -> list[dict]:
    return [
        {"community": community_json(m.community), "role": m.get_role_display(),
         "status": m.get_status_display(), "joined_at": m.joined_at, "left_at": m.left_at}
        for m in Membership.objects.filter(user=user).select_related("community")
        .order_by("joined_at", "pk")
    ]


def notifications(user) -> list[dict]:
    return [
        {"kind": n.get_kind_display(), "community": community_json(n.community),
         "text": n.text, "link": n.url, "created_at": n.created_at, "read_at": n.read_at,
         "shown_in_app": n.in_app, "emailed_at": n.emailed_at,
         "in_digest_sent_at": n.digest.sent_at if n.digest else None}
        for n in Notification.objects.filter(user=user).select_related("community", "digest")
        .order_by("created_at", "pk")
    ]


EXPORT_FILES = [
    lifecycle.ExportFile(
        "profile.json", profile,
        "Your account: email address, name, job title, agency, roles, when you joined and "
        "last signed in, your email addresses, notification settings and the kinds of "
        "second factor you use (never their secrets)."),
    lifecycle.ExportFile(
        "memberships.json", memberships,
        "The communities you belong or belonged to, your role, and when you joined or "
        "left."),
    lifecycle.ExportFile(
        "notifications.json", notifications,
        "The notifications made for you, in the app and by email, and when you read them."),
]


# --- Retention --------------------------------------------------------------------------------


def on_redacted(model, titles, notice) -> None:
    """Notifications about what was redacted quote it (a case's title): found by what they
    are about, whatever their links say."""
    Notification.objects.filter(about_type=model._meta.label_lower,
                                about_id__in=list(titles)).update(text=notice)


def register() -> None:
    lifecycle.register(lifecycle.Lifecycle(
        app="members", close_account=close_account, export_files=EXPORT_FILES,
        on_redacted=on_redacted))
