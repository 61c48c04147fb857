"""Reminders before sessions and on action points' due dates: never lost, never doubled.

How a reminder travels: it is a row of the outbox channel "reminders" (CHANNEL, at the end
of this module), so claiming, leases, backoff, failure and resending are the outbox
engine's (cop/outbox/engine.py). What is particular to reminders:

1. `reminders_materialise`, the channel's step before each sweep claims, writes a row for
   each reminder that has fallen due, one per session (or action point), person and kind;
   a unique constraint makes this idempotent, so sweeps may overlap. A reminder late by
   more than its own offset (the session has begun) is recorded as skipped, not sent.
2. `reminders_send` sends a claimed batch over one mail connection (cop/outbox/mail.py),
   reading what the emails need in a fixed number of queries, and skips a reminder that no
   longer applies (the person left, answered not going, the session was cancelled).

The one case no design can settle is a worker killed after the mail server took the message
but before the row was marked sent: the row stays claimed, and after the lease it is sent
again. Each email carries a Message-ID made from the row, the same on every attempt, so mail
systems can recognise such a repeat."""

import email.message
import logging
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core import mail
from django.db import transaction
from django.template.loader import get_template
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator

from cop.outbox import engine
from cop.outbox.channels import Channel
from cop.outbox.mail import EmailBatch, absolute, message_domain, send_batch
from members.models import Community, Membership, MembershipStatus

from .models import (
    RSVP,
    ActionPoint,
    AgendaItem,
    Reminder,
    ReminderStatus,
    RSVPAnswer,
    Session,
    SessionStatus,
)

logger = logging.getLogger(__name__)

LONDON = ZoneInfo("Europe/London")
SESSION_KIND_PREFIX = "session-"
ACTION_DUE = "action-due"
# Sessions that began longer ago than this are no longer looked at (their reminders, if any
# were missed, have been recorded as skipped by then).
SESSION_LOOKBACK = timedelta(days=1)

TOO_LATE = "Too late: the session had already begun."
SUPERSEDED = "Not sent: a later reminder for the same session was due at the same time."
ARRANGED_LATE = ("Not sent: the session was arranged or moved after this reminder fell due, "
                 "and a later reminder will come.")
ACTION_TOO_LATE = "Too late: the action point fell due more than a day before."


def session_kind(offset_minutes: int) -> str:
    return f"{SESSION_KIND_PREFIX}{offset_minutes}"


def action_due_at(due_on) -> datetime:
    """When an action point's reminder falls due: the set local time on its due date."""
    hour, minute = (int(part) for part in settings.REMINDER_ACTION_DUE_TIME.split(":"))
    return datetime.combine(due_on, time(hour, minute), tzinfo=LONDON)


# --- Writing the rows ----------------------------------------------------------------------


@dataclass
class MaterialiseResult:
    pending: int = 0  # rows offered for sending (conflicting rows already there are ignored)
    skipped: int = 0  # rows recorded as skipped


