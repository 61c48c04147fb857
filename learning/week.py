"""The learning record's parts of members' pages (members/page_parts.py): under "Waiting
for you" on the home, the sessions the person attended in the last four weeks that they
have not reflected on (one query); on their profile, links to their learning log and CPD
record (no query). Both are the person's own: nobody else's is ever shown."""

from members import page_parts
from members.page_parts import Part, Slot, Week

from . import selectors


def _to_reflect_on(week: Week):
    sessions = selectors.to_reflect_on(week.user, now=week.now)
    return {"to_reflect_on": sessions} if sessions else None


def _profile(user):
    return {}


def register() -> None:
    for part in (
        Part("learning", Slot.WEEK_WAITING, 40, "learning/week/_to_reflect_on.html",
             _to_reflect_on),
        Part("learning", Slot.PROFILE, 20, "learning/_profile_learning.html", _profile),
    ):
        page_parts.register(part)
