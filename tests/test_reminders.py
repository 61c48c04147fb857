"""Reminders: written once, claimed before sending, never sent twice, never lost.

The first part drives the services with the ORM against the real PostgreSQL. The second
starts real Celery workers (subprocesses, prefork pool) on the real Redis, sending through a
real SMTP server (aiosmtpd) running in this process: overlapping sweeps, a server that
refuses twice, and workers killed in the middle of sending."""

import email
import email.policy
import logging
import signal
import threading
import time
from collections import Counter
from datetime import datetime, timedelta
from datetime import time as dtime
from zoneinfo import ZoneInfo

import psutil
from django.core import mail
from django.db import connections, transaction
from django.utils import timezone

from cop.outbox.tasks import sweep as sweep_outbox
from members.models import MembershipStatus, Role
from sessions_app import reminders
from sessions_app.models import (
    RSVP,
    ActionPoint,
    AgendaItem,
    Reminder,
    ReminderStatus,
    RSVPAnswer,
    SessionStatus,
)

from .factories import join, make_community, make_members, make_session, make_user
from .workers import at_once, wait_until

LONDON = ZoneInfo("Europe/London")
S = ReminderStatus


# --- Test data -----------------------------------------------------------------------------


def action_due_on(now):
    """A due date whose 09:00 (London) has passed, less than a day ago."""
    local = now.astimezone(LONDON)
    return local.date() if local.time() >= dtime(9) else local.date() - timedelta(days=1)


def rows(**filters):
    return Reminder.objects.filter(**filters)


def statuses():
    return Counter(Reminder.objects.values_list("status", flat=True))


# --- Writing the rows ----------------------------------------------------------------------


def test_materialise_one_row_per_member_and_offset(community, member):
    now = timezone.now()
    others = make_members(community, 3)
    declined = make_user()
    join(declined, community)
    left = make_user()
    join(left, community, status=MembershipStatus.LEFT)
    closed = make_user(is_active=False)
    join(closed, community)
    soon = make_session(community, starts_in=timedelta(minutes=30))
    tomorrow = make_session(community, starts_in=timedelta(hours=23))
    later = make_session(community, starts_in=timedelta(days=3))
    RSVP.objects.create(session=soon, user=declined, answer=RSVPAnswer.NOT_GOING)
    RSVP.objects.create(session=tomorrow, user=member, answer=RSVPAnswer.MAYBE)
    make_session(make_community(), starts_in=timedelta(minutes=30))  # nobody there

    reminders.reminders_materialise(now=now)

    recipients = {member.pk, *(p.pk for p in others)}
    # Tomorrow's session: only the 24-hour reminder is due, to all who have not declined.
    assert set(rows(session=tomorrow).values_list("user_id", "kind", "status")) == {
        (pk, "session-1440", S.PENDING) for pk in recipients | {declined.pk}
    }
    # In 30 minutes: both offsets are due at once; the 1-hour one is sent, the other recorded.
    assert set(rows(session=soon).values_list("user_id", "kind", "status")) == {
        (pk, kind, status) for pk in recipients
        for kind, status in [("session-60", S.PENDING), ("session-1440", S.SKIPPED)]
    }
    assert not rows(session=later).exists()
    due_at = rows(session=soon, kind="session-60").values_list("due_at", flat=True)
    assert set(due_at) == {soon.starts_at - timedelta(minutes=60)}

    before = list(Reminder.objects.order_by("pk").values_list("pk", "status"))
    reminders.reminders_materialise(now=now)
    reminders.reminders_materialise(now=now + timedelta(seconds=30))
    assert list(Reminder.objects.order_by("pk").values_list("pk", "status")) == before


def test_offsets_are_per_community(community, member):
    community.reminder_offsets = [180, 15]
    community.save()
    session = make_session(community, starts_in=timedelta(minutes=100))
    reminders.reminders_materialise(now=timezone.now())
    assert list(rows(session=session).values_list("kind", "status")) == [
        ("session-180", S.PENDING)
    ]


