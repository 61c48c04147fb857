from django.utils.functional import lazy

from . import selectors


def _unread_count(user, memo: list[int]) -> int:
    if not memo:
        memo.append(selectors.unread_notification_count(user))
    return memo[0]


# Made once (lazy() builds a class): an int worked out, in one query, the first time a
# template uses it, and kept for the rest of the page.
_lazy_unread_count = lazy(_unread_count, int)


def navigation(request):
    """The unread notification count for the navigation bar, for signed-in people. Lazy: a
    page that does not show the navigation (a fragment, the benchmark's trivial view) runs
    no query for it."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_unread_count": 0}
    return {"nav_unread_count": _lazy_unread_count(user, [])}
