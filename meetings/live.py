"""Writes of a session being run: starting and ending it, the timer, moving through the
agenda's items and their stages, the scribe, the entries recorded (clarifying questions and
recommendations), the presenter's choices, "mark me as here" and the register.

Each function is a transaction that locks the session's LiveMeeting row (select_for_update)
and raises its `version`, so that a phone polling the live view (views_live.live_poll) is
answered "nothing new" until something changes. The timer is kept as times, never ticked:
the stage's deadline is stage_started_at + its minutes + extra_seconds; paused, the time
left stays what it was at paused_at (resuming adds the pause to extra_seconds).

Moving past an item's last stage goes to the next item's first stage, and sends the
finished item's summary to its presenter (summaries.item_summary_send); ending the meeting
sends the current item's. A stage reached by next, previous or skip starts with its full
time, running."""

from dataclasses import dataclass
from datetime import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from casework import services as casework_services
from cop import gate
from members import permissions as member_permissions
from members.models import Membership, User
from sessions_app import services as session_services
from sessions_app.models import AgendaItem, Attendance, Session, SessionStatus

from . import permissions, planning, summaries
from .models import ENTRY_MAX, Entry, EntryKind, LiveMeeting, PresenceClaim, StageGuide
from .plan_selectors import guides_of
from .plans import PlannedStage, plan_of, planned_stages

EXTEND_MAX_MINUTES = 30


# --- Reading the agenda as it runs ------------------------------------------------------


def agenda_items(session: Session) -> list[AgendaItem]:
    """The session's items in their order, each with its plan (one query)."""
    return list(AgendaItem.objects.filter(session=session).select_related("plan", "presenter")
                .order_by("position", "pk"))


def stages_of(item: AgendaItem | None,
              guides: dict[tuple[str, str], StageGuide]) -> list[PlannedStage]:
    return planned_stages(plan_of(item), guides, item=item)


def remaining_seconds(live: LiveMeeting, minutes: int, now: datetime | None = None) -> int:
    """Seconds left in the current stage (negative once over time), as of now or, paused,
    as of the pause."""
    at = live.paused_at or now or timezone.now()
    deadline = live.stage_started_at.timestamp() + minutes * 60 + live.extra_seconds
    return int(round(deadline - at.timestamp()))


# --- The lock and the version -------------------------------------------------------------


def _locked(session: Session, *, running: bool = True) -> LiveMeeting:
    live = LiveMeeting.objects.select_for_update().filter(session=session).first()
    if live is None:
        raise ValidationError("The meeting has not started.")
    if running and live.ended_at is not None:
        raise ValidationError("The meeting has ended.")
    return live


def _save(live: LiveMeeting, *fields: str) -> LiveMeeting:
    live.version += 1
    live.save(update_fields=[*fields, "version"])
    return live


def version_bump(session: Session) -> None:
    """Something the live view shows changed besides the live state itself (an entry, a
    choice, the register): a new version, under the row's lock."""
    live = LiveMeeting.objects.select_for_update().filter(session=session).first()
    if live is not None:
        _save(live)


# --- Starting, the scribe, ending ---------------------------------------------------------


@transaction.atomic
def meeting_start(*, actor: User, membership: Membership, session: Session) -> LiveMeeting:
    """The first agenda item's first stage, its timer running. Starting again a meeting
    that is running returns it as it is."""
    permissions.require_runner(membership, session)
    session = Session.objects.select_for_update().get(pk=session.pk)  # one start at a time
    if session.status == SessionStatus.CANCELLED:
        raise ValidationError("This session is cancelled.")
    live = LiveMeeting.objects.filter(session=session).first()
    if live is not None:
        if live.ended_at is not None:
            raise ValidationError("This meeting has ended.")
        return live
    items = agenda_items(session)
    now = timezone.now()
    return LiveMeeting.objects.create(session=session, started_at=now, started_by=actor,
                                      item=items[0] if items else None, stage_index=0,
                                      stage_started_at=now)


@transaction.atomic
def scribe_set(*, actor: User, membership: Membership, session: Session,
               scribe: User | None) -> LiveMeeting:
    permissions.require_runner(membership, session)
    live = _locked(session)
    if scribe is not None and not member_permissions.user_is_member(scribe,
                                                                    session.community_id):
        raise ValidationError("The scribe must be a member of the community.")
    live.scribe = scribe
    return _save(live, "scribe")


def _send_summary(actor: User, item: AgendaItem | None) -> None:
    if item is not None and item.presenter_id is not None:
        summaries.item_summary_send(actor=actor, item=item)


