"""casework's part of a service's page (servicemap/service_parts.py): the barriers recorded
against the service in its community, counted by category with small numbers suppressed
as the barriers report suppresses its counts by service; how they were overcome; the cases
behind them (links, for members); and the escalations about the service. A fixed number of
queries whatever the data: the counts, the notes, the cases and the escalations."""

from django.conf import settings
from django.db.models import Exists, F, OuterRef
from django.urls import reverse

from members import permissions as member_permissions
from members.models import Membership
from servicemap import service_parts
from servicemap.models import Service

from . import barrier_report, permissions, selectors
from .models import VISIBLE_STATUSES, Barrier, CaseStudy

NOTES_SHOWN = 10
CASES_SHOWN = 10
ESCALATIONS_SHOWN = 5


def barriers_at(service: Service):
    """The barriers recorded against the service on cases its community can read."""
    return barrier_report.visible_barriers().filter(service=service,
                                                    case__community_id=service.community_id)


def overcome_notes(service: Service, limit: int = NOTES_SHOWN) -> list[Barrier]:
    """The newest "how it was overcome" notes of its barriers (one query)."""
    return list(barriers_at(service).exclude(how_overcome="")
                .only("id", "category", "overcome", "how_overcome", "created_at")
                .order_by("-created_at", "-pk")[:limit])


def cases_behind(service: Service, limit: int = CASES_SHOWN) -> list[CaseStudy]:
    """The cases with a barrier at the service, latest published first, and one more if
    there are more (one query)."""
    at_service = Barrier.objects.filter(case=OuterRef("pk"), service=service)
    return list(CaseStudy.objects.filter(community_id=service.community_id,
                                         status__in=VISIBLE_STATUSES)
                .filter(Exists(at_service)).only("id", "title", "status", "published_at")
                .order_by(F("published_at").desc(nulls_last=True), "-pk")[:limit + 1])


def read(membership: Membership, service: Service) -> dict | None:
    if service.community_id != membership.community_id:
        return None  # the page shows its own community's services only
    threshold = settings.BARRIER_SUPPRESSION_THRESHOLD
    counts = barrier_report.count_barriers(barriers_at(service))
    (by_category,), total = barrier_report.suppress_breakdowns(
        [counts.by_category], counts.total, threshold)
    slug = membership.community.slug
    escalations = selectors.escalations_about_service(service.pk, ESCALATIONS_SHOWN)
    context = {
        "service": service, "community": membership.community,
        "any_barriers": counts.total > 0, "by_category": by_category, "total": total,
        "threshold": threshold,
        "escalations": escalations[:ESCALATIONS_SHOWN],
        "more_escalations": len(escalations) > ESCALATIONS_SHOWN,
        "escalate_url": (reverse("casework:escalation_create", args=[slug])
                         + f"?service={service.pk}"
                         if permissions.can_escalate(membership, service.community_id)
                         else ""),
        "notes": [], "cases": [], "more_cases": False, "cases_url": "",
    }
    # What the cases say, and the cases themselves: for the community's members only.
    if member_permissions.is_member(membership, service.community_id) and counts.total:
        cases = cases_behind(service)
        context |= {
            "notes": overcome_notes(service), "cases": cases[:CASES_SHOWN],
            "more_cases": len(cases) > CASES_SHOWN,
            "cases_url": (reverse("casework:barrier_report", args=[slug])
                          + f"?by=service&service={service.pk}#cases"),
        }
    return context


def register() -> None:
    service_parts.register(service_parts.ServicePart(
        app="casework", order=20, template="casework/service/_barriers.html", read=read))
