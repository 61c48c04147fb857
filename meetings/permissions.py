"""Who may do what while a meeting is run (docs/PERMISSIONS.md, "Running the meeting").

The viewer's active membership has already been checked with
members.permissions.get_membership_for (404 otherwise), and the session with
sessions_app.permissions.get_session_for (404 outside the viewer's community).

- Running it (start, timer, stages, end), choosing the scribe, planning formats and
  editing the community's stage guides: the community's facilitators.
- Recording questions and recommendations: the facilitators and the session's scribe.
- Marking the recommendations to try, and answering "which did you try?": the item's
  presenter.
- Following it live and saying "mark me as here": every member of the community."""

from django.core.exceptions import PermissionDenied

from members import permissions as member_permissions
from members.models import Membership, User
from sessions_app.models import AgendaItem, Session

from .models import LiveMeeting


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
