"""Exports for evaluators: every format parses and says what the codebook says it says,
de-identification does what it promises, re-exports are byte-identical, every export is
audited, large exports go to the background for the requester only, and no export holds a
user id, name or email."""

import csv
import io
import re
import shutil
import subprocess
import zipfile
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import openpyxl
import pytest
from django.core.management import call_command
from django.http import StreamingHttpResponse
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from evaluation.exports import export_run, exports_delete_expired
from evaluation.exports import rows as export_rows
from evaluation.exports.syntax import r_string
from evaluation.models import (
    Answer,
    ExportRecord,
    ExportStatus,
    QuestionType,
    SurveyKind,
)
from evaluation.tasks import delete_expired_exports
from sessions_app.models import SessionStatus

from .factories import (
    CONTACT,
    SERVICES,
    add_question,
    make_exportable_survey,
    make_response,
    make_session,
    make_study,
    make_survey,
    make_user,
)
from .helpers import EXPORTED_AT, export_bytes, queries_for, reauthenticate

pytestmark = pytest.mark.django_db

ALL_FORMATS = ["csv", "csv-labels", "long", "xlsx", "codebook", "spss", "r"]
WIDE_HEADER = [
    "respondent_code", "community", "session", "session_date", "submitted_at",
    "lik", "single", "multi___1", "multi___2", "multi___3", "multi____9",
    "scale", "num", "short", "short_flagged", "long", "long_flagged",
]


def read_csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))


@pytest.fixture
def survey_data(community):
    return make_exportable_survey(community)


# The formats --------------------------------------------------------------------------------

def test_csv_one_row_per_submitted_response_with_raw_codes(survey_data, community):
    survey, session, first, second = survey_data
    # Sent with the scanner's findings shown (the kinds only are kept): marked 1, else 0.
    first.answers.filter(question__code="short").update(finding_kinds=[])
    first.answers.filter(question__code="long").update(finding_kinds=["PERSON"])
    table = read_csv(export_bytes(survey, "csv"))
    assert table[0] == WIDE_HEADER
    assert len(table) == 3  # the draft is not there
    one, two = (dict(zip(table[0], row, strict=True)) for row in table[1:])
    assert one == {
        "respondent_code": first.respondent_code, "community": community.slug,
        "session": str(session.pk), "session_date": "2026-06-11",
        "submitted_at": "2026-03-04T10:15:07Z", "lik": "4", "single": "3",
        "multi___1": "1", "multi___2": "0", "multi___3": "1", "multi____9": "0",
        "scale": "10", "num": "2.5", "short": 'Calm, "steady"', "short_flagged": "0",
        "long": "Line one\nLine two, with a comma", "long_flagged": "1"}
    # Missing answers are empty cells; an unanswered multiple choice leaves every option empty.
    assert two["single"] == "" and two["short"] == "" and two["long"] == ""
    assert two["short_flagged"] == "" and two["long_flagged"] == ""
    assert two["session"] == "" and two["session_date"] == ""
    assert (two["multi___1"], two["multi____9"]) == ("0", "1")
    assert two["num"] == "40"  # no trailing zeros
    assert two["submitted_at"] == "2026-03-05T10:15:07Z"


TRICKY = ["a,b", 'say "hi"', "line\nbreak", "cr\ronly", "crlf\r\nend", " leading space",
          "tab\there", "café ✓ 😀", "'single'", "trailing,", '"', ",", "back\\slash",
          "semi;colon", "#hash", "=1+1", "x" * 3000]


def test_the_csv_lines_postgresql_writes_are_what_the_csv_module_writes(community):
    """The plain CSV is formatted by PostgreSQL for speed; it must match the csv module
    (with the text cells neutralised in Python)."""
    from evaluation.exports.options import ExportOptions
    from evaluation.exports.tabular import csv_cells
    from evaluation.exports.variables import build_layout

    survey, *_ = make_exportable_survey(community)
    for text in TRICKY:
        make_response(survey, answers={"short": text, "long": text, "num": Decimal("-0.5")})
    layout = build_layout(survey, ExportOptions())
    expected = io.StringIO(newline="")
    writer = csv.writer(expected)
    writer.writerow(layout.names)
    cells = csv_cells(layout)
    for chunk in export_rows.wide_chunks(layout):
        writer.writerows([value if cell is None else cell(value)
                          for cell, value in zip(cells, row, strict=True)] for row in chunk)
    assert export_bytes(survey, "csv") == expected.getvalue().encode("utf-8")
    parsed = read_csv(export_bytes(survey, "csv"))
    shorts = [row[WIDE_HEADER.index("short")] for row in parsed[3:]]
    # Formula-like texts and texts beginning with ' carry one ' in front (README: Exports).
    assert shorts[TRICKY.index("=1+1")] == "'=1+1"
    assert [text.removeprefix("'") for text in shorts] == TRICKY


