"""Who may do what with sessions (PERMISSIONS.md). The viewer's active membership has
already been checked with members.permissions.get_membership_for (404 otherwise)."""

from django.core.exceptions import PermissionDenied
from django.http import Http404

from .models import Session


def get_session_for(membership, pk: int) -> Session:
    session = (Session.objects.filter(community=membership.community, pk=pk)
               .select_related("community", "series").first())
    if session is None:
        raise Http404("No such session.")
    return session


def can_manage_sessions(membership) -> bool:
    """Schedule, edit, cancel; agenda; attendance; notes; action points; follow-ups."""
    return membership.is_facilitator


def require_session_manager(membership) -> None:
    if not can_manage_sessions(membership):
        raise PermissionDenied("Only facilitators of this community can do that.")


def can_see_online_link(membership) -> bool:
    """Members of the community only: the link never appears in a public place."""
    return membership.is_active
