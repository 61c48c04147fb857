from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import mark_safe

from members import selectors as member_selectors

from .. import selectors
from ..models import VISIBLE_STATUSES, CaseStatus, CaseStudy, Comment, NeedsDomain

RESULTS_PER_PAGE = 20


def _marked(snippet: str) -> str:
    """Escape the snippet, then turn the highlight sentinels into <mark>."""
    html: str = escape(snippet or "")
    html = html.replace(selectors.HIGHLIGHT_START, "<mark>")
    return mark_safe(html.replace(selectors.HIGHLIGHT_STOP, "</mark>"))  # noqa: S308


@login_required
def search(request):
    """Full-text search over cases and comments in the viewer's communities only."""
    memberships = member_selectors.active_memberships(request.user)
    communities = {m.community.slug: m.community for m in memberships}
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
        filters = {"domain": domain, "status": status}
        cases = selectors.search_cases(request.user, community_ids, text, **filters)
        comments = selectors.search_comments(request.user, community_ids, text, **filters)
        results = comments if kind == "comments" else cases
        page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        ids = [r.pk for r in page.object_list]
        if kind == "comments":
            snippets = selectors.headlines(Comment, ids, text, ["body"])
        else:
            snippets = selectors.headlines(
                CaseStudy, ids, text,
                ["title", "presenting_situation", "question", "what_tried", "outcome"])
        context.update({
            "page": page,
            "results": [(r, _marked(snippets.get(r.pk, ""))) for r in page.object_list],
            "case_count": page.paginator.count if kind == "cases" else cases.count(),
            "comment_count": page.paginator.count if kind == "comments" else comments.count(),
        })
    return render(request, "casework/search.html", context)
