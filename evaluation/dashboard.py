"""Results dashboards: the aggregates of one survey, or of one session's post-session
feedback, with small numbers suppressed. Pure reads.

Everything a results page shows comes out of here as plain dataclasses in which a
suppressed number is None. The templates never receive a count, percentage, mean or
distribution computed from fewer than settings.EVALUATION_MIN_RESPONDENTS respondents, so
no template can leak one.

Suppression happens in one place, `cop.suppression.hide`, used by every table through
`_suppress_tree` (counts that add up to totals: responses by community and session,
free-text answers, subscale respondents) and `_suppress_grid` (the distribution of each question):

- primary: every count from 1 to threshold - 1; 0 is shown (it says nobody), except within
  a group too small to show (a session where 3 answered, or a whole survey where 4 did),
  where its zeros are hidden and protected like small counts, so that "none of those three
  chose A" can neither be read nor worked out;
- secondary: `cop.suppression.suppress` hides further numbers until no hidden one
  can be worked out from the totals and the others, by any adding and subtracting;
- anything computed from a group (percentages, mean, SD, median, quartiles) is shown only
  when that group's count is shown; where a mean is shown beside a distribution (scale and
  number questions) and any count is hidden, its zeros are hidden too, or the hidden counts
  could be solved for from their total and the mean;
- post-session feedback has one response per person and session, so a total over sessions
  may come from fewer people than it counts: such totals (a community's responses, the
  survey's, a question's answers, a subscale's scores) are hidden when they come from fewer
  than the threshold of people.

A post-session survey is suppressed as one table of sessions × answers for each question,
so the survey's page (evaluators) and each session's page (its facilitators, evaluators)
hide the same numbers: nobody who sees both can subtract one from the other. The spread of
scores is given as the SD and the interquartile range, never the minimum and maximum
(each of those is one person's answer).

Queries: a fixed number per page, whatever the number of responses, questions,
communities or sessions: every distribution, count and statistic is grouped in PostgreSQL;
only instrument answers are read row by row (in one query) to score subscales with
`evaluation.scoring`."""

import math
import statistics
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from django.conf import settings
from django.db import connection
from django.db.models import Count, Q

from cop.suppression import hide
from members.models import Community

from . import charts, role_words
from .models import (
    Answer,
    Question,
    QuestionType,
    Response,
    ResponseStatus,
    Survey,
    SurveyInvitation,
    SurveyKind,
)
from .selectors import SurveyWithCounts

SUBMITTED = ResponseStatus.SUBMITTED
CHOICE_COUNTED = (QuestionType.LIKERT, QuestionType.SINGLE, QuestionType.SCALE)
STATS_TYPES = (QuestionType.SCALE, QuestionType.NUMBER)
TEXT_TYPES = (QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT)
# Questions compared between waves: answers that are amounts, not categories.
CHANGE_TYPES = (QuestionType.LIKERT, QuestionType.SCALE, QuestionType.NUMBER)
NO_COMMUNITY = "No community recorded"
NO_SESSION = "No session recorded"


class _Scope:
    def __repr__(self):
        return "ALL"


ALL = _Scope()  # the whole survey, as opposed to one session's row
_SMALL = ("rows under the threshold",)  # the row that stands for all small rows of a grid


def threshold() -> int:
    return settings.EVALUATION_MIN_RESPONDENTS


# --- Suppression: the one place ---------------------------------------------------------


class _Shown:
    """The published numbers: a hidden one reads None."""

    def __init__(self, values: dict, hidden: set):
        self.values, self.hidden = values, hidden

    def get(self, key):
        return None if key in self.hidden else self.values[key]


def _suppress_tree(leaves: Mapping[tuple, int], limit: int,
                   force: Iterable[tuple] = ()) -> _Shown:
    """Counts keyed by paths of one or two parts ((session,), or (community, session)),
    adding up to group totals (community,) and the grand total (). A count of 0 (nobody
    from there answered) is shown. `force`: groups (or ()) to hide however large."""
    values: dict = {}
    lines = []
    depth = max((len(path) for path in leaves), default=1)
    if depth == 2:
        groups: dict[tuple, list] = defaultdict(list)
        for path in leaves:
            groups[path[:1]].append(path)
        for group, paths in groups.items():
            values[group] = sum(leaves[p] for p in paths)
            lines.append((paths, group))
        lines.append((list(groups), ()))
    else:
        lines.append((list(leaves), ()))
    values.update(leaves)
    values[()] = sum(leaves.values())
    force = [key for key in force if values.get(key)]
    return _Shown(values, hide(values, lines, limit, force=force))


