"""Real servers for tests that need them: an SMTP sink, Celery workers as subprocesses on
the test database, and waiting for a condition. Shared by every test module (through the
fixtures in conftest.py); test modules never import each other."""

import asyncio
import email
import email.policy
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from urllib.parse import quote

from django.conf import settings as django_settings
from django.db import connection, connections

from cop.celery import app


def at_once(n: int, run) -> list:
    """Run `run()` in `n` threads released together (overlapping sweeps); their results.
    Each thread closes its own database connections."""
    start, results, errors = threading.Barrier(n), [], []

    def one():
        try:
            start.wait(timeout=10)
            results.append(run())
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=one) for _ in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    return results


def wait_until(predicate, *, timeout, interval=0.2, message="condition"):
    """What `predicate()` returns once it is true, asking every `interval` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {message}")
        time.sleep(interval)


class SMTPSink:
    """An SMTP server that keeps what it accepts. It can refuse the next `fail_next`
    messages (451 unless told otherwise) or hold the next `hold` messages inside DATA
    before answering; a held message whose client goes away was never accepted."""

    def __init__(self):
        self.lock = threading.Lock()
        self.messages = []
        self.fail_next = 0
        self.refuse_with = "451 4.3.0 Try again later"
        self.refused = 0
        self.hold = 0
        self.hold_seconds = 60
        self.holding = threading.Event()
        self.abandoned = 0
        self.port = None

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            if self.fail_next > 0:
                self.fail_next -= 1
                self.refused += 1
                return self.refuse_with
            held = self.hold > 0
            self.hold -= held
        if held:
            self.holding.set()
            try:
                await asyncio.sleep(self.hold_seconds)
            except asyncio.CancelledError:  # the client went away before the answer
                with self.lock:
                    self.abandoned += 1
                raise
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.lock:
            self.messages.append(message)
        return "250 2.0.0 OK"

    def count(self) -> int:
        with self.lock:
            return len(self.messages)

    def by_reminder(self) -> Counter:
        """How many emails arrived for each reminder row (from their Message-ID)."""
        with self.lock:
            ids = [m["Message-ID"].split(".", 1)[0].removeprefix("<reminder-")
                   for m in self.messages]
        return Counter(int(pk) for pk in ids)


def database_url() -> str:
    db = connection.settings_dict
    user = quote(db["USER"] or "")
    if (db["HOST"] or "").startswith("/"):
        return f"postgres://{user}@/{db['NAME']}?host={quote(db['HOST'])}"
    auth = f"{user}:{quote(db['PASSWORD'])}" if db["PASSWORD"] else user
    return f"postgres://{auth}@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{db['NAME']}"


class Workers:
    """Real Celery workers as subprocesses, on the test database and the real Redis."""

    def __init__(self, sink, log_dir, queue):
        self.sink = sink
        self.log_dir = log_dir
        self.queue = queue
        self.procs = []

    def start(self, *, concurrency: int = 2, **env) -> subprocess.Popen:
        name = f"reminders-{uuid.uuid4().hex[:8]}@test"
        log = open(self.log_dir / f"{name}.log", "w")  # noqa: SIM115 - closed on stop
        environment = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "cop.settings.test",
            "COP_TEST_EAGER": "0",
            "EMAIL_URL": f"smtp://127.0.0.1:{self.sink.port}",
            "DATABASE_URL": database_url(),
            "REDIS_URL": django_settings.REDIS_URL,
            "REMINDER_BACKOFF_SECONDS": "1",
            **{key: str(value) for key, value in env.items()},
        }
        proc = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "cop", "worker", "-Q", self.queue,
             "--pool", "prefork",
             "--concurrency", str(concurrency), "--loglevel", "INFO", "-n", name,
             "--without-mingle", "--without-gossip"],
            env=environment, stdout=log, stderr=subprocess.STDOUT,
            cwd=django_settings.BASE_DIR, start_new_session=True,
        )
        proc.log, proc.node = log, name
        self.procs.append(proc)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise AssertionError(f"worker exited: {self.log_text(proc)}")
            if app.control.ping(destination=[name], timeout=0.5):
                return proc
        raise AssertionError(f"worker did not start: {self.log_text(proc)}")

    def log_text(self, proc) -> str:
        proc.log.flush()
        return (self.log_dir / f"{proc.node}.log").read_text()[-5000:]

    def kill(self, proc) -> None:
        """kill -9 the whole worker: the main process and its pool at once."""
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(timeout=10)

    def stop_all(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGTERM)
                    proc.wait(timeout=15)
                except (ProcessLookupError, subprocess.TimeoutExpired):
                    self.kill(proc)
            try:  # children left behind by a killed main process
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.log.close()
