""""Download my data": a ZIP of everything the platform holds about one person, as JSON.

- export_request: record a request (the link's token is returned once; only its hash is
  kept) and queue the build after commit.
- export_run: the Celery task's body: write the ZIP under PERSONAL_EXPORT_ROOT, one JSON
  file per kind of data plus README.txt, with progress after each file.
- export_for: the person's own export for a token from their link, or None (so someone
  else's link is a 404).
- exports_delete_expired: the hourly sweep deleting files past DATA_EXPORT_KEEP_HOURS.

Survey answers are never included: they carry a pseudonymous code, not the person, and
nothing links them back. The invitations say only that the person was invited and whether
they answered."""

import json
import logging
import os
import secrets
import zipfile
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

from cop.outbox import messages as outbox

from .deliveries import PERSONAL_DATA_EXPORT
from .models import (
    EmailFrequency,
    Membership,
    Notification,
    NotificationKind,
    NotificationSetting,
    PersonalDataExport,
    User,
    default_email_frequency,
    hash_token,
)

log = logging.getLogger(__name__)

Status = PersonalDataExport.Status
REQUESTS_PER_DAY = 5  # a person may ask this many times in 24 hours: each one is real work


# --- What goes in the ZIP: one function per file ----------------------------------------------


def _community(community) -> dict | None:
    if community is None:
        return None
    return {"name": community.name, "slug": community.slug}


def _session(session) -> dict | None:
    if session is None:
        return None
    return {"title": session.title, "community": _community(session.community),
            "starts_at": session.starts_at, "ends_at": session.ends_at,
            "status": session.status}


def profile(user: User) -> dict:
    from allauth.account.models import EmailAddress

    settings_by_kind = {s.kind: s for s in NotificationSetting.objects.filter(user=user)}
    data = {
        "email": user.email,
        "display_name": user.display_name,
        "job_title": user.job_title,
        "agency": ({"name": user.agency.name, "sector": user.agency.get_sector_display(),
                    "discipline": user.agency.get_discipline_display()}
                   if user.agency else None),
        "is_evaluator": user.is_evaluator,
        "is_site_admin": user.is_staff,
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
        "has_calendar_feed": _has_feed(user),
        "second_factors": [],
    }
    if apps.is_installed("allauth.mfa"):
        from allauth.mfa.models import Authenticator

        data["second_factors"] = [
            {"type": a.get_type_display(), "created_at": a.created_at,
             "last_used_at": a.last_used_at}
            for a in Authenticator.objects.filter(user=user).order_by("pk")
        ]
    return data


def _has_feed(user) -> bool:
    from sessions_app.models import CalendarFeed

    return CalendarFeed.objects.filter(user=user).exists()


def memberships(user: User) -> list[dict]:
    return [
        {"community": _community(m.community), "role": m.get_role_display(),
         "status": m.get_status_display(), "joined_at": m.joined_at, "left_at": m.left_at}
        for m in Membership.objects.filter(user=user).select_related("community")
        .order_by("joined_at", "pk")
    ]


def cases(user: User) -> list[dict]:
    from django.db.models import Prefetch

    from casework.models import CASE_TEXT_FIELDS, CaseRevision, CaseStudy

    revisions = Prefetch("revisions", CaseRevision.objects.order_by("created_at", "pk"))
    out = []
    for case in (CaseStudy.objects.filter(author=user).select_related("community")
                 .prefetch_related(revisions).order_by("created_at", "pk")):
        item = {"id": case.pk, "community": _community(case.community),
                "status": case.get_status_display(), "pseudonym": case.pseudonym}
        item |= {field: getattr(case, field) for field, _ in CASE_TEXT_FIELDS}
        item |= {
            "needs_domains": case.get_needs_domains_display(),
            "for_discussion": case.for_discussion,
            "created_at": case.created_at, "updated_at": case.updated_at,
            "published_at": case.published_at,
            "revisions": [
                {"kind": r.get_kind_display(), "from_status": r.from_status,
                 "to_status": r.to_status, "reason": r.reason, "by_you": r.actor_id == user.pk,
                 "created_at": r.created_at, "snapshot": r.snapshot}
                for r in case.revisions.all()
            ],
        }
        out.append(item)
    return out


