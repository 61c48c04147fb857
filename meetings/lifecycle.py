"""What happens to meetings' data (see cop/lifecycle.py).

The live meeting's part (live.py):
- Closing an account: entries (clarifying questions and recommendations) attributed to the
  person stay with the item, anonymous; their presence claims are deleted; a live meeting
  they were the scribe of has no scribe.
- Removal from a community: their presence claims there still waiting are deleted; they are
  no longer the scribe of its meetings.
- "Download my data": meeting_entries.json (the entries attributed to the person, and their
  presence claims).
- Retention: as sessions_app keeps the sessions' record (replies, attendance, action points)
  with no end date of its own, so are the entries (with their item, which goes with its
  session) and the presence claims (with their session): no retention step.
"""

from cop import lifecycle
from members.lifecycle import community_json

from .models import Entry, LiveMeeting, PresenceClaim

# --- The live meeting: closing an account, removal, download -----------------------


def live_close_account(user, now) -> None:
    Entry.objects.filter(member=user).update(member=None)
    PresenceClaim.objects.filter(user=user).delete()
    LiveMeeting.objects.filter(scribe=user).update(scribe=None)


def live_membership_removed(user, community_id, now) -> None:
    PresenceClaim.objects.filter(user=user, session__community_id=community_id,
                                 decided_at__isnull=True).delete()
    LiveMeeting.objects.filter(scribe=user, session__community_id=community_id).update(
        scribe=None)


def _session_json(session) -> dict:
    return {"title": session.title, "community": community_json(session.community),
            "starts_at": session.starts_at}


def live_entries_and_claims(user) -> dict:
    return {
        "entries_attributed_to_you": [
            {"session": _session_json(e.item.session), "agenda_item": e.item.title,
             "kind": e.get_kind_display(), "text": e.text, "chosen_by_the_presenter": e.chosen,
             "recorded_at": e.created_at}
            for e in Entry.objects.filter(member=user)
            .select_related("item", "item__session", "item__session__community")
            .order_by("created_at", "pk")
        ],
        "presence_claims": [
            {"session": _session_json(c.session), "claimed_at": c.claimed_at,
             "decided_at": c.decided_at, "confirmed": c.confirmed}
            for c in PresenceClaim.objects.filter(user=user)
            .select_related("session", "session__community").order_by("claimed_at", "pk")
        ],
    }


LIVE_EXPORT_FILES = [
    lifecycle.ExportFile(
        "meeting_entries.json", live_entries_and_claims,
        "The clarifying questions and recommendations recorded as yours in meetings, and "
        "the times you said you were at a meeting (\"mark me as here\")."),
]


# --- The declaration ---------------------------------------------------------------------------


def close_account(user, now) -> None:
    live_close_account(user, now)


def membership_removed(user, community_id, now) -> None:
    live_membership_removed(user, community_id, now)


def register() -> None:
    lifecycle.register(lifecycle.Lifecycle(
        app="meetings", close_account=close_account, membership_removed=membership_removed,
        export_files=[*LIVE_EXPORT_FILES]))
