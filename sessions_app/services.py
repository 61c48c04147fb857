"""Writes for sessions: scheduling, series, RSVPs and waiting lists, agenda, the record.
Each function is a transaction; notifications and emails go out after commit."""

from datetime import date, datetime, timedelta
from functools import partial

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from members.models import Membership, MembershipStatus, NotificationKind
from members.services import notify

from . import permissions
from .models import (
    RSVP,
    ActionPoint,
    AgendaItem,
    Attendance,
    FollowUpRequest,
    Reminder,
    ReminderStatus,
    RSVPAnswer,
    Session,
    SessionSeries,
    SessionStatus,
)
from .recurrence import LONDON, local_datetime, occurrence_dates

# What a facilitator may set on a session; a change to any of these is news to members.
SESSION_FIELDS = ["title", "description", "venue", "online_link", "capacity"]
# A change to these is worth telling the people coming.
NEWSWORTHY = ["starts_at", "ends_at", "venue", "online_link", "status"]


def _require_facilitator(membership) -> None:
    if not membership.is_facilitator:
        raise PermissionDenied("Only facilitators of this community can do that.")


def _check_times(starts_at: datetime, ends_at: datetime) -> None:
    if ends_at <= starts_at:
        raise ValidationError("The session must end after it starts.")


def _not_declined_ids(session) -> list[int]:
    """Active members of the community who have not said they are not going."""
    declined = RSVP.objects.filter(session=session, answer=RSVPAnswer.NOT_GOING)
    return list(
        Membership.objects.filter(community_id=session.community_id,
                                  status=MembershipStatus.ACTIVE)
        .exclude(user_id__in=declined.values("user_id"))
        .values_list("user_id", flat=True)
    )


def _tell_about_change(session, actor, what: str) -> None:
    when = timezone.localtime(session.starts_at, LONDON)
    notify(
        user_ids=[uid for uid in _not_declined_ids(session) if uid != actor.id],
        kind=NotificationKind.SESSION_CHANGE, community=session.community,
        text=f"{session.title} on {when:%-d %B %Y}: {what}",
        url=session.get_absolute_url(),
    )


# --- Scheduling -------------------------------------------------------------------------


@transaction.atomic
def session_create(*, actor, membership, data: dict) -> Session:
    """One session. `data`: title, description, date, start_time, end_time, venue,
    online_link, capacity."""
    _require_facilitator(membership)
    starts_at = local_datetime(data["date"], data["start_time"])
    ends_at = local_datetime(data["date"], data["end_time"])
    _check_times(starts_at, ends_at)
    return Session.objects.create(
        community=membership.community, created_by=actor, starts_at=starts_at,
        ends_at=ends_at, **{f: data.get(f) or ("" if f != "capacity" else None)
                            for f in SESSION_FIELDS},
    )


def _horizon(series: SessionSeries) -> date:
    limit = timezone.localdate() + timedelta(days=settings.SESSION_SERIES_HORIZON_DAYS)
    return min(series.until, limit) if series.until else limit


def series_generate(series: SessionSeries) -> int:
    """Create the series' missing sessions up to its horizon. Safe to run again: one
    session per occurrence (unique), and cancelled or moved ones are left as they are."""
    if series.ended_at:
        return 0
    dates = occurrence_dates(series.rule, series.starts_on, _horizon(series))
    sessions = [
        Session(
            community_id=series.community_id, series=series, title=series.title,
            description=series.description, venue=series.venue,
            online_link=series.online_link, capacity=series.capacity,
            starts_at=local_datetime(day, series.start_time),
            ends_at=local_datetime(day, series.end_time),
            occurrence_start=local_datetime(day, series.start_time),
            created_by=series.created_by,
        )
        for day in dates
    ]
    # ignore_conflicts returns no primary keys, so count what is there before and after.
    before = Session.objects.filter(series=series).count()
    Session.objects.bulk_create(sessions, ignore_conflicts=True)
    return Session.objects.filter(series=series).count() - before


