"""The CSV formats, each a generator of UTF-8 byte chunks (one per chunk of rows read):

- csv: one row per submitted response, raw codes;
- csv-labels: the same columns with value labels instead of codes; a multiple-choice option
  column says "Checked" or "Unchecked" (as REDCap's labelled export does); a scale point
  without a label, a number or a text stays as it is;
- long: one row per answer (a multiple-choice answer: one row per ticked option), with the
  record columns, variable (the question code), value (the code or text) and label;
- codebook: one row per exported column of the csv (the same names in the same order).

RFC 4180 CSV (comma, double quotes, CRLF line ends), UTF-8 without a byte-order mark; an
empty cell is a missing answer. A text cell that a spreadsheet would run as a formula has a
single quote put in front (formulas.py); numbers and codes are written as they are."""

import csv
from collections.abc import Callable, Iterator
from decimal import Decimal

from ..models import QuestionType, plain_number
from . import rows
from .deidentify import shifter
from .formulas import neutralise
from .options import DATES_SHIFT
from .variables import OPTION_LABELS, Layout, Variable

LONG_COLUMNS = ["variable", "value", "label"]
LONG_FLAG_COLUMN = "flagged"  # a text answer's mark (variables.FLAG_NOTE); kept with free text
CODEBOOK_COLUMNS = ["variable", "section", "question", "type", "choices", "required",
                    "instrument", "subscale", "reverse_scored", "min", "max", "value_cycle",
                    "notes"]
# The codebook's number columns: every other cell of it is a text.
CODEBOOK_NUMBERS = ("min", "max")


class _Buffer:
    """A write target for csv.writer that hands its text over chunk by chunk."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, text: str) -> None:
        self.parts.append(text)

    def take(self) -> bytes:
        text = "".join(self.parts)
        self.parts.clear()
        return text.encode("utf-8")


def header(layout: Layout) -> list[str]:
    return layout.names


def wide_rows(layout: Layout, *,
              progress: Callable[[int], None] | None = None) -> Iterator[list]:
    """Chunks of data rows (sequences of str or None), values as stored (dates shifted if
    asked, all by one offset drawn for this call): what the workbook writes, and the csv
    formats after `csv_cells`."""
    shift = shifter(layout)
    chunks = rows.wide_chunks(layout, progress=progress)
    if shift is not None:
        chunks = ([shift(row) for row in chunk] for chunk in chunks)
    yield from chunks


def _labelled(labels: dict[str, str | None]) -> Callable[[str | None], str | None]:
    """A code with a label becomes the label (a text); a code without one (an unlabelled
    scale point) stays a number."""
    return lambda value: value if value is None else labels.get(value, value)


def csv_cells(layout: Layout, *, labels: bool = False
              ) -> list[Callable[[str | None], str | None] | None]:
    """Per column, what turns a stored value into its CSV cell (None: as it is): texts are
    neutralised; with `labels`, codes become their labels (texts too, so neutralised)."""
    cells: list[Callable[[str | None], str | None] | None] = []
    for variable in layout.variables:
        if variable.storage == "text":
            cells.append(neutralise)
        elif labels and variable.value_labels:
            cells.append(_labelled({str(value): neutralise(label)
                                    for value, label in variable.value_labels}))
        else:
            cells.append(None)
    return cells


def csv_chunks(layout: Layout, *, labels: bool = False,
               progress: Callable[[int], None] | None = None) -> Iterator[bytes]:
    buffer = _Buffer()
    writer = csv.writer(buffer)
    writer.writerow(header(layout))
    yield buffer.take()
    if not labels and layout.options.dates != DATES_SHIFT:
        # The plain CSV: PostgreSQL writes the lines (identical to the csv module's).
        for chunk in rows.wide_line_chunks(layout, progress=progress):
            yield "".join([row[0] + "\r\n" for row in chunk]).encode("utf-8")
        return
    cells = csv_cells(layout, labels=labels)
    for chunk in wide_rows(layout, progress=progress):
        writer.writerows([value if cell is None else cell(value)
                          for cell, value in zip(cells, row, strict=True)] for row in chunk)
        yield buffer.take()


def long_header(layout: Layout) -> list[str]:
    flagged = [] if layout.options.drop_free_text else [LONG_FLAG_COLUMN]
    return [v.name for v in layout.variables if v.kind == "record"] + LONG_COLUMNS + flagged


def long_chunks(layout: Layout, *,
                progress: Callable[[int], None] | None = None) -> Iterator[bytes]:
    buffer = _Buffer()
    writer = csv.writer(buffer)
    writer.writerow(long_header(layout))
    yield buffer.take()
    shift = shifter(layout)
    for chunk in rows.long_chunks(layout, progress=progress):
        writer.writerows(chunk if shift is None else map(shift, chunk))
        yield buffer.take()


def choices_text(pairs) -> str:
    return " | ".join(f"{value}, {label}" for value, label in pairs)


def codebook_row(variable: Variable) -> list[str]:
    question = variable.question
    if question is None:
        return [variable.name, "", variable.label, variable.type, "", "", "", "", "", "", "",
                "", variable.notes]
    low, high = question.min_value, question.max_value
    if question.type == QuestionType.SCALE:
        low = Decimal(0) if low is None else low
        high = Decimal(10) if high is None else high
    if variable.kind == "option":
        choices, low, high = choices_text(OPTION_LABELS), Decimal(0), Decimal(1)
    elif variable.kind == "flag":
        return [variable.name, question.section, variable.label, variable.type,
                choices_text(variable.value_labels), "no", "", "", "no", "0", "1", "",
                variable.notes]
    else:
        choices = choices_text(question.choices)
    return [
        variable.name, question.section, variable.label, variable.type, choices,
        "yes" if question.required else "no", question.instrument, question.subscale,
        "yes" if question.reverse_scored else "no", plain_number(low), plain_number(high),
        question.value_cycle, variable.notes,
    ]


def codebook_rows(layout: Layout) -> list[list[str]]:
    return [codebook_row(variable) for variable in layout.variables]


def codebook_chunks(layout: Layout, **_) -> Iterator[bytes]:
    buffer = _Buffer()
    writer = csv.writer(buffer)
    writer.writerow(CODEBOOK_COLUMNS)
    numbers = [name in CODEBOOK_NUMBERS for name in CODEBOOK_COLUMNS]
    writer.writerows([value if number else neutralise(value)
                      for number, value in zip(numbers, row, strict=True)]
                     for row in codebook_rows(layout))
    yield buffer.take()
