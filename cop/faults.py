"""What a visitor sees when a server the site needs fails, instead of a server error.

- PostgreSQL cannot be reached (restarting, down): "try again in a minute", status 503 with
  `Retry-After: 60`. Nothing else is needed to recover: connections are health-checked
  before reuse (CONN_HEALTH_CHECKS), so each process reconnects once the database is back.
- The sign-in rate limits cannot be counted because Redis is down (cop/cache.py raises
  RateLimitUnavailable): "signing in is paused", 503. Signed-in people carry on (sessions
  are read from the database instead, cop/sessions.py; every other cache use is a miss).

The database can fail in a view or in a middleware before it (reading the session and the
signed-in person): Django turns an error in a middleware into a response right there, so
ServiceFaultMiddleware.process_exception catches the first kind and `server_error`
(handler500 in cop/urls.py) the second. Both pages are rendered without the database: a
standalone template and no request context, so no context processor runs (the navigation's
reads the person's communities). Each failure is logged as a warning at most once a
minute per kind, instead of an error with a traceback per request."""

import logging
import sys
from collections.abc import Callable
from typing import Any

import psycopg2
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.template import loader
from django.template.context_processors import csp
from django.views import defaults

from .cache import RateLimitUnavailable
from .throttled_log import ThrottledWarning

logger = logging.getLogger(__name__)
_warnings = ThrottledWarning(logger)

DATABASE_ERRORS = (OperationalError, InterfaceError, psycopg2.OperationalError,
                   psycopg2.InterfaceError)
RETRY_AFTER_SECONDS = 60

DATABASE_DOWN = {
    "title": "Back in a minute",
    "heading": "The site is unavailable for a minute",
    "paragraphs": [
        "We are restarting part of the service. Nothing you did caused it.",
        "Please try again in a minute. If you were writing something, it may not have "
        "been saved: keep a copy and send it again then.",
    ],
}
SIGN_IN_PAUSED = {
    "title": "Signing in is paused",
    "heading": "Signing in is paused for a minute",
    "paragraphs": [
        "Signing in is paused for a minute while we fix a fault. Please try again in a "
        "minute.",
        "If you are already signed in, carry on: only signing in, resetting a password, "
        "confirming it is you and changing your password or email addresses wait until "
        "it is fixed.",
    ],
}


def _page(request: HttpRequest | None, content: dict[str, Any]) -> HttpResponse:
    context = {**content, **(csp(request) if request is not None else {})}
    response = HttpResponse(loader.get_template("503.html").render(context), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    # Logged once a minute above; Django would add a line (from handler500, a traceback)
    # for every request during the fault. (The flag is Django's own, private: not in its stubs.)
    response._has_been_logged = True  # type: ignore[attr-defined]
    return response


def fault_response(request: HttpRequest | None, exc: BaseException | None) -> HttpResponse | None:
    """The page for a server fault, or None when `exc` is not one."""
    if isinstance(exc, RateLimitUnavailable):
        return _page(request, SIGN_IN_PAUSED)  # cop.cache has logged the cache fault
    if isinstance(exc, DATABASE_ERRORS):
        first_line = (str(exc).strip().splitlines() or [""])[0]
        _warnings.warning("database", "Database unreachable (%s: %s): answering 503",
                          type(exc).__name__, first_line)
        return _page(request, DATABASE_DOWN)
    return None


class ServiceFaultMiddleware:
    """A fault raised in a view (see the module's docstring)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception
                          ) -> HttpResponse | None:
        return fault_response(request, exception)


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: a fault raised in a middleware; anything else is Django's 500 page."""
    return fault_response(request, sys.exc_info()[1]) or defaults.server_error(request)