def test_late_reminders_are_recorded_as_skipped(community, member):
    now = timezone.now()
    started = make_session(community, starts_in=timedelta(minutes=-10))
    pending = make_session(community, starts_in=timedelta(minutes=20))
    reminders.reminders_materialise(now=now)
    assert set(rows(session=started).values_list("kind", "status", "last_error")) == {
        ("session-60", S.SKIPPED, reminders.TOO_LATE),
        ("session-1440", S.SKIPPED, reminders.TOO_LATE),
    }
    # A reminder still waiting (say, for a retry) when the session begins is skipped too.
    assert rows(session=pending, kind="session-60").get().status == S.PENDING
    reminders.reminders_materialise(now=pending.starts_at + timedelta(seconds=1))
    assert rows(session=pending, kind="session-60").get().status == S.SKIPPED
    assert not rows(status=S.PENDING).exists()


def test_cancelled_and_completed_sessions_get_none(community, member):
    make_session(community, starts_in=timedelta(minutes=30), status=SessionStatus.CANCELLED)
    make_session(community, starts_in=timedelta(minutes=-30), status=SessionStatus.COMPLETED)
    reminders.reminders_materialise(now=timezone.now())
    assert not Reminder.objects.exists()


def test_action_point_reminds_its_owner_at_nine_on_the_due_date(community, member,
                                                                facilitator):
    session = make_session(community, starts_in=timedelta(days=-7),
                           status=SessionStatus.COMPLETED)
    due_on = datetime(2026, 12, 8).date()
    nine = datetime(2026, 12, 8, 9, 0, tzinfo=LONDON)
    action = ActionPoint.objects.create(session=session, text="Ask housing for a review",
                                        owner=member, due_on=due_on)
    ActionPoint.objects.create(session=session, text="Done already", owner=member,
                               due_on=due_on, done=True)
    ActionPoint.objects.create(session=session, text="Nobody's", due_on=due_on)

    reminders.reminders_materialise(now=nine - timedelta(minutes=1))
    assert not Reminder.objects.exists()
    reminders.reminders_materialise(now=nine)
    reminder = Reminder.objects.get()
    assert (reminder.kind, reminder.user, reminder.action_point, reminder.status) == (
        "action-due", member, action, S.PENDING)
    assert reminder.due_at == nine

    # More than a day late: recorded as skipped, not sent.
    Reminder.objects.all().delete()
    reminders.reminders_materialise(now=nine + timedelta(days=1, minutes=1))
    assert Reminder.objects.get().status == S.SKIPPED


# --- Claiming, failing, taking back --------------------------------------------------------


def _pending(community, n):
    """A session in 30 minutes with a 1-hour reminder due for its members, `n` more of them."""
    community.reminder_offsets = [60]
    community.save()
    make_members(community, n)
    session = make_session(community, starts_in=timedelta(minutes=30))
    reminders.reminders_materialise(now=timezone.now())
    return session


def test_claim_commits_and_never_returns_a_row_twice(transactional_db):
    community = make_community(reminder_offsets=[60])
    _pending(community, 120)

    def claim_all():
        claimed = []
        while True:
            claim = reminders.reminders_claim(now=timezone.now(), limit=7)
            if not claim.ids:
                return claimed
            claimed.extend(claim.ids)

    together = [pk for claimed in at_once(3, claim_all) for pk in claimed]
    assert len(together) == len(set(together)) == 120
    assert statuses() == {S.CLAIMED: 120}
    assert not reminders.reminders_claim(now=timezone.now(), limit=500).ids


def test_claim_skips_rows_another_claim_holds(transactional_db):
    community = make_community(reminder_offsets=[60])
    _pending(community, 10)
    holding, release, first = threading.Event(), threading.Event(), []

    def hold_a_claim_open():
        try:
            with transaction.atomic():
                first.extend(reminders.reminders_claim(now=timezone.now(), limit=4).ids)
                holding.set()
                release.wait(timeout=30)
        finally:
            connections.close_all()

    thread = threading.Thread(target=hold_a_claim_open)
    thread.start()
    try:
        assert holding.wait(timeout=30)
        started = time.monotonic()
        second = reminders.reminders_claim(now=timezone.now(), limit=100).ids
        assert time.monotonic() - started < 5  # skipped the locked rows, did not wait
    finally:
        release.set()
        thread.join(timeout=30)
    assert len(first) == 4 and len(second) == 6 and not set(first) & set(second)
    assert statuses() == {S.CLAIMED: 10}


