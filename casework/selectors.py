"""Reads for cases, comments, barriers, escalations and overrides, scoped to the viewer's
community."""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.contrib.postgres.search import SearchQuery
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
    Escalation,
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


# What the case list shows unless a status is chosen: open and closed cases.
LISTED_STATUSES = [CaseStatus.PUBLISHED, CaseStatus.CLOSED]


def case_list(membership: Membership, *, status: str = "", domain: str = ""
              ) -> QuerySet[CaseStudy, int]:
    """The ids of the community's case list, most recently active first, newest first on
    ties. Never a draft (its author's alone, listed apart: own_drafts), so the list is the
    same for every member. Read from the list's index alone (case_list_covering), so a page
    at any depth and the count skip index entries, not cases (case_list_rows reads the
    page's cases)."""
    cases = CaseStudy.objects.filter(community=membership.community)
    if status in VISIBLE_STATUSES:
        cases = cases.filter(status=status)
    else:
        cases = cases.filter(status__in=LISTED_STATUSES)
    if domain:
        cases = cases.filter(needs_domains__contains=[domain])
    return cases.order_by("-last_activity_at", "-pk").values_list("pk", flat=True)


def case_list_rows(page_ids: QuerySet[CaseStudy, int]) -> list[CaseStudy]:
    """The cases of one page of case_list (a slice of it, run as a subquery: one query),
    in its order, with what the list shows of them."""
    return list(
        CaseStudy.objects.filter(pk__in=page_ids)
        .select_related("author", "author__agency")
        .only("id", "community_id", "title", "pseudonym", "status", "for_discussion",
              "needs_domains", "comment_count", "last_activity_at", "author__display_name",
              "author__agency__name")
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
    """With the service each names, if any (its name is shown)."""
    return list(Barrier.objects.filter(case=case).select_related("service"))


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
#
# Search is bounded: a common word matches most of a community's cases and comments, and
# ranking or counting all of them grows with the data. So each search reads, in each of the
# viewer's communities, its newest matches from an index in that order (case_list_covering,
# comment_search_order), keeps the SEARCH_LIMIT newest of them all and ranks those; the
# counts say "more than SEARCH_LIMIT" when there are more. Every query keeps the scope below
# (the viewer's communities, drafts only their author's, removed comments never).

HIGHLIGHT_START, HIGHLIGHT_STOP = "\u27e6", "\u27e7"  # sentinels, escaped then made <mark>
SEARCH_LIMIT = 200  # the newest matches a search ranks (ten pages of results)


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
    """Cases matching `text` that the viewer may search, with their rank."""
    from django.contrib.postgres.search import SearchRank
    from django.db.models import F

    query = _search_query(text)
    return (searchable_cases(user, community_ids, domain=domain, status=status)
            .filter(search_vector=query)
            .annotate(rank=SearchRank(F("search_vector"), query)))


def search_comments(user: User, community_ids: Iterable[int], text: str, *, domain: str = "",
                    status: str = "") -> QuerySet[Comment]:
    """Comments matching `text` on the cases the viewer may search, drafts left out, with
    their rank."""
    from django.contrib.postgres.search import SearchRank
    from django.db.models import F

    query = _search_query(text)
    community_ids = list(community_ids)
    # Scoped by the comment's own community (always its case's, kept by a trigger), so that
    # PostgreSQL reads a community's comments from its index.
    comments = Comment.objects.filter(community_id__in=community_ids, removed_at__isnull=True,
                                      search_vector=query)
    if domain or status:
        # A chosen part of the communities' cases: PostgreSQL starts from those cases.
        comments = comments.filter(case__in=searchable_cases(
            user, community_ids, domain=domain, status=status).exclude(status=CaseStatus.DRAFT))
    else:
        # Every case anyone may read (not drafts): each comment's case is looked up.
        comments = comments.filter(case__status__in=VISIBLE_STATUSES)
    return comments.annotate(rank=SearchRank(F("search_vector"), query))


@dataclass(frozen=True)
class Matches:
    ids: list[int]  # best first (rank, then newest); at most SEARCH_LIMIT
    more: bool  # more matches than SEARCH_LIMIT: the ids are the best of the newest


def _newest(matches: Callable[[list[int]], QuerySet[Any]], community_ids: Sequence[int],
            order: Sequence[str], fields: Sequence[str], limit: int) -> QuerySet[Any, Any]:
    """The `limit` newest (in `order`, newest first) of `matches(community ids)`, each
    community's read from its own index in that order: one query, a UNION ALL of one part
    per community. Each part is scoped to its community alone, so that PostgreSQL estimates
    its matches right (and so reads that index)."""
    # The union is ordered by columns it returns: those of `order` go with `fields`.
    fields = [*fields, *(o.lstrip("-") for o in order if o.lstrip("-") not in fields)]
    parts = [matches([pk]).order_by(*order).values_list(*fields)[:limit]
             for pk in community_ids]
    if len(parts) == 1:
        return parts[0]
    return parts[0].union(*parts[1:], all=True).order_by(*order)[:limit]


def best_matches(matches: Callable[[list[int]], QuerySet[Any]], community_ids: Sequence[int],
                 *, newest_first: Sequence[str], limit: int | None = None) -> Matches:
    """The ids of the matches (`matches`: search_cases or search_comments for some
    communities, with their rank) best first, among the `limit` (SEARCH_LIMIT) newest of
    them in `community_ids` (one query, whatever their number)."""
    limit = SEARCH_LIMIT if limit is None else limit
    if not community_ids:
        return Matches(ids=[], more=False)
    rows = list(_newest(matches, community_ids, newest_first, ["id", "rank"], limit + 1))
    ranked = sorted(rows[:limit], key=lambda row: (-row[1], -row[0]))
    return Matches(ids=[row[0] for row in ranked], more=len(rows) > limit)


def count_matches(matches: Callable[[list[int]], QuerySet[Any]], community_ids: Sequence[int],
                  *, newest_first: Sequence[str], limit: int | None = None
                  ) -> tuple[int, bool]:
    """How many matches there are in `community_ids`, counting to `limit` (SEARCH_LIMIT) at
    most (one query): the count and whether there are more."""
    limit = SEARCH_LIMIT if limit is None else limit
    if not community_ids:
        return 0, False
    count = _newest(matches, community_ids, newest_first, ["id"], limit + 1).count()
    return min(count, limit), count > limit


# In the order of the indexes that give each community's newest matches (case_list_covering,
# comment_search_order): by id alone, PostgreSQL would read the primary key backwards
# through every community's comments instead.
CASES_NEWEST_FIRST = ("-last_activity_at", "-id")
COMMENTS_NEWEST_FIRST = ("-created_at", "-id")


@dataclass(frozen=True)
class Found:
    """What a search found, for its page: the ids of the kind shown, best first, and for
    each kind how many matched (counted to SEARCH_LIMIT) and whether more did."""
    kind: str  # "cases" or "comments"
    ids: list[int]
    counts: dict[str, tuple[int, bool]]


def search(user: User, community_ids: Sequence[int], text: str, *, kind: str,
           domain: str = "", status: str = "") -> Found:
    """Search the viewer's `community_ids` for `text`: the best of the newest matches of
    `kind` (one query) and how many matches of the other kind (one query)."""
    def cases(ids: list[int]) -> QuerySet[CaseStudy]:
        return search_cases(user, ids, text, domain=domain, status=status)

    def comments(ids: list[int]) -> QuerySet[Comment]:
        return search_comments(user, ids, text, domain=domain, status=status)

    kinds: dict[str, tuple[Callable[[list[int]], QuerySet[Any]], Sequence[str]]] = {
        "cases": (cases, CASES_NEWEST_FIRST), "comments": (comments, COMMENTS_NEWEST_FIRST)}
    shown, order = kinds[kind]
    other = "cases" if kind == "comments" else "comments"
    best = best_matches(shown, community_ids, newest_first=order)
    return Found(kind=kind, ids=best.ids, counts={
        kind: (len(best.ids), best.more),
        other: count_matches(kinds[other][0], community_ids, newest_first=kinds[other][1])})


def _snippet(fields: Sequence[str], text: str) -> Any:
    """A highlighted snippet of `fields` (ts_headline: costly, so only for a page's rows)."""
    from django.contrib.postgres.search import SearchHeadline
    from django.db.models import TextField, Value
    from django.db.models.functions import Concat

    from .models import SEARCH_CONFIG

    source = fields[0] if len(fields) == 1 else Concat(
        *[part for f in fields for part in (f, Value(" … "))][:-1], output_field=TextField())
    return SearchHeadline(source, _search_query(text), config=SEARCH_CONFIG,
                          start_sel=HIGHLIGHT_START, stop_sel=HIGHLIGHT_STOP,
                          max_words=35, min_words=15, max_fragments=2)


def _in_order(rows: Iterable[Any], ids: Sequence[int]) -> list[Any]:
    by_id = {row.pk: row for row in rows}
    return [by_id[pk] for pk in ids if pk in by_id]


def found_cases(community_ids: Sequence[int], ids: Sequence[int], text: str
                ) -> list[CaseStudy]:
    """A page of best_matches' cases, in its order, each with its highlighted `snippet`."""
    return _in_order(
        CaseStudy.objects.filter(community_id__in=community_ids, pk__in=list(ids))
        .select_related("community")
        .only("id", "title", "status", "community__slug", "community__name", "community_id")
        .annotate(snippet=_snippet(
            ["title", "presenting_situation", "question", "what_tried", "outcome"], text)),
        ids)


def found_comments(community_ids: Sequence[int], ids: Sequence[int], text: str
                   ) -> list[Comment]:
    """A page of best_matches' comments, in its order, each with its highlighted `snippet`."""
    return _in_order(
        Comment.objects.filter(community_id__in=community_ids, pk__in=list(ids),
                               removed_at__isnull=True)
        .select_related("case", "case__community", "author")
        .only("id", "created_at", "case__id", "case__title", "case__community__slug",
              "case__community__name", "author__display_name", "case_id", "author_id")
        .annotate(snippet=_snippet(["body"], text)),
        ids)


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


# --- Escalations -------------------------------------------------------------------------------

ESCALATION_LIST_FIELDS = ("id", "community_id", "title", "raised_with", "raised_on", "status",
                          "service__id", "service__name")


def escalation_in_community(community: Community, pk: int) -> Escalation | None:
    return (Escalation.objects.filter(community=community, pk=pk)
            .select_related("service", "created_by").first())


def escalations_of(community: Community) -> QuerySet[Escalation]:
    """The community's escalations, the latest raised first (for a paginator)."""
    return (Escalation.objects.filter(community=community).select_related("service")
            .only(*ESCALATION_LIST_FIELDS).order_by("-raised_on", "-pk"))


def latest_escalations(community: Community, limit: int) -> list[Escalation]:
    """The `limit` latest, and one more if there are more (so the page knows to link to
    the rest without counting them)."""
    return list(escalations_of(community)[:limit + 1])


def escalations_about_service(service_id: int, limit: int) -> list[Escalation]:
    return list(Escalation.objects.filter(service_id=service_id).select_related("service")
                .only(*ESCALATION_LIST_FIELDS).order_by("-raised_on", "-pk")[:limit + 1])


def escalation_barriers(escalation: Escalation) -> list[Barrier]:
    """The barriers it was raised from, on cases the community can read, with their cases."""
    return list(escalation.barriers.filter(case__status__in=VISIBLE_STATUSES)
                .select_related("case", "service").order_by("created_at", "pk"))


def escalation_pseudonyms(escalation: Escalation | None, barrier: Barrier | None = None
                          ) -> list[str]:
    """The pseudonyms its texts may use (the gate lets them pass): those of the cases of the
    barriers it was raised from, and of `barrier`, the one it is being raised from."""
    names = [barrier.case.pseudonym] if barrier is not None else []
    if escalation is not None and escalation.pk is not None:
        names += list(CaseStudy.objects.filter(barriers__escalations=escalation)
                      .values_list("pseudonym", flat=True).distinct())
    return names


def barrier_to_escalate(community: Community, pk: int) -> Barrier | None:
    """A barrier of the community, on a case it can read, with its case and service."""
    return (Barrier.objects.filter(pk=pk, case__community=community,
                                   case__status__in=VISIBLE_STATUSES)
            .select_related("case", "service").first())
