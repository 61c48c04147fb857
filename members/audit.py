"""The audit trail: an append-only record of who did what, to which object, when and from
where (members.AuditEvent).

Two sources write it:

- explicit events, for reads and actions that change no tracked row: `record(...)` (case
  views, sign-ins and failed sign-ins, second-factor changes, exports, refused access...);
- the change history of tracked models (django-pghistory triggers, see
  members/audit_triggers.py), mirrored into the same table by a database trigger: case and
  comment edits and removals, overrides, memberships and roles, invitations, attendance.

An entry never holds case text, tokens or passwords: `detail` is a small JSON object of
ids and options. Entries cannot be changed or deleted (a database trigger refuses it);
`purge_before` removes those past their retention period."""

import ipaddress
import logging
import re
from datetime import datetime

import pgtrigger
from django.apps import apps
from django.db import models, transaction
from django.db.models import Q
from django.urls import Resolver404, resolve

from .models import AuditEvent, User

logger = logging.getLogger(__name__)

APPEND_ONLY_TRIGGER = "members.AuditEvent:audit_append_only"

# What each action means, in plain words (the audit pages show these).
ACTION_LABELS = {
    "case.view": "Viewed a case",
    "case.created": "Created a case",
    "case.edited": "Edited a case",
    "case.status_changed": "Changed a case's status",
    "case.deleted": "Deleted a case",
    "comment.created": "Posted a comment",
    "comment.edited": "Edited a comment",
    "comment.removed": "Removed a comment",
    "comment.deleted": "Deleted a comment",
    "override.created": "Kept text the identifier check flagged",
    "override.deleted": "Deleted an identifier override",
    "escalation.created": "Recorded an escalation of barriers",
    "escalation.updated": "Updated an escalation of barriers",
    "escalation.deleted": "Deleted an escalation of barriers",
    "barriers.brief": "Downloaded a system barriers brief",
    "membership.created": "Joined or was added to a community",
    "membership.status_changed": "Membership status changed",
    "membership.deleted": "Membership deleted",
    "role.changed": "Role changed",
    "invitation.created": "Invited someone",
    "invitation.sent": "Invitation email sent",
    "invitation.accepted": "Invitation accepted",
    "invitation.revoked": "Invitation replaced",
    "invitation.deleted": "Old invitation deleted",
    "attendance.recorded": "Attendance recorded",
    "attendance.removed": "Attendance removed",
    "auth.login": "Signed in",
    "auth.logout": "Signed out",
    "auth.login_failed": "Failed sign-in",
    "auth.password_changed": "Changed password",
    "auth.password_reset": "Reset password",
    "auth.email_changed": "Changed email address",
    "mfa.added": "Added a second factor",
    "mfa.removed": "Removed a second factor",
    "mfa.reset": "Made new recovery codes",
    "mfa.failed": "Wrong second-factor code",
    "access.refused": "Refused access",
    "export.survey": "Exported survey data",
    "data.download": "Downloaded own data",
    "account.closed": "Closed their account",
    "retention.applied": "Retention applied",
    "audit.view": "Looked at the audit trail",
    "outbox.resent": "Sent failed emails or jobs again",
}

# Entries of a community's cases that its facilitators see (/c/<slug>/audit/).
CASE_ACTIONS = (
    "case.view", "case.created", "case.edited", "case.status_changed", "case.deleted",
    "comment.edited", "comment.removed", "comment.deleted",
    "override.created", "override.deleted",
)

# Keys never kept in `detail`, whatever a caller passes: secrets, and strings that may be
# free text (a yes/no or a number under such a name, like drop_free_text, is kept).
_SECRET_KEY = re.compile(r"pass|token|secret|otp|recovery|(^|_)(key|code)(s?$|_)",
                         re.IGNORECASE)
_TEXT_KEY = re.compile(r"text|body|content|reason|title|message|note", re.IGNORECASE)
_DETAIL_STRING_MAX = 200
_DETAIL_KEYS_MAX = 20
# URL arguments that are secrets (invitation and survey links, calendar feeds, password
# reset and email confirmation keys): their values never reach the trail.
_SECRET_URL_ARG = re.compile(r"token|key|uid|secret|code", re.IGNORECASE)


def client_ip(request) -> str | None:
    """The client's address as the sign-in rate limits see it (allauth, trusted proxies)."""
    from allauth.account.adapter import get_adapter

    try:
        ip = get_adapter(request).get_client_ip(request)
        return str(ipaddress.ip_address(ip))
    except Exception:  # noqa: BLE001  (a malformed header must not stop the request)
        return None


def safe_path(request) -> str:
    """The request's path with secret URL arguments (tokens, keys) replaced by "…"."""
    path = request.path
    match = getattr(request, "resolver_match", None)
    if match is None:
        try:
            match = resolve(request.path_info)
        except Resolver404:
            match = None
    if match is not None:
        for name, value in match.kwargs.items():
            if _SECRET_URL_ARG.search(name) and value:
                path = path.replace(str(value), "…")
    return path[:300]


