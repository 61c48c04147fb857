"""`manage.py bench_reminders`: how long a sweep with 10,000 due reminders takes to send.

Works in a throwaway database (created, migrated and dropped again), so it never touches
real reminders. Seeds communities whose sessions start in 30 minutes, with the 1-hour reminder
due for every member (10 communities x 10 sessions x 100 members), then runs one sweep and
times it until every reminder is sent:

- by default as in production: the sweep runs here and queues its batches on Redis, and a
  real Celery worker (prefork, --concurrency as given, a queue of its own) sends them to a
  local SMTP server started here (aiosmtpd: accepts and counts);
- with --inline, the sweep's steps one after another in this process (no worker), to see
  where the time goes; --locmem then sends to memory instead of the SMTP server.

A measurement, not a test: it prints the times and the rate."""

import logging
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from datetime import timedelta
from urllib.parse import quote

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, connections
from django.utils import timezone

from cop.celery import app
from cop.settings.base import mailers_from_url
from members.models import Community, Membership, User
from sessions_app import reminders
from sessions_app.models import AgendaItem, Reminder, ReminderStatus, Session


class _CountingSink:
    def __init__(self):
        self.count = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
        return "250 2.0.0 OK"


def _free_port() -> int:
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        return free.getsockname()[1]


def _database_url(db: dict) -> str:
    user = quote(db["USER"] or "")
    if (db["HOST"] or "").startswith("/"):
        return f"postgres://{user}@/{db['NAME']}?host={quote(db['HOST'])}"
    auth = f"{user}:{quote(db['PASSWORD'])}" if db["PASSWORD"] else user
    return f"postgres://{auth}@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{db['NAME']}"


