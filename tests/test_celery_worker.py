"""The invitation email travels through the real Redis broker to a real Celery worker."""

import time

import pytest
from celery._state import _set_task_join_will_block
from celery.contrib.testing.worker import start_worker
from django.core import mail

from cop.celery import app
from members import services
from members.models import Invitation, Role

from .factories import join, make_community, make_user


@pytest.fixture
def live_worker(transactional_db, settings):
    app.conf.task_always_eager = False
    try:
        with start_worker(app, pool="solo", perform_ping_check=False,
                          queues=[settings.CELERY_TASK_DEFAULT_QUEUE], shutdown_timeout=10):
            yield
    finally:
        app.conf.task_always_eager = True
        # The worker's pool marks the whole process as one where joining a task would
        # block, and can do so after start_worker has cleared it: cleared again here, or
        # later tests in this process that call .get() on an eager result fail.
        _set_task_join_will_block(False)


def test_invitation_is_sent_by_a_worker_after_commit(live_worker):
    community = make_community()
    facilitator = make_user()
    join(facilitator, community, Role.FACILITATOR)

    services.invitations_create(actor=facilitator, community=community,
                                emails=["worker@example.test"], role=Role.MEMBER)

    def sent():  # the email leaves inside the invitation's transaction: wait for its commit
        return bool(mail.outbox) and Invitation.objects.get().sent_at is not None

    deadline = time.monotonic() + 30
    while not sent() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [m.to for m in mail.outbox] == [["worker@example.test"]]
    assert "/invitations/" in mail.outbox[0].body
    assert Invitation.objects.get().sent_at is not None
