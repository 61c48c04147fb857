"""The system barriers brief: what one community's barriers and escalations over a period
add up to, for a facilitator to hand to a board as it is (casework/brief_pdf.py makes the
PDF from a `Brief`).

It holds counts by category, by type of service and by service, small numbers suppressed
together (barrier_report.suppress_breakdowns: all three add up to the same total); the
anonymised examples the facilitator picked; and the escalations with their responses.

Nothing in it has not passed the identifier scanner at the moment it is made: the texts
offered as examples are scanned when offered and again when the brief is made (a text
edited in between, or one kept past the gate with a reason, is not used), and each
escalation text is scanned too and left out if anything is found. Made on request and
stored nowhere: no file, no record of the picks (casework/lifecycle.py).
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from cop import gate
from members.models import Community
from servicemap import selectors as service_selectors

from . import barrier_report
from .barrier_report import LONDON, Cell, ShownRow
from .models import OPEN_ESCALATION_STATUSES, Barrier, Escalation

# How many barriers the facilitator is offered texts of (the newest in the period), and how
# many examples a brief holds: a few pages a board will read.
CANDIDATE_BARRIERS = 200
EXAMPLES_MAX = 20
EXAMPLE_KEY_MAX = 40  # "<barrier id>-<field>"
LONGEST_PERIOD_DAYS = 3 * 366
EXAMPLE_FIELDS = {"description": "What happened", "how_overcome": "How it was overcome"}
LEFT_OUT = "[left out of this brief: the identifier check flags something in it]"


@dataclass(frozen=True)
class Period:
    """From and to, both days included, in Europe/London."""

    start: date
    end: date

    @property
    def starts_at(self) -> datetime:
        return datetime(self.start.year, self.start.month, self.start.day, tzinfo=LONDON)

    @property
    def ends_before(self) -> datetime:
        after = self.end + timedelta(days=1)
        return datetime(after.year, after.month, after.day, tzinfo=LONDON)

    @property
    def words(self) -> str:
        return f"{self.start:%-d %B %Y} to {self.end:%-d %B %Y}"


def default_period(today: date | None = None) -> Period:
    """The last twelve months, today included."""
    today = today or timezone.localdate()
    return Period(today - relativedelta(years=1) + timedelta(days=1), today)


def barriers_in(community: Community, period: Period):  # -> QuerySet[Barrier]
    """The community's barriers a brief counts: on cases it can read, recorded in the
    period."""
    return barrier_report.visible_barriers().filter(
        case__community=community, created_at__gte=period.starts_at,
        created_at__lt=period.ends_before)


# --- Examples: texts the facilitator may pick -----------------------------------------------


@dataclass(frozen=True)
class Example:
    key: str  # "<barrier id>-<field>", the form's value
    field_label: str  # "What happened", "How it was overcome"
    text: str
    category: str
    service: str  # the service's name, else the type of service
    overcome: str
    recorded_on: date


@dataclass(frozen=True)
class Candidates:
    offered: list[Example]  # passed the scanner just now
    held_back: int  # texts the scanner flags: not offered
    more: bool  # the period has more barriers than were looked at


def example_key(barrier_id: int, field: str) -> str:
    return f"{barrier_id}-{field}"


def _parse_key(key: str) -> tuple[int, str] | None:
    barrier_id, _, field = key.partition("-")
    if not (barrier_id.isascii() and barrier_id.isdigit() and len(barrier_id) < 10
            and field in EXAMPLE_FIELDS):
        return None
    return int(barrier_id), field


def scan_terms(community: Community) -> list[str]:
    """Names the scanner lets pass in a brief: the product's (agencies, communities) and
    the community's services, whose names passed the gate when they were written."""
    return [*gate.known_terms(),
            *service_selectors.services_for_choice(community).values_list("name", flat=True)]


def _clean(text: str, allowed_names: list[str], terms: Sequence[str]) -> bool:
    return not gate.find({"text": text}, allowed_names, terms)


def _examples_of(barriers: Iterable[Barrier], terms: Sequence[str],
                 wanted: set[tuple[int, str]] | None = None) -> tuple[list[Example], int]:
    """Each non-empty text of the barriers (or only those `wanted`) that the scanner passes,
    and how many it flags."""
    passed: list[Example] = []
    flagged = 0
    for barrier in barriers:
        for field, label in EXAMPLE_FIELDS.items():
            text = getattr(barrier, field).strip()
            if not text or (wanted is not None and (barrier.pk, field) not in wanted):
                continue
            if not _clean(text, [barrier.case.pseudonym], terms):
                flagged += 1
                continue
            passed.append(Example(
                key=example_key(barrier.pk, field), field_label=label, text=text,
                category=barrier.get_category_display(),
                service=(barrier.service.name if barrier.service
                         else barrier.get_service_type_display()),
                overcome=barrier.get_overcome_display(),
                recorded_on=timezone.localtime(barrier.created_at, LONDON).date()))
    return passed, flagged