def comments(user: User) -> list[dict]:
    from casework.models import Comment

    return [
        {"id": c.pk, "case": {"id": c.case_id, "community": _community(c.case.community),
                              "yours": c.case.author_id == user.pk},
         "reply_to_comment": c.parent_id, "body": c.body, "created_at": c.created_at,
         "edited_at": c.edited_at, "removed_at": c.removed_at,
         "removal_reason": c.removal_reason}
        for c in Comment.objects.filter(author=user)
        .select_related("case", "case__community").order_by("created_at", "pk")
    ]


def case_activity(user: User) -> dict:
    from casework.models import AnonymisationOverride, Barrier, Follow

    return {
        "barriers_you_recorded": [
            {"case_id": b.case_id, "service_type": b.get_service_type_display(),
             "category": b.get_category_display(), "description": b.description,
             "overcome": b.get_overcome_display(), "how_overcome": b.how_overcome,
             "created_at": b.created_at, "updated_at": b.updated_at}
            for b in Barrier.objects.filter(recorded_by=user).order_by("created_at", "pk")
        ],
        "identifier_warnings_you_overrode": [
            {"case_id": o.case_id, "comment_id": o.comment_id, "field": o.field,
             "kind": o.kind_label, "flagged_text": o.flagged_text, "reason": o.reason,
             "created_at": o.created_at}
            for o in AnonymisationOverride.objects.filter(user=user).order_by("created_at", "pk")
        ],
        "cases_you_follow": [
            {"case_id": f.case_id, "since": f.created_at}
            for f in Follow.objects.filter(user=user)
            .order_by("created_at", "pk")
        ],
    }


def sessions(user: User) -> dict:
    from sessions_app.models import RSVP, ActionPoint, Attendance, FollowUpRequest, Material

    related = ("session", "session__community")
    return {
        "rsvps": [
            {"session": _session(r.session), "answer": r.get_answer_display(),
             "on_waiting_list": r.waitlisted, "asked_at": r.asked_at, "updated_at": r.updated_at}
            for r in RSVP.objects.filter(user=user).select_related(*related)
            .order_by("session__starts_at", "pk")
        ],
        "attendance": [
            {"session": _session(a.session), "recorded_at": a.recorded_at}
            for a in Attendance.objects.filter(user=user).select_related(*related)
            .order_by("session__starts_at", "pk")
        ],
        "action_points_you_own": [
            {"session": _session(a.session), "text": a.text, "due_on": a.due_on,
             "done": a.done, "done_at": a.done_at, "created_at": a.created_at}
            for a in ActionPoint.objects.filter(owner=user).select_related(*related)
            .order_by("created_at", "pk")
        ],
        "follow_up_requests": [
            {"session": _session(f.session), "message": f.message, "created_at": f.created_at,
             "picked_up_at": f.handled_at}
            for f in FollowUpRequest.objects.filter(user=user).select_related(*related)
            .order_by("created_at", "pk")
        ],
        "library_items_you_added": [
            {"community": _community(m.community), "title": m.title, "summary": m.summary,
             "url": m.url, "filename": m.filename, "created_at": m.created_at}
            for m in Material.objects.filter(uploaded_by=user).select_related("community")
            .order_by("created_at", "pk")
        ],
    }


def notifications(user: User) -> list[dict]:
    return [
        {"kind": n.get_kind_display(), "community": _community(n.community), "text": n.text,
         "link": n.url, "created_at": n.created_at, "read_at": n.read_at,
         "shown_in_app": n.in_app, "emailed_at": n.emailed_at,
         "in_digest_sent_at": n.digest.sent_at if n.digest else None}
        for n in Notification.objects.filter(user=user).select_related("community", "digest")
        .order_by("created_at", "pk")
    ]


def survey_invitations(user: User) -> list[dict]:
    from evaluation.models import SurveyInvitation

    return [
        {"survey": i.survey.title, "study": i.survey.study.name,
         "community": _community(i.community),
         "session": {"title": i.session.title, "starts_at": i.session.starts_at}
         if i.session else None,
         "invited_at": i.created_at, "answered": i.answered}
        for i in SurveyInvitation.objects.filter(user=user)
        .select_related("survey", "survey__study", "community", "session")
        .order_by("created_at", "pk")
    ]


