"""Demo cases for `seed_demo`: realistic, already anonymised, with comments and barriers,
some naming the service where they happened (once the service map's demo directory has it),
and an escalation with its response in each community. Idempotent: a case or an
escalation is found again by its community and title."""

from datetime import timedelta
from typing import Any

from django.utils import timezone

from members import demo as demo_registry
from members import permissions as member_permissions
from members.demo import DemoWorld
from servicemap import selectors as service_selectors

from .models import Barrier, CaseStatus, CaseStudy, Comment, Escalation, Follow

CASES: dict[str, list[dict[str, Any]]] = {
    "leeds-multiple-needs": [
        {
            "pseudonym": "Elizabeth",
            "title": "Discharged from hospital with nowhere to go",
            "presenting_situation": (
                "Elizabeth (not her real name) is in her fifties and was discharged from "
                "hospital with a leg ulcer that needs dressing every other day. She had been "
                "sofa surfing before admission and that is no longer possible.\n\n"
                "We spent four and a half hours at housing options. She was told she is "
                "**not in priority need** because she \"can manage stairs\"."),
            "needs_domains": ["homelessness", "physical_health", "substance_use"],
            "services_involved": "Hospital discharge team, housing options, district nurses, "
                                 "drug and alcohol service.",
            "what_tried": "- A homeless application on the day of discharge\n"
                          "- A letter from the ward about her wound care\n"
                          "- Calls to two hostels: both full",
            "question": "How have others evidenced vulnerability for priority need when the "
                        "health needs are real but not dramatic?",
            "for_discussion": True,
            "comments": [
                ("Ask the district nurses to write about what happens if the dressing is "
                 "missed: the risk of sepsis is the point, not the stairs.", None),
                ("The duty to refer from the hospital should have happened before "
                 "discharge. Worth raising with the discharge team lead.", None),
                ("Agreed, and ask for a review of the decision in writing: there are 21 "
                 "days to request it.", 0),
            ],
            "barriers": [
                ("housing", "eligibility", "Found not in priority need despite wound care "
                                           "needs.", "unknown", "", "housing options"),
                ("hospital", "no_provision", "Discharged without a duty to refer or any "
                                             "accommodation plan.", "no", "",
                 "discharge"),
            ],
        },
        {
            "pseudonym": "Dean",
            "title": "Banned from every hostel in the city",
            "presenting_situation": (
                "Dean is in his thirties, sleeping rough for most of the last two years. "
                "After incidents during a period of heavy crack use he is excluded from all "
                "three direct access hostels. He is now engaging with his script and says he "
                "wants to come inside before winter."),
            "needs_domains": ["homelessness", "substance_use", "offending", "mental_health"],
            "services_involved": "Outreach team, drug and alcohol service, probation.",
            "what_tried": "A joint letter to the hostel managers asking for the bans to be "
                          "reviewed. One replied that bans are for twelve months minimum.",
            "question": "Has anyone had a blanket exclusion lifted early, and what did the "
                        "hostels need to see?",
            "outcome": "One hostel agreed a trial stay with a named key worker and weekly "
                       "three-way reviews. He is still there after six weeks.",
            "comments": [
                ("A risk management plan signed by all of us helped last year: the hostel "
                 "wanted to know who to call at 2am.", None),
                ("Probation can sometimes attend the first review, which reassured the "
                 "manager in a similar case.", None),
            ],
            "barriers": [
                ("housing", "exclusion", "Twelve-month bans from all direct access hostels "
                                         "after past incidents.", "partly",
                 "A trial stay agreed with a joint risk plan.", "crypt"),
            ],
        },
        {
            "pseudonym": "Kasia",
            "title": "No recourse to public funds and fleeing abuse",
            "presenting_situation": (
                "Kasia is a young woman with a child, on a spouse visa that gives no recourse "
                "to public funds. She left her partner after repeated violence and is staying "
                "with a friend who has asked her to leave by the weekend."),
            "needs_domains": ["domestic_abuse", "immigration", "homelessness"],
            "services_involved": "Domestic abuse service, children's social care, refuge "
                                 "network.",
            "what_tried": "Two refuges declined because they cannot claim housing benefit "
                          "for her room.",
            "question": "What routes have worked for women with no recourse in our area?",
            "comments": [
                ("The destitute domestic violence concession lets her apply for temporary "
                 "access to public funds: an immigration adviser can do it quickly.", None),
                ("Children's services have a duty to the child under section 17, which can "
                 "cover accommodation for both of them in the meantime.", None),
            ],
            "barriers": [
                ("immigration", "eligibility", "No recourse to public funds condition on her "
                                               "visa.", "unknown", ""),
                ("housing", "no_provision", "Refuges unable to take her without housing "
                                            "benefit.", "no", ""),
            ],
        },
    ],
    "bristol-hard-edges": [
        {
            "pseudonym": "Marcus",
            "title": "Released on a Friday afternoon with no accommodation",
            "presenting_situation": (
                "Marcus was released from prison on a Friday afternoon after a short "
                "sentence, with a discharge grant and no address. The housing office had "
                "closed by the time he arrived. He has a long history of depression and "
                "uses alcohol to sleep."),
            "needs_domains": ["offending", "homelessness", "mental_health", "substance_use"],
            "services_involved": "Probation, housing, community mental health team.",
            "what_tried": "Emergency out-of-hours line: told to go to the night shelter, "
                          "which was full.",
            "question": "How do we stop Friday releases without a plan?",
            "for_discussion": True,
            "comments": [
                ("The prison should have made the duty to refer weeks before release. Ask "
                 "probation whether it was done.", None),
                ("We raised Friday releases at the reducing reoffending board: worth "
                 "adding this case to the evidence.", None),
            ],
            "barriers": [
                ("probation_police", "no_provision", "Released on a Friday afternoon with no "
                                                     "accommodation arranged.", "no", ""),
                ("housing", "waiting_time", "Housing office closed; out-of-hours offered only "
                                            "a full night shelter.", "no", "",
                 "housing options"),
            ],
        },
        {
            "pseudonym": "Jo",
            "title": "Mental health team closed the case for non-engagement",
            "presenting_situation": (
                "Jo has been referred to the community mental health team three times. "
                "Each time the case is closed after two missed appointments. Jo has no "
                "phone credit and lives in a hostel where letters go missing."),
            "needs_domains": ["mental_health", "homelessness"],
            "services_involved": "Community mental health team, hostel staff, GP.",
            "what_tried": "A GP re-referral with a note about communication needs.",
            "question": "How have others got services to offer assertive or flexible "
                        "contact instead of closing?",
            "comments": [
                ("Ask for appointments to be sent to the hostel office and confirmed with "
                 "staff the day before.", None),
            ],
            "barriers": [
                ("mental_health", "non_engagement", "Closed after two missed appointments "
                                                    "three times.", "unknown", "",
                 "mental health"),
                ("primary_care", "id_digital", "Appointment offers only by text message.",
                 "unknown", ""),
            ],
        },
    ],
}


