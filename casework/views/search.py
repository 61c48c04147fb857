from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import mark_safe

from members import selectors as member_selectors

from .. import selectors
from ..models import VISIBLE_STATUSES, CaseStatus, NeedsDomain

RESULTS_PER_PAGE = 20


def _marked(snippet: str) -> str:
    """Escape the snippet, then turn the highlight sentinels into <mark>."""
    html: str = escape(snippet or "")
    html = html.replace(selectors.HIGHLIGHT_START, "<mark>")
    return mark_safe(html.replace(selectors.HIGHLIGHT_STOP, "</mark>"))  # noqa: S308


@login_required
def search(request):
    """Full-text search over cases and comments in the viewer's communities only."""
    communities = {c.slug: c for c in member_selectors.active_communities(request.user)}
    # PostgreSQL text cannot hold NUL: drop it rather than fail.
    text = request.GET.get("q", "").replace("\x00", "").strip()[:200]
    slug = request.GET.get("community", "")
    domain = request.GET.get("domain", "")
    status = request.GET.get("status", "")
    kind = "comments" if request.GET.get("type") == "comments" else "cases"
    domain = domain if domain in NeedsDomain.values else ""
    status = status if status in VISIBLE_STATUSES else ""
    community_ids = [communities[slug].pk] if slug in communities else \
        [c.pk for c in communities.values()]

    context = {
        "q": text, "kind": kind, "domain": domain, "status": status,
        "community_slug": slug if slug in communities else "",
        "communities": list(communities.values()), "domains": NeedsDomain.choices,
        "statuses": [(s, CaseStatus(s).label) for s in VISIBLE_STATUSES],
    }
    if text and community_ids:
        found = selectors.search(request.user, community_ids, text, kind=kind, domain=domain,
                                 status=status)
        page = Paginator(found.ids, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        show = selectors.found_comments if kind == "comments" else selectors.found_cases
        context.update({
            "page": page,
            "results": [(r, _marked(r.snippet))
                        for r in show(community_ids, page.object_list, text)],
            "case_count": found.counts["cases"][0], "cases_more": found.counts["cases"][1],
            "comment_count": found.counts["comments"][0],
            "comments_more": found.counts["comments"][1],
            "limited": found.counts[kind][1], "search_limit": selectors.SEARCH_LIMIT,
        })
    return render(request, "casework/search.html", context)
