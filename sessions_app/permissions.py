"""Who may do what with sessions (PERMISSIONS.md). The viewer's active membership has
already been checked with members.permissions.get_membership_for (404 otherwise)."""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.utils import timezone

from members.models import Membership, User

from .models import (
    RSVP,
    Attendance,
    Material,
    RSVPAnswer,
    Session,
    SessionSeries,
    SessionStatus,
)


def get_session_for(membership: Membership, pk: int) -> Session:
    session = (Session.objects.filter(community=membership.community, pk=pk)
               .select_related("community", "series").first())
    if session is None:
        raise Http404("No such session.")
    return session


def get_series_for(membership: Membership, pk: int) -> SessionSeries:
    series = SessionSeries.objects.filter(community=membership.community, pk=pk).first()
    if series is None:
        raise Http404("No such series.")
    return series


def can_manage_sessions(membership: Membership) -> bool:
    """Schedule, edit, cancel; agenda; attendance; notes; action points; follow-ups."""
    return membership.is_facilitator


def require_session_manager(membership: Membership) -> None:
    if not can_manage_sessions(membership):
        raise PermissionDenied("Only facilitators of this community can do that.")


def can_see_online_link(membership: Membership) -> bool:
    """Members of the community only: the link never appears in a public place."""
    return membership.is_active


# --- The community library (sessions_app/library.py) ----------------------------------


def get_material_for(membership: Membership, pk: int) -> Material:
    """A material of the viewer's community, or 404 (another community's is never confirmed);
    a held file (library.py) only to its uploader, 404 to everyone else."""
    material = (Material.objects.filter(community=membership.community, pk=pk)
                .filter(Q(held=False) | Q(uploaded_by_id=membership.user_id))
                .select_related("session", "uploaded_by").first())
    if material is None:
        raise Http404("No such material.")
    return material


def can_add_material(membership: Membership) -> bool:
    """Any active member brings research or guidance to the library."""
    return membership.is_active


def can_delete_material(membership: Membership, material: Material) -> bool:
    """The person who added it, or a facilitator of its community."""
    if not membership.is_active or material.community_id != membership.community_id:
        return False
    return membership.is_facilitator or material.uploaded_by_id == membership.user_id


def require_material_deleter(membership: Membership, material: Material) -> None:
    if not can_delete_material(membership, material):
        raise PermissionDenied("Only the person who added it or a facilitator can remove it.")


def is_material_uploader(membership: Membership, material: Material) -> bool:
    """Who checks a file's findings, confirms them or replaces the file: its uploader, while
    an active member of its community."""
    return (membership.is_active and material.community_id == membership.community_id
            and bool(material.file) and material.uploaded_by_id == membership.user_id)


def require_material_uploader(membership: Membership, material: Material) -> None:
    if not is_material_uploader(membership, material):
        raise PermissionDenied("Only the person who added the file can do that.")


def can_ask_for_follow_up(user: User, session: Session) -> bool:
    """Attendees (recorded, or who said they were going) once the session has started."""
    if session.starts_at > timezone.now() or session.status == SessionStatus.CANCELLED:
        return False
    return (Attendance.objects.filter(session=session, user=user).exists()
            or RSVP.objects.filter(session=session, user=user, answer=RSVPAnswer.GOING,
                                   waitlisted=False).exists())
