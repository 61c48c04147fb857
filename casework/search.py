"""Search over cases and comments (and the service map's services and the glossary's
terms): a page of results in one SQL statement.

Search is bounded: a common word matches most of a community's cases and comments, and
ranking or counting all of them grows with the data. So each search reads, in each of the
viewer's communities, its newest matches from an index in that order (case_list_covering,
comment_search_order), keeps the SEARCH_LIMIT newest of them all and ranks those; the
counts say "more than SEARCH_LIMIT" when there are more.

One statement gives a page: the newest matches of the kind shown (one part per community,
its id written into the part so that PostgreSQL plans it with that community's figures),
how many there are, how many of the other kind (alike), and the page's rows with their
highlighted snippets (ts_headline, costly, so only for those rows). It is SQL rather than
the ORM because building and compiling those parts through the ORM cost more than running
them (bench/profile.py, README "The benchmark"). Every part keeps the scope: the viewer's
communities, drafts only their author's (and never their comments), removed comments never.

Services and glossary terms are counted in the same statement (their apps give the SQL of
the count, servicemap.selectors.SEARCH_COUNT_SQL and glossary's), and listed by their
apps' selectors when their tab is shown; a case's need or status does not apply to them.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypedDict
from urllib.parse import urlencode

from django.db import connection
from django.urls import reverse
from django.utils import dateformat, timezone

from glossary import selectors as glossary_selectors
from members.models import User
from servicemap import selectors as service_selectors

from .models import SEARCH_CONFIG, VISIBLE_STATUSES, CaseStatus

HIGHLIGHT_START, HIGHLIGHT_STOP = "\u27e6", "\u27e7"  # sentinels, escaped then made <mark>
SEARCH_LIMIT = 200  # the newest matches a search ranks (ten pages of results)
KINDS = ("cases", "comments", "services", "terms")
TERMS_SHOWN = 50  # a search's glossary terms, on one page

_QUERY = "websearch_to_tsquery(%(config)s::regconfig, %(text)s)"
_HEADLINE_OPTIONS = (f"StartSel={HIGHLIGHT_START}, StopSel={HIGHLIGHT_STOP}, "
                     "MaxWords=35, MinWords=15, MaxFragments=2")
_CASE_TEXTS = "concat_ws(' … ', c.title, c.presenting_situation, c.question, c.what_tried, " \
              "c.outcome)"


class Hit(TypedDict):
    """One result: a case, a comment on one, a service or a glossary term. A dict, not an
    object: the template reads its keys at the first try (an object's attributes only after
    a failed key lookup)."""

    pk: int  # the case's, comment's, service's or term's
    url: str
    heading: str
    about: str  # where it is and what it is, in a line
    snippet: str  # with the words found between the HIGHLIGHT sentinels


@dataclass(frozen=True)
class SearchPage:
    kind: str  # "cases" or "comments"
    number: int  # the page shown, from 1
    hits: list[Hit]  # best first
    counts: dict[str, tuple[int, bool]]  # by kind: matches (to SEARCH_LIMIT), and more?
    per_page: int


def _case_part(index: int, domain: str, status: str) -> str:
    """The newest matching cases of the viewer's `index`th community."""
    where = [f"c.community_id = %(community{index})s", f"c.search_vector @@ {_QUERY}",
             "(c.status = ANY(%(visible)s) OR (c.author_id = %(user)s AND c.status = %(draft)s))"]
    if domain:
        where.append("c.needs_domains @> ARRAY[%(domain)s]::varchar(30)[]")
    if status:
        where.append("c.status = %(status)s")
    return (f"(SELECT c.id, c.last_activity_at AS at, ts_rank(c.search_vector, {_QUERY}) AS rank"
            f" FROM casework_casestudy c WHERE {' AND '.join(where)}"
            " ORDER BY c.last_activity_at DESC, c.id DESC LIMIT %(limit)s)")


