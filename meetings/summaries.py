"""The presenter's written summary of an agenda item (the question, the recommendations,
the ones chosen, the actions), sent in the app and by email when the item ends.

The summary row says only that, and when, it was sent: what it holds is read from the
item's plan, its entries and the session's action points when shown, so the presenter's
later choices show on its page. The notification (and its email, an outbox row written in
the same transaction by members.services.notify) carries what fits of it: the question,
the recommendations with the chosen ones ticked, and the actions; the page has it all."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator

from members.models import Membership, NotificationKind, User
from members.services import notify
from sessions_app import selectors as session_selectors
from sessions_app.models import AgendaItem

from . import live, permissions
from .models import Entry, EntryKind, ItemPlan, ItemSummary

CHOSEN_MARK = "✓"


def summary_url(item: AgendaItem) -> str:
    session = item.session
    return reverse("meetings:summary", args=[session.community.slug, session.pk, item.pk])


def _short(text: str, n: int) -> str:
    return Truncator(" ".join(text.split())).chars(n)


def summary_text(item: AgendaItem) -> str:
    """The notification's words (and its email's): as much of the summary as fits."""
    session = item.session
    when = timezone.localtime(session.starts_at)
    plan = ItemPlan.objects.filter(item=item).first()
    recommendations = list(Entry.objects.filter(item=item, kind=EntryKind.RECOMMENDATION)
                           .order_by("-chosen", "created_at", "pk"))
    actions = session_selectors.action_points(session)
    parts = [f"Your summary from {session.title} on {when.day} {when:%B}: {item.title}."]
    if plan is not None and plan.question:
        parts.append(f"Your question: “{_short(plan.question, 90)}”")
    if recommendations:
        chosen = sum(e.chosen for e in recommendations)
        listed = "; ".join(f"{CHOSEN_MARK + ' ' if e.chosen else ''}{_short(e.text, 60)}"
                           for e in recommendations)
        parts.append(f"{len(recommendations)} recommendation"
                     f"{'s' if len(recommendations) != 1 else ''} ({chosen} chosen): {listed}.")
    if actions:
        parts.append("Actions: " + "; ".join(_short(a.text, 50) for a in actions) + ".")
    return " ".join(parts)


@transaction.atomic
def item_summary_send(*, actor: User, item: AgendaItem) -> ItemSummary | None:
    """Send the summary of `item` to its presenter, once (a second call returns the first
    summary). None when the item has no presenter. Called by the live meeting when it moves
    past an item or ends (live.py), inside its transaction."""
    if item.presenter_id is None:
        return None
    summary, created = ItemSummary.objects.get_or_create(
        item=item, defaults={"presenter_id": item.presenter_id, "sent_at": timezone.now()})
    if not created:
        return summary
    session = item.session
    notify(user_ids=[item.presenter_id], kind=NotificationKind.MEETING_SUMMARY,
           community=session.community, text=summary_text(item), url=summary_url(item),
           about=summary)
    return summary


@transaction.atomic
def summary_choice_set(*, actor: User, membership: Membership, summary: ItemSummary,
                       entry_id: int, chosen: bool) -> Entry:
    """The presenter marks (or unmarks) a recommendation they want to try, from the
    summary's page."""
    permissions.require_summary_presenter(actor, membership, summary)
    entry = (Entry.objects.select_for_update()
             .filter(pk=entry_id, item_id=summary.item_id, kind=EntryKind.RECOMMENDATION)
             .select_related("item__session").first())
    if entry is None:
        raise ValidationError("No such recommendation.")
    # The same choice as on the live view (live.py), which also tells the phones following.
    return live.chosen_set(entry.item.session, entry, chosen)
