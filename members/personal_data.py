""""Download my data": a ZIP of everything the platform holds about one person, as JSON.

Each app declares its files in its own lifecycle.py (cop/lifecycle.py); `sections()` puts
them in order, the audit trail's last.

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

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

from cop import lifecycle
from cop.outbox import messages as outbox

from .deliveries import PERSONAL_DATA_EXPORT
from .models import PersonalDataExport, User, hash_token

log = logging.getLogger(__name__)

Status = PersonalDataExport.Status
REQUESTS_PER_DAY = 5  # a person may ask this many times in 24 hours: each one is real work


# --- What goes in the ZIP: each app's files, then the audit trail's ------------------------


def audit_entries(user: User) -> list[dict]:
    from . import audit

    return audit.entries_for_user(user)


# The audit trail is the flows' own record (members/audit.py), so its file comes last, after
# every app's (each app declares its own in its lifecycle.py: see cop/lifecycle.py).
AUDIT_FILE = lifecycle.ExportFile(
    "audit.json", audit_entries,
    "The audit trail's record of what you did: signing in, viewing and changing cases, "
    "exports and other sensitive actions, with the time and the network address.")


def sections() -> list[lifecycle.ExportFile]:
    """The ZIP's files in order, each with what it holds."""
    return [*lifecycle.export_files(), AUDIT_FILE]


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
    for section in sections():
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
                                                   total=len(sections()))
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
    files = sections()
    PersonalDataExport.objects.filter(pk=export.pk).update(
        status=Status.RUNNING, progress=0, total=len(files))
    partial = root / f".{name}.part"
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("README.txt", readme(user, export.created_at))
            for done, section in enumerate(files, start=1):
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
        status=Status.DONE, progress=len(files), file=name, finished_at=now,
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
