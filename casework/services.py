"""Writes for cases, comments, follows, barriers and escalations. Each function is a
transaction."""

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import F, Max, Q
from django.db.models.functions import Coalesce
from django.utils import timezone

from cop import gate
from members import permissions as member_permissions
from members.models import Community, Membership, NotificationKind, User
from members.services import notify
from servicemap.models import Service

from . import permissions, selectors
from .models import (
    CASE_TEXT_FIELDS,
    AnonymisationOverride,
    Barrier,
    CaseRevision,
    CaseStatus,
    CaseStudy,
    Comment,
    Escalation,
    Follow,
    OutcomePrompt,
)

CASE_FIELDS = ["pseudonym", "needs_domains", "for_discussion"] + [f for f, _ in CASE_TEXT_FIELDS]

# Facilitator moderation: which status each action leads to, and from where.
MODERATION = {
    "close": (CaseStatus.CLOSED, {CaseStatus.PUBLISHED}),
    "reopen": (CaseStatus.PUBLISHED, {CaseStatus.CLOSED}),
    "archive": (CaseStatus.ARCHIVED, {CaseStatus.PUBLISHED, CaseStatus.CLOSED}),
    "return_to_draft": (CaseStatus.DRAFT,
                        {CaseStatus.PUBLISHED, CaseStatus.CLOSED, CaseStatus.ARCHIVED}),
}


def _case_texts(case: CaseStudy) -> dict[str, str]:
    return {field: getattr(case, field) for field, _ in CASE_TEXT_FIELDS}


def _snapshot(case: CaseStudy) -> dict[str, Any]:
    return {field: getattr(case, field) for field in CASE_FIELDS} | {"status": case.status}


def overrides_record(*, actor: User, community_id: int,
                     accepted: Iterable[tuple[gate.FieldFinding, str]],
                     case: CaseStudy | None = None, comment: Comment | None = None,
                     about: models.Model | None = None, url: str = "") -> None:
    """Keep, with its reason, each finding the author declared not to be an identifier
    (`accepted` from gate.check_known). Other apps call this for their own texts, with `about`
    (what the text belongs to) and `url` (where it is read)."""
    AnonymisationOverride.objects.bulk_create(
        AnonymisationOverride(
            community_id=community_id, case=case, comment=comment, user=actor,
            about_type=about._meta.label_lower if about is not None else "",
            about_id=about.pk if about is not None else None,
            url=url, field=finding.field, kind=finding.kind,
            flagged_text=finding.text[:200], reason=reason,
        )
        for finding, reason in accepted
    )


def overrides_redact_about(objects: Iterable[models.Model], notice: str = "[removed]") -> int:
    """The text those objects held is gone (deleted, or redacted under retention): so are
    the copies of its flagged words kept with the overrides about them."""
    objects = list(objects)
    if not objects:
        return 0
    return AnonymisationOverride.objects.filter(
        about_type=objects[0]._meta.label_lower, about_id__in=[o.pk for o in objects],
    ).update(flagged_text=notice)


def _record_overrides(*, actor: User, case: CaseStudy,
                      accepted: Iterable[tuple[gate.FieldFinding, str]],
                      comment: Comment | None = None) -> None:
    overrides_record(actor=actor, community_id=case.community_id, accepted=accepted,
                     case=case, comment=comment)


@transaction.atomic
def case_create(*, actor: User, community: Community, data: dict[str, Any]) -> CaseStudy:
    """A new case starts as a draft that only its author can see."""
    now = timezone.now()
    case = CaseStudy(community=community, author=actor, status=CaseStatus.DRAFT,
                     created_at=now, updated_at=now, last_activity_at=now)
    for field in CASE_FIELDS:
        setattr(case, field, data.get(field, getattr(case, field)))
    case.full_clean(exclude=["search_vector"])
    case.save()
    CaseRevision.objects.create(case=case, actor=actor, kind=CaseRevision.Kind.CREATED,
                                to_status=case.status, snapshot=_snapshot(case))
    Follow.objects.get_or_create(user=actor, case=case)
    return case


