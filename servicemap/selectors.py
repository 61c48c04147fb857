"""Reads of the service map, scoped to the viewer: a community's directory of services, a
service's page and history, the members who can help, and whom the monthly sweep asks."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.core.paginator import Page, Paginator
from django.db.models import F, OuterRef, Q, QuerySet, Subquery

from members import permissions as member_permissions
from members.models import Agency, Community, Membership, User

from . import diffs, freshness, gating, permissions
from .models import (
    SEARCH_CONFIG,
    SERVICE_EDITABLE_FIELDS,
    SERVICE_TEXT_FIELDS,
    Expertise,
    ReferralRoute,
    Service,
    ServiceCheck,
    ServiceRevision,
    ServiceType,
)

# The revisions that change what an entry says (the others hide, show or confirm it).
CONTENT_KINDS = (ServiceRevision.Kind.CREATED, ServiceRevision.Kind.EDITED,
                 ServiceRevision.Kind.REVERTED)
# What an undo can take back: an edit, or an earlier undo.
UNDOABLE_KINDS = (ServiceRevision.Kind.EDITED, ServiceRevision.Kind.REVERTED)
HISTORY_PER_PAGE = 25
FIELD_LABELS = {**dict(SERVICE_TEXT_FIELDS), "website": "Website", "agency_id": "Agency",
                "service_type": "Type of service", "referral_routes": "Ways to refer"}


# --- The directory ------------------------------------------------------------------------------


def services_for(membership: Membership, *, service_type: str = "", query: str = ""
                 ) -> QuerySet[Service]:
    """The community's services the viewer may see (hidden ones to its facilitators only),
    of one type if given, matching `query` (web-search syntax) best first if given, else
    by name."""
    services = Service.objects.filter(community_id=membership.community_id)
    if not permissions.sees_hidden_services(membership, membership.community_id):
        services = services.filter(hidden_at__isnull=True)
    if service_type:
        services = services.filter(service_type=service_type)
    if query:
        search = SearchQuery(query, search_type="websearch", config=SEARCH_CONFIG)
        services = (services.filter(search_vector=search)
                    .annotate(rank=SearchRank(F("search_vector"), search))
                    .order_by("-rank", "name", "pk"))
    else:
        services = services.order_by("name", "pk")
    return services.select_related("agency").defer("search_vector", "open_referral_extra")


def _content_revisions(service: Service | OuterRef) -> QuerySet[ServiceRevision]:
    """The revisions that changed what `service` says, the last first."""
    return (ServiceRevision.objects.filter(service=service, kind__in=CONTENT_KINDS)
            .order_by("-created_at", "-pk"))


def service_in_community(community: Community, pk: int) -> Service | None:
    """A service of `community` with what its page shows about it, in one query: its agency,
    who confirmed or hid it, and who last changed what it says (`last_editor_name`, empty
    for a former member)."""
    return (Service.objects.filter(community=community, pk=pk)
            .select_related("community", "agency", "last_confirmed_by", "hidden_by")
            .defer("search_vector")
            .annotate(last_editor_name=Subquery(
                _content_revisions(OuterRef("pk")).values("editor__display_name")[:1]))
            .first())


def members_who_can_help(service: Service) -> list[Expertise]:
    """Active members of the service's community who said they know it, or its agency, from
    the inside: one line each, the service's own first."""
    about = Q(service=service)
    if service.agency_id is not None:
        about |= Q(service__isnull=True, agency_id=service.agency_id)
    members = member_permissions.current_memberships().filter(
        community_id=service.community_id, user__is_active=True)
    return list(Expertise.objects.filter(about, community_id=service.community_id,
                                         user__in=members.values("user_id"))
                .select_related("user", "user__agency")
                .order_by(F("service_id").asc(nulls_last=True), "user__display_name", "pk"))


def kept_in(service: Service) -> gating.Kept:
    """What the entry's text holds that passed the gate: the work contacts and the findings
    kept with a reason on the revision that last changed it."""
    revision = _content_revisions(service).only("work_contacts", "overrides").first()
    if revision is None:
        return gating.Kept()
    return gating.Kept(tuple(revision.work_contacts), tuple(revision.overrides))


# --- A service's history ------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One field an edit changed: its old and new value, word by word."""

    label: str
    old: list[diffs.Piece]
    new: list[diffs.Piece]


@dataclass(frozen=True)
class HistoryEntry:
    revision: ServiceRevision
    changes: list[Change] = field(default_factory=list)
    can_undo: bool = False


def _shown(name: str, value: Any, agencies: dict[int, str]) -> str:
    """A field's value as the history shows it."""
    if name == "agency_id":
        return agencies.get(value, "") if value else ""
    if name == "service_type":
        return str(ServiceType(value).label) if value in ServiceType.values else ""
    if name == "referral_routes":
        return ", ".join(str(ReferralRoute(v).label) for v in value or ()
                         if v in ReferralRoute.values)
    return str(value or "")


