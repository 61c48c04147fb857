"""Writes for sessions: scheduling, series, RSVPs and waiting lists, agenda, the record.
Each function is a transaction; notifications and emails go out after commit."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import partial
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Exists, F, OuterRef
from django.urls import reverse
from django.utils import timezone

from casework import services as casework_services
from cop import gate
from learning import services as learning_services
from members import permissions as member_permissions
from members.models import Membership, NotificationKind, User
from members.services import notify

from . import changes, permissions
from .models import (
    MAX_SESSION_LENGTH,
    RSVP,
    ActionPoint,
    AgendaItem,
    Attendance,
    FollowUpRequest,
    Material,
    Reminder,
    ReminderStatus,
    RSVPAnswer,
    Session,
    SessionSeries,
    SessionStatus,
)
from .recurrence import LONDON, Repeat, local_datetime, occurrence_dates

# What a facilitator may set on a session; a change to any of these is news to members.
SESSION_FIELDS = ["title", "description", "venue", "online_link", "capacity"]


@dataclass(frozen=True)
class Updated:
    """The sessions an edit or cancellation changed, and who was told."""

    sessions: list[Session]
    told: changes.Told


def _check_times(starts_at: datetime, ends_at: datetime) -> None:
    if ends_at <= starts_at:
        raise ValidationError("The session must end after it starts.")
    if ends_at - starts_at > MAX_SESSION_LENGTH:  # kept by the database too
        raise ValidationError("A session must end on the day it starts.")


def _local_date(moment: datetime) -> date:
    return timezone.localtime(moment, LONDON).date()


# The texts members read pass the identifier gate (cop/gate.py); an override is kept,
# with its reason, against what the text belongs to (casework keeps every override).


# --- Scheduling -------------------------------------------------------------------------


@transaction.atomic
def session_create(*, actor: User, membership: Membership, data: dict[str, Any],
                   reasons: dict[str, str] | None = None) -> Session:
    """One session. `data`: title, description, date, start_time, end_time, venue,
    online_link, capacity."""
    member_permissions.require_facilitator(membership, membership.community_id)
    starts_at = local_datetime(data["date"], data["start_time"])
    ends_at = local_datetime(data["date"], data["end_time"])
    _check_times(starts_at, ends_at)
    accepted = gate.check_texts(
        {"title": data.get("title"), "description": data.get("description")}, reasons)
    session = Session.objects.create(
        community=membership.community, created_by=actor, starts_at=starts_at,
        ends_at=ends_at, **{f: data.get(f) or ("" if f != "capacity" else None)
                            for f in SESSION_FIELDS},
    )
    casework_services.overrides_record(
        actor=actor, accepted=accepted, about=session, community_id=session.community_id,
        url=session.get_absolute_url())
    return session


def _horizon(series: SessionSeries) -> date:
    limit = timezone.localdate() + timedelta(days=settings.SESSION_SERIES_HORIZON_DAYS)
    return min(series.until, limit) if series.until else limit


def series_generate(series: SessionSeries) -> int:
    """Create the series' missing sessions up to its horizon. Safe to run again: a date
    that has a session of the series (where the rule put it, or where it was moved to) gets
    no other, whatever times the series has now; cancelled or moved ones are left as they
    are. The unique occurrence keeps two runs at once from doubling one."""
    if series.ended_at:
        return 0
    existing = list(Session.objects.filter(series=series)
                    .values_list("occurrence_start", "starts_at"))
    taken = {_local_date(moment) for row in existing for moment in row if moment}
    dates = [day for day in occurrence_dates(series.rule, series.starts_on, _horizon(series))
             if day not in taken]
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
    if not sessions:
        return 0
    # ignore_conflicts returns no primary keys, so count what is there before and after.
    Session.objects.bulk_create(sessions, ignore_conflicts=True)
    return Session.objects.filter(series=series).count() - len(existing)


def _check_first_date(repeat: Repeat, first: date) -> None:
    """A series' first date is its first session: the rule must give it."""
    if not occurrence_dates(repeat.rule(), first, first):
        raise ValidationError(f"The first date, {first:%A} {first.day} {first:%B %Y}, is not "
                              f"{repeat.pattern()}: the first date is the first session.")