@transaction.atomic
def series_create(*, actor, membership, data: dict, repeat) -> SessionSeries:
    """A series from a plain-words rule; its sessions are created ahead of time."""
    _require_facilitator(membership)
    _check_times(local_datetime(data["date"], data["start_time"]),
                 local_datetime(data["date"], data["end_time"]))
    series = SessionSeries.objects.create(
        community=membership.community, created_by=actor, rule=repeat.rule(),
        rule_text=repeat.words(data["start_time"], data["end_time"]),
        starts_on=data["date"], until=data.get("until"),
        start_time=data["start_time"], end_time=data["end_time"],
        **{f: data.get(f) or ("" if f != "capacity" else None) for f in SESSION_FIELDS},
    )
    if not series_generate(series):
        raise ValidationError("That rule gives no dates: check the first date and the end.")
    return series


def series_extend_all() -> int:
    """Keep every live series' sessions created ahead (run daily by beat)."""
    return sum(series_generate(s) for s in SessionSeries.objects.filter(ended_at__isnull=True))


def _set_details(obj, data: dict) -> None:
    """Copy the session details in `data` onto a session or series (empty text is "")."""
    for field in SESSION_FIELDS:
        if field in data:
            value = data[field]
            setattr(obj, field, "" if value is None and field != "capacity" else value)


def _apply(session: Session, data: dict, *, move_date: bool) -> list[str]:
    """Set fields from `data` on one session; returns the newsworthy fields that changed."""
    before = {f: getattr(session, f) for f in NEWSWORTHY}
    _set_details(session, data)
    day = data["date"] if move_date else timezone.localtime(session.starts_at, LONDON).date()
    session.starts_at = local_datetime(day, data["start_time"])
    session.ends_at = local_datetime(day, data["end_time"])
    _check_times(session.starts_at, session.ends_at)
    session.sequence += 1
    session.updated_at = timezone.now()
    session.save()
    if session.starts_at != before["starts_at"]:
        # Reminders were for the old time: forget them (a claimed one is mid-send and its
        # sender re-checks the session), so the sweep writes them again for the new time.
        Session.objects.filter(pk=session.pk).update(times_set_at=timezone.now())
        Reminder.objects.filter(session=session).exclude(
            status=ReminderStatus.CLAIMED).delete()
    return [f for f in NEWSWORTHY if getattr(session, f) != before[f]]


@transaction.atomic
def session_update(*, actor, membership, session: Session, data: dict,
                   scope: str = "this") -> list[Session]:
    """Edit this session, or this and all later scheduled sessions of its series (their
    own dates stay; times, place and details follow). Returns the sessions changed."""
    _require_facilitator(membership)
    session = Session.objects.select_for_update().get(pk=session.pk)
    if session.status != SessionStatus.SCHEDULED:
        raise ValidationError("Only a scheduled session can be changed.")
    targets = [session]
    if scope == "future" and session.series_id:
        targets += list(
            Session.objects.select_for_update()
            .filter(series_id=session.series_id, status=SessionStatus.SCHEDULED,
                    starts_at__gt=session.starts_at).order_by("starts_at"))
        series = session.series
        _set_details(series, data)
        series.start_time, series.end_time = data["start_time"], data["end_time"]
        series.save()
    for target in targets:
        changed = _apply(target, data, move_date=target.pk == session.pk)
        _promote_waiting(target)
        if changed:
            _tell_about_change(target, actor, "details have changed")
    return targets


