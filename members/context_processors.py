from . import selectors


def navigation(request):
    """The viewer's communities for the navigation bar (one query per page)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_memberships": []}
    return {"nav_memberships": selectors.active_memberships(user)}
