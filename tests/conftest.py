import uuid

import pytest
from aiosmtpd.controller import Controller
from django.core.cache import cache
from django.db import connections

from cop.celery import app
from cop.settings.base import mailers_from_url
from members.models import MembershipStatus, Role

from .durations import file_order
from .factories import make_agency, make_community, make_member, make_user
from .servers import OwnPostgres, OwnRedis, free_port
from .workers import SMTPSink, Workers


def pytest_collection_modifyitems(items):
    file_order(items)  # the Makefile keeps this order for xdist (--no-loadscope-reorder)


@pytest.fixture(autouse=True)
def _tasks_may_be_waited_for():
    """Celery keeps "this process is a worker: never wait for a task's result" as a global;
    an in-process Celery component of an earlier test in the same xdist worker can leave it
    set, and then `task.delay().get()` in an eager test fails (which files share a worker
    changes from run to run)."""
    from celery._state import _set_task_join_will_block

    _set_task_join_will_block(False)


@pytest.fixture(autouse=True)
def _fresh_test_cache():
    """Rate-limit counters live in Redis: start each test without them.
    Only this suite's keys are removed, never a running `make run`'s."""
    client = cache._cache.get_client(write=True)
    prefix = cache.make_key("")[: -len(":")].rsplit(":", 1)[0]
    for key in client.scan_iter(match=f"{prefix}:*"):
        client.delete(key)
    yield


@pytest.fixture
def own_redis():
    """A Redis of this test's own, to stop and start (tests/servers.py); gone afterwards."""
    with OwnRedis() as server:
        yield server


@pytest.fixture
def own_postgres():
    """A PostgreSQL cluster of this test's own, to stop and start (tests/servers.py)."""
    with OwnPostgres() as server:
        yield server


@pytest.fixture
def community(db):
    return make_community(name="Leeds Test Community", slug="leeds-test")


@pytest.fixture
def other_community(db):
    return make_community(name="Bristol Test Community", slug="bristol-test")


@pytest.fixture
def facilitator(community):
    return make_member(community, "fac@example.test", role=Role.FACILITATOR,
                       display_name="Fay Facilitator", agency=make_agency())


@pytest.fixture
def member(community):
    return make_member(community, "mem@example.test", display_name="Max Member",
                       agency=make_agency())


@pytest.fixture
def outsider(other_community):
    """A facilitator of another community."""
    return make_member(other_community, "out@example.test", role=Role.FACILITATOR,
                       display_name="Olly Outsider")


@pytest.fixture
def former_member(community):
    return make_member(community, "former@example.test", status=MembershipStatus.LEFT,
                       display_name="Fred Former")


@pytest.fixture
def evaluator(db):
    return make_user("eval@example.test", display_name="Eva Evaluator", is_evaluator=True)


@pytest.fixture
def site_admin(db):
    return make_user("admin@example.test", display_name="Ada Admin", is_staff=True,
                     is_superuser=True)


# --- Files a test writes go to its own temporary folder, never the project's .data ----------


@pytest.fixture
def media_root(settings, tmp_path):
    """Stored files (the library's)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def personal_export_root(tmp_path, settings):
    """"Download my data" archives."""
    settings.PERSONAL_EXPORT_ROOT = tmp_path / "personal-exports"
    return settings.PERSONAL_EXPORT_ROOT


@pytest.fixture
def evaluation_export_root(tmp_path, settings):
    """Survey exports built in the background."""
    settings.EVALUATION_EXPORT_ROOT = tmp_path / "exports"
    return settings.EVALUATION_EXPORT_ROOT


# --- Real servers (tests/workers.py) ---------------------------------------------------------


@pytest.fixture
def smtp_sink():
    sink = SMTPSink()
    controller = Controller(sink, hostname="127.0.0.1", port=free_port())
    controller.start()
    sink.port = controller.port
    try:
        yield sink
    finally:
        controller.stop()


@pytest.fixture
def send_to_sink(settings, smtp_sink):
    settings.MAILERS = mailers_from_url(f"smtp://127.0.0.1:{smtp_sink.port}")
    return smtp_sink


@pytest.fixture
def workers(transactional_db, smtp_sink, tmp_path, settings):
    """Start real workers with `workers.start()`; all are stopped afterwards.

    Tasks sent from this process go to a queue of this test's own, which only its workers
    consume: test runs sharing the Redis (two people's, say) cannot take each other's tasks.
    (Sweeps therefore run in this process, which is where their send tasks are queued.)"""
    settings.MAILERS = mailers_from_url(f"smtp://127.0.0.1:{smtp_sink.port}")
    eager, queue = app.conf.task_always_eager, app.conf.task_default_queue
    pool = Workers(smtp_sink, tmp_path, f"{queue}-{uuid.uuid4().hex[:12]}")
    app.conf.task_always_eager = False
    app.conf.task_default_queue = pool.queue
    try:
        yield pool
    finally:
        pool.stop_all()
        app.conf.task_always_eager, app.conf.task_default_queue = eager, queue
        with app.connection_for_write() as conn:  # what a killed worker left unacknowledged
            conn.default_channel.queue_delete(pool.queue)
        connections.close_all()
