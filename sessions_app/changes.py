"""Telling people that sessions changed: who, once, and what changed.

One edit (of a session, of it and the later ones, of a series' rule, a cancellation) makes
at most one notification per person, listing the sessions of theirs it touched and, for
each, the old and the new ("now 10:00 to 11:30 (was 10:00 to 11:00)"). Notifications go
through members.services.notify, so each person's choices apply and each email is one
outbox message.

Who is told: for a change of time or place, the people coming and those on the waiting
list; nobody else had said they would come. For a cancellation, everyone in the community
who had not said they would not come (someone may come without replying)."""

from dataclasses import dataclass
from datetime import date, datetime

from django.utils import timezone

from members.models import NOTIFICATION_TEXT_MAX, Membership, MembershipStatus, NotificationKind
from members.services import notify

from .models import RSVP, RSVPAnswer, Session
from .recurrence import LONDON, dates_in_words


@dataclass(frozen=True)
class Before:
    """What people knew of a session before the edit."""

    starts_at: datetime
    ends_at: datetime
    venue: str
    online_link: str


def snapshot(session: Session) -> Before:
    return Before(session.starts_at, session.ends_at, session.venue, session.online_link)


def _local(moment: datetime) -> datetime:
    return timezone.localtime(moment, LONDON)


def _times(starts_at: datetime, ends_at: datetime) -> str:
    return f"{_local(starts_at):%H:%M} to {_local(ends_at):%H:%M}"


def _day(moment: datetime) -> str:
    local = _local(moment)
    return f"{local:%A} {local.day} {local:%B}"


def what_changed(before: Before, session: Session) -> str | None:
    """The change people coming need to know, in words; None if their plans stand."""
    phrases = []
    old_times, new_times = (_times(before.starts_at, before.ends_at),
                            _times(session.starts_at, session.ends_at))
    if _local(before.starts_at).date() != _local(session.starts_at).date():
        phrases.append(f"moved to {_day(session.starts_at)}, {new_times} "
                       f"(was {_day(before.starts_at)}, {old_times})")
    elif old_times != new_times:
        phrases.append(f"now {new_times} (was {old_times})")
    if before.venue != session.venue:
        phrases.append(f"now at {session.venue or 'no venue (online only)'} "
                       f"(was {before.venue or 'online only'})")
    if before.online_link != session.online_link:
        phrases.append("the online link has changed" if session.online_link and
                       before.online_link else "now with an online link"
                       if session.online_link else "no longer online")
    return ", ".join(phrases) or None


@dataclass(frozen=True)
class Change:
    """One session touched by an edit: the date people knew it by, and what changed."""

    session: Session
    known_date: date
    words: str


def change(session: Session, before: Before, words: str | None = None) -> Change | None:
    """`words` for a change other than of time or place (a cancellation)."""
    words = words or what_changed(before, session)
    return Change(session, _local(before.starts_at).date(), words) if words else None


@dataclass(frozen=True)
class Told:
    """Who an edit was told to, for the page's message."""

    changed: bool  # whether anything people coming need to know changed
    people: int  # how many were told (in the app or by email, as each has chosen)
    waiting: bool  # whether some of them are on a waiting list
    audience: str  # "coming", or "not_declined" for a cancellation

    def sentence(self) -> str:
        if not self.changed:
            return "The time and place are the same, so no one was told."
        if self.audience == "not_declined":
            if not self.people:
                return "No one was told: everyone had said they would not come."
            return f"{_people(self.people)} {'has' if self.people == 1 else 'have'} been told."
        if not self.people:
            return "Nobody had said they were coming, so no one was emailed."
        who = "who are coming or on the waiting list" if self.waiting else (
            "who is coming" if self.people == 1 else "who are coming")
        return f"{_people(self.people)} {who} {'has' if self.people == 1 else 'have'} been told."


def _people(n: int) -> str:
    if n == 1:
        return "1 person"
    return f"{n} people"


def _text(title: str, changes: list[Change]) -> str:
    """One person's notification: the sessions of theirs, grouped by what changed."""
    groups: dict[str, list[date]] = {}
    for item in sorted(changes, key=lambda c: c.known_date):
        groups.setdefault(item.words, []).append(item.known_date)

    def spelled(days: list[date], short: bool) -> str:
        if short and len(days) > 2:
            return (f"{len(days)} sessions from {days[0].day} {days[0]:%B} to "
                    f"{days[-1].day} {days[-1]:%B %Y}")
        return dates_in_words(days)

    for short in (False, True):
        text = f"{title} on " + "; on ".join(
            f"{spelled(days, short)}: {words}" for words, days in groups.items()) + "."
        if len(text) <= NOTIFICATION_TEXT_MAX:
            break
    return text


def _coming(sessions: list[Session]) -> dict[int, list[tuple[int, bool]]]:
    """Session id -> [(user id, waiting)] of those going or on its waiting list."""
    found: dict[int, list[tuple[int, bool]]] = {}
    for session_id, user_id, waiting in RSVP.objects.filter(
            session__in=[s.pk for s in sessions], answer=RSVPAnswer.GOING,
    ).values_list("session_id", "user_id", "waitlisted"):
        found.setdefault(session_id, []).append((user_id, waiting))
    return found


def _not_declined(sessions: list[Session]) -> dict[int, list[tuple[int, bool]]]:
    """Session id -> [(user id, False)] of the active members who had not said no."""
    members = list(Membership.objects.filter(
        community_id=sessions[0].community_id, status=MembershipStatus.ACTIVE,
    ).values_list("user_id", flat=True))
    declined = set(RSVP.objects.filter(
        session__in=[s.pk for s in sessions], answer=RSVPAnswer.NOT_GOING,
    ).values_list("session_id", "user_id"))
    return {s.pk: [(uid, False) for uid in members if (s.pk, uid) not in declined]
            for s in sessions}


def tell(*, actor, changes: list[Change | None], audience: str = "coming") -> Told:
    """Tell each person affected once, listing their sessions. Runs in the caller's
    transaction (the notifications and their outbox rows commit with the edit)."""
    made = [c for c in changes if c is not None]
    if not made:
        return Told(changed=False, people=0, waiting=False, audience=audience)
    sessions = [c.session for c in made]
    people = (_coming if audience == "coming" else _not_declined)(sessions)
    theirs: dict[int, list[Change]] = {}
    waiting: set[int] = set()
    for item in made:
        for user_id, is_waiting in people.get(item.session.pk, []):
            if user_id != actor.pk:
                theirs.setdefault(user_id, []).append(item)
                if is_waiting:
                    waiting.add(user_id)
    # People with the same sessions get the same words: one notify call for each group.
    # Each notification is about (and links to) the first of its sessions.
    groups: dict[tuple[str, Session], list[int]] = {}
    for user_id, items in theirs.items():
        first = min(items, key=lambda c: c.known_date).session
        groups.setdefault((_text(first.title, items), first), []).append(user_id)
    told = 0
    for (text, first), user_ids in groups.items():
        told += notify(user_ids=user_ids, kind=NotificationKind.SESSION_CHANGE,
                       community=sessions[0].community, text=text,
                       url=first.get_absolute_url(), about=first)
    return Told(changed=True, people=told, waiting=bool(waiting & set(theirs)),
                audience=audience)


def cancelled_words(reason: str) -> str:
    reason = " ".join(reason.split())
    return "cancelled" + (f" ({reason})" if reason else "")

