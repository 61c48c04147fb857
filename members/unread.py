"""The navigation's unread count, from Redis when it can be.

Every signed-in page shows how many unread notifications its viewer has, and counting them is
a query on every page. So the count is kept in the cache for UNREAD_CACHE_SECONDS, read in the
same round trip as the session (cop.sessions.read_with_session, for the person this process
last saw on the session), and removed whenever it may have changed: a notification made, read
or removed, a membership changed (a community left is not counted), now and again when the
transaction commits. With Redis down it is counted, as before. The notifications page itself
counts afresh (members.views.notification_list)."""

from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest

from . import selectors, signed_in_user
from .models import Membership, Notification


def _key(user_id: object) -> str:
    return f"unread-count:{user_id}"


def _companion_key(session_key: str) -> str | None:
    user_id = signed_in_user.user_id_of_session(session_key)
    return None if user_id is None else _key(user_id)


def unread_count(request: HttpRequest) -> int:
    """The signed-in viewer's unread notifications, in communities they are still in."""
    user = request.user
    key = _key(user.pk)
    prefetched = getattr(request.session, "prefetched", {})
    count = prefetched[key] if key in prefetched else cache.get(key)
    if isinstance(count, int):
        return count
    count = selectors.unread_notification_count(user)
    cache.set(key, count, settings.UNREAD_CACHE_SECONDS)
    return count


def forget(user_ids: Iterable[object]) -> None:
    """Remove these people's counts, now and once the current transaction commits."""
    keys = [_key(user_id) for user_id in set(user_ids)]
    if keys:
        cache.delete_many(keys)
        transaction.on_commit(lambda: cache.delete_many(keys), robust=True)


def _forget_changed(sender: type, instance: Notification | Membership, **kwargs: Any) -> None:
    forget([instance.user_id])


def connect_signals() -> None:
    from django.db.models.signals import post_delete, post_save

    from cop.sessions import read_with_session

    read_with_session(_companion_key)
    for model in (Notification, Membership):
        post_save.connect(_forget_changed, sender=model, dispatch_uid=f"unread.{model.__name__}")
        post_delete.connect(_forget_changed, sender=model,
                            dispatch_uid=f"unread.{model.__name__}.deleted")
