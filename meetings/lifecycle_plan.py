"""What happens to the planning part of meetings' data (see cop/lifecycle.py): item plans
(the presenter's question), summaries and the presenter's answers about recommendations.

- Closing an account: what the person wrote, as a presenter, about how each recommendation
  went is erased (and the words kept with its identifier overrides); whether they tried it
  and its value stay, as the evaluation's counts. Their summaries stay (the community's
  discussion), shown as sent to "Former member".
- "Download my data": meeting_summaries.json: the summaries the person received (the
  question, the recommendations and which they chose, the actions) and their answers about
  what they tried.
- Retention: as sessions_app does for agenda items, a case being redacted takes with it
  the questions planned for the items about it and the answers about their
  recommendations (and the flagged words kept with their overrides).
- Stage guides are the community's words about its formats, not about a person: they stay
  when their last editor leaves; the guides page names who last edited one, "Former member"
  once their account is closed (members' account_close).
"""

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from django.db.models import Model, Q

from casework import services as casework_services
from cop import lifecycle
from members import services as member_services
from members.lifecycle import community_json
from sessions_app import selectors as session_selectors
from sessions_app.models import AgendaItem

from .models import Entry, EntryKind, ItemPlan, ItemSummary, RecommendationOutcome

APP = "meetings_plan"  # meetings' live part registers its own declaration as "meetings"


def _outcomes_of(user: Any):
    return RecommendationOutcome.objects.filter(
        Q(entry__item__summary__presenter=user) | Q(entry__item__presenter=user))


def close_account(user: Any, now: datetime) -> dict[str, int]:
    written = list(_outcomes_of(user).exclude(how_it_went="").only("pk"))
    casework_services.overrides_redact_about(written)
    erased = RecommendationOutcome.objects.filter(pk__in=[o.pk for o in written]).update(
        how_it_went="")
    return {"recommendation_answers_erased": erased}


def summaries(user: Any) -> dict[str, Any]:
    rows = list(ItemSummary.objects.filter(presenter=user)
                .select_related("item", "item__session", "item__session__community")
                .prefetch_related("item__entries", "item__entries__outcome")
                .order_by("sent_at", "pk"))
    plans = {p.item_id: p for p in ItemPlan.objects.filter(item__in=[r.item_id for r in rows])}
    out = []
    for summary in rows:
        item, session = summary.item, summary.item.session
        plan = plans.get(item.pk)
        entries = list(item.entries.all())
        out.append({
            "session": {"title": session.title, "community": community_json(session.community),
                        "starts_at": session.starts_at},
            "agenda_item": item.title,
            "sent_at": summary.sent_at,
            "follow_up_sent_at": summary.follow_up_sent_at,
            "question": plan.question if plan else "",
            "clarifying_questions": [e.text for e in entries if e.kind == EntryKind.QUESTION],
            "recommendations": [
                {"text": e.text, "chosen": e.chosen,
                 "what_you_said_later": _outcome_json(getattr(e, "outcome", None))}
                for e in entries if e.kind == EntryKind.RECOMMENDATION],
            "actions": [{"text": a.text, "due_on": a.due_on, "done": a.done}
                        for a in session_selectors.action_points(session)],
        })
    return {"summaries_received": out}


def _outcome_json(outcome: RecommendationOutcome | None) -> dict[str, Any] | None:
    if outcome is None:
        return None
    return {"tried": outcome.get_tried_display(), "how_it_went": outcome.how_it_went,
            "value": outcome.get_value_display(), "answered_at": outcome.answered_at}


EXPORT_FILES = [
    lifecycle.ExportFile(
        "meeting_summaries.json", summaries,
        "The summaries you received after presenting at a meeting (your question, the "
        "recommendations and which you chose, the actions) and what you said later about "
        "the recommendations you tried."),
]


def on_redacted(model: type[Model], titles: Mapping[int, str], notice: str) -> None:
    """A case redacted under retention: the questions planned for the agenda items about
    it, the questions and recommendations recorded on them, what presenters said about
    their recommendations, and the summaries' notifications that quoted them, go too."""
    if AgendaItem._meta.get_field("case").related_model is not model:
        return
    plans = list(ItemPlan.objects.filter(item__case_id__in=list(titles)).exclude(question="")
                 .only("pk"))
    casework_services.overrides_redact_about(plans)
    ItemPlan.objects.filter(pk__in=[p.pk for p in plans]).update(question=notice)
    outcomes = list(RecommendationOutcome.objects.filter(entry__item__case_id__in=list(titles))
                    .exclude(how_it_went="").only("pk"))
    casework_services.overrides_redact_about(outcomes)
    RecommendationOutcome.objects.filter(pk__in=[o.pk for o in outcomes]).update(
        how_it_went=notice)
    entries = list(Entry.objects.filter(item__case_id__in=list(titles)).only("pk"))
    casework_services.overrides_redact_about(entries)
    Entry.objects.filter(pk__in=[e.pk for e in entries]).update(text=notice)
    member_services.notifications_redact_about(
        ItemSummary.objects.filter(item__case_id__in=list(titles)).only("pk"), notice)


def register() -> None:
    lifecycle.register(lifecycle.Lifecycle(
        app=APP, close_account=close_account, export_files=EXPORT_FILES,
        on_redacted=on_redacted))