class _Grid:
    """One question's counts: rows (sessions, or one row for a survey without sessions) ×
    columns (answer values, or bins), with each row's number of respondents `n`.

    `complement` is for multiple choice, where a row's counts do not add up to its n (one
    person ticks several options): each option then splits the row into ticked and not
    ticked, and the not-ticked count (never shown, but n minus the ticked) is protected too.

    Rows with n under the threshold are hidden whole; they are merged into one row for the
    secondary suppression, which protects their sum as it would each of them."""

    def __init__(self, columns: list, row_n: Mapping, cells: Mapping, limit: int, *,
                 complement: bool = False, people: int | None = None):
        """`people`: how many different people gave the answers, when fewer than the
        answers (post-session feedback, one response per person and session)."""
        self.columns = columns
        self.row_n = dict(row_n)
        few_people = people is not None and people < limit
        # With fewer than `limit` people in all, every row is small too (one answer per
        # person and session): everything is hidden.
        self.small = {r for r, n in self.row_n.items() if n < limit or few_people}
        merged_n = {r: n for r, n in self.row_n.items() if r not in self.small}
        merged = {(r, c): cells.get((r, c), 0) for r in merged_n for c in columns}
        if self.small:
            merged_n[_SMALL] = sum(self.row_n[r] for r in self.small)
            for c in columns:
                merged[(_SMALL, c)] = sum(cells.get((r, c), 0) for r in self.small)
        self.single = len(merged_n) <= 1
        kinds = ("t", "nt") if complement else ("t",)

        def value(r, c, kind):
            ticked = merged[(r, c)]
            return ticked if kind == "t" else max(merged_n[r] - ticked, 0)

        values: dict = {"N": sum(self.row_n.values())}
        lines: list = []
        for kind in kinds:
            for c in columns:
                values[(kind, c)] = sum(value(r, c, kind) for r in merged_n)
        if complement:
            lines += [([("t", c), ("nt", c)], "N") for c in columns]
        else:
            lines.append(([("t", c) for c in columns], "N"))
        if not self.single:
            for r in merged_n:
                values[("n", r)] = merged_n[r]
                for kind in kinds:
                    for c in columns:
                        values[(kind, r, c)] = value(r, c, kind)
                if complement:
                    lines += [([("t", r, c), ("nt", r, c)], ("n", r)) for c in columns]
                else:
                    lines.append(([("t", r, c) for c in columns], ("n", r)))
            for kind in kinds:
                lines += [([(kind, r, c) for r in merged_n], (kind, c)) for c in columns]
            lines.append(([("n", r) for r in merged_n], "N"))
        # The zeros of the small rows are protected: so are the survey's when its whole
        # row is small (fewer than the threshold answered at all).
        if self.single:
            protect = list(values) if 0 < values["N"] < limit or few_people else []
        else:
            protect = [(kind, _SMALL, c) for kind in kinds for c in columns]
        force = [key for key, value in values.items() if value] if few_people else []
        self.shown = _Shown(values, hide(values, lines, limit, protect, force))

    def n(self, scope) -> int | None:
        if scope is ALL:
            return self.shown.get("N")
        if scope not in self.row_n:
            return 0
        if scope in self.small:
            return None
        return self.shown.get("N" if self.single else ("n", scope))

    def count(self, scope, column) -> int | None:
        if scope is ALL or (self.single and scope in self.row_n and scope not in self.small):
            return self.shown.get(("t", column))
        if scope not in self.row_n:
            return 0
        if scope in self.small:
            return None
        return self.shown.get(("t", scope, column))


# --- What the pages show ----------------------------------------------------------------


@dataclass(frozen=True)
class Headline:
    invitations: int
    responses: int | None  # None when suppressed
    responses_hidden_text: str  # "fewer than 5" (or "not shown") when suppressed
    rate: float | None  # per cent; None when suppressed or nobody was invited


@dataclass(frozen=True)
class RateRow:
    label: str  # community name, or session title
    community: str
    starts_at: datetime | None  # sessions only
    invitations: int
    responses: int | None
    rate: float | None


@dataclass(frozen=True)
class ValueRow:
    label: str
    count: int | None
    percent: float | None


@dataclass(frozen=True)
class Stats:
    mean: float
    sd: float | None  # None with a single respondent (never shown then anyway)
    median: float
    q1: float
    q3: float


@dataclass(frozen=True)
class QuestionResult:
    code: str
    text: str
    section: str
    type: str
    type_label: str
    n: int | None  # how many answered; None when suppressed
    rows: list[ValueRow]  # the distribution, or the histogram; empty for free text
    stats: Stats | None  # scale and number questions, when shown
    chart: charts.BarChart | None
    value_heading: str  # the first column's heading: "Answer", "Score", "Range"

    @property
    def is_text(self) -> bool:
        return self.type in TEXT_TYPES

    @property
    def is_multiple(self) -> bool:
        return self.type == QuestionType.MULTIPLE

    @property
    def suppressed(self) -> bool:
        return self.n is None

    @property
    def anything_hidden(self) -> bool:
        return self.n is None or any(row.count is None for row in self.rows)


@dataclass(frozen=True)
class SubscaleResult:
    instrument: str
    subscale: str
    n: int | None
    stats: Stats | None


@dataclass(frozen=True)
class ChangeRow:
    label: str  # variable code, or "instrument: subscale"
    text: str
    pairs: int | None  # None when fewer than the threshold (0 is shown)
    before: float | None
    after: float | None
    change: float | None
    change_sd: float | None


@dataclass(frozen=True)
class WaveChange:
    other_title: str
    other_wave: str
    earlier: str  # titles, earlier wave first
    later: str
    rows: list[ChangeRow]


