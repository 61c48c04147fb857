"""Demo glossary terms for `seed_demo`: the words of the law and of the agencies that the
demo cases use, in plain words, with where each comes from (England). Idempotent: a term
is found again by its community and words."""

from django.utils import timezone

from members import demo as demo_registry
from members.demo import DemoWorld

from .models import Term

HOUSING_ACT = "https://www.legislation.gov.uk/ukpga/1996/52/section/"

# (term, meaning, source, link)
PRIORITY_NEED = (
    "priority need",
    "The groups of homeless people a council must house, once it has found them eligible, "
    "homeless and not homeless intentionally: people with dependent children, pregnant "
    "women, people homeless after a fire or flood, people homeless because of domestic "
    "abuse, 16 and 17 year olds, care leavers aged 18 to 20, and people who are vulnerable "
    "because of old age, mental illness, disability or another special reason. "
    "Vulnerable means significantly less able to cope with being homeless than an "
    "ordinary person would be, so evidence of what would happen to this person matters "
    "more than a diagnosis.",
    "Housing Act 1996, section 189; Homelessness (Priority Need for Accommodation) "
    "(England) Order 2002",
    HOUSING_ACT + "189")
LOCAL_CONNECTION = (
    "local connection",
    "A link to a council's area: living there by choice (usually 6 of the last 12 months, "
    "or 3 of the last 5 years), working there, close family who have lived there for "
    "5 years, or special circumstances. A council may refer someone with no local "
    "connection to a council where they have one, but never to an area where they would "
    "be at risk of violence or abuse. It does not decide whether a person gets help "
    "at all.",
    "Housing Act 1996, section 199",
    HOUSING_ACT + "199")
DUTY_TO_REFER = (
    "duty to refer",
    "Public bodies such as prisons, probation, hospitals and emergency departments, "
    "Jobcentres and social services must, with the person's agreement, tell a council of "
    "the person's choice when they think someone is homeless or may become homeless within "
    "56 days. It is a referral, not a homeless application: the council then contacts the "
    "person.",
    "Homelessness Reduction Act 2017 (Housing Act 1996, section 213B)",
    "https://www.gov.uk/government/publications/homelessness-duty-to-refer")
MAPPA = (
    "MAPPA",
    "Multi-Agency Public Protection Arrangements: how police, probation and prisons, with "
    "housing, health, social care and others under a duty to co-operate, manage the risk "
    "from people convicted of certain sexual and violent offences who live in the "
    "community. Most are managed by their own agency (level 1); the others at "
    "multi-agency meetings (levels 2 and 3).",
    "Criminal Justice Act 2003, sections 325 to 327",
    "https://www.gov.uk/government/publications/multi-agency-public-protection-arrangements-"
    "mappa-guidance")
CARE_ACT_ELIGIBILITY = (
    "Care Act eligibility",
    "An adult's needs for care and support are eligible when they come from a physical or "
    "mental impairment or illness, stop the person achieving two or more everyday outcomes "
    "(such as eating well, washing, dressing, keeping their home safe, or using local "
    "services), and as a result their wellbeing is, or is likely to be, significantly "
    "affected. Anyone who appears to need care and support has a right to an assessment, "
    "whatever their level of need or their money.",
    "Care Act 2014, sections 9 and 13; Care and Support (Eligibility Criteria) "
    "Regulations 2015",
    "https://www.legislation.gov.uk/uksi/2015/313/regulation/2")
NRPF = (
    "NRPF",
    "No recourse to public funds: a condition of many visas, which also applies to people "
    "with no permission to be in the UK. They cannot get most benefits, homelessness help "
    "or social housing from the council. Social care under the Care Act and support for "
    "families under section 17 of the Children Act can still be given, and some people can "
    "ask for the condition to be lifted.",
    "Home Office: Immigration Rules; Immigration and Asylum Act 1999, section 115",
    "https://www.gov.uk/government/publications/public-funds--2")
DUAL_DIAGNOSIS = (
    "dual diagnosis",
    "Having a mental health problem and problem drug or alcohol use at the same time. "
    "Guidance says services should work together and not turn someone away from mental "
    "health care because they use substances, or the other way round.",
    "NICE guideline NG58, Coexisting severe mental illness and substance misuse",
    "https://www.nice.org.uk/guidance/ng58")