class Command(BaseCommand):
    help = "Time a reminder sweep with many due reminders (in a throwaway database)."

    def add_arguments(self, parser):
        parser.add_argument("--communities", type=int, default=10)
        parser.add_argument("--sessions", type=int, default=10, help="per community")
        parser.add_argument("--members", type=int, default=100, help="per community")
        parser.add_argument("--concurrency", type=int, default=os.cpu_count() or 2,
                            help="worker processes sending batches side by side")
        parser.add_argument("--inline", action="store_true",
                            help="run the sweep and the sends in this process, one by one")
        parser.add_argument("--locmem", action="store_true",
                            help="with --inline: send to memory instead of an SMTP server")

    def handle(self, *args, **options):
        if options["locmem"] and not options["inline"]:
            raise CommandError("--locmem needs --inline (a worker cannot send to our memory).")
        settings_dict = connection.settings_dict
        settings_dict.setdefault("TEST", {})["NAME"] = f"cop_bench_reminders_{os.getpid()}"
        old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True,
                                                      serialize=False)
        controller = sink = None
        try:
            if options["locmem"]:
                settings.MAILERS = {
                    "default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}
                }
            else:
                from aiosmtpd.controller import Controller

                logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd's chatter
                sink = _CountingSink()
                controller = Controller(sink, hostname="127.0.0.1", port=_free_port())
                controller.start()
                settings.MAILERS = mailers_from_url(f"smtp://127.0.0.1:{controller.port}")
            now = timezone.now()
            started = time.perf_counter()
            expected = self.seed(options, now)
            self.stdout.write(f"Seeded {expected:,} due reminders "
                              f"in {time.perf_counter() - started:.1f} s.")
            if options["inline"]:
                self.run_inline(now)
            else:
                self.run_with_worker(now, options["concurrency"], controller.port)
            self.report_problems(expected, sink)
        finally:
            if controller is not None:
                controller.stop()
            connections.close_all()
            connection.creation.destroy_test_db(old_name, verbosity=0)

    def seed(self, options, now) -> int:
        communities = Community.objects.bulk_create(
            Community(name=f"Bench community {c}", slug=f"bench-{c}", reminder_offsets=[60])
            for c in range(options["communities"])
        )
        password = make_password(None)
        per = options["members"]
        users = User.objects.bulk_create(
            User(email=f"bench{c}-{m}@example.test", display_name=f"Member {c}-{m}",
                 password=password)
            for c in range(len(communities)) for m in range(per)
        )
        Membership.objects.bulk_create(
            Membership(user=user, community=communities[i // per])
            for i, user in enumerate(users)
        )
        starts_at = now + timedelta(minutes=30)
        sessions = Session.objects.bulk_create(
            Session(community=community, title=f"Session {s} of {community.name}",
                    starts_at=starts_at + timedelta(minutes=s),
                    ends_at=starts_at + timedelta(minutes=s, hours=2),
                    venue="Room 2, Civic Centre", online_link="https://meet.example.org/x")
            for community in communities for s in range(options["sessions"])
        )
        first_member = {community.pk: c * per for c, community in enumerate(communities)}
        AgendaItem.objects.bulk_create(
            AgendaItem(session=session, position=p, title=f"Item {p}", minutes=20,
                       presenter=users[first_member[session.community_id] + p % per])
            for session in sessions for p in range(3)
        )
        return len(sessions) * per

    def run_inline(self, now):
        out = self.stdout
        t0 = time.perf_counter()
        materialised = reminders.reminders_materialise(now=now)
        t1 = time.perf_counter()
        claims = []
        while claim := reminders.reminders_claim(now=now, limit=settings.REMINDER_BATCH_SIZE):
            if not claim.ids:
                break
            claims.append(claim)
        t2 = time.perf_counter()
        sent = sum(reminders.reminders_send(reminder_ids=c.ids,
                                            claimed_at=c.claimed_at) for c in claims)
        t3 = time.perf_counter()
        out.write(f"Rows written: {materialised.pending:,} in {t1 - t0:.2f} s")
        out.write(f"Claimed: {sum(len(c.ids) for c in claims):,} in {len(claims)} "
                  f"batches in {t2 - t1:.2f} s")
        out.write(f"Sent one after another in this process: {sent:,} in {t3 - t2:.2f} s")
        out.write(f"Sweep total: {t3 - t0:.2f} s, {sent / (t3 - t0):,.0f} reminders per second")

    def run_with_worker(self, now, concurrency, smtp_port):
        out = self.stdout
        queue = f"bench-reminders-{uuid.uuid4().hex[:12]}"
        node = f"{queue}@bench"
        env = {
            **os.environ,
            "DATABASE_URL": _database_url(connection.settings_dict),
            "REDIS_URL": settings.REDIS_URL,
            "EMAIL_URL": f"smtp://127.0.0.1:{smtp_port}",
            "DEBUG": "0",
        }
        log = tempfile.NamedTemporaryFile("w+", prefix="bench-worker-", suffix=".log")
        worker = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "cop", "worker", "-Q", queue, "-n", node,
             "--pool", "prefork", "--concurrency", str(concurrency), "--loglevel", "WARNING",
             "--without-mingle", "--without-gossip"],
            env=env, stdout=log, stderr=subprocess.STDOUT, cwd=settings.BASE_DIR,
            start_new_session=True,
        )
        eager, default_queue = app.conf.task_always_eager, app.conf.task_default_queue
        try:
            deadline = time.monotonic() + 60
            while not app.control.ping(destination=[node], timeout=0.5):
                if worker.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    raise CommandError(f"The worker did not start:\n{log.read()[-3000:]}")
            app.conf.task_always_eager, app.conf.task_default_queue = False, queue

            t0 = time.perf_counter()
            result = reminders.reminders_sweep(now=now)
            t1 = time.perf_counter()
            waiting = Reminder.objects.filter(
                status__in=[ReminderStatus.PENDING, ReminderStatus.CLAIMED])
            deadline = time.monotonic() + 300
            while waiting.exists():
                if time.monotonic() > deadline:
                    raise CommandError("Not all reminders were sent within 5 minutes.")
                time.sleep(0.1)
            t2 = time.perf_counter()
        finally:
            app.conf.task_always_eager, app.conf.task_default_queue = eager, default_queue
            if worker.poll() is None:
                os.killpg(worker.pid, signal.SIGTERM)
                try:
                    worker.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    os.killpg(worker.pid, signal.SIGKILL)
            with app.connection_for_write() as conn:
                conn.default_channel.queue_delete(queue)
            log.close()
        sent = Reminder.objects.filter(status=ReminderStatus.SENT).count()
        out.write(f"Sweep (rows written, claimed in {len(result.batches)} batches, queued): "
                  f"{t1 - t0:.2f} s")
        out.write(f"Sent by a Celery worker with {concurrency} processes: {sent:,}, all of "
                  f"them {t2 - t0:.2f} s after the sweep began")
        out.write(f"Sweep total: {t2 - t0:.2f} s, {sent / (t2 - t0):,.0f} reminders per second")

    def report_problems(self, expected, sink):
        sent = Reminder.objects.filter(status=ReminderStatus.SENT).count()
        delivered = sink.count if sink is not None else sent
        if sent != expected or delivered != expected:
            statuses = Counter(Reminder.objects.values_list("status", flat=True))
            self.stderr.write(f"Expected {expected:,}: {sent:,} rows sent, "
                              f"{delivered:,} emails received; {dict(statuses)}")
