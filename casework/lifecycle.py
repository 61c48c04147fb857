"""What happens to casework's data (see cop/lifecycle.py).

- Closing an account: the person's cases, comments, barriers and identifier overrides
  (on cases, comments, barriers, and other apps' texts: sessions, agenda items, action
  points, follow-up requests) stay in their communities, shown as written by "Former
  member" (the account's name is erased), and so do the escalations they recorded; the
  cases they follow are forgotten.
- "Download my data": cases.json (drafts and history included), comments.json,
  case_activity.json (barriers recorded, identifier warnings overridden wherever they
  were, with what they were about and where, cases followed, escalations recorded).
- Retention, daily: the free text of a case closed or archived longer ago than
  CLOSED_CASE_READABLE_DAYS (and of its comments, barriers, overrides and history) is
  replaced with a notice; other apps' copies of its title are told (`announce_redacted`).
  Overrides about other apps' texts go with those texts: the app whose text is deleted or
  redacted calls `services.overrides_redact_about` (sessions_app does, for agenda items).
- The system barriers brief (brief.py) keeps nothing: it is made on request and sent, with
  no file and no record of the texts picked; its download is an entry in the audit trail
  (its period and how many examples; members' lifecycle covers the trail).
"""

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Case, Max, Prefetch, Q, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone

from cop import lifecycle
from members.lifecycle import community_json

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
)

# --- Closing an account -----------------------------------------------------------------------


def close_account(user, now) -> None:
    Follow.objects.filter(user=user).delete()


# --- "Download my data" -----------------------------------------------------------------------


def cases(user) -> list[dict[str, Any]]:
    revisions = Prefetch("revisions", CaseRevision.objects.order_by("created_at", "pk"))
    out = []
    for case in (CaseStudy.objects.filter(author=user).select_related("community")
                 .prefetch_related(revisions).order_by("created_at", "pk")):
        item: dict[str, Any] = {"id": case.pk, "community": community_json(case.community),
                "status": case.get_status_display(), "pseudonym": case.pseudonym}
        item |= {field: getattr(case, field) for field, _ in CASE_TEXT_FIELDS}
        item |= {
            "needs_domains": case.get_needs_domains_display(),
            "for_discussion": case.for_discussion,
            "created_at": case.created_at, "updated_at": case.updated_at,
            "published_at": case.published_at,
            "revisions": [
                {"kind": r.get_kind_display(), "from_status": r.from_status,
                 "to_status": r.to_status, "reason": r.reason, "by_you": r.actor_id == user.pk,
                 "created_at": r.created_at, "snapshot": r.snapshot}
                for r in case.revisions.all()
            ],
        }
        out.append(item)
    return out


def comments(user) -> list[dict]:
    return [
        {"id": c.pk, "case": {"id": c.case_id, "community": community_json(c.case.community),
                              "yours": c.case.author_id == user.pk},
         "reply_to_comment": c.parent_id, "body": c.body, "created_at": c.created_at,
         "edited_at": c.edited_at, "removed_at": c.removed_at,
         "removal_reason": c.removal_reason}
        for c in Comment.objects.filter(author=user)
        .select_related("case", "case__community").order_by("created_at", "pk")
    ]


def case_activity(user) -> dict:
    return {
        "barriers_you_recorded": [
            {"case_id": b.case_id, "service_type": b.get_service_type_display(),
             "category": b.get_category_display(), "description": b.description,
             "overcome": b.get_overcome_display(), "how_overcome": b.how_overcome,
             "created_at": b.created_at, "updated_at": b.updated_at}
            for b in Barrier.objects.filter(recorded_by=user).order_by("created_at", "pk")
        ],
        "identifier_warnings_you_overrode": [
            {"case_id": o.case_id, "comment_id": o.comment_id,
             "about": o.about_words, "about_id": o.about_id, "link": o.url, "field": o.field,
             "kind": o.kind_label, "flagged_text": o.flagged_text, "reason": o.reason,
             "created_at": o.created_at}
            for o in AnonymisationOverride.objects.filter(user=user)
            .order_by("created_at", "pk")
        ],
        "cases_you_follow": [
            {"case_id": f.case_id, "since": f.created_at}
            for f in Follow.objects.filter(user=user)
            .order_by("created_at", "pk")
        ],
        "escalations_you_recorded": [
            {"id": e.pk, "community": community_json(e.community), "title": e.title,
             "raised_with": e.raised_with, "raised_on": e.raised_on,
             "status": e.get_status_display(), "created_at": e.created_at}
            for e in Escalation.objects.filter(created_by=user).select_related("community")
            .order_by("created_at", "pk")
        ],
    }


EXPORT_FILES = [
    lifecycle.ExportFile(
        "cases.json", cases,
        "Every case you wrote, drafts included, with its full history of edits and status "
        "changes (\"by_you\" says whether you made the change)."),
    lifecycle.ExportFile(
        "comments.json", comments,
        "Every comment you posted, with the number of the case it is on (other people's "
        "cases are theirs, so only their number is here). A comment a facilitator "
        "removed shows when and why."),
    lifecycle.ExportFile(
        "case_activity.json", case_activity,
        "Barriers you recorded on cases, identifier warnings you chose to keep (with your "
        "reason, and what they were in: a case, a comment, a barrier, a session's "
        "description or notes, an agenda item, an action point or a follow-up request), "
        "the cases you follow, and the escalations of barriers you recorded."),
]


