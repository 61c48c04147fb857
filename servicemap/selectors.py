"""Reads of the service map, scoped to the viewer: a community's directory of services, a
service's page and history, the members who can help, and whom the monthly sweep asks."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import (
    BooleanField,
    Case,
    Count,
    DateTimeField,
    Exists,
    F,
    Max,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    TextField,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Concat, Greatest

from members import permissions as member_permissions
from members.models import Agency, Community, Membership, User

from . import diffs, freshness, gating, open_referral, permissions
from .models import (
    SEARCH_CONFIG,
    SERVICE_EDITABLE_FIELDS,
    SERVICE_TEXT_FIELDS,
    Answer,
    Expertise,
    Question,
    QuestionRecipient,
    ReferralRoute,
    Service,
    ServiceCheck,
    ServiceRevision,
    ServiceType,
)

# --- Open Referral UK export (servicemap/open_referral.py; manage.py export_open_referral) ---


def services_export_open_referral(community: Community) -> dict[str, Any]:
    """The community's entries (not those hidden) as one page of the Open Referral UK API's
    /services answer, in the order they were added. For the command line: no viewer."""
    records = [
        open_referral.record_for_export(
            open_referral.service_values(service), service.open_referral_extra,
            service.open_referral_id or f"{open_referral.OWN_ID_PREFIX}{service.pk}")
        for service in Service.objects.filter(community=community, hidden_at__isnull=True)
        .order_by("pk")
    ]
    return open_referral.page(records)


# --- Counts for evaluators (no text) --------------------------------------------------------


@dataclass(frozen=True)
class ServiceMapCounts:
    """A community's service map in numbers: what evaluators see of it."""

    services: int  # entries shown now (not hidden)
    confirmations: int  # "still right" confirmations since the period began
    questions_asked: int  # since the period began
    questions_answered: int  # of those, the ones with an answer


_COUNTS_SQL = f"""
SELECT c.id,
  (SELECT count(*) FROM {Service._meta.db_table} s
    WHERE s.community_id = c.id AND s.hidden_at IS NULL),
  (SELECT count(*) FROM {ServiceRevision._meta.db_table} r
    JOIN {Service._meta.db_table} s ON s.id = r.service_id
    WHERE s.community_id = c.id AND r.kind = %s AND r.created_at >= %s),
  (SELECT count(*) FROM {Question._meta.db_table} q
    WHERE q.community_id = c.id AND q.created_at >= %s),
  (SELECT count(*) FROM {Question._meta.db_table} q
    WHERE q.community_id = c.id AND q.created_at >= %s
      AND EXISTS (SELECT 1 FROM {Answer._meta.db_table} a WHERE a.question_id = q.id))
FROM unnest(%s::bigint[]) AS c(id)
"""  # the table names come from the models; every value is a parameter


def service_map_counts(community_ids: Sequence[int], *, since: datetime
                       ) -> dict[int, ServiceMapCounts]:
    """Community id -> its counts (confirmations and questions since `since`), in one
    query whatever the number of communities."""
    if not community_ids:
        return {}
    with connection.cursor() as cursor:
        cursor.execute(_COUNTS_SQL, [ServiceRevision.Kind.CONFIRMED.value, since, since, since,
                                     list(community_ids)])
        rows = cursor.fetchall()
    return {row[0]: ServiceMapCounts(*row[1:]) for row in rows}


# --- Questions to the members who can help ---------------------------------------------------

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def services_to_ask_about(community: Community) -> list[Service]:
    """The community's services, by name, for choosing which one a question is about (one
    query). Hidden entries are left out."""
    return list(Service.objects.filter(community=community, hidden_at__isnull=True)
                .only("id", "name", "organisation").order_by("name", "pk"))


def service_to_ask_about(community: Community, pk: int | str | None) -> Service | None:
    """One of the community's services a question can be about, or None (one query)."""
    try:
        pk = int(pk or 0)
    except ValueError:
        return None
    return (Service.objects.filter(community=community, pk=pk, hidden_at__isnull=True)
            .select_related("agency").first())


@dataclass
class Helper:
    """A member who can help with a service: their expertise lines (for the service itself
    and for its agency)."""

    user_id: int
    name: str
    job_title: str
    agency: str
    lines: list[str] = field(default_factory=list)