@transaction.atomic
def case_update(*, actor: User, case: CaseStudy, data: dict[str, Any],
                reasons: dict[str, str]) -> CaseStudy:
    """The author edits; a case the community can see must pass the gate again."""
    permissions.require_author(actor, case)
    if case.status == CaseStatus.ARCHIVED:
        raise PermissionDenied("An archived case cannot be edited.")
    for field in CASE_FIELDS:
        if field in data:
            setattr(case, field, data[field])
    case.full_clean(exclude=["search_vector"])
    accepted = []
    if case.is_visible_to_community:
        accepted = gate.check_known(_case_texts(case), allowed_names=[case.pseudonym],
                              reasons=reasons)
    case.updated_at = timezone.now()
    case.save()
    _record_overrides(actor=actor, case=case, accepted=accepted)
    CaseRevision.objects.create(case=case, actor=actor, kind=CaseRevision.Kind.EDITED,
                                to_status=case.status, snapshot=_snapshot(case))
    return case


@transaction.atomic
def case_finding_fix(*, actor: User, case: CaseStudy, key: str, replacement: str = ""
                     ) -> gate.Fix | None:
    """Fix one finding in a draft in place (the publishing page): replace exactly it with
    `replacement` or its kind's neutral word, and keep the change in the case's history.
    None if the draft no longer holds that finding."""
    case = CaseStudy.objects.select_for_update().get(pk=case.pk)
    permissions.require_author(actor, case)
    if case.status != CaseStatus.DRAFT:
        raise ValidationError("Only a draft is fixed on the publishing page.")
    result = gate.fix(_case_texts(case), key, replacement)
    if result is None:
        return None
    texts, done = result
    case_update(actor=actor, case=case, data={done.field: texts[done.field]}, reasons={})
    return done


@transaction.atomic
def case_publish(*, actor: User, case: CaseStudy, reasons: dict[str, str]) -> CaseStudy:
    """Publish a draft to the community, once every finding is fixed or overridden."""
    case = CaseStudy.objects.select_for_update().get(pk=case.pk)
    permissions.require_author(actor, case)
    if case.status != CaseStatus.DRAFT:
        raise ValidationError("Only a draft can be published.")
    accepted = gate.check_known(_case_texts(case), allowed_names=[case.pseudonym],
                              reasons=reasons)
    now = timezone.now()
    first_publication = case.published_at is None
    case.status = CaseStatus.PUBLISHED
    case.published_at = case.published_at or now
    case.updated_at = case.last_activity_at = now
    case.save(update_fields=["status", "published_at", "updated_at", "last_activity_at"])
    _record_overrides(actor=actor, case=case, accepted=accepted)
    CaseRevision.objects.create(case=case, actor=actor, kind=CaseRevision.Kind.STATUS,
                                from_status=CaseStatus.DRAFT, to_status=case.status,
                                snapshot=_snapshot(case))
    if first_publication:
        from members.selectors import active_member_ids

        notify(
            user_ids=[uid for uid in active_member_ids(case.community) if uid != actor.id],
            kind=NotificationKind.NEW_CASE, community=case.community,
            text=f"New case in {case.community.name}: {case.title}",
            url=case.get_absolute_url(), about=case,
        )
    return case


@transaction.atomic
def case_moderate(*, actor: User, membership: Membership, case: CaseStudy, action: str,
                  reason: str) -> CaseStudy:
    """Facilitators close, reopen, archive or return a case to draft, always with a reason."""
    member_permissions.require_facilitator(membership, case.community_id)
    if action not in MODERATION:
        raise ValidationError("Unknown action.")
    if not reason.strip():
        raise ValidationError("Give a reason: the author and the history will show it.")
    to_status, allowed_from = MODERATION[action]
    case = CaseStudy.objects.select_for_update().get(pk=case.pk)
    if case.status not in allowed_from:
        raise ValidationError(f"A {case.get_status_display().lower()} case cannot be changed "
                              "that way.")
    from_status = case.status
    case.status = to_status
    case.updated_at = timezone.now()
    case.save(update_fields=["status", "updated_at"])
    CaseRevision.objects.create(case=case, actor=actor, kind=CaseRevision.Kind.STATUS,
                                from_status=from_status, to_status=to_status,
                                reason=reason.strip(), snapshot=_snapshot(case))
    return case


@transaction.atomic
def case_follow_set(*, actor: User, case: CaseStudy, following: bool) -> bool:
    if following:
        Follow.objects.get_or_create(user=actor, case=case)
    else:
        Follow.objects.filter(user=actor, case=case).delete()
    return following


