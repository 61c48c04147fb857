"""Exports: every one audited (ExportRecord: who, when, which survey, format, options), by
whatever route it leaves.

- export_survey: write an export to a binary file (the command, the background task, the
  benchmark); records the export first.
- export_stream: record, then stream (the web page: StreamingHttpResponse).
- export_is_large / export_queue / export_run: exports of more answers than
  EVALUATION_EXPORT_SYNC_MAX_ANSWERS are prepared by a Celery task into a file under
  EVALUATION_EXPORT_ROOT, with progress, for the evaluator who asked to download until
  EVALUATION_EXPORT_KEEP_HOURS after it was made; exports_delete_expired removes older files.

No export holds a user id, name or email: the answers have none, and the requester is only
in the audit record."""

import logging
import os
import secrets
import tempfile
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import IO, Any

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.utils import timezone

from cop.outbox import messages as outbox
from members import audit
from members.models import User

from ..deliveries import SURVEY_EXPORT
from ..models import ExportFormat, ExportRecord, ExportStatus, Survey
from . import rows, syntax, tabular
from .options import DATA_FORMATS, ExportOptions, file_name
from .variables import build_layout
from .xlsx import write_xlsx

log = logging.getLogger(__name__)

SOURCES = ("web", "background", "command", "bench")
# Options as an ExportOptions, or as stored with a record (a dict), or none (the defaults).
OptionsGiven = ExportOptions | dict[str, Any] | None


def _options(survey: Survey, format: str, options: OptionsGiven) -> ExportOptions:
    if format not in ExportFormat.values:
        raise ValueError(f"Unknown export format {format!r}.")
    if not isinstance(options, ExportOptions):
        options = ExportOptions.from_dict(options)
    return options.for_format(survey, format)


def _chunks(survey: Survey, format: str, options: ExportOptions, *, exported_at: datetime,
            progress: Callable[[int], None] | None = None) -> Iterator[bytes]:
    """The export as byte chunks (every format but xlsx)."""
    layout = build_layout(survey, options)
    if format == ExportFormat.CSV:
        return tabular.csv_chunks(layout, progress=progress)
    if format == ExportFormat.CSV_LABELS:
        return tabular.csv_chunks(layout, labels=True, progress=progress)
    if format == ExportFormat.LONG:
        return tabular.long_chunks(layout, progress=progress)
    if format == ExportFormat.CODEBOOK:
        return tabular.codebook_chunks(layout)
    if format == ExportFormat.SPSS:
        return syntax.spss_chunks(layout, exported_at=exported_at)
    if format == ExportFormat.R:
        return syntax.r_chunks(layout, exported_at=exported_at)
    raise ValueError(f"{format} is not written in chunks.")


def _write(survey: Survey, format: str, options: ExportOptions, out: IO[bytes], *,
           exported_at: datetime,
           progress: Callable[[int], None] | None = None) -> int:
    """Write the export to `out`; returns the number of rows written (data rows, or the
    variables of a codebook or script)."""
    if format == ExportFormat.XLSX:
        return write_xlsx(build_layout(survey, options), out, exported_at=exported_at,
                          progress=progress)
    counted = {"rows": 0}

    def count(done: int) -> None:
        counted["rows"] = done
        if progress is not None:
            progress(done)

    for chunk in _chunks(survey, format, options, exported_at=exported_at, progress=count):
        out.write(chunk)
    if format in DATA_FORMATS:
        return counted["rows"]
    return len(build_layout(survey, options).variables)


def export_record(*, actor: User | None, survey: Survey, format: str, options: ExportOptions,
                  source: str, status: str = ExportStatus.RUNNING, total: int = 0) -> ExportRecord:
    """The audit: who (none for the command line), when, which survey, format, options."""
    if source not in SOURCES:
        raise ValueError(f"Unknown export source {source!r}.")
    record = ExportRecord.objects.create(
        survey=survey, requested_by=actor if getattr(actor, "pk", None) else None,
        source=source, format=format, options=options.to_dict(), status=status, total=total)
    audit.record(action="export.survey", actor=actor, target=survey,
                 detail={"format": format, "source": source, "export": record.pk,
                         "options": options.to_dict()})
    return record


