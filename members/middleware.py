"""Session time-outs and the second-factor requirement.

SessionTimeoutMiddleware signs a person out after SESSION_IDLE_TIMEOUT_SECONDS without a
request, and SESSION_ABSOLUTE_TIMEOUT_SECONDS after they signed in, whatever they do. The
timestamps live in the session; the last activity is written at most once every
SESSION_ACTIVITY_INTERVAL_SECONDS, and then also the "last active" of the signed-in sessions
list (allauth.usersessions), so an ordinary page costs no extra query.

RequireMFAMiddleware sends a facilitator, evaluator or site admin who has no second factor
to the two-factor page (which says why) before anything else. The answer is kept in the
session until the next activity write, so at most a minute passes before a change of role
takes effect.
"""

import time
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse

from . import security

STARTED_KEY = "cop_signed_in_at"
SEEN_KEY = "cop_last_seen_at"
MFA_OK_KEY = "cop_mfa_ok"

# Pages a person who still has to set up a second factor may use.
MFA_SETUP_URL_NAMES = {"account_logout", "account_reauthenticate", "account_confirm_email",
                       "account_email_verification_sent"}


def _redirect(request, url: str) -> HttpResponse:
    """A redirect that htmx follows as a whole-page navigation."""
    if request.headers.get("HX-Request"):
        response = HttpResponse(status=204)
        response["HX-Redirect"] = url
        return response
    return HttpResponseRedirect(url)


def _mfa_ok(user) -> bool:
    required, has_factor = security.mfa_status(user)
    return has_factor or not required


@receiver(user_logged_in, dispatch_uid="members.middleware.start_session_clock")
def start_session_clock(sender, request, user, **kwargs):
    """Every sign-in (allauth's, an invitation's, a test's force_login) starts the clocks."""
    if request is None or not hasattr(request, "session"):
        return
    now = time.time()
    request.session[STARTED_KEY] = now
    request.session[SEEN_KEY] = now
    if _mfa_ok(user):
        request.session[MFA_OK_KEY] = user.pk
    else:
        request.session.pop(MFA_OK_KEY, None)
    if request.META.get("REMOTE_ADDR"):  # a real request (force_login's has no address)
        from allauth.usersessions.models import UserSession

        UserSession.objects.create_from_request(request)


class SessionTimeoutMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated:
            response = self._check(request, user)
            if response is not None:
                return response
        return self.get_response(request)

    def _check(self, request, user):
        session = request.session
        now = time.time()
        started = session.get(STARTED_KEY)
        seen = session.get(SEEN_KEY)
        if started is None or seen is None:  # a session from before the clocks existed
            session[STARTED_KEY] = session[SEEN_KEY] = now
            self._record_activity(request)
            return None
        if now - seen > settings.SESSION_IDLE_TIMEOUT_SECONDS:
            return self._sign_out(request, f"You were signed out after "
                                           f"{_minutes(settings.SESSION_IDLE_TIMEOUT_SECONDS)}"
                                           f" without activity. Please sign in again.")
        if now - started > settings.SESSION_ABSOLUTE_TIMEOUT_SECONDS:
            hours = round(settings.SESSION_ABSOLUTE_TIMEOUT_SECONDS / 3600)
            return self._sign_out(request, f"You were signed out because you signed in more "
                                           f"than {hours} hours ago. Please sign in again.")
        if now - seen >= settings.SESSION_ACTIVITY_INTERVAL_SECONDS:
            session[SEEN_KEY] = now
            session.pop(MFA_OK_KEY, None)  # look at roles and second factors again
            self._record_activity(request)
        return None

    @staticmethod
    def _record_activity(request):
        """The signed-in sessions list: this browser, its address and when it was last seen."""
        from allauth.usersessions.models import UserSession

        UserSession.objects.create_from_request(request)

    def _sign_out(self, request, message):
        logout(request)
        messages.info(request, message)
        url = reverse("account_login")
        if request.method == "GET" and not request.headers.get("HX-Request"):
            url += "?" + urlencode({"next": request.get_full_path()})
        return _redirect(request, url)


def _minutes(seconds: int) -> str:
    minutes = round(seconds / 60)
    return "1 minute" if minutes == 1 else f"{minutes} minutes"


class RequireMFAMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not user.is_authenticated or request.session.get(MFA_OK_KEY) == user.pk:
            return None
        if _mfa_ok(user):
            request.session[MFA_OK_KEY] = user.pk
            return None
        request.mfa_setup_required = True  # the two-factor page explains why
        request.mfa_reasons = security.why_mfa_is_required(user)
        match = request.resolver_match
        name = match.url_name if match else None
        if name and (name.startswith("mfa_") or name in MFA_SETUP_URL_NAMES):
            return None
        if request.path.startswith("/" + settings.STATIC_URL.lstrip("/")):
            return None
        return _redirect(request, reverse("mfa_index"))
