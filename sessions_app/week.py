"""sessions_app's parts of members' pages (members/page_parts.py): on "my week" (the home,
members/views_home.py) action points due, the next sessions with the viewer's reply and,
for facilitators, follow-up requests to answer under each community and overdue action
points; on a community's home its upcoming sessions. Reads scoped to the communities
given, each in a fixed number of queries whatever the data."""

from collections.abc import Sequence
from datetime import timedelta

from django.db.models import (
    BooleanField,
    CharField,
    Count,
    OuterRef,
    Q,
    Subquery,
    Value,
    Window,
)
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone

from members import page_parts
from members.page_parts import Part, Slot, Week

from . import calendars
from .models import RSVP, ActionPoint, FollowUpRequest, RSVPAnswer, Session, SessionStatus


def next_sessions(user, community_ids, *, now, limit: int = 5) -> list[Session]:
    """The next scheduled sessions of these communities, soonest first, each with the
    viewer's reply (`my_answer`, "" for none; `my_waitlisted`) and how many are coming
    (`going`, `waiting`, `maybe`, `not_going`), in one query."""
    mine = RSVP.objects.filter(session=OuterRef("pk"), user=user)
    going = Q(rsvps__answer=RSVPAnswer.GOING)
    return list(
        Session.objects.filter(community_id__in=list(community_ids),
                               status=SessionStatus.SCHEDULED, ends_at__gt=now)
        .select_related("community")
        .annotate(
            my_answer=Coalesce(Subquery(mine.values("answer")[:1]), Value(""),
                               output_field=CharField()),
            my_waitlisted=Coalesce(Subquery(mine.values("waitlisted")[:1]), Value(False),
                                   output_field=BooleanField()),
            going=Count("rsvps", filter=going & Q(rsvps__waitlisted=False)),
            waiting=Count("rsvps", filter=going & Q(rsvps__waitlisted=True)),
            maybe=Count("rsvps", filter=Q(rsvps__answer=RSVPAnswer.MAYBE)),
            not_going=Count("rsvps", filter=Q(rsvps__answer=RSVPAnswer.NOT_GOING)),
        )
        .order_by("starts_at", "pk")[:limit]
    )


def my_actions_due(user, community_ids, *, today, days: int = 7,
                   limit: int = 10) -> list[ActionPoint]:
    """The viewer's action points not done, due within `days` or overdue (one query)."""
    return list(ActionPoint.objects.filter(
        owner=user, done=False, session__community_id__in=list(community_ids),
        due_on__lte=today + timedelta(days=days))
        .select_related("session", "session__community").order_by("due_on", "pk")[:limit])


def overdue_actions(community_ids, *, today, limit: int = 10
                    ) -> tuple[Sequence[ActionPoint], int]:
    """Action points of these communities not done and past their due date, oldest first,
    with how many there are in all (one query)."""
    shown = list(ActionPoint.objects.filter(session__community_id__in=list(community_ids),
                                            done=False, due_on__lt=today)
                 .select_related("owner", "session", "session__community")
                 .annotate(in_all=Window(Count("pk")))
                 .order_by("due_on", "pk")[:limit])
    return shown, (shown[0].in_all if shown else 0)


def open_follow_ups_by_community(community_ids) -> dict[int, int]:
    """Community id -> follow-up requests not yet handled (one query)."""
    return dict(FollowUpRequest.objects.filter(session__community_id__in=list(community_ids),
                                               handled_at__isnull=True)
                .order_by().values_list("session__community_id").annotate(n=Count("pk")))


def _my_actions(week: Week):
    actions = my_actions_due(week.user, week.community_ids, today=week.today)
    return {"my_actions": actions, "today": week.today} if actions else None


def _next_sessions(week: Week):
    # Who is coming shows under the sessions of the communities the viewer facilitates.
    return {"sessions": next_sessions(week.user, week.community_ids, now=week.now),
            "facilitated_ids": {c.pk for c in week.facilitated}}


def _follow_ups(week: Week):
    counts = open_follow_ups_by_community([c.pk for c in week.facilitated])
    return {community.pk: {
        "follow_ups": counts.get(community.pk, 0),
        "follow_ups_url": reverse("sessions_app:follow_up_list", args=[community.slug]),
    } for community in week.facilitated}


def _overdue(week: Week):
    overdue, overdue_count = overdue_actions([c.pk for c in week.facilitated],
                                             today=week.today)
    return {"overdue": overdue, "overdue_count": overdue_count}


def _upcoming_sessions(membership):
    return {"upcoming_sessions": calendars.upcoming_sessions(membership.community)}


def _upcoming_fresh_for(context) -> int | None:
    """The upcoming sessions stay right until the first of them ends (then it leaves the
    list), or until a session is written (the community's content version changes)."""
    sessions = context["upcoming_sessions"]
    if not sessions:
        return None
    return int((min(s.ends_at for s in sessions) - timezone.now()).total_seconds())


def register() -> None:
    for part in (
        Part("sessions_app", Slot.WEEK_WAITING, 20, "sessions_app/week/_my_actions.html",
             _my_actions),
        Part("sessions_app", Slot.WEEK_MEMBER, 20, "sessions_app/week/_next_sessions.html",
             _next_sessions),
        Part("sessions_app", Slot.WEEK_FACILITATED, 20, "sessions_app/week/_follow_ups.html",
             _follow_ups),
        Part("sessions_app", Slot.WEEK_FACILITATOR, 10,
             "sessions_app/week/_overdue_actions.html", _overdue),
        # The same for every member: cached (members/home_pieces.py) until a session is
        # written or the first shown ends.
        Part("sessions_app", Slot.COMMUNITY_HOME, 20,
             "sessions_app/_community_home_sessions.html", _upcoming_sessions, shared=True,
             fresh_for=_upcoming_fresh_for),
    ):
        page_parts.register(part)
