"""Demo questions for `seed_demo`: in each demo community, a few questions to the members
who can help with a service, some answered, one answer shared into "what works".

Registered after the service map's own demo data (its services and expertise), and uses
them: a service is found by its community and agency (or name); one that is missing is
made here, with its first revision. Idempotent: a question is found again by its community
and text. Rows are written directly, without notifications or emails (demo data)."""

from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from members import demo as demo_registry
from members.demo import DemoWorld
from members.models import Agency, Community, User

from . import services
from .models import (
    Answer,
    Expertise,
    Question,
    QuestionRecipient,
    Service,
    ServiceRevision,
    ServiceType,
)


@dataclass(frozen=True)
class DemoAnswer:
    by: str  # as DemoQuestion.asked_by
    body: str
    share_consent: bool = False
    shared: bool = False  # added to the service's "what works" by the asker


@dataclass(frozen=True)
class DemoQuestion:
    service: str  # the service's name, if the map has none for its agency
    agency: str
    service_type: str
    helpers: tuple[tuple[str, str], ...]  # (display name, their line of expertise)
    asked_by: str  # a display name in the community, or a demo login's email address
    body: str
    days_ago: int
    answers: tuple[DemoAnswer, ...] = ()


MEMBER, FACILITATOR = "member@example.org", "facilitator@example.org"  # the demo logins
QUESTIONS: dict[str, list[DemoQuestion]] = {
    "leeds-multiple-needs": [
        DemoQuestion(
            service="Housing Options", agency="Leeds City Council Housing Options",
            service_type=ServiceType.HOUSING,
            helpers=(("Priya Shah", "I am a housing options officer: ask me about priority "
                                    "need, duty to refer and reviews."),),
            asked_by=MEMBER, days_ago=9,
            body="What evidence does Housing Options need to accept priority need on "
                 "vulnerability grounds when someone is discharged from hospital with a wound "
                 "that needs dressing every other day?",
            answers=(DemoAnswer(
                by="Priya Shah", share_consent=True,
                body="A letter from the ward or the district nurses saying what would happen "
                     "if the dressings were missed while sleeping out (infection, sepsis) "
                     "carries most weight: the test is how they would cope compared with an "
                     "ordinary person made homeless. Send it with the duty to refer, and ask "
                     "for a review in writing within 21 days if the decision goes against "
                     "them."),),
        ),
        DemoQuestion(
            service="Forward Leeds", agency="Forward Leeds",
            service_type=ServiceType.DRUG_ALCOHOL,
            helpers=((MEMBER, "I am a recovery worker at Forward Leeds: ask me about "
                                "getting a script restarted."),
                     ("Tom Whitaker", "Recovery worker; I know the criminal justice "
                                      "pathway.")),
            asked_by="Chloe Barnes", days_ago=2,
            body="Can someone released from prison on a Friday get their script picked up "
                 "the same day, or do they have to wait until Monday for an assessment?",
            answers=(DemoAnswer(
                by="Tom Whitaker",
                body="Ring the criminal justice team before release with the release date: "
                     "they can book a bridging appointment for the day itself. Without that "
                     "it is usually Monday."),),
        ),
        DemoQuestion(
            service="Community Mental Health Team",
            agency="Leeds and York Partnership NHS Foundation Trust",
            service_type=ServiceType.MENTAL_HEALTH,
            helpers=(("Amira Hassan", "Community psychiatric nurse: ask me how referrals "
                                      "are triaged."),),
            asked_by=FACILITATOR, days_ago=5,
            body="The team keeps saying drug use has to be addressed first. Is there a way "
                 "to get a joint assessment with the drug service instead?",
        ),
    ],
    "bristol-hard-edges": [
        DemoQuestion(
            service="Bristol Drugs Project", agency="Bristol Drugs Project",
            service_type=ServiceType.DRUG_ALCOHOL,
            helpers=(("Rachel Green", "Drug and alcohol practitioner at BDP: ask me about "
                                      "outreach prescribing."),),
            asked_by="Olivia Brown", days_ago=20,
            body="Does BDP do outreach prescribing for people who cannot get to the "
                 "building, and who can refer for it?",
            answers=(DemoAnswer(
                by="Rachel Green", share_consent=True, shared=True,
                body="Yes: any professional can refer by phone to the duty worker. Say why "
                     "the person cannot come in (mobility, a ban, no bus fare); a short "
                     "outreach plan gets it agreed faster."),),
        ),
        DemoQuestion(
            service="Second Step", agency="Second Step", service_type=ServiceType.MENTAL_HEALTH,
            helpers=(("Kwame Mensah", "Support worker at Second Step: ask me about the "
                                      "housing and recovery services."),),
            asked_by="Ben Carter", days_ago=6,
            body="What is the waiting time for supported housing at the moment, and does a "
                 "hospital discharge move someone up the list?",
            answers=(DemoAnswer(
                by="Kwame Mensah",
                body="About three months. A discharge does not move them up as such, but say "
                     "so on the form: it is weighed at the panel."),),
        ),
        DemoQuestion(
            service="Homeless Health Service", agency="Homeless Health Service Bristol",
            service_type=ServiceType.PRIMARY_CARE,
            helpers=(("Ben Carter", "Homeless health nurse: ask me about registering "
                                    "without an address."),),
            asked_by="Jack Wilson", days_ago=1,
            body="Can someone register with the service without any ID at all?",
        ),
    ],
}


