"""Sessions: kept in the database, with a copy in the cache (Redis) that is read first.

Every signed-in request reads its session; from Redis that is one key lookup instead of a
query. The database stays the record (Django's cached_db store): a write goes to both, and
with Redis down or hung a read is a miss (cop/cache.py) that comes from the database, so
signed-in people carry on and time-outs hold.

The copy is kept at most SESSION_CACHE_SECONDS (a minute), not the session's whole life:
with Redis unreachable, cop/cache.py drops the deletion of a signed-out or ended session
from the cache, and a copy that Redis kept through the fault must not sign that session in
again for long once Redis answers. So each session is read from the database about once a
minute, and anything written while Redis was away shows within that minute."""

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.sessions.backends.cached_db import SessionStore as CachedDBStore
from django.contrib.sessions.backends.db import SessionStore as DBStore
from django.contrib.sessions.models import Session
from django.core.cache.backends.base import BaseCache


class SessionStore(CachedDBStore):
    # Django's own attributes, which django-stubs leaves out (annotations only: no new values).
    _cache: BaseCache
    _session: dict[str, Any]
    _get_session_from_db: Callable[[], Session | None]

    def _cache_seconds(self, **expiry: Any) -> int:
        return max(0, min(settings.SESSION_CACHE_SECONDS, self.get_expiry_age(**expiry)))

    def load(self) -> dict[str, Any]:
        data: dict[str, Any] | None = self._cache.get(self.cache_key)
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
