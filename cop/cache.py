"""The cache backend: Redis, where Redis being down or hung is a cache miss, never an
error page.

Everything kept in the cache can be made again (comment HTML, results, the calendar feed,
`{% cache %}` fragments), so when Redis cannot be reached a read answers "not there" and a
write is dropped, and a warning is logged (at most once a minute: cop/throttled_log.py).

Two things keep a fault quick: short socket timeouts (OPTIONS in cop/settings/base.py, with
redis-py's retries off), and, after a failure, this process leaves Redis alone for
PAUSE_SECONDS, so a hung Redis costs one request a timeout, not every cache call of every
request.

The sign-in rate limits (allauth's, under FAIL_CLOSED_PREFIXES) are the exception: a limit
that cannot be counted is not a limit, so those calls raise RateLimitUnavailable instead,
and cop.faults answers with a "signing in is paused" page (fail closed)."""

import logging
import time
from collections.abc import Callable, Iterable
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from .throttled_log import ThrottledWarning

logger = logging.getLogger(__name__)

UNREACHABLE = (RedisConnectionError, RedisTimeoutError)  # BusyLoadingError is a ConnectionError
PAUSE_SECONDS = 5
# allauth.core.internal.ratelimit's keys ("allauth:rl:<app>:<action>:...") and their locks.
FAIL_CLOSED_PREFIXES = ("allauth:rl:",)

# Per process, shared by the per-thread backend instances Django makes: server -> until when.
_paused_until: dict[str, float] = {}
_warnings = ThrottledWarning(logger)


class RateLimitUnavailable(Exception):
    """A sign-in rate limit could not be read or counted because the cache is unreachable."""


class FaultTolerantRedisCache(RedisCache):
    _servers: list[str]  # set by RedisCache.__init__ (django-stubs leaves it out)

    def _guarded[T](self, operation: str, keys: Iterable[Any], on_failure: Callable[[], T],
                    *args: Any) -> T:
        server = ",".join(self._servers)
        if time.monotonic() < _paused_until.get(server, 0):
            return self._failed(keys, on_failure, None)
        try:
            result: T = getattr(super(), operation)(*args)
            return result
        except UNREACHABLE as exc:
            _paused_until[server] = time.monotonic() + PAUSE_SECONDS
            # redis-py's message names the host or socket, never a password.
            _warnings.warning(server, "Cache unreachable (%s: %s): reads are misses and "
                              "writes are dropped until it answers; sign-in is paused",
                              type(exc).__name__, exc)
            return self._failed(keys, on_failure, exc)

    @staticmethod
    def _failed[T](keys: Iterable[Any], on_failure: Callable[[], T],
                   exc: Exception | None) -> T:
        if any(str(key).startswith(FAIL_CLOSED_PREFIXES) for key in keys):
            raise RateLimitUnavailable("the cache holding the sign-in rate limits is "
                                       "unreachable") from exc
        return on_failure()

    def validate_key(self, key: Any) -> None:
        """Nothing to check: Django's check warns of keys memcached would refuse, and this
        cache is Redis, which takes any key (the check costs a loop over every key's
        characters on every call)."""

    def add(self, key: Any, value: Any, timeout: float | None = DEFAULT_TIMEOUT,
            version: int | None = None) -> bool:
        return self._guarded("add", [key], lambda: False, key, value, timeout, version)

    def get(self, key: Any, default: Any | None = None, version: int | None = None) -> Any:
        return self._guarded("get", [key], lambda: default, key, default, version)

    def set(self, key: Any, value: Any, timeout: float | None = DEFAULT_TIMEOUT,
            version: int | None = None) -> None:
        return self._guarded("set", [key], lambda: None, key, value, timeout, version)

    def touch(self, key: Any, timeout: float | None = DEFAULT_TIMEOUT,
              version: int | None = None) -> bool:
        return self._guarded("touch", [key], lambda: False, key, timeout, version)

    def delete(self, key: Any, version: int | None = None) -> bool:
        return self._guarded("delete", [key], lambda: False, key, version)

    def get_many(self, keys: Iterable[Any], version: int | None = None) -> dict[Any, Any]:
        keys = list(keys)
        return self._guarded("get_many", keys, dict, keys, version)

    def has_key(self, key: Any, version: int | None = None) -> bool:
        return self._guarded("has_key", [key], lambda: False, key, version)

    def incr(self, key: Any, delta: int = 1, version: int | None = None) -> int:
        def missing() -> int:  # what incr() does for a key that is not there
            raise ValueError(f"Key '{key}' not found (the cache is unreachable).")

        return self._guarded("incr", [key], missing, key, delta, version)

    def set_many(self, data: dict[Any, Any], timeout: float | None = DEFAULT_TIMEOUT,
                 version: int | None = None) -> list[Any]:
        # The keys that could not be stored: all of them.
        return self._guarded("set_many", list(data), lambda: list(data), data, timeout,
                             version)

    def delete_many(self, keys: Iterable[Any], version: int | None = None) -> None:
        keys = list(keys)
        return self._guarded("delete_many", keys, lambda: None, keys, version)

    def clear(self) -> None:
        self._guarded("clear", [], lambda: None)