def _comment_part(index: int, domain: str, status: str) -> str:
    """The newest matching comments of the viewer's `index`th community, on cases anyone
    there may read (drafts left out)."""
    where = [f"m.community_id = %(community{index})s", "m.removed_at IS NULL",
             f"m.search_vector @@ {_QUERY}"]
    if domain or status:
        # A chosen part of the community's cases: PostgreSQL starts from those cases.
        chosen = [f"c.community_id = %(community{index})s", "c.status = ANY(%(visible)s)"]
        if domain:
            chosen.append("c.needs_domains @> ARRAY[%(domain)s]::varchar(30)[]")
        if status:
            chosen.append("c.status = %(status)s")
        where.append(f"m.case_id IN (SELECT c.id FROM casework_casestudy c"
                     f" WHERE {' AND '.join(chosen)})")
        source = "casework_comment m"
    else:
        # Every case anyone may read: each comment's case is looked up.
        where.append("c.status = ANY(%(visible)s)")
        source = "casework_comment m JOIN casework_casestudy c ON c.id = m.case_id"
    return (f"(SELECT m.id, m.created_at AS at, ts_rank(m.search_vector, {_QUERY}) AS rank"
            f" FROM {source} WHERE {' AND '.join(where)}"
            " ORDER BY m.created_at DESC, m.id DESC LIMIT %(limit)s)")


def _newest(kind: str, communities: int, domain: str, status: str) -> str:
    """The SEARCH_LIMIT + 1 newest matches of `kind` in all the viewer's communities."""
    part = _case_part if kind == "cases" else _comment_part
    union = " UNION ALL ".join(part(i, domain, status) for i in range(communities))
    return f"SELECT * FROM ({union}) AS parts ORDER BY at DESC, id DESC LIMIT %(limit)s"


_ROWS = {
    "cases": (
        "SELECT p.rank, c.id, c.title, co.name, ts_headline(%(config)s::regconfig, "
        f"{_CASE_TEXTS}, {_QUERY}, %(headline)s), c.status, NULL, NULL::timestamptz,"
        " co.slug, c.id AS case_id"
        " FROM page p JOIN casework_casestudy c ON c.id = p.id"
        " JOIN members_community co ON co.id = c.community_id"),
    "comments": (
        "SELECT p.rank, m.id, c.title, co.name, ts_headline(%(config)s::regconfig, m.body, "
        f"{_QUERY}, %(headline)s), c.status, u.display_name, m.created_at, co.slug,"
        " c.id AS case_id"
        " FROM page p JOIN casework_comment m ON m.id = p.id"
        " JOIN casework_casestudy c ON c.id = m.case_id"
        " JOIN members_community co ON co.id = c.community_id"
        " LEFT JOIN members_user u ON u.id = m.author_id"),
}


def _count(kind: str, shown: str, communities: int, domain: str, status: str) -> str:
    """How many matches of `kind` there are (cases and comments counted to SEARCH_LIMIT + 1),
    as a scalar subquery; the service map and the glossary give theirs."""
    if kind == shown and kind in _ROWS:
        return "(SELECT count(*) FROM shown)"
    if kind in ("cases", "comments"):
        return f"(SELECT count(*) FROM ({_newest(kind, communities, domain, status)}) AS n)"
    source = service_selectors if kind == "services" else glossary_selectors
    return f"({source.SEARCH_COUNT_SQL})"


def _statement(kind: str, communities: int, domain: str, status: str) -> str:
    """Every kind's count, and for cases or comments the page's rows (a row of counts and
    nulls when the page is empty)."""
    counts = ", ".join(_count(k, kind, communities, domain, status) for k in KINDS)
    if kind not in _ROWS:
        return f"SELECT {counts}"
    # Wrapped in a SELECT: pghistory (the audit trail) writes its context into every
    # statement that does not start with SELECT, which a read never needs.
    return (
        f"SELECT * FROM (WITH shown AS ({_newest(kind, communities, domain, status)}),"
        " page AS (SELECT id, rank FROM (SELECT id, rank FROM shown"
        "  ORDER BY at DESC, id DESC LIMIT %(ranked)s) AS kept"
        "  ORDER BY rank DESC, id DESC LIMIT %(per_page)s OFFSET %(offset)s),"
        f" rows AS ({_ROWS[kind]})"
        f" SELECT {counts}, rows.* FROM (SELECT 1) AS one LEFT JOIN rows ON true) AS found"
        " ORDER BY found.rank DESC, found.id DESC")