def _session_rows(now) -> list[Reminder]:
    offsets = {
        pk: sorted(set(values or []))
        for pk, values in Community.objects.values_list("pk", "reminder_offsets")
    }
    longest = max((max(values) for values in offsets.values() if values), default=0)
    if not longest:
        return []
    sessions = list(
        Session.objects.filter(
            status=SessionStatus.SCHEDULED,
            starts_at__gt=now - SESSION_LOOKBACK,
            starts_at__lte=now + timedelta(minutes=longest),
        ).values_list("pk", "community_id", "starts_at", "times_set_at")
    )
    due = {}  # session id -> (community id, starts_at, offsets due now, smallest first)
    arranged_late = set()  # (session id, offset): fell due before the session had its times
    for pk, community_id, starts_at, times_set_at in sessions:
        community_offsets = offsets.get(community_id, [])
        due_offsets = [o for o in community_offsets if starts_at - timedelta(minutes=o) <= now]
        if due_offsets:
            due[pk] = (community_id, starts_at, due_offsets)
        still_to_come = any(starts_at - timedelta(minutes=o) > now for o in community_offsets)
        for o in due_offsets:
            if still_to_come and starts_at - timedelta(minutes=o) < times_set_at:
                arranged_late.add((pk, o))
    if not due:
        return []
    members: dict[int, list[int]] = {}
    for community_id, user_id in Membership.objects.filter(
        community_id__in={community_id for community_id, _, _ in due.values()},
        status=MembershipStatus.ACTIVE,
        user__is_active=True,
    ).order_by().values_list("community_id", "user_id"):
        members.setdefault(community_id, []).append(user_id)
    declined = set(
        RSVP.objects.filter(session_id__in=due, answer=RSVPAnswer.NOT_GOING)
        .values_list("session_id", "user_id")
    )
    existing = set(
        Reminder.objects.filter(session_id__in=due, kind__startswith=SESSION_KIND_PREFIX)
        .values_list("session_id", "user_id", "kind")
    )
    rows = []
    for session_id, (community_id, starts_at, due_offsets) in due.items():
        started = now > starts_at  # late by more than any offset
        for user_id in members.get(community_id, []):
            if (session_id, user_id) in declined:
                continue
            for i, offset in enumerate(due_offsets):
                kind = session_kind(offset)
                if (session_id, user_id, kind) in existing:
                    continue
                due_at = starts_at - timedelta(minutes=offset)
                row = Reminder(kind=kind, user_id=user_id, session_id=session_id,
                               due_at=due_at, next_attempt_at=now, created_at=now)
                if started:
                    row.status, row.last_error = ReminderStatus.SKIPPED, TOO_LATE
                elif (session_id, offset) in arranged_late:
                    row.status, row.last_error = ReminderStatus.SKIPPED, ARRANGED_LATE
                elif i > 0:
                    # A smaller offset is due too (the session was arranged at short notice,
                    # or sweeps stopped for a while): only the most imminent one is sent.
                    row.status, row.last_error = ReminderStatus.SKIPPED, SUPERSEDED
                rows.append(row)
    return rows


def _action_rows(now) -> list[Reminder]:
    late = timedelta(minutes=settings.REMINDER_ACTION_LATE_MINUTES)
    today = timezone.localdate(now, LONDON)
    actions = [
        action
        for action in ActionPoint.objects.filter(
            done=False,
            owner__isnull=False,
            owner__is_active=True,
            due_on__gte=(now - late - timedelta(days=1)).astimezone(LONDON).date(),
            due_on__lte=today,
        ).select_related("session").only("pk", "owner_id", "due_on", "session__community_id")
        if action_due_at(action.due_on) <= now
    ]
    if not actions:
        return []
    active = set(
        Membership.objects.filter(
            community_id__in={a.session.community_id for a in actions},
            user_id__in={a.owner_id for a in actions},
            status=MembershipStatus.ACTIVE,
        ).order_by().values_list("community_id", "user_id")
    )
    existing = set(
        Reminder.objects.filter(action_point__in=actions, kind=ACTION_DUE)
        .values_list("action_point_id", "user_id")
    )
    rows = []
    for action in actions:
        if (action.session.community_id, action.owner_id) not in active:
            continue
        if (action.pk, action.owner_id) in existing:
            continue
        assert action.owner_id is not None  # actions without an owner are left out above
        due_at = action_due_at(action.due_on)
        row = Reminder(kind=ACTION_DUE, user_id=action.owner_id, action_point_id=action.pk,
                       due_at=due_at, next_attempt_at=now, created_at=now)
        if now - due_at > late:
            row.status, row.last_error = ReminderStatus.SKIPPED, ACTION_TOO_LATE
        rows.append(row)
    return rows


def reminders_skip_late(*, now) -> int:
    """Record as skipped the pending reminders that are now late by more than their offset:
    a session reminder once the session has begun, an action reminder a day after it fell due.
    (Reminders waiting to be retried can get there.) Returns how many."""
    pending = Reminder.objects.filter(status=ReminderStatus.PENDING)
    late = timedelta(minutes=settings.REMINDER_ACTION_LATE_MINUTES)
    skipped = pending.filter(session__isnull=False, session__starts_at__lt=now).update(
        status=ReminderStatus.SKIPPED, last_error=TOO_LATE
    )
    skipped += pending.filter(action_point__isnull=False, due_at__lt=now - late).update(
        status=ReminderStatus.SKIPPED, last_error=ACTION_TOO_LATE
    )
    return skipped


