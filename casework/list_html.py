"""The case list's pages, made once per version of the community's content and kept in the
cache (members/community_cache.py).

The list (never a draft) is the same for every member of the community, and everything a
row shows (the case, its author's name and agency) is covered by the community's content
version, which PostgreSQL changes in the transaction of any write to them. So each page's
rows are kept as HTML under the community, its version, the filters and the page number,
and the list's count likewise; a member's own drafts, above the list, are read for each
request. On a miss the count and the page come from the list's index alone (an index-only
scan, whatever the page's depth) and only the page's 25 cases are read."""

from dataclasses import dataclass
from typing import Any

from django.core.paginator import Page, Paginator
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe

from members import community_cache
from members.models import Membership

from . import selectors

ROWS_TEMPLATE = "casework/case_list.html#case_rows"
CASES_PER_PAGE = 25


@dataclass(frozen=True)
class ListPage:
    page: Page[Any]  # the page's number and the list's count, for the page links
    rows: SafeString  # the page's cases as HTML list items


def _asked(number: Any) -> int:
    """The page number Paginator.get_page will give, when it is within the list: a number,
    or the first page when `number` is not one."""
    try:
        return int(number)
    except (TypeError, ValueError):
        return 1


def case_list_page(membership: Membership, *, status: str, domain: str,
                   number: Any) -> ListPage:
    """Page `number` of the community's case list (Paginator.get_page's rules: not a number,
    the first page; past the end, the last), filtered by a status of VISIBLE_STATUSES or ""
    and a needs domain or "" (the view checks both)."""
    community = membership.community
    count_key = community_cache.key(community, "case-list-count", status, domain)

    def page_key(n: int) -> str:
        return community_cache.key(community, "case-list-page", status, domain, n)

    asked = _asked(number)
    cached = community_cache.get_many([count_key, page_key(asked)])
    count = cached.get(count_key)
    if count is None:
        count = selectors.case_list(membership, status=status, domain=domain).count()
        community_cache.keep({count_key: count})
    # The page links need the count and the page's number only.
    page = Paginator(range(count), CASES_PER_PAGE).get_page(number)
    rows = cached.get(page_key(page.number)) if page.number == asked else \
        community_cache.get(page_key(page.number))
    if rows is None:
        cases = selectors.case_list(membership, status=status, domain=domain)
        bottom = (page.number - 1) * CASES_PER_PAGE
        rows = render_to_string(ROWS_TEMPLATE, {
            "cases": selectors.case_list_rows(cases[bottom:bottom + CASES_PER_PAGE]),
            "community": community})
        community_cache.keep({page_key(page.number): rows})
    return ListPage(page=page, rows=mark_safe(rows))  # noqa: S308 (rendered above)
