"""The system barriers pages: aggregate reads and cross-community suppression.

"Troubled systems, not troubled lives": the same service access barriers recur across
cases. Only barriers on cases the community can see (VISIBLE_STATUSES) are counted, never
those on drafts. Barriers are dated by their own `created_at`, in calendar quarters in
Europe/London.

Members of a community see their own community's exact counts and the cases behind
them. Evaluators and site admins see counts across communities only, with small counts
suppressed (`cop.suppression.suppress`, shared with the evaluation's results).

A community's counts, rendered, are kept in the cache (`summary_key`): the key holds the
community's BarrierReportVersion, which the database raises on every write that changes
what is counted, so a visit reads one row instead of counting every barrier.
"""

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q
from django.db.models.functions import TruncQuarter
from django.utils import timezone

from cop.source_digest import source_digest
from cop.suppression import suppress
from members.models import Community
from servicemap.models import ServiceType

from .models import (
    VISIBLE_STATUSES,
    Barrier,
    BarrierCategory,
    BarrierReportVersion,
    CaseStudy,
    Overcome,
)

LONDON = ZoneInfo("Europe/London")
QUARTERS_SHOWN = 8
# The order the brief and the page use for "was it overcome?".
OVERCOME_ORDER = [Overcome.YES, Overcome.PARTLY, Overcome.NO, Overcome.UNKNOWN]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


def visible_barriers():
    """Barriers on cases a community can read: published, closed or archived, never drafts."""
    return Barrier.objects.filter(case__status__in=VISIBLE_STATUSES)


# --- One community: exact counts, for its members -------------------------------------


@dataclass(frozen=True)
class CountRow:
    value: str
    label: str
    count: int


@dataclass(frozen=True)
class QuarterRow:
    start: date
    count: int

    @property
    def label(self) -> str:
        """"January to March 2026"."""
        first = _MONTHS[self.start.month - 1]
        last = _MONTHS[self.start.month + 1]
        return f"{first} to {last} {self.start.year}"

    @property
    def short_label(self) -> str:
        """"Jan–Mar 2026", for the chart."""
        first = _MONTHS[self.start.month - 1][:3]
        last = _MONTHS[self.start.month + 1][:3]
        return f"{first}–{last} {self.start.year}"


@dataclass(frozen=True)
class CommunitySummary:
    total: int
    case_count: int
    by_category: list[CountRow]
    by_service_type: list[CountRow]
    by_overcome: list[CountRow]
    by_quarter: list[QuarterRow]


# How long a community's rendered counts are kept. A change makes a new key at once (see
# summary_key); this only bounds the memory, and how long a restored backup, whose version
# numbers may repeat, could show counts kept before it.
SUMMARY_KEEP_SECONDS = 10 * 60
# The code the cached counts come from: a deploy that changes it makes new keys.
CODE_VERSION = source_digest(Path(settings.BASE_DIR) / "templates/casework/barrier_report.html",
                             Path(__file__))


def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def add_quarters(start: date, n: int) -> date:
    index = start.year * 4 + (start.month - 1) // 3 + n
    return date(index // 4, (index % 4) * 3 + 1, 1)


def last_quarters(today: date, n: int = QUARTERS_SHOWN) -> list[date]:
    """The first days of the last `n` calendar quarters, oldest first, ending with today's."""
    current = quarter_start(today)
    return [add_quarters(current, k) for k in range(-(n - 1), 1)]


def _london_midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=LONDON)


def _count_rows(choices, counts: Mapping[str, int], *, order=None) -> list[CountRow]:
    labels = dict(choices.choices)
    values = order if order is not None else choices.values
    return [CountRow(str(v), labels[v], counts.get(v, 0)) for v in values]


