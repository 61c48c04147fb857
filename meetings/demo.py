"""Demo meetings for `seed_demo` (after sessions_app's sessions): in the Leeds community, the
last session held ran its case discussion as a case consultation, with clarifying
questions, recommendations (two chosen) and the presenter's summary sent; the next session
has every agenda item planned (formats, timings, the presenter's question), ready to start.
Idempotent: a session already planned is left as it is."""

from django.utils import timezone

from members import demo as demo_registry
from members import permissions as member_permissions
from members.demo import DemoWorld
from sessions_app.models import AgendaItem, Session, SessionStatus

from .formats import Format, default_minutes
from .models import Entry, EntryKind, ItemPlan
from .summaries import item_summary_send

COMMUNITY = "leeds-multiple-needs"
QUESTION = ("How do I keep the housing offer open while he is not engaging with the drug "
            "service, without setting him up to fail the tenancy?")
CLARIFYING = [
    "Has the housing team said in writing what they need from him?",
    "Who does he trust most at the moment?",
    "Is there a named worker at the drug service?",
]
RECOMMENDATIONS = [
    ("Ask the housing officer for a joint visit with the drug service keyworker.", True),
    ("Put the tenancy conditions in plain words on one page and go through them together.",
     True),
    ("Ask for a multi-agency meeting under the local complex needs protocol.", False),
    ("Check whether a floating support referral can start before the move.", False),
]
FORMATS_BY_POSITION = {1: Format.CHECK_ROUND, 2: Format.CASE_CONSULTATION,
                       3: Format.OPEN_DISCUSSION}


def _plan(item: AgendaItem, question: str = "") -> ItemPlan:
    chosen = FORMATS_BY_POSITION.get(item.position, Format.OPEN_DISCUSSION)
    if item.case_id is not None:
        chosen = Format.CASE_CONSULTATION
    plan, _ = ItemPlan.objects.get_or_create(item=item, defaults={
        "format": chosen, "stage_minutes": default_minutes(chosen),
        "question": question if chosen == Format.CASE_CONSULTATION else ""})
    return plan


def seed(world: DemoWorld) -> int:
    community = world.communities.get(COMMUNITY)
    if community is None:
        return 0
    facilitator = next((m.user for m in member_permissions.facilitator_memberships()
                        .filter(community=community).select_related("user")), None)
    if facilitator is None:
        return 0
    members = [m.user for m in member_permissions.current_memberships()
               .filter(community=community).select_related("user").order_by("pk")]
    now = timezone.now()
    made = 0
    past = (Session.objects.filter(community=community, status=SessionStatus.COMPLETED,
                                   agenda__case__isnull=False)
            .order_by("-starts_at").first())
    if past is not None:
        item = (AgendaItem.objects.filter(session=past, case__isnull=False)
                .select_related("session__community", "case").first())
        if item is not None and not ItemPlan.objects.filter(item=item).exists():
            for other in past.agenda.all():
                _plan(other, QUESTION)
            moment = past.starts_at
            for n, text in enumerate(CLARIFYING):
                Entry.objects.create(item=item, kind=EntryKind.QUESTION, text=text,
                                     member=members[n % len(members)] if n % 2 == 0 else None,
                                     recorded_by=facilitator, created_at=moment)
            for n, (text, chosen) in enumerate(RECOMMENDATIONS):
                Entry.objects.create(item=item, kind=EntryKind.RECOMMENDATION, text=text,
                                     member=members[(n + 1) % len(members)] if n != 2 else None,
                                     recorded_by=facilitator, chosen=chosen,
                                     created_at=moment)
            if item.presenter_id is None:
                item.presenter = world.member
                item.save(update_fields=["presenter"])
            item_summary_send(actor=facilitator, item=item)
            made += 1
    upcoming = (Session.objects.filter(community=community, status=SessionStatus.SCHEDULED,
                                       starts_at__gt=now)
                .order_by("starts_at").first())
    if upcoming is not None and not ItemPlan.objects.filter(item__session=upcoming).exists():
        items = list(upcoming.agenda.all())
        if not items:
            items = [AgendaItem.objects.create(session=upcoming, position=1,
                                               title="Welcome and check-in", minutes=10,
                                               presenter=facilitator)]
        for item in items:
            _plan(item, "What can I do next when every service says he is someone else's "
                        "responsibility?")
        made += 1
    return made


def register() -> None:
    demo_registry.register("meetings", seed)
