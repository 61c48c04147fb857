"""Demo sessions for `seed_demo`: a monthly series per community, started three months
ago, with agendas drawing on the demo cases; the past ones have attendance, notes and
action points. Idempotent: a community's demo series is found again by its title."""

from datetime import time, timedelta

from django.utils import timezone

from members import demo as demo_registry
from members import permissions as member_permissions
from members.demo import DemoWorld

from .models import RSVP, ActionPoint, AgendaItem, Attendance, SessionSeries, SessionStatus
from .recurrence import Repeat
from .services import series_generate

SERIES = {
    "leeds-multiple-needs": ("Leeds community of practice", Repeat("monthly", "TU", 2),
                             time(14), time(16), "Leeds Civic Hall, Committee Room 3"),
    "bristol-hard-edges": ("Bristol Hard Edges session", Repeat("monthly", "TH", 1),
                           time(10), time(12), ""),
}


def seed(world: DemoWorld) -> int:
    created = 0
    today = timezone.localdate()
    for slug, (title, repeat, start, end, venue) in SERIES.items():
        community = world.communities[slug]
        if SessionSeries.objects.filter(community=community, title=title).exists():
            continue
        members = [m.user for m in community.memberships.filter(status="active")
                   .select_related("user").order_by("pk")]
        facilitator = next(m.user for m in member_permissions.facilitator_memberships()
                           .filter(community=community).select_related("user"))
        series = SessionSeries.objects.create(
            community=community, title=title, rule=repeat.rule(),
            rule_text=repeat.words(start, end), starts_on=today - timedelta(days=95),
            start_time=start, end_time=end, venue=venue,
            online_link="" if venue else "https://meet.example.org/bristol-hard-edges",
            capacity=20, created_by=facilitator,
            description="Bring a stuck case, or come to listen. Tea from quarter to.")
        series_generate(series)
        cases = list(community.cases.filter(status="published").order_by("published_at"))
        sessions = list(series.sessions.order_by("starts_at"))
        now = timezone.now()
        for i, session in enumerate(sessions[:5]):
            AgendaItem.objects.create(session=session, position=1, title="Welcome and check-in",
                                      minutes=15, presenter=facilitator)
            if cases:
                case = cases[i % len(cases)]
                AgendaItem.objects.create(session=session, position=2,
                                          title=f"Case discussion: {case.title}", minutes=45,
                                          presenter=case.author, case=case)
            AgendaItem.objects.create(session=session, position=3,
                                      title="System barriers we keep meeting", minutes=30)
            if session.ends_at < now:
                session.status = SessionStatus.COMPLETED
                session.completed_at = session.ends_at
                session.notes = ("We talked through the case and agreed where to escalate. "
                                 "Two members offered to share template letters.")
                session.save(update_fields=["status", "completed_at", "notes"])
                Attendance.objects.bulk_create(
                    Attendance(session=session, user=u, recorded_by=facilitator)
                    for u in members[i % 3::2])
                ActionPoint.objects.create(
                    session=session, text="Share the review request template letter",
                    owner=members[(i + 1) % len(members)], created_by=facilitator,
                    due_on=timezone.localtime(session.starts_at).date() + timedelta(days=14),
                    done=i == 0)
            else:
                RSVP.objects.bulk_create(
                    RSVP(session=session, user=u, answer=answer)
                    for u, answer in zip(members[:6], ["going", "going", "going", "maybe",
                                                       "not_going", "going"], strict=False))
        created += 1
    return created


def register() -> None:
    demo_registry.register("sessions_app", seed)
