"""Sessions: kept in the database, with a copy in the cache (Redis) that is read first.

Every signed-in request reads its session; from Redis that is one key lookup instead of a
query. The database stays the record (Django's cached_db store): a write goes to both, and
with Redis down or hung a read is a miss (cop/cache.py) that comes from the database, so
signed-in people carry on and time-outs hold.

The copy is kept at most SESSION_CACHE_SECONDS (a minute), not the session's whole life:
with Redis unreachable, cop/cache.py drops the deletion of a signed-out or ended session
from the cache, and a copy that Redis kept through the fault must not sign that session in
again for long once Redis answers. So each session is read from the database about once a
minute, and anything written while Redis was away shows within that minute.

A higher app may name a key to read in the same round trip as a session's copy
(`read_with_session`): members reads the signed-in person's copy that way, so a signed-in
request costs Redis one round trip, not two. What was read is on the store, `prefetched`."""

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.sessions.backends.cached_db import SessionStore as CachedDBStore
from django.contrib.sessions.backends.db import SessionStore as DBStore
from django.contrib.sessions.models import Session
from django.core.cache.backends.base import BaseCache

# Given a session's key, the cache key to read beside the session's copy (or None).
_companions: list[Callable[[str], str | None]] = []


def read_with_session(companion: Callable[[str], str | None]) -> None:
    """Read `companion(session_key)` in the same round trip as each session's copy."""
    if companion not in _companions:
        _companions.append(companion)


class SessionStore(CachedDBStore):
    # Django's own attributes, which django-stubs leaves out (annotations only: no new values).
    _cache: BaseCache
    _session: dict[str, Any]
    _get_session_from_db: Callable[[], Session | None]
    # The companions' keys read with the session's copy, each with its value (None: missing).
    prefetched: dict[str, Any] = {}  # noqa: RUF012  (never changed: replaced per load)

    def _cache_seconds(self, **expiry: Any) -> int:
        return max(0, min(settings.SESSION_CACHE_SECONDS, self.get_expiry_age(**expiry)))

    def load(self) -> dict[str, Any]:
        wanted = [key for companion in _companions
                  if (key := companion(self.session_key or "")) is not None]
        found = self._cache.get_many([self.cache_key, *wanted])
        self.prefetched = {key: found.get(key) for key in wanted}
        data: dict[str, Any] | None = found.get(self.cache_key)
        if data is not None:
            return data
        row = self._get_session_from_db()
        if row is None:
            return {}
        data = self.decode(row.session_data)
        self._cache.set(self.cache_key, data, self._cache_seconds(expiry=row.expire_date))
        return data

    def save(self, must_create: bool = False) -> None:
        DBStore.save(self, must_create)
        self._cache.set(self.cache_key, self._session, self._cache_seconds())