# --- Retention --------------------------------------------------------------------------------

# What replaces the text of a case closed longer ago than CLOSED_CASE_READABLE_DAYS.
RETENTION_NOTICE = "[removed after {days} days under the retention policy]"
RETENTION_NOTICE_RE = r"^\[removed after [0-9]+ days under the retention policy\]$"
REDACTED_SHORT = "[removed]"  # for short fields: the pseudonym, an override's flagged text
ENDED_STATUSES = [CaseStatus.CLOSED, CaseStatus.ARCHIVED]
RETENTION_BATCH = 200


def retention_notice() -> str:
    return RETENTION_NOTICE.format(days=settings.CLOSED_CASE_READABLE_DAYS)


def _case_text_fields() -> list[str]:
    return [field for field, _ in CASE_TEXT_FIELDS]


def _not_yet_redacted() -> Q:
    """A case is redacted when each of its text fields is empty or the notice."""
    done = Q(pseudonym=REDACTED_SHORT)
    for field in _case_text_fields():
        done &= Q(**{field: ""}) | Q(**{f"{field}__regex": RETENTION_NOTICE_RE})
    return ~done


def cases_due_for_redaction(*, now=None):
    """Closed or archived cases that ended longer ago than CLOSED_CASE_READABLE_DAYS and still
    hold their text. A case ended when a status change last took it from published (or
    draft) to closed or archived; a case with no such change (bulk-loaded) counts from its
    last update."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.CLOSED_CASE_READABLE_DAYS)
    ended_at = Max("revisions__created_at", filter=Q(
        revisions__kind=CaseRevision.Kind.STATUS, revisions__to_status__in=ENDED_STATUSES,
        revisions__from_status__in=[CaseStatus.PUBLISHED, CaseStatus.DRAFT]))
    return (CaseStudy.objects.filter(status__in=ENDED_STATUSES)
            .filter(_not_yet_redacted())
            .annotate(ended_at=Coalesce(ended_at, "updated_at"))
            .filter(ended_at__lt=cutoff))


def _notice_unless_empty(field: str, notice: str):
    return Case(When(**{field: ""}, then=Value("")), default=Value(notice))


@transaction.atomic
def _redact_batch(case_ids: list[int], notice: str) -> int:
    titles = dict(CaseStudy.objects.select_for_update().filter(pk__in=case_ids)
                  .values_list("pk", "title"))
    if not titles:
        return 0
    ids = list(titles)
    text_fields = _case_text_fields()
    # Copies of the title elsewhere go too: notifications about the case (members), agenda
    # items that took its title (sessions_app).
    lifecycle.announce_redacted(CaseStudy, titles, notice)
    # The UPDATE fires the search vector trigger (migration 0002): the words leave the index.
    CaseStudy.objects.filter(pk__in=ids).update(
        pseudonym=REDACTED_SHORT,
        **{field: _notice_unless_empty(field, notice) for field in text_fields})
    Comment.objects.filter(case_id__in=ids).update(
        body=_notice_unless_empty("body", notice),
        removal_reason=_notice_unless_empty("removal_reason", notice))
    Barrier.objects.filter(case_id__in=ids).update(
        description=notice, how_overcome=_notice_unless_empty("how_overcome", notice))
    AnonymisationOverride.objects.filter(case_id__in=ids).update(
        flagged_text=REDACTED_SHORT, reason=notice)
    revisions = list(CaseRevision.objects.filter(case_id__in=ids).only("pk", "snapshot",
                                                                        "reason"))
    for revision in revisions:
        snapshot = dict(revision.snapshot or {})
        for field in text_fields:
            if snapshot.get(field):
                snapshot[field] = notice
        if "pseudonym" in snapshot:
            snapshot["pseudonym"] = REDACTED_SHORT
        revision.snapshot = snapshot
        revision.reason = notice if revision.reason else ""
    CaseRevision.objects.bulk_update(revisions, ["snapshot", "reason"], batch_size=500)
    return len(ids)


def cases_redact_closed(*, now=None) -> int:
    """Apply the retention policy to cases: replace every piece of free text of a case that
    ended (closed or archived) longer ago than CLOSED_CASE_READABLE_DAYS, and of its
    comments, barriers, overrides and history, with a notice. What is kept is metadata:
    community, author, dates, status, needs domains and the barriers' service types,
    categories and outcomes, so counts of barriers stay true. Returns how many cases."""
    notice = retention_notice()
    done = 0
    while True:
        ids = list(cases_due_for_redaction(now=now).order_by("pk")
                   .values_list("pk", flat=True)[:RETENTION_BATCH])
        redacted = _redact_batch(ids, notice)
        if not redacted:
            return done
        done += redacted


def register() -> None:
    lifecycle.register(lifecycle.Lifecycle(
        app="casework", close_account=close_account, export_files=EXPORT_FILES,
        retention=[lifecycle.RetentionStep("cases_redacted",
                                           lambda now: cases_redact_closed(now=now))]))
