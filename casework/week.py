"""Reads for a person's "my week" home (members/views_home.py), each scoped to the
communities given (the viewer's active ones, or those they facilitate) and a fixed number
of queries whatever the data."""

from django.db.models import Count, F, Max, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse

from members.models import AuditEvent

from .models import VISIBLE_STATUSES, AnonymisationOverride, CaseStatus, CaseStudy, Comment


def new_replies_on_followed_cases(user, community_ids, *, limit: int = 10) -> list[dict]:
    """Cases the viewer follows with comments by others since the viewer last opened the
    case (the audit trail records each opening; before any, since they followed it), most
    recently active first: [{"title", "community", "url", "new", "latest"}] (one query)."""
    last_opened = (AuditEvent.objects.filter(actor=user, action="case.view",
                                             target_type="casework.casestudy",
                                             target_id=OuterRef("case_id"))
                   .order_by("-id").values("created_at")[:1])
    rows = (Comment.objects
            .filter(case__follows__user=user, case__status__in=VISIBLE_STATUSES,
                    case__community_id__in=list(community_ids), removed_at__isnull=True,
                    created_at__gt=Coalesce(Subquery(last_opened),
                                            F("case__follows__created_at")))
            .exclude(author=user)
            .values("case_id", "case__title", "case__community__name", "case__community__slug")
            .annotate(new=Count("pk"), latest=Max("created_at"))
            .order_by("-latest", "-case_id")[:limit])
    return [{"title": row["case__title"], "community": row["case__community__name"],
             "url": reverse("casework:case_detail",
                            args=[row["case__community__slug"], row["case_id"]]),
             "new": row["new"], "latest": row["latest"]} for row in rows]


def outcomes_to_add(user, community_ids, *, limit: int = 5) -> list[CaseStudy]:
    """The viewer's cases whose "what happened next?" prompt has come and that still have
    no outcome (one query)."""
    return list(CaseStudy.objects.filter(
        author=user, community_id__in=list(community_ids), status=CaseStatus.PUBLISHED,
        outcome="", outcome_prompt__isnull=False)
        .select_related("community").only("id", "title", "community__slug", "community__name")
        .order_by("outcome_prompt__sent_at", "pk")[:limit])


def new_overrides_by_community(community_ids, *, since) -> dict[int, int]:
    """Community id -> how many identifier findings were kept (overridden) since `since`
    (one query)."""
    return dict(AnonymisationOverride.objects.filter(
        community_id__in=list(community_ids), created_at__gte=since)
        .order_by().values_list("community_id").annotate(n=Count("pk")))