def test_csv_labels_has_the_words(survey_data):
    survey, *_ = survey_data
    table = read_csv(export_bytes(survey, "csv-labels"))
    assert table[0] == WIDE_HEADER
    one, two = (dict(zip(table[0], row, strict=True)) for row in table[1:])
    assert one["lik"] == "Agree" and one["single"] == "Café"
    assert (one["multi___1"], one["multi___2"]) == ("Checked", "Unchecked")
    assert one["scale"] == "Completely" and two["scale"] == "7"  # unlabelled point stays
    assert one["num"] == "2.5" and one["short"] == 'Calm, "steady"'
    assert two["single"] == "" and two["multi____9"] == "Checked"


def test_long_has_one_row_per_answer_and_per_ticked_option(survey_data):
    survey, _, first, second = survey_data
    first.answers.filter(question__code="long").update(finding_kinds=["PERSON"])
    table = read_csv(export_bytes(survey, "long"))
    assert table[0] == ["respondent_code", "community", "session", "session_date",
                        "submitted_at", "variable", "value", "label", "flagged"]
    assert [row[8] for row in table[1:] if row[5] in ("long", "lik")] == ["", "1", ""]
    body = [(row[0], row[5], row[6], row[7]) for row in table[1:]]
    code1, code2 = first.respondent_code, second.respondent_code
    assert body == [
        (code1, "lik", "4", "Agree"), (code1, "single", "3", "Café"),
        (code1, "multi", "1", "Phone"), (code1, "multi", "3", "In person"),
        (code1, "scale", "10", "Completely"), (code1, "num", "2.5", ""),
        (code1, "short", 'Calm, "steady"', ""),
        (code1, "long", "Line one\nLine two, with a comma", ""),
        (code2, "lik", "2", "Disagree"), (code2, "multi", "-9", "Prefer not to say"),
        (code2, "scale", "7", ""), (code2, "num", "40", ""),
    ]


def test_codebook_matches_the_data_columns_one_to_one(survey_data):
    survey, *_ = survey_data
    book = read_csv(export_bytes(survey, "codebook"))
    assert book[0][:9] == ["variable", "section", "question", "type", "choices", "required",
                           "instrument", "subscale", "reverse_scored"]
    entries = {row[0]: dict(zip(book[0], row, strict=True)) for row in book[1:]}
    assert [row[0] for row in book[1:]] == WIDE_HEADER
    lik = entries["lik"]
    assert lik["choices"] == ("1, Strongly disagree | 2, Disagree | 3, Neither agree nor "
                              "disagree | 4, Agree | 5, Strongly agree")
    assert (lik["section"], lik["type"], lik["required"], lik["instrument"], lik["subscale"],
            lik["reverse_scored"]) == ("Wellbeing", "likert", "yes", "ProQOL 5", "Burnout",
                                       "yes")
    assert lik["question"] == "I feel worn out\nby my work."
    assert entries["multi___3"]["question"] == "How do you keep in touch? — In person"
    assert entries["multi___3"]["choices"] == "0, Unchecked | 1, Checked"
    assert entries["multi___3"]["value_cycle"] == "applied"
    assert (entries["scale"]["min"], entries["scale"]["max"]) == ("0", "10")
    assert entries["scale"]["choices"] == "0, Not at all | 10, Completely"
    assert (entries["num"]["min"], entries["num"]["max"]) == ("0", "100")
    assert "UTC" in entries["submitted_at"]["notes"]


def test_xlsx_has_the_data_and_the_codebook(survey_data):
    survey, *_ = survey_data
    data = export_bytes(survey, "xlsx")
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["data", "codebook", "about"]
    sheet = [list(row) for row in book["data"].iter_rows(values_only=True)]
    assert sheet[0] == WIDE_HEADER
    one = dict(zip(sheet[0], sheet[1], strict=True))
    assert one["lik"] == 4 and one["multi___2"] == 0 and one["num"] == 2.5  # numbers
    assert one["short"] == 'Calm, "steady"' and one["submitted_at"] == "2026-03-04T10:15:07Z"
    assert sheet[2][WIDE_HEADER.index("single")] is None
    codebook = [list(row) for row in book["codebook"].iter_rows(values_only=True)]
    csv_codebook = read_csv(export_bytes(survey, "codebook"))
    assert [row[0] for row in codebook[1:]] == sheet[0]
    assert [[value or "" for value in row] for row in codebook] == csv_codebook
    assert book.properties.created == EXPORTED_AT.replace(tzinfo=None)


def test_xlsx_text_that_looks_like_a_formula_stays_text(community):
    survey, *_ = make_exportable_survey(community)
    make_response(survey, answers={"short": "=HYPERLINK(\"http://x\")"})
    book = openpyxl.load_workbook(io.BytesIO(export_bytes(survey, "xlsx")))
    values = [row[WIDE_HEADER.index("short")] for row in book["data"].iter_rows(values_only=True)]
    assert '=HYPERLINK("http://x")' in values
    with zipfile.ZipFile(io.BytesIO(export_bytes(survey, "xlsx"))) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")


