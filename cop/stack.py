"""`make run`: start the whole product for development and stop all of it on Ctrl-C.

This process owns the embedded PostgreSQL and Redis (unless DATABASE_URL /
REDIS_URL point elsewhere) and hands their URLs to its children: migrate,
seed_demo, a Celery worker, Celery beat and the web server."""

import os
import re
import signal
import subprocess
import sys
import time
import urllib.request

from cop import embedded
from cop.embedded import EmbeddedServiceError

ADDRESS = os.environ.get("RUN_ADDRESS", "127.0.0.1:8000")

# What runserver takes: "8080", "0:8080", "0.0.0.0:8080", "[::1]:8080", "localhost:8080".
_ADDRESS_RE = re.compile(r"^(?:(?P<host>\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):)?(?P<port>\d+)$")
# Listening on every interface: this machine reaches it on its loopback address.
_WILDCARDS = {"0", "0.0.0.0", "[::]"}


def _say(text: str) -> None:
    print(f"[make run] {text}", flush=True)


def site_url(address: str) -> str:
    """The URL of runserver's `address`, as a browser on this machine opens it."""
    found = _ADDRESS_RE.match(address)
    if not found:
        raise ValueError(f"RUN_ADDRESS {address!r} is not [host:]port")
    host = found["host"] or "127.0.0.1"
    host = "127.0.0.1" if host in _WILDCARDS else host
    return f"http://{host}:{found['port']}"


def with_site_url(env: dict[str, str], address: str) -> dict[str, str]:
    """`env` with SITE_URL, the address in emailed links, invitations and .ics files: as set,
    or else where the web server listens. Every child gets it: the worker and beat build the
    emails, the web server the .ics files."""
    if env.get("SITE_URL"):
        return env
    return {**env, "SITE_URL": site_url(address)}


def commands(python: str, address: str) -> dict[str, list[str]]:
    """The three long-running processes, by name."""
    return {
        "worker": [python, "-m", "celery", "-A", "cop", "worker", "--loglevel", "INFO",
                   "--concurrency", "2", "--hostname", "worker@%h"],
        "beat": [python, "-m", "celery", "-A", "cop", "beat", "--loglevel", "INFO",
                 "--schedule", str(embedded.DATA_DIR / "celerybeat-schedule")],
        "web": [python, "manage.py", "runserver", address],
    }


def _service_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("DJANGO_SETTINGS_MODULE", "cop.settings.local")
    if not env.get("DATABASE_URL"):
        env["DATABASE_URL"] = embedded.postgres_url("cop")
        _say(f"PostgreSQL (embedded) data in {embedded.DATA_DIR / 'postgres'}")
    if not env.get("REDIS_URL"):
        env["REDIS_URL"] = embedded.redis_url()
        _say(f"Redis (embedded) data in {embedded.DATA_DIR / 'redis.rdb'}")
    return env


DEMO_LOGINS = [
    ("admin@example.org", "site admin (/admin/)"),
    ("facilitator@example.org", "facilitator, Leeds"),
    ("member@example.org", "member, Leeds"),
    ("evaluator@example.org", "evaluator"),
]


def _wait_until_serving(processes: list[subprocess.Popen[bytes]], url: str,
                        timeout: float = 60) -> None:
    """So the address and logins are printed last, after the servers' start-up output."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and all(p.poll() is None for p in processes):
        try:
            urllib.request.urlopen(f"{url}/accounts/login/", timeout=2).close()
            time.sleep(1)  # let the worker and beat finish their banners
            return
        except OSError:
            time.sleep(0.5)


def _stop(processes: list[subprocess.Popen[bytes]]) -> None:
    for proc in processes:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + 15
    for proc in processes:
        try:
            proc.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def main() -> int:
    python = sys.executable
    try:
        url = site_url(ADDRESS)
        env = with_site_url(_service_env(), ADDRESS)
    except (EmbeddedServiceError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    manage = [python, "manage.py"]
    for step in (["migrate", "--no-input"], ["seed_demo"]):
        _say(" ".join(["manage.py", *step]))
        if subprocess.run(manage + step, env=env).returncode != 0:
            return 1

    embedded.DATA_DIR.mkdir(exist_ok=True)
    started = commands(python, ADDRESS)
    processes = [subprocess.Popen(cmd, env=env) for cmd in started.values()]
    _wait_until_serving(processes, url)
    _say("")
    _say(f"the product is at {url}/  (Ctrl-C stops everything)")
    _say(f"links in emails, invitations and .ics files use {env['SITE_URL']}/"
         + ("" if os.environ.get("SITE_URL") else "  (set SITE_URL to change it)"))
    _say("demo logins, all with the password practice-together:")
    for email, who in DEMO_LOGINS:
        _say(f"  {email:<26} {who}")
    _say("the admin, facilitator and evaluator also give a two-factor code; for the current one:")
    _say("  .venv/bin/python manage.py demo_totp EMAIL   (or put README.md's demo key in an app)")

    # Ctrl-C reaches the children too (same process group); SIGTERM is treated alike.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        while all(proc.poll() is None for proc in processes):
            time.sleep(0.5)
        for name, proc in zip(started, processes, strict=True):
            if proc.poll() is not None:
                _say(f"{name} stopped (exit code {proc.returncode}); stopping the rest")
    except KeyboardInterrupt:
        _say("stopping…")
    finally:
        _stop(processes)
    _say("stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
