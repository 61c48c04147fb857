"""PostgreSQL restarted under traffic: requests during the outage get a plain "try again in a
minute" page (503, Retry-After), and the running web server and Celery worker carry on by
themselves once it is back, without a restart (cop/faults.py; CONN_HEALTH_CHECKS in
cop/settings/base.py; Celery's Django fixup).

A real gunicorn and a real Celery worker run as in production, on a PostgreSQL of this
module's own (tests/servers.py) that the tests stop and start, and on the suite's Redis."""

import json
import os
import sys
import time
import urllib.error
import urllib.request
import uuid

import psutil
import pytest
from django.conf import settings

from cop.celery import app
from members import tasks

from .helpers import ROOT, manage
from .servers import Background, OwnPostgres, free_port

RECOVERY_TIMEOUT = 30  # seconds the web server or the worker may take to use it again
TASK_TIMEOUT = 60

SEED = """
import json
from datetime import timedelta
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from members.models import Invitation
from sessions_app import calendars
from tests.factories import join, make_community, make_user

community = make_community(name="Restart Community", slug="restart")
user = make_user("restart@example.test")
join(user, community)
long_ago = timezone.now() - timedelta(days=200)
Invitation.objects.create(email="old@example.test", community=community, created_at=long_ago,
                          expires_at=long_ago + timedelta(days=14))
client = Client()
client.force_login(user)
print(json.dumps({
    "feed": reverse("sessions_app:calendar_feed",
                    args=[calendars.calendar_feed_for(user).token]),
    "home": reverse("members:community_home", args=[community.slug]),
    "session": client.cookies[settings.SESSION_COOKIE_NAME].value,
}))
"""


def service_env(database_url: str, **extra) -> dict:
    return {**os.environ, "DJANGO_SETTINGS_MODULE": "cop.settings.test",
            "DATABASE_URL": database_url, "REDIS_URL": settings.REDIS_URL,
            "PYTHONUNBUFFERED": "1", **extra}


@pytest.fixture(scope="module")
def database():
    """A migrated database on a PostgreSQL of this module's own, with a member (a session
    cookie for them, their calendar feed) and an invitation long expired."""
    with OwnPostgres() as server:
        server.env = service_env(server.create_database("cop"))
        for args in (("migrate", "--no-input", "-v", "0"), ("shell", "--no-imports", "-c", SEED)):
            done = manage(*args, env=server.env, timeout=300)
            assert done.returncode == 0, done.stdout + done.stderr
        server.seeded = json.loads(done.stdout.strip().splitlines()[-1])
        yield server


@pytest.fixture
def web(database, tmp_path):
    """gunicorn as production runs it (cop/gunicorn.conf.py), one worker, on `database`."""
    database.start()  # if an earlier test left it stopped
    port = free_port()
    command = [sys.executable, "-m", "gunicorn", "-c", "cop/gunicorn.conf.py", "--bind",
               f"127.0.0.1:{port}", "--workers", "1", "--no-control-socket",
               "cop.wsgi:application"]
    with Background(command, env=database.env, cwd=ROOT, log=tmp_path / "web.log") as server:
        server.url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while get(server.url + "/accounts/login/")[0] != 200:
            server.check_running()
            assert time.monotonic() < deadline, server.output()
            time.sleep(0.3)
        yield server


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a redirect is an answer to look at (a sign-in page would hide a 503)


_opener = urllib.request.build_opener(NoRedirect)


def get(url: str, session: str | None = None) -> tuple[int, dict, str]:
    headers = {"Cookie": f"{settings.SESSION_COOKIE_NAME}={session}"} if session else {}
    try:
        with _opener.open(urllib.request.Request(url, headers=headers), timeout=15) as answer:
            return answer.status, answer.headers, answer.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()
    except OSError as error:  # not listening yet
        return 0, {}, str(error)


def worker_pids(server: Background) -> list[int]:
    return sorted(child.pid for child in psutil.Process(server.pid).children())


def test_the_web_server_answers_503_during_a_restart_and_recovers_by_itself(database, web):
    feed = web.url + database.seeded["feed"]
    home = web.url + database.seeded["home"]
    session = database.seeded["session"]

    def loads_normally():
        status, _, body = get(feed)
        assert status == 200 and "BEGIN:VCALENDAR" in body
        status, _, body = get(home, session)
        assert status == 200 and "Restart Community" in body

    loads_normally()
    workers = worker_pids(web)

    # A restart between two requests is not noticed: a kept connection is checked first.
    database.stop()
    database.start()
    loads_normally()

    database.stop()
    # The feed fails in its view, the signed-in page already in a middleware (the session).
    for url, cookie in ((feed, None), (home, session), (feed, None)):
        status, headers, body = get(url, cookie)
        assert status == 503, body
        assert headers["Retry-After"] == "60"
        assert "The site is unavailable for a minute" in body
        assert "<script" not in body and "Content-Security-Policy" in headers
        assert headers["Cache-Control"] == "no-store, private"

    database.start()
    deadline = time.monotonic() + RECOVERY_TIMEOUT
    while get(feed)[0] != 200:
        assert time.monotonic() < deadline, web.output()[-4000:]
        time.sleep(0.3)
    loads_normally()
    assert worker_pids(web) == workers, "the same worker process, not a restarted one"
    log = web.output()
    assert log.count("Database unreachable (OperationalError") == 1, log  # once a minute
    assert "Traceback" not in log, log


@pytest.fixture
def worker(database, tmp_path):
    """A Celery worker as production runs one (prefork pool), on `database` and a queue of
    its own; tasks sent from here go through the suite's Redis to it."""
    database.start()  # if an earlier test left it stopped
    queue = f"cop-faults-{uuid.uuid4().hex[:12]}"
    command = [sys.executable, "-m", "celery", "-A", "cop", "worker", "-Q", queue,
               "--concurrency", "1", "--loglevel", "INFO", "-n", f"{queue}@test",
               "--without-mingle", "--without-gossip"]
    env = {**database.env, "COP_TEST_EAGER": "0", "COP_TEST_QUEUE": queue}
    try:
        with Background(command, env=env, cwd=ROOT, log=tmp_path / "worker.log") as process:
            process.wait_for_output("ready.", timeout=60)
            process.queue = queue
            yield process
    finally:
        with app.connection_for_write() as conn:
            conn.default_channel.queue_delete(queue)


def run_task(worker: Background) -> str:
    """Send members.tasks.purge_expired_invitations to the worker; its log line's ending."""
    app.conf.task_always_eager = False
    try:
        sent = tasks.purge_expired_invitations.apply_async(queue=worker.queue)
    finally:
        app.conf.task_always_eager = True
    deadline = time.monotonic() + TASK_TIMEOUT
    while True:
        for line in worker.output().splitlines():
            if f"[{sent.id}] succeeded" in line or f"[{sent.id}] raised" in line:
                return line.split(f"[{sent.id}] ", 1)[1]
        worker.check_running()
        assert time.monotonic() < deadline, worker.output()[-4000:]
        time.sleep(0.2)


def test_a_celery_worker_runs_tasks_again_after_a_restart_by_itself(database, worker):
    assert run_task(worker).endswith(": 1")  # the expired invitation deleted
    pid = worker.pid

    # A restart between two tasks is not noticed: a kept connection is checked first.
    database.stop()
    database.start()
    assert run_task(worker).endswith(": 0")

    database.stop()
    assert "OperationalError" in run_task(worker)  # a task during the outage fails
    database.start()
    assert run_task(worker).endswith(": 0")
    worker.check_running()
    assert worker.pid == pid
