"""Browser journeys: a real Chromium (Debian's `chromium`, driven by Playwright) against the
product started as `make run` starts it: a web server, a real Celery worker and a real Celery
beat as subprocesses, here on this run's test database, sending email to an SMTP sink in this
process so a journey can read the links people are sent.

Each page a journey visits is checked (helpers.Person.check): axe-core for WCAG 2.2 AA (no
serious or critical violations), no Content-Security-Policy violation or console error, no
field empty that should hold a value, and screenshots at 1280 and 375 px under
test-artifacts/browser/, each looked at: no sideways scrolling, not blank."""

import email
import email.policy
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from django.conf import settings as django_settings

from cop.frontend import npm_tarball
from tests.servers import free_port
from tests.workers import database_url as database_url_of_test_db

# Playwright's sync API keeps an event loop in this thread; Django's ORM (used by the tests
# to set up data and check results) refuses to run beside one unless told it is safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

BASE_DIR = Path(django_settings.BASE_DIR)
ARTIFACTS = BASE_DIR / "test-artifacts" / "browser"
AXE_VERSION = "4.14.1"
# dist.integrity of axe-core 4.14.1 in the npm registry (`npm view axe-core@4.14.1 dist`).
AXE_INTEGRITY = ("sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuF"
                 "ooJpZe37OgudVGtQ==")
AXE_CACHE = BASE_DIR / ".data" / "axe-core" / f"axe-{AXE_VERSION}.min.js"
CHROMIUM_CANDIDATES = ("chromium", "chromium-browser", "/usr/bin/chromium")


def find_chromium() -> str | None:
    explicit = os.environ.get("COP_CHROMIUM")
    if explicit:
        return explicit if os.access(explicit, os.X_OK) else None
    for name in CHROMIUM_CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


MISSING_CHROMIUM = ("Chromium not found (install Debian's `chromium` package, or set "
                    "COP_CHROMIUM): the browser journeys cannot run")


# --- axe-core, from the npm registry ------------------------------------------------------


def _axe_source() -> str:
    """axe.min.js from the registry's tarball, its integrity checked (cached under .data/)."""
    if not AXE_CACHE.exists():
        import io
        import tarfile

        tarball = npm_tarball("axe-core", AXE_VERSION, AXE_INTEGRITY)
        with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as tar:
            source = tar.extractfile("package/axe.min.js").read()
        AXE_CACHE.parent.mkdir(parents=True, exist_ok=True)
        partial = AXE_CACHE.with_suffix(".part")
        partial.write_bytes(source)
        partial.replace(AXE_CACHE)
    return AXE_CACHE.read_text()


@pytest.fixture(scope="session")
def axe_source() -> str:
    return _axe_source()


# --- An SMTP sink -------------------------------------------------------------------------



class Mailbox:
    """An SMTP server that keeps every message it accepts."""

    def __init__(self):
        self.lock = threading.Lock()
        self.messages = []
        self.port = None

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.lock:
            self.messages.append(message)
        return "250 2.0.0 OK"

    def to(self, address: str) -> list:
        with self.lock:
            return [m for m in self.messages if address in (m["To"] or "")]

    def wait_for(self, address: str, contains: str, *, timeout: float = 30):
        """The first message to `address` whose subject or text contains `contains`."""
        deadline = time.monotonic() + timeout
        while True:
            for message in self.to(address):
                if contains in (message["Subject"] or "") or contains in body_text(message):
                    return message
            if time.monotonic() > deadline:
                seen = [(m["To"], m["Subject"]) for m in self.messages]
                raise AssertionError(f"no email to {address} with {contains!r}; seen {seen}")
            time.sleep(0.25)


def body_text(message) -> str:
    part = message.get_body(preferencelist=("plain",))
    return part.get_content() if part is not None else ""


@pytest.fixture(scope="session")
def mailbox():
    box = Mailbox()
    box.port = free_port()
    controller = Controller(box, hostname="127.0.0.1", port=box.port)
    controller.start()
    try:
        yield box
    finally:
        controller.stop()


# --- The product, as `make run` starts it ---------------------------------------------------


class Stack:
    def __init__(self, url, procs, log_dir):
        self.url = url
        self.procs = procs
        self.log_dir = log_dir

    def logs(self) -> str:
        return "\n".join(f"--- {name}\n{(self.log_dir / f'{name}.log').read_text()[-3000:]}"
                         for name in self.procs)

    def check_running(self):
        for name, proc in self.procs.items():
            if proc.poll() is not None:
                raise AssertionError(f"{name} stopped ({proc.returncode}):\n{self.logs()}")


