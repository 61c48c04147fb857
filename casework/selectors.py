"""Reads for cases, comments, barriers, escalations and overrides, scoped to the viewer's
community."""

from collections.abc import Sequence
from typing import Any, cast

from django.db import DEFAULT_DB_ALIAS, connection
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils.dateparse import parse_datetime

from cop import model_rows
from glossary.models import GlossaryVersion
from members.models import Agency, Community, Membership, User
from sessions_app.models import AgendaItem, Session, SessionStatus

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
    """A case of the viewer's community for its page, with its author and their agency, in
    one query: with `following` (the viewer follows it), `visible_override_count` (the
    overrides on it the viewer may see: all of them for a facilitator, else their own, as
    _overrides_seen_by), `glossary_version` (the community's glossary's, which its marked
    text is cached under; None without a glossary), `barriers_shown` (its barriers, oldest
    first, each with its service's name), `on_an_agenda` (of a session not cancelled: the
    page asks for those sessions only if there are any) and `authors_digest` (of the names
    and agencies of everyone who commented on it, which its cached discussion is kept under:
    thread_html.py). Every case page reads it, so it is SQL written once
    (cop/model_rows.py)."""
    with connection.cursor() as cursor:
        cursor.execute(_CASE_PAGE, {"community": membership.community_id, "pk": pk,
                                    "user": membership.user_id, "all": all_overrides})
        row = cursor.fetchone()
    if row is None:
        return None
    case_end = model_rows.width(CaseStudy, leave_out=_CASE_PAGE_DEFERRED)
    user_end = case_end + model_rows.width(User)
    agency_end = user_end + model_rows.width(Agency)
    case: CaseStudy = model_rows.instance(CaseStudy, row[:case_end],
                                          leave_out=_CASE_PAGE_DEFERRED)
    author = None
    if row[case_end] is not None:  # the author's id: none once their account has gone
        author = model_rows.instance(User, row[case_end:user_end])
        author.agency = (model_rows.instance(Agency, row[user_end:agency_end])
                         if row[user_end] is not None else None)
    case.author = author
    annotations = dict(zip(_CASE_PAGE_ANNOTATIONS, row[agency_end:], strict=True))
    annotations["barriers_shown"] = [_barrier(v) for v in annotations["barriers_shown"] or ()]
    for annotation, value in annotations.items():
        setattr(case, annotation, value)
    case.community = membership.community  # the membership's, already loaded
    return case


def _barrier(values: list[Any]) -> Barrier:
    """A barrier from its row in the case page's JSON (_BARRIER_ROW), with its service's
    name and whether it is hidden, all the page shows of it."""
    width = model_rows.width(Barrier, leave_out=_BARRIER_DEFERRED)
    barrier: Barrier = model_rows.instance(Barrier, values[:width], leave_out=_BARRIER_DEFERRED)
    if barrier.service_id is not None:  # (a barrier without one reads None, no query)
        name, hidden_at = values[width:]
        barrier.service = cast(Any, _SERVICE).from_db(
            DEFAULT_DB_ALIAS, ["id", "name", "hidden_at"],
            [barrier.service_id, name, parse_datetime(hidden_at) if hidden_at else None])
    return barrier


_SERVICE = Barrier._meta.get_field("service").related_model
_BARRIER_DEFERRED = ("created_at", "updated_at")
_BARRIER_ROW = (
    f"json_build_array({model_rows.columns(Barrier, 'b', leave_out=_BARRIER_DEFERRED)},"
    " sv.name, sv.hidden_at)"
)
_CASE_PAGE_DEFERRED = ("search_vector",)
_CASE_PAGE_ANNOTATIONS = ("following", "visible_override_count", "glossary_version",
                          "barriers_shown", "on_an_agenda", "authors_digest")
_CASE_PAGE = (
    f"SELECT {model_rows.columns(CaseStudy, 'c', leave_out=_CASE_PAGE_DEFERRED)},"
    f" {model_rows.columns(User, 'u')}, {model_rows.columns(Agency, 'a')},"
    " EXISTS (SELECT 1 FROM casework_follow f"
    "  WHERE f.case_id = c.id AND f.user_id = %(user)s),"
    " (SELECT count(*) FROM casework_anonymisationoverride o WHERE o.case_id = c.id"
    "  AND o.community_id = %(community)s AND (%(all)s OR o.user_id = %(user)s)),"
    f" (SELECT g.version FROM {GlossaryVersion._meta.db_table} g"
    "  WHERE g.community_id = %(community)s),"
    f" (SELECT json_agg({_BARRIER_ROW} ORDER BY b.created_at, b.id)"
    f"  FROM {Barrier._meta.db_table} b LEFT JOIN {_SERVICE._meta.db_table} sv"
    "  ON sv.id = b.service_id WHERE b.case_id = c.id),"
    f" EXISTS (SELECT 1 FROM {AgendaItem._meta.db_table} ai"
    f"  JOIN {Session._meta.db_table} s ON s.id = ai.session_id"
    f"  WHERE ai.case_id = c.id AND s.status <> '{SessionStatus.CANCELLED}'),"
    # A row's text form quotes each field, so no two lists of names give the same text.
    " (SELECT md5(string_agg(ROW(cu.id, cu.display_name, ca.name)::text, ',' ORDER BY cu.id))"
    "  FROM members_user cu LEFT JOIN members_agency ca ON ca.id = cu.agency_id"
    "  WHERE cu.id IN (SELECT cm.author_id FROM casework_comment cm WHERE cm.case_id = c.id))"
    " FROM casework_casestudy c LEFT JOIN members_user u ON u.id = c.author_id"
    " LEFT JOIN members_agency a ON a.id = u.agency_id"
    " WHERE c.community_id = %(community)s AND c.id = %(pk)s")


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


def comment_on_case(case: CaseStudy, pk: int) -> Comment | None:
    return Comment.objects.filter(case=case, pk=pk).select_related("author", "case").first()


def followers(case: CaseStudy, *, exclude_user_id: int | None = None) -> list[int]:
    users = Follow.objects.filter(case=case).values_list("user_id", flat=True)
    return [uid for uid in users if uid != exclude_user_id]


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
