"""casework's parts of members' pages (members/page_parts.py): on "my week" (the home,
members/views_home.py) outcomes to add, new replies on followed cases and, under each
community the viewer facilitates, identifier findings kept lately; on a community's home
its latest cases. Reads scoped to the communities given (the viewer's active ones, or
those they facilitate), each in a fixed number of queries whatever the data."""

from datetime import timedelta

from django.db.models import Count, F, Max, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse

from members import page_parts
from members.models import AuditEvent
from members.page_parts import Part, Slot, Week

from . import selectors
from .models import VISIBLE_STATUSES, AnonymisationOverride, CaseStatus, CaseStudy, Comment

NEW_OVERRIDES_DAYS = 7  # "new" overrides: kept in the past week


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


def _outcomes(week: Week):
    outcomes = outcomes_to_add(week.user, week.community_ids)
    return {"outcomes": outcomes} if outcomes else None


def _new_replies(week: Week):
    return {"new_replies": new_replies_on_followed_cases(week.user, week.community_ids)}


def _overrides(week: Week):
    counts = new_overrides_by_community(
        [c.pk for c in week.facilitated], since=week.now - timedelta(days=NEW_OVERRIDES_DAYS))
    return {community.pk: {
        "overrides": counts.get(community.pk, 0), "new_overrides_days": NEW_OVERRIDES_DAYS,
        "overrides_url": reverse("casework:override_list", args=[community.slug]),
    } for community in week.facilitated}


def _latest_cases(membership):
    return {"recent_cases": selectors.recent_cases(membership)}


def register() -> None:
    for part in (
        Part("casework", Slot.WEEK_WAITING, 10, "casework/week/_outcomes.html", _outcomes),
        Part("casework", Slot.WEEK_MEMBER, 30, "casework/week/_new_replies.html",
             _new_replies),
        Part("casework", Slot.WEEK_FACILITATED, 10, "casework/week/_overrides.html",
             _overrides),
        # The same for every member, from cases alone (their writes change the community's
        # content version): cached (members/home_pieces.py).
        Part("casework", Slot.COMMUNITY_HOME, 10, "casework/_community_home_cases.html",
             _latest_cases, shared=True),
    ):
        page_parts.register(part)