def community_summary(community: Community, *, now: datetime | None = None) -> CommunitySummary:
    """Exact counts of the community's visible barriers. Three queries, whatever the data."""
    barriers = visible_barriers().filter(case__community=community)
    by_category: dict[str, int] = {}
    by_service: dict[str, int] = {}
    by_overcome: dict[str, int] = {}
    # One grouped query; at most 8 × 9 × 4 rows however many barriers there are.
    grouped = (barriers.order_by().values("category", "service_type", "overcome")
               .annotate(n=Count("pk")))
    for row in grouped:
        by_category[row["category"]] = by_category.get(row["category"], 0) + row["n"]
        by_service[row["service_type"]] = by_service.get(row["service_type"], 0) + row["n"]
        by_overcome[row["overcome"]] = by_overcome.get(row["overcome"], 0) + row["n"]
    totals = barriers.order_by().aggregate(total=Count("pk"),
                                           cases=Count("case", distinct=True))

    today = timezone.localtime(now or timezone.now(), LONDON).date()
    quarters = last_quarters(today)
    per_quarter = {
        timezone.localtime(row["quarter"], LONDON).date(): row["n"]
        for row in barriers.filter(
            created_at__gte=_london_midnight(quarters[0]),
            created_at__lt=_london_midnight(add_quarters(quarters[-1], 1)),
        ).order_by()
        .annotate(quarter=TruncQuarter("created_at", tzinfo=LONDON))
        .values("quarter").annotate(n=Count("pk"))
    }
    by_category_rows = sorted(_count_rows(BarrierCategory, by_category),
                              key=lambda r: -r.count)  # stable: ties keep the choice order
    by_service_rows = sorted(_count_rows(ServiceType, by_service), key=lambda r: -r.count)
    return CommunitySummary(
        total=totals["total"],
        case_count=totals["cases"],
        by_category=by_category_rows,
        by_service_type=by_service_rows,
        by_overcome=_count_rows(Overcome, by_overcome, order=OVERCOME_ORDER),
        by_quarter=[QuarterRow(q, per_quarter.get(q, 0)) for q in quarters],
    )


def summary_key(community: Community, *, now: datetime | None = None) -> str:
    """The cache key of the community's counts as the report shows them: the community's
    BarrierReportVersion (one lookup by primary key, whatever the data) and today's quarter
    (the chart ends with it)."""
    version = (BarrierReportVersion.objects.filter(community_id=community.pk)
               .values_list("version", flat=True).first()) or 0
    today = timezone.localtime(now or timezone.now(), LONDON).date()
    return (f"barrier-report:{CODE_VERSION}:{community.pk}:{community.slug}:{version}:"
            f"{quarter_start(today).isoformat()}")


@dataclass(frozen=True)
class Bar:
    label: str  # "Jan–Mar 2026", drawn
    spoken: str  # "January to March 2026", for the accessible description
    count: int
    y: int
    width: int


@dataclass(frozen=True)
class QuarterChart:
    """Geometry of the server-rendered SVG bar chart (horizontal bars read well on phones)."""

    bars: list[Bar]
    width: int
    height: int
    bar_x: int
    bar_height: int
    text_dy: int

    @property
    def description(self) -> str:
        parts = "; ".join(f"{b.spoken}: {b.count}" for b in self.bars)
        return f"Bar chart of barriers recorded per quarter. {parts}."


