"""Reads for planning a meeting, the community's stage guides, an item's summary, the
presenter's follow-up, the case page's line and the evaluators' counts. Each is scoped by
its caller (a session or community the viewer's membership has already given), and runs a
fixed number of queries whatever the amount of data."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db.models import Count, Q

from sessions_app import selectors as session_selectors
from sessions_app.models import ActionPoint, AgendaItem, Session, SessionStatus

from .formats import STAGES, Format, Stage
from .models import Entry, EntryKind, ItemPlan, ItemSummary, StageGuide, Tried, ValueCycle
from .plans import PlannedStage, default_format, format_of, plan_of, planned_stages

FORMAT_LABELS = dict(Format.choices)


def format_label(format_key: str) -> str:
    return FORMAT_LABELS.get(format_key, format_key)


# --- Stage guides -----------------------------------------------------------------------


def guides_of(community_id: int) -> dict[tuple[str, str], StageGuide]:
    """The community's own guides, by (format, stage key): one query."""
    return {(g.format, g.stage): g
            for g in StageGuide.objects.filter(community_id=community_id)
            .select_related("updated_by")}


@dataclass(frozen=True)
class GuideLine:
    format: str
    stage: Stage
    guide: str
    avoid: str
    own: StageGuide | None  # the community's words, or None for the default


@dataclass(frozen=True)
class FormatGuides:
    key: str
    label: str
    lines: list[GuideLine]

    @property
    def minutes(self) -> int:
        return sum(line.stage.minutes for line in self.lines)


def formats_with_guides(community_id: int) -> list[FormatGuides]:
    """Every format with its stages, each with the community's guide or the default."""
    guides = guides_of(community_id)
    result = []
    for key, format_stages in STAGES.items():
        lines = []
        for stage in format_stages:
            own = guides.get((key, stage.key))
            lines.append(GuideLine(key, stage, own.guide if own else stage.guide,
                                   own.avoid if own else stage.avoid, own))
        result.append(FormatGuides(key, format_label(key), lines))
    return result


def stage_of(format_key: str, stage_key: str) -> Stage | None:
    if format_key not in STAGES:
        return None
    return next((s for s in STAGES[format_key] if s.key == stage_key), None)


def guide_of(community_id: int, format_key: str, stage_key: str) -> StageGuide | None:
    return StageGuide.objects.filter(community_id=community_id, format=format_key,
                                     stage=stage_key).first()


# --- Planning -----------------------------------------------------------------------------


@dataclass
class PlannedItem:
    item: AgendaItem
    plan: ItemPlan | None
    format: str
    format_label: str
    stages: list[PlannedStage]

    @property
    def minutes(self) -> int:
        return sum(stage.minutes for stage in self.stages)


def planned_item(item: AgendaItem, plan: ItemPlan | None,
                 guides: dict[tuple[str, str], StageGuide]) -> PlannedItem:
    chosen = format_of(plan, item)
    return PlannedItem(item, plan, chosen, format_label(chosen),
                       planned_stages(plan, guides, item=item))


def session_plan(session: Session) -> list[PlannedItem]:
    """The session's agenda, each item with its plan (or its default format) and its
    stages as they will run: three queries."""
    items = session_selectors.agenda(session)
    plans = {p.item_id: p for p in ItemPlan.objects.filter(item__session=session)}
    guides = guides_of(session.community_id)
    return [planned_item(item, plans.get(item.pk), guides) for item in items]


def add_meeting_lines(agenda: Sequence[AgendaItem]) -> None:
    """For the session page: each item's format (`format_label`) and whether its summary
    was sent (`has_summary`), in one query (none for an empty agenda)."""
    if not agenda:
        return
    rows = {pk: (plan_format, summary_id) for pk, plan_format, summary_id in
            AgendaItem.objects.filter(pk__in=[i.pk for i in agenda])
            .values_list("pk", "plan__format", "summary__id")}
    for item in agenda:
        plan_format, summary_id = rows.get(item.pk, (None, None))
        item.format_label = format_label(plan_format or default_format(item))  # type: ignore[attr-defined]
        item.has_summary = summary_id is not None  # type: ignore[attr-defined]


