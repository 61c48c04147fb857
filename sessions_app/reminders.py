"""Reminders before sessions and on action points' due dates: never lost, never doubled.

How a reminder travels (a Celery beat sweep every minute calls `reminders_sweep`):

1. `reminders_recover` takes back claims whose worker died: a row claimed longer ago than
   REMINDER_CLAIM_LEASE_SECONDS goes back to pending (or to failed after too many attempts).
2. `reminders_materialise` writes a row for each reminder that has fallen due, one per
   session (or action point), person and kind; a unique constraint makes this idempotent, so
   sweeps may overlap. A reminder late by more than its own offset (the session has begun) is
   recorded as skipped, not sent.
3. `reminders_claim` marks a batch of due pending rows claimed (FOR UPDATE SKIP LOCKED, so two
   sweeps never claim the same row) and commits; only then is a `send_reminders` task queued
   with the ids and the claim's time, which serves as the claim's token.
4. `reminders_send` sends a batch over one mail connection. Just before each email it takes
   the row over with a compare-and-set on (status claimed, claimed_at = token), which also
   counts the attempt and renews the lease; a retried or duplicated task, or one whose claim
   was taken back, finds the token changed and leaves the row alone. Each row is marked sent
   as soon as its email has gone, in the same statement that takes over the next row (one
   round trip per email), so always before the next email leaves. A failed send goes back to
   pending with a backoff (1, 2, 4 ... minutes, capped) and, after REMINDER_MAX_ATTEMPTS, is
   marked failed and logged as an error; a permanent refusal (5xx) fails at once.

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
from django.db import connection, transaction
from django.template.loader import get_template
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator

from cop import outbox
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
    members = {}
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


# --- Claiming ------------------------------------------------------------------------------


@dataclass
class Claim:
    reminder_ids: list[int]
    claimed_at: datetime  # the claim's token: the send takes only rows still claimed at it


def reminders_claim(*, now, limit: int) -> Claim:
    """Claim up to `limit` pending reminders due by `now`, in the order they fell due.

    Rows locked by a concurrent claim are skipped, never waited for, and the claim is
    committed before this returns, so no two claims ever hold the same row."""
    claimed_at = timezone.now()
    with transaction.atomic():
        ids = list(
            Reminder.objects.filter(status=ReminderStatus.PENDING, next_attempt_at__lte=now)
            .order_by("next_attempt_at", "pk")
            .select_for_update(skip_locked=True)
            .values_list("pk", flat=True)[:limit]
        )
        if ids:
            Reminder.objects.filter(pk__in=ids).update(
                status=ReminderStatus.CLAIMED, claimed_at=claimed_at
            )
    return Claim(reminder_ids=ids, claimed_at=claimed_at)


@transaction.atomic
def reminders_recover(*, now) -> int:
    """Take back claims older than the lease: their worker was killed or lost its way.

    Such a row goes back to pending for the next sweep, unless it has already been tried
    REMINDER_MAX_ATTEMPTS times (a reminder that kills its worker must not do so for ever):
    then it is marked failed and logged. Returns how many rows were taken back."""
    stale = Reminder.objects.filter(
        status=ReminderStatus.CLAIMED,
        claimed_at__lt=now - timedelta(seconds=settings.REMINDER_CLAIM_LEASE_SECONDS),
    )
    failed = list(
        stale.filter(attempts__gte=settings.REMINDER_MAX_ATTEMPTS).values_list("pk", flat=True)
    )
    if failed:
        Reminder.objects.filter(pk__in=failed).update(
            status=ReminderStatus.FAILED,
            last_error="Sending was interrupted too many times; given up.",
        )
        logger.error("Reminders %s failed: their sending was interrupted too many times.",
                     failed)
    recovered = stale.update(
        status=ReminderStatus.PENDING, next_attempt_at=now,
        last_error="Sending was interrupted (its worker stopped); trying again.",
    )
    if recovered:
        logger.warning("Took back %d reminder(s) whose sending was interrupted.", recovered)
    return recovered + len(failed)


# --- Sweeping ------------------------------------------------------------------------------


@dataclass
class SweepResult:
    recovered: int = 0
    pending: int = 0
    skipped: int = 0
    claimed: int = 0
    batches: list[int] = field(default_factory=list)  # size of each send task queued


def reminders_sweep(*, now=None) -> SweepResult:
    """What the beat runs every minute: take back lost claims, write the rows that have
    fallen due, then claim them in batches, queueing one send task per batch once its claim
    is committed. Safe to run in several processes at once."""
    from .tasks import send_reminders

    now = now or timezone.now()
    result = SweepResult()
    result.recovered = reminders_recover(now=now)
    materialised = reminders_materialise(now=now)
    result.pending, result.skipped = materialised.pending, materialised.skipped

    def claim(limit):
        batch = reminders_claim(now=now, limit=limit)
        return batch.reminder_ids, batch.claimed_at

    result.batches = outbox.claim_in_batches(
        claim, lambda ids, token: send_reminders.delay(ids, token.isoformat()))
    result.claimed = sum(result.batches)
    return result


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
        "link": outbox.absolute(session.get_absolute_url()),
        "settings_link": outbox.absolute(reverse("members:notification_settings")),
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
            "Message-ID": f"<reminder-{row.pk}.{row.kind}@{outbox.message_domain()}>",
            "Auto-Submitted": "auto-generated",
        },
    )
    if row.session_id:
        message.attach(_calendar_part(session, batch))
    return message


_TAKE_OVER_SQL = """
WITH sent AS (
    UPDATE {table} SET status = %(sent)s, sent_at = %(sent_at)s, last_error = ''
    WHERE id = %(sent_id)s AND status <> %(sent)s
)
UPDATE {table} SET claimed_at = %(lease)s, attempts = attempts + 1
WHERE id = %(id)s AND status = %(claimed)s AND claimed_at = %(token)s
"""


def _take_over(row, token, *, record_sent=None) -> datetime | None:
    """Compare-and-set: make this sender the one that sends `row`, counting the attempt and
    renewing the lease. None if the row is not (or no longer) held by the claim `token`.

    `record_sent` is (id, when) of the email sent just before, marked sent in the same
    statement: one round trip and one commit per email, and each email is recorded as sent
    before the next one goes out. (Marked whatever became of its claim meanwhile: it has
    gone, and no later claim may send it again.)"""
    lease = max(timezone.now(), token + timedelta(microseconds=1))
    sent_id, sent_at = record_sent or (None, None)
    with connection.cursor() as cursor:
        cursor.execute(_TAKE_OVER_SQL.format(table=Reminder._meta.db_table), {
            "sent": ReminderStatus.SENT, "sent_at": sent_at, "sent_id": sent_id,
            "lease": lease, "id": row.pk, "claimed": ReminderStatus.CLAIMED, "token": token,
        })
        return lease if cursor.rowcount == 1 else None


def _release(row, lease, error: Exception, *, permanent: bool) -> None:
    """After a failed send: back to pending with a backoff, or failed for good (logged)."""
    attempts = row.attempts + 1
    text = Truncator(f"{type(error).__name__}: {error}".replace("\n", " ")).chars(290)
    held = Reminder.objects.filter(pk=row.pk, status=ReminderStatus.CLAIMED, claimed_at=lease)
    if permanent or attempts >= settings.REMINDER_MAX_ATTEMPTS:
        held.update(status=ReminderStatus.FAILED, last_error=text)
        logger.error("Reminder %s (%s to user %s) failed after %d attempt(s): %s",
                     row.pk, row.kind, row.user_id, attempts, text)
    else:
        wait = outbox.backoff(attempts)
        held.update(status=ReminderStatus.PENDING, next_attempt_at=timezone.now() + wait,
                    last_error=text)
        logger.warning("Reminder %s (%s to user %s) not sent, attempt %d; next try in %s: %s",
                       row.pk, row.kind, row.user_id, attempts, wait, text)


def _skip(row, token, reason: str) -> None:
    Reminder.objects.filter(pk=row.pk, status=ReminderStatus.CLAIMED, claimed_at=token).update(
        status=ReminderStatus.SKIPPED, last_error=reason
    )


def _mark_sent(pk, when) -> None:
    Reminder.objects.filter(pk=pk).exclude(status=ReminderStatus.SENT).update(
        status=ReminderStatus.SENT, sent_at=when, last_error=""
    )


def reminders_send(*, reminder_ids, claimed_at=None) -> int:
    """Send the claimed reminders among `reminder_ids` over one mail connection.

    `claimed_at` is the claim's token from `reminders_claim`: rows claimed again since, or
    already being sent by another run of the same task, are left alone. (Without it, each
    row's current claim is taken, which is only safe when no other sender can hold these
    rows.) Returns how many were sent. One email's failure never stops the others: its row
    is released to be tried again later, or marked failed."""
    rows = Reminder.objects.filter(pk__in=list(reminder_ids), status=ReminderStatus.CLAIMED)
    if claimed_at is not None:
        rows = rows.filter(claimed_at=claimed_at)
    rows = list(
        rows.select_related(
            "user", "session__community", "action_point__session__community"
        ).order_by("pk")
    )
    if not rows:
        return 0
    for row in rows:
        row.target_session = row.session or row.action_point.session
    batch = _load_batch(rows)
    mailer = mail.mailers["default"]
    just_sent = None  # (id, when) of the last email sent, recorded with the next take-over
    sent = 0
    connected = False
    try:
        for row in rows:
            token = row.claimed_at
            reason = _no_longer_applies(row, batch, timezone.now())
            if reason:
                _skip(row, token, reason)
                continue
            lease = _take_over(row, token, record_sent=just_sent)
            just_sent = None
            if lease is None:
                continue  # another sender holds it, or the claim was taken back
            try:
                message = _message(row, batch)
                if not connected:
                    mailer.open()
                    connected = True
                mailer.send_messages([message])
            except Exception as error:  # noqa: BLE001 - every failure is recorded, none lost
                _release(row, lease, error, permanent=outbox.is_permanent(error))
                if not outbox.is_smtp_answer(error):
                    outbox.close_quietly(mailer)  # the connection itself may be broken
                    connected = False
                continue
            just_sent = (row.pk, timezone.now())
            sent += 1
    finally:
        try:
            if just_sent:
                _mark_sent(*just_sent)
        finally:
            if connected:
                outbox.close_quietly(mailer)
    return sent
