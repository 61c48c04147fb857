"""Reads for the export pages: the audit list of a survey's exports, and one export for the
evaluator who asked for it (anyone else gets a 404: it is their file)."""

from dataclasses import dataclass
from datetime import datetime

from django.http import Http404

from members.models import User

from ..models import ExportRecord, ExportStatus, Survey
from ..permissions import require_evaluator
from .options import ExportOptions
from .services import export_expired, export_expires_at

SOURCE_LABELS = {"web": "Downloaded", "background": "Prepared in the background",
                 "command": "Command line", "bench": "Benchmark"}


@dataclass
class AuditRow:
    record: ExportRecord
    who: str
    options: str
    source: str


def survey_exports(survey: Survey, limit: int = 20) -> list[AuditRow]:
    """The last exports of a survey, newest first: who, when, format, options (one query)."""
    records = (ExportRecord.objects.filter(survey=survey)
               .select_related("requested_by").order_by("-created_at", "-pk")[:limit])
    return [AuditRow(
        record=record,
        who=(record.requested_by.display_name or "An evaluator") if record.requested_by
        else ("Command line" if record.source in ("command", "bench") else "Deleted account"),
        options=ExportOptions.from_dict(record.options).describe(),
        source=SOURCE_LABELS.get(record.source, record.source),
    ) for record in records]


def get_export_for(user: User, pk: int) -> ExportRecord:
    """An export by the viewer: evaluators only (403 otherwise), their own only (404)."""
    require_evaluator(user)
    record = (ExportRecord.objects.select_related("survey", "survey__study")
              .filter(pk=pk, requested_by=user).first())
    if record is None:
        raise Http404("No such export.")
    return record


@dataclass
class ExportState:
    record: ExportRecord
    percent: int
    running: bool
    ready: bool
    failed: bool
    expired: bool
    expires_at: datetime | None


def export_state(record: ExportRecord) -> ExportState:
    running = record.status in (ExportStatus.PENDING, ExportStatus.RUNNING)
    percent = 0
    if record.status == ExportStatus.DONE:
        percent = 100
    elif record.total:
        percent = min(99, record.progress * 100 // record.total)
    expired = record.status == ExportStatus.DONE and export_expired(record)
    return ExportState(record=record, percent=percent, running=running,
                       ready=record.status == ExportStatus.DONE and not expired,
                       failed=record.status == ExportStatus.FAILED, expired=expired,
                       expires_at=export_expires_at(record))
