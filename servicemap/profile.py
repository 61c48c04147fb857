"""The service map's part of a member's own profile page (members/page_parts.py,
Slot.PROFILE): the services and agencies they know from the inside, with their lines, and
where to add or remove them."""

from members import page_parts
from members import permissions as member_permissions

from . import selectors


def read(user):
    if not member_permissions.current_memberships().filter(user=user).exists():
        return None  # someone in no community (an evaluator) has no map to help with
    return {"expertise": selectors.expertise_of(user)}


def register() -> None:
    page_parts.register(page_parts.Part(
        app="servicemap", slot=page_parts.Slot.PROFILE, order=10,
        template="servicemap/_profile_expertise.html", read=read))