def test_failed_send_backs_off_then_fails_for_good(community, member, send_to_sink, settings,
                                                   caplog):
    settings.REMINDER_MAX_ATTEMPTS = 3
    settings.REMINDER_BACKOFF_SECONDS = 60
    _pending(community, 0)
    send_to_sink.fail_next = 10
    reminder = Reminder.objects.get(kind="session-60")

    claim = reminders.reminders_claim(now=timezone.now(), limit=10)
    before = timezone.now()
    assert reminders.reminders_send(reminder_ids=claim.ids,
                                    claimed_at=claim.claimed_at) == 0
    reminder.refresh_from_db()
    assert (reminder.status, reminder.attempts) == (S.PENDING, 1)
    assert "451" in reminder.last_error
    assert timedelta(seconds=59) < reminder.next_attempt_at - before < timedelta(seconds=62)
    # Not due again before its backoff has passed.
    assert not reminders.reminders_claim(now=timezone.now(), limit=10).ids

    for attempt, status in [(2, S.PENDING), (3, S.FAILED)]:
        claim = reminders.reminders_claim(now=reminder.next_attempt_at, limit=10)
        assert claim.ids == [reminder.pk]
        before = timezone.now()
        reminders.reminders_send(reminder_ids=claim.ids, claimed_at=claim.claimed_at)
        reminder.refresh_from_db()
        assert (reminder.status, reminder.attempts) == (status, attempt)
        if status == S.PENDING:  # the second wait is twice the first
            wait = reminder.next_attempt_at - before
            assert timedelta(seconds=119) < wait < timedelta(seconds=122)
    assert send_to_sink.refused == 3 and not send_to_sink.messages
    assert any(r.levelno == logging.ERROR and str(reminder.pk) in r.getMessage()
               for r in caplog.records)


def test_a_permanent_refusal_fails_at_once(community, member, send_to_sink):
    _pending(community, 0)
    send_to_sink.refuse_with = "550 5.1.1 No such mailbox"
    send_to_sink.fail_next = 1
    claim = reminders.reminders_claim(now=timezone.now(), limit=10)
    reminders.reminders_send(reminder_ids=claim.ids, claimed_at=claim.claimed_at)
    reminder = Reminder.objects.get(kind="session-60")
    assert (reminder.status, reminder.attempts) == (S.FAILED, 1)
    assert "550" in reminder.last_error


def test_lease_recovery_takes_back_lost_claims(community, send_to_sink, settings):
    settings.REMINDER_CLAIM_LEASE_SECONDS = 300
    settings.REMINDER_MAX_ATTEMPTS = 3
    _pending(community, 3)
    claim = reminders.reminders_claim(now=timezone.now(), limit=10)
    assert len(claim.ids) == 3
    worn_out = Reminder.objects.get(pk=claim.ids[0])
    worn_out.attempts = 3
    worn_out.save()

    assert reminders.reminders_recover(now=timezone.now()) == 0  # still within the lease
    after_lease = timezone.now() + timedelta(seconds=301)
    assert reminders.reminders_recover(now=after_lease) == 3
    worn_out.refresh_from_db()
    assert worn_out.status == S.FAILED
    assert statuses() == {S.PENDING: 2, S.FAILED: 1}
    assert set(rows(status=S.PENDING).values_list("attempts", flat=True)) == {0}

    # The send task of the lost claim, if it ever runs, leaves the rows alone now...
    assert reminders.reminders_send(reminder_ids=claim.ids,
                                    claimed_at=claim.claimed_at) == 0
    # ...and so does it once they have been claimed again: only the new claim sends them.
    again = reminders.reminders_claim(now=after_lease, limit=10)
    assert reminders.reminders_send(reminder_ids=claim.ids,
                                    claimed_at=claim.claimed_at) == 0
    assert reminders.reminders_send(reminder_ids=again.ids,
                                    claimed_at=again.claimed_at) == 2
    assert reminders.reminders_send(reminder_ids=again.ids,
                                    claimed_at=again.claimed_at) == 0
    assert len(send_to_sink.messages) == 2
    assert statuses() == {S.SENT: 2, S.FAILED: 1}