def _case_hit(kind: str, row: Sequence[Any], case_lists: dict[str, str]) -> Hit:
    _rank, pk, title, community, snippet, status, author, created_at, slug, case_id = row
    # A case's address is its community's case list's and its id (casework/urls.py):
    # reversed once a community, not once a row.
    if slug not in case_lists:
        case_lists[slug] = reverse("casework:case_list", args=[slug])
    url = f"{case_lists[slug]}{case_id}/"
    if kind == "cases":
        return Hit(pk=pk, url=url, heading=title, snippet=snippet,
                   about=f"{community} · {CaseStatus(status).label}")
    when = dateformat.format(timezone.localtime(created_at), "j M Y")
    return Hit(pk=pk, url=f"{url}#comment-{pk}", heading=f"Comment on “{title}”",
               snippet=snippet, about=f"{community} · {author or 'a former member'} · {when}")


def _service_hits(community_ids: Sequence[int], text: str, offset: int,
                  per_page: int) -> list[Hit]:
    found = service_selectors.search_services(community_ids, text, offset=offset,
                                              limit=per_page,
                                              highlight=(HIGHLIGHT_START, HIGHLIGHT_STOP))
    return [Hit(pk=s.pk, url=reverse("servicemap:service_detail",
                                      args=[s.community.slug, s.pk]),
                heading=s.name, snippet=getattr(s, "snippet", ""),
                about=" · ".join(filter(None, [s.organisation, s.community.name])))
            for s in found]


def _term_hits(user: User, community_ids: Sequence[int], text: str) -> list[Hit]:
    found = glossary_selectors.search_terms(user, community_ids, text, TERMS_SHOWN)
    return [Hit(pk=t.pk, url=(reverse("glossary:glossary", args=[t.community.slug])
                              + "?" + urlencode({"q": t.term})),
                heading=t.term, snippet=t.meaning,
                about=" · ".join(filter(None, [t.source, t.community.name])))
            for t in found]


def search_page(user: User, community_ids: Sequence[int], text: str, *, kind: str,
                domain: str = "", status: str = "", number: int = 1,
                per_page: int = 20) -> SearchPage:
    """Page `number` (the last if past it) of the best of the newest matches of `text` in
    the viewer's `community_ids`, of `kind`, and how many matches of each kind."""
    if not community_ids:
        return SearchPage(kind=kind, number=1, hits=[], per_page=per_page,
                          counts={k: (0, False) for k in KINDS})
    params: dict[str, Any] = {
        "config": SEARCH_CONFIG, "text": text, "user": user.pk,
        "visible": [str(s) for s in VISIBLE_STATUSES], "draft": str(CaseStatus.DRAFT),
        "domain": domain, "status": status, "limit": SEARCH_LIMIT + 1,
        "ranked": SEARCH_LIMIT, "per_page": per_page, "headline": _HEADLINE_OPTIONS,
        **{f"community{i}": pk for i, pk in enumerate(community_ids)}}
    params["communities"] = list(community_ids)
    sql = _statement(kind, len(community_ids), domain, status)
    per_page = TERMS_SHOWN if kind == "terms" else per_page
    number = 1 if kind == "terms" else max(number, 1)
    with connection.cursor() as cursor:
        cursor.execute(sql, {**params, "offset": (number - 1) * per_page})
        rows = cursor.fetchall()
        counted = dict(zip(KINDS, rows[0][:len(KINDS)], strict=True))
        last = max(1, -(-min(counted[kind], SEARCH_LIMIT) // per_page))
        if number > last:  # past the end: the last page, as the paginator would
            number = last
            if kind in _ROWS:
                cursor.execute(sql, {**params, "offset": (number - 1) * per_page})
                rows = cursor.fetchall()
    if kind == "services":
        hits = _service_hits(community_ids, text, (number - 1) * per_page, per_page)
    elif kind == "terms":
        hits = _term_hits(user, community_ids, text)
    else:
        case_lists: dict[str, str] = {}
        hits = [_case_hit(kind, row[len(KINDS):], case_lists) for row in rows
                if row[len(KINDS) + 1] is not None]
    return SearchPage(kind=kind, number=number, hits=hits, per_page=per_page,
                      counts={k: (min(n, SEARCH_LIMIT), n > SEARCH_LIMIT)
                              for k, n in counted.items()})
