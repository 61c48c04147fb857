"""Survey exports for evaluators: csv, csv-labels, long, xlsx, codebook, spss and r, with
REDCap-like de-identification, streamed with constant memory, audited every time.

Modules: options (what was asked for), variables (the columns and what they mean), rows (the
SQL and the server-side cursor), deidentify (dates and groups), tabular (the CSV formats and
the codebook), formulas (no CSV text cell runs as a spreadsheet formula), xlsx, syntax (SPSS
and R), services (record, write, stream, background)."""

from .options import (
    DATES_DROP,
    DATES_KEEP,
    DATES_SHIFT,
    ExportOptions,
    content_type,
    default_csv_name,
    file_name,
)
from .rows import answer_count
from .services import (
    export_expired,
    export_expires_at,
    export_is_large,
    export_path,
    export_queue,
    export_run,
    export_stream,
    export_survey,
    exports_delete_expired,
)

__all__ = [
    "DATES_DROP", "DATES_KEEP", "DATES_SHIFT", "ExportOptions", "answer_count", "content_type",
    "default_csv_name", "export_expired", "export_expires_at", "export_is_large",
    "export_path", "export_queue", "export_run", "export_stream", "export_survey",
    "exports_delete_expired", "file_name",
]