@transaction.atomic
def series_create(*, actor: User, membership: Membership, data: dict[str, Any], repeat: Repeat,
                  reasons: dict[str, str] | None = None) -> SessionSeries:
    """A series from a plain-words rule; its sessions are created ahead of time."""
    member_permissions.require_facilitator(membership, membership.community_id)
    _check_times(local_datetime(data["date"], data["start_time"]),
                 local_datetime(data["date"], data["end_time"]))
    _check_first_date(repeat, data["date"])
    accepted = gate.check_texts(
        {"title": data.get("title"), "description": data.get("description")}, reasons)
    series = SessionSeries.objects.create(
        community=membership.community, created_by=actor, rule=repeat.rule(),
        rule_text=repeat.words(data["start_time"], data["end_time"]),
        starts_on=data["date"], until=data.get("until"),
        start_time=data["start_time"], end_time=data["end_time"],
        **{f: data.get(f) or ("" if f != "capacity" else None) for f in SESSION_FIELDS},
    )
    if not series_generate(series):
        raise ValidationError("That rule gives no dates: check the first date and the end.")
    first = series.sessions.order_by("starts_at").first()
    assert first is not None  # series_generate made at least one
    casework_services.overrides_record(
        actor=actor, accepted=accepted, about=series, community_id=series.community_id,
        url=first.get_absolute_url())
    return series


def series_extend_all() -> int:
    """Keep every live series' sessions created ahead (run daily by beat)."""
    return sum(series_generate(s) for s in SessionSeries.objects.filter(ended_at__isnull=True))


def _set_details(obj: Session | SessionSeries, data: dict[str, Any]) -> None:
    """Copy the session details in `data` onto a session or series (empty text is "")."""
    for field in SESSION_FIELDS:
        if field in data:
            value = data[field]
            setattr(obj, field, "" if value is None and field != "capacity" else value)


def _apply(session: Session, data: dict[str, Any], *, move_date: bool) -> None:
    """Set fields from `data` on one session (its times, and its date if `move_date`)."""
    before = session.starts_at
    _set_details(session, data)
    day = data["date"] if move_date else _local_date(session.starts_at)
    session.starts_at = local_datetime(day, data["start_time"])
    session.ends_at = local_datetime(day, data["end_time"])
    _check_times(session.starts_at, session.ends_at)
    session.sequence += 1
    session.updated_at = timezone.now()
    session.save()
    if session.starts_at != before:
        # Reminders were for the old time: forget them (a claimed one is mid-send and its
        # sender re-checks the session), so the sweep writes them again for the new time.
        Session.objects.filter(pk=session.pk).update(times_set_at=timezone.now())
        Reminder.objects.filter(session=session).exclude(
            status=ReminderStatus.CLAIMED).delete()


def _rule_words(series: SessionSeries) -> str:
    """The series' rule in plain words, with its current times."""
    repeat = Repeat.from_rule(series.rule)
    return repeat.words(series.start_time, series.end_time) if repeat else series.rule_text


@transaction.atomic
def session_update(*, actor: User, membership: Membership, session: Session, data: dict[str, Any],
                   scope: str = "this", reasons: dict[str, str] | None = None) -> Updated:
    """Edit this session, or this and all later scheduled sessions of its series (their
    own dates stay; times, place and details follow, and so does the series' description).
    The people coming or waiting are told once, of all their sessions the edit changed."""
    member_permissions.require_facilitator(membership, session.community_id)
    session = Session.objects.select_for_update().get(pk=session.pk)
    if session.status != SessionStatus.SCHEDULED:
        raise ValidationError("Only a scheduled session can be changed.")
    accepted = gate.check_texts(
        {"title": data.get("title"), "description": data.get("description")}, reasons)
    casework_services.overrides_record(
        actor=actor, accepted=accepted, about=session, community_id=session.community_id,
        url=session.get_absolute_url())
    targets = [session]
    if scope == "future" and session.series_id:
        targets += list(
            Session.objects.select_for_update()
            .filter(series_id=session.series_id, status=SessionStatus.SCHEDULED,
                    starts_at__gt=session.starts_at).order_by("starts_at"))
        series = SessionSeries.objects.select_for_update().get(pk=session.series_id)
        _set_details(series, data)
        series.start_time, series.end_time = data["start_time"], data["end_time"]
        series.rule_text = _rule_words(series)
        series.save()
    changed = []
    for target in targets:
        before = changes.snapshot(target)
        _apply(target, data, move_date=target.pk == session.pk)
        promote_waiting(target)
        changed.append(changes.change(target, before))
    return Updated(targets, changes.tell(actor=actor, changes=changed))


@dataclass(frozen=True)
class SeriesUpdated:
    series: SessionSeries
    created: int  # sessions the new rule added
    removed: int  # sessions off the new rule that nobody had replied to
    cancelled: int  # sessions off the new rule that people had replied to
    told: changes.Told