def test_reminder_no_longer_wanted_is_not_sent(community, member, send_to_sink):
    session = _pending(community, 1)
    claim = reminders.reminders_claim(now=timezone.now(), limit=10)
    RSVP.objects.create(session=session, user=member, answer=RSVPAnswer.NOT_GOING)
    assert reminders.reminders_send(reminder_ids=claim.ids,
                                    claimed_at=claim.claimed_at) == 1
    skipped = Reminder.objects.get(user=member, kind="session-60")
    assert (skipped.status, skipped.attempts) == (S.SKIPPED, 0)
    assert "not going" in skipped.last_error


def test_reminder_email(community, facilitator, member, settings):
    settings.SITE_URL = "https://cop.example.org"
    starts_at = datetime(2026, 12, 8, 14, 0, tzinfo=LONDON)
    offset = int((starts_at - timezone.now()).total_seconds() // 60) + 5
    community.reminder_offsets = [offset]
    community.save()
    session = make_session(community, starts_at=starts_at, title="December session",
                           venue="Room 2, Civic Centre",
                           online_link="https://meet.example.org/cop-dec")
    AgendaItem.objects.create(session=session, position=2, title="Service barriers",
                              minutes=20)
    AgendaItem.objects.create(session=session, position=1, title="Elizabeth's case",
                              minutes=45, presenter=facilitator)
    RSVP.objects.create(session=session, user=member, answer=RSVPAnswer.GOING,
                        waitlisted=True)
    reminders.reminders_materialise(now=timezone.now())
    claim = reminders.reminders_claim(now=timezone.now(), limit=10)
    assert reminders.reminders_send(reminder_ids=claim.ids,
                                    claimed_at=claim.claimed_at) == 2

    sent = {m.to[0]: m for m in mail.outbox}
    message = sent[member.email]
    assert message.subject == ("[Communities of Practice] Reminder: December session, "
                               "Tuesday 8 December 2026, 14:00")
    body = message.body
    assert "Tuesday 8 December 2026, 14:00 to 16:00" in body
    assert "Room 2, Civic Centre" in body and "https://meet.example.org/cop-dec" in body
    assert body.index("1. Elizabeth's case (45 minutes, Fay Facilitator)") < body.index(
        "2. Service barriers (20 minutes)")
    assert "waiting list" in body
    assert f"https://cop.example.org{session.get_absolute_url()}" in body
    assert "https://cop.example.org/settings/notifications/" in body
    assert "waiting list" not in sent[facilitator.email].body
    assert message.extra_headers["Message-ID"].startswith(
        f"<reminder-{Reminder.objects.get(user=member).pk}.")

    parsed = email.message_from_bytes(message.message().as_bytes(),
                                      policy=email.policy.default)
    [ics] = [part for part in parsed.iter_attachments()]
    assert ics.get_filename() == "session.ics"
    assert ics.get_content_type() == "text/calendar"
    assert ics.get_param("method") == "PUBLISH" and ics.get_content_charset() == "utf-8"
    calendar = ics.get_content().replace("\r\n", "\n").replace("\n ", "")  # unfolded
    assert "BEGIN:VEVENT" in calendar and str(session.uid) in calendar


def test_action_due_email(community, member):
    now = timezone.now()
    session = make_session(community, starts_in=timedelta(days=-7), title="November session",
                           status=SessionStatus.COMPLETED)
    ActionPoint.objects.create(session=session, text="Ask housing for a review", owner=member,
                               due_on=action_due_on(now))
    reminders.reminders_materialise(now=now)
    claim = reminders.reminders_claim(now=now, limit=10)
    assert reminders.reminders_send(reminder_ids=claim.ids,
                                    claimed_at=claim.claimed_at) == 1
    [message] = mail.outbox
    assert message.to == [member.email]
    assert message.subject == "[Communities of Practice] Action point due: Ask housing for a review"
    assert "Ask housing for a review" in message.body and "November session" in message.body
    assert not message.attachments
    assert Reminder.objects.get().status == S.SENT


def test_sweep_task_queues_sends_after_commit(transactional_db):
    community = make_community(reminder_offsets=[60])
    people = make_members(community, 3)
    make_session(community, starts_in=timedelta(minutes=30))
    sweep_outbox.delay()  # eager here: the send tasks run as the claims commit
    assert sorted(m.to[0] for m in mail.outbox) == sorted(p.email for p in people)
    assert statuses() == {S.SENT: 3}
    sweep_outbox.delay()
    assert len(mail.outbox) == 3


# --- A real SMTP server and real workers -----------------------------------------------------


def _settled():
    return not rows(status__in=[S.PENDING, S.CLAIMED]).exists()


def _sweep_until(predicate, *, timeout, interval=0.3, message="all sent"):
    def swept():
        reminders.reminders_sweep()
        return predicate()

    wait_until(swept, timeout=timeout, interval=interval, message=message)


def test_overlapping_sweeps_send_each_reminder_once(workers, settings):
    settings.REMINDER_BATCH_SIZE = 3
    now = timezone.now()
    community = make_community()
    people = make_members(community, 7)
    soon = make_session(community, starts_in=timedelta(minutes=30))
    make_session(community, starts_in=timedelta(hours=23))
    RSVP.objects.create(session=soon, user=people[0], answer=RSVPAnswer.NOT_GOING)
    join(make_user(), community, Role.MEMBER, status=MembershipStatus.LEFT)
    ActionPoint.objects.create(session=soon, text="Call the hostel", owner=people[1],
                               due_on=action_due_on(now))
    expected = 6 + 7 + 1  # 1-hour reminders, 24-hour reminders, the action point
    workers.start()
    results = at_once(6, reminders.reminders_sweep)

    assert len(results) == 6
    assert sum(result.claimed for result in results) == expected  # each claimed by one sweep
    wait_until(lambda: _settled() and workers.sink.count() >= expected, timeout=60,
               message="the reminders to be sent")
    time.sleep(1.5)  # anything doubled would arrive now
    reminders.reminders_sweep()
    time.sleep(1)

    sent = rows(status=S.SENT)
    assert sent.count() == expected
    assert workers.sink.by_reminder() == Counter({pk: 1 for pk in sent.values_list("pk",
                                                                                   flat=True)})
    by_person_kind = Counter((m["To"], m["Message-ID"].split(".")[1].split("@")[0])
                             for m in workers.sink.messages)
    assert set(by_person_kind.values()) == {1} and len(by_person_kind) == expected
    assert set(sent.values_list("attempts", flat=True)) == {1}  # nothing was even tried twice
    assert statuses() == {S.SENT: expected, S.SKIPPED: 6}  # the superseded 24-hour ones


def test_refused_twice_then_accepted_sends_one_email(workers):
    community = make_community(reminder_offsets=[60])
    [person] = make_members(community, 1)
    make_session(community, starts_in=timedelta(minutes=30))
    workers.sink.fail_next = 2
    workers.start(REMINDER_BACKOFF_SECONDS=1)

    _sweep_until(lambda: rows(status=S.SENT).exists(), timeout=60)
    time.sleep(1)

    reminder = Reminder.objects.get()
    assert (reminder.status, reminder.attempts) == (S.SENT, 3)
    assert workers.sink.refused == 2
    assert [m["To"] for m in workers.sink.messages] == [person.email]


def test_worker_killed_mid_send_loses_nothing_and_doubles_nothing(workers, settings):
    community = make_community(reminder_offsets=[60])
    people = make_members(community, 5)
    make_session(community, starts_in=timedelta(minutes=30))
    workers.sink.hold = 1
    first = workers.start()

    result = reminders.reminders_sweep()
    assert result.claimed == 5 and result.batches == [5]
    assert workers.sink.holding.wait(timeout=30), "the first email never reached DATA"
    workers.kill(first)
    wait_until(lambda: workers.sink.abandoned == 1, timeout=10, message="the server to notice")
    assert workers.sink.count() == 0
    assert statuses() == {S.CLAIMED: 5}
    assert sorted(rows().values_list("attempts", flat=True)) == [0, 0, 0, 0, 1]

    # A new worker; the sweep takes the lost claims back once their lease has run out.
    settings.REMINDER_CLAIM_LEASE_SECONDS = 2
    workers.start()
    _sweep_until(_settled, timeout=60)
    time.sleep(1)

    assert statuses() == {S.SENT: 5}
    assert sorted(m["To"] for m in workers.sink.messages) == sorted(p.email for p in people)
    assert set(workers.sink.by_reminder().values()) == {1}
    assert sorted(rows().values_list("attempts", flat=True)) == [1, 1, 1, 1, 2]


def test_pool_process_killed_mid_send_retried_task_sends_the_rest_once(workers, settings):
    community = make_community(reminder_offsets=[60])
    people = make_members(community, 5)
    make_session(community, starts_in=timedelta(minutes=30))
    workers.sink.hold = 1
    worker = workers.start()

    reminders.reminders_sweep()
    assert workers.sink.holding.wait(timeout=30), "the first email never reached DATA"
    in_flight = rows(attempts=1).get()
    for child in psutil.Process(worker.pid).children():
        child.send_signal(signal.SIGKILL)

    # Celery gives the lost task to a new pool process. It sends the four untouched
    # reminders and leaves the one that was being sent: it may have gone out.
    wait_until(lambda: rows(status=S.SENT).count() == 4, timeout=60,
               message="the retried task to send the rest")
    time.sleep(1)
    in_flight.refresh_from_db()
    assert (in_flight.status, in_flight.attempts) == (S.CLAIMED, 1)
    assert workers.sink.count() == 4

    settings.REMINDER_CLAIM_LEASE_SECONDS = 2
    _sweep_until(_settled, timeout=60)
    time.sleep(1)
    assert statuses() == {S.SENT: 5}
    assert sorted(m["To"] for m in workers.sink.messages) == sorted(p.email for p in people)
    assert set(workers.sink.by_reminder().values()) == {1}
    in_flight.refresh_from_db()
    assert in_flight.attempts == 2


def test_a_session_arranged_at_short_notice_gets_only_the_reminder_still_to_come(
        community, member):
    """Arranged 2 hours ahead: the 24-hour reminder fell due before the session existed,
    and the 1-hour one is still to come, so only that one is sent."""
    from sessions_app.reminders import ARRANGED_LATE, reminders_materialise

    now = timezone.now()
    session = make_session(community, title="Short notice", starts_at=now + timedelta(hours=2),
                           hours=1, times_set_at=now)
    reminders_materialise(now=now)
    rows = Reminder.objects.filter(session=session, user=member)
    assert [(r.kind, r.status, r.last_error) for r in rows] == [
        ("session-1440", "skipped", ARRANGED_LATE)]
    reminders_materialise(now=now + timedelta(hours=1, minutes=1))
    assert rows.get(kind="session-60").status == "pending"


def test_arranged_inside_the_last_offset_still_gets_a_late_reminder(community, member):
    from sessions_app.reminders import reminders_materialise

    now = timezone.now()
    session = make_session(community, title="Very short notice",
                           starts_at=now + timedelta(minutes=30), hours=0.5, times_set_at=now)
    reminders_materialise(now=now)
    statuses = dict(Reminder.objects.filter(session=session, user=member)
                    .values_list("kind", "status"))
    assert statuses == {"session-1440": "skipped", "session-60": "pending"}
