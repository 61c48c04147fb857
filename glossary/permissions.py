"""Who may do what with a community's glossary: the glossary rows of docs/PERMISSIONS.md,
"Who may do what"; their home is listed under "Where each rule lives".

The viewer's active membership has already been checked with
members.permissions.get_membership_for (404 otherwise: outsiders, former members, and
evaluators and site admins without a membership see nothing of it, not even that a term
exists). Members read, add and edit terms (wiki style); facilitators also remove them."""

from django.core.exceptions import PermissionDenied
from django.http import Http404

from members import permissions as member_permissions
from members.models import Membership

from . import selectors
from .models import Term


def get_term_for(membership: Membership, pk: int) -> Term:
    """A term of the viewer's community, or 404 (another community's is never confirmed)."""
    term = selectors.term_in_community(membership.community, pk)
    if term is None:
        raise Http404("No such term.")
    return term


def can_write_terms(membership: Membership | None, community_id: int) -> bool:
    """Add a term, or edit any term, of the community: any active member."""
    return member_permissions.is_member(membership, community_id)


def require_term_writer(membership: Membership | None, community_id: int) -> None:
    if not can_write_terms(membership, community_id):
        raise PermissionDenied("Only members of this community can change its glossary.")


def can_remove_terms(membership: Membership | None, community_id: int) -> bool:
    """Remove terms of the community (and see the reasons given to keep their identifier
    findings): its facilitators."""
    return member_permissions.is_facilitator(membership, community_id)


def require_term_remover(membership: Membership | None, term: Term) -> None:
    if not can_remove_terms(membership, term.community_id):
        raise PermissionDenied("Only facilitators can remove a term from the glossary.")