@dataclass(frozen=True)
class SurveyResults:
    survey: Survey
    threshold: int
    headline: Headline
    by_community: list[RateRow]
    by_session: list[RateRow]  # post-session surveys only
    questions: list[QuestionResult]
    subscales: list[SubscaleResult]
    waves: list[WaveChange]
    is_wave: bool

    @property
    def has_text_questions(self) -> bool:
        return any(q.is_text for q in self.questions)


@dataclass(frozen=True)
class SessionResults:
    survey: Survey
    threshold: int
    headline: Headline
    questions: list[QuestionResult]  # empty when too few responded to show anything
    subscales: list[SubscaleResult]

    @property
    def shown(self) -> bool:
        return bool(self.headline.responses)

    @property
    def has_text_questions(self) -> bool:
        return any(q.is_text for q in self.questions)


# --- Reading the data: grouped in PostgreSQL ----------------------------------------------


def _table(model) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def _sql(query: str, params) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(query, params)
        return cursor.fetchall()


def _as_value(number: Decimal):
    """A stored choice value or scale point as the int it is (or the Decimal if not)."""
    return int(number) if number == number.to_integral_value() else number


def _fmt(x: float) -> str:
    text = f"{x:,.4f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _percent(part: int | None, whole: int | None) -> float | None:
    if part is None or not whole:
        return None
    return 100 * part / whole


@dataclass(frozen=True)
class _Bins:
    """Histogram bins for a number question: `count` bins of width `step` from `low`.

    With both of the question's bounds set, the bins run from one to the other (the last
    one up to `top`, included). Otherwise the bins cover the middle 90% of the answers,
    with an open bin below and above, so the smallest and largest answers (each one
    person's) are never given away."""

    low: float
    step: float
    count: int
    open: bool
    whole: bool  # integer answers and steps: "10–19" rather than "10 to under 20"
    top: float

    def columns(self) -> list[int]:
        inner = list(range(self.count))
        return [-1, *inner, self.count] if self.open else inner

    def column_of(self, raw: int) -> int:
        if self.open:
            return min(max(raw, -1), self.count)
        return min(max(raw, 0), self.count - 1)

    def label(self, column: int) -> str:
        if column < 0:
            return f"Under {_fmt(self.low)}"
        if column >= self.count:
            return f"{_fmt(self.low + self.count * self.step)} or more"
        start = self.low + column * self.step
        last = not self.open and column == self.count - 1
        if self.whole:
            end = min(start + self.step - 1, self.top) if last else start + self.step - 1
            return _fmt(start) if end == start else f"{_fmt(start)}–{_fmt(end)}"
        if last:
            return f"{_fmt(start)} to {_fmt(self.top)}"
        return f"{_fmt(start)} to under {_fmt(start + self.step)}"


def _nice_step(span: float, most: int = 10) -> float:
    if span <= 0:
        return 1.0
    exponent = math.floor(math.log10(span / most))
    for multiple in (1, 2, 5, 10):
        step = multiple * 10.0 ** exponent
        if span / step <= most:
            return step
    return 10.0 ** (exponent + 1)


def _bins(question: Question, low: float, high: float, whole: bool) -> _Bins:
    """`low` and `high`: the 5th and 95th percentiles of the answers."""
    closed = question.min_value is not None and question.max_value is not None
    if question.min_value is not None and question.max_value is not None:
        low, high = float(question.min_value), float(question.max_value)
        whole = whole and low == int(low) and high == int(high)
    step = _nice_step(high - low)
    if whole:
        step = max(step, 1.0)
    whole = whole and step == int(step)
    start = math.floor(low / step) * step
    if closed and whole:
        count = math.floor((high - start) / step) + 1
    else:
        count = max(math.ceil((high - start) / step), 1)
    return _Bins(low=start, step=step, count=count, open=not closed, whole=whole, top=high)


def _stats(n: int, mean, sd, quantiles) -> Stats:
    q1, median, q3 = quantiles
    return Stats(mean=float(mean), sd=None if sd is None or n < 2 else float(sd),
                 median=float(median), q1=float(q1), q3=float(q3))


def _python_stats(scores: list[float]) -> Stats:
    """As PostgreSQL's percentile_cont (linear interpolation) would give them."""
    if len(scores) == 1:
        return Stats(mean=scores[0], sd=None, median=scores[0], q1=scores[0], q3=scores[0])
    q1, median, q3 = statistics.quantiles(scores, n=4, method="inclusive")
    return Stats(mean=statistics.fmean(scores), sd=statistics.stdev(scores), median=median,
                 q1=q1, q3=q3)


def _instrument_answers(survey_ids: list[int], *, linked: bool = False):
    """The submitted responses of these surveys with their instrument answers, one row per
    response: (survey id, session id, respondent code, {question id: Answer.number}). One
    query, read in chunks; the answers are gathered per response in PostgreSQL. `linked`:
    only responses with a respondent code."""
    if not survey_ids:
        return
    answer, response, question = _table(Answer), _table(Response), _table(Question)
    with connection.chunked_cursor() as cursor:
        cursor.execute(
            f"SELECT r.survey_id, r.session_id, r.respondent_code, "
            "array_agg(a.question_id), array_agg(a.number) "
            f"FROM {response} r JOIN {answer} a ON a.response_id = r.id "
            f"JOIN {question} q ON q.id = a.question_id "
            "WHERE r.survey_id = ANY(%s) AND r.status = %s AND q.survey_id = ANY(%s) "
            "AND q.instrument <> '' AND a.number IS NOT NULL"
            + (" AND r.respondent_code <> ''" if linked else "") +
            " GROUP BY r.id",
            [survey_ids, SUBMITTED, survey_ids])
        while rows := cursor.fetchmany(2000):
            for survey_id, session_id, code, question_ids, numbers in rows:
                yield survey_id, session_id, code, dict(zip(question_ids, numbers, strict=True))