@transaction.atomic
def session_cancel(*, actor, membership, session: Session, reason: str,
                   scope: str = "this") -> list[Session]:
    """Cancel this session, or it and the rest of its series (no more will be created)."""
    _require_facilitator(membership)
    session = Session.objects.select_for_update().get(pk=session.pk)
    targets = [session] if session.status == SessionStatus.SCHEDULED else []
    if scope == "rest" and session.series_id:
        targets += list(
            Session.objects.select_for_update()
            .filter(series_id=session.series_id, status=SessionStatus.SCHEDULED,
                    starts_at__gt=session.starts_at))
        SessionSeries.objects.filter(pk=session.series_id).update(ended_at=timezone.now())
    if not targets:
        raise ValidationError("This session is not scheduled, so it cannot be cancelled.")
    now = timezone.now()
    for target in targets:
        target.status = SessionStatus.CANCELLED
        target.cancelled_reason = reason.strip()
        target.sequence += 1
        target.updated_at = now
        target.save(update_fields=["status", "cancelled_reason", "sequence", "updated_at"])
        _tell_about_change(target, actor, "cancelled" + (f" ({reason.strip()})"
                                                         if reason.strip() else ""))
    return targets


@transaction.atomic
def sessions_complete_ended(*, now=None) -> int:
    """Mark sessions whose end has passed as completed and tell the evaluation app."""
    from evaluation import services as evaluation

    now = now or timezone.now()
    ended = list(Session.objects.select_for_update(skip_locked=True)
                 .filter(status=SessionStatus.SCHEDULED, ends_at__lte=now)
                 .values_list("pk", flat=True)[:500])
    Session.objects.filter(pk__in=ended).update(status=SessionStatus.COMPLETED,
                                                completed_at=now)
    for pk in ended:
        # Invitations are rows the survey sweep also catches up on, should this not run.
        transaction.on_commit(partial(evaluation.session_completed, session_id=pk))
    return len(ended)


# --- RSVP and the waiting list ------------------------------------------------------------


def _places_taken(session) -> int:
    return RSVP.objects.filter(session=session, answer=RSVPAnswer.GOING,
                               waitlisted=False).count()


def _promote_waiting(session) -> list[RSVP]:
    """Give freed places to the first people waiting, and tell them."""
    if session.capacity is None:
        free = None
    else:
        free = max(0, session.capacity - _places_taken(session))
    waiting = RSVP.objects.filter(session=session, answer=RSVPAnswer.GOING, waitlisted=True
                                  ).order_by("asked_at", "pk")
    promoted = list(waiting if free is None else waiting[:free])
    for rsvp in promoted:
        rsvp.waitlisted = False
        rsvp.updated_at = timezone.now()
        rsvp.save(update_fields=["waitlisted", "updated_at"])
        when = timezone.localtime(session.starts_at, LONDON)
        notify(user_ids=[rsvp.user_id], kind=NotificationKind.SESSION_PLACE,
               community=session.community,
               text=f"A place is free for you at {session.title} on {when:%-d %B %Y}",
               url=session.get_absolute_url())
    return promoted


@transaction.atomic
def rsvp_set(*, actor, session: Session, answer: str) -> RSVP:
    """Going, maybe or not going. Going on a full session joins the waiting list; a place
    given up goes to the first person waiting."""
    if answer not in RSVPAnswer.values:
        raise ValidationError("Choose going, maybe or not going.")
    session = Session.objects.select_for_update().get(pk=session.pk)  # one answer at a time
    if session.status != SessionStatus.SCHEDULED:
        raise ValidationError("This session is not open for replies.")
    if not Membership.objects.filter(user=actor, community_id=session.community_id,
                                     status=MembershipStatus.ACTIVE).exists():
        raise PermissionDenied("Only members of the community can reply.")
    rsvp = RSVP.objects.filter(session=session, user=actor).first()
    now = timezone.now()
    if rsvp is None:
        rsvp = RSVP(session=session, user=actor, asked_at=now)
    had_place = rsvp.pk is not None and rsvp.has_place
    if answer == RSVPAnswer.GOING:
        if not had_place and (rsvp.answer != RSVPAnswer.GOING or rsvp.pk is None):
            full = session.capacity is not None and _places_taken(session) >= session.capacity
            rsvp.waitlisted = full
            rsvp.asked_at = now
    else:
        rsvp.waitlisted = False
    rsvp.answer = answer
    rsvp.updated_at = now
    rsvp.save()
    if had_place and not rsvp.has_place:
        _promote_waiting(session)
    return rsvp