def audit_entries(user: User) -> list[dict]:
    from . import audit

    return audit.entries_for_user(user)


@dataclass(frozen=True)
class Section:
    filename: str
    build: object
    about: str


SECTIONS = [
    Section("profile.json", profile,
            "Your account: email address, name, job title, agency, roles, when you joined and "
            "last signed in, your email addresses, notification settings and the kinds of "
            "second factor you use (never their secrets)."),
    Section("memberships.json", memberships,
            "The communities you belong or belonged to, your role, and when you joined or "
            "left."),
    Section("cases.json", cases,
            "Every case you wrote, drafts included, with its full history of edits and status "
            "changes (\"by_you\" says whether you made the change)."),
    Section("comments.json", comments,
            "Every comment you posted, with the number of the case it is on (other people's "
            "cases are theirs, so only their number is here). A comment a facilitator "
            "removed shows when and why."),
    Section("case_activity.json", case_activity,
            "Barriers you recorded on cases, identifier warnings you chose to keep (with your "
            "reason), and the cases you follow."),
    Section("sessions.json", sessions,
            "Your replies to sessions (going, maybe, not going), the sessions you were "
            "recorded as attending, action points you own, follow-up requests you made and "
            "library items you added."),
    Section("notifications.json", notifications,
            "The notifications made for you, in the app and by email, and when you read them."),
    Section("survey_invitations.json", survey_invitations,
            "The evaluation surveys you were invited to and whether you answered. Your answers "
            "are not here: they are stored under a pseudonymous code, without your name or "
            "account, so nobody (us included) can find them from you."),
    Section("audit.json", audit_entries,
            "The audit trail's record of what you did: signing in, viewing and changing cases, "
            "exports and other sensitive actions, with the time and the network address."),
]


def readme(user: User, made_at) -> str:
    lines = [
        f"Your data from {settings.SITE_NAME}",
        "=" * (len(settings.SITE_NAME) + 15),
        "",
        f"Prepared {timezone.localtime(made_at):%-d %B %Y at %H:%M} (UK time) for the account "
        f"{user.email}.",
        "",
        "Each file is JSON (UTF-8). Times are ISO 8601 with their offset from UTC.",
        "",
    ]
    for section in SECTIONS:
        lines += [section.filename, "    " + section.about, ""]
    lines += [
        "What is not here: what other people wrote (their cases and comments), and your "
        "survey answers (see survey_invitations.json). Cases you wrote stay in their "
        "community if you close your account, shown as written by a former member.",
        "",
    ]
    return "\n".join(lines)


def _json(data) -> str:
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2) + "\n"


# --- Requests, the background build, the link -------------------------------------------------


def export_root() -> Path:
    return Path(settings.PERSONAL_EXPORT_ROOT)


def export_path(export: PersonalDataExport) -> Path | None:
    return export_root() / export.file if export.file else None


def export_request(*, actor, request=None) -> tuple[PersonalDataExport, str]:
    """Record a request and queue the build after commit. Returns the export and the token
    for its link, which is not stored (only its hash is) and cannot be shown again."""
    from . import audit

    since = timezone.now() - timedelta(days=1)
    if PersonalDataExport.objects.filter(user=actor, created_at__gte=since).count() \
            >= REQUESTS_PER_DAY:
        raise ValidationError(f"You have asked for your data {REQUESTS_PER_DAY} times in the "
                              "last 24 hours. Please use the last link, or try again tomorrow.")
    token = secrets.token_urlsafe(32)
    with transaction.atomic():
        export = PersonalDataExport.objects.create(user=actor, token_hash=hash_token(token),
                                                   total=len(SECTIONS))
        audit.record(action="data.download", actor=actor, request=request, target=export,
                     detail={"stage": "requested"})
        outbox.enqueue(PERSONAL_DATA_EXPORT, export.pk)
    return export, token


def export_for(user, token: str) -> PersonalDataExport | None:
    """The export a link's token names, if it is `user`'s own."""
    if not user.is_authenticated or not token:
        return None
    return PersonalDataExport.objects.filter(user=user, token_hash=hash_token(token)).first()