@transaction.atomic
def series_update(*, actor: User, membership: Membership, series: SessionSeries, repeat: Repeat,
                  starts_on: date, start_time: time, end_time: time, until: date | None
                  ) -> SeriesUpdated:
    """Change a series' rule, times or last date from `starts_on` (its first session under
    the new rule) on. Its later sessions on dates the new rule keeps stay, with their
    replies and agenda, and take the new times; the others are removed if nothing hangs on
    them, or else cancelled (and leave the series); the rule's other dates get sessions.
    Sessions before `starts_on` are left as they are."""
    series = SessionSeries.objects.select_for_update().get(pk=series.pk)
    member_permissions.require_facilitator(membership, series.community_id)
    if series.ended_at:
        raise ValidationError("This series has ended: its sessions are no longer made.")
    if starts_on < timezone.localdate():
        raise ValidationError("The new pattern can start today at the earliest.")
    if until is not None and until < starts_on:
        raise ValidationError("The last date must be on or after the first.")
    _check_times(local_datetime(starts_on, start_time), local_datetime(starts_on, end_time))
    _check_first_date(repeat, starts_on)
    series.rule, series.starts_on, series.until = repeat.rule(), starts_on, until
    series.start_time, series.end_time = start_time, end_time
    series.rule_text = repeat.words(start_time, end_time)
    series.save()

    keep = set(occurrence_dates(series.rule, starts_on, _horizon(series)))
    now = timezone.now()
    held = (Exists(RSVP.objects.filter(session=OuterRef("pk")))
            | Exists(AgendaItem.objects.filter(session=OuterRef("pk")))
            | Exists(Material.objects.filter(session=OuterRef("pk"))))
    later = [s for s in Session.objects.select_for_update(of=("self",))
             .filter(series=series, status=SessionStatus.SCHEDULED, starts_at__gt=now)
             .annotate(held=held).order_by("starts_at")
             if _local_date(s.starts_at) >= starts_on]
    changed, removed, cancelled = [], [], 0
    times = {"start_time": start_time, "end_time": end_time}
    for session in later:
        before = changes.snapshot(session)
        if _local_date(session.starts_at) in keep:
            local_start = timezone.localtime(session.starts_at, LONDON).time()
            local_end = timezone.localtime(session.ends_at, LONDON).time()
            if (local_start, local_end) != (start_time, end_time):
                _apply(session, times, move_date=False)
                changed.append(changes.change(session, before))
        elif session.held:
            session.status = SessionStatus.CANCELLED
            session.cancelled_reason = f"The series changed: it is now {series.rule_text}."
            session.series, session.occurrence_start = None, None
            session.sequence += 1
            session.updated_at = now
            session.save(update_fields=["status", "cancelled_reason", "series",
                                        "occurrence_start", "sequence", "updated_at"])
            changed.append(changes.change(session, before,
                                          f"cancelled: the series is now {series.rule_text}"))
            cancelled += 1
        else:
            removed.append(session.pk)
    Session.objects.filter(pk__in=removed).delete()
    created = series_generate(series)
    return SeriesUpdated(series, created, len(removed), cancelled,
                         changes.tell(actor=actor, changes=changed))


@transaction.atomic
def session_cancel(*, actor: User, membership: Membership, session: Session, reason: str,
                   scope: str = "this") -> Updated:
    """Cancel this session, or it and the rest of its series (no more will be created).
    Everyone who had not said no is told once, of all the sessions cancelled."""
    member_permissions.require_facilitator(membership, session.community_id)
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
    changed = []
    for target in targets:
        target.status = SessionStatus.CANCELLED
        target.cancelled_reason = reason.strip()
        target.sequence += 1
        target.updated_at = now
        target.save(update_fields=["status", "cancelled_reason", "sequence", "updated_at"])
        changed.append(changes.change(target, changes.snapshot(target),
                                      changes.cancelled_words(reason)))
    return Updated(targets, changes.tell(actor=actor, changes=changed,
                                         audience="not_declined"))


@transaction.atomic
def sessions_complete_ended(*, now: datetime | None = None) -> int:
    """Mark sessions whose end has passed as completed, prompt those recorded as present to
    write a reflection (learning), and tell the evaluation app."""
    now = now or timezone.now()
    ended = list(Session.objects.select_for_update(skip_locked=True)
                 .filter(status=SessionStatus.SCHEDULED, ends_at__lte=now)
                 .values_list("pk", flat=True)[:500])
    _complete(ended, now)
    return len(ended)