def helpers_for(service: Service, *, exclude_user_id: int | None = None) -> list[Helper]:
    """The active members of the service's community who said they know it, or its agency,
    from the inside, by name (one query): the people a question about it can be put to."""
    about = Q(service=service)
    if service.agency_id is not None:
        about |= Q(agency_id=service.agency_id, service__isnull=True)
    members = member_permissions.current_memberships().filter(
        community_id=service.community_id).values("user_id")
    rows = Expertise.objects.filter(about, community_id=service.community_id,
                                    user__is_active=True, user_id__in=members)
    if exclude_user_id is not None:
        rows = rows.exclude(user_id=exclude_user_id)
    rows = (rows.select_related("user", "user__agency")
            .order_by("user__display_name", "user_id", "service_id", "pk"))
    helpers: dict[int, Helper] = {}
    for row in rows:
        user = row.user
        helper = helpers.setdefault(user.pk, Helper(
            user_id=user.pk, name=user.display_name, job_title=user.job_title,
            agency=user.agency.name if user.agency else ""))
        helper.lines.append(row.line)
    return list(helpers.values())


def question_for(membership: Membership, pk: int) -> Question | None:
    """A question of the viewer's community that they may read (permissions), with its
    service and asker, or None (one query)."""
    return (permissions.questions_visible_to(membership.user_id)
            .filter(community_id=membership.community_id, pk=pk)
            .select_related("service", "asked_by", "community").first())


@dataclass
class QuestionPage:
    answers: list[Answer]
    asked: list[User]  # the people it was put to who still have an account


def question_page(question: Question) -> QuestionPage:
    """What the question's page shows besides the question (two queries)."""
    answers = list(Answer.objects.filter(question=question).select_related("author")
                   .order_by("created_at", "pk"))
    asked = [r.user for r in QuestionRecipient.objects.filter(question=question)
             .select_related("user").order_by("user__display_name", "pk")]
    return QuestionPage(answers=answers, asked=asked)


def my_questions(user: User, community: Community) -> QuerySet[Question]:
    """The questions `user` asked or was asked in `community`: those with something new
    first (put to them and not opened yet; asked by them, with an answer since they last
    opened it), then by latest activity. Each with `answer_count`, `is_new` and `mine`
    (asked by them)."""
    unopened = QuestionRecipient.objects.filter(question=OuterRef("pk"), user=user,
                                                read_at__isnull=True)
    latest_answer = Max("answers__created_at")
    since_opened = Coalesce(F("asker_read_at"), Value(EPOCH, output_field=DateTimeField()))
    return (permissions.questions_visible_to(user.pk).filter(community=community)
            .annotate(
                answer_count=Count("answers"),
                latest_answer_at=latest_answer,
                last_activity=Greatest("created_at", Coalesce(latest_answer, "created_at")),
                mine=Case(When(asked_by=user, then=Value(True)), default=Value(False),
                          output_field=BooleanField()),
                is_new=Case(
                    When(Q(asked_by=user, latest_answer_at__gt=since_opened),
                         then=Value(True)),
                    When(Exists(unopened), then=Value(True)),
                    default=Value(False), output_field=BooleanField()))
            .select_related("service", "asked_by", "community")
            .order_by("-is_new", "-last_activity", "-pk"))


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


# --- Search: casework's search page counts and lists services too --------------------------

# How many of the viewer's communities' services (not hidden) match a search, as a scalar
# SQL subquery for the search page's one statement (casework/search.py). Its parameters, by
# name: `communities` (the viewer's community ids), `config` and `text` (the text search
# configuration and the words searched for, websearch syntax).
SEARCH_COUNT_SQL = (
    f"SELECT count(*) FROM {Service._meta.db_table} s"
    " WHERE s.community_id = ANY(%(communities)s) AND s.hidden_at IS NULL"
    " AND s.search_vector @@ websearch_to_tsquery(%(config)s::regconfig, %(text)s)")


def search_services(community_ids: Sequence[int], text: str, *, offset: int, limit: int,
                    highlight: tuple[str, str]) -> list[Service]:
    """A page of the services (not hidden) of the viewer's `community_ids` matching `text`,
    best first, each with its community and a `snippet` of its text with the words found
    between the `highlight` marks (one query)."""
    query = SearchQuery(text, search_type="websearch", config=SEARCH_CONFIG)
    texts = Concat(*[part for name in _SNIPPET_FIELDS for part in (name, Value(" … "))][:-1],
                   output_field=TextField())
    return list(
        Service.objects.filter(community_id__in=list(community_ids), hidden_at__isnull=True,
                               search_vector=query)
        .select_related("community")
        .only("id", "name", "organisation", "community__id", "community__name",
              "community__slug")
        .annotate(rank=SearchRank(F("search_vector"), query),
                  snippet=SearchHeadline(texts, query, config=SEARCH_CONFIG,
                                         start_sel=highlight[0], stop_sel=highlight[1],
                                         max_words=35, min_words=15, max_fragments=2))
        .order_by("-rank", "name", "pk")[offset:offset + limit])


_SNIPPET_FIELDS = ["description", "who_for", "eligibility", "exclusions", "what_works"]


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