@pytest.fixture(scope="package")
def stack(django_db_setup, django_db_blocker, mailbox, tmp_path_factory):
    """A web server, a Celery worker and Celery beat (cop/stack.py's three processes) on the
    test database, the real Redis and a queue of this run's own; emails go to `mailbox`.
    Stopped once the browser tests are done: its beat sweeps the test database every minute,
    and would take the rows of tests that run later (the outbox tests claim their own)."""
    with django_db_blocker.unblock():
        database_url = database_url_of_test_db()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log_dir = tmp_path_factory.mktemp("stack")
    queue = f"cop-browser-{uuid.uuid4().hex[:12]}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cop.settings.test",
        "COP_TEST_EAGER": "0",  # tasks go through Redis to the worker
        "COP_TEST_QUEUE": queue,
        "DATABASE_URL": database_url,
        "REDIS_URL": django_settings.REDIS_URL,
        "EMAIL_URL": f"smtp://127.0.0.1:{mailbox.port}",
        "SITE_URL": url,
        "PYTHONUNBUFFERED": "1",
    }
    python = sys.executable
    commands = {
        "worker": [python, "-m", "celery", "-A", "cop", "worker", "-Q", queue, "--pool", "solo",
                   "--loglevel", "INFO", "-n", f"{queue}@test", "--without-mingle",
                   "--without-gossip"],
        "beat": [python, "-m", "celery", "-A", "cop", "beat", "--loglevel", "INFO",
                 "--schedule", str(log_dir / "celerybeat-schedule")],
        # --insecure: static files served by runserver although DEBUG is off in test settings
        "web": [python, "manage.py", "runserver", "--noreload", "--insecure",
                f"127.0.0.1:{port}"],
    }
    procs = {}
    for name, command in commands.items():
        log = open(log_dir / f"{name}.log", "w")  # noqa: SIM115 - closed with the process
        procs[name] = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT,
                                       cwd=BASE_DIR, start_new_session=True)
        procs[name].log = log
    running = Stack(url, procs, log_dir)
    try:
        deadline = time.monotonic() + 60
        while True:
            running.check_running()
            try:
                urllib.request.urlopen(f"{url}/accounts/login/", timeout=2).close()
                break
            except OSError as exc:
                if time.monotonic() > deadline:
                    raise AssertionError(
                        f"the web server did not start:\n{running.logs()}") from exc
                time.sleep(0.3)
        while "ready." not in (log_dir / "worker.log").read_text():
            running.check_running()
            if time.monotonic() > deadline:
                raise AssertionError(f"the worker did not start:\n{running.logs()}")
            time.sleep(0.3)
        yield running
    finally:
        for proc in procs.values():
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in procs.values():
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
            proc.log.close()
        from cop.celery import app

        with app.connection_for_write() as conn:
            conn.default_channel.queue_delete(queue)


# --- Chromium -----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def chromium():
    from playwright.sync_api import sync_playwright

    executable = find_chromium()
    if not executable:  # `make test` has said so in one line already
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(MISSING_CHROMIUM, pytrace=False)
        pytest.skip(MISSING_CHROMIUM)
    with sync_playwright() as playwright:
        # Date and time inputs shown as in a UK browser (01/02/2027, 22:30), where Debian's
        # chromium-l10n is installed; Chromium takes its language from LANGUAGE on Linux.
        browser = playwright.chromium.launch(executable_path=executable, headless=True,
                                             args=["--no-sandbox"],
                                             env={**os.environ, "LANGUAGE": "en_GB"})
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def browser(chromium, stack, axe_source, transactional_db, request):
    """A fresh browser context (the site's CSP enforced) for one journey; see helpers.Browser."""
    from .helpers import Browser

    folder = ARTIFACTS / request.node.name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    opened = Browser(chromium, stack, axe_source, folder)
    try:
        yield opened
    finally:
        opened.close()


# --- The people and the community most journeys start from -------------------------------


@pytest.fixture
def leeds(transactional_db):
    from tests.factories import make_community

    return make_community(name="Leeds Multiple Disadvantage", slug="leeds",
                          region="Yorkshire and the Humber")


@pytest.fixture
def fay(leeds):
    """Leeds's facilitator."""
    from members.models import Role
    from tests.factories import make_agency, make_member

    return make_member(leeds, "fay@example.test", role=Role.FACILITATOR,
                       display_name="Fay Facilitator",
                       agency=make_agency(name="Leeds City Council Housing Options",
                                          sector="statutory", discipline="housing"))


@pytest.fixture
def max_(leeds):
    """A member of Leeds."""
    from tests.factories import make_agency, make_member

    return make_member(leeds, "max@example.test", display_name="Max Member",
                       job_title="Recovery worker",
                       agency=make_agency(name="Forward Leeds", sector="voluntary",
                                          discipline="drugs_alcohol"))