@pytest.mark.parametrize("format", ALL_FORMATS)
def test_a_re_export_is_byte_identical(survey_data, format):
    survey, *_ = survey_data
    assert export_bytes(survey, format) == export_bytes(survey, format)


def test_only_the_timestamp_differs_between_exports_at_different_times(survey_data):
    survey, *_ = survey_data
    assert export_bytes(survey, "csv", exported_at=EXPORTED_AT) == export_bytes(
        survey, "csv", exported_at=EXPORTED_AT + timedelta(hours=3))
    one = export_bytes(survey, "r", exported_at=EXPORTED_AT).decode()
    two = export_bytes(survey, "r", exported_at=EXPORTED_AT + timedelta(hours=3)).decode()
    assert one.replace("2026-05-01T12:00:00Z", "T") == two.replace("2026-05-01T15:00:00Z", "T")


def test_spss_and_r_name_every_variable_and_value_label(survey_data):
    survey, *_ = survey_data
    spss = export_bytes(survey, "spss", {"csv_name": "feedback.csv"}).decode()
    script = export_bytes(survey, "r", {"csv_name": "feedback.csv"}).decode()
    assert "/FILE='feedback.csv'" in spss and '"feedback.csv"' in script
    for variable in WIDE_HEADER:
        assert f"\n    {variable} " in spss  # GET DATA /VARIABLES
        assert f"\n  {variable} '" in spss or f"\n /{variable} '" in spss  # VARIABLE LABELS
        assert f'attr(data[["{variable}"]], "label")' in script
        assert f'    "{variable}" = ' in script  # colClasses
    assert "lik 1 'Strongly disagree' 2 'Disagree'" in spss
    assert "/multi___1 0 'Unchecked' 1 'Checked'" in spss
    assert "/scale 0 'Not at all' 10 'Completely'" in spss
    assert "'Caf\u00e9'" in spss
    assert "MISSING VALUES short long ('')." in spss
    assert "WARNING: 1 text answer(s) hold line breaks" in spss
    for _, label in SERVICES:  # value labels
        assert r_string(label) in script
    for value, label in CONTACT:  # an option's label is in its column's label
        column = f"multi___{value}".replace("-", "_")
        text = r_string(f"How do you keep in touch? — {label}")
        assert f'attr(data[["{column}"]], "label") <- {text}' in script
        assert f"/{column} 'How do you keep in touch? — {label}'" in spss
    assert '"Caf\\u00e9"' in script
    assert ('data[["lik.factor"]] <- factor(data[["lik"]], levels = c(1, 2, 3, 4, 5)'
            in script)
    assert "scale.factor" not in script  # partly labelled: codes with labels only
    assert 'attr(data[["scale"]], "labels") <- stats::setNames(c(0L, 10L)' in script
    assert script.isascii()


def test_default_csv_name_is_what_the_csv_download_is_called(client, evaluator, survey_data):
    survey, *_ = survey_data
    client.force_login(evaluator)
    reauthenticate(client)  # exporting asks for the password again
    response = client.post(reverse("evaluation:export_form", args=[survey.pk]),
                           {"format": "csv", "dates": "keep"})
    filename = f"survey-{survey.pk}.csv"
    assert response["Content-Disposition"] == f'attachment; filename="{filename}"'
    assert f"/FILE='{filename}'" in export_bytes(survey, "spss").decode()
    assert ExportRecord.objects.filter(format="spss").get().options["csv_name"] == filename


@pytest.mark.skipif(shutil.which("Rscript") is None, reason="R is not installed")
def test_the_r_script_runs_under_r(survey_data, tmp_path):
    survey, _, first, _ = survey_data
    (tmp_path / f"survey-{survey.pk}.csv").write_bytes(export_bytes(survey, "csv"))
    (tmp_path / "survey.R").write_bytes(export_bytes(survey, "r"))
    check = """
source("survey.R")
cat(nrow(data), "\\n")
cat(attr(data$lik, "label"), "\\n")
cat(as.character(data$lik.factor), sep = "|"); cat("\\n")
cat(levels(data$single.factor), sep = "|"); cat("\\n")
cat(as.character(data$multi___1.factor), sep = "|"); cat("\\n")
cat(names(attr(data$scale, "labels")), sep = "|"); cat("\\n")
stamp <- format(data$submitted_at[1], "%Y-%m-%d %H:%M:%S", tz = "UTC")
cat(class(data$submitted_at)[1], stamp, "\\n")
cat(format(data$session_date[1]), data$num, data$respondent_code[1], "\\n")
cat(is.na(data$short[2]), data$long[1], "\\n")
"""
    result = subprocess.run(["Rscript", "-e", check], cwd=tmp_path, capture_output=True,
                            timeout=120, env={"PATH": "/usr/bin:/bin", "LANG": "C"})
    assert result.returncode == 0, result.stderr.decode()
    lines = result.stdout.decode("utf-8").splitlines()
    assert lines[0].strip() == "2"
    assert lines[1].strip() == "I feel worn out by my work."
    assert lines[2] == "Agree|Disagree"
    assert lines[3] in ("Housing|Health|Café", "Housing|Health|Caf<U+00E9>")
    assert lines[4] == "Checked|Unchecked"
    assert lines[5] == "Not at all|Completely"
    assert lines[6].split() == ["POSIXct", "2026-03-04", "10:15:07"]
    assert lines[7].split() == ["2026-06-11", "2.5", "40", first.respondent_code]
    assert lines[8].startswith("TRUE Line one")


