from django.utils.functional import lazy

from . import unread


def _unread_count(request, memo: list[int]) -> int:
    if not memo:
        memo.append(unread.unread_count(request))
    return memo[0]


# Made once (lazy() builds a class): an int worked out, in one query, the first time a
# template uses it, and kept for the rest of the page.
_lazy_unread_count = lazy(_unread_count, int)


def navigation(request):
    """The unread notification count for the navigation bar, for signed-in people (from the
    cache when it can be: members/unread.py). Lazy: a page that does not show the navigation
    (a fragment, the benchmark's trivial view) never asks for it."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_unread_count": 0}
    return {"nav_unread_count": _lazy_unread_count(request, [])}