def _clean_detail(detail) -> dict:
    if not detail:
        return {}
    if not isinstance(detail, dict):
        raise TypeError("An audit detail is a dict of ids and options.")
    clean = {}
    for key, value in list(detail.items())[:_DETAIL_KEYS_MAX]:
        key = str(key)[:60]
        if _SECRET_KEY.search(key) or (_TEXT_KEY.search(key) and isinstance(value, str)):
            continue
        clean[key] = _clean_value(value)
    return clean


def _clean_value(value):
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_clean_value(v) for v in list(value)[:_DETAIL_KEYS_MAX]]
    if isinstance(value, dict):
        return _clean_detail(value)
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)[:_DETAIL_STRING_MAX]


def _target(target) -> tuple[str, int | None]:
    if target is None:
        return "", None
    try:
        target_id = int(target.pk)
    except (TypeError, ValueError):
        target_id = None
    return target._meta.label_lower, target_id


def record(*, action: str, actor=None, request=None, target=None, community=None,
           detail: dict | None = None) -> None:
    """Append one entry to the audit trail.

    `actor` defaults to the request's signed-in user; `community` to the target's
    community, if it has one. `detail` holds ids and options only: keys that look like
    secrets or text (password, token, key, code, body, text...) are dropped and strings
    are cut short, so a mistake here cannot put case text or a secret in the trail. Written
    in the caller's transaction: if it rolls back, so does the entry."""
    if not action or len(action) > 60:
        raise ValueError(f"An audit action is a short dotted name, not {action!r}.")
    user = getattr(request, "user", None) if request is not None else None
    if actor is None and user is not None and user.is_authenticated:
        actor = user
    if actor is not None and not getattr(actor, "pk", None):
        actor = None  # AnonymousUser
    target_type, target_id = _target(target)
    community_id = getattr(community, "pk", community)
    if community_id is None and target is not None:
        community_id = getattr(target, "community_id", None)
    event = AuditEvent(
        action=action,
        actor_id=actor.pk if actor is not None else None,
        target_type=target_type,
        target_id=target_id,
        community_id=community_id,
        detail=_clean_detail(detail),
    )
    if request is not None:
        event.ip = client_ip(request)
        event.user_agent = request.META.get("HTTP_USER_AGENT", "")[:200]
        event.path = safe_path(request)
    event.save(force_insert=True)


def _entry(event: AuditEvent) -> dict:
    return {
        "when": event.created_at.isoformat(),
        "action": event.action,
        "description": ACTION_LABELS.get(event.action, event.action),
        "by_me": event.actor_id is not None,
        "object_type": event.target_type,
        "object_id": event.target_id,
        "community_id": event.community_id,
        "ip_address": event.ip,
        "user_agent": event.user_agent,
        "path": event.path,
        "detail": event.detail,
    }


def user_entries_q(user) -> Q:
    """Entries about a person: what they did, and what was done to their account (failed
    sign-ins with their address, for example)."""
    return Q(actor_id=user.pk) | Q(target_type=User._meta.label_lower, target_id=user.pk)


def entries_for_user(user) -> list[dict]:
    """The person's own audit entries, oldest first, for their data download."""
    events = AuditEvent.objects.filter(user_entries_q(user)).order_by("id")
    return [_entry(event) | {"by_me": event.actor_id == user.pk} for event in events]


def history_models() -> list[type[models.Model]]:
    """The change-history tables (pghistory event models) of tracked models."""
    from pghistory.models import Event

    return [m for m in apps.get_models()
            if issubclass(m, Event) and not m._meta.proxy and not m._meta.abstract]


def purge_before(cutoff: datetime, *, batch_size: int = 5000) -> int:
    """Delete audit entries and change history older than `cutoff` (retention). The only
    way anything leaves the trail. Returns how many rows were deleted."""
    from pghistory.models import Context

    uris = [APPEND_ONLY_TRIGGER] + [f"{m._meta.label}:append_only" for m in history_models()]
    deleted = 0
    tables = [(AuditEvent, "created_at")] + [(m, "pgh_created_at") for m in history_models()]
    for model, field in tables:
        while True:
            with transaction.atomic(), pgtrigger.ignore(*uris):
                ids = list(model._default_manager.filter(**{f"{field}__lt": cutoff})
                           .order_by("pk").values_list("pk", flat=True)[:batch_size])
                if not ids:
                    break
                deleted += model._default_manager.filter(pk__in=ids).delete()[0]
    # A context is refreshed each time an event uses it: one older than the cutoff is
    # used by none of the events kept.
    Context.objects.filter(updated_at__lt=cutoff).delete()
    return deleted


# Sign-in, account and second-factor events -------------------------------------------------


def _on_logged_in(sender, request, user, **kwargs):
    record(action="auth.login", actor=user, request=request, target=user)


def _on_logged_out(sender, request, user, **kwargs):
    if user is not None and getattr(user, "pk", None):
        record(action="auth.logout", actor=user, request=request, target=user)


