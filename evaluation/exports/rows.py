"""Reading the answers: raw SQL through a server-side cursor, fetched in chunks, so an export
of any size holds only one chunk in memory.

- Wide (one row per submitted response): PostgreSQL pivots the answers (per response, one
  aggregate per question, FILTERed by question) and formats every value as text; for the
  plain CSV it even writes each CSV line, so Python only joins lines (about 0.7 of the
  throughput of COPY of the bare answer rows: `manage.py bench_export`). Numbers come
  through `trim_scale` (no trailing zeros); a multiple-choice option is 1 if ticked, 0 if
  not, NULL if the question was not answered.
- Long (one row per answer; a multiple-choice answer gives one row per ticked option) with
  the value label joined in.

Each row holds the exported record columns (those the layout keeps), then the answers
(deidentify.py shifts the dates of the rows, when asked). Rows are ordered by response id, a
stable key. Only submitted responses are read."""

from collections.abc import Callable, Iterator

from django.db import connection, transaction

from members.models import Community

from ..models import Answer, Choice, Question, QuestionType, Response, ResponseStatus, Survey
from .formulas import neutralise_sql
from .options import DATES_SHIFT
from .variables import TEXT_TYPES, Layout

CHUNK_ROWS = 2000

RESPONSE = Response._meta.db_table
ANSWER = Answer._meta.db_table
QUESTION = Question._meta.db_table
CHOICE = Choice._meta.db_table
COMMUNITY = Community._meta.db_table
SESSION = Response._meta.get_field("session").related_model._meta.db_table

# The record columns as SQL: session dates as people in the UK know them, submission times
# in UTC (the codebook says so).
RECORD_SQL = {
    "record": "r.record::text",
    "respondent_code": "r.respondent_code",
    "community": "c.slug",
    "session": "r.session_id::text",
    "session_date": "to_char(s.starts_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD')",
    "submitted_at": "to_char(r.submitted_at AT TIME ZONE 'UTC', "
                    "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')",
}
def _record_cells(layout: Layout) -> list[str]:
    """The record columns as CSV cells: texts neutralised (formulas.py)."""
    return [neutralise_sql(RECORD_SQL[v.name]) if v.storage == "text" else RECORD_SQL[v.name]
            for v in layout.variables if v.kind == "record"]


# Submitted responses of the survey, numbered in a stable order (the record number is what
# an anonymous survey has instead of a respondent code).
_SUBMITTED = f"""
    SELECT id, respondent_code, community_id, session_id, submitted_at,
           row_number() OVER (ORDER BY id) AS record
    FROM {RESPONSE}
    WHERE survey_id = %(survey)s AND status = '{ResponseStatus.SUBMITTED}'"""


def answer_count(survey: Survey | int) -> int:
    """Answers in submitted responses: what decides whether an export runs in the
    background."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT count(*) FROM {ANSWER} a JOIN {RESPONSE} r ON r.id = a.response_id "
            f"WHERE r.survey_id = %s AND r.status = %s",
            [survey.pk if isinstance(survey, Survey) else survey, ResponseStatus.SUBMITTED])
        return cursor.fetchone()[0]


def response_count(survey: Survey | int) -> int:
    return Response.objects.filter(survey=survey, status=ResponseStatus.SUBMITTED).count()


def long_row_count(layout: Layout) -> int:
    """Rows of the long format (a multiple-choice answer counts once per ticked option)."""
    text_filter = _text_filter(layout)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT coalesce(sum(coalesce(cardinality(a.choices), 1)), 0) FROM {ANSWER} a "
            f"JOIN {RESPONSE} r ON r.id = a.response_id "
            f"JOIN {QUESTION} q ON q.id = a.question_id "
            f"WHERE r.survey_id = %(survey)s AND r.status = '{ResponseStatus.SUBMITTED}'"
            f"{text_filter}", {"survey": layout.survey.pk})
        return int(cursor.fetchone()[0])


# A CSV field as Python's csv module writes it (QUOTE_MINIMAL): quoted, with quotes doubled,
# when it holds a comma, a quote or a line break.
_NEEDS_QUOTES = "'[\",\\r\\n]'"


def _csv_field(expr: str) -> str:
    return (f"CASE WHEN {expr} ~ {_NEEDS_QUOTES} "
            f"THEN '\"' || replace({expr}, '\"', '\"\"') || '\"' ELSE {expr} END")


def wide_sql(layout: Layout, *, lines: bool = False) -> str:
    """Per response, one aggregate per question over its answers (an index scan each), then
    one column per variable; a multiple-choice question's ticked values are aggregated once
    and split into its option columns outside.

    With `lines`, each row is one text: the CSV line (without its line end), formatted by
    PostgreSQL exactly as the csv module would, with its text cells neutralised
    (formulas.py), which is what makes the plain CSV export fast (no shifting of dates:
    that needs Python per row). Without it, the values are as stored."""
    aggregates, columns = [], []  # columns: (SQL, is text)
    for question in layout.questions:
        pk = int(question.id)
        if question.type == QuestionType.MULTIPLE:
            aggregates.append(f"min(a.choices) FILTER (WHERE a.question_id = {pk}) AS q{pk}")
            columns += [(f"({int(value)} = ANY(g.q{pk}))::int::text", False)
                        for value, _ in question.choices]
        elif question.type in TEXT_TYPES:
            text = f"min(a.text) FILTER (WHERE a.question_id = {pk})"
            # A line holds the text neutralised: done here, once per response (PostgreSQL
            # computes the repeated aggregate once), not in each of _csv_field's three uses.
            aggregates.append(f"{neutralise_sql(text) if lines else text} AS q{pk}")
            aggregates.append(f"min(a.finding_kinds) FILTER (WHERE a.question_id = {pk}) "
                              f"AS f{pk}")
            columns += [(f"g.q{pk}", True), (_flag(f"g.f{pk}"), False)]
        else:
            aggregates.append(f"min(a.number) FILTER (WHERE a.question_id = {pk}) AS q{pk}")
            columns.append((f"trim_scale(g.q{pk})::text", False))
    record = [(RECORD_SQL[v.name], v.storage == "text")
              for v in layout.variables if v.kind == "record"]
    if lines:
        if layout.options.dates == DATES_SHIFT:
            raise ValueError("Shifted dates are written by Python, not as SQL lines.")
        record = [(neutralise_sql(sql) if text else sql, text) for sql, text in record]
        fields = [_csv_field(sql) if text else sql for sql, text in [*record, *columns]]
        select = f"array_to_string(ARRAY[\n    {',\n    '.join(fields)}\n]::text[], ',', '')"
    else:
        select = ",\n    ".join(sql for sql, _ in [*record, *columns])
    answers = f"""
