"""Who may do what with communities and memberships (see PERMISSIONS.md).

Anything in a community the viewer does not belong to is a 404, never a 403:
an outsider must not learn that it exists."""

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import Http404

from . import selectors
from .models import Membership, Notification, User


def get_membership_for(user: User | AnonymousUser, slug: str) -> Membership:
    """The viewer's active membership in the community `slug`, or 404."""
    membership = selectors.active_membership(user, slug)
    if membership is None:
        raise Http404("No such community.")
    return membership


def can_see_member_emails(membership: Membership) -> bool:
    return membership.is_facilitator


def can_manage_members(membership: Membership) -> bool:
    return membership.is_facilitator


def require_facilitator(membership: Membership) -> None:
    """For members of the community who lack the facilitator role: 403 (they may know it exists)."""
    if not membership.is_facilitator:
        raise PermissionDenied("Only facilitators of this community can do that.")


def get_member_for(viewer_membership: Membership, pk: int) -> Membership:
    """Another active membership in the viewer's community, or 404."""
    member = selectors.member_of_community(viewer_membership.community, pk)
    if member is None:
        raise Http404("No such member.")
    return member


def get_notification_for(user: User, pk: int) -> Notification:
    """One of the viewer's own notifications, or 404 (someone else's is never confirmed)."""
    notification = selectors.notification_for(user, pk)
    if notification is None:
        raise Http404("No such notification.")
    return notification


def require_site_admin(user: User | AnonymousUser, refusal: str) -> None:
    if not user.is_superuser:
        raise PermissionDenied(refusal)


def require_can_close_account(actor: User, user: User) -> None:
    """A person closes their own account; a site admin may close it on their behalf."""
    if actor.pk != user.pk and not actor.is_superuser:
        raise PermissionDenied("Only the person themselves can close their account.")