def changes_between(before: dict[str, Any], after: dict[str, Any],
                    agencies: dict[int, str]) -> list[Change]:
    """The fields that differ, in the form's order, each as its words changed."""
    found = []
    for name in SERVICE_EDITABLE_FIELDS:
        old, new = (_shown(name, values.get(name), agencies) for values in (before, after))
        if old != new:
            found.append(Change(FIELD_LABELS[name], *diffs.word_diff(old, new)))
    return found


def agency_names(snapshots: Iterable[dict[str, Any]]) -> dict[int, str]:
    """The names of the agencies the snapshots name (one query)."""
    ids = {s["agency_id"] for s in snapshots if s.get("agency_id") is not None}
    return dict(Agency.objects.filter(pk__in=ids).values_list("pk", "name")) if ids else {}


def history_page(service: Service, number: str | int | None, *, can_undo: bool
                 ) -> tuple[Page[ServiceRevision], list[HistoryEntry]]:
    """A page of the service's revisions, newest first, each edit with what it changed
    (against the revision before it: the page's rows and one more, in one query)."""
    revisions = (ServiceRevision.objects.filter(service=service)
                 .select_related("editor", "reverted_to").order_by("-created_at", "-pk"))
    page = Paginator(revisions, HISTORY_PER_PAGE).get_page(number)
    start = page.start_index() - 1 if page.paginator.count else 0
    rows = list(revisions[start:start + HISTORY_PER_PAGE + 1])
    agencies = agency_names(r.fields for r in rows)
    entries = []
    for index, revision in enumerate(rows[:HISTORY_PER_PAGE]):
        before = rows[index + 1].fields if index + 1 < len(rows) else None
        changes = []
        if revision.kind in UNDOABLE_KINDS and before is not None:
            changes = changes_between(before, revision.fields, agencies)
        entries.append(HistoryEntry(revision, changes,
                                    can_undo and revision.kind in UNDOABLE_KINDS))
    return page, entries


def revision_of(service: Service, pk: int) -> ServiceRevision | None:
    return ServiceRevision.objects.filter(service=service, pk=pk).select_related(
        "editor").first()


def revision_before(revision: ServiceRevision) -> ServiceRevision | None:
    """The last revision that changed what the entry says before `revision`: what undoing
    `revision` brings back."""
    return (_content_revisions(revision.service)
            .filter(Q(created_at__lt=revision.created_at)
                    | Q(created_at=revision.created_at, pk__lt=revision.pk)).first())


# --- Members who know a service from the inside -------------------------------------------------


def expertise_of(user: User) -> list[Expertise]:
    """The services and agencies `user` knows from the inside, in their active communities."""
    communities = member_permissions.current_memberships().filter(user=user).values(
        "community_id")
    return list(Expertise.objects.filter(user=user, community_id__in=communities)
                .select_related("community", "service", "agency")
                .order_by("community__name", "service__name", "agency__name", "pk"))


def expertise_for(user: User, pk: int) -> Expertise | None:
    return Expertise.objects.filter(user=user, pk=pk).first()


def services_known_to(user: User) -> list[Service]:
    """The services a person may say they know: those of their active communities that are
    not hidden, by community and name."""
    communities = member_permissions.current_memberships().filter(user=user).values(
        "community_id")
    return list(Service.objects.filter(community_id__in=communities, hidden_at__isnull=True)
                .select_related("community").only("pk", "name", "community__name")
                .order_by("community__name", "name", "pk"))


# --- The monthly sweep --------------------------------------------------------------------------


def services_to_check(now: datetime, month: date) -> list[Service]:
    """Shown entries nobody has confirmed or changed for six months (freshness.py), not yet
    asked about this month."""
    asked = ServiceCheck.objects.filter(service=OuterRef("pk"), month=month)
    return list(freshness.stale(Service.objects.filter(hidden_at__isnull=True), now)
                .exclude(Q(pk__in=asked.values("service_id")))
                .select_related("community").defer("search_vector").order_by("pk"))


def who_to_ask(service: Service) -> int | None:
    """Whoever last changed what the entry says, while an active member of its community;
    else an active member from the service's agency (the longest-standing); else nobody."""
    members = member_permissions.current_memberships().filter(
        community_id=service.community_id, user__is_active=True)
    editor = _content_revisions(service).values_list("editor_id", flat=True).first()
    if editor is not None and members.filter(user_id=editor).exists():
        return editor
    if service.agency_id is None:
        return None
    return (members.filter(user__agency_id=service.agency_id).order_by("joined_at", "pk")
            .values_list("user_id", flat=True).first())
