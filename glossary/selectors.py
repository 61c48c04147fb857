"""Reads of the glossary, scoped to the viewer: a community's terms (listed and searched,
a page at a time), search across the viewer's communities, and the marker that marks terms
in case text and comments (marking.py), with the version it is keyed by."""

import functools
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import F, Prefetch, Q, QuerySet
from django.db.models.functions import Lower

from cop.source_digest import source_digest
from members import permissions as member_permissions
from members.models import Community, Membership, User

from . import marking
from .marking import Entry, Marker
from .models import SEARCH_CONFIG, GlossaryVersion, Term, TermOverride

# In the marker's key, so that HTML marked by older code is not found after a deploy.
MARKING_CODE = source_digest(Path(marking.__file__))
QUERY_MAX = 200  # characters of a search that are used
MIN_SEARCH_LENGTH = 3  # shorter searches match part of a term instead of whole words


def clean_query(text: str) -> str:
    """A search as typed, made safe and short: no NUL (PostgreSQL text cannot hold it),
    single spaces, at most QUERY_MAX characters."""
    return " ".join((text or "").replace("\x00", "").split())[:QUERY_MAX]


def _matching(terms: QuerySet[Term], text: str) -> QuerySet[Term]:
    """`terms` that match `text`: its words in the term, meaning or source (PostgreSQL full
    text, web-search syntax), or, for a term, a part of it ("prio"), best first."""
    if len(text) < MIN_SEARCH_LENGTH:
        return terms.filter(term__icontains=text).order_by(Lower("term"), "pk")
    query = SearchQuery(text, search_type="websearch", config=SEARCH_CONFIG)
    return (terms.filter(Q(search_vector=query) | Q(term__icontains=text))
            .annotate(rank=SearchRank(F("search_vector"), query))
            .order_by("-rank", Lower("term"), "pk"))


def glossary_for(membership: Membership, query: str = "", *,
                 with_overrides: bool = False) -> QuerySet[Term]:
    """The viewer's community's terms, A to Z, with who added each; `query` (clean_query)
    keeps those that match it, best first. `with_overrides`: each term's identifier
    overrides too (facilitators see them), in one more query per page."""
    terms = (Term.objects.filter(community=membership.community)
             .select_related("created_by").defer("search_vector"))
    if with_overrides:
        terms = terms.prefetch_related(
            Prefetch("overrides", TermOverride.objects.select_related("user")))
    return _matching(terms, query) if query else terms.order_by(Lower("term"), "pk")


def term_in_community(community: Community, pk: int) -> Term | None:
    return Term.objects.filter(community=community, pk=pk).defer("search_vector").first()


def term_named(community: Community, term: str, *, other_than: int | None = None) -> bool:
    """Whether the community's glossary has `term` already, whatever its capitals."""
    terms = Term.objects.filter(community=community, term__iexact=term)
    if other_than is not None:
        terms = terms.exclude(pk=other_than)
    return terms.exists()


def search_terms(user: User, community_ids: Sequence[int], text: str,
                 limit: int) -> list[Term]:
    """Terms of `community_ids` matching `text` (as the glossary page searches), best first,
    at most `limit`, each with its community: only in communities where `user` is an active
    member, whatever ids are asked for (one query)."""
    text = clean_query(text)
    if not text or not community_ids or limit <= 0:
        return []
    mine = member_permissions.current_memberships().filter(
        user_id=user.pk, community_id__in=list(community_ids)).values("community_id")
    terms = (Term.objects.filter(community_id__in=mine).select_related("community")
             .defer("search_vector"))
    return list(_matching(terms, text)[:limit])


# How many of the viewer's communities' terms match a search as search_terms matches them,
# as a scalar SQL subquery for the search page's one statement (casework/search.py). Its
# parameters, by name: `communities` (the viewer's community ids), `config` and `text` (the
# text search configuration and the words searched for, websearch syntax).
SEARCH_COUNT_SQL = (
    f"SELECT count(*) FROM {Term._meta.db_table} t"
    " WHERE t.community_id = ANY(%(communities)s)"
    " AND (strpos(lower(t.term), lower(%(text)s)) > 0"
    f"  OR (length(%(text)s) >= {MIN_SEARCH_LENGTH}"
    "   AND t.search_vector @@ websearch_to_tsquery(%(config)s::regconfig, %(text)s)))")


# --- Marking terms in case text and comments -----------------------------------------------


def version_now(community: Community) -> int | None:
    """The community's glossary version, read on its own (one query)."""
    return (GlossaryVersion.objects.filter(community_id=community.pk)
            .values_list("version", flat=True).first())


def marker_for(community: Community, version: int | None) -> Marker | None:
    """The community's terms at `version` (read with the case page by casework, or by
    version_now), ready to mark text; None when it has no terms. Built once per version in
    each process (one query), as a new version comes with every change to the terms."""
    if version is None:
        return None
    return _marker(community.pk, community.created_at, version)


# Keyed by the community's creation time too, so an id reused after a database reset cannot
# find another community's terms.
@functools.lru_cache(maxsize=256)
def _marker(community_id: int, created_at: datetime, version: int) -> Marker | None:
    rows = Term.objects.filter(community_id=community_id).values_list("term", "meaning",
                                                                      "source")
    return Marker.build(f"{community_id}:{version}:{MARKING_CODE}",
                        [Entry(term, meaning, source) for term, meaning, source in rows])

