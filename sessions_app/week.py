"""Reads for a person's "my week" home (members/views_home.py), each scoped to the
communities given and a fixed number of queries whatever the data."""

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
