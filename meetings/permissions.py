"""Who may do what while a meeting is run (docs/PERMISSIONS.md, "Running the meeting").

The viewer's active membership has already been checked with
members.permissions.get_membership_for (404 otherwise), and the session with
sessions_app.permissions.get_session_for (404 outside the viewer's community).

- Running it (start, timer, stages, end), choosing the scribe, planning formats and
  editing the community's stage guides: the community's facilitators.
- Recording questions and recommendations: the facilitators and the session's scribe.
- Marking the recommendations to try, and answering "which did you try?": the item's
  presenter.
- Following it live and saying "mark me as here": every member of the community.
- Reading an item's summary (the question, the recommendations and who offered them, the
  chosen ones, the actions): every member of the community (it is the community's
  discussion); marking the chosen ones there, and answering "which did you try?": the
  presenter, while a member.
- Reading the formats and their stage guides: every member; editing a guide, and planning
  an item's format, timings and question: the community's facilitators."""

from django.core.exceptions import PermissionDenied
from django.http import Http404

from members import permissions as member_permissions
from members.models import Membership, User
from sessions_app.models import AgendaItem, Session

from .models import ItemSummary, LiveMeeting


def can_run(membership: Membership, session: Session) -> bool:
    return member_permissions.is_facilitator(membership, session.community_id)


def require_runner(membership: Membership, session: Session) -> None:
    if not can_run(membership, session):
        raise PermissionDenied("Only a facilitator can run this session.")


def can_record(membership: Membership, session: Session, live: LiveMeeting | None) -> bool:
    """Facilitators, and the scribe of a session being run (while a member)."""
    if can_run(membership, session):
        return True
    return (live is not None and live.ended_at is None
            and live.scribe_id == membership.user_id
            and member_permissions.is_member(membership, session.community_id))


def require_recorder(membership: Membership, session: Session,
                     live: LiveMeeting | None) -> None:
    if not can_record(membership, session, live):
        raise PermissionDenied("Only a facilitator or the scribe can record this.")


def is_presenter(user: User, item: AgendaItem) -> bool:
    return item.presenter_id is not None and item.presenter_id == user.pk


def require_presenter(user: User, item: AgendaItem) -> None:
    if not is_presenter(user, item):
        raise PermissionDenied("Only the presenter can do that.")


# --- Planning, guides, summaries and the presenter's follow-up (issue 19) ------------------


def can_plan(membership: Membership, session: Session) -> bool:
    """An item's format, timings and question: who runs the session."""
    return can_run(membership, session)


def require_planner(membership: Membership, session: Session) -> None:
    if not can_plan(membership, session):
        raise PermissionDenied("Only a facilitator can plan this session.")


def can_edit_guides(membership: Membership) -> bool:
    """The community's own words for a stage's guide: its facilitators."""
    return member_permissions.is_facilitator(membership, membership.community_id)


def require_guide_editor(membership: Membership) -> None:
    if not can_edit_guides(membership):
        raise PermissionDenied("Only a facilitator can edit the stage guides.")


def get_summary_for(membership: Membership, session: Session, item_pk: int) -> ItemSummary:
    """The summary of an item of `session` (already the viewer's community's), once sent:
    every member of the community reads it; 404 otherwise."""
    summary = (ItemSummary.objects
               .filter(item__session=session, item_id=item_pk,
                       item__session__community_id=membership.community_id)
               .select_related("item", "item__presenter", "item__case").first())
    if summary is None or not member_permissions.is_member(membership, session.community_id):
        raise Http404("No such summary.")
    summary.item.session = session
    return summary


def is_summary_presenter(user: User, membership: Membership, summary: ItemSummary) -> bool:
    """Who marks the recommendations to try and answers "which did you try?": the presenter
    the summary was sent to (the one the four-week prompt goes to, even if the item's
    presenter was changed since), while a member of its community."""
    return (summary.presenter_id is not None and summary.presenter_id == user.pk
            and member_permissions.is_member(membership, summary.item.session.community_id))


def require_summary_presenter(user: User, membership: Membership,
                              summary: ItemSummary) -> None:
    if not is_summary_presenter(user, membership, summary):
        raise PermissionDenied("Only the presenter can do that.")
