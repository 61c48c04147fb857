"""What an export was asked for: its format and de-identification choices. Stored as they are
in ExportRecord.options, so the audit shows exactly what left the system."""

import re
from dataclasses import asdict, dataclass

from ..models import ExportFormat, Survey

DATES_KEEP, DATES_SHIFT, DATES_DROP = "keep", "shift", "drop"
DATE_CHOICES = (DATES_KEEP, DATES_SHIFT, DATES_DROP)

# Formats that read every answer (the others describe the variables only).
DATA_FORMATS = (ExportFormat.CSV, ExportFormat.CSV_LABELS, ExportFormat.LONG, ExportFormat.XLSX)
# Formats that read a CSV file by name.
SCRIPT_FORMATS = (ExportFormat.SPSS, ExportFormat.R)

CSV_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.csv$")

EXTENSIONS: dict[str, tuple[str, str]] = {
    ExportFormat.CSV: ("", "csv"),
    ExportFormat.CSV_LABELS: ("-labels", "csv"),
    ExportFormat.LONG: ("-long", "csv"),
    ExportFormat.XLSX: ("", "xlsx"),
    ExportFormat.CODEBOOK: ("-codebook", "csv"),
    ExportFormat.SPSS: ("", "sps"),
    ExportFormat.R: ("", "R"),
}

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "sps": "text/plain; charset=utf-8",
    "R": "text/plain; charset=utf-8",
}


def default_csv_name(survey: Survey | int) -> str:
    """What the csv export is called by default, and so what the SPSS and R scripts read."""
    return f"survey-{getattr(survey, 'pk', survey)}.csv"


def file_name(survey: Survey | int, format: str) -> str:
    suffix, extension = EXTENSIONS[format]
    return f"survey-{getattr(survey, 'pk', survey)}{suffix}.{extension}"


def content_type(format: str) -> str:
    return CONTENT_TYPES[EXTENSIONS[format][1]]


@dataclass(frozen=True)
class ExportOptions:
    """De-identification choices (any combination), as REDCap offers them.

    - drop_free_text: leave out every short and long text answer (people write names and
      places in their own words);
    - dates: "keep", "shift" (every date of the export moves back by one number of days,
      drawn for that export alone: deidentify.py) or "drop";
    - drop_groups: leave out community and session (a small group can identify a person);
    - csv_name: the CSV file the SPSS and R scripts read."""

    drop_free_text: bool = False
    dates: str = DATES_KEEP
    drop_groups: bool = False
    csv_name: str = ""

    def __post_init__(self):
        if self.dates not in DATE_CHOICES:
            raise ValueError(f"dates must be one of {', '.join(DATE_CHOICES)}")
        if self.csv_name and not CSV_NAME.match(self.csv_name):
            raise ValueError("csv_name must be a plain file name ending in .csv")

    @classmethod
    def from_dict(cls, data: dict | None) -> "ExportOptions":
        data = data or {}
        return cls(drop_free_text=bool(data.get("drop_free_text", False)),
                   dates=data.get("dates", DATES_KEEP) or DATES_KEEP,
                   drop_groups=bool(data.get("drop_groups", False)),
                   csv_name=data.get("csv_name", "") or "")

    def for_format(self, survey: Survey, format: str) -> "ExportOptions":
        """The options as they apply to a format: a script names its CSV (the default name
        unless given); other formats have no CSV name."""
        csv_name = (self.csv_name or default_csv_name(survey)) if format in SCRIPT_FORMATS else ""
        return ExportOptions(drop_free_text=self.drop_free_text, dates=self.dates,
                             drop_groups=self.drop_groups, csv_name=csv_name)

    def to_dict(self) -> dict:
        data = asdict(self)
        if not data["csv_name"]:
            del data["csv_name"]
        return data

    def describe(self) -> str:
        """In plain words, for the audit list."""
        parts = []
        if self.drop_free_text:
            parts.append("free text left out")
        if self.dates == DATES_SHIFT:
            parts.append("dates shifted")
        elif self.dates == DATES_DROP:
            parts.append("dates left out")
        if self.drop_groups:
            parts.append("community and session left out")
        text = "; ".join(parts) if parts else "everything kept"
        if self.csv_name:
            text += f"; reads {self.csv_name}"
        return text[:1].upper() + text[1:]