@transaction.atomic
def comment_create(*, actor: User, case: CaseStudy, body: str, parent: Comment | None,
                   reasons: dict[str, str]) -> Comment:
    if case.status != CaseStatus.PUBLISHED:
        raise ValidationError("Comments are open only on published cases.")
    if not body.strip():
        raise ValidationError("Write a comment first.")
    if parent is not None:
        if parent.case_id != case.pk:
            raise ValidationError("That comment is not on this case.")
        parent = parent.parent or parent  # threads are one level deep
    accepted = gate.check_known({"body": body}, allowed_names=[case.pseudonym], reasons=reasons)
    now = timezone.now()
    comment = Comment.objects.create(case=case, community_id=case.community_id, author=actor,
                                     parent=parent, body=body, created_at=now)
    _record_overrides(actor=actor, case=case, accepted=accepted, comment=comment)
    CaseStudy.objects.filter(pk=case.pk).update(comment_count=F("comment_count") + 1,
                                                last_activity_at=now)
    from . import selectors

    notify(
        user_ids=selectors.followers(case, exclude_user_id=actor.id),
        kind=NotificationKind.NEW_COMMENT, community=case.community,
        text=f"{actor.display_name} commented on “{case.title}”",
        url=f"{case.get_absolute_url()}#comment-{comment.pk}", about=case,
    )
    return comment


@transaction.atomic
def comment_update(*, actor: User, comment: Comment, body: str, reasons: dict[str, str]) -> Comment:
    permissions.require_author(actor, comment)
    if comment.is_removed:
        raise ValidationError("A removed comment cannot be edited.")
    if not body.strip():
        raise ValidationError("A comment cannot be empty.")
    accepted = gate.check_known({"body": body}, allowed_names=[comment.case.pseudonym],
                          reasons=reasons)
    comment.body = body
    comment.edited_at = timezone.now()
    comment.save(update_fields=["body", "edited_at"])
    _record_overrides(actor=actor, case=comment.case, accepted=accepted, comment=comment)
    return comment


@transaction.atomic
def comment_remove(*, actor: User, membership: Membership, comment: Comment,
                   reason: str) -> Comment:
    """A facilitator removes a comment with a reason; its words are not kept (they may be
    what identified someone), the thread shows that it was removed."""
    member_permissions.require_facilitator(membership, comment.case.community_id,
                                           "Only facilitators of this community can remove "
                                           "comments.")
    if not reason.strip():
        raise ValidationError("Give a reason for removing the comment.")
    comment.body = ""
    comment.removed_at = timezone.now()
    comment.removed_by = actor
    comment.removal_reason = reason.strip()
    comment.save(update_fields=["body", "removed_at", "removed_by", "removal_reason"])
    return comment


BARRIER_FIELDS = ["service_type", "service", "category", "description", "overcome",
                  "how_overcome"]
BARRIER_TEXT_FIELDS = ["description", "how_overcome"]  # these pass the gate


def _require_own_service(service: Service | None, community_id: int) -> None:
    """A barrier or an escalation names a service of its own community's directory only."""
    if service is not None and service.community_id != community_id:
        raise ValidationError("Choose a service from this community's directory.")


def _barrier_gate(*, actor: User, barrier: Barrier, reasons: dict[str, str]) -> None:
    """A barrier is read by the community: its texts pass the gate (the case's pseudonym
    may name the person), and overrides are kept against the barrier and its case."""
    case = barrier.case
    _require_own_service(barrier.service, case.community_id)
    accepted = gate.check_known({f: getattr(barrier, f) for f in BARRIER_TEXT_FIELDS},
                                allowed_names=[case.pseudonym], reasons=reasons)
    barrier.save()
    overrides_record(actor=actor, community_id=case.community_id, accepted=accepted,
                     case=case, about=barrier, url=f"{case.get_absolute_url()}#barriers")


@transaction.atomic
def barrier_create(*, actor: User, case: CaseStudy, data: dict[str, Any],
                   reasons: dict[str, str] | None = None) -> Barrier:
    if case.status != CaseStatus.PUBLISHED:
        raise ValidationError("Barriers are recorded on published cases.")
    barrier = Barrier(case=case, recorded_by=actor,
                      **{f: data[f] for f in BARRIER_FIELDS if f in data})
    barrier.full_clean()
    _barrier_gate(actor=actor, barrier=barrier, reasons=reasons or {})
    return barrier


@transaction.atomic
def barrier_update(*, actor: User, barrier: Barrier, data: dict[str, Any],
                   reasons: dict[str, str] | None = None) -> Barrier:
    """Whoever recorded a barrier, or the case's author, updates it (e.g. how it was overcome)."""
    permissions.require_barrier_editor(actor, barrier, barrier.case)
    for field in BARRIER_FIELDS:
        if field in data:
            setattr(barrier, field, data[field])
    barrier.updated_at = timezone.now()
    barrier.full_clean()
    _barrier_gate(actor=actor, barrier=barrier, reasons=reasons or {})
    return barrier