def _finish(record: ExportRecord, *, rows_written: int | None = None, error: str = "") -> None:
    record.status = ExportStatus.FAILED if error else ExportStatus.DONE
    record.finished_at = timezone.now()
    record.error = error[:300]
    fields = ["status", "finished_at", "error"]
    if rows_written is not None:
        record.rows = record.progress = rows_written
        fields += ["rows", "progress"]
    record.save(update_fields=fields)


def export_survey(*, actor: User | None, survey: Survey, format: str, options: OptionsGiven,
                  out: IO[bytes], source: str, exported_at: datetime | None = None,
                  progress: Callable[[int], None] | None = None) -> ExportRecord:
    """Record the export, then write it to the binary file `out`. `exported_at` (default:
    the record's time) is the only time written into a workbook or script."""
    options = _options(survey, format, options)
    record = export_record(actor=actor, survey=survey, format=format, options=options,
                           source=source)
    try:
        written = _write(survey, format, options, out,
                         exported_at=exported_at or record.created_at, progress=progress)
    except Exception as exc:
        _finish(record, error=f"{type(exc).__name__}: {exc}")
        raise
    _finish(record, rows_written=written)
    return record


def export_stream(*, actor: User, survey: Survey, format: str, options: OptionsGiven,
                  source: str = "web") -> tuple[ExportRecord, Iterator[bytes]]:
    """Record the export and return its bytes as a generator for a streaming response. A
    workbook cannot be written in order, so it is built in a temporary file first and then
    read out in chunks."""
    options = _options(survey, format, options)
    record = export_record(actor=actor, survey=survey, format=format, options=options,
                           source=source)

    def generate() -> Iterator[bytes]:
        done = {"rows": 0}

        def count(n: int) -> None:
            done["rows"] = n

        try:
            if format == ExportFormat.XLSX:
                with tempfile.TemporaryFile() as spool:
                    done["rows"] = write_xlsx(build_layout(survey, options), spool,
                                              exported_at=record.created_at)
                    spool.seek(0)
                    while block := spool.read(256 * 1024):
                        yield block
            else:
                yield from _chunks(survey, format, options, exported_at=record.created_at,
                                   progress=count)
                if format not in DATA_FORMATS:
                    done["rows"] = len(build_layout(survey, options).variables)
        except GeneratorExit:
            _finish(record, error="The download was stopped before it finished.")
            raise
        except Exception as exc:
            log.exception("Export %s failed", record.pk)
            _finish(record, error=f"{type(exc).__name__}: {exc}")
            raise
        _finish(record, rows_written=done["rows"])

    return record, generate()


# Background exports --------------------------------------------------------------------------

def export_is_large(survey: Survey, format: str, answers: int | None = None) -> bool:
    """Too big to wait for: a data format (csv, csv-labels, long, xlsx) of a survey with
    more answers than EVALUATION_EXPORT_SYNC_MAX_ANSWERS."""
    if format not in DATA_FORMATS:
        return False
    if answers is None:
        answers = rows.answer_count(survey)
    return answers > int(settings.EVALUATION_EXPORT_SYNC_MAX_ANSWERS)


def export_root() -> Path:
    return Path(settings.EVALUATION_EXPORT_ROOT)


def export_path(record: ExportRecord) -> Path | None:
    if not record.file:
        return None
    return export_root() / record.file


def export_expires_at(record: ExportRecord) -> datetime | None:
    if record.finished_at is None:
        return None
    return record.finished_at + timedelta(hours=settings.EVALUATION_EXPORT_KEEP_HOURS)