# --- Summaries ------------------------------------------------------------------------------


@dataclass
class SummaryView:
    summary: ItemSummary
    item: AgendaItem
    session: Session
    question: str
    format_label: str
    recommendations: list[Entry]
    questions: list[Entry]
    actions: list[ActionPoint]

    @property
    def chosen(self) -> list[Entry]:
        return [e for e in self.recommendations if e.chosen]


def entries_of(item: AgendaItem) -> list[Entry]:
    return list(Entry.objects.filter(item=item).select_related("member"))


def summary_view(summary: ItemSummary) -> SummaryView:
    """What the summary says (read when shown, so marking the chosen ones shows at once):
    three queries."""
    item = summary.item
    plan = plan_of(item)
    entries = entries_of(item)
    return SummaryView(
        summary, item, item.session, plan.question if plan else "",
        format_label(format_of(plan, item)),
        [e for e in entries if e.kind == EntryKind.RECOMMENDATION],
        [e for e in entries if e.kind == EntryKind.QUESTION],
        session_selectors.action_points(item.session))


def summaries_of_case(case_id: int) -> list[ItemSummary]:
    """The summaries sent for agenda items about a case, oldest session first (one
    query): the case page's "Recommendations from the session on …"."""
    return list(ItemSummary.objects.filter(item__case_id=case_id)
                .exclude(item__session__status=SessionStatus.CANCELLED)
                .select_related("item", "item__session")
                .order_by("item__session__starts_at", "pk"))


# --- The presenter's follow-up -------------------------------------------------------------


def follow_up_entries(summary: ItemSummary) -> list[Entry]:
    """The item's recommendations, the chosen ones first, each with its outcome if
    answered (`entry.outcome_or_none`): one query."""
    entries = list(Entry.objects.filter(item_id=summary.item_id,
                                        kind=EntryKind.RECOMMENDATION)
                   .select_related("outcome").order_by("-chosen", "created_at", "pk"))
    for entry in entries:
        entry.outcome_or_none = getattr(entry, "outcome", None)  # type: ignore[attr-defined]
    return entries


# --- Evaluation: counts only --------------------------------------------------------------


@dataclass
class RecommendationCounts:
    items: int = 0  # agenda items summarised
    offered: int = 0  # recommendations offered on them
    chosen: int = 0  # of which the presenter chose to try
    presenters: int = 0  # the people whose choices and answers these are
    outcomes: dict[tuple[str, str], int] = field(default_factory=dict)  # (tried, value) -> n


def recommendation_counts(community_ids: Iterable[int], *, since: datetime
                          ) -> RecommendationCounts:
    """Across these communities, for summaries sent since `since`: numbers only, never a
    text or a person. One query, whatever the number of summaries."""
    ids = list(community_ids)
    counts = RecommendationCounts()
    if not ids:
        return counts
    rec = Q(item__entries__kind=EntryKind.RECOMMENDATION)
    cells = {f"{t}__{v or 'none'}": Count(
        "item__entries__outcome", filter=rec & Q(item__entries__outcome__tried=t,
                                                 item__entries__outcome__value=v))
        for t in Tried.values for v in ["", *ValueCycle.values]}
    totals: dict[str, Any] = ItemSummary.objects.filter(
        item__session__community_id__in=ids, sent_at__gte=since).aggregate(
        items=Count("pk", distinct=True), presenters=Count("presenter", distinct=True),
        offered=Count("item__entries", filter=rec),
        chosen=Count("item__entries", filter=rec & Q(item__entries__chosen=True)), **cells)
    counts.items, counts.offered, counts.chosen = (totals["items"], totals["offered"],
                                                   totals["chosen"])
    counts.presenters = totals["presenters"]
    for t in Tried.values:
        for v in ["", *ValueCycle.values]:
            if totals[f"{t}__{v or 'none'}"]:
                counts.outcomes[(t, v)] = totals[f"{t}__{v or 'none'}"]
    return counts
