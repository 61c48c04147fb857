"""SPSS syntax and an R script that read the CSV export (by the file name given in the
options, survey-<id>.csv by default) and apply the variable and value labels. Both must be
made with the same de-identification choices as the CSV they read, since those choices
decide the columns; the header of each says which choices it was made with.

- SPSS: GET DATA /TYPE=TXT with every variable's format (string widths from the longest
  answer), VARIABLE LABELS, VALUE LABELS, VARIABLE LEVEL, and MISSING VALUES for the text
  variables (an empty text is a missing answer; empty numeric cells are system-missing).
- R: read.csv with colClasses and stringsAsFactors = FALSE into `data`; each column gets
  attribute "label" (its question) and, where it has value labels, attribute "labels"
  (a named vector of codes); a labelled choice column also gets a factor beside it,
  `<variable>.factor`, as REDCap's R export does, so the codes stay available. Ready to
  source(). Non-ASCII text is written as \\u escapes, so it reads the same in any locale.

Both take off the single quote the CSV puts in front of a text that a spreadsheet would run
as a formula (formulas.py), from every text variable, so the data hold the exact texts."""

import re
import textwrap
from collections.abc import Iterator
from datetime import UTC, datetime

from ..models import QuestionType
from . import rows
from .formulas import PREFIX, RULE
from .options import DATES_SHIFT
from .variables import Layout, Variable

SPSS_LABEL_MAX = 250  # SPSS keeps 256 bytes of a variable label
SPSS_VALUE_LABEL_MAX = 120
SPSS_DEFAULT_TEXT_WIDTH = 255
SPSS_MAX_TEXT_WIDTH = 32767


def _prefix_note(comment: str) -> list[str]:
    """What the CSV's prefix is, as comment lines (SPSS lines are best kept short)."""
    return [f"{comment} {line}" for line in textwrap.wrap(f"{RULE}. The lines below do that.",
                                                          88)]


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _stamp(exported_at: datetime) -> str:
    return exported_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _about(layout: Layout, exported_at: datetime) -> list[str]:
    survey = layout.survey
    lines = [
        f'Survey {survey.pk}: "{_one_line(survey.title)}" (version {survey.version}), '
        f'study "{_one_line(survey.study.name)}".',
        # With shifted dates, the time of export would help work out the real dates.
        "Exported from Communities of Practice; the time is not given, as the dates are "
        "shifted." if layout.options.dates == DATES_SHIFT
        else f"Exported {_stamp(exported_at)} (UTC) from Communities of Practice.",
        f"De-identification: {layout.options.describe()}.",
        f"Reads {layout.options.csv_name}: the CSV export (raw codes) made with the same "
        f"choices. Keep both files in one folder and make it the working folder.",
    ]
    if survey.credit:
        lines.append(f"Credit: {_one_line(survey.credit)}")
    return lines


# SPSS --------------------------------------------------------------------------------------

def _spss_quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _spss_string(text: str, limit: int) -> str:
    text = _one_line(text)
    encoded = text.encode("utf-8")
    if len(encoded) > limit:
        text = encoded[:limit].decode("utf-8", errors="ignore")
    return _spss_quote(text)


def _spss_format(variable: Variable, widths: dict[int, tuple[int, int, int]]) -> str:
    if variable.name == "respondent_code":
        return "A10"
    if variable.name == "community":
        return "A81"  # a slug of up to 80, and perhaps the prefix
    if variable.name == "session_date":
        return "A10"
    if variable.name == "submitted_at":
        return "A20"
    if variable.storage == "text":
        assert variable.question is not None  # an answer's column
        width = widths.get(variable.question.id, (0, 0, 0))[0]
        width = width or SPSS_DEFAULT_TEXT_WIDTH
        return f"A{min(max(width, 1), SPSS_MAX_TEXT_WIDTH)}"
    if variable.storage == "decimal":
        assert variable.question is not None  # an answer's column
        scale = widths.get(variable.question.id, (0, 0, 0))[1]
        return f"F18.{min(scale, 16)}"
    return "F8.0"