@transaction.atomic
def reminders_materialise(*, now) -> MaterialiseResult:
    """Write a row for every reminder due by `now` that has none yet.

    Session reminders go to the active members of the session's community who have not
    answered "not going", one per offset of the community (kind "session-<minutes>"), due
    that many minutes before the start; only scheduled sessions get them. Action reminders
    ("action-due") go to the owner of an action point not yet done, at 09:00 London time on
    its due date. Rows already there are left alone (the unique constraints settle races
    between overlapping sweeps), so this can run any number of times."""
    rows = _session_rows(now) + _action_rows(now)
    # One order for every sweep: overlapping inserts then wait for each other, never deadlock.
    rows.sort(key=lambda r: (r.session_id or 0, r.action_point_id or 0, r.user_id, r.kind))
    Reminder.objects.bulk_create(rows, ignore_conflicts=True, batch_size=1000)
    skipped = sum(1 for row in rows if row.status == ReminderStatus.SKIPPED)
    skipped += reminders_skip_late(now=now)
    return MaterialiseResult(pending=len(rows) - skipped, skipped=skipped)


# --- Claiming and sweeping (the outbox engine, cop/outbox/engine.py) ------------------------


def reminders_claim(*, now, limit: int) -> engine.Claim:
    """Claim up to `limit` pending reminders due by `now`; committed before this returns."""
    return engine.claim(CHANNEL, now=now, limit=limit)


def reminders_recover(*, now) -> int:
    """Take back claims older than the lease (their worker died). Returns how many."""
    return engine.recover(CHANNEL, now=now)


@dataclass
class SweepResult:
    recovered: int = 0
    pending: int = 0
    skipped: int = 0
    claimed: int = 0
    batches: list[int] = field(default_factory=list)  # size of each send task queued


def reminders_sweep(*, now=None) -> SweepResult:
    """Take back lost claims, write the rows that have fallen due, then claim them in
    batches, queueing one send task per batch once its claim is committed. Safe to run in
    several processes at once (the beat runs it through cop.outbox.tasks.sweep)."""
    outcome = engine.sweep(CHANNEL, now=now)
    made = outcome.made
    assert isinstance(made, MaterialiseResult)  # what this channel's materialise returns
    return SweepResult(recovered=outcome.recovered, pending=made.pending,
                       skipped=made.skipped, claimed=outcome.claimed,
                       batches=outcome.batches)


# --- Sending -------------------------------------------------------------------------------


def _when(value: datetime) -> str:
    """'Tuesday 8 December 2026, 14:00', in London time."""
    local = value.astimezone(LONDON)
    return f"{local:%A} {local.day} {local:%B %Y}, {local:%H:%M}"


@dataclass
class _Batch:
    """What a batch of emails needs, read in a fixed number of queries."""

    active: set = field(default_factory=set)  # (community id, user id)
    rsvps: dict = field(default_factory=dict)  # (session id, user id) -> RSVP
    agenda: dict = field(default_factory=dict)  # session id -> [AgendaItem]
    calendars: dict = field(default_factory=dict)  # session id -> the .ics part, made once
    templates: dict = field(default_factory=dict)  # name -> compiled template

    def render(self, name: str, context: dict) -> str:
        if name not in self.templates:
            self.templates[name] = get_template(name)
        return self.templates[name].render(context)


def _load_batch(rows) -> _Batch:
    batch = _Batch()
    users = {row.user_id for row in rows}
    communities = {row.target_session.community_id for row in rows}
    batch.active = set(
        Membership.objects.filter(
            community_id__in=communities, user_id__in=users, status=MembershipStatus.ACTIVE
        ).order_by().values_list("community_id", "user_id")
    )
    sessions = {row.session_id for row in rows if row.session_id}
    for rsvp in RSVP.objects.filter(session_id__in=sessions, user_id__in=users):
        batch.rsvps[(rsvp.session_id, rsvp.user_id)] = rsvp
    for item in AgendaItem.objects.filter(session_id__in=sessions).select_related("presenter"):
        batch.agenda.setdefault(item.session_id, []).append(item)
    return batch


