"""Sign-in security: who must use a second factor, TOTP helpers for tests and the demo, and
ending one of one's signed-in sessions.

Facilitators (any active facilitator membership), evaluators and site admins see and manage
other people's information, so they must have a second factor: an authenticator app (TOTP)
or a security key / passkey (WebAuthn). Recovery codes alone do not count.
"""

import base64
import hashlib
import hmac
import struct
import time

from allauth.account.decorators import reauthentication_required
from allauth.mfa.adapter import get_adapter as get_mfa_adapter
from allauth.mfa.models import Authenticator
from django.contrib.auth import logout
from django.db.models import Exists, OuterRef, Q
from django.shortcuts import get_object_or_404

from . import permissions
from .models import User

# The types that count as a second factor.
SECOND_FACTOR_TYPES = (Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN)

# The demo's facilitator, evaluator and admin share this TOTP secret (dev data only; see
# README "Demo logins"). `manage.py demo_totp EMAIL` prints the current code.
DEMO_TOTP_SECRET = "COPDEMOTOTPSECRETFORLOCALUSE2345"


def holds_elevated_role(user) -> bool:
    """Site-wide roles only (no query): evaluator or site admin."""
    return bool(permissions.is_evaluator(user) or permissions.is_site_admin(user)
                or user.is_staff)


def mfa_status(user) -> tuple[bool, bool]:
    """(required, has_second_factor) for a signed-in person, in one query."""
    row = (User.objects.filter(pk=user.pk).annotate(
        facilitates=Exists(permissions.facilitator_memberships().filter(user=OuterRef("pk"))),
        has_factor=Exists(Authenticator.objects.filter(
            user=OuterRef("pk"), type__in=SECOND_FACTOR_TYPES)),
    ).values_list("facilitates", "has_factor").first())
    if row is None:
        return False, False
    facilitates, has_factor = row
    return holds_elevated_role(user) or facilitates, has_factor


def mfa_required(user) -> bool:
    return mfa_status(user)[0]


def role_holders():
    """Everyone who must use a second factor."""
    return User.objects.filter(
        Q(is_staff=True) | Q(is_superuser=True) | Q(is_evaluator=True)
        | Q(pk__in=permissions.facilitator_memberships().values("user_id")),
    )


def why_mfa_is_required(user) -> list[str]:
    """The person's roles that need a second factor, in plain words."""
    reasons = []
    if user.is_staff or permissions.is_site_admin(user):
        reasons.append("a site admin")
    if permissions.is_evaluator(user):
        reasons.append("an evaluator")
    if permissions.facilitator_memberships().filter(user=user).exists():
        reasons.append("a facilitator")
    return reasons


# --- TOTP (RFC 6238, SHA-1, 6 digits, 30 seconds: what allauth and authenticator apps use) ---

def totp_code(secret: str, at: float | None = None) -> str:
    """The code an authenticator app shows for `secret` at time `at` (now by default)."""
    counter = int((time.time() if at is None else at) // 30)
    key = base64.b32decode(secret.encode("ascii"), casefold=True)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"


def totp_add(user, secret: str) -> Authenticator:
    """Give `user` an authenticator app with `secret` (encrypted like allauth stores it),
    unless they already have one. For tests and the demo; people add theirs in the app."""
    existing = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    if existing is not None:
        return existing
    return Authenticator.objects.create(
        user=user, type=Authenticator.Type.TOTP,
        data={"secret": get_mfa_adapter().encrypt(secret)})


def totp_secret_of(user) -> str | None:
    """The decrypted TOTP secret of `user`, or None (tests and the DEBUG-only demo command)."""
    authenticator = Authenticator.objects.filter(
        user=user, type=Authenticator.Type.TOTP).first()
    if authenticator is None:
        return None
    return get_mfa_adapter().decrypt(authenticator.data["secret"])


# --- Signed-in sessions ---

def usersession_end(*, actor, request, session_pk: int) -> bool:
    """End one of the actor's own signed-in sessions (another person's is a 404). Returns
    True when it was the current one, which signs this browser out as well."""
    from allauth.usersessions.adapter import get_adapter as get_sessions_adapter
    from allauth.usersessions.models import UserSession

    session = get_object_or_404(UserSession, pk=session_pk, user=actor)
    current = session.session_key == request.session.session_key
    get_sessions_adapter().end_sessions([session])
    if current:
        logout(request)
    return current


# --- Reauthentication before sensitive actions ---

_reauthentication_check = reauthentication_required(lambda request: None)


def require_reauthentication(request) -> None:
    """Call in a view after its permission checks, before a sensitive action (exports, role
    changes, removing a member, downloading one's data, closing one's account). Unless the
    person confirmed their password or second factor in the last
    ACCOUNT_REAUTHENTICATION_TIMEOUT seconds, it raises allauth's ReauthenticationRequired:
    allauth's AccountMiddleware then asks for it and replays this request (a POST included)."""
    _reauthentication_check(request)
