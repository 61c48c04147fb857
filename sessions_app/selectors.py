"""Reads for the session page and the facilitators' record, scoped to one community."""

from collections.abc import Iterable
from typing import Any

from django.db import models
from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from members.models import Community, Membership, MembershipStatus, User

from .models import (
    RSVP,
    ActionPoint,
    AgendaItem,
    Attendance,
    FollowUpRequest,
    Material,
    RSVPAnswer,
    Session,
    SessionSeries,
    SessionStatus,
)


def agenda(session: Session) -> list[AgendaItem]:
    return list(AgendaItem.objects.filter(session=session)
                .select_related("presenter", "case", "case__community"))


def rsvp_counts(session: Session) -> dict[str, int]:
    return RSVP.objects.filter(session=session).aggregate(
        going=Count("id", filter=Q(answer=RSVPAnswer.GOING, waitlisted=False)),
        waiting=Count("id", filter=Q(answer=RSVPAnswer.GOING, waitlisted=True)),
        maybe=Count("id", filter=Q(answer=RSVPAnswer.MAYBE)),
        not_going=Count("id", filter=Q(answer=RSVPAnswer.NOT_GOING)),
    )


def rsvp_of(session: Session, user: User) -> RSVP | None:
    return RSVP.objects.filter(session=session, user=user).first()


def waiting_position(rsvp: RSVP | None) -> int | None:
    if rsvp is None or not rsvp.waitlisted:
        return None
    return RSVP.objects.filter(session_id=rsvp.session_id, answer=RSVPAnswer.GOING,
                               waitlisted=True, asked_at__lt=rsvp.asked_at).count() + 1


def coming(session: Session) -> dict[str, list[User]]:
    """Who is coming (by name) and the waiting list (in order of asking), in one query.
    Only people still in the community; as many rows as the community has members."""
    rows = list(RSVP.objects.filter(
        session=session, answer=RSVPAnswer.GOING,
        user__memberships__community_id=session.community_id,
        user__memberships__status=MembershipStatus.ACTIVE,
    ).select_related("user", "user__agency").order_by("asked_at", "pk"))
    return {
        "going": sorted((r.user for r in rows if not r.waitlisted),
                        key=lambda user: user.display_name.casefold()),
        "waiting": [r.user for r in rows if r.waitlisted],
    }


def next_session_of(series: SessionSeries) -> Session | None:
    """The series' next scheduled session (from now)."""
    return (Session.objects.filter(series=series, status=SessionStatus.SCHEDULED,
                                   starts_at__gt=timezone.now())
            .select_related("community").order_by("starts_at").first())


def register(session: Session) -> list[dict[str, Any]]:
    """For the facilitator's register: every active member, their reply, and whether
    they came, in one query."""
    members = (Membership.objects.filter(community_id=session.community_id,
                                         status=MembershipStatus.ACTIVE)
               .select_related("user", "user__agency").order_by("user__display_name"))
    replies = dict(RSVP.objects.filter(session=session).values_list("user_id", "answer"))
    came = set(Attendance.objects.filter(session=session).values_list("user_id", flat=True))
    labels = dict(RSVPAnswer.choices)
    return [{"user": m.user, "answer": labels.get(replies.get(m.user_id, ""), ""),
             "attended": m.user_id in came} for m in members]


def attendee_count(session: Session) -> int:
    return Attendance.objects.filter(session=session).count()


def recorded_present(session: Session, user: User) -> bool:
    """Whether `user` is on the register of a session that was held (its attendance
    certificate is theirs: learning)."""
    return (session.status == SessionStatus.COMPLETED
            and Attendance.objects.filter(session=session, user=user).exists())


def action_points(session: Session) -> list[ActionPoint]:
    return list(ActionPoint.objects.filter(session=session).select_related("owner"))


def follow_up_of(session: Session, user: User) -> FollowUpRequest | None:
    return FollowUpRequest.objects.filter(session=session, user=user).first()


def follow_ups(community: Community) -> list[FollowUpRequest]:
    """Only for the community's facilitators: open requests first."""
    return list(FollowUpRequest.objects.filter(session__community=community)
                .select_related("user", "user__agency", "session__community", "handled_by")
                .order_by("handled_at", "-created_at")[:200])


def session_in_community(slug: str, pk: int) -> Session | None:
    """A session by its community's slug, whoever asks: only for those who may see it
    without a membership (an evaluator, for results that show aggregates only)."""
    return (Session.objects.filter(community__slug=slug, pk=pk)
            .select_related("community").first())


def sessions_discussing(case: models.Model) -> list[Session]:
    """The sessions where a case was (or will be) on the agenda."""
    return list(Session.objects.filter(agenda__case_id=case.pk)
                .exclude(status=SessionStatus.CANCELLED).distinct().order_by("starts_at"))


def active_members(community: Community) -> QuerySet[Membership]:
    return (Membership.objects.filter(community=community, status=MembershipStatus.ACTIVE)
            .select_related("user").order_by("user__display_name"))


def agenda_item(session: Session, pk: int) -> AgendaItem | None:
    return AgendaItem.objects.filter(session=session, pk=pk).select_related("session").first()


def action_point(session: Session, pk: int) -> ActionPoint | None:
    return ActionPoint.objects.filter(session=session, pk=pk).select_related("session").first()


def follow_up(community: Community, pk: int) -> FollowUpRequest | None:
    return (FollowUpRequest.objects.filter(session__community=community, pk=pk)
            .select_related("session").first())


def member_users(community: Community) -> QuerySet[User]:
    """People to choose as a presenter or an action point's owner."""
    return User.objects.filter(memberships__community=community,
                               memberships__status=MembershipStatus.ACTIVE).order_by("display_name")


def linkable_sessions(community: Community) -> QuerySet[Session]:
    """Sessions a library item can be linked to."""
    return (Session.objects.filter(community=community).exclude(status=SessionStatus.CANCELLED)
            .order_by("-starts_at").only("id", "title", "starts_at"))


def materials_of(session: Session) -> list[Material]:
    """Library items brought to this session (not files held for their uploader to check)."""
    return list(session.materials.filter(held=False)
                .only("id", "title", "url", "file", "community_id"))


def completed_sessions_with_attendees(communities: Iterable[Community]
                                      ) -> list[tuple[Session, list[User]]]:
    """Completed sessions of these communities, oldest first, each with the people recorded
    as attending (for the evaluation's post-session surveys)."""
    sessions = list(Session.objects.filter(community__in=communities,
                                           status=SessionStatus.COMPLETED)
                    .select_related("community").order_by("starts_at", "pk"))
    attendees: dict[int, list[User]] = {}
    for row in (Attendance.objects.filter(session__in=sessions).select_related("user")
                .order_by("user_id")):
        attendees.setdefault(row.session_id, []).append(row.user)
    return [(session, attendees.get(session.pk, [])) for session in sessions]
