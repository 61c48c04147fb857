"""Response headers the whole site shares (the Content-Security-Policy is Django's own
middleware, configured by SECURE_CSP in settings)."""

from collections.abc import Callable

from django.http import HttpRequest
from django.http.response import HttpResponseBase

NO_STORE = "no-store, private"


class NoStoreMiddleware:
    """No browser, proxy or shared computer keeps a copy of any page.

    Pages here show case discussions about very vulnerable people, survey answers and
    personal details, and members often work on shared office computers: a page left in a
    browser cache could be read by the next person there (or with the Back button after
    signing out). So every response that has not said how it may be cached gets
    `Cache-Control: no-store, private`, signed in or not: pages reached by a link's token
    (a survey, an invitation, a calendar feed) are as personal as those behind a sign-in.

    A view that sets its own Cache-Control keeps it (file downloads, the .ics files and the
    calendar feed set `private, no-store` themselves; `never_cache` views add no-store too).
    Static files never come here: WhiteNoise answers them before this middleware (see
    MIDDLEWARE in cop/settings/production.py) with its own long-lived caching headers.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        if not response.has_header("Cache-Control"):
            response["Cache-Control"] = NO_STORE
        return response
