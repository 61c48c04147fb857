"""Who may do what with sessions, action points, follow-ups and the library: the rows of
docs/PERMISSIONS.md, "Who may do what", from "schedule, edit, cancel sessions" to "see
follow-up requests"; their homes are listed under "Where each rule lives".

The viewer's active membership has already been checked with
members.permissions.get_membership_for (404 otherwise). Facilitators' rights (scheduling,
agenda, the register, notes, follow-up requests) are members.permissions.require_facilitator,
against the session's community, in views and services alike."""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.utils import timezone

from members import permissions as member_permissions
from members.models import Membership, User

from .models import (
    RSVP,
    ActionPoint,
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


def can_tick_action_point(membership: Membership, action: ActionPoint) -> bool:
    """Its owner, while a member of the session's community, or a facilitator of it."""
    community_id = action.session.community_id
    return member_permissions.is_facilitator(membership, community_id) or (
        member_permissions.is_member(membership, community_id)
        and action.owner_id == membership.user_id)


def require_action_point_ticker(membership: Membership, action: ActionPoint) -> None:
    if not can_tick_action_point(membership, action):
        raise PermissionDenied("Only its owner or a facilitator can tick this off.")


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


def can_delete_material(membership: Membership, material: Material) -> bool:
    """The person who added it, or a facilitator of its community."""
    return member_permissions.is_facilitator(membership, material.community_id) or (
        member_permissions.is_member(membership, material.community_id)
        and material.uploaded_by_id == membership.user_id)


def require_material_deleter(membership: Membership, material: Material) -> None:
    if not can_delete_material(membership, material):
        raise PermissionDenied("Only the person who added it or a facilitator can remove it.")


def is_material_uploader(membership: Membership, material: Material) -> bool:
    """Who checks a file's findings, confirms them or replaces the file: its uploader, while
    an active member of its community."""
    return (member_permissions.is_member(membership, material.community_id)
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
