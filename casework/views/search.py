from html import escape  # Django's escape is this, behind a costly lazy-text check

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.safestring import mark_safe

from members import selectors as member_selectors

from .. import search as case_search
from ..models import VISIBLE_STATUSES, CaseStatus, NeedsDomain

RESULTS_PER_PAGE = 20
TABS = [("cases", "Cases"), ("comments", "Comments"), ("services", "Services"),
        ("terms", "Glossary")]


def _marked(snippet: str) -> str:
    """Escape the snippet, then turn the highlight sentinels into <mark>."""
    html = escape(snippet or "")
    html = html.replace(case_search.HIGHLIGHT_START, "<mark>")
    return html.replace(case_search.HIGHLIGHT_STOP, "</mark>")


def _row(hit: case_search.Hit) -> str:
    """One result as a list item. Written here rather than in the template: a page's twenty
    rows through the template engine cost more than the search that found them
    (bench/profile.py)."""
    return ('<li class="cop-results__item">'
            '<h2 class="govuk-heading-s govuk-!-margin-bottom-1">'
            f'<a class="govuk-link" href="{escape(hit["url"])}">{escape(hit["heading"])}</a>'
            '</h2><p class="govuk-body-s govuk-hint govuk-!-margin-bottom-1">'
            f'{escape(str(hit["about"]))}</p>'
            f'<p class="govuk-body-s govuk-!-margin-bottom-0">{_marked(hit["snippet"])}</p>'
            "</li>")


def _page_number(given: str | None) -> int:
    """The page asked for; the first for anything but a number."""
    try:
        return max(int(given or 1), 1)
    except ValueError:
        return 1


@login_required
def search(request):
    """Full-text search over cases and comments in the viewer's communities only."""
    communities = {c.slug: c for c in member_selectors.active_communities(request.user)}
    # PostgreSQL text cannot hold NUL: drop it rather than fail.
    text = request.GET.get("q", "").replace("\x00", "").strip()[:200]
    slug = request.GET.get("community", "")
    domain = request.GET.get("domain", "")
    status = request.GET.get("status", "")
    kind = request.GET.get("type", "")
    kind = kind if kind in case_search.KINDS else "cases"
    domain = domain if domain in NeedsDomain.values else ""
    status = status if status in VISIBLE_STATUSES else ""
    community_ids = [communities[slug].pk] if slug in communities else \
        [c.pk for c in communities.values()]

    context = {
        "q": text, "kind": kind, "domain": domain, "status": status,
        "community_slug": slug if slug in communities else "",
        "community_choices": [(c.slug, c.name) for c in communities.values()],
        "domains": NeedsDomain.choices,
        "statuses": [(s, CaseStatus(s).label) for s in VISIBLE_STATUSES],
    }
    if text and community_ids:
        found = case_search.search_page(
            request.user, community_ids, text, kind=kind, domain=domain, status=status,
            number=_page_number(request.GET.get("page")), per_page=RESULTS_PER_PAGE)
        matches, limited = found.counts[kind]
        context.update({
            "page": Paginator(range(matches), found.per_page).page(found.number),
            "hits": found.hits,
            "rows": mark_safe("".join(_row(hit) for hit in found.hits)),  # noqa: S308
            "tabs": [(k, label, *found.counts[k]) for k, label in TABS],
            "limited": limited and kind in ("cases", "comments"),
            "search_limit": case_search.SEARCH_LIMIT,
        })
    return render(request, "casework/search.html", context)
