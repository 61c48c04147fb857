"""The Excel workbook: sheet "data" (the csv columns, numbers as numbers), sheet "codebook"
(as the codebook export) and sheet "about" (survey, time of export, de-identification,
credit). openpyxl's write-only mode keeps memory constant (rows go to temporary files, text
as inline strings). The workbook's created and modified times and every zip entry's time are
the export's time, so two exports made at the same time are byte-identical; with shifted
dates they are a fixed time instead, and the "about" sheet does not give the time of export:
the real dates could be worked out from it (deidentify.py)."""

import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from zipfile import ZIP_DEFLATED, ZipFile, ZipInfo

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.writer.excel import ExcelWriter

from . import tabular
from .options import DATES_SHIFT
from .variables import Layout

EXCEL_MAX_TEXT = 32_767
# The workbook's time when its dates are shifted: the earliest a zip entry can carry.
UNDATED = datetime(1980, 1, 1)
NOT_DATED = "Not given: the dates in this workbook are shifted"


class _FixedTimeZip(ZipFile):
    """A zip whose entries all carry one time and the same permissions."""

    def __init__(self, file, *, date_time: tuple, **kwargs):
        super().__init__(file, "w", ZIP_DEFLATED, allowZip64=True, **kwargs)
        self._date_time = date_time

    def _info(self, name: str) -> ZipInfo:
        info = ZipInfo(name, date_time=self._date_time)
        info.compress_type = ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        return info

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        if not isinstance(zinfo_or_arcname, ZipInfo):
            zinfo_or_arcname = self._info(zinfo_or_arcname)
        return super().writestr(zinfo_or_arcname, data, compress_type, compresslevel)

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        info = self._info(arcname or filename)
        with open(filename, "rb") as source, self.open(info, "w", force_zip64=True) as target:
            shutil.copyfileobj(source, target, 1024 * 1024)


def _text_cell(sheet, value: str):
    """A text cell that Excel will never read as a formula."""
    value = ILLEGAL_CHARACTERS_RE.sub("", value)[:EXCEL_MAX_TEXT]
    if value.startswith("="):
        cell = WriteOnlyCell(sheet, value)
        cell.data_type = "s"
        return cell
    return value


def _converters(layout: Layout, sheet) -> list[Callable]:
    def integer(value):
        return None if value is None else int(value)

    def decimal(value):
        return None if value is None else Decimal(value)

    def text(value):
        return None if value is None else _text_cell(sheet, value)

    return [integer if v.storage == "integer" else decimal if v.storage == "decimal" else text
            for v in layout.variables]


def write_xlsx(layout: Layout, out, *, exported_at: datetime,
               progress: Callable[[int], None] | None = None) -> int:
    """Write the workbook to the binary file `out`; returns the number of data rows."""
    shifted = layout.options.dates == DATES_SHIFT
    stamp = UNDATED if shifted else exported_at.astimezone(UTC).replace(tzinfo=None,
                                                                        microsecond=0)
    workbook = Workbook(write_only=True)
    workbook.properties.created = workbook.properties.modified = stamp
    workbook.properties.creator = workbook.properties.lastModifiedBy = "Communities of Practice"
    workbook.properties.title = layout.survey.title[:200]

    data = workbook.create_sheet("data")
    data.append(tabular.header(layout))
    convert = _converters(layout, data)
    count = 0
    for chunk in tabular.wide_rows(layout, progress=progress):
        for row in chunk:
            data.append([fn(value) for fn, value in zip(convert, row, strict=True)])
        count += len(chunk)

    codebook = workbook.create_sheet("codebook")
    codebook.append(tabular.CODEBOOK_COLUMNS)
    for row in tabular.codebook_rows(layout):
        codebook.append([_text_cell(codebook, value) for value in row])

    about = workbook.create_sheet("about")
    survey = layout.survey
    for key, value in (
        ("survey", f"{survey.title} (number {survey.pk}, version {survey.version})"),
        ("study", survey.study.name),
        ("exported", NOT_DATED if shifted else stamp.strftime("%Y-%m-%dT%H:%M:%SZ") + " (UTC)"),
        ("de-identification", layout.options.describe()),
        ("responses", count),
        ("missing", "An empty cell is a question not answered"),
        ("credit", survey.credit),
    ):
        about.append([key, value if isinstance(value, int) else _text_cell(about, value)])

    archive = _FixedTimeZip(out, date_time=stamp.timetuple()[:6])
    ExcelWriter(workbook, archive).save()  # closes the archive, not `out`
    return count