# De-identification ---------------------------------------------------------------------------

def header_of(survey, options) -> list[str]:
    return read_csv(export_bytes(survey, "csv", options))[0]


def test_dropping_free_text_removes_text_columns_everywhere(survey_data):
    survey, *_ = survey_data
    options = {"drop_free_text": True}
    header = header_of(survey, options)
    assert "short" not in header and "long" not in header and "lik" in header
    book = read_csv(export_bytes(survey, "codebook", options))
    assert [row[0] for row in book[1:]] == header
    assert {row[5] for row in read_csv(export_bytes(survey, "long", options))[1:]} == {
        "lik", "single", "multi", "scale", "num"}
    for format in ("csv-labels", "long", "xlsx", "spss", "r"):
        output = export_bytes(survey, format, options)
        assert b"steady" not in output and b"Line one" not in output
        if format in ("spss", "r"):
            assert b"Anything else" not in output and b"One word" not in output
            assert b"\n    short " not in output and b'"short"' not in output


def test_dropping_dates(survey_data):
    survey, *_ = survey_data
    header = header_of(survey, {"dates": "drop"})
    assert "submitted_at" not in header and "session_date" not in header
    for format in ALL_FORMATS:
        assert b"2026-03-0" not in export_bytes(survey, format, {"dates": "drop"})
        assert b"2026-06-11" not in export_bytes(survey, format, {"dates": "drop"})


def sessions_with_responses(community, *, anonymous=False):
    """A post-session survey answered four times about each of two sessions, a fortnight
    apart, each answer a day after its session: {session id: real UK date}."""
    survey = make_survey(make_study(community), kind=SurveyKind.POST_SESSION,
                         anonymous=anonymous)
    add_question(survey, "useful", QuestionType.SCALE)
    real = {}
    for day in (11, 25):
        starts = datetime(2026, 6, day, 17, 0, tzinfo=UTC)
        session = make_session(community, title=f"June {day}", starts_at=starts,
                               status=SessionStatus.COMPLETED)
        real[str(session.pk)] = date(2026, 6, day)
        for n in range(4):
            make_response(survey, community=community, session=session,
                          answers={"useful": n}, submitted_at=starts + timedelta(days=1, hours=n))
    return survey, real


def shifted_rows(survey, format="csv") -> list[dict]:
    if format == "xlsx":
        book = openpyxl.load_workbook(io.BytesIO(export_bytes(survey, "xlsx",
                                                              {"dates": "shift"})))
        header, *rows = book["data"].iter_rows(values_only=True)
        return [dict(zip(header, (str(v) if v is not None else "" for v in row),
                         strict=False)) for row in rows]
    table = read_csv(export_bytes(survey, format, {"dates": "shift"}))
    return [dict(zip(table[0], row, strict=True)) for row in table[1:]]


def offset_of(rows, real) -> int:
    """The one shift of an export, checked on every row: each session shows one date, moved
    back from the real one by the same days as every other session and every submission."""
    shown = {}
    for row in rows:
        shown.setdefault(row["session"], set()).add(row["session_date"])
    assert set(shown) == set(real) and all(len(dates) == 1 for dates in shown.values()), shown
    days = {(real[pk] - date.fromisoformat(dates.pop())).days for pk, dates in shown.items()}
    assert len(days) == 1, days
    offset = days.pop()
    for row in rows:
        submitted = datetime.strptime(row["submitted_at"], "%Y-%m-%dT%H:%M:%SZ")
        assert (real[row["session"]] - submitted.date()).days == offset - 1
    return offset


@pytest.mark.parametrize("format", ["csv", "csv-labels", "long", "xlsx"])
def test_shifted_dates_move_every_date_of_an_export_back_by_one_offset(community, format):
    survey, real = sessions_with_responses(community)
    rows = shifted_rows(survey, format)
    assert len(rows) == 8
    assert 30 <= offset_of(rows, real) <= 365
    # Nothing in the file is a real date.
    output = export_bytes(survey, format, {"dates": "shift"})
    texts = [output]
    if format == "xlsx":
        with zipfile.ZipFile(io.BytesIO(output)) as archive:
            texts = [archive.read(name) for name in archive.namelist()]
    for text in texts:
        for day in ("2026-06-11", "2026-06-12", "2026-06-25", "2026-06-26"):
            assert day.encode() not in text