def _on_login_failed(sender, credentials, request=None, **kwargs):
    """A failed sign-in. The password is never kept (Django has already masked it), nor is
    the address typed: people type passwords into the address field. If the address is an
    account's, the entry names that account (so its owner and the admins can see attempts
    on it); otherwise it says only that no account has that address."""
    email = credentials.get("email") or credentials.get("username") or ""
    account = (User.objects.filter(email__iexact=email).only("pk").first()
               if isinstance(email, str) and "@" in email and len(email) <= 254 else None)
    record(action="auth.login_failed", actor=None, request=request, target=account,
           detail={"account": "known" if account else "unknown"})


def _on_account_change(action):
    def receiver(sender, request, user, **kwargs):
        record(action=action, actor=user, request=request, target=user)
    return receiver


def _on_authenticator(action):
    def receiver(sender, request, user, authenticator=None, **kwargs):
        record(action=action, actor=user, request=request, target=user,
               detail={"type": getattr(authenticator, "type", ""),
                       "authenticator": getattr(authenticator, "pk", None)})
    return receiver


def connect_signals() -> None:
    """Called once from MembersConfig.ready()."""
    from allauth.account import signals as account_signals
    from django.contrib.auth import signals as auth_signals

    uid = "members.audit"
    auth_signals.user_logged_in.connect(_on_logged_in, dispatch_uid=f"{uid}.login")
    auth_signals.user_logged_out.connect(_on_logged_out, dispatch_uid=f"{uid}.logout")
    auth_signals.user_login_failed.connect(_on_login_failed, dispatch_uid=f"{uid}.failed")
    for signal, action in ((account_signals.password_changed, "auth.password_changed"),
                           (account_signals.password_reset, "auth.password_reset")):
        signal.connect(_on_account_change(action), weak=False, dispatch_uid=f"{uid}.{action}")
    account_signals.email_changed.connect(_on_account_change("auth.email_changed"),
                                          weak=False, dispatch_uid=f"{uid}.email")
    if apps.is_installed("allauth.mfa"):
        from allauth.mfa import signals as mfa_signals

        for signal, action in ((mfa_signals.authenticator_added, "mfa.added"),
                               (mfa_signals.authenticator_removed, "mfa.removed"),
                               (mfa_signals.authenticator_reset, "mfa.reset"),
                               (mfa_signals.authentication_failed, "mfa.failed")):
            signal.connect(_on_authenticator(action), weak=False,
                           dispatch_uid=f"{uid}.{action}")


# Reading the trail (the audit pages) ---------------------------------------------------------

PAGE_SIZE = 50

TARGET_LABELS = {
    "casework.casestudy": "Case",
    "casework.comment": "Comment",
    "casework.anonymisationoverride": "Identifier override",
    "casework.escalation": "Escalation",
    "members.membership": "Membership",
    "members.invitation": "Invitation",
    "members.user": "Account",
    "sessions_app.attendance": "Attendance",
    "evaluation.survey": "Survey",
}


def trail_page(*, before: int | None = None, action: str = "", actions=(), person=None,
               community_id: int | None = None, since: datetime | None = None,
               until: datetime | None = None) -> tuple[list[AuditEvent], int | None]:
    """One page of entries, newest first, and the id to pass as `before` for the next
    (older) page, or None. Keyset pagination on the primary key: one query per page,
    however long the trail."""
    events = AuditEvent.objects.select_related("actor", "community").order_by("-id")
    if before:
        events = events.filter(id__lt=before)
    if action:
        events = events.filter(action=action)
    if actions:
        events = events.filter(action__in=list(actions))
    if person is not None:
        events = events.filter(user_entries_q(person))
    if community_id:
        events = events.filter(community_id=community_id)
    if since:
        events = events.filter(created_at__gte=since)
    if until:
        events = events.filter(created_at__lt=until)
    rows = list(events[: PAGE_SIZE + 1])
    older = rows[PAGE_SIZE - 1].pk if len(rows) > PAGE_SIZE else None
    return rows[:PAGE_SIZE], older


def actor_name(event: AuditEvent) -> str:
    """Who did it, as the audit pages say it."""
    if event.actor_id is None:
        # No request at all: a background task or a command on the server.
        return "Nobody signed in" if event.path else "The system"
    return person_name(event.actor)


def person_name(user) -> str:
    if user is None or getattr(user, "closed_at", None) or not user.display_name:
        return "Former member"
    return user.display_name


def users_named(events: list[AuditEvent]) -> dict[int, User]:
    """The people entries are about (failed sign-ins, memberships), in one query."""
    ids = set()
    for event in events:
        if event.target_type == User._meta.label_lower and event.target_id:
            ids.add(event.target_id)
        user_id = event.detail.get("user") if isinstance(event.detail, dict) else None
        if isinstance(user_id, int):
            ids.add(user_id)
    return User.objects.in_bulk(ids) if ids else {}
