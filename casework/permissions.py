"""Who may do what with cases, comments, barriers and overrides: the rows of
docs/PERMISSIONS.md, "Who may do what", from "read a published case" to "see anonymisation
overrides", the barriers rows and escalations; their homes are listed under "Where each rule lives".

Everything here assumes the viewer's active membership in the community has already
been checked with members.permissions.get_membership_for (404 otherwise). Facilitators'
rights (moderating, every override) are members.permissions.is_facilitator, against the
case's community."""

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import Http404

from members import permissions as member_permissions
from members.models import Membership, User

from . import selectors
from .models import Barrier, CaseStatus, CaseStudy, Comment, Escalation


def _readable(membership: Membership, case: CaseStudy | None) -> CaseStudy:
    if case is None:
        raise Http404("No such case.")
    if case.status == CaseStatus.DRAFT and case.author_id != membership.user_id:
        raise Http404("No such case.")
    return case


def get_case_for(membership: Membership, pk: int) -> CaseStudy:
    """A case of the viewer's community they may read: drafts only for their author."""
    return _readable(membership, selectors.case_in_community(membership.community, pk))


def get_case_page_for(membership: Membership, pk: int, *, all_overrides: bool) -> CaseStudy:
    """get_case_for, with what the case page shows about the viewer (selectors.case_page)."""
    return _readable(membership, selectors.case_page(membership, pk,
                                                     all_overrides=all_overrides))


def is_author(user: User | AnonymousUser, obj: CaseStudy | Comment) -> bool:
    return obj.author_id is not None and obj.author_id == user.id


def require_author(user: User | AnonymousUser, obj: CaseStudy | Comment) -> None:
    if not is_author(user, obj):
        raise PermissionDenied("Only the author can do that.")


def can_edit_case(user: User | AnonymousUser, case: CaseStudy) -> bool:
    return is_author(user, case) and case.status != CaseStatus.ARCHIVED


def can_discuss(case: CaseStudy) -> bool:
    """Comments and barriers go on cases the community can see and that are still open."""
    return case.status == CaseStatus.PUBLISHED


def get_comment_for(case: CaseStudy, pk: int) -> Comment:
    comment = selectors.comment_on_case(case, pk)
    if comment is None:
        raise Http404("No such comment.")
    return comment


def get_barrier_for(case: CaseStudy, pk: int) -> Barrier:
    barrier = selectors.barrier_on_case(case, pk)
    if barrier is None:
        raise Http404("No such barrier.")
    return barrier


def can_edit_barrier(user: User | AnonymousUser, barrier: Barrier, case: CaseStudy) -> bool:
    return user.id in (barrier.recorded_by_id, case.author_id)


def require_barrier_editor(user: User | AnonymousUser, barrier: Barrier, case: CaseStudy
                           ) -> None:
    if not can_edit_barrier(user, barrier, case):
        raise PermissionDenied("Only the person who recorded it or the case's author can "
                               "change this barrier.")


def can_see_cross_community_barriers(user: User | AnonymousUser) -> bool:
    """Counts across communities (suppressed under 5): evaluators and site admins only."""
    return member_permissions.is_evaluator(user) or member_permissions.is_site_admin(user)


# --- Escalations and the system barriers brief ---------------------------------------------


def get_escalation_for(membership: Membership, pk: int) -> Escalation:
    """An escalation of the viewer's community: every member reads them (raising barriers
    visibly leads somewhere); 404 for any other."""
    escalation = selectors.escalation_in_community(membership.community, pk)
    if escalation is None:
        raise Http404("No such escalation.")
    return escalation


ESCALATIONS_REFUSAL = ("Only facilitators of this community can record escalations and make "
                       "the system barriers brief.")


def can_escalate(membership: Membership | None, community_id: int) -> bool:
    """Recording and updating escalations, and the system barriers brief (a document for a
    board, outside the community): the community's facilitators."""
    return member_permissions.is_facilitator(membership, community_id)


def require_can_escalate(membership: Membership | None, community_id: int) -> None:
    if not can_escalate(membership, community_id):
        raise PermissionDenied(ESCALATIONS_REFUSAL)
