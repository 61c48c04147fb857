"""Check that the configured PostgreSQL and Redis answer, with a one-line error if not."""

from typing import Any
from urllib.parse import urlsplit


class ServiceUnreachable(RuntimeError):
    """A configured server did not answer."""


def _first_line(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]


def _redis_where(url: str) -> str:
    """Host and port (or socket path) of a Redis URL, without credentials."""
    parts = urlsplit(url)
    if parts.scheme.startswith("unix") or parts.scheme.endswith("socket"):
        return parts.path
    return f"{parts.hostname or 'localhost'}:{parts.port or 6379}"


def check_database(database: dict[str, Any]) -> None:
    import psycopg2

    host = database.get("HOST") or "localhost"
    where = host if host.startswith("/") else f"{host}:{database.get('PORT') or 5432}"
    params = {
        "dbname": database["NAME"],
        "user": database.get("USER"),
        "password": database.get("PASSWORD"),
        "host": database.get("HOST"),
        "port": database.get("PORT"),
        "connect_timeout": 5,
        **database.get("OPTIONS", {}),
    }
    try:
        psycopg2.connect(**{k: v for k, v in params.items() if v not in (None, "")}).close()
    except psycopg2.Error as exc:
        raise ServiceUnreachable(f"cannot reach PostgreSQL at {where}: {_first_line(exc)}") from exc


def check_redis(url: str) -> None:
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=5, socket_timeout=5).ping()
    except redis.RedisError as exc:
        raise ServiceUnreachable(
            f"cannot reach Redis at {_redis_where(url)}: {_first_line(exc)}"
        ) from exc


def check_services() -> None:
    """Raise ServiceUnreachable naming the first configured server that does not answer."""
    from django.conf import settings

    check_database(settings.DATABASES["default"])
    check_redis(settings.REDIS_URL)
