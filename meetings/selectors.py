"""meetings' reads, scoped to what the viewer may see (the views have already checked the
viewer's membership and found the session in their community).

- The live state (live.py's times read as the run screen and the live view show them), the
  entries of an item, presence claims, and the version a polling phone compares."""

from dataclasses import dataclass, field

from members.models import MembershipStatus, User
from sessions_app.models import AgendaItem, Attendance, Session

from .live import agenda_items, remaining_seconds, stages_of
from .models import Entry, EntryKind, LiveMeeting, PresenceClaim
from .plan_selectors import (
    FormatGuides,
    PlannedItem,
    RecommendationCounts,
    SummaryView,
    add_meeting_lines,
    follow_up_entries,
    format_label,
    formats_with_guides,
    guide_of,
    guides_of,
    plan_of,
    planned_item,
    recommendation_counts,
    session_plan,
    stage_of,
    summaries_of_case,
    summary_view,
)
from .plans import PlannedStage


@dataclass(frozen=True)
class LiveState:
    """Where a session's meeting is, as of now."""

    live: LiveMeeting | None
    items: list[AgendaItem] = field(default_factory=list)
    item: AgendaItem | None = None
    stages: list[PlannedStage] = field(default_factory=list)
    stage_index: int = 0
    remaining: int = 0  # seconds; negative once over time

    @property
    def started(self) -> bool:
        return self.live is not None

    @property
    def running(self) -> bool:
        return self.live is not None and self.live.ended_at is None

    @property
    def ended(self) -> bool:
        return self.live is not None and self.live.ended_at is not None

    @property
    def paused(self) -> bool:
        return self.live is not None and self.live.paused_at is not None

    @property
    def version(self) -> int:
        return self.live.version if self.live is not None else 0

    @property
    def stage(self) -> PlannedStage | None:
        return self.stages[self.stage_index] if self.stages else None

    @property
    def item_number(self) -> int:
        return next((n + 1 for n, i in enumerate(self.items)
                     if self.item is not None and i.pk == self.item.pk), 0)

    @property
    def next_stage(self) -> PlannedStage | None:
        if self.stage_index + 1 < len(self.stages):
            return self.stages[self.stage_index + 1]
        return None

    @property
    def next_item(self) -> AgendaItem | None:
        n = self.item_number
        return self.items[n] if n < len(self.items) else None

    @property
    def has_next(self) -> bool:
        return self.next_stage is not None or self.next_item is not None

    @property
    def has_previous(self) -> bool:
        return self.stage_index > 0 or self.item_number > 1

    @property
    def key(self) -> str:
        """Which stage of which item: what a phone announces when it changes."""
        if self.live is None:
            return "not-started"
        if self.ended:
            return "ended"
        return f"{self.live.item_id or 0}-{self.stage_index}"

    @property
    def announcement(self) -> str:
        if self.live is None:
            return "The meeting has not started."
        if self.ended:
            return "The meeting has ended."
        stage = self.stage.name if self.stage else ""
        title = self.item.title if self.item else "Open discussion"
        return f"Now: {title}. Stage: {stage}."

    @property
    def clock(self) -> str:
        seconds = max(0, self.remaining)
        return f"{seconds // 60}:{seconds % 60:02d}"

    @property
    def over_by(self) -> str:
        seconds = max(0, -self.remaining)
        return f"{seconds // 60}:{seconds % 60:02d}"


def live_state(session: Session) -> LiveState:
    """In three queries whatever the agenda's length: the live row (with the scribe), the
    items with their plans and presenters, the community's stage guides."""
    live = (LiveMeeting.objects.filter(session=session).select_related("scribe").first())
    items = agenda_items(session)
    if live is None:
        return LiveState(None, items)
    item = next((i for i in items if i.pk == live.item_id), None)
    stages = stages_of(item, guides_of(session.community_id))
    index = min(live.stage_index, len(stages) - 1)  # a format changed while it ran
    minutes = stages[index].minutes if stages else 0
    return LiveState(live, items, item, stages, index, remaining_seconds(live, minutes))


def poll_version(user: User, slug: str, pk: int) -> int | None:
    """The version a polling phone compares, in one query that is also the access check:
    None when the session is not one of the viewer's active communities' (404); 0 before
    the meeting starts."""
    row = (Session.objects.filter(pk=pk, community__slug=slug,
                                  community__memberships__user=user,
                                  community__memberships__status=MembershipStatus.ACTIVE)
           .values_list("pk", "live__version").first())
    if row is None:
        return None
    return row[1] or 0


def entries_of(item: AgendaItem | None) -> list[Entry]:
    if item is None:
        return []
    return list(Entry.objects.filter(item=item).select_related("member"))


def recommendations_for_presenter(item: AgendaItem | None, user: User) -> list[Entry]:
    """The recommendations of the item `user` presents (none for anyone else)."""
    if item is None or item.presenter_id is None or item.presenter_id != user.pk:
        return []
    return list(Entry.objects.filter(item=item, kind=EntryKind.RECOMMENDATION))


def entry_of(session: Session, pk: int) -> Entry | None:
    return (Entry.objects.filter(item__session=session, pk=pk)
            .select_related("item", "item__session").first())


def pending_claims(session: Session) -> list[PresenceClaim]:
    return list(PresenceClaim.objects.filter(session=session, decided_at__isnull=True)
                .select_related("user").order_by("claimed_at", "pk"))


def claim_of(session: Session, pk: int) -> PresenceClaim | None:
    return (PresenceClaim.objects.filter(session=session, pk=pk)
            .select_related("user").first())


@dataclass(frozen=True)
class Presence:
    on_register: bool
    claim: PresenceClaim | None

    @property
    def waiting(self) -> bool:
        return self.claim is not None and self.claim.decided_at is None

    @property
    def declined(self) -> bool:
        return (self.claim is not None and self.claim.decided_at is not None
                and not self.claim.confirmed)


def presence_of(session: Session, user: User) -> Presence:
    """Whether the viewer is on the register, and their claim (two small queries)."""
    on_register = Attendance.objects.filter(session=session, user=user).exists()
    claim = PresenceClaim.objects.filter(session=session, user=user).first()
    return Presence(on_register, claim)


# Planning, stage guides, summaries, the case page's line, the evaluators' counts
# (plan_selectors.py), named here for the views and other apps.
__all__ = [
    "FormatGuides",
    "PlannedItem",
    "RecommendationCounts",
    "SummaryView",
    "add_meeting_lines",
    "follow_up_entries",
    "format_label",
    "formats_with_guides",
    "guide_of",
    "plan_of",
    "planned_item",
    "recommendation_counts",
    "session_plan",
    "stage_of",
    "summaries_of_case",
    "summary_view",
]