def _spss_level(variable: Variable) -> str | None:
    if variable.kind in ("option", "flag"):
        return "NOMINAL"
    if variable.question is None:
        return "SCALE" if variable.name == "record" else None
    return {QuestionType.LIKERT.value: "ORDINAL", QuestionType.SCALE.value: "ORDINAL",
            QuestionType.SINGLE.value: "NOMINAL", QuestionType.NUMBER.value: "SCALE"}.get(
                variable.question.type)


def spss_chunks(layout: Layout, *, exported_at: datetime, **_) -> Iterator[bytes]:
    widths = rows.text_widths(layout)
    out = ["* Encoding: UTF-8."]
    out += [f"* {line.rstrip('.')}." for line in _about(layout, exported_at)]
    out.append("* In SPSS: File > Open > Syntax, then Run > All.")
    breaks = sum(found for _, _, found in widths.values())
    if breaks:
        out += [
            f"* WARNING: {breaks} text answer(s) hold line breaks, which SPSS cannot read "
            f"inside a CSV field.",
            "* Export the CSV and this syntax with free text left out, or open the Excel "
            "export (File > Import Data > Excel), which keeps them.",
        ]
    out += [
        "",
        "GET DATA",
        "  /TYPE=TXT",
        f"  /FILE={_spss_string(layout.options.csv_name, 200)}",
        "  /ENCODING='UTF8'",
        "  /DELCASE=LINE",
        "  /DELIMITERS=\",\"",
        "  /QUALIFIER='\"'",
        "  /ARRANGEMENT=DELIMITED",
        "  /FIRSTCASE=2",
        "  /VARIABLES=",
    ]
    out += [f"    {v.name} {_spss_format(v, widths)}" for v in layout.variables]
    out[-1] += "."
    out += ["DATASET NAME survey WINDOW=FRONT.", "", "VARIABLE LABELS"]
    labels = [f"  {v.name} {_spss_string(v.label, SPSS_LABEL_MAX)}" for v in layout.variables]
    out += [labels[0]] + [f" /{line.lstrip()}" for line in labels[1:]]
    out[-1] += "."
    labelled = [v for v in layout.variables if v.value_labels]
    if labelled:
        out += ["", "VALUE LABELS"]
        for n, variable in enumerate(labelled):
            pairs = " ".join(f"{value} {_spss_string(label, SPSS_VALUE_LABEL_MAX)}"
                             for value, label in variable.value_labels)
            out.append(f"  {'/' if n else ''}{variable.name} {pairs}")
        out[-1] += "."
    levels: dict[str, list[str]] = {}
    for variable in layout.variables:
        if level := _spss_level(variable):
            levels.setdefault(level, []).append(variable.name)
    if levels:
        out += ["", "VARIABLE LEVEL"]
        out += [f"  {'/' if n else ''}{' '.join(names)} ({level})"
                for n, (level, names) in enumerate(levels.items())]
        out[-1] += "."
    prefixed = [v.name for v in layout.variables if v.storage == "text"]
    if prefixed:
        out += ["", *_prefix_note("*")]
        out += [f"IF (SUBSTR({name}, 1, 1) = {_spss_quote(PREFIX)}) "
                f"{name} = SUBSTR({name}, 2)." for name in prefixed]
    texts = [v.name for v in layout.variables if v.storage == "text" and v.question]
    if texts:
        out += ["", "* An empty text is a missing answer (empty numbers are system-missing).",
                f"MISSING VALUES {' '.join(texts)} ('')."]
    out += ["", "EXECUTE.", ""]
    yield "\r\n".join(out).encode("utf-8")


# R -----------------------------------------------------------------------------------------