MARAC = (
    "MARAC",
    "Multi-Agency Risk Assessment Conference: a regular local meeting where police, "
    "health, housing, social care, independent domestic violence advisers and others share "
    "what they know about victims of domestic abuse at the highest risk of serious harm, "
    "and agree a plan to keep each one safe. A referral usually follows a risk assessment "
    "(the DASH checklist) or a professional's judgement.",
    "Local safeguarding partnerships, on the model supported by SafeLives",
    "https://www.gov.uk/government/publications/domestic-abuse-act-statutory-guidance")
SECTION_117 = (
    "section 117 aftercare",
    "Free help that the NHS and the council must together give someone who has been "
    "detained under certain sections of the Mental Health Act (such as section 3), once "
    "they leave hospital: services that meet needs arising from their mental disorder and "
    "make going back into hospital less likely. It cannot be charged for and lasts until "
    "both agree it is no longer needed.",
    "Mental Health Act 1983, section 117",
    "https://www.legislation.gov.uk/ukpga/1983/20/section/117")
SECTION_42 = (
    "section 42 enquiry",
    "The council must look into what is happening, or ask another agency to, when it "
    "suspects that an adult with care and support needs is being abused or neglected, or "
    "is at risk of it, and cannot protect themselves because of those needs. Self-neglect "
    "can count.",
    "Care Act 2014, section 42",
    "https://www.legislation.gov.uk/ukpga/2014/23/section/42")
INTENTIONALLY_HOMELESS = (
    "intentionally homeless",
    "When a council decides someone lost a home that was reasonable for them to live in "
    "because of something they deliberately did or did not do (such as not paying rent they "
    "could afford). The council then owes less: short-term accommodation and advice, not "
    "the main housing duty. Acts done while unable to manage, for example because of "
    "mental illness, should not be treated as deliberate.",
    "Housing Act 1996, section 191",
    HOUSING_ACT + "191")
RELIEF_DUTY = (
    "relief duty",
    "Once a council is satisfied someone is homeless and eligible, it must take reasonable "
    "steps, for 56 days, to help them secure a home that is likely to last at least "
    "6 months, following their personal housing plan. People who may be in priority need "
    "must be given interim accommodation meanwhile.",
    "Housing Act 1996, section 189B",
    HOUSING_ACT + "189B")
SECTION_17 = (
    "section 17 support",
    "Help a council's children's services give to a child in need and their family, such as "
    "accommodation and money for essentials. Often the only help for families with no "
    "recourse to public funds.",
    "Children Act 1989, section 17",
    "https://www.legislation.gov.uk/ukpga/1989/41/section/17")

TERMS = {
    "leeds-multiple-needs": [PRIORITY_NEED, LOCAL_CONNECTION, DUTY_TO_REFER, MAPPA,
                             CARE_ACT_ELIGIBILITY, NRPF, DUAL_DIAGNOSIS, MARAC, SECTION_117,
                             SECTION_42, INTENTIONALLY_HOMELESS],
    "bristol-hard-edges": [PRIORITY_NEED, LOCAL_CONNECTION, DUTY_TO_REFER, MAPPA,
                           CARE_ACT_ELIGIBILITY, NRPF, DUAL_DIAGNOSIS, MARAC, SECTION_117,
                           RELIEF_DUTY, SECTION_17],
}


def seed(world: DemoWorld) -> int:
    """Create the demo terms that are missing. Returns how many were created."""
    created = 0
    now = timezone.now()
    for slug, terms in TERMS.items():
        community = world.communities[slug]
        members = [m.user for m in community.memberships.filter(status="active")
                   .select_related("user").order_by("pk")]
        for i, (term, meaning, source, link) in enumerate(terms):
            if Term.objects.filter(community=community, term__iexact=term).exists():
                continue
            Term.objects.create(community=community, term=term, meaning=meaning,
                                source=source, link=link, created_at=now, updated_at=now,
                                created_by=members[i % len(members)] if members else None)
            created += 1
    return created


def register() -> None:
    demo_registry.register("glossary", seed)
