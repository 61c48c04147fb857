"""Request-side audit: the context of every tracked write, and refused access.

One middleware, placed right after AuthenticationMiddleware:

- it opens pghistory's context for the request, so each change recorded by the history
  triggers carries the signed-in person, the path (with tokens hidden), the IP address and
  the user agent (pghistory's own middleware would store the raw path, tokens and all);
- it records "access.refused" for each 403 or 404 answer from a page that exists (a URL
  that matched a route): signed-in people always, anonymous visitors too (a guessed
  survey or invitation link), with a per-minute cap for each person or address, so a
  scanner cannot flood the trail. Unknown URLs and static files are never recorded."""

import logging
from collections.abc import Callable

import pghistory.middleware
from django.conf import settings
from django.core.cache import cache
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection
from django.utils import timezone

from . import audit

logger = logging.getLogger(__name__)

REFUSED_STATUSES = (403, 404)


def _cap(kind: str) -> int:
    defaults = {"user": 30, "anonymous": 10}
    return getattr(settings, "AUDIT_REFUSED_PER_MINUTE", defaults)[kind]


class Deferred:
    """A context value computed the first time pghistory serialises the context, which it
    does only before a write (AuditJSONEncoder)."""

    __slots__ = ("_compute", "_value", "_done")

    def __init__(self, compute: Callable[[], object]) -> None:
        self._compute = compute
        self._value: object = None
        self._done = False

    @property
    def value(self) -> object:
        if not self._done:
            self._value, self._done = self._compute(), True
        return self._value


class AuditJSONEncoder(DjangoJSONEncoder):
    """pghistory's encoder for the context (PGHISTORY_JSON_ENCODER), knowing Deferred."""

    def default(self, o: object) -> object:
        if isinstance(o, Deferred):
            return o.value
        return super().default(o)


class AuditMiddleware(pghistory.middleware.HistoryMiddleware):
    def get_context(self, request) -> dict:
        user = getattr(request, "user", None)
        user_id = (user._meta.pk.get_db_prep_value(user.pk, connection)
                   if user is not None and hasattr(user, "_meta") else None)
        return {
            "user": user_id,
            # Worked out only if the request writes a tracked row (most never do).
            "url": Deferred(lambda: audit.safe_path(request)),
            "ip": Deferred(lambda: audit.client_ip(request)),
            "user_agent": request.META.get("HTTP_USER_AGENT", "")[:200],
        }

    def __call__(self, request):
        response = super().__call__(request)
        if (response.status_code in REFUSED_STATUSES
                and getattr(request, "resolver_match", None) is not None):
            self._record_refusal(request, response)
        return response

    def _record_refusal(self, request, response) -> None:
        user = getattr(request, "user", None)
        signed_in = user is not None and user.is_authenticated
        who = f"u{user.pk}" if signed_in and user is not None else f"ip{audit.client_ip(request)}"
        cap = _cap("user" if signed_in else "anonymous")
        count = self._count(who)
        if count > cap + 1:
            return
        detail = {"status": response.status_code, "view": request.resolver_match.view_name,
                  "method": request.method}
        if count == cap + 1:
            detail["more_not_recorded"] = True  # the rest of this minute's refusals
            logger.warning("Refused access: more than %s for %s this minute, not recorded",
                           cap, who)
        try:
            audit.record(action="access.refused", request=request, detail=detail)
        except Exception:  # a refusal must stay a refusal, not become a server error
            logger.exception("Could not record a refused access")

    @staticmethod
    def _count(who: str) -> int:
        key = f"audit:refused:{who}:{timezone.now():%Y%m%d%H%M}"
        try:
            cache.add(key, 0, timeout=120)
            return cache.incr(key)
        except Exception:  # noqa: BLE001  (no cache: record it rather than lose it)
            return 1