def _with_texts(barriers):  # -> QuerySet[Barrier]
    return (barriers.select_related("case", "service")
            .only("id", "category", "service_type", "overcome", "description", "how_overcome",
                  "created_at", "case__pseudonym", "service__name")
            .order_by("-created_at", "-pk"))


def example_candidates(community: Community, period: Period, terms: Sequence[str]
                       ) -> Candidates:
    """The texts of the period's newest barriers that the scanner passes now (two queries;
    about a millisecond of scanning per text)."""
    barriers = list(_with_texts(barriers_in(community, period))[:CANDIDATE_BARRIERS + 1])
    offered, flagged = _examples_of(barriers[:CANDIDATE_BARRIERS], terms)
    return Candidates(offered=offered, held_back=flagged,
                      more=len(barriers) > CANDIDATE_BARRIERS)


@dataclass(frozen=True)
class Picked:
    examples: list[Example]
    refused: list[str]  # keys picked that are not (or no longer) texts that may be used


def examples_picked(community: Community, period: Period, keys: Iterable[str],
                    terms: Sequence[str]) -> Picked:
    """The picked texts, read and scanned again now: any that is not one of the period's
    barriers' texts, or that the scanner now flags, is refused."""
    keys = list(dict.fromkeys(keys))
    wanted = {parsed for key in keys if (parsed := _parse_key(key)) is not None}
    barriers = _with_texts(barriers_in(community, period)
                           .filter(pk__in={barrier_id for barrier_id, _ in wanted}))
    examples, _ = _examples_of(barriers, terms, wanted)
    by_key = {e.key: e for e in examples}
    return Picked(examples=[by_key[k] for k in keys if k in by_key],
                  refused=[k for k in keys if k not in by_key])


# --- The brief ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class EscalationEntry:
    title: str
    raised_with: str
    raised_on: date
    status: str
    about: str  # the service, type of service and kind of barrier, in words
    evidence: str
    response: str


@dataclass(frozen=True)
class Brief:
    community: str
    period: Period
    made_on: date
    threshold: int
    total: Cell
    by_category: list[ShownRow]
    by_service_type: list[ShownRow]
    by_service: list[ShownRow]
    examples: list[Example]
    escalations: list[EscalationEntry]


def escalations_for(community: Community, period: Period) -> list[Escalation]:
    """Those raised in the period, and any raised before it that is still open."""
    return list(Escalation.objects.filter(community=community, raised_on__lte=period.end)
                .filter(Q(raised_on__gte=period.start) | Q(status__in=OPEN_ESCALATION_STATUSES))
                .select_related("service").order_by("raised_on", "pk"))


def _escalation_entry(escalation: Escalation, terms: Sequence[str]) -> EscalationEntry:
    def checked(text: str) -> str:
        return text if _clean(text, [], terms) else LEFT_OUT

    about = [escalation.service.name if escalation.service else "",
             escalation.get_service_type_display(), escalation.get_category_display()]
    return EscalationEntry(
        title=checked(escalation.title), raised_with=checked(escalation.raised_with),
        raised_on=escalation.raised_on, status=escalation.get_status_display(),
        about="; ".join(a for a in about if a), evidence=checked(escalation.evidence),
        response=checked(escalation.response) if escalation.response else "")


def brief_make(community: Community, period: Period, examples: list[Example],
               terms: Sequence[str]) -> Brief:
    """Everything the brief shows: the counts (one query) suppressed, the examples given
    (already scanned), the escalations (one query) scanned."""
    threshold = settings.BARRIER_SUPPRESSION_THRESHOLD
    counts = barrier_report.count_barriers(barriers_in(community, period))
    (by_category, by_type, by_service), total = barrier_report.suppress_breakdowns(
        [counts.by_category, counts.by_service_type, counts.by_service], counts.total,
        threshold)
    return Brief(
        community=community.name, period=period, made_on=timezone.localdate(),
        threshold=threshold, total=total, by_category=by_category, by_service_type=by_type,
        by_service=by_service, examples=examples,
        escalations=[_escalation_entry(e, terms) for e in escalations_for(community, period)])
