"""Reads for cases, comments, barriers and overrides, scoped to the viewer's community."""

from collections.abc import Iterable, Sequence

from django.contrib.postgres.search import SearchQuery
from django.db import models
from django.db.models import Count, Exists, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce

from members.models import Community, Membership, User

from .models import (
    VISIBLE_STATUSES,
    AnonymisationOverride,
    Barrier,
    CaseRevision,
    CaseStatus,
    CaseStudy,
    Comment,
    Follow,
)

COMMENTS_PER_PAGE = 100


def case_in_community(community: Community, pk: int) -> CaseStudy | None:
    return (
        CaseStudy.objects.filter(community=community, pk=pk)
        .select_related("author", "author__agency", "community")
        .first()
    )


def case_page(membership: Membership, pk: int, *, all_overrides: bool) -> CaseStudy | None:
    """A case of the viewer's community for its page, in one query: with `following` (the
    viewer follows it) and `visible_override_count` (the overrides on it the viewer may
    see: all of them for a facilitator, else their own)."""
    overrides = (_overrides_seen_by(membership, all_in_community=all_overrides)
                 .filter(case=OuterRef("pk")).order_by().values("case")
                 .annotate(n=Count("pk")).values("n"))
    case = (
        CaseStudy.objects.filter(community=membership.community, pk=pk)
        .select_related("author", "author__agency")
        .defer("search_vector")
        .annotate(following=Exists(Follow.objects.filter(case=OuterRef("pk"),
                                                         user=membership.user)),
                  visible_override_count=Coalesce(Subquery(overrides), 0))
        .first()
    )
    if case is not None:
        case.community = membership.community  # the membership's, already loaded
    return case


def visible_cases(membership: Membership) -> QuerySet[CaseStudy]:
    """Cases of the community the viewer may list: all but other people's drafts."""
    return CaseStudy.objects.filter(community=membership.community).filter(
        Q(status__in=VISIBLE_STATUSES) | Q(status=CaseStatus.DRAFT, author=membership.user)
    )


def case_list(membership: Membership, *, status: str = "", domain: str = ""
              ) -> QuerySet[CaseStudy]:
    """The community's case list, most recently active first, newest first on ties."""
    cases = visible_cases(membership).exclude(status=CaseStatus.DRAFT)
    if status in VISIBLE_STATUSES:
        cases = cases.filter(status=status)
    else:
        cases = cases.exclude(status=CaseStatus.ARCHIVED)
    if domain:
        cases = cases.filter(needs_domains__contains=[domain])
    return (
        cases.select_related("author", "author__agency")
        .defer("presenting_situation", "services_involved", "what_tried", "outcome",
               "search_vector")
        .order_by("-last_activity_at", "-pk")
    )


def own_drafts(membership: Membership) -> list[CaseStudy]:
    return list(
        CaseStudy.objects.filter(community=membership.community, author=membership.user,
                                 status=CaseStatus.DRAFT)
        .only("id", "title", "updated_at", "community_id")
        .order_by("-updated_at")
    )


# What a comment on the case page shows (thread_html.py): the author's name and agency, not
# their whole row; the search vector never.
COMMENT_SHOWN_FIELDS = ("id", "case_id", "parent_id", "author_id", "body", "created_at",
                        "edited_at", "removed_at", "removal_reason", "author__display_name",
                        "author__agency_id", "author__agency__name")


def _comments_shown() -> QuerySet[Comment]:
    return (Comment.objects.select_related("author", "author__agency")
            .only(*COMMENT_SHOWN_FIELDS).order_by("created_at", "pk"))


def top_level_comments(case: CaseStudy) -> QuerySet[Comment]:
    """Top-level comments of a case, oldest first (paginated by the caller)."""
    return _comments_shown().filter(case=case, parent__isnull=True)


def replies_to(top_level: Sequence[Comment]) -> dict[int, list[Comment]]:
    """Replies to the given top-level comments, by parent id, in one query."""
    replies: dict[int, list[Comment]] = {c.pk: [] for c in top_level}
    if replies:
        for reply in _comments_shown().filter(parent__in=list(replies)):
            assert reply.parent_id is not None  # filtered on it
            replies[reply.parent_id].append(reply)
    return replies


def author_names(user_ids: Iterable[int]) -> dict[int, tuple[str, str | None]]:
    """Display name and agency name of each of these users (those that still exist)."""
    return {pk: (name, agency) for pk, name, agency in User.objects.filter(
        pk__in=list(user_ids)).values_list("pk", "display_name", "agency__name")}


def comment_on_case(case: CaseStudy, pk: int) -> Comment | None:
    return Comment.objects.filter(case=case, pk=pk).select_related("author", "case").first()


def followers(case: CaseStudy, *, exclude_user_id: int | None = None) -> list[int]:
    users = Follow.objects.filter(case=case).values_list("user_id", flat=True)
    return [uid for uid in users if uid != exclude_user_id]


def barriers_on_case(case: CaseStudy) -> list[Barrier]:
    return list(Barrier.objects.filter(case=case))


def barrier_on_case(case: CaseStudy, pk: int) -> Barrier | None:
    return Barrier.objects.filter(case=case, pk=pk).first()


def case_history(case: CaseStudy) -> list[CaseRevision]:
    return list(CaseRevision.objects.filter(case=case).select_related("actor"))


