"""The presenter's written summary of an agenda item (the question, the recommendations,
the ones chosen, the actions), sent in the app and by email when the item ends."""

from members.models import User
from sessions_app.models import AgendaItem

from .models import ItemSummary


def item_summary_send(*, actor: User, item: AgendaItem) -> ItemSummary | None:
    """Send the summary of `item` to its presenter, once (a second call returns the first
    summary). None when the item has no presenter. Called by the live meeting when it moves
    past an item or ends (live.py), inside its transaction."""
    raise NotImplementedError  # written by the planning part (issue 19)
