"""Who may do what in the service map (docs/PERMISSIONS.md): each rule written once.

Everything here assumes the viewer's active membership in the community has already been
checked with members.permissions.get_membership_for (404 otherwise): the map, like all of a
community, is not found by anyone else. Facilitators' rights (hidden entries, hiding,
showing, undoing an edit) are members.permissions.is_facilitator, against the service's
community. Evaluators see no text of the map (its counts only, as elsewhere)."""

from django.core.exceptions import PermissionDenied
from django.http import Http404

from members import permissions as member_permissions
from members import selectors as member_selectors
from members.models import Membership, User

from . import selectors
from .models import Expertise, Service, ServiceRevision

# --- The directory of services ------------------------------------------------------------------


def sees_hidden_services(membership: Membership | None, community_id: int) -> bool:
    """Hidden entries: the community's facilitators only (who hide and show them)."""
    return member_permissions.is_facilitator(membership, community_id)


def get_service_for(membership: Membership, pk: int) -> Service:
    """A service of the viewer's community; a hidden one for its facilitators only (404
    for anyone else, as if it did not exist)."""
    service = selectors.service_in_community(membership.community, pk)
    if service is None or (service.is_hidden
                           and not sees_hidden_services(membership, service.community_id)):
        raise Http404("No such service.")
    return service


def can_edit_services(membership: Membership | None, community_id: int) -> bool:
    """Any active member adds, edits and confirms entries, wiki style."""
    return member_permissions.is_member(membership, community_id)


def can_moderate_services(membership: Membership | None, community_id: int) -> bool:
    """Hiding, showing and undoing an edit, with a reason: the community's facilitators."""
    return member_permissions.is_facilitator(membership, community_id)


def sees_all_kept_findings(membership: Membership | None, community_id: int) -> bool:
    """What authors kept at the identifier gate, with their reasons: every one to the
    community's facilitators (as casework's overrides); each person sees their own."""
    return member_permissions.is_facilitator(membership, community_id)


def require_service_moderation(membership: Membership, service: Service) -> None:
    """For a page: 403 for members who are not facilitators (they may know it exists)."""
    if not can_moderate_services(membership, service.community_id):
        raise PermissionDenied(member_permissions.FACILITATORS_ONLY)


def get_revision_for(service: Service, pk: int) -> ServiceRevision:
    revision = selectors.revision_of(service, pk)
    if revision is None:
        raise Http404("No such change.")
    return revision


def require_service_editor(actor: User, service: Service) -> None:
    """For services.py, where no membership is at hand (one query): an active member of the
    service's community, who may see it (a hidden entry: its facilitators)."""
    membership = member_selectors.membership_in(actor, service.community_id)
    if not can_edit_services(membership, service.community_id) or (
            service.is_hidden and not sees_hidden_services(membership, service.community_id)):
        raise PermissionDenied("Only members of this community can change its service map.")


def require_services_member(actor: User, community_id: int) -> None:
    """Adding to a community's map (an entry, or what one knows): its active members."""
    if not can_edit_services(member_selectors.membership_in(actor, community_id),
                             community_id):
        raise PermissionDenied("Only members of this community can add to its service map.")


def require_service_moderator(actor: User, service: Service) -> None:
    if not can_moderate_services(member_selectors.membership_in(actor, service.community_id),
                                 service.community_id):
        raise PermissionDenied(member_permissions.FACILITATORS_ONLY)


# --- What members know from the inside ----------------------------------------------------------


def get_own_expertise(user: User, pk: int) -> Expertise:
    """One of the person's own lines of expertise; anyone else's is 404."""
    expertise = selectors.expertise_for(user, pk)
    if expertise is None:
        raise Http404("No such entry.")
    return expertise