def _overrides_seen_by(membership: Membership, *, all_in_community: bool
                       ) -> QuerySet[AnonymisationOverride]:
    overrides = AnonymisationOverride.objects.filter(community=membership.community)
    if not all_in_community:
        overrides = overrides.filter(user=membership.user)
    return overrides


def overrides_for(membership: Membership, *, all_in_community: bool,
                  case: CaseStudy | None = None) -> list[AnonymisationOverride]:
    """The overrides the viewer may see (all, or their own), of one case if `case` is given."""
    overrides = _overrides_seen_by(membership, all_in_community=all_in_community)
    if case is not None:
        overrides = overrides.filter(case=case)
    return list(overrides.select_related("user", "case")[:500])


def with_following_flag(cases: QuerySet[CaseStudy], user: User) -> QuerySet[CaseStudy]:
    return cases.annotate(
        following=Exists(Follow.objects.filter(case=OuterRef("pk"), user=user))
    )


# --- Search -----------------------------------------------------------------------------

HIGHLIGHT_START, HIGHLIGHT_STOP = "\u27e6", "\u27e7"  # sentinels, escaped then made <mark>


def _search_query(text: str) -> SearchQuery:
    from .models import SEARCH_CONFIG

    return SearchQuery(text, search_type="websearch", config=SEARCH_CONFIG)


def searchable_cases(user: User, community_ids: Iterable[int], *, domain: str = "",
                     status: str = "") -> QuerySet[CaseStudy]:
    cases = CaseStudy.objects.filter(community_id__in=community_ids).filter(
        Q(status__in=VISIBLE_STATUSES) | Q(status=CaseStatus.DRAFT, author=user))
    if domain:
        cases = cases.filter(needs_domains__contains=[domain])
    if status:
        cases = cases.filter(status=status)
    return cases


def search_cases(user: User, community_ids: Iterable[int], text: str, *, domain: str = "",
                 status: str = "") -> QuerySet[CaseStudy]:
    """Cases matching `text`, best first (rank, then newest)."""
    from django.contrib.postgres.search import SearchRank
    from django.db.models import F

    query = _search_query(text)
    return (
        searchable_cases(user, community_ids, domain=domain, status=status)
        .filter(search_vector=query)
        .annotate(rank=SearchRank(F("search_vector"), query))
        .select_related("community")
        .only("id", "title", "status", "community__slug", "community__name", "published_at",
              "needs_domains", "community_id")
        .order_by("-rank", "-pk")
    )


def search_comments(user: User, community_ids: Iterable[int], text: str, *, domain: str = "",
                    status: str = "") -> QuerySet[Comment]:
    """Comments matching `text` on the cases the viewer may search, drafts left out."""
    from django.contrib.postgres.search import SearchRank
    from django.db.models import F

    query = _search_query(text)
    # Scoped by the comment's own community (always its case's, kept by a trigger), so that
    # PostgreSQL combines that index with the text index instead of joining to every case.
    comments = Comment.objects.filter(community_id__in=community_ids, removed_at__isnull=True,
                                      search_vector=query)
    if domain or status:
        # A chosen part of the communities' cases: PostgreSQL starts from those cases.
        comments = comments.filter(case__in=searchable_cases(
            user, community_ids, domain=domain, status=status).exclude(status=CaseStatus.DRAFT))
    else:
        # Every case anyone may read (not drafts). Naming the few others rather than all the
        # readable cases keeps PostgreSQL's estimate of the matches, and so its plan, right.
        comments = comments.exclude(case__in=CaseStudy.objects.filter(
            community_id__in=community_ids).exclude(status__in=VISIBLE_STATUSES))
    return (
        comments.annotate(rank=SearchRank(F("search_vector"), query))
        .select_related("case", "case__community", "author")
        .only("id", "created_at", "case__id", "case__title", "case__community__slug",
              "case__community__name", "author__display_name", "case_id", "author_id")
        .order_by("-rank", "-pk")
    )


def headlines(model: type[models.Model], ids: Iterable[int], text: str, fields: Sequence[str]
              ) -> dict[int, str]:
    """Highlighted snippets for one page of results only (ts_headline is costly)."""
    from django.contrib.postgres.search import SearchHeadline
    from django.db.models import TextField, Value
    from django.db.models.functions import Concat

    from .models import SEARCH_CONFIG

    source = fields[0] if len(fields) == 1 else Concat(
        *[part for f in fields for part in (f, Value(" … "))][:-1], output_field=TextField())
    rows = model._default_manager.filter(pk__in=ids).annotate(
        snippet=SearchHeadline(source, _search_query(text), config=SEARCH_CONFIG,
                               start_sel=HIGHLIGHT_START, stop_sel=HIGHLIGHT_STOP,
                               max_words=35, min_words=15, max_fragments=2)
    ).values_list("pk", "snippet")
    return dict(rows)


def discussable_cases(community: Community) -> QuerySet[CaseStudy]:
    """Cases for a session's agenda (sessions_app): those their authors marked for
    discussion first."""
    return (CaseStudy.objects.filter(community=community, status=CaseStatus.PUBLISHED)
            .only("id", "title", "for_discussion").order_by("-for_discussion", "-published_at"))


def recent_cases(membership: Membership, limit: int = 5) -> list[CaseStudy]:
    """For the community home: the latest published cases."""
    return list(
        CaseStudy.objects.filter(community=membership.community, status=CaseStatus.PUBLISHED)
        .select_related("author")
        .only("id", "title", "pseudonym", "published_at", "comment_count", "community_id",
              "author__display_name")
        .order_by("-published_at", "-pk")[:limit]
    )
