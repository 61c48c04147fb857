"""Reads for the learning record, each scoped to the person it is for: a person reads only
their own reflections and their own attendance (never anyone else's, whatever their role).
Each read runs a fixed number of queries, however many sessions and reflections there are."""


from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.db.models import Exists, OuterRef, QuerySet
from django.utils import timezone

from members.models import User
from sessions_app.models import Attendance, Session, SessionStatus

from .models import Reflection

# The format of the learning, as a regulator's CPD log asks for it (Social Work England:
# "type of CPD"; the NMC: "participatory learning").
LEARNING_FORMAT = "Participatory learning: peer case discussion in a facilitated community " \
                  "of practice"
REFLECT_WITHIN_DAYS = 28  # "Waiting for you" asks for a reflection on sessions this recent
QUARTER = Decimal("0.25")


def hours_of(starts_at: datetime, ends_at: datetime) -> Decimal:
    """A session's length in hours, to the nearest quarter hour (half a quarter rounds up)."""
    quarters = Decimal((ends_at - starts_at).total_seconds()) / Decimal(15 * 60)
    return quarters.quantize(Decimal(1), rounding=ROUND_HALF_UP) * QUARTER


def hours_words(hours: Decimal) -> str:
    """2.50 -> "2.5", 1.00 -> "1", 0.75 -> "0.75"."""
    text = f"{hours:.2f}".rstrip("0").rstrip(".")
    return text or "0"


def my_reflections(user: User) -> QuerySet[Reflection]:
    """The person's reflections, newest first, each with its session and community."""
    return (Reflection.objects.filter(user=user)
            .select_related("session", "session__community").order_by("-created_at", "-pk"))


def my_reflection(user: User, pk: int) -> Reflection | None:
    return (Reflection.objects.filter(user=user, pk=pk)
            .select_related("session", "session__community").first())


def reflection_on(user: User, session_id: int) -> Reflection | None:
    return Reflection.objects.filter(user=user, session_id=session_id).first()


def _attended(user: User) -> QuerySet[Attendance]:
    """The person's attendance at sessions held (completed), of every community they were
    in: their learning stays theirs when they leave a community."""
    return (Attendance.objects.filter(user=user, session__status=SessionStatus.COMPLETED)
            .select_related("session", "session__community"))


def attended_sessions(user: User, *, limit: int | None = 200) -> list[Session]:
    """The sessions held that the person was recorded at, newest first (the form's choice
    of session to reflect on; all of them, with no limit)."""
    rows = _attended(user).order_by("-session__starts_at", "-pk")
    return [a.session for a in (rows[:limit] if limit is not None else rows)]


def attended(user: User, session_id: int) -> Session | None:
    """The session, if it was held and the person was recorded as present at it."""
    row = _attended(user).filter(session_id=session_id).first()
    return row.session if row else None


def to_reflect_on(user: User, *, now: datetime, limit: int = 5) -> list[Session]:
    """Sessions held in the last REFLECT_WITHIN_DAYS that the person attended and has not
    reflected on yet, newest first (one query)."""
    written = Reflection.objects.filter(user=user, session_id=OuterRef("session_id"))
    return [a.session for a in _attended(user)
            # Completed (_attended), so held: also when the meeting was ended early.
            .filter(session__starts_at__gte=now - timedelta(days=REFLECT_WITHIN_DAYS))
            .filter(~Exists(written)).order_by("-session__starts_at", "-pk")[:limit]]


@dataclass
class CpdEntry:
    session: Session
    hours: Decimal
    reflections: list[Reflection] = field(default_factory=list)

    @property
    def hours_words(self) -> str:
        return hours_words(self.hours)


@dataclass
class CpdRecord:
    """The person's CPD record for a period: the sessions they attended, oldest first,
    with hours and their own reflections, and the reflections tied to no session."""

    user: User
    date_from: date | None
    date_to: date | None
    entries: list[CpdEntry]
    other_reflections: list[Reflection]
    made_on: date

    @property
    def total_hours(self) -> Decimal:
        return sum((e.hours for e in self.entries), Decimal(0))

    @property
    def total_hours_words(self) -> str:
        return hours_words(self.total_hours)

    @property
    def period_words(self) -> str:
        """The period as people read it: the dates asked for, else the sessions' own."""
        first = self.date_from or (timezone.localtime(self.entries[0].session.starts_at).date()
                                   if self.entries else None)
        last = self.date_to or (timezone.localtime(self.entries[-1].session.starts_at).date()
                                if self.entries else None)
        if first is None or last is None:
            return "No sessions yet"
        return f"{first:%-d %B %Y} to {last:%-d %B %Y}"

    @property
    def learning_format(self) -> str:
        return LEARNING_FORMAT


def _in_period(rows: QuerySet[Any], path: str, date_from: date | None,
               date_to: date | None) -> QuerySet[Any]:
    if date_from is not None:
        rows = rows.filter(**{f"{path}__date__gte": date_from})
    if date_to is not None:
        rows = rows.filter(**{f"{path}__date__lte": date_to})
    return rows


def cpd_record(user: User, *, date_from: date | None = None, date_to: date | None = None
               ) -> CpdRecord:
    """Three queries: the attendance, the reflections on those sessions, the others."""
    rows = list(_in_period(_attended(user), "session__starts_at", date_from, date_to)
                .order_by("session__starts_at", "pk"))
    entries = {a.session_id: CpdEntry(a.session, hours_of(a.session.starts_at,
                                                          a.session.ends_at)) for a in rows}
    for reflection in (Reflection.objects.filter(user=user, session_id__in=list(entries))
                       .order_by("created_at", "pk")):
        assert reflection.session_id is not None
        entries[reflection.session_id].reflections.append(reflection)
    others = list(_in_period(Reflection.objects.filter(user=user, session__isnull=True),
                             "created_at", date_from, date_to).order_by("created_at", "pk"))
    return CpdRecord(user=user, date_from=date_from, date_to=date_to,
                     entries=list(entries.values()), other_reflections=others,
                     made_on=timezone.localdate())


