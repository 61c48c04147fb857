"""Four weeks after a summary: "what happened next?" The presenter is asked, once, which of
the session's recommendations they tried, how it went and what value it had (the
Wenger-Trayner value cycle); their answers are RecommendationOutcome rows, which the
evaluation counts (numbers only)."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone

from casework import services as casework_services
from cop import gate
from members.models import Membership, NotificationKind, User
from members.services import notify

from . import permissions
from .models import (
    Entry,
    EntryKind,
    ItemSummary,
    RecommendationOutcome,
    Tried,
    ValueCycle,
)
from .planning import case_names

SWEEP_LIMIT = 500


def follow_up_url(summary: ItemSummary) -> str:
    item = summary.item
    return reverse("meetings:summary_follow_up",
                   args=[item.session.community.slug, item.session_id, item.pk])


def recommendation_follow_ups_send(*, now: datetime | None = None) -> int:
    """Ask each presenter whose summary went four weeks ago (or more), once: the prompt is
    sent and follow_up_sent_at set in one transaction, the row locked, so a rerun or a
    second sweep at once sends nothing again. Summaries without a recommendation, or whose
    presenter has gone, are not asked about."""
    now = now or timezone.now()
    due = now - timedelta(weeks=settings.OUTCOME_PROMPT_AFTER_WEEKS)
    has_recommendation = Exists(Entry.objects.filter(item_id=OuterRef("item_id"),
                                                     kind=EntryKind.RECOMMENDATION))
    ids = list(ItemSummary.objects.filter(sent_at__lte=due, follow_up_sent_at__isnull=True,
                                          presenter__isnull=False)
               .filter(has_recommendation).order_by("sent_at", "pk")
               .values_list("pk", flat=True)[:SWEEP_LIMIT])
    sent = 0
    for pk in ids:
        with transaction.atomic():
            summary = (ItemSummary.objects.select_for_update(of=("self",), skip_locked=True)
                       .filter(pk=pk, follow_up_sent_at__isnull=True)
                       .select_related("item", "item__session", "item__session__community")
                       .first())
            if summary is None or summary.presenter_id is None:
                continue
            summary.follow_up_sent_at = now
            summary.save(update_fields=["follow_up_sent_at"])
            item = summary.item
            when = timezone.localtime(item.session.starts_at)
            sent += notify(user_ids=[summary.presenter_id], kind=NotificationKind.OUTCOME_PROMPT,
                           community=item.session.community,
                           text=f"What happened next for “{item.title}”? Which recommendations "
                                f"from the session on {when.day} {when:%B} did you try?",
                           url=follow_up_url(summary), about=summary)
    return sent


@dataclass(frozen=True)
class Answer:
    """The presenter's answer about one recommendation."""

    tried: str
    how_it_went: str = ""
    value: str = ""


def how_field(entry_id: int) -> str:
    """The name of an answer's free text in the form and at the gate."""
    return f"how_{entry_id}"


@transaction.atomic
def recommendation_outcomes_save(*, actor: User, membership: Membership,
                                 summary: ItemSummary, answers: Mapping[int, Answer],
                                 reasons: Mapping[str, str] | None = None
                                 ) -> list[RecommendationOutcome]:
    """Save the presenter's answers, by recommendation (an answer given again replaces
    the first). How it went passes the gate (the case's pseudonym may be named)."""
    permissions.require_summary_presenter(actor, membership, summary)
    if not answers:
        raise ValidationError("Say, for at least one recommendation, whether you tried it.")
    entries = {e.pk: e for e in Entry.objects.filter(
        item_id=summary.item_id, kind=EntryKind.RECOMMENDATION, pk__in=list(answers))}
    if set(answers) - set(entries):
        raise ValidationError("No such recommendation.")
    for answer in answers.values():
        if answer.tried not in Tried.values or answer.value not in ("", *ValueCycle.values):
            raise ValidationError("Choose from the list.")
    texts = {how_field(pk): a.how_it_went.strip() for pk, a in answers.items()}
    accepted = gate.check_texts(texts, reasons, case_names(summary.item))
    now = timezone.now()
    saved = []
    for pk, answer in answers.items():
        outcome, _ = RecommendationOutcome.objects.update_or_create(
            entry=entries[pk], defaults={"tried": answer.tried,
                                         "how_it_went": texts[how_field(pk)],
                                         "value": answer.value, "answered_at": now})
        casework_services.overrides_record(
            actor=actor, community_id=summary.item.session.community_id,
            accepted=[(f, r) for f, r in accepted if f.field == how_field(pk)], about=outcome,
            url=follow_up_url(summary))
        saved.append(outcome)
    return saved