def test_an_anonymous_survey_is_shifted_by_one_offset_too(community):
    survey, real = sessions_with_responses(community, anonymous=True)
    rows = shifted_rows(survey)
    assert [row["record"] for row in rows] == [str(n) for n in range(1, 9)]
    assert 30 <= offset_of(rows, real) <= 365


def test_each_export_draws_its_own_offset_and_keeps_it_nowhere(community, evaluator):
    survey, real = sessions_with_responses(community)
    offsets = {offset_of(shifted_rows(survey), real) for _ in range(6)}
    assert len(offsets) > 1, offsets  # the same six times: one chance in 336 ** 5
    # Not in the audit, nor in anything stored.
    for record in ExportRecord.objects.all():
        assert record.options == {"drop_free_text": False, "dates": "shift",
                                  "drop_groups": False}
    from members.models import AuditEvent

    details = [str(event.detail) for event in AuditEvent.objects.all()]
    assert details and not any("offset" in d or "shift_days" in d for d in details)


def test_the_draw_is_uniform_over_a_month_to_a_year():
    from evaluation.exports.deidentify import SHIFT_MAX_DAYS, SHIFT_MIN_DAYS, draw_shift_days

    draws = [draw_shift_days() for _ in range(3000)]
    assert (SHIFT_MIN_DAYS, SHIFT_MAX_DAYS) == (30, 365)
    assert min(draws) >= 30 and max(draws) <= 365
    assert len(set(draws)) > 250  # spread over the range, not a few values


def test_no_time_of_export_goes_with_shifted_dates(community):
    """Set against the newest shifted date, the time of export would tell the shift."""
    survey, real = sessions_with_responses(community)
    stamps = (b"2026-05-01T12:00:00", b"2026-05-01 12:00")  # the xml's, the scripts'
    kept = export_bytes(survey, "xlsx")
    book = openpyxl.load_workbook(io.BytesIO(kept))
    assert dict(book["about"].iter_rows(values_only=True))["exported"].startswith("2026-05-01")
    shifted = export_bytes(survey, "xlsx", {"dates": "shift"})
    book = openpyxl.load_workbook(io.BytesIO(shifted))
    about = dict(book["about"].iter_rows(values_only=True))
    assert about["exported"] == "Not given: the dates in this workbook are shifted"
    assert book.properties.created.year == 1980 and book.properties.modified.year == 1980
    with zipfile.ZipFile(io.BytesIO(shifted)) as archive:
        assert {info.date_time[0] for info in archive.infolist()} == {1980}
        assert not any(stamp in archive.read(name) for name in archive.namelist()
                       for stamp in stamps)
    for format in ("spss", "r"):
        assert b"Exported 2026-05-01T12:00:00Z" in export_bytes(survey, format)
        output = export_bytes(survey, format, {"dates": "shift"})
        assert b"2026-05-01" not in output and b"the time is not given" in output
    book = read_csv(export_bytes(survey, "codebook", {"dates": "shift"}))
    notes = {row[0]: row[-1] for row in book}
    assert "the same number of days" in notes["submitted_at"]
    assert "the same number of days" in notes["session_date"]


def test_exports_word_the_proqol_as_respondents_saw_it(community, evaluator):
    from evaluation.services import survey_create_from_template

    survey = survey_create_from_template(actor=evaluator, study=make_study(community),
                                         template_key="proqol5", wave="baseline")
    survey.role_helper = "key worker"
    survey.save()
    make_response(survey, answers={"proqol_12": 4})
    book = {row[0]: row for row in read_csv(export_bytes(survey, "codebook"))}
    assert book["proqol_12"][2] == "I like my work as a key worker."
    assert book["proqol_12"][-1] == (
        "Worded for this survey; as printed: I like my work as a [helper].")
    assert book["proqol_01"][2] == "I am happy." and book["proqol_01"][-1] == ""
    assert book["proqol_21"][2] == "I feel overwhelmed because my case work load seems endless."
    for format in ("spss", "r", "xlsx"):
        output = export_bytes(survey, format)
        if format == "xlsx":
            sheet = openpyxl.load_workbook(io.BytesIO(output))["codebook"]
            output = "\n".join(str(cell) for row in sheet.iter_rows(values_only=True)
                               for cell in row).encode()
        assert b"I like my work as a key worker." in output, format
        if format != "xlsx":  # the workbook's codebook also gives the printed wording
            assert b"[helper]" not in output and b"[help]" not in output, format