@transaction.atomic
def session_complete(*, actor: User, membership: Membership, session: Session) -> bool:
    """A facilitator ends a session that has started (the live meeting's "End"), before the
    sweep would at its end time: completed now, with what completion brings. False when it
    had not started, or was already completed or cancelled."""
    member_permissions.require_facilitator(membership, session.community_id)
    now = timezone.now()
    started = list(Session.objects.select_for_update()
                   .filter(pk=session.pk, status=SessionStatus.SCHEDULED, starts_at__lte=now)
                   .values_list("pk", flat=True))
    _complete(started, now)
    if started:
        session.status, session.completed_at = SessionStatus.COMPLETED, now
    return bool(started)


def _complete(pks: list[int], now: datetime) -> None:
    """Completed: those recorded as present are prompted to reflect (learning), and the
    evaluation app is told (its post-session invitations)."""
    from evaluation import services as evaluation

    Session.objects.filter(pk__in=pks).update(status=SessionStatus.COMPLETED, completed_at=now)
    for session in Session.objects.filter(pk__in=pks).select_related("community"):
        learning_services.reflection_prompts_send(session=session)
    for pk in pks:
        # Invitations are rows the survey sweep also catches up on, should this not run.
        transaction.on_commit(partial(evaluation.session_completed, session_id=pk))


# --- RSVP and the waiting list ------------------------------------------------------------


def _places_taken(session: Session) -> int:
    return RSVP.objects.filter(session=session, answer=RSVPAnswer.GOING,
                               waitlisted=False).count()


def promote_waiting(session: Session) -> list[RSVP]:
    """Give freed places to the first people waiting, and tell them. The caller holds the
    session's row lock (rsvp_set, and closing an account in lifecycle.py)."""
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
               url=session.get_absolute_url(), about=session)
    return promoted


@transaction.atomic
def rsvp_set(*, actor: User, session: Session, answer: str) -> RSVP:
    """Going, maybe or not going. Going on a full session joins the waiting list; a place
    given up goes to the first person waiting."""
    if answer not in RSVPAnswer.values:
        raise ValidationError("Choose going, maybe or not going.")
    session = Session.objects.select_for_update().get(pk=session.pk)  # one answer at a time
    if session.status != SessionStatus.SCHEDULED:
        raise ValidationError("This session is not open for replies.")
    if not member_permissions.user_is_member(actor, session.community_id):
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
        promote_waiting(session)
    return rsvp


# --- Agenda and the record ----------------------------------------------------------------


@transaction.atomic
def agenda_item_save(*, actor: User, membership: Membership, session: Session, data: dict[str, Any],
                     item: AgendaItem | None = None,
                     reasons: dict[str, str] | None = None) -> AgendaItem:
    member_permissions.require_facilitator(membership, session.community_id)
    case = data.get("case")
    if case is not None and case.community_id != session.community_id:
        raise ValidationError("That case is not in this community.")
    # An item about a case may name the case's pseudonym.
    accepted = gate.check_texts(
        {"title": data.get("title")}, reasons, [case.pseudonym] if case is not None else ())
    presenter = data.get("presenter")
    if presenter is not None and not member_permissions.user_is_member(
            presenter, session.community_id):
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
    casework_services.overrides_record(
        actor=actor, accepted=accepted, about=item, community_id=session.community_id,
        url=f"{session.get_absolute_url()}#agenda")
    return item


@transaction.atomic
def agenda_item_delete(*, actor: User, membership: Membership, item: AgendaItem) -> None:
    member_permissions.require_facilitator(membership, item.session.community_id)
    casework_services.overrides_redact_about([item])  # the title they quoted goes with it
    item.delete()


@transaction.atomic
def session_record_save(*, actor: User, membership: Membership, session: Session,
                        attended_user_ids: Iterable[int], notes: str,
                        reasons: dict[str, str] | None = None) -> None:
    """The register (who came) and the notes or minutes (which pass the gate)."""
    member_permissions.require_facilitator(membership, session.community_id)
    accepted = gate.check_texts({"notes": notes}, reasons)
    members = set(Membership.objects.filter(
        community_id=session.community_id, user_id__in=attended_user_ids,
    ).values_list("user_id", flat=True))
    # The form lists the community's members: those who have left stay on the register (it
    # is their CPD record: learning), whatever the form says.
    listed = member_permissions.current_memberships().filter(
        community_id=session.community_id).values("user_id")
    Attendance.objects.filter(session=session, user_id__in=listed).exclude(
        user_id__in=members).delete()
    Attendance.objects.bulk_create(
        [Attendance(session=session, user_id=uid, recorded_by=actor) for uid in members],
        ignore_conflicts=True)
    Session.objects.filter(pk=session.pk).update(notes=notes, updated_at=timezone.now())
    casework_services.overrides_record(
        actor=actor, accepted=accepted, about=session, community_id=session.community_id,
        url=session.get_absolute_url())
    # A register taken after the session was completed: those new to it are prompted to
    # reflect (each person once; the others were prompted at completion).
    learning_services.reflection_prompts_send(session=session)