def seed(world: DemoWorld) -> int:
    """Create the demo cases that are missing. Returns how many were created."""
    created = 0
    now = timezone.now()
    for slug, specs in CASES.items():
        community = world.communities[slug]
        members = list(community.memberships.filter(status="active")
                       .select_related("user").order_by("pk"))
        for i, spec in enumerate(specs):
            if CaseStudy.objects.filter(community=community, title=spec["title"]).exists():
                continue
            author = members[(i * 3 + 1) % len(members)].user
            if slug == "leeds-multiple-needs" and i == 0:
                author = world.member
            published = now - timedelta(days=40 - i * 9)
            case = CaseStudy.objects.create(
                community=community, author=author, status=CaseStatus.PUBLISHED,
                created_at=published, updated_at=published, published_at=published,
                last_activity_at=published,
                **{k: v for k, v in spec.items() if k not in ("comments", "barriers")},
            )
            Follow.objects.get_or_create(user=author, case=case)
            posted: list[Comment] = []
            for j, (body, parent_index) in enumerate(spec["comments"]):
                commenter = members[(i + j * 2 + 2) % len(members)].user
                parent = posted[parent_index] if parent_index is not None else None
                posted.append(Comment.objects.create(
                    case=case, author=commenter, body=body, parent=parent,
                    created_at=published + timedelta(hours=3 + j * 5)))
            for k, (service_type, category, description, overcome, how, *_) in enumerate(
                    spec["barriers"]):
                Barrier.objects.create(
                    case=case, recorded_by=members[(i + k) % len(members)].user,
                    service_type=service_type, category=category, description=description,
                    overcome=overcome, how_overcome=how,
                    created_at=published + timedelta(days=k))
            case.comment_count = len(posted)
            case.last_activity_at = posted[-1].created_at if posted else published
            case.save(update_fields=["comment_count", "last_activity_at"])
            created += 1
    link_services(world)
    seed_escalations(world)
    return created