ESCALATION_FIELDS = ["title", "raised_with", "raised_on", "service", "service_type",
                     "category", "evidence", "response", "status"]
# Read by the community and handed to boards: these pass the gate.
ESCALATION_TEXT_FIELDS = ["title", "raised_with", "evidence", "response"]


def _escalation_gate(*, actor: User, escalation: Escalation, allowed_names: list[str],
                     reasons: dict[str, str]) -> None:
    """Save the escalation once its texts pass the gate, keeping each finding the
    facilitator declared not to be an identifier against it."""
    _require_own_service(escalation.service, escalation.community_id)
    escalation.full_clean()
    accepted = gate.check_known({f: getattr(escalation, f) for f in ESCALATION_TEXT_FIELDS},
                                allowed_names=allowed_names, reasons=reasons)
    escalation.save()
    overrides_record(actor=actor, community_id=escalation.community_id, accepted=accepted,
                     about=escalation, url=escalation.get_absolute_url())


@transaction.atomic
def escalation_create(*, actor: User, membership: Membership, data: dict[str, Any],
                      barrier: Barrier | None = None, reasons: dict[str, str] | None = None
                      ) -> Escalation:
    """A facilitator records a recurring barrier raised with a body that can change it;
    `barrier`, the barrier it was raised from, if it was (one of the community's)."""
    community = membership.community
    permissions.require_can_escalate(membership, community.pk)
    if barrier is not None and (barrier.case.community_id != community.pk
                                or not barrier.case.is_visible_to_community):
        raise ValidationError("That barrier is not one this community can see.")
    now = timezone.now()
    escalation = Escalation(community=community, created_by=actor, created_at=now,
                            updated_at=now,
                            **{f: data[f] for f in ESCALATION_FIELDS if f in data})
    _escalation_gate(actor=actor, escalation=escalation, reasons=reasons or {},
                     allowed_names=selectors.escalation_pseudonyms(None, barrier))
    if barrier is not None:
        escalation.barriers.add(barrier)
    return escalation


@transaction.atomic
def escalation_update(*, actor: User, membership: Membership, escalation: Escalation,
                      data: dict[str, Any], reasons: dict[str, str] | None = None
                      ) -> Escalation:
    """A facilitator records the response, a new status, or corrects what was sent."""
    permissions.require_can_escalate(membership, escalation.community_id)
    escalation = Escalation.objects.select_for_update().get(pk=escalation.pk)
    escalation.community = membership.community  # the same one, for its address
    for field in ESCALATION_FIELDS:
        if field in data:
            setattr(escalation, field, data[field])
    escalation.updated_at = timezone.now()
    _escalation_gate(actor=actor, escalation=escalation, reasons=reasons or {},
                     allowed_names=selectors.escalation_pseudonyms(escalation))
    return escalation


def outcome_prompts_send(*, now: datetime | None = None) -> int:
    """Ask authors for "what happened next" some weeks after their case was last discussed:
    published, or on the agenda of a session that has taken place, whichever is later.
    One prompt per case ever: the unique OutcomePrompt row makes a rerun a no-op."""
    now = now or timezone.now()
    due = now - timedelta(weeks=settings.OUTCOME_PROMPT_AFTER_WEEKS)
    last_session = Max("agenda_items__session__starts_at",
                       filter=Q(agenda_items__session__status="completed"))
    cases = (CaseStudy.objects.filter(status=CaseStatus.PUBLISHED, published_at__lte=due,
                                      outcome="", outcome_prompt__isnull=True)
             .exclude(author__isnull=True)
             .annotate(last_discussed=Coalesce(last_session, "published_at"))
             .filter(last_discussed__lte=due)
             .select_related("community")[:500])
    sent = 0
    for case in cases:
        with transaction.atomic():
            _, created = OutcomePrompt.objects.get_or_create(case=case)
            if not created:
                continue
            assert case.author_id is not None  # authorless cases are left out above
            notify(user_ids=[case.author_id], kind=NotificationKind.OUTCOME_PROMPT,
                   community=case.community,
                   text=f"What happened next for “{case.title}”? Add the outcome to your case.",
                   url=case.get_absolute_url(), about=case)
            sent += 1
    return sent