def test_dropping_community_and_session(survey_data, community):
    survey, session, *_ = survey_data
    options = {"drop_groups": True}
    header = header_of(survey, options)
    assert header[:2] == ["respondent_code", "submitted_at"]
    for format in ALL_FORMATS:
        output = export_bytes(survey, format, options)
        assert community.slug.encode() not in output
        assert b"session_date" not in output


def test_options_combine(survey_data):
    survey, *_ = survey_data
    options = {"drop_free_text": True, "dates": "drop", "drop_groups": True}
    header = header_of(survey, options)
    assert header == ["respondent_code", "lik", "single", "multi___1", "multi___2",
                      "multi___3", "multi____9", "scale", "num"]
    book = read_csv(export_bytes(survey, "codebook", options))
    assert [row[0] for row in book[1:]] == header


def test_no_user_identifiers_in_any_export(community, evaluator):
    people = [make_user(f"person{n}@example.test", display_name=f"Zebedee Quartermain{n}")
              for n in range(2)]
    survey, *_ = make_exportable_survey(community, users=people)
    secrets = [p.email.encode() for p in people] + [b"Zebedee", b"Quartermain",
                                                    evaluator.email.encode(), b"Eva Evaluator"]
    for format in ALL_FORMATS:
        for options in ({}, {"dates": "shift"}):
            output = export_bytes(survey, format, options, actor=evaluator)
            texts = [output]
            if format == "xlsx":
                with zipfile.ZipFile(io.BytesIO(output)) as archive:
                    texts = [archive.read(name) for name in archive.namelist()]
            for text in texts:
                for secret in secrets:
                    assert secret not in text, (format, secret)
                assert b"email" not in text.lower() and b"user_id" not in text.lower()


# The web pages -------------------------------------------------------------------------------

def same_shift_each_time(monkeypatch):
    """Two exports compared byte for byte need the same shift (each draws its own)."""
    monkeypatch.setattr("evaluation.exports.deidentify.draw_shift_days", lambda: 100)


def test_web_export_streams_and_is_audited(client, evaluator, survey_data, monkeypatch):
    survey, *_ = survey_data
    monkeypatch.setattr(export_rows, "CHUNK_ROWS", 1)
    same_shift_each_time(monkeypatch)
    client.force_login(evaluator)
    reauthenticate(client)  # exporting asks for the password again
    response = client.post(reverse("evaluation:export_form", args=[survey.pk]),
                           {"format": "csv", "dates": "shift", "drop_free_text": "on"})
    assert response.status_code == 200
    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    chunks = list(response.streaming_content)
    assert len(chunks) == 3  # the header, then one chunk per row read
    assert b"".join(chunks) == export_bytes(survey, "csv", {"dates": "shift",
                                                            "drop_free_text": True})
    record = ExportRecord.objects.filter(source="web").get()
    assert (record.requested_by, record.survey, record.format) == (evaluator, survey, "csv")
    assert record.options == {"drop_free_text": True, "dates": "shift", "drop_groups": False}
    assert (record.status, record.rows) == (ExportStatus.DONE, 2)