def _service(community, service_type: str, words: str):
    """The community's service of that type whose name has those words ("housing options"),
    if its directory has one (the service map's demo data makes them)."""
    return (service_selectors.services_for_choice(community)
            .filter(service_type=service_type, name__icontains=words).first())


def link_services(world: DemoWorld) -> None:
    """Name the service where some demo barriers happened, once the directory has it (a
    barrier that names one already is left as it is)."""
    for slug, specs in CASES.items():
        community = world.communities[slug]
        for spec in specs:
            for service_type, _, description, _, _, *words in spec["barriers"]:
                if not words:
                    continue
                service = _service(community, service_type, words[0])
                if service is not None:
                    Barrier.objects.filter(case__community=community, case__title=spec["title"],
                                           description=description, service__isnull=True
                                           ).update(service=service)


ESCALATIONS: dict[str, dict[str, Any]] = {
    "leeds-multiple-needs": {
        "title": "Hospital discharges with no duty to refer",
        "raised_with": "The Health and Wellbeing Board",
        "days_ago": 21,
        "service_type": "hospital", "category": "no_provision",
        "service": "discharge",
        "from_case": "Discharged from hospital with nowhere to go",
        "evidence": (
            "Members recorded patients discharged to the street with no duty to refer made "
            "before discharge, and no accommodation plan. We sent the counts from our "
            "barriers page and two anonymised examples, and asked the board to make the duty "
            "to refer part of every discharge checklist."),
        "response": (
            "The board asked the hospital trust to report on duty to refer at its next "
            "meeting. The discharge team lead will come to one of our sessions in the spring "
            "to hear the examples first hand."),
        "status": "responded",
    },
    "bristol-hard-edges": {
        "title": "Friday afternoon releases with no accommodation",
        "raised_with": "The reducing reoffending board",
        "days_ago": 35,
        "service_type": "probation_police", "category": "no_provision",
        "service": "probation",
        "from_case": "Released on a Friday afternoon with no accommodation",
        "evidence": (
            "People are released on Friday afternoons after the housing office has closed, "
            "with no address arranged. We shared the counts from our barriers page and asked "
            "for releases to be brought forward or housing to be arranged ten days ahead."),
        "response": (
            "The prison agreed to tell the housing team ten days ahead of any release due on "
            "a Friday, for a three-month trial, and to report back on the numbers."),
        "status": "responded",
    },
}


def seed_escalations(world: DemoWorld) -> None:
    """An escalation with its response in each demo community (found again by its title)."""
    today = timezone.localdate()
    for slug, spec in ESCALATIONS.items():
        community = world.communities[slug]
        service = _service(community, spec["service_type"], spec["service"])
        made = Escalation.objects.filter(community=community, title=spec["title"])
        if made.exists():
            if service is not None:  # the directory has it now
                made.filter(service__isnull=True).update(service=service)
            continue
        facilitator = (member_permissions.facilitator_memberships()
                       .filter(community=community).select_related("user").order_by("pk")
                       .first())
        escalation = Escalation.objects.create(
            community=community, title=spec["title"], raised_with=spec["raised_with"],
            raised_on=today - timedelta(days=spec["days_ago"]),
            service_type=spec["service_type"], category=spec["category"],
            service=service,
            evidence=spec["evidence"], response=spec["response"], status=spec["status"],
            created_by=facilitator.user if facilitator else None)
        escalation.barriers.set(Barrier.objects.filter(
            case__community=community, case__title=spec["from_case"],
            service_type=spec["service_type"]))


def register() -> None:
    demo_registry.register("casework", seed)