@transaction.atomic
def meeting_end(*, actor: User, membership: Membership, session: Session) -> LiveMeeting:
    """Ends the meeting, sends the current item's summary, and completes the session (those
    on the register are prompted to reflect; sessions_app.services.session_complete)."""
    permissions.require_runner(membership, session)
    live = _locked(session)
    now = timezone.now()
    if live.paused_at is not None:
        live.extra_seconds += int((now - live.paused_at).total_seconds())
        live.paused_at = None
    live.ended_at = now
    _send_summary(actor, live.item)
    session_services.session_complete(actor=actor, membership=membership, session=session)
    return _save(live, "ended_at", "paused_at", "extra_seconds")


# --- The timer ------------------------------------------------------------------------------


@transaction.atomic
def timer_pause(*, actor: User, membership: Membership, session: Session) -> LiveMeeting:
    permissions.require_runner(membership, session)
    live = _locked(session)
    if live.paused_at is not None:
        return live
    live.paused_at = timezone.now()
    return _save(live, "paused_at")


@transaction.atomic
def timer_resume(*, actor: User, membership: Membership, session: Session) -> LiveMeeting:
    permissions.require_runner(membership, session)
    live = _locked(session)
    if live.paused_at is None:
        return live
    live.extra_seconds += int(round((timezone.now() - live.paused_at).total_seconds()))
    live.paused_at = None
    return _save(live, "paused_at", "extra_seconds")


@transaction.atomic
def timer_extend(*, actor: User, membership: Membership, session: Session,
                 minutes: int = 2) -> LiveMeeting:
    permissions.require_runner(membership, session)
    if not 1 <= minutes <= EXTEND_MAX_MINUTES:
        raise ValidationError(f"Add between 1 and {EXTEND_MAX_MINUTES} minutes.")
    live = _locked(session)
    live.extra_seconds += minutes * 60
    return _save(live, "extra_seconds")


# --- Stages and items -----------------------------------------------------------------------


def _go_to(live: LiveMeeting, item: AgendaItem | None, stage_index: int) -> LiveMeeting:
    live.item = item
    live.stage_index = stage_index
    live.stage_started_at = timezone.now()
    live.extra_seconds = 0
    live.paused_at = None
    return _save(live, "item", "stage_index", "stage_started_at", "extra_seconds", "paused_at")


def _where(live: LiveMeeting, items: list[AgendaItem]) -> int:
    """The current item's place in `items`; -1 if it has gone from the agenda."""
    return next((n for n, item in enumerate(items) if item.pk == live.item_id), -1)


def _check_shown(live: LiveMeeting, shown: str | None) -> None:
    """`shown`: where the run screen was ("item id:stage index") when Next or Previous was
    pressed. Elsewhere now (a double press, two facilitators), the press is refused rather
    than moving on twice."""
    if shown is not None and shown != f"{live.item_id or ''}:{live.stage_index}":
        raise ValidationError("The meeting had already moved on: this is where it is now.")


@transaction.atomic
def stage_next(*, actor: User, membership: Membership, session: Session,
               shown: str | None = None) -> LiveMeeting:
    """The next stage; after an item's last stage, the next item's first (and the finished
    item's summary goes to its presenter)."""
    permissions.require_runner(membership, session)
    live = _locked(session)
    _check_shown(live, shown)
    items = agenda_items(session)
    at = _where(live, items)
    current = items[at] if at >= 0 else None
    stages = stages_of(current, guides_of(session.community_id))
    if current is not None and live.stage_index + 1 < len(stages):
        return _go_to(live, current, live.stage_index + 1)
    if current is None and not items and live.stage_index + 1 < len(stages):
        return _go_to(live, None, live.stage_index + 1)  # no agenda: an open discussion
    if at + 1 >= len(items):
        raise ValidationError("This is the last stage of the last item: end the meeting "
                              "when you are ready.")
    _send_summary(actor, current)
    return _go_to(live, items[at + 1], 0)


stage_skip = stage_next  # "skip" ends the stage now, as "next" does


@transaction.atomic
def stage_previous(*, actor: User, membership: Membership, session: Session,
                   shown: str | None = None) -> LiveMeeting:
    """The stage before, with its full time again; before an item's first stage, the
    previous item's last."""
    permissions.require_runner(membership, session)
    live = _locked(session)
    _check_shown(live, shown)
    items = agenda_items(session)
    at = _where(live, items)
    current = items[at] if at >= 0 else None
    # The stage shown: an item whose format was shortened meanwhile shows its last.
    index = min(live.stage_index, len(stages_of(current, guides_of(session.community_id))) - 1)
    if index > 0:
        return _go_to(live, current, index - 1)
    if at <= 0:
        raise ValidationError("This is the first stage of the first item.")
    before = items[at - 1]
    return _go_to(live, before, len(stages_of(before, guides_of(session.community_id))) - 1)


# --- Entries: clarifying questions and recommendations ---------------------------------------


def _live_of(session: Session) -> LiveMeeting | None:
    return LiveMeeting.objects.filter(session=session).first()


def _check_item(session: Session, item: AgendaItem) -> None:
    if item.session_id != session.pk:
        raise ValidationError("That item is not on this session's agenda.")