def _person(community: Community, name: str) -> User | None:
    """A person of the community, by display name or email address."""
    found = User.objects.filter(memberships__community=community)
    return found.filter(email=name).first() if "@" in name else \
        found.filter(display_name=name).first()


def _service(community: Community, spec: DemoQuestion) -> Service:
    """The map's service for the question: by its agency, else by its name; made if none."""
    agency = Agency.objects.filter(name=spec.agency).first()
    found = (Service.objects.filter(community=community, agency=agency).order_by("pk").first()
             if agency is not None else None)
    if found is None:
        found = Service.objects.filter(community=community, name=spec.service).first()
    if found is not None:
        return found
    service = Service.objects.create(community=community, name=spec.service,
                                     organisation=spec.agency, agency=agency,
                                     service_type=spec.service_type)
    ServiceRevision.objects.create(service=service, kind=ServiceRevision.Kind.CREATED,
                                   fields=service.editable_values())
    return service


def _seed_question(community: Community, spec: DemoQuestion) -> None:
    if Question.objects.filter(community=community, body=spec.body).exists():
        return
    asker = _person(community, spec.asked_by)
    if asker is None:
        return
    service = _service(community, spec)
    helpers = []
    for name, line in spec.helpers:
        helper = _person(community, name)
        if helper is None or helper == asker:
            continue
        Expertise.objects.get_or_create(user=helper, service=service,
                                        defaults={"community": community, "line": line})
        helpers.append(helper)
    asked_at = timezone.now() - timedelta(days=spec.days_ago)
    question = Question.objects.create(community=community, service=service, asked_by=asker,
                                       body=spec.body, created_at=asked_at)
    answered = {_person(community, a.by) for a in spec.answers}
    QuestionRecipient.objects.bulk_create(
        QuestionRecipient(question=question, user=helper,
                          read_at=asked_at + timedelta(hours=3) if helper in answered else None)
        for helper in helpers)
    for n, spec_answer in enumerate(spec.answers, start=1):
        author = _person(community, spec_answer.by)
        answer = Answer.objects.create(question=question, author=author, body=spec_answer.body,
                                       share_consent=spec_answer.share_consent,
                                       created_at=asked_at + timedelta(hours=3 * n))
        if spec_answer.shared:
            services.answer_share_to_service(actor=asker, answer=answer)


@transaction.atomic
def seed(world: DemoWorld) -> None:
    for slug, questions in QUESTIONS.items():
        community = world.communities.get(slug)
        if community is None:
            continue
        for spec in questions:
            _seed_question(community, spec)


def register() -> None:
    demo_registry.register("servicemap.questions", seed)
