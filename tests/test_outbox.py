"""The outbox (cop/outbox): every email and job caused by a request is a row written with its
cause, delivered once, backed off on failure, failed for good after a limit, visible to site
admins and sent again by them. The engine is the same for reminders and survey emails, whose
own tests (test_reminders, test_survey_invitations) cover their channels."""

import socket
import time
from collections import Counter
from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail import EmailMessage
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from cop.outbox import channels, engine, messages
from cop.outbox.models import DeliveryStatus, OutboxMessage
from evaluation.exports.options import ExportOptions
from evaluation.exports.services import export_record
from evaluation.models import ExportStatus, MessageStatus
from members.models import (
    Invitation,
    Notification,
    NotificationKind,
    PersonalDataExport,
    Role,
)
from members.services import notify
from sessions_app.models import ReminderStatus

from .factories import add_question, join, make_community, make_study, make_survey, make_user
from .helpers import counted_get, reauthenticate
from .workers import at_once, wait_until

S = DeliveryStatus
CASE_URL = "/c/leeds-test/cases/7/"


def refused_smtp(settings):
    """Mail to a port nothing listens on: every send fails (a connection error)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                                    "OPTIONS": {"host": "127.0.0.1", "port": port,
                                                "timeout": 2}}}


def working_smtp(settings):
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}


def deliver_due(now=None) -> int:
    """What a sweep and its delivery task do, here and now: claim what is due, deliver it.
    Returns how many were claimed."""
    now = now or timezone.now()
    engine.recover(messages.CHANNEL, now=now)
    batch = engine.claim(messages.CHANNEL, now=now, limit=100)
    messages.deliver(batch.ids, batch.claimed_at)
    return len(batch.ids)


def test_every_channel_uses_the_same_statuses():
    registered = {channel.name for channel in channels.registered()}
    assert registered == {"messages", "reminders", "survey-emails", "digests"}
    assert set(ReminderStatus.values) == set(MessageStatus.values) == set(S.values)


def test_a_failing_email_backs_off_then_fails_for_good_and_is_sent_again(
        member, community, settings, caplog, client, site_admin):
    settings.REMINDER_MAX_ATTEMPTS = 3
    refused_smtp(settings)
    with transaction.atomic():
        notify(user_ids=[member.pk], kind=NotificationKind.SESSION_CHANGE, community=community,
               text="New case: stuck at discharge", url=CASE_URL)
    row = OutboxMessage.objects.get()
    assert deliver_due() == 1
    row.refresh_from_db()
    assert (row.status, row.attempts) == (S.PENDING, 1)
    assert row.next_attempt_at > timezone.now() + timedelta(seconds=50)  # backed off
    assert "ConnectionRefusedError" in row.last_error
    assert deliver_due() == 0, "not due again before its backoff"
    later = timezone.now() + timedelta(hours=2)
    deliver_due(later)
    deliver_due(later + timedelta(hours=2))
    row.refresh_from_db()
    assert (row.status, row.attempts) == (S.FAILED, 3)
    assert "failed after 3 attempt(s)" in caplog.text
    assert deliver_due(later + timedelta(days=1)) == 0, "never retried for ever"

    # A site admin sees it on the deliveries page, fixes the mail server, sends it again.
    client.force_login(site_admin)
    page = client.get(reverse("members:deliveries"))
    assert page.status_code == 200
    assert "ConnectionRefusedError" in page.text and "members.notification_email" in page.text
    working_smtp(settings)
    response = client.post(reverse("members:deliveries"), {"channel": "messages",
                                                            "row": row.pk}, follow=True)
    assert "1 will be tried again within a minute." in response.text
    row.refresh_from_db()
    assert (row.status, row.attempts) == (S.PENDING, 0)
    assert deliver_due() == 1
    assert [m.to for m in mail.outbox] == [[member.email]]
    row.refresh_from_db()
    assert row.status == S.SENT


def test_only_site_admins_can_send_again(client, facilitator, member, community):
    row = OutboxMessage.objects.create(kind="members.invitation", object_id=1,
                                       status=S.FAILED, attempts=8)
    client.force_login(facilitator)
    response = client.post(reverse("members:deliveries"), {"channel": "messages",
                                                           "row": row.pk})
    assert response.status_code == 403
    row.refresh_from_db()
    assert row.status == S.FAILED


def test_a_kind_nobody_handles_fails_at_once(db, caplog):
    row = OutboxMessage.objects.create(kind="nobody.knows", object_id=1)
    deliver_due()
    row.refresh_from_db()
    assert (row.status, row.attempts) == (S.FAILED, 1)
    assert "No handler is registered for 'nobody.knows'" in row.last_error


def test_nothing_to_do_any_more_is_skipped_not_sent(facilitator, community):
    with transaction.atomic():
        invitation = Invitation.objects.create(
            email="late@example.test", community=community, role=Role.MEMBER,
            invited_by=facilitator, expires_at=timezone.now() + timedelta(days=14))
        messages.enqueue("members.invitation", invitation.pk)
    Invitation.objects.filter(pk=invitation.pk).update(revoked_at=timezone.now())
    deliver_due()
    row = OutboxMessage.objects.get()
    assert (row.status, row.last_error) == (S.SKIPPED, "Nothing to do any more.")
    assert not mail.outbox


def test_a_retried_or_duplicated_task_delivers_nothing_twice(member, community):
    with transaction.atomic():
        notify(user_ids=[member.pk], kind=NotificationKind.SESSION_CHANGE, community=community,
               text="New case", url=CASE_URL)
    row = OutboxMessage.objects.get()
    claim = engine.claim(messages.CHANNEL, now=timezone.now(), limit=10)
    assert claim.ids == [row.pk]
    assert messages.deliver(claim.ids, claim.claimed_at) == 1
    assert messages.deliver(claim.ids, claim.claimed_at) == 0  # the task, run again
    assert engine.claim(messages.CHANNEL, now=timezone.now(), limit=10).ids == []
    assert len(mail.outbox) == 1


def test_account_emails_wait_encrypted_and_are_erased_once_sent(
        client, member, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as held:
        client.post(reverse("account_reset_password"), {"email": member.email})
    row = OutboxMessage.objects.get(kind=messages.EMAIL)
    assert row.status == S.PENDING and row.payload
    assert "password/reset/key" not in row.payload and member.email not in row.payload
    assert not mail.outbox
    with django_capture_on_commit_callbacks(execute=True):
        for callback in held:
            callback()
    row.refresh_from_db()
    assert (row.status, row.payload) == (S.SENT, "")
    [sent] = mail.outbox
    assert sent.to == [member.email] and "/accounts/password/reset/key/" in sent.body
    assert sent.extra_headers["Message-ID"].startswith(f"<outbox-{row.pk}@")


def test_an_account_email_is_sent_with_its_alternatives_and_headers(
        db, django_capture_on_commit_callbacks):
    message = mail.EmailMultiAlternatives(subject="Hello", body="Plain", to=["a@example.test"],
                                          headers={"X-Kind": "test"})
    message.attach_alternative("<p>Rich</p>", "text/html")
    with django_capture_on_commit_callbacks(execute=True):
        messages.enqueue_email(message)
    [sent] = mail.outbox
    assert (sent.subject, sent.body, sent.extra_headers["X-Kind"]) == ("Hello", "Plain", "test")
    assert sent.alternatives[0][:2] == ("<p>Rich</p>", "text/html")
    assert isinstance(sent, EmailMessage)


# --- Every kind with real workers: overlapping sweeps and a worker killed mid-send ------------


def _one_of_every_kind(community, facilitator, member) -> dict:
    """Rows of every kind of outbox message, written pending (as a request whose broker was
    down leaves them), and what each should deliver."""
    invitations = [Invitation.objects.create(
        email=f"new{i}@example.test", community=community, role=Role.MEMBER,
        invited_by=facilitator, expires_at=timezone.now() + timedelta(days=14))
        for i in range(3)]
    now = timezone.now()
    notifications = Notification.objects.bulk_create(
        Notification(user=member, community=community, kind=NotificationKind.SESSION_CHANGE,
                     text=f"Session {i} moved", url=CASE_URL, created_at=now)
        for i in range(3))
    download = PersonalDataExport.objects.create(user=member, token_hash="x" * 64, total=1)
    survey = make_survey(make_study(community), title="Wellbeing wave")
    add_question(survey, "q1")
    export = export_record(actor=None, survey=survey, format="csv",
                           options=ExportOptions(), source="background",
                           status=ExportStatus.PENDING)
    account = [mail.EmailMessage(subject=f"Account notice {i}", body="Hello",
                                 to=[f"account{i}@example.test"]) for i in range(2)]
    with transaction.atomic():
        rows = [OutboxMessage(kind="members.invitation", object_id=i.pk) for i in invitations]
        rows += [OutboxMessage(kind="members.notification_email", object_id=n.pk)
                 for n in notifications]
        rows += [OutboxMessage(kind="members.personal_data_export", object_id=download.pk),
                 OutboxMessage(kind="evaluation.survey_export", object_id=export.pk)]
        OutboxMessage.objects.bulk_create(rows)
        OutboxMessage.objects.bulk_create(
            OutboxMessage(kind=messages.EMAIL, payload=messages.encrypt_email(message))
            for message in account)
    emails = Counter({f"new{i}@example.test": 1 for i in range(3)})
    emails[member.email] = 3
    emails.update({f"account{i}@example.test": 1 for i in range(2)})
    return {"emails": emails, "download": download, "export": export}


@pytest.mark.django_db(transaction=True)
def test_every_kind_once_under_overlapping_sweeps_and_a_killed_worker(workers, settings):
    settings.REMINDER_BATCH_SIZE = 3
    community = make_community()
    facilitator, member = make_user(), make_user()
    join(facilitator, community, Role.FACILITATOR)
    join(member, community, Role.MEMBER)
    expected = _one_of_every_kind(community, facilitator, member)
    total = OutboxMessage.objects.count()
    assert total == 10
    workers.sink.hold = 1
    # One process: when it is killed, the held email is the only thing in flight (a second
    # process killed just after its mail server said yes would send that email again).
    first = workers.start(concurrency=1)

    results = at_once(6, lambda: engine.sweep(messages.CHANNEL))
    assert sum(result.claimed for result in results) == total  # each claimed by one sweep

    assert workers.sink.holding.wait(timeout=30), "no email reached DATA"
    workers.kill(first)  # mid-send: that email was never accepted
    wait_until(lambda: workers.sink.abandoned == 1, timeout=10, message="the server to notice")

    settings.REMINDER_CLAIM_LEASE_SECONDS = 2
    workers.start()

    def settled():
        engine.sweep(messages.CHANNEL)
        return not OutboxMessage.objects.filter(status__in=[S.PENDING, S.CLAIMED]).exists()

    wait_until(settled, timeout=120, interval=0.5, message="every message delivered")
    time.sleep(1.5)  # anything doubled would arrive now
    engine.sweep(messages.CHANNEL)
    time.sleep(1)

    assert Counter(OutboxMessage.objects.values_list("status", flat=True)) == {S.SENT: total}
    with workers.sink.lock:
        arrived = Counter(m["To"] for m in workers.sink.messages)
    assert arrived == expected["emails"]
    expected["download"].refresh_from_db()
    expected["export"].refresh_from_db()
    assert expected["download"].status == "done"
    assert expected["export"].status == ExportStatus.DONE


def test_a_data_download_asked_for_counts_once_and_is_built(client, member,
                                                            django_capture_on_commit_callbacks):
    client.force_login(member)
    reauthenticate(client)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("members:personal_data"))
    row = OutboxMessage.objects.get(kind="members.personal_data_export")
    assert row.status == S.SENT
    assert PersonalDataExport.objects.get(user=member).status == "done"


def test_the_deliveries_page_runs_the_same_queries_for_ten_times_the_failures(client,
                                                                              site_admin):
    client.force_login(site_admin)
    counts = []
    for size in (3, 30):
        OutboxMessage.objects.bulk_create(
            OutboxMessage(kind="members.invitation", object_id=size * 100 + i,
                          status=S.FAILED, attempts=8, last_error="SMTPDataError: 554")
            for i in range(size))
        page, count = counted_get(client, reverse("members:deliveries"))
        assert page.status_code == 200
        assert page.text.count("SMTPDataError: 554") == min(OutboxMessage.objects.count(), 50)
        counts.append(count)
    assert counts[0] == counts[1]