@pytest.mark.parametrize("format", ALL_FORMATS)
def test_every_format_downloads_from_the_page(client, evaluator, survey_data, format):
    survey, *_ = survey_data
    client.force_login(evaluator)
    reauthenticate(client)  # exporting asks for the password again
    response = client.post(reverse("evaluation:export_form", args=[survey.pk]),
                           {"format": format, "dates": "keep"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content)
    assert body
    assert "attachment" in response["Content-Disposition"]
    assert ExportRecord.objects.get().format == format


def test_the_command_writes_the_file_and_is_audited(survey_data, tmp_path, monkeypatch):
    survey, *_ = survey_data
    same_shift_each_time(monkeypatch)
    out = tmp_path / "data.csv"
    call_command("export_survey", str(survey.pk), "--format", "csv", "--out", str(out),
                 "--drop-free-text", "--dates", "shift", "--drop-groups",
                 stdout=io.StringIO())
    assert out.read_bytes() == export_bytes(
        survey, "csv", {"drop_free_text": True, "dates": "shift", "drop_groups": True})
    record = ExportRecord.objects.order_by("pk").first()
    assert (record.source, record.requested_by, record.format) == ("command", None, "csv")
    assert record.options == {"drop_free_text": True, "dates": "shift", "drop_groups": True}
    out = tmp_path / "book.xlsx"
    call_command("export_survey", str(survey.pk), "--format", "xlsx", "--out", str(out),
                 stdout=io.StringIO())
    assert openpyxl.load_workbook(out).sheetnames == ["data", "codebook", "about"]


def test_the_form_shows_the_audit_and_explains_the_choices(client, evaluator, survey_data):
    survey, *_ = survey_data
    export_bytes(survey, "spss", {"dates": "shift"})
    client.force_login(evaluator)
    reauthenticate(client)  # exporting asks for the password again
    client.post(reverse("evaluation:export_form", args=[survey.pk]),
                {"format": "long", "dates": "keep", "drop_groups": "on"})
    page = client.get(reverse("evaluation:export_form", args=[survey.pk])).content.decode()
    assert "Leave out answers people wrote in their own words" in page
    assert "Shift the dates" in page and "Leave out the community and the session" in page
    assert "Eva Evaluator" in page and "Command line" in page
    assert "Community and session left out" in page
    assert "Dates shifted; reads survey-" in page


def test_a_bad_csv_name_is_refused_next_to_the_field(client, evaluator, survey_data):
    survey, *_ = survey_data
    client.force_login(evaluator)
    reauthenticate(client)  # exporting asks for the password again
    response = client.post(reverse("evaluation:export_form", args=[survey.pk]),
                           {"format": "r", "dates": "keep", "csv_name": "../etc/passwd"})
    assert response.status_code == 400
    page = response.content.decode()
    assert 'aria-describedby="id_csv_name_help id_csv_name_error"' in page
    assert 'id="id_csv_name_error"' in page
    assert not ExportRecord.objects.exists()


@pytest.mark.parametrize("name", ["export_form", "export_status", "export_download"])
def test_only_evaluators(client, survey_data, member, facilitator, site_admin, evaluator, name):
    survey, *_ = survey_data
    record = ExportRecord.objects.create(survey=survey, requested_by=evaluator,
                                         source="background", format="csv")
    url = reverse(f"evaluation:{name}", args=[survey.pk if name == "export_form" else record.pk])
    assert client.get(url).status_code == 302  # anonymous: to sign in
    for person in (member, facilitator, site_admin):
        client.force_login(person)
        assert client.get(url).status_code == 403
        assert client.post(url, {"format": "csv", "dates": "keep"}).status_code in (403, 405)
    assert ExportRecord.objects.count() == 1


@override_settings(EVALUATION_EXPORT_SYNC_MAX_ANSWERS=3)
def test_a_large_export_runs_in_the_background_for_the_requester_only(
        client, evaluator, survey_data, evaluation_export_root, django_capture_on_commit_callbacks):
    survey, *_ = survey_data
    client.force_login(evaluator)
    reauthenticate(client)  # exporting asks for the password again
    url = reverse("evaluation:export_form", args=[survey.pk])
    assert "prepared in the background" in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"format": "csv", "dates": "keep"})
    record = ExportRecord.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("evaluation:export_status", args=[record.pk])
    assert (record.source, record.status, record.requested_by) == (
        "background", ExportStatus.DONE, evaluator)
    assert (record.progress, record.total, record.rows) == (2, 2, 2)
    assert (evaluation_export_root / record.file).exists()
    page = client.get(response["Location"]).content.decode()
    download = reverse("evaluation:export_download", args=[record.pk])
    assert "Your export is ready" in page and download in page
    assert "hx-trigger" not in page  # no more polling
    got = client.get(download)
    assert got.status_code == 200
    assert b"".join(got.streaming_content) == export_bytes(survey, "csv")
    assert got["Content-Disposition"] == f'attachment; filename="survey-{survey.pk}.csv"'
    # Another evaluator cannot see or download it.
    client.force_login(make_user("eval2@example.test", is_evaluator=True))
    assert client.get(download).status_code == 404
    assert client.get(response["Location"]).status_code == 404


@override_settings(EVALUATION_EXPORT_SYNC_MAX_ANSWERS=3)
def test_xlsx_and_long_go_to_the_background_too_but_the_codebook_does_not(
        client, evaluator, survey_data, evaluation_export_root, django_capture_on_commit_callbacks):
    survey, *_ = survey_data
    client.force_login(evaluator)
    reauthenticate(client)  # exporting asks for the password again
    url = reverse("evaluation:export_form", args=[survey.pk])
    for format in ("xlsx", "long"):
        with django_capture_on_commit_callbacks(execute=True):
            assert client.post(url, {"format": format, "dates": "keep"}).status_code == 302
    xlsx, long = ExportRecord.objects.order_by("pk")
    assert openpyxl.load_workbook(evaluation_export_root / xlsx.file).sheetnames[0] == "data"
    assert (long.total, long.rows) == (12, 12)
    assert client.post(url, {"format": "codebook", "dates": "keep"}).status_code == 200


