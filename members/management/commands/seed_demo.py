"""Demo data: two communities, agencies, members and the four demo logins. Idempotent."""

from allauth.account.models import EmailAddress
from django.core.management.base import BaseCommand
from django.db import transaction

from members import demo
from members.demo import DemoWorld
from members.models import Agency, Community, Membership, Role, User

PASSWORD = "practice-together"

AGENCIES = [
    ("Leeds City Council Housing Options", "statutory", "housing"),
    ("Forward Leeds", "voluntary", "drugs_alcohol"),
    ("Leeds and York Partnership NHS Foundation Trust", "statutory", "mental_health"),
    ("Probation Service Yorkshire", "statutory", "criminal_justice"),
    ("St George's Crypt", "voluntary", "housing"),
    ("Bristol City Council Adult Social Care", "statutory", "social_care"),
    ("Second Step", "voluntary", "mental_health"),
    ("Bristol Drugs Project", "voluntary", "drugs_alcohol"),
    ("Avon and Wiltshire Mental Health Partnership", "statutory", "mental_health"),
    ("Brunelcare", "private", "social_care"),
    ("Homeless Health Service Bristol", "statutory", "health"),
    ("Golden Key Bristol", "voluntary", "other"),
]

COMMUNITIES = [
    {
        "slug": "leeds-multiple-needs",
        "name": "Leeds Multiple Needs Community of Practice",
        "region": "Yorkshire and the Humber",
        "description": "Frontline workers across Leeds who support people facing homelessness, "
                       "substance use, offending and mental ill-health at the same time.",
        "ground_rules": "What is said here stays here.\nNo real names or identifying details: "
                        "use a pseudonym.\nCriticise systems, not colleagues.\n"
                        "Everyone's expertise counts.",
        "agencies": AGENCIES[:5],
        "people": [
            ("Priya Shah", "Housing options officer"), ("Tom Whitaker", "Recovery worker"),
            ("Amira Hassan", "Community psychiatric nurse"),
            ("Gareth Jones", "Probation officer"), ("Chloe Barnes", "Hostel support worker"),
            ("Daniel Okafor", "Navigator"), ("Hannah Lee", "Outreach worker"),
            ("Marcus Reid", "Peer mentor"), ("Sophie Turner", "Social worker"),
            ("Imran Malik", "Housing first key worker"),
        ],
    },
    {
        "slug": "bristol-hard-edges",
        "name": "Bristol Hard Edges Community of Practice",
        "region": "South West",
        "description": "A space for Bristol practitioners to bring stuck cases and to name the "
                       "system barriers that keep people with multiple needs at the hard edges.",
        "ground_rules": "Confidentiality first.\nPseudonyms only.\nListen before advising.",
        "agencies": AGENCIES[5:],
        "people": [
            ("Olivia Brown", "Social worker"), ("Kwame Mensah", "Support worker"),
            ("Rachel Green", "Drug and alcohol practitioner"),
            ("Liam Murphy", "Mental health nurse"),
            ("Fatima Begum", "Care coordinator"), ("Ben Carter", "Homeless health nurse"),
            ("Grace Evans", "Service coordinator"), ("Jack Wilson", "Peer navigator"),
            ("Zara Ahmed", "Advocate"), ("Ellie Morgan", "Housing officer"),
            ("Nathan Price", "Outreach worker"),
        ],
    },
]


MORE_MEMBERS_PER_COMMUNITY = 30
FIRST_NAMES = ["Aisha", "Ben", "Carys", "Dev", "Ella", "Femi", "Georgia", "Harry", "Isla",
               "Jamal", "Kate", "Leon", "Maya", "Niall", "Orla", "Pete", "Rosa", "Sam", "Tariq",
               "Una", "Vikram", "Wendy", "Yusuf", "Zoe", "Adam", "Bea", "Callum", "Dina",
               "Eddie", "Freya"]
SURNAMES = ["Patel", "Clarke", "Hughes", "Nowak", "Walsh", "Adeyemi", "Foster", "Khan",
            "Robertson", "O'Neill", "Singh", "Campbell", "Davies", "Mahmood", "Kowalski",
            "Bennett", "Osei", "Hall", "Fraser", "Ward", "Chowdhury", "Lloyd", "Baxter",
            "Doyle", "Akhtar", "Pearson", "Moran", "Ellis", "Quinn", "Sharma", "Watts"]