@transaction.atomic
def attendance_set(*, actor: User, membership: Membership, session: Session, user: User,
                   present: bool) -> None:
    """One person on or off the register, leaving the notes alone (the live run screen
    takes the register as people arrive, meetings/live.py)."""
    member_permissions.require_facilitator(membership, session.community_id)
    if not present:
        Attendance.objects.filter(session=session, user=user).delete()
        return
    if not member_permissions.user_is_member(user, session.community_id):
        raise ValidationError("Only members of the community can be on the register.")
    Attendance.objects.get_or_create(session=session, user=user,
                                     defaults={"recorded_by": actor})
    # Put on the register after the session was held: prompted to reflect, as the register
    # page prompts (a session still to complete prompts everyone when it completes).
    learning_services.reflection_prompts_send(session=session)


@transaction.atomic
def action_point_add(*, actor: User, membership: Membership, session: Session, text: str,
                     owner: User | None = None, due_on: date | None = None,
                     reasons: dict[str, str] | None = None) -> ActionPoint:
    member_permissions.require_facilitator(membership, session.community_id)
    if owner is not None and not member_permissions.user_is_member(
            owner, session.community_id):
        raise ValidationError("The owner must be a member of the community.")
    accepted = gate.check_texts({"text": text.strip()}, reasons)
    action = ActionPoint.objects.create(session=session, text=text.strip(), owner=owner,
                                        due_on=due_on, created_by=actor)
    casework_services.overrides_record(
        actor=actor, accepted=accepted, about=action, community_id=session.community_id,
        url=f"{session.get_absolute_url()}#actions")
    return action


@transaction.atomic
def action_point_set_done(*, actor: User, membership: Membership, action: ActionPoint,
                          done: bool) -> ActionPoint:
    permissions.require_action_point_ticker(membership, action)
    action.done = done
    action.done_at = timezone.now() if done else None
    action.save(update_fields=["done", "done_at"])
    return action


# --- Care for the carers ------------------------------------------------------------------


@transaction.atomic
def follow_up_request(*, actor: User, session: Session, message: str = "",
                      reasons: dict[str, str] | None = None) -> FollowUpRequest:
    """Privately ask the facilitators for a conversation. Never part of evaluation data,
    but the facilitators read it, so it passes the gate."""
    if not permissions.can_ask_for_follow_up(actor, session):
        raise PermissionDenied("Follow-ups are for people who attended the session.")
    accepted = gate.check_texts({"message": message.strip()}, reasons)
    earlier = FollowUpRequest.objects.filter(session=session, user=actor).first()
    request, _ = FollowUpRequest.objects.update_or_create(
        session=session, user=actor,
        defaults={"message": message.strip(), "handled_at": None, "handled_by": None})
    if earlier is None or earlier.handled_at is not None:  # new, or asked again
        _tell_facilitators_of_follow_up(actor, session)
    casework_services.overrides_record(
        actor=actor, accepted=accepted, about=request, community_id=session.community_id,
        url=reverse("sessions_app:follow_up_list", args=[session.community.slug]))
    return request


def _tell_facilitators_of_follow_up(actor: User, session: Session) -> None:
    """Who asked, and what they wrote, stay behind the sign-in: the notification (and so its
    email) says only that someone asked, and links to the requests."""
    when = timezone.localtime(session.starts_at, LONDON)
    facilitators = (member_permissions.facilitator_memberships()
                    .filter(community_id=session.community_id)
                    .exclude(user=actor).values_list("user_id", flat=True))
    notify(user_ids=list(facilitators), kind=NotificationKind.FOLLOW_UP_REQUEST,
           community=session.community,
           text=f"Someone asked for a follow-up conversation after {session.title} on "
                f"{when.day} {when:%B %Y}.",
           url=reverse("sessions_app:follow_up_list", args=[session.community.slug]),
           about=session)


@transaction.atomic
def follow_up_mark_handled(*, actor: User, membership: Membership,
                           follow_up: FollowUpRequest) -> None:
    member_permissions.require_facilitator(membership, follow_up.session.community_id)
    follow_up.handled_at = timezone.now()
    follow_up.handled_by = actor
    follow_up.save(update_fields=["handled_at", "handled_by"])