# Different people among responses: respondent codes, and each anonymous response.
_PEOPLE = {"codes": Count("respondent_code", distinct=True, filter=~Q(respondent_code="")),
           "blank": Count("pk", filter=Q(respondent_code=""))}


class _SurveyData:
    """Every aggregate of one survey, grouped by session for post-session surveys, and
    suppressed together. A fixed number of queries."""

    def __init__(self, survey: Survey, limit: int):
        self.survey = survey
        self.limit = limit
        self.by_session = survey.kind == SurveyKind.POST_SESSION
        self.questions = list(survey.questions.prefetch_related("choices"))
        self.words = role_words.words(survey)  # question texts are shown as worded
        self._load_rates()
        self._load_questions()
        self._load_subscales()

    # Responses and invitations by community (and session) --------------------------------

    def _path(self, community_id, session_id) -> tuple:
        return (community_id, session_id) if self.by_session else (community_id,)

    def _load_rates(self) -> None:
        invitations: dict[tuple, int] = defaultdict(int)
        responses: dict[tuple, int] = defaultdict(int)
        self.community_names: dict = {None: NO_COMMUNITY}
        self.sessions: dict = {None: (NO_SESSION, None)}
        fields = ["community_id", "community__name"]
        if self.by_session:
            fields += ["session_id", "session__title", "session__starts_at"]
        for source, counts in ((SurveyInvitation.objects.filter(survey=self.survey), invitations),
                               (Response.objects.filter(survey=self.survey, status=SUBMITTED),
                                responses)):
            for row in source.order_by().values(*fields).annotate(n=Count("pk")):
                if row["community_id"] is not None:
                    self.community_names[row["community_id"]] = row["community__name"]
                if self.by_session and row["session_id"] is not None:
                    self.sessions[row["session_id"]] = (row["session__title"],
                                                        row["session__starts_at"])
                counts[self._path(row["community_id"], row.get("session_id"))] += row["n"]
        # The study's communities, also those nobody there has been invited from yet.
        for pk, name in Community.objects.filter(studies=self.survey.study_id).values_list(
                "pk", "name"):
            self.community_names[pk] = name
            if not any(path[0] == pk for path in invitations):
                invitations[self._path(pk, None)] += 0
        paths = list(dict.fromkeys([*invitations, *responses]))
        self.invitations = {path: invitations.get(path, 0) for path in paths}
        self.responses = {path: responses.get(path, 0) for path in paths}
        force: list[tuple[int, ...]] = []
        self.people: int | None = None  # different people, where fewer than responses
        if self.by_session:
            # One response per person and session: a community's (or the survey's)
            # responses may come from fewer people than they number.
            submitted = Response.objects.filter(survey=self.survey, status=SUBMITTED)
            for row in submitted.order_by().values("community_id").annotate(**_PEOPLE):
                # django-stubs does not see the keys annotate(**_PEOPLE) adds to the row.
                if row["codes"] + row["blank"] < self.limit:  # type: ignore[misc]
                    force.append((row["community_id"],))
            total = submitted.aggregate(**_PEOPLE)
            self.people = total["codes"] + total["blank"]
            if self.people < self.limit:
                force.append(())
        self.rates = _suppress_tree(self.responses, self.limit, force)

    def headline(self, session_id=ALL) -> Headline:
        if session_id is ALL:
            keys = [()]
            invited = sum(self.invitations.values())
        else:
            keys = [p for p in self.responses if p[1] == session_id]
            invited = sum(self.invitations[p] for p in keys)
        true = sum(self.rates.values[k] for k in keys)
        shown = [self.rates.get(k) for k in keys]
        responses = None if None in shown else sum(shown)
        # The survey's total is hidden only when it is under the threshold; a session's
        # count may be hidden to protect another's, and every hidden count must read the
        # same, so that nobody can tell which is which.
        hidden_text = "not shown"
        if session_id is ALL and true < self.limit:
            hidden_text = f"fewer than {self.limit}"
        elif session_id is ALL and self.people is not None and self.people < self.limit:
            hidden_text = f"not shown: from fewer than {self.limit} people"
        return Headline(invitations=invited, responses=responses,
                        responses_hidden_text=hidden_text if responses is None else "",
                        rate=_percent(responses, invited))

    def _rate_row(self, key, label, community, starts_at=None) -> RateRow:
        if len(key) == 1 and self.by_session:  # a community's total
            invited = sum(v for p, v in self.invitations.items() if p[0] == key[0])
        else:
            invited = self.invitations.get(key, 0)
        responses = self.rates.get(key)
        return RateRow(label=label, community=community, starts_at=starts_at,
                       invitations=invited, responses=responses,
                       rate=_percent(responses, invited))

    def by_community(self) -> list[RateRow]:
        communities = sorted({p[0] for p in self.responses},
                             key=lambda pk: (pk is None, self.community_names[pk].lower()))
        return [self._rate_row((pk,), self.community_names[pk], self.community_names[pk])
                for pk in communities]

    def by_session_rows(self) -> list[RateRow]:
        if not self.by_session:
            return []
        rows = []
        for community_id, session_id in self.responses:
            if session_id is None and not self.invitations[(community_id, None)] \
                    and not self.rates.values[(community_id, None)]:
                continue  # a study community nobody has been invited from yet
            title, starts_at = self.sessions[session_id]
            rows.append(self._rate_row((community_id, session_id), title,
                                       self.community_names[community_id], starts_at))
        far = datetime.max.replace(tzinfo=None)
        return sorted(rows, key=lambda r: (r.starts_at is None,
                                           r.starts_at.replace(tzinfo=None) if r.starts_at
                                           else far, r.label, r.community))

    # Questions ---------------------------------------------------------------------------

    def _scope_sql(self) -> tuple[str, str]:
        r = "r.session_id" if self.by_session else "NULL::integer"
        return r, ("GROUP BY GROUPING SETS ((a.question_id), (a.question_id, r.session_id))"
                   if self.by_session else "GROUP BY a.question_id")

    def _load_questions(self) -> None:
        submitted = {"response__survey": self.survey, "response__status": SUBMITTED}
        session = "response__session_id"

        def row_of(session_id):
            return session_id if self.by_session else None

        by_type: dict[str, list[int]] = defaultdict(list)
        for q in self.questions:
            by_type[q.type].append(q.pk)
        self.row_n: dict[int, dict] = defaultdict(lambda: defaultdict(int))
        for row in (Answer.objects.filter(**submitted).order_by()
                    .values("question_id", session).annotate(n=Count("pk"))):
            self.row_n[row["question_id"]][row_of(row[session])] += row["n"]
        # Post-session feedback: the different people who answered each question.
        self.question_people: dict[int, int] = {}
        if self.by_session:
            people = {"codes": Count("response__respondent_code", distinct=True,
                                     filter=~Q(response__respondent_code="")),
                      "blank": Count("pk", filter=Q(response__respondent_code=""))}
            for row in (Answer.objects.filter(**submitted).order_by().values("question_id")
                        .annotate(**people)):
                # django-stubs does not see the keys annotate(**people) adds to the row.
                self.question_people[row["question_id"]] = (
                    row["codes"] + row["blank"])  # type: ignore[misc]

        self.cells: dict[int, dict] = defaultdict(lambda: defaultdict(int))
        counted = [pk for t in CHOICE_COUNTED for pk in by_type[t]]
        if counted:
            for row in (Answer.objects.filter(**submitted, question_id__in=counted,
                                              number__isnull=False).order_by()
                        .values("question_id", session, "number").annotate(n=Count("pk"))):
                self.cells[row["question_id"]][(row_of(row[session]),
                                                _as_value(row["number"]))] += row["n"]
        answer, response = _table(Answer), _table(Response)
        if by_type[QuestionType.MULTIPLE]:
            scope = "r.session_id" if self.by_session else "NULL::integer"
            for question_id, session_id, value, n in _sql(
                    f"SELECT a.question_id, {scope}, v, count(*) FROM {answer} a "
                    f"JOIN {response} r ON r.id = a.response_id "
                    "CROSS JOIN LATERAL unnest(a.choices) AS v "
                    "WHERE r.survey_id = %s AND r.status = %s AND a.question_id = ANY(%s) "
                    "GROUP BY 1, 2, 3",
                    [self.survey.pk, SUBMITTED, by_type[QuestionType.MULTIPLE]]):
                self.cells[question_id][(session_id, value)] += n

        # n, mean, SD and quartiles in one pass, for the survey and for each session
        self.stats: dict[int, dict] = defaultdict(dict)
        self.ranges: dict[int, tuple[float, float, bool]] = {}
        measured = by_type[QuestionType.SCALE] + by_type[QuestionType.NUMBER]
        if measured:
            scope, group_by = self._scope_sql()
            grouping = "GROUPING(r.session_id) = 1" if self.by_session else "TRUE"
            for (question_id, session_id, overall, n, mean, sd, quantiles,
                 whole) in _sql(
                    f"SELECT a.question_id, {scope}, {grouping}, count(*), "
                    "avg(a.number::float8), stddev_samp(a.number::float8), "
                    "percentile_cont(ARRAY[0.05, 0.25, 0.5, 0.75, 0.95]) "
                    "WITHIN GROUP (ORDER BY a.number::float8), "
                    "bool_and(a.number = trunc(a.number)) "
                    f"FROM {answer} a JOIN {response} r ON r.id = a.response_id "
                    "WHERE r.survey_id = %s AND r.status = %s AND a.question_id = ANY(%s) "
                    f"AND a.number IS NOT NULL {group_by}",
                    [self.survey.pk, SUBMITTED, measured]):
                stats = _stats(n, mean, sd, quantiles[1:4])
                self.stats[question_id][ALL if overall else session_id] = stats
                if overall:
                    self.ranges[question_id] = (quantiles[0], quantiles[4], whole)

        # Histograms of number questions, in bins worked out from the survey's answers
        self.bins: dict[int, _Bins] = {}
        questions = {q.pk: q for q in self.questions}
        for pk in by_type[QuestionType.NUMBER]:
            if pk in self.ranges:
                self.bins[pk] = _bins(questions[pk], *self.ranges[pk])
        if self.bins:
            ids = list(self.bins)
            scope = "r.session_id" if self.by_session else "NULL::integer"
            for question_id, session_id, raw, n in _sql(
                    f"SELECT a.question_id, {scope}, floor((a.number - b.low) / b.step)::bigint, "
                    f"count(*) FROM {answer} a JOIN {response} r ON r.id = a.response_id "
                    "JOIN unnest(%s::integer[], %s::numeric[], %s::numeric[]) "
                    "AS b(question_id, low, step) ON b.question_id = a.question_id "
                    "WHERE r.survey_id = %s AND r.status = %s AND a.number IS NOT NULL "
                    "GROUP BY 1, 2, 3",
                    [ids, [self.bins[pk].low for pk in ids], [self.bins[pk].step for pk in ids],
                     self.survey.pk, SUBMITTED]):
                column = self.bins[question_id].column_of(int(raw))
                self.cells[question_id][(session_id, column)] += n

        self.grids: dict[int, _Grid] = {}
        self.columns: dict[int, list[tuple[object, str]]] = {}
        for q in self.questions:
            if q.type in TEXT_TYPES:
                continue
            columns = self._columns(q)
            self.columns[q.pk] = columns
            self.grids[q.pk] = _Grid([c for c, _ in columns], self.row_n[q.pk],
                                     self.cells[q.pk], self.limit,
                                     complement=q.type == QuestionType.MULTIPLE,
                                     people=self.question_people.get(q.pk))
        self.text_counts = {
            q.pk: _suppress_tree({(r,): n for r, n in self.row_n[q.pk].items()}, self.limit,
                                 force=[()] if self._few(self.question_people.get(q.pk)) else [])
            for q in self.questions if q.type in TEXT_TYPES}

    def _few(self, people: int | None) -> bool:
        return people is not None and people < self.limit

    def _columns(self, q: Question) -> list[tuple[object, str]]:
        """(value, label) for each column of the question's table, in order."""
        if q.type == QuestionType.NUMBER:
            bins = self.bins.get(q.pk)
            return [(c, bins.label(c)) for c in bins.columns()] if bins else []
        labels = {choice.value: choice.label for choice in q.choices.all()}
        if q.type == QuestionType.SCALE:
            columns = [(v, f"{v} – {labels[v]}" if v in labels else str(v)) for v in range(11)]
        else:
            columns = [(choice.value, choice.label) for choice in q.choices.all()]
        known = {v for v, _ in columns}
        # Values that are not (or no longer) a choice still count, so the totals add up.
        extra = sorted({v for (_, v) in self.cells[q.pk] if v not in known}, key=float)
        return columns + [(v, f"Other value: {v}") for v in extra]

    def question(self, q: Question, scope=ALL) -> QuestionResult:
        common = {"code": q.code, "text": role_words.fill(q.text, chosen=self.words),
                  "section": q.section, "type": q.type,
                  "type_label": q.get_type_display()}
        if q.type in TEXT_TYPES:
            tree = self.text_counts[q.pk]
            n = tree.get(()) if scope is ALL else (
                tree.get((scope,)) if (scope,) in tree.values else 0)
            return QuestionResult(**common, n=n, rows=[], stats=None, chart=None,
                                  value_heading="")
        grid = self.grids[q.pk]
        n = grid.n(scope)
        rows = []
        for column, label in self.columns[q.pk]:
            count = grid.count(scope, column)
            rows.append(ValueRow(label=label, count=count, percent=_percent(count, n)))
        stats = self.stats[q.pk].get(scope) if n else None
        if stats is not None and any(row.count is None for row in rows):
            # With the mean shown, hidden counts at known values could be solved for (two
            # hidden cells at 3 and 8, their total and the mean give both): so the zeros
            # are hidden too, and nobody can tell which values the hidden counts are at.
            rows = [ValueRow(label=row.label, count=None, percent=None) if row.count == 0
                    else row for row in rows]
        heading = {QuestionType.NUMBER.value: "Range",
                   QuestionType.SCALE.value: "Score"}.get(q.type, "Answer")
        chart = None  # no chart when every bar would read "not shown"; the table says it
        if n and any(row.count for row in rows):
            what = ("people who ticked each option" if q.type == QuestionType.MULTIPLE
                    else "answers")
            chart = charts.bar_chart(f"{q.code}: {what}, of {n} who answered",
                                     [(r.label, r.count, r.percent) for r in rows])
        return QuestionResult(**common, n=n, rows=rows, stats=stats, chart=chart,
                              value_heading=heading)

    # Instruments: subscale scores ----------------------------------------------------------

    def _load_subscales(self) -> None:
        self.instrument_questions = [q for q in self.questions if q.instrument]
        self.subscale_keys: list[tuple[str, str]] = []
        self.subscale_scores: dict = {}
        self.scores_by_code: dict[str, dict] = {}
        if not self.instrument_questions:
            return
        from . import scoring  # written alongside; only needed when a survey has instruments

        self.subscale_keys = list(scoring.subscales(self.instrument_questions))
        scores: dict = {key: defaultdict(list) for key in self.subscale_keys}
        people: dict = {key: set() for key in self.subscale_keys}
        for _, session_id, code, answers in _instrument_answers([self.survey.pk]):
            row = session_id if self.by_session else None
            result = scoring.response_scores(self.instrument_questions, answers)
            for key, score in result.items():
                if score is not None and key in scores:
                    scores[key][row].append(float(score))
                    people[key].add(code or object())  # each anonymous response: one person
                    if code:
                        self.scores_by_code.setdefault(code, {})[key] = float(score)
        self.subscale_scores = scores
        self.subscale_counts = {
            key: _suppress_tree({(r,): len(v) for r, v in rows.items()}, self.limit,
                                force=[()] if len(people[key]) < self.limit else [])
            for key, rows in scores.items()}

    def subscales(self, scope=ALL) -> list[SubscaleResult]:
        results = []
        for key in self.subscale_keys:
            tree = self.subscale_counts[key]
            by_row = self.subscale_scores[key]
            if scope is ALL:
                n, scores = tree.get(()), [s for v in by_row.values() for s in v]
            else:
                n = tree.get((scope,)) if (scope,) in tree.values else 0
                scores = by_row.get(scope, [])
            results.append(SubscaleResult(instrument=key[0], subscale=key[1], n=n,
                                          stats=_python_stats(scores) if n else None))
        return results

    # Waves: change on linked respondent codes --------------------------------------------

    def wave_changes(self) -> list[WaveChange]:
        survey = self.survey
        if survey.kind != SurveyKind.WAVE or survey.anonymous:
            return []
        others = list(Survey.objects.filter(study_id=survey.study_id, kind=SurveyKind.WAVE,
                                            anonymous=False).exclude(pk=survey.pk))
        if not others:
            return []
        ids = [other.pk for other in others]
        answer, response, question = _table(Answer), _table(Response), _table(Question)
        # For each other wave and each numeric variable both surveys have: the pairs of
        # answers by the same respondent code, and their means and change (this - other).
        pairs: dict[int, list] = defaultdict(list)
        # Pairs of responses by respondent code, pairs of questions by variable code, then
        # the two answers of each pair: joined on integers, so PostgreSQL can hash them.
        for other_id, code, n, mean_other, mean_this, mean_diff, sd_diff in _sql(
                "WITH rp AS MATERIALIZED ("
                "SELECT r1.id AS mine, r2.id AS theirs, r2.survey_id "
                f"FROM {response} r1 JOIN {response} r2 "
                "ON r2.respondent_code = r1.respondent_code AND r2.survey_id = ANY(%s) "
                "AND r2.status = %s AND r2.respondent_code <> '' "
                "WHERE r1.survey_id = %s AND r1.status = %s AND r1.respondent_code <> ''), "
                "qp AS MATERIALIZED ("
                "SELECT q1.id AS mine, q2.id AS theirs, q2.survey_id, q1.code "
                f"FROM {question} q1 JOIN {question} q2 ON q2.code = q1.code "
                "AND q2.survey_id = ANY(%s) AND q2.type = ANY(%s) "
                "WHERE q1.survey_id = %s AND q1.type = ANY(%s)), "
                "a1 AS MATERIALIZED ("
                "SELECT rp.theirs AS response, rp.survey_id, a.question_id, a.number "
                f"FROM {answer} a JOIN rp ON rp.mine = a.response_id "
                "WHERE a.number IS NOT NULL AND a.question_id IN (SELECT mine FROM qp)), "
                "a2 AS MATERIALIZED ("
                f"SELECT a.response_id AS response, a.question_id, a.number FROM {answer} a "
                "WHERE a.response_id IN (SELECT theirs FROM rp) AND a.number IS NOT NULL "
                "AND a.question_id IN (SELECT theirs FROM qp)) "
                "SELECT qp.survey_id, qp.code, count(*), avg(a2.number::float8), "
                "avg(a1.number::float8), avg((a1.number - a2.number)::float8), "
                "stddev_samp((a1.number - a2.number)::float8) "
                "FROM a1 JOIN qp ON qp.mine = a1.question_id AND qp.survey_id = a1.survey_id "
                "JOIN a2 ON a2.response = a1.response AND a2.question_id = qp.theirs "
                "GROUP BY 1, 2",
                [ids, SUBMITTED, survey.pk, SUBMITTED, ids, list(CHANGE_TYPES), survey.pk,
                 list(CHANGE_TYPES)]):
            pairs[other_id].append((code, n, mean_other, mean_this, mean_diff, sd_diff))

        other_scores = self._other_wave_scores(others)
        texts = {q.code: role_words.fill(q.text, chosen=self.words) for q in self.questions}
        order = {q.code: k for k, q in enumerate(self.questions)}

        def when(s: Survey):
            return (s.opens_at or s.send_at or s.created_at, s.pk)

        changes = []
        for other in sorted(others, key=when):
            this_later = when(survey) > when(other)
            rows = []
            for code, n, mean_other, mean_this, mean_diff, sd_diff in sorted(
                    pairs[other.pk], key=lambda p: order.get(p[0], 0)):
                rows.append(self._change_row(code, texts.get(code, ""), n, mean_other,
                                             mean_this, mean_diff, sd_diff, this_later))
            for key in self.subscale_keys:
                linked = [(theirs[key], self.scores_by_code[code][key])
                          for code, theirs in other_scores.get(other.pk, {}).items()
                          if key in theirs and key in self.scores_by_code.get(code, {})]
                n = len(linked)
                diffs = [mine - theirs for theirs, mine in linked]
                rows.append(self._change_row(
                    f"{key[0]}: {key[1]}", "Subscale score", n,
                    statistics.fmean(t for t, _ in linked) if n else None,
                    statistics.fmean(m for _, m in linked) if n else None,
                    statistics.fmean(diffs) if n else None,
                    statistics.stdev(diffs) if n > 1 else None, this_later))
            earlier, later = (other, survey) if this_later else (survey, other)
            changes.append(WaveChange(other_title=str(other), other_wave=other.wave,
                                      earlier=str(earlier), later=str(later), rows=rows))
        return changes

    def _change_row(self, label, text, n, mean_other, mean_this, mean_diff, sd_diff,
                    this_later) -> ChangeRow:
        if n < self.limit:
            return ChangeRow(label=label, text=text, pairs=None if n else 0, before=None,
                             after=None, change=None, change_sd=None)
        if this_later:
            before, after, change = mean_other, mean_this, mean_diff
        else:
            before, after, change = mean_this, mean_other, -mean_diff
        return ChangeRow(label=label, text=text, pairs=n, before=before, after=after,
                         change=round(change, 10) or 0.0, change_sd=sd_diff)  # never "-0.00"

    def _other_wave_scores(self, others: list[Survey]) -> dict[int, dict[str, dict]]:
        """Subscale scores in the other waves by survey and respondent code: two queries."""
        if not self.subscale_keys:
            return {}
        from . import scoring

        questions: dict[int, list[Question]] = defaultdict(list)
        for q in (Question.objects.filter(survey__in=others).exclude(instrument="")
                  .prefetch_related("choices")):
            questions[q.survey_id].append(q)
        result: dict[int, dict[str, dict]] = defaultdict(dict)
        for survey_id, _, code, answers in _instrument_answers(list(questions), linked=True):
            scores = scoring.response_scores(questions[survey_id], answers)
            result[survey_id][code] = {k: float(v) for k, v in scores.items() if v is not None}
        return result