JOB_TITLES = ["Support worker", "Housing officer", "Recovery coordinator", "Nurse",
              "Social worker", "Outreach worker", "Probation officer", "Peer mentor"]


class Command(BaseCommand):
    help = "Create demo communities, agencies, members and logins (safe to run again)."

    @transaction.atomic
    def handle(self, *args, **options):
        agencies = {}
        for name, sector, discipline in AGENCIES:
            agencies[name], _ = Agency.objects.get_or_create(
                name=name, defaults={"sector": sector, "discipline": discipline})

        communities = {}
        for spec in COMMUNITIES:
            community, _ = Community.objects.get_or_create(slug=spec["slug"], defaults={
                k: spec[k] for k in ("name", "region", "description", "ground_rules")})
            communities[spec["slug"]] = community
            for i, (name, title) in enumerate(spec["people"]):
                agency = agencies[spec["agencies"][i % len(spec["agencies"])][0]]
                email = name.lower().replace(" ", ".") + "@example.org"
                user = self._user(email, name, title, agency)
                role = Role.FACILITATOR if i == 0 else Role.MEMBER
                Membership.objects.get_or_create(user=user, community=community,
                                                 defaults={"role": role})

            self._more_members(community, spec, agencies)

        leeds = communities["leeds-multiple-needs"]
        leeds_agency = agencies[AGENCIES[1][0]]
        admin = self._user("admin@example.org", "Site Admin", "Programme administrator", None,
                           is_staff=True, is_superuser=True)
        facilitator = self._user("facilitator@example.org", "Fran Facilitator",
                                 "Multiple needs coordinator", agencies[AGENCIES[0][0]])
        member = self._user("member@example.org", "Morgan Member", "Recovery worker",
                            leeds_agency)
        evaluator = self._user("evaluator@example.org", "Eve Evaluator", "Research fellow",
                               None, is_evaluator=True)
        Membership.objects.get_or_create(user=facilitator, community=leeds,
                                         defaults={"role": Role.FACILITATOR})
        Membership.objects.get_or_create(user=member, community=leeds,
                                         defaults={"role": Role.MEMBER})

        # Each app's own demo data: cases, sessions, surveys (members/demo.py).
        demo.seed_apps(DemoWorld(communities=communities, facilitator=facilitator,
                                 member=member, evaluator=evaluator))

        # Facilitators, evaluators and site admins must use a second factor: the demo ones
        # who can sign in share a fixed authenticator-app secret (dev data only).
        from members import security

        for user in security.role_holders():
            if user.has_usable_password():
                security.totp_add(user, security.DEMO_TOTP_SECRET)

        for user in (admin, facilitator, member, evaluator):
            self.stdout.write(f"  {user.email:<26} {PASSWORD}")
        self.stdout.write(
            "  Facilitators, the evaluator and the admin also give a code from an authenticator"
            f" app: add the key {security.DEMO_TOTP_SECRET} to one, or run"
            " `.venv/bin/python manage.py demo_totp EMAIL` for the current code.")

    def _more_members(self, community, spec, agencies):
        """Enough members for the evaluation's surveys to show real (unsuppressed) results.
        They have no password: nobody signs in as them."""
        offset = COMMUNITIES.index(spec) * MORE_MEMBERS_PER_COMMUNITY
        for n in range(offset, offset + MORE_MEMBERS_PER_COMMUNITY):
            first = FIRST_NAMES[n % len(FIRST_NAMES)]
            last = SURNAMES[(n * 7) % len(SURNAMES)]
            email = f"{first}.{last}.{n + 1}@example.org".lower().replace("'", "")
            user, created = User.objects.get_or_create(email=email, defaults={
                "display_name": f"{first} {last}", "job_title": JOB_TITLES[n % len(JOB_TITLES)],
                "agency": agencies[spec["agencies"][n % len(spec["agencies"])][0]]})
            if created:
                user.set_unusable_password()
                user.save(update_fields=["password"])
            Membership.objects.get_or_create(user=user, community=community,
                                             defaults={"role": Role.MEMBER})

    def _user(self, email, name, title, agency, **flags):
        user, created = User.objects.get_or_create(email=email, defaults={
            "display_name": name, "job_title": title, "agency": agency, **flags})
        if created:
            user.set_password(PASSWORD)
            user.save(update_fields=["password"])
            EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        return user