def quarter_chart(rows: Sequence[QuarterRow], *, width: int = 400, label_width: int = 112,
                  row_height: int = 30, bar_height: int = 20) -> QuarterChart:
    """Bars scaled to the largest count, leaving room for the number after each bar."""
    bar_x = label_width + 8
    room = width - bar_x - 40
    top = max((r.count for r in rows), default=0)
    bars = [
        Bar(label=r.short_label, spoken=r.label, count=r.count, y=4 + k * row_height,
            width=round(room * r.count / top) if top else 0)
        for k, r in enumerate(rows)
    ]
    return QuarterChart(bars=bars, width=width, height=8 + len(rows) * row_height,
                        bar_x=bar_x, bar_height=bar_height, text_dy=bar_height // 2 + 5)


NO_SERVICE = "none"  # ?service=none: barriers that name no service


@dataclass(frozen=True)
class BarrierFilter:
    """Which barriers a count stands for: ?category=…, ?service_type=…, ?overcome=…,
    ?service=<id> (one of the community's services, or "none").

    Values that are not valid choices are ignored; a service id is checked against the
    community where it is used (cases_behind counts only the community's cases)."""

    category: str = ""
    service_type: str = ""
    overcome: str = ""
    service: str = ""

    @classmethod
    def from_params(cls, params: Mapping[str, str]) -> "BarrierFilter":
        def valid(name, choices):
            value = params.get(name, "")
            return value if value in choices.values else ""

        service = params.get("service", "")
        if not (service == NO_SERVICE or (service.isascii() and service.isdigit()
                                          and len(service) < 19)):
            service = ""
        return cls(category=valid("category", BarrierCategory),
                   service_type=valid("service_type", ServiceType),
                   overcome=valid("overcome", Overcome), service=service)

    def __bool__(self) -> bool:
        return bool(self.category or self.service_type or self.overcome or self.service)

    def as_params(self) -> dict[str, str]:
        return {k: v for k, v in (("category", self.category),
                                  ("service_type", self.service_type),
                                  ("overcome", self.overcome),
                                  ("service", self.service)) if v}

    @property
    def service_id(self) -> int | None:
        return int(self.service) if self.service and self.service != NO_SERVICE else None

    def descriptions(self, service_name: str = "") -> list[str]:
        """What the filter means, for the heading of the case list (`service_name`: the
        name of the service it names)."""
        parts = []
        if self.category:
            parts.append(f"Category: {BarrierCategory(self.category).label}")
        if self.service_type:
            parts.append(f"Type of service: {ServiceType(self.service_type).label}")
        if self.service == NO_SERVICE:
            parts.append("Service: none named")
        elif self.service:
            parts.append(f"Service: {service_name or 'not in this community'}")
        if self.overcome:
            parts.append(f"Overcome: {Overcome(self.overcome).label}")
        return parts

    def q(self) -> Q:
        q = Q(**{k: v for k, v in self.as_params().items() if k != "service"})
        if self.service == NO_SERVICE:
            q &= Q(service__isnull=True)
        elif self.service:
            q &= Q(service_id=self.service_id)
        return q


def cases_behind(community: Community, barrier_filter: BarrierFilter):
    """The community's visible cases with a barrier matching the filter, newest first.

    Each case carries `matching_barriers`. A queryset for the paginator: a count, a page
    and one prefetch, whatever the data."""
    matching = Barrier.objects.filter(barrier_filter.q())
    return (
        CaseStudy.objects.filter(community=community, status__in=VISIBLE_STATUSES)
        .filter(Exists(matching.filter(case=OuterRef("pk"))))
        .select_related("community")
        .only("title", "status", "published_at", "community__slug", "community__name")
        .prefetch_related(Prefetch("barriers", queryset=matching.order_by("created_at", "pk"),
                                   to_attr="matching_barriers"))
        .order_by(F("published_at").desc(nulls_last=True), "-pk")
    )


# --- Breakdowns shown with small numbers suppressed --------------------------------------
# By named service (the report's choice), on a service's page and in the brief: a named
# service is a narrow cell, so, as across communities, a count under the threshold is not
# shown, nor one from which it could be worked out (cop.suppression).


@dataclass(frozen=True)
class Cell:
    """A published count: `value` is None when it is suppressed."""

    value: int | None

    @property
    def suppressed(self) -> bool:
        return self.value is None


@dataclass(frozen=True)
class Counts:
    """One set of barriers counted every way the breakdowns need, from one grouped query.
    Rows with no barrier are left out; named services by count, "No service named" last."""

    total: int
    by_category: list[CountRow]
    by_service_type: list[CountRow]
    by_service: list[CountRow]


def count_barriers(barriers) -> Counts:
    """`barriers`: a queryset of Barrier already scoped (a community's visible ones, a
    service's, a period's). One query, whatever their number."""
    by_category: dict[str, int] = {}
    by_type: dict[str, int] = {}
    by_service: dict[int | None, int] = {}
    names: dict[int | None, str] = {None: "No service named"}
    grouped = (barriers.order_by().values("category", "service_type", "service_id",
                                          "service__name").annotate(n=Count("pk")))
    for row in grouped:
        # Every breakdown must count the same barriers: skip a value that is not (or no
        # longer) a choice, as the cross-community tables do.
        if (row["category"] not in BarrierCategory.values
                or row["service_type"] not in ServiceType.values):
            continue
        by_category[row["category"]] = by_category.get(row["category"], 0) + row["n"]
        by_type[row["service_type"]] = by_type.get(row["service_type"], 0) + row["n"]
        by_service[row["service_id"]] = by_service.get(row["service_id"], 0) + row["n"]
        names.setdefault(row["service_id"], row["service__name"])
    services = sorted((pk for pk in by_service if pk is not None),
                      key=lambda pk: (-by_service[pk], names[pk].lower(), pk))
    return Counts(
        total=sum(by_category.values()),
        by_category=[r for r in sorted(_count_rows(BarrierCategory, by_category),
                                       key=lambda r: -r.count) if r.count],
        by_service_type=[r for r in sorted(_count_rows(ServiceType, by_type),
                                           key=lambda r: -r.count) if r.count],
        by_service=[CountRow(str(pk), names[pk], by_service[pk]) for pk in services]
        + ([CountRow(NO_SERVICE, names[None], by_service[None])] if None in by_service else []),
    )


@dataclass(frozen=True)
class ShownRow:
    """A row of a breakdown as published: its count, or not shown (`cell.suppressed`)."""

    value: str  # the filter's value (a choice, a service id, "none")
    label: str
    cell: Cell


def suppress_breakdowns(breakdowns: Sequence[Sequence[CountRow]], total: int, threshold: int
                        ) -> tuple[list[list[ShownRow]], Cell]:
    """Breakdowns of the same barriers (each adds up to `total`), suppressed together: a
    count under `threshold` is not shown, nor one that the total and the others would give
    away. The total is hidden only when it is under the threshold itself."""
    values: dict[Hashable, int] = {}
    lines: list[tuple[list[Hashable], Hashable]] = []
    for b, rows in enumerate(breakdowns):
        if sum(r.count for r in rows) != total:
            raise ValueError("Each breakdown must add up to the total.")
        keys: list[Hashable] = []
        for i, row in enumerate(rows):
            values[(b, i)] = row.count
            keys.append((b, i))
        lines.append((keys, "total"))
    # Last, so that a tie between the total and a part hides the part: lines that share
    # only their total never make a shown total give a count away, so it is hidden only
    # under the threshold (and is then "fewer than" it).
    values["total"] = total
    hidden = suppress(values, lines, threshold)
    shown = [[ShownRow(row.value, row.label, Cell(None if (b, i) in hidden else row.count))
              for i, row in enumerate(rows)] for b, rows in enumerate(breakdowns)]
    return shown, Cell(None if "total" in hidden else total)


@dataclass(frozen=True)
class Breakdown:
    """One breakdown as published, small numbers suppressed."""

    rows: list[ShownRow]
    total: Cell
    threshold: int


def by_named_service(community: Community, threshold: int) -> Breakdown:
    """The community's visible barriers by the service each names (the report's choice
    "by service"). Not kept in the cache: it shows services' names, which change without
    the barriers' version. One query."""
    counts = count_barriers(visible_barriers().filter(case__community=community))
    (rows,), total = suppress_breakdowns([counts.by_service], counts.total, threshold)
    return Breakdown(rows=rows, total=total, threshold=threshold)


# --- Across communities: counts only, suppressed -------------------------------------


@dataclass(frozen=True)
class CrossRow:
    community: str
    cells: list[Cell]
    total: Cell


@dataclass(frozen=True)
class CrossTable:
    columns: list[tuple[str, str]]
    rows: list[CrossRow]
    column_totals: list[Cell]
    total: Cell


def suppress_tables(row_names: Sequence[str], tables: Sequence[tuple[list, list[list[int]]]],
                    threshold: int) -> list[CrossTable]:
    """Tables with the same rows (communities) and so the same row totals and grand total,
    suppressed together: a community's total hidden in one is hidden in all."""
    values: dict[Hashable, int] = {}
    lines: list[tuple[list, Hashable]] = []
    row_totals = [sum(r) for r in tables[0][1]] if tables else []
    for i, total in enumerate(row_totals):
        values[("row", i)] = total
    values["all"] = sum(row_totals)
    for t, (columns, cells) in enumerate(tables):
        if [sum(r) for r in cells] != row_totals:
            raise ValueError("Tables that share rows must have the same row totals.")
        for i, row in enumerate(cells):
            for j, value in enumerate(row):
                values[("cell", t, i, j)] = value
            lines.append(([("cell", t, i, j) for j in range(len(columns))], ("row", i)))
        for j in range(len(columns)):
            values[("col", t, j)] = sum(row[j] for row in cells)
            lines.append(([("cell", t, i, j) for i in range(len(cells))], ("col", t, j)))
        lines.append(([("col", t, j) for j in range(len(columns))], "all"))
    lines.append(([("row", i) for i in range(len(row_totals))], "all"))
    hidden = suppress(values, lines, threshold)

    def cell(key):
        return Cell(None if key in hidden else values[key])

    return [
        CrossTable(
            columns=list(columns),
            rows=[CrossRow(community=row_names[i],
                           cells=[cell(("cell", t, i, j)) for j in range(len(columns))],
                           total=cell(("row", i)))
                  for i in range(len(cells))],
            column_totals=[cell(("col", t, j)) for j in range(len(columns))],
            total=cell("all"),
        )
        for t, (columns, cells) in enumerate(tables)
    ]


def cross_community_tables(threshold: int) -> tuple[CrossTable, CrossTable]:
    """Community × category and community × service type, suppressed. Two queries."""
    communities = list(Community.objects.order_by("name").values_list("pk", "name"))
    index = {pk: i for i, (pk, _) in enumerate(communities)}
    categories = BarrierCategory.values
    services = ServiceType.values
    by_category = [[0] * len(categories) for _ in communities]
    by_service = [[0] * len(services) for _ in communities]
    grouped = (visible_barriers().order_by()
               .values("case__community_id", "category", "service_type")
               .annotate(n=Count("pk")))
    for row in grouped:
        i = index.get(row["case__community_id"])
        # Skip a community created between the two queries, and any value that is not
        # (or no longer) a choice: both tables must count the same barriers.
        if i is None or row["category"] not in categories or row["service_type"] not in services:
            continue
        by_category[i][categories.index(row["category"])] += row["n"]
        by_service[i][services.index(row["service_type"])] += row["n"]
    category_table, service_table = suppress_tables(
        [name for _, name in communities],
        [(BarrierCategory.choices, by_category), (ServiceType.choices, by_service)],
        threshold,
    )
    return category_table, service_table