# --- Agenda and the record ----------------------------------------------------------------


@transaction.atomic
def agenda_item_save(*, actor, membership, session, data: dict, item=None) -> AgendaItem:
    _require_facilitator(membership)
    case = data.get("case")
    if case is not None and case.community_id != session.community_id:
        raise ValidationError("That case is not in this community.")
    presenter = data.get("presenter")
    if presenter is not None and not Membership.objects.filter(
            user=presenter, community_id=session.community_id,
            status=MembershipStatus.ACTIVE).exists():
        raise ValidationError("The presenter must be a member of the community.")
    if item is None:
        last = session.agenda.order_by("-position").values_list("position", flat=True).first()
        item = AgendaItem(session=session, position=(last or 0) + 1)
    for field in ("title", "minutes", "presenter", "case"):
        setattr(item, field, data.get(field))
    if "position" in data and data["position"]:
        item.position = data["position"]
    item.save()
    Session.objects.filter(pk=session.pk).update(sequence=F("sequence") + 1)
    return item


@transaction.atomic
def agenda_item_delete(*, actor, membership, item: AgendaItem) -> None:
    _require_facilitator(membership)
    item.delete()


@transaction.atomic
def session_record_save(*, actor, membership, session, attended_user_ids, notes: str) -> None:
    """The register (who came) and the notes or minutes."""
    _require_facilitator(membership)
    members = set(Membership.objects.filter(
        community_id=session.community_id, user_id__in=attended_user_ids,
    ).values_list("user_id", flat=True))
    Attendance.objects.filter(session=session).exclude(user_id__in=members).delete()
    Attendance.objects.bulk_create(
        [Attendance(session=session, user_id=uid, recorded_by=actor) for uid in members],
        ignore_conflicts=True)
    Session.objects.filter(pk=session.pk).update(notes=notes, updated_at=timezone.now())


@transaction.atomic
def action_point_add(*, actor, membership, session, text: str, owner=None,
                     due_on=None) -> ActionPoint:
    _require_facilitator(membership)
    if owner is not None and not Membership.objects.filter(
            user=owner, community_id=session.community_id,
            status=MembershipStatus.ACTIVE).exists():
        raise ValidationError("The owner must be a member of the community.")
    return ActionPoint.objects.create(session=session, text=text.strip(), owner=owner,
                                      due_on=due_on, created_by=actor)


@transaction.atomic
def action_point_set_done(*, actor, membership, action: ActionPoint, done: bool) -> ActionPoint:
    if not (membership.is_facilitator or action.owner_id == actor.id):
        raise PermissionDenied("Only its owner or a facilitator can tick this off.")
    action.done = done
    action.done_at = timezone.now() if done else None
    action.save(update_fields=["done", "done_at"])
    return action


# --- Care for the carers ------------------------------------------------------------------


@transaction.atomic
def follow_up_request(*, actor, session, message: str = "") -> FollowUpRequest:
    """Privately ask the facilitators for a conversation. Never part of evaluation data."""
    if not permissions.can_ask_for_follow_up(actor, session):
        raise PermissionDenied("Follow-ups are for people who attended the session.")
    request, _ = FollowUpRequest.objects.update_or_create(
        session=session, user=actor,
        defaults={"message": message.strip(), "handled_at": None, "handled_by": None})
    return request


@transaction.atomic
def follow_up_mark_handled(*, actor, membership, follow_up: FollowUpRequest) -> None:
    _require_facilitator(membership)
    follow_up.handled_at = timezone.now()
    follow_up.handled_by = actor
    follow_up.save(update_fields=["handled_at", "handled_by"])
