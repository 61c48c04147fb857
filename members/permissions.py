"""Who may do what in a community, and the site-wide roles: the rules every app shares
(docs/PERMISSIONS.md, "Roles" and "Where each rule lives").

Each rule is written here once, as a check on a membership in hand (`is_member`,
`is_facilitator`) and, for queries, as a queryset (`current_memberships`,
`facilitator_memberships`). Views, services and the other apps' permissions call these
and never test a membership's role or status themselves (tests/test_one_home_per_rule.py).
A membership counts only in its own community: every check takes the community of the
object acted on.

Anything in a community the viewer does not belong to is a 404, never a 403: an outsider
must not learn that it exists."""

from typing import TypeGuard

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404

from . import selectors
from .models import Membership, MembershipStatus, Notification, Role, User

FACILITATORS_ONLY = "Only facilitators of this community can do that."


# --- Roles in a community ----------------------------------------------------------------


def is_member(membership: Membership | None, community_id: int) -> TypeGuard[Membership]:
    """An active member (facilitators included) of the community `community_id`."""
    return (membership is not None and membership.community_id == community_id
            and membership.status == MembershipStatus.ACTIVE)


def is_facilitator(membership: Membership | None, community_id: int) -> bool:
    """An active facilitator of the community `community_id`."""
    return is_member(membership, community_id) and membership.role == Role.FACILITATOR


def require_facilitator(membership: Membership | None, community_id: int,
                        refusal: str = FACILITATORS_ONLY) -> None:
    """403 for anyone else: a member of the community may know that it exists."""
    if not is_facilitator(membership, community_id):
        raise PermissionDenied(refusal)


def leaves_a_facilitator(membership: Membership, facilitator_ids: list[int],
                         new_role: str | None = None) -> bool:
    """Not the last facilitator: the community keeps an active facilitator once `membership`
    takes `new_role` (None: once it is removed). `facilitator_ids`: the pks of the
    community's `facilitator_memberships`, locked by the caller."""
    return new_role == Role.FACILITATOR or facilitator_ids != [membership.pk]


def user_is_member(user: User | AnonymousUser, community_id: int) -> bool:
    """`is_member` for a person whose membership is not at hand (one query)."""
    return is_member(selectors.membership_in(user, community_id), community_id)


def current_memberships() -> QuerySet[Membership]:
    """`is_member` as a queryset: every active membership."""
    return Membership.objects.filter(status=MembershipStatus.ACTIVE)


def facilitator_memberships() -> QuerySet[Membership]:
    """`is_facilitator` as a queryset: every active facilitator membership."""
    return current_memberships().filter(role=Role.FACILITATOR)


# --- Site-wide roles ----------------------------------------------------------------------


def is_evaluator(user: User | AnonymousUser) -> bool:
    return user.is_authenticated and user.is_active and user.is_evaluator


def is_site_admin(user: User | AnonymousUser) -> bool:
    return user.is_authenticated and user.is_active and user.is_superuser


def require_site_admin(user: User | AnonymousUser, refusal: str) -> None:
    if not is_site_admin(user):
        raise PermissionDenied(refusal)


# --- Communities, members, notifications, accounts ----------------------------------------


def get_membership_for(user: User | AnonymousUser, slug: str) -> Membership:
    """The viewer's active membership in the community `slug`, or 404."""
    membership = selectors.active_membership(user, slug)
    if membership is None:
        raise Http404("No such community.")
    return membership


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


def require_can_close_account(actor: User, user: User) -> None:
    """A person closes their own account; a site admin may close it on their behalf."""
    if actor.pk != user.pk and not is_site_admin(actor):
        raise PermissionDenied("Only the person themselves can close their account.")