@transaction.atomic
def entry_add(*, actor: User, membership: Membership, session: Session, item: AgendaItem,
              kind: str, text: str, member: User | None = None,
              reasons: dict[str, str] | None = None) -> Entry:
    """Recorded by a facilitator or the scribe; attributed to `member` or anonymous. The
    text passes the identifier gate (an item about a case may name its pseudonym)."""
    permissions.require_recorder(membership, session, _live_of(session))
    _check_item(session, item)
    if kind not in EntryKind.values:
        raise ValidationError("Choose a clarifying question or a recommendation.")
    text = text.strip()
    if not text:
        raise ValidationError("Enter the question or recommendation.")
    if len(text) > ENTRY_MAX:
        raise ValidationError(f"Keep it to {ENTRY_MAX} characters.")
    if member is not None and not member_permissions.user_is_member(member,
                                                                    session.community_id):
        raise ValidationError("Attribute it to a member of the community, or to nobody.")
    accepted = gate.check_texts({"text": text}, reasons, planning.case_names(item))
    entry = Entry.objects.create(item=item, kind=kind, text=text, member=member,
                                 recorded_by=actor)
    casework_services.overrides_record(
        actor=actor, community_id=session.community_id, accepted=accepted, about=entry,
        url=f"{session.get_absolute_url()}#agenda")
    version_bump(session)
    return entry


@transaction.atomic
def entry_remove(*, actor: User, membership: Membership, session: Session,
                 entry: Entry) -> None:
    permissions.require_recorder(membership, session, _live_of(session))
    _check_item(session, entry.item)
    casework_services.overrides_redact_about([entry])  # the words they quoted go with it
    entry.delete()
    version_bump(session)


@transaction.atomic
def entry_choose(*, actor: User, session: Session, entry: Entry, chosen: bool) -> Entry:
    """The presenter marks a recommendation they want to try (or not)."""
    _check_item(session, entry.item)
    permissions.require_presenter(actor, entry.item)
    return chosen_set(session, entry, chosen)


def chosen_set(session: Session, entry: Entry, chosen: bool) -> Entry:
    """A recommendation marked to try (or not), and the phones following told: for the
    presenter, whose right the caller has checked (here, or on the summary's page)."""
    if entry.kind != EntryKind.RECOMMENDATION:
        raise ValidationError("Only recommendations can be chosen.")
    entry.chosen = chosen
    entry.save(update_fields=["chosen"])
    version_bump(session)
    return entry


# --- Presence and the register --------------------------------------------------------------


@dataclass(frozen=True)
class Decided:
    claim: PresenceClaim
    confirmed: bool


@transaction.atomic
def presence_claim(*, actor: User, membership: Membership, session: Session) -> PresenceClaim:
    """"Mark me as here", while the meeting is running; a facilitator confirms it."""
    if not member_permissions.is_member(membership, session.community_id):
        raise PermissionDenied("Only members of the community can say they are here.")
    live = _locked(session)
    claim, created = PresenceClaim.objects.get_or_create(session=session, user=actor)
    # Asked again after a "no", or after being taken off the register since a "yes".
    if not created and claim.decided_at is not None and (
            not claim.confirmed
            or not Attendance.objects.filter(session=session, user=actor).exists()):
        claim.claimed_at, claim.decided_at, claim.confirmed = timezone.now(), None, False
        claim.save(update_fields=["claimed_at", "decided_at", "confirmed"])
    _save(live)
    return claim


@transaction.atomic
def presence_decide(*, actor: User, membership: Membership, session: Session,
                    claim: PresenceClaim, confirm: bool) -> Decided:
    """Confirmed, the person goes on the register; declined, the claim is kept as
    declined (they may ask again)."""
    permissions.require_runner(membership, session)
    if claim.session_id != session.pk:
        raise ValidationError("That is not a claim for this session.")
    live = _locked(session, running=False)
    # Under the lock: a second, stale Confirm or Decline changes nothing already decided.
    claim = PresenceClaim.objects.select_for_update().select_related("user").get(pk=claim.pk)
    if claim.decided_at is not None:
        return Decided(claim, claim.confirmed)
    if confirm:
        session_services.attendance_set(actor=actor, membership=membership, session=session,
                                        user=claim.user, present=True)
    claim.decided_at, claim.confirmed = timezone.now(), confirm
    claim.save(update_fields=["decided_at", "confirmed"])
    _save(live)
    return Decided(claim, confirm)


@transaction.atomic
def register_mark(*, actor: User, membership: Membership, session: Session, user: User,
                  present: bool) -> None:
    """The register, taken from the run screen one person at a time."""
    permissions.require_runner(membership, session)
    session_services.attendance_set(actor=actor, membership=membership, session=session,
                                    user=user, present=present)
    PresenceClaim.objects.filter(session=session, user=user, decided_at__isnull=True).update(
        decided_at=timezone.now(), confirmed=present)
    version_bump(session)
