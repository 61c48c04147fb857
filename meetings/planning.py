"""Writes for planning a meeting: an agenda item's format, the minutes of each of its
stages and the presenter's question; and the community's own words for a stage's guide.
Each function is a transaction; every text members read passes the identifier gate
(cop/gate.py), an override kept with its reason against what the text belongs to."""

from collections.abc import Mapping, Sequence

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from casework import services as casework_services
from cop import gate
from members.models import Membership, User
from sessions_app.models import AgendaItem, SessionStatus

from . import live, permissions
from .formats import Format, default_minutes, stages
from .models import ItemPlan, StageGuide

MAX_STAGE_MINUTES = 180


def case_names(item: AgendaItem) -> list[str]:
    """An item about a case may name the case's pseudonym."""
    case = item.case
    return [case.pseudonym] if case is not None and case.pseudonym else []


def plan_url(item: AgendaItem) -> str:
    return reverse("meetings:plan_item",
                   args=[item.session.community.slug, item.session_id, item.pk])


def _check_minutes(format_key: str, minutes: Sequence[int] | None) -> list[int]:
    expected = len(stages(format_key))
    if not minutes:
        return default_minutes(format_key)
    if len(minutes) != expected:
        raise ValidationError("Give the minutes of every stage of the format.")
    if not all(isinstance(m, int) and 1 <= m <= MAX_STAGE_MINUTES for m in minutes):
        raise ValidationError(f"Each stage takes from 1 to {MAX_STAGE_MINUTES} minutes.")
    return list(minutes)


@transaction.atomic
def item_plan_save(*, actor: User, membership: Membership, item: AgendaItem, format: str,
                   stage_minutes: Sequence[int] | None = None, question: str = "",
                   reasons: Mapping[str, str] | None = None) -> ItemPlan:
    """Set an item's format, its stages' minutes (the format's defaults when not given,
    or when the format changes) and the presenter's question."""
    session = item.session
    permissions.require_planner(membership, session)
    if session.status == SessionStatus.CANCELLED:
        raise ValidationError("This session is cancelled.")
    if format not in Format.values:
        raise ValidationError("Choose a format.")
    minutes = _check_minutes(format, stage_minutes)
    question = question.strip()
    accepted = gate.check_texts({"question": question}, reasons, case_names(item))
    plan = ItemPlan.objects.select_for_update().filter(item=item).first()
    if plan is None:
        plan = ItemPlan(item=item)
    plan.format, plan.stage_minutes, plan.question = format, minutes, question
    plan.save()
    casework_services.overrides_record(
        actor=actor, accepted=accepted, about=plan, community_id=session.community_id,
        url=plan_url(item))
    live.version_bump(session)  # a meeting under way: the phones following it see the change
    return plan


def _check_stage(format_key: str, stage_key: str) -> None:
    if format_key not in Format.values or stage_key not in {s.key for s in stages(format_key)}:
        raise ValidationError("No such stage.")


@transaction.atomic
def stage_guide_save(*, actor: User, membership: Membership, format: str, stage: str,
                     guide: str, avoid: str = "",
                     reasons: Mapping[str, str] | None = None) -> StageGuide:
    """The community's own words for a stage's guide and what to avoid. Generic words,
    but members read them, so they pass the gate like any text."""
    permissions.require_guide_editor(membership)
    _check_stage(format, stage)
    guide, avoid = guide.strip(), avoid.strip()
    if not guide:
        raise ValidationError("Enter the guide.")
    accepted = gate.check_texts({"guide": guide, "avoid": avoid}, reasons)
    row, _ = StageGuide.objects.update_or_create(
        community_id=membership.community_id, format=format, stage=stage,
        defaults={"guide": guide, "avoid": avoid, "updated_by": actor,
                  "updated_at": timezone.now()})
    casework_services.overrides_record(
        actor=actor, accepted=accepted, about=row, community_id=membership.community_id,
        url=reverse("meetings:guides", args=[membership.community.slug]) + f"#{format}-{stage}")
    return row


@transaction.atomic
def stage_guide_reset(*, actor: User, membership: Membership, format: str,
                      stage: str) -> bool:
    """Back to the default words (formats.py). Whether there was anything to reset."""
    permissions.require_guide_editor(membership)
    _check_stage(format, stage)
    rows = list(StageGuide.objects.filter(community_id=membership.community_id,
                                          format=format, stage=stage))
    casework_services.overrides_redact_about(rows)
    StageGuide.objects.filter(pk__in=[r.pk for r in rows]).delete()
    return bool(rows)