LEFT JOIN LATERAL (
    SELECT {", ".join(aggregates)}
    FROM {ANSWER} a WHERE a.response_id = r.id
) g ON true""" if aggregates else ""
    return f"""
WITH r AS ({_SUBMITTED})
SELECT {select}
FROM r{answers}
LEFT JOIN {COMMUNITY} c ON c.id = r.community_id
LEFT JOIN {SESSION} s ON s.id = r.session_id
ORDER BY r.id"""


def _flag(kinds: str) -> str:
    """A text answer's mark (variables.FLAG_NOTE) from its finding kinds."""
    return f"(CASE WHEN {kinds} IS NULL THEN NULL ELSE (cardinality({kinds}) > 0)::int END)::text"


def _text_filter(layout: Layout) -> str:
    if not layout.options.drop_free_text:
        return ""
    return " AND q.type NOT IN ({})".format(", ".join(f"'{t}'" for t in TEXT_TYPES))


def long_sql(layout: Layout) -> str:
    """The long format is only ever a CSV, so its text cells come neutralised
    (formulas.py): record texts, text answers and value labels; not codes or numbers."""
    return f"""
WITH r AS ({_SUBMITTED})
SELECT {",\n    ".join([*_record_cells(layout), f"""q.code,
    CASE WHEN a.choices IS NOT NULL THEN o.opt::text
         WHEN a.number IS NOT NULL THEN trim_scale(a.number)::text
         ELSE {neutralise_sql("a.text")} END,
    {neutralise_sql("ch.label")}""", *([] if layout.options.drop_free_text
                                       else [_flag("a.finding_kinds")])])}
FROM r
JOIN {ANSWER} a ON a.response_id = r.id
JOIN {QUESTION} q ON q.id = a.question_id
LEFT JOIN LATERAL unnest(a.choices) AS o(opt) ON true
LEFT JOIN {CHOICE} ch ON ch.question_id = a.question_id
    AND ch.value = coalesce(o.opt::numeric, a.number)
LEFT JOIN {COMMUNITY} c ON c.id = r.community_id
LEFT JOIN {SESSION} s ON s.id = r.session_id
WHERE true{_text_filter(layout)}
ORDER BY r.id, q.position, q.id, ch.position, o.opt"""


def fetch_chunks(sql: str, params: dict, *, size: int | None = None,
                 progress: Callable[[int], None] | None = None) -> Iterator[list[tuple]]:
    """Rows of `sql` in lists of at most `size`, from a server-side cursor inside a
    transaction (so PostgreSQL streams them rather than materialising the result)."""
    size = size or CHUNK_ROWS
    done = 0
    with transaction.atomic(), connection.chunked_cursor() as cursor:
        cursor.execute(sql, params)
        while rows := cursor.fetchmany(size):
            done += len(rows)
            yield rows
            if progress is not None:
                progress(done)


def wide_chunks(layout: Layout, **kwargs) -> Iterator[list[tuple]]:
    return fetch_chunks(wide_sql(layout), {"survey": layout.survey.pk}, **kwargs)


def wide_line_chunks(layout: Layout, **kwargs) -> Iterator[list[tuple]]:
    """Rows of one text each: the CSV line of a response."""
    return fetch_chunks(wide_sql(layout, lines=True), {"survey": layout.survey.pk}, **kwargs)


def long_chunks(layout: Layout, **kwargs) -> Iterator[list[tuple]]:
    return fetch_chunks(long_sql(layout), {"survey": layout.survey.pk}, **kwargs)


def text_widths(layout: Layout) -> dict[int, tuple[int, int, int]]:
    """For syntax files: per question, the longest text answer in bytes as the CSV holds it
    (neutralised: perhaps one byte more), the most decimal places of a number answer, and how
    many text answers hold a line break."""
    ids = [q.id for q in layout.questions
           if q.type in TEXT_TYPES or q.type == QuestionType.NUMBER]
    if not ids:
        return {}
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT a.question_id, "
            f"coalesce(max(octet_length({neutralise_sql('a.text')})), 0), "
            f"coalesce(max(scale(trim_scale(a.number))), 0), "
            f"count(*) FILTER (WHERE a.text ~ '[\\r\\n]') "
            f"FROM {ANSWER} a JOIN {RESPONSE} r ON r.id = a.response_id "
            f"WHERE r.survey_id = %s AND r.status = %s AND a.question_id = ANY(%s) "
            f"GROUP BY a.question_id",
            [layout.survey.pk, ResponseStatus.SUBMITTED, ids])
        return {pk: (int(width), int(scale), int(breaks))
                for pk, width, scale, breaks in cursor.fetchall()}