# --- The pages --------------------------------------------------------------------------


@dataclass(frozen=True)
class SurveyCounts:
    """A survey's counts where the builder lists it, hidden as its results page hides them:
    None when hidden."""

    invitations: int
    responses: int | None  # the submitted responses, as the results page's headline
    responses_hidden_text: str  # "fewer than 5" (or why else) when hidden
    answered: int | None  # invitations answered
    drafts: int | None  # saved, not submitted


def survey_counts(survey: SurveyWithCounts) -> SurveyCounts:
    """From the counts of selectors.surveys_with_counts (no query). The survey's total of
    responses follows the headline's rule (`_SurveyData.headline`): hidden under the
    threshold, or, for post-session feedback, when it comes from fewer than the threshold
    of people; the other counts are hidden under the threshold (0 is shown), and the
    invitations answered whenever the responses are."""
    limit = threshold()
    total = survey.submitted_count
    hidden_text = ""
    if 0 < total < limit:
        hidden_text = f"fewer than {limit}"
    elif total and survey.kind == SurveyKind.POST_SESSION and survey.people_count < limit:
        hidden_text = f"not shown: from fewer than {limit} people"

    def small(n: int) -> int | None:
        return None if 0 < n < limit else n

    return SurveyCounts(
        invitations=survey.invitation_count,
        responses=None if hidden_text else total, responses_hidden_text=hidden_text,
        answered=None if hidden_text else small(survey.answered_count),
        drafts=small(survey.draft_count))



def survey_results(survey: Survey) -> SurveyResults:
    """Everything on an evaluator's results page for one survey."""
    data = _SurveyData(survey, threshold())
    return SurveyResults(
        survey=survey, threshold=data.limit, headline=data.headline(),
        by_community=data.by_community(), by_session=data.by_session_rows(),
        questions=[data.question(q) for q in data.questions],
        subscales=data.subscales(), waves=data.wave_changes(),
        is_wave=survey.kind == SurveyKind.WAVE)


def session_results(survey: Survey, session_id: int) -> SessionResults:
    """One session's post-session feedback, suppressed exactly as on the survey's page."""
    data = _SurveyData(survey, threshold())
    headline = data.headline(session_id)
    shown = bool(headline.responses)
    return SessionResults(
        survey=survey, threshold=data.limit, headline=headline,
        questions=[data.question(q, session_id) for q in data.questions] if shown else [],
        subscales=data.subscales(session_id) if shown else [])