def r_string(text: str) -> str:
    """A double-quoted R string literal, ASCII only (\\u escapes), so the script reads the
    same in any locale."""
    out = []
    for char in text or "":
        code = ord(char)
        if char == "\\":
            out.append("\\\\")
        elif char == '"':
            out.append('\\"')
        elif char == "\n":
            out.append("\\n")
        elif char == "\r":
            out.append("\\r")
        elif char == "\t":
            out.append("\\t")
        elif code < 32 or code == 127:
            out.append(f"\\{code:03o}")
        elif code < 128:
            out.append(char)
        elif code <= 0xFFFF:
            out.append(f"\\u{code:04x}")
        else:
            out.append(f"\\U{{{code:x}}}")
    return '"' + "".join(out) + '"'


def _r_column(name: str) -> str:
    """data[["name"]]: safe for any name, even one that is a reserved word in R."""
    return f"data[[{r_string(name)}]]"


def _r_class(variable: Variable) -> str:
    if variable.storage == "integer":
        return "integer"
    if variable.storage == "decimal":
        return "numeric"
    return "character"


def _r_vector(values, quote=False, integer=False) -> str:
    if quote:
        return "c(" + ", ".join(r_string(v) for v in values) + ")"
    return "c(" + ", ".join(f"{v}L" if integer else str(v) for v in values) + ")"


def r_chunks(layout: Layout, *, exported_at: datetime, **_) -> Iterator[bytes]:
    out = [f"# {line}" for line in _about(layout, exported_at)]
    out += [
        "#",
        "# Use: setwd(\"the folder with both files\"); source(\"this file\")",
        "# The data frame is `data`, one row per response, columns as in the codebook. Each",
        "# column has attribute \"label\" (its question) and, where values have labels,",
        "# attribute \"labels\" (codes named by their labels). A choice column also has a",
        "# factor of its labels beside it, <variable>.factor, so the codes stay available.",
        "",
        "data <- read.csv(",
        f"  {r_string(layout.options.csv_name)},",
        "  header = TRUE, stringsAsFactors = FALSE, na.strings = \"\", check.names = FALSE,",
        "  # encoding marks the texts as UTF-8; fileEncoding would stop reading, with only a",
        "  # warning, at the first text the locale cannot hold (in a C or Latin-1 locale)",
        "  encoding = \"UTF-8\",",
        "  colClasses = c(",
    ]
    classes = [f"    {r_string(v.name)} = {r_string(_r_class(v))}" for v in layout.variables]
    out += [line + ("," if n < len(classes) - 1 else "") for n, line in enumerate(classes)]
    out += ["  )", ")", ""]
    prefixed = [v.name for v in layout.variables if v.storage == "text"]
    if prefixed:
        out += [*_prefix_note("#"),
                f"for (column in {_r_vector(prefixed, quote=True)}) {{",
                f"  data[[column]] <- sub({r_string('^' + PREFIX)}, \"\", data[[column]])",
                "}"]
    if layout.has("session_date"):
        out.append('data[["session_date"]] <- as.Date(data[["session_date"]])')
    if layout.has("submitted_at"):
        out.append('data[["submitted_at"]] <- as.POSIXct(data[["submitted_at"]], '
                   'format = "%Y-%m-%dT%H:%M:%SZ", tz = "UTC")')
    out += ["", "# Variable labels"]
    out += [f"attr({_r_column(v.name)}, \"label\") <- {r_string(_one_line(v.label))}"
            for v in layout.variables]
    labelled = [v for v in layout.variables if v.value_labels]
    if labelled:
        out += ["", "# Value labels: codes named by their labels, and factors of the labels"]
    for variable in labelled:
        codes = [value for value, _ in variable.value_labels]
        names = [label for _, label in variable.value_labels]
        typed = _r_vector(codes, integer=variable.storage == "integer")
        out.append(f"attr({_r_column(variable.name)}, \"labels\") <- "
                   f"stats::setNames({typed}, {_r_vector(names, quote=True)})")
        if variable.labels_complete:
            out.append(f"{_r_column(variable.name + '.factor')} <- "
                       f"factor({_r_column(variable.name)}, "
                       f"levels = {_r_vector(codes)}, labels = {_r_vector(names, quote=True)})")
    out += ["", "message(\"Read \", nrow(data), \" responses into `data`.\")", ""]
    yield "\n".join(out).encode("utf-8")
