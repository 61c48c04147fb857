"""The signed-in person, read from the cache (Redis) instead of the database.

Every signed-in request needs its user. Django's AuthenticationMiddleware reads it from the
database each time; this one first tries a copy in the cache, keyed by the user's id, and
keeps Django's checks: the session's backend must still be configured, the person must
still be active, and the session's hash of the password must match the copy's (so a session
from before a password change is refused, as Django refuses it). Anything else (a miss, a
mismatch, Redis down) is Django's own `auth.get_user`, which flushes a session that no
longer verifies.

Every save or deletion of a user removes the copy, at once and again when the transaction
commits (so a request in between cannot put the old row back for long). A copy lives at
most USER_CACHE_SECONDS, as the session's own copy does (cop/sessions.py): if Redis drops
a removal during a fault, a change (a password, deactivation) still takes effect within
that time once Redis answers.

The copy is read in the same round trip as the session's (cop.sessions.read_with_session),
by the user id this process last saw on that session: a session belongs to one person for
its life (signing in makes a new one), so the guess is nearly always right, and a wrong or
missing one only costs the second read it was meant to save. The copy is checked the same
either way."""

from typing import Any

from django.conf import settings
from django.contrib import auth
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.auth.middleware import AuthenticationMiddleware
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest
from django.utils.crypto import constant_time_compare
from django.utils.functional import SimpleLazyObject

from .models import User


def _key(user_id: object) -> str:
    return f"signed-in-user:{user_id}"


# This process's sessions, by key, and whose they were; bounded by starting again when full.
_users_of_sessions: dict[str, object] = {}
SESSIONS_REMEMBERED = 10_000


def user_id_of_session(session_key: str) -> object | None:
    """Whose this process last saw the session to be (None: not seen), to read their copies
    in the session's round trip; a guess, to be checked against the session."""
    return _users_of_sessions.get(session_key)


def _companion_key(session_key: str) -> str | None:
    user_id = user_id_of_session(session_key)
    return None if user_id is None else _key(user_id)


def _remember(session_key: str | None, user_id: object) -> None:
    if session_key is None or _users_of_sessions.get(session_key) == user_id:
        return
    if len(_users_of_sessions) >= SESSIONS_REMEMBERED:
        _users_of_sessions.clear()
    _users_of_sessions[session_key] = user_id


def _from_cache(request: HttpRequest) -> AbstractBaseUser | None:
    session = request.session
    user_id = session.get(SESSION_KEY)
    session_hash = session.get(HASH_SESSION_KEY)
    if not user_id or not session_hash:
        return None
    if session.get(BACKEND_SESSION_KEY) not in settings.AUTHENTICATION_BACKENDS:
        return None
    key = _key(user_id)
    prefetched = getattr(session, "prefetched", {})
    user = prefetched[key] if key in prefetched else cache.get(key)
    if (isinstance(user, User) and user.is_active
            and constant_time_compare(session_hash, user.get_session_auth_hash())):
        _remember(session.session_key, user_id)
        return user
    return None


def signed_in_user(request: HttpRequest) -> AbstractBaseUser | AnonymousUser:
    """The request's user: the cached copy when it still verifies, else Django's answer
    (which is then cached)."""
    user = _from_cache(request)
    if user is not None:
        return user
    found = auth.get_user(request)
    if isinstance(found, User):
        cache.set(_key(found.pk), found, settings.USER_CACHE_SECONDS)
        _remember(request.session.session_key, found.pk)
    return found


class CachedAuthenticationMiddleware(AuthenticationMiddleware):
    """AuthenticationMiddleware with `request.user` from `signed_in_user` (lazily, once)."""

    def process_request(self, request: HttpRequest) -> None:
        super().process_request(request)

        found: list[AbstractBaseUser | AnonymousUser] = []

        def user() -> AbstractBaseUser | AnonymousUser:
            if not found:
                found.append(signed_in_user(request))
            return found[0]

        request.user = SimpleLazyObject(user)  # type: ignore[assignment]  # as Django does


def forget(user_id: object) -> None:
    """Remove a user's cached copy, now and once the current transaction commits."""
    key = _key(user_id)
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key), robust=True)


def _forget_saved(sender: type, instance: User, **kwargs: Any) -> None:
    forget(instance.pk)


def connect_signals() -> None:
    from django.db.models.signals import post_delete, post_save

    from cop.sessions import read_with_session

    read_with_session(_companion_key)

    post_save.connect(_forget_saved, sender=User, dispatch_uid="signed_in_user.saved")
    post_delete.connect(_forget_saved, sender=User, dispatch_uid="signed_in_user.deleted")
