"""Reads of the service map, scoped to the viewer."""

from django.db.models import Q, QuerySet

from members.models import Community

from .models import Service

# --- Choosing a service: for the apps above (casework's barriers and escalations) -------------


def services_for_choice(community: Community, *, keep_id: int | None = None
                        ) -> QuerySet[Service]:
    """The community's services a form offers (where a barrier happened, what an escalation
    is about), by name: those not hidden, and `keep_id` (the one already chosen) even if it
    has been hidden since, so an edit does not lose it."""
    offered = Q(hidden_at__isnull=True)
    if keep_id is not None:
        offered |= Q(pk=keep_id)
    return (Service.objects.filter(offered, community=community)
            .only("id", "community_id", "name", "organisation").order_by("name", "pk"))


def service_in(community: Community, pk: int) -> Service | None:
    """One of the community's services, hidden or not (a barrier still names it), or None:
    another community's is never found."""
    return (Service.objects.filter(community=community, pk=pk)
            .only("id", "community_id", "name", "organisation", "hidden_at").first())