def export_run(*, export_id: int) -> PersonalDataExport | None:
    """Build the ZIP (the Celery task's body). Run again after a lost worker, it starts
    over; a finished export is left as it is."""
    export = PersonalDataExport.objects.select_related("user").filter(pk=export_id).first()
    if export is None or export.status in (Status.DONE, Status.FAILED):
        return export
    user = export.user
    if not user.is_active:
        PersonalDataExport.objects.filter(pk=export.pk).update(status=Status.FAILED,
                                                               finished_at=timezone.now())
        return export
    root = export_root()
    root.mkdir(parents=True, exist_ok=True)
    name = f"data-{export.pk}-{secrets.token_hex(8)}.zip"
    PersonalDataExport.objects.filter(pk=export.pk).update(
        status=Status.RUNNING, progress=0, total=len(SECTIONS))
    partial = root / f".{name}.part"
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("README.txt", readme(user, export.created_at))
            for done, section in enumerate(SECTIONS, start=1):
                archive.writestr(section.filename, _json(section.build(user)))
                PersonalDataExport.objects.filter(pk=export.pk).update(progress=done)
        os.replace(partial, root / name)
    except Exception as exc:
        # The type only: a message could quote the person's data.
        log.error("Personal data export %s failed: %s", export.pk, type(exc).__name__)
        partial.unlink(missing_ok=True)
        PersonalDataExport.objects.filter(pk=export.pk).update(status=Status.FAILED,
                                                               finished_at=timezone.now())
        return export
    now = timezone.now()
    PersonalDataExport.objects.filter(pk=export.pk).update(
        status=Status.DONE, progress=len(SECTIONS), file=name, finished_at=now,
        expires_at=now + timedelta(hours=settings.DATA_EXPORT_KEEP_HOURS))
    export.refresh_from_db()
    return export


@dataclass(frozen=True)
class ExportState:
    percent: int
    running: bool
    ready: bool
    expired: bool
    failed: bool


def export_state(export: PersonalDataExport) -> ExportState:
    running = export.status in (Status.PENDING, Status.RUNNING)
    if export.status == Status.DONE:
        percent = 100
    elif export.total:
        percent = min(99, export.progress * 100 // export.total)
    else:
        percent = 0
    path = export_path(export)
    expired = export.status == Status.DONE and (
        export.is_expired or path is None or not path.exists())
    return ExportState(percent=percent, running=running,
                       ready=export.status == Status.DONE and not expired,
                       expired=expired, failed=export.status == Status.FAILED)


def download_name(export: PersonalDataExport) -> str:
    return f"my-data-{timezone.localtime(export.created_at):%Y-%m-%d}.zip"


def _unlink(name: str) -> bool:
    path = export_root() / name
    if path.is_file():
        path.unlink()
        return True
    return False


def exports_delete_expired(*, now=None) -> int:
    """Delete the files of exports past their expiry (the rows stay, so an old link says it
    has expired), give up on builds that never finished, and remove leftover files. Returns
    the number of files deleted."""
    now = now or timezone.now()
    keep = timedelta(hours=settings.DATA_EXPORT_KEEP_HOURS)
    deleted = 0
    for export in PersonalDataExport.objects.filter(expires_at__lte=now).exclude(file=""):
        deleted += _unlink(export.file)
        PersonalDataExport.objects.filter(pk=export.pk).update(file="")
    PersonalDataExport.objects.filter(status__in=[Status.PENDING, Status.RUNNING],
                                      created_at__lt=now - keep).update(
        status=Status.FAILED, finished_at=now)
    root = export_root()
    if root.is_dir():
        kept = set(PersonalDataExport.objects.exclude(file="").values_list("file", flat=True))
        for path in root.iterdir():
            if (path.is_file() and path.name not in kept
                    and path.stat().st_mtime < (now - keep).timestamp()):
                path.unlink()
                deleted += 1
    return deleted


def exports_delete_for(user) -> int:
    """Delete all of a person's exports and their files (when they close their account)."""
    exports = list(PersonalDataExport.objects.filter(user=user))
    deleted = sum(_unlink(e.file) for e in exports if e.file)
    PersonalDataExport.objects.filter(user=user).delete()
    return deleted