def export_expired(record: ExportRecord, now: datetime | None = None) -> bool:
    expires = export_expires_at(record)
    path = export_path(record)
    return (expires is not None and (now or timezone.now()) >= expires) or (
        record.status == ExportStatus.DONE and (path is None or not path.exists()))


def export_queue(*, actor: User, survey: Survey, format: str, options: OptionsGiven
                 ) -> ExportRecord:
    """Record a background export and queue it once the record is committed."""
    options = _options(survey, format, options)
    with transaction.atomic():
        record = export_record(actor=actor, survey=survey, format=format, options=options,
                               source="background", status=ExportStatus.PENDING)
        outbox.enqueue(SURVEY_EXPORT, record.pk)
    return record


class _ProgressWriter:
    """Writes progress on a connection of its own, so the evaluator's page sees it while the
    export reads its rows inside a transaction."""

    def __init__(self, export_id: int):
        self.export_id = export_id
        self.connection: BaseDatabaseWrapper | None = None

    def __call__(self, done: int) -> None:
        if self.connection is None:
            self.connection = connections.create_connection(DEFAULT_DB_ALIAS)
        with self.connection.cursor() as cursor:
            cursor.execute(f"UPDATE {ExportRecord._meta.db_table} SET progress = %s "
                           f"WHERE id = %s", [done, self.export_id])

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()


def _total(survey: Survey, format: str, options: ExportOptions) -> int:
    if format == ExportFormat.LONG:
        return rows.long_row_count(build_layout(survey, options))
    return rows.response_count(survey)


def export_run(*, export_id: int) -> ExportRecord | None:
    """Prepare a queued export in its file (the Celery task's body). Run again after a lost
    worker, it starts over; a finished export is left as it is."""
    record = ExportRecord.objects.select_related("survey", "survey__study").filter(
        pk=export_id).first()
    if record is None or record.status in (ExportStatus.DONE, ExportStatus.FAILED):
        return record
    survey, format = record.survey, record.format
    options = ExportOptions.from_dict(record.options).for_format(survey, format)
    root = export_root()
    root.mkdir(parents=True, exist_ok=True)
    name = f"export-{record.pk}-{secrets.token_hex(8)}.{file_name(survey, format).rsplit('.')[-1]}"
    record.status, record.progress = ExportStatus.RUNNING, 0
    record.total = _total(survey, format, options)
    record.save(update_fields=["status", "progress", "total"])
    progress = _ProgressWriter(record.pk)
    partial = root / f".{name}.part"
    try:
        with open(partial, "wb") as out:
            written = _write(survey, format, options, out, exported_at=record.created_at,
                             progress=progress)
        os.replace(partial, root / name)
    except Exception as exc:
        log.exception("Background export %s failed", record.pk)
        partial.unlink(missing_ok=True)
        _finish(record, error=f"{type(exc).__name__}: {exc}")
        return record
    finally:
        progress.close()
    record.file = name
    record.save(update_fields=["file"])
    _finish(record, rows_written=written)
    return record


def exports_delete_expired(*, now: datetime | None = None) -> int:
    """Delete background export files older than EVALUATION_EXPORT_KEEP_HOURS (the records
    stay: they are the audit), and leftovers of exports that never finished. Returns the
    number of files deleted."""
    now = now or timezone.now()
    cutoff = now - timedelta(hours=settings.EVALUATION_EXPORT_KEEP_HOURS)
    deleted = 0
    root = export_root()
    expired = ExportRecord.objects.filter(finished_at__lt=cutoff).exclude(file="")
    for record in expired.only("pk", "file"):
        path = root / record.file
        if path.exists():
            path.unlink()
            deleted += 1
        ExportRecord.objects.filter(pk=record.pk).update(file="")
    if root.is_dir():
        kept = set(ExportRecord.objects.exclude(file="").values_list("file", flat=True))
        for path in root.iterdir():
            if (path.is_file() and path.name not in kept
                    and path.stat().st_mtime < cutoff.timestamp()):
                path.unlink()
                deleted += 1
    return deleted
