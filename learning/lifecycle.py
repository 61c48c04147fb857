"""What happens to the learning record (see cop/lifecycle.py).

- Closing an account: the person's reflections are erased, and the record of the prompts
  they were sent; nobody else relies on them (their attendance stays with sessions_app,
  as "Former member"). Certificates and the CPD record are made on request from the
  attendance and the reflections, and never stored: nothing else to erase.
- "Download my data": learning.json, their reflections (with the session each is about)
  and the sessions they attended with the hours the CPD record counts.
- Retention: kept while the account lives, for as long as the person keeps them (they may
  delete any at any time): a CPD record runs over years (the NMC revalidates every three),
  and nobody else reads them. No retention step.
- Removal from a community: nothing goes. The reflections and the attendance they draw on
  are the person's own learning, not the community's.
"""

from decimal import Decimal

from cop import lifecycle
from members.lifecycle import community_json

from . import selectors
from .models import Reflection, ReflectionPrompt


def close_account(user, now) -> dict[str, int]:
    deleted = Reflection.objects.filter(user=user).delete()[1].get(Reflection._meta.label, 0)
    ReflectionPrompt.objects.filter(user=user).delete()
    return {"reflections_erased": deleted}


def _session_json(session) -> dict | None:
    if session is None:
        return None
    return {"title": session.title, "community": community_json(session.community),
            "starts_at": session.starts_at, "ends_at": session.ends_at}


def learning(user) -> dict:
    """Two queries: the reflections, and the sessions attended."""
    sessions = selectors.attended_sessions(user, limit=None)
    hours = [selectors.hours_of(s.starts_at, s.ends_at) for s in sessions]
    return {
        "reflections": [
            {"session": _session_json(r.session), "what_i_learned": r.learned,
             "what_i_will_do_differently": r.differently, "created_at": r.created_at,
             "updated_at": r.updated_at}
            for r in selectors.my_reflections(user).order_by("created_at", "pk")
        ],
        "cpd_record": {
            "format_of_learning": selectors.LEARNING_FORMAT,
            "total_hours": selectors.hours_words(sum(hours, Decimal(0))),
            "sessions_attended": [
                {"session": _session_json(s), "hours": selectors.hours_words(h)}
                for s, h in zip(reversed(sessions), reversed(hours), strict=True)],
        },
    }


EXPORT_FILES = [
    lifecycle.ExportFile(
        "learning.json", learning,
        "Your learning log: the reflections you wrote (what you learned, what you will do "
        "differently), and your CPD record: the sessions you attended, with their hours."),
]


def register() -> None:
    lifecycle.register(lifecycle.Lifecycle(
        app="learning", close_account=close_account, export_files=EXPORT_FILES))