def _no_longer_applies(row, batch: _Batch, now) -> str:
    """Why a claimed reminder should not go out after all ('' if it should)."""
    user, session = row.user, row.target_session
    if not user.is_active:
        return "Not sent: the account is closed."
    if (session.community_id, user.pk) not in batch.active:
        return "Not sent: no longer a member of the community."
    if row.session_id:
        if session.status != SessionStatus.SCHEDULED:
            return f"Not sent: the session is {session.get_status_display().lower()}."
        if now > session.starts_at:
            return TOO_LATE
        rsvp = batch.rsvps.get((session.pk, user.pk))
        if rsvp and rsvp.answer == RSVPAnswer.NOT_GOING:
            return "Not sent: answered not going."
    else:
        action = row.action_point
        if action.done:
            return "Not sent: the action point is done."
        if action.owner_id != user.pk:
            return "Not sent: the action point has another owner now."
        if now - row.due_at > timedelta(minutes=settings.REMINDER_ACTION_LATE_MINUTES):
            return ACTION_TOO_LATE
    return ""


def _calendar_part(session, batch: _Batch) -> email.message.MIMEPart:
    """The session's .ics as an attachment part: text/calendar; method=PUBLISH; utf-8.
    Made once per session and batch; each message only reads it."""
    if session.pk not in batch.calendars:
        from .calendars import session_calendar

        part = email.message.MIMEPart()
        part.set_content(
            session_calendar(session, include_online_link=True).decode(), subtype="calendar",
            charset="utf-8", params={"method": "PUBLISH"}, disposition="attachment",
            filename="session.ics",
        )
        batch.calendars[session.pk] = part
    return batch.calendars[session.pk]


def _message(row, batch: _Batch) -> mail.EmailMessage:
    user, session = row.user, row.target_session
    community = session.community
    context = {
        "user": user,
        "community": community,
        "session": session,
        "starts": _when(session.starts_at),
        "ends": f"{session.ends_at.astimezone(LONDON):%H:%M}",
        "link": absolute(session.get_absolute_url()),
        "settings_link": absolute(reverse("members:notification_settings")),
        "site_name": settings.SITE_NAME,
    }
    if row.session_id:
        rsvp = batch.rsvps.get((session.pk, user.pk))
        context.update(
            agenda=batch.agenda.get(session.pk, []),
            rsvp=rsvp,
            waitlisted=bool(rsvp and rsvp.answer == RSVPAnswer.GOING and rsvp.waitlisted),
        )
        subject = f"Reminder: {session.title}, {context['starts']}"
        body = batch.render("sessions_app/email/reminder.txt", context)
    else:
        action = row.action_point
        local_due = datetime.combine(action.due_on, time(12), tzinfo=LONDON)
        context.update(action=action, due=f"{local_due:%A} {action.due_on.day} {local_due:%B %Y}")
        subject = f"Action point due: {Truncator(action.text).chars(80)}"
        body = batch.render("sessions_app/email/action_due.txt", context)
    message = mail.EmailMessage(
        subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + subject,
        body=body,
        to=[user.email],
        headers={
            # The same on every attempt, so a repeat after a crash can be recognised.
            "Message-ID": f"<reminder-{row.pk}.{row.kind}@{message_domain()}>",
            "Auto-Submitted": "auto-generated",
        },
    )
    if row.session_id:
        message.attach(_calendar_part(session, batch))
    return message



class _ReminderEmails(EmailBatch):
    def __init__(self, rows):
        self.batch = _load_batch(rows)

    def skip_reason(self, row, now) -> str:
        return _no_longer_applies(row, self.batch, now)

    def message(self, row) -> mail.EmailMessage:
        return _message(row, self.batch)

    def about(self, row) -> str:
        return f"{row.kind} to user {row.user_id}"


def reminders_send(*, reminder_ids, claimed_at=None) -> int:
    """Send the claimed reminders among `reminder_ids` over one mail connection.

    `claimed_at` is the claim's token from `reminders_claim`: rows claimed again since, or
    already being sent by another run of the same task, are left alone. (Without it, each
    row's current claim is taken, which is only safe when no other sender can hold these
    rows.) Returns how many were sent."""
    held = Reminder.objects.filter(pk__in=list(reminder_ids), status=ReminderStatus.CLAIMED)
    if claimed_at is not None:
        held = held.filter(claimed_at=claimed_at)
    rows = list(
        held.select_related(
            "user", "session__community", "action_point__session__community"
        ).order_by("pk")
    )
    if not rows:
        return 0
    return send_batch(CHANNEL, rows, _ReminderEmails(rows))


def _deliver(ids, claimed_at) -> int:
    return reminders_send(reminder_ids=ids, claimed_at=claimed_at)


CHANNEL = Channel(name="reminders", model=Reminder, label="reminder", deliver=_deliver,
                  materialise=reminders_materialise)
