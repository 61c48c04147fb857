from . import selectors


def navigation(request):
    """The viewer's communities and unread notification count for the navigation bar
    (two queries per page, only for signed-in people)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_memberships": [], "nav_unread_count": 0}
    return {
        "nav_memberships": selectors.active_memberships(user),
        "nav_unread_count": selectors.unread_notification_count(user),
    }
