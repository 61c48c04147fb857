"""The system barriers pages: one community's (members, with cases) and the cross-community
counts (evaluators and site admins, suppressed). See docs/PERMISSIONS.md."""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.functional import SimpleLazyObject

from members.permissions import get_membership_for
from servicemap import selectors as service_selectors

from .. import barrier_report, permissions, selectors

CASES_PER_PAGE = 25


# The report's choice: counts by type of service (cached) or by the service each names.
BREAKDOWNS = {"type": "Type of service", "service": "Service"}
ESCALATIONS_SHOWN = 5


@login_required
def community_report(request, slug):
    membership = get_membership_for(request.user, slug)
    community = membership.community
    # Lazy: when the counts' rendered HTML is in the cache (under summary_key), the counts
    # are not needed.
    summary = SimpleLazyObject(lambda: barrier_report.community_summary(community))
    by = request.GET.get("by", "")
    by = by if by in BREAKDOWNS else "type"
    barrier_filter = barrier_report.BarrierFilter.from_params(request.GET)
    page = service = None
    if barrier_filter:
        page = Paginator(barrier_report.cases_behind(community, barrier_filter),
                         CASES_PER_PAGE).get_page(request.GET.get("page"))
        if barrier_filter.service_id is not None:
            service = service_selectors.service_in(community, barrier_filter.service_id)
    escalations = selectors.latest_escalations(community, ESCALATIONS_SHOWN)
    return render(request, "casework/barrier_report.html", {
        "membership": membership,
        "community": community,
        "summary": summary,
        "chart": SimpleLazyObject(lambda: barrier_report.quarter_chart(summary.by_quarter)),
        "summary_key": barrier_report.summary_key(community),
        "keep_seconds": barrier_report.SUMMARY_KEEP_SECONDS,
        "by": by,
        "breakdowns": BREAKDOWNS,
        "by_service": (barrier_report.by_named_service(
            community, settings.BARRIER_SUPPRESSION_THRESHOLD) if by == "service" else None),
        "filter": barrier_filter,
        "filter_descriptions": barrier_filter.descriptions(service.name if service else ""),
        "filter_query": urlencode(barrier_filter.as_params()),
        "page": page,
        "escalations": escalations[:ESCALATIONS_SHOWN],
        "more_escalations": len(escalations) > ESCALATIONS_SHOWN,
        "can_escalate": permissions.can_escalate(membership, community.pk),
    })


@login_required
def cross_community_report(request):
    if not permissions.can_see_cross_community_barriers(request.user):
        raise PermissionDenied("Only evaluators and site admins can see these counts.")
    threshold = settings.BARRIER_SUPPRESSION_THRESHOLD
    by_category, by_service_type = barrier_report.cross_community_tables(threshold)
    return render(request, "casework/barrier_report_all.html", {
        "tables": [
            {"caption": "Barriers by community and category", "data": by_category},
            {"caption": "Barriers by community and service", "data": by_service_type},
        ],
        "threshold": threshold,
    })