def test_the_progress_page_polls_with_htmx_while_the_export_runs(client, evaluator, survey_data):
    survey, *_ = survey_data
    record = ExportRecord.objects.create(survey=survey, requested_by=evaluator,
                                         source="background", format="csv",
                                         status=ExportStatus.RUNNING, progress=30, total=120)
    client.force_login(evaluator)
    url = reverse("evaluation:export_status", args=[record.pk])
    page = client.get(url).content.decode()
    assert 'hx-trigger="every 2s"' in page and f'hx-get="{url}"' in page
    assert ('<progress id="export-bar" class="cop-progress" max="100" value="25">25%</progress>'
            in page)
    # No inline script: every script is a file (htmx polls by its attributes alone).
    assert not re.search(r"<script(?![^>]*\ssrc=)", page) and "style=" not in page
    partial = client.get(url, headers={"HX-Request": "true"}).content.decode()
    assert partial.strip().startswith('<div id="export-progress"') and "<html" not in partial
    record.status = ExportStatus.FAILED
    record.save()
    assert "could not be made" in client.get(url).content.decode()


def test_the_download_expires_and_old_files_are_deleted(client, evaluator, survey_data,
                                                         evaluation_export_root, settings):
    survey, *_ = survey_data
    record = ExportRecord.objects.create(survey=survey, requested_by=evaluator,
                                         source="background", format="csv")
    export_run(export_id=record.pk)
    record.refresh_from_db()
    path = evaluation_export_root / record.file
    assert path.exists()
    client.force_login(evaluator)
    download = reverse("evaluation:export_download", args=[record.pk])
    assert client.get(download).status_code == 200
    later = record.finished_at + timedelta(hours=settings.EVALUATION_EXPORT_KEEP_HOURS,
                                           minutes=1)
    assert exports_delete_expired(now=later - timedelta(hours=1)) == 0
    ExportRecord.objects.filter(pk=record.pk).update(
        finished_at=timezone.now() - timedelta(hours=settings.EVALUATION_EXPORT_KEEP_HOURS,
                                               minutes=1))
    response = client.get(download)
    assert response.status_code == 410 and "has expired" in response.content.decode()
    assert delete_expired_exports.apply().result == 1  # not .get(): see test_personal_data
    assert not path.exists()
    record.refresh_from_db()
    assert record.file == "" and record.status == ExportStatus.DONE  # the audit stays
    assert client.get(download).status_code == 410


def test_the_export_form_runs_a_bounded_number_of_queries(client, evaluator, community):
    survey, *_ = make_exportable_survey(community)
    client.force_login(evaluator)
    url = reverse("evaluation:export_form", args=[survey.pk])

    small = queries_for(client, url)
    for n in range(5):
        make_response(survey, answers={"lik": 1 + n % 5, "multi": [1]})
        export_bytes(survey, "csv", actor=make_user(f"e{n}@example.test", is_evaluator=True))
    assert queries_for(client, url) == small
    assert small <= 12


@pytest.mark.skipif(shutil.which("pspp") is None, reason="PSPP is not installed")
def test_the_spss_syntax_runs_under_pspp(survey_data, tmp_path):
    survey, _, first, _ = survey_data
    Answer.objects.filter(question__code="long").update(text="One line, with a comma")
    (tmp_path / f"survey-{survey.pk}.csv").write_bytes(export_bytes(survey, "csv"))
    (tmp_path / "survey.sps").write_bytes(export_bytes(survey, "spss"))
    (tmp_path / "check.sps").write_text(
        'INCLUDE FILE="survey.sps".\n'
        "LIST VARIABLES=respondent_code lik single multi___1 scale num short long.\n"
        "FREQUENCIES VARIABLES=lik single.\n"
        "DISPLAY DICTIONARY /VARIABLES=lik num short.\n")
    result = subprocess.run(["pspp", "-O", "format=csv", "-o", "out.csv", "check.sps"],
                            cwd=tmp_path, capture_output=True, timeout=120)
    output = (tmp_path / "out.csv").read_text("utf-8")
    assert result.returncode == 0, result.stdout.decode() + result.stderr.decode()
    assert "warning" not in output.lower() and "error" not in output.lower(), output
    assert f"{first.respondent_code},4,3,1,10,2.5,\"Calm, \"\"steady\"\"\"" in output
    assert "Agree" in output and "Café" in output  # value labels in the frequencies
    assert "I feel worn out by my work." in output  # a variable label


def test_the_benchmark_seeds_measures_and_drops_its_own_study(community):
    from evaluation.management.commands.bench_export import STUDY_NAME
    from evaluation.models import Study

    out = io.StringIO()
    call_command("bench_export", "--answers", "250", "--repeat", "1", stdout=out)
    report = out.getvalue()
    assert "Seeded 10 responses, 250 answers" in report
    assert "Throughput (answers per second) of our export as a share of COPY's" in report
    survey = Study.objects.get(name=STUDY_NAME).surveys.get()
    assert export_rows.answer_count(survey) == 250
    assert survey.responses.filter(community__isnull=False).count() == 0  # no demo data used
    call_command("bench_export", "--answers", "250", "--repeat", "1", stdout=out)
    assert "Reusing the benchmark survey" in out.getvalue()
    call_command("bench_export", "--drop", stdout=out)
    assert not Study.objects.filter(name=STUDY_NAME).exists()
