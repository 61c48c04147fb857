"""The service map: a community's directory of local services, what it takes to get in,
and the members who can open their doors (issue 18).

Below casework: a barrier on a case names a service (casework.Barrier.service), never the
other way round; a question asked from a barrier refers to it by label and id
(cop.references.AboutReference)."""

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.urls import reverse
from django.utils import timezone

from cop.gate import REASON_MAX  # a facilitator's reason to hide an entry or undo an edit
from cop.references import AboutReference
from cop.text_limits import LengthCheck
from members.models import Agency, Community

SEARCH_CONFIG = "english"

# What people type, in characters (cop/text_limits.py): the forms say these limits, the
# database keeps to them.
SERVICE_NAME_MAX = 200
ORGANISATION_MAX = 200
AREA_MAX = 500  # the area a service covers
LANGUAGES_MAX = 500
SERVICE_TEXT_MAX = 5_000  # description, who it is for, eligibility, exclusions
SERVICE_SHORT_TEXT_MAX = 2_000  # what to bring, how to refer, opening hours
WHAT_WORKS_MAX = 10_000  # grows as members' answers are shared into it
OPEN_REFERRAL_ID_MAX = 250
EXPERTISE_LINE_MAX = 300
QUESTION_MAX = 5_000
ANSWER_MAX = 10_000


class ServiceType(models.TextChoices):
    """The kinds of service: a service's type, and a barrier's (casework.Barrier)."""

    HOUSING = "housing", "Housing"
    MENTAL_HEALTH = "mental_health", "Mental health"
    DRUG_ALCOHOL = "drug_alcohol", "Drug and alcohol"
    PRIMARY_CARE = "primary_care", "Primary care"
    HOSPITAL = "hospital", "Hospital"
    PROBATION_POLICE = "probation_police", "Probation or police"
    SOCIAL_CARE = "social_care", "Social care"
    BENEFITS = "benefits", "Benefits"
    IMMIGRATION = "immigration", "Immigration"


class ReferralRoute(models.TextChoices):
    SELF_REFERRAL = "self_referral", "Self-referral"
    PROFESSIONAL_FORM = "professional_form", "Professional referral form"
    DUTY_LINE = "duty_line", "Duty line"
    DROP_IN = "drop_in", "Drop-in"


# The free-text fields of a service, in the order the form and the identifier gate see them.
SERVICE_TEXT_FIELDS = [
    ("name", "Name"),
    ("organisation", "Organisation"),
    ("description", "What the service does"),
    ("area", "Area it covers"),
    ("who_for", "Who it is for"),
    ("eligibility", "Eligibility and thresholds"),
    ("exclusions", "Exclusions"),
    ("what_to_bring", "What to bring"),
    ("how_to_refer", "How to refer (office contacts only)"),
    ("opening_hours", "Opening hours"),
    ("languages", "Languages"),
    ("what_works", "What works"),
]
# Everything an edit can change: what a revision's snapshot holds (ServiceRevision.fields).
SERVICE_EDITABLE_FIELDS = [
    *[name for name, _ in SERVICE_TEXT_FIELDS],
    "website", "agency_id", "service_type", "referral_routes",
]


class Service(models.Model):
    """A local service as the community knows it. Members edit it wiki style; every edit
    is a ServiceRevision; `version` is raised by each edit, so an edit made from a stale
    form is noticed (optimistic concurrency)."""

    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="services")
    name = models.CharField(max_length=SERVICE_NAME_MAX)
    organisation = models.CharField(max_length=ORGANISATION_MAX, blank=True)
    agency = models.ForeignKey(Agency, null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="services")
    service_type = models.CharField(max_length=20, choices=ServiceType.choices, blank=True)
    description = models.TextField(max_length=SERVICE_TEXT_MAX, blank=True)
    website = models.URLField(blank=True)
    area = models.CharField(max_length=AREA_MAX, blank=True)
    who_for = models.TextField(max_length=SERVICE_TEXT_MAX, blank=True)
    eligibility = models.TextField(max_length=SERVICE_TEXT_MAX, blank=True)
    exclusions = models.TextField(max_length=SERVICE_TEXT_MAX, blank=True)
    what_to_bring = models.TextField(max_length=SERVICE_SHORT_TEXT_MAX, blank=True)
    referral_routes = ArrayField(
        models.CharField(max_length=20, choices=ReferralRoute.choices), default=list,
        blank=True)
    how_to_refer = models.TextField(max_length=SERVICE_SHORT_TEXT_MAX, blank=True)
    opening_hours = models.TextField(max_length=SERVICE_SHORT_TEXT_MAX, blank=True)
    languages = models.CharField(max_length=LANGUAGES_MAX, blank=True)
    what_works = models.TextField(max_length=WHAT_WORKS_MAX, blank=True)
    # Open Referral UK (HSDS): the imported service's id, so importing the same file again
    # updates it; and the fields of its record the map has no place for, given back on
    # export.
    open_referral_id = models.CharField(max_length=OPEN_REFERRAL_ID_MAX, blank=True)
    open_referral_extra = models.JSONField(default=dict, blank=True)
    hidden_at = models.DateTimeField(null=True, blank=True)
    hidden_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                  on_delete=models.SET_NULL, related_name="+")
    hidden_reason = models.TextField(max_length=REASON_MAX, blank=True)
    last_confirmed_at = models.DateTimeField(null=True, blank=True)
    last_confirmed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                          on_delete=models.SET_NULL, related_name="+")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="services_added")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    version = models.PositiveIntegerField(default=1, db_default=1, editable=False)
    # Kept up to date by a PostgreSQL trigger (migration 0002), so bulk loads get it too.
    search_vector = SearchVectorField(null=True, editable=False)

    class Meta:
        constraints = [
            LengthCheck(field="description", limit=SERVICE_TEXT_MAX),
            LengthCheck(field="who_for", limit=SERVICE_TEXT_MAX),
            LengthCheck(field="eligibility", limit=SERVICE_TEXT_MAX),
            LengthCheck(field="exclusions", limit=SERVICE_TEXT_MAX),
            LengthCheck(field="what_to_bring", limit=SERVICE_SHORT_TEXT_MAX),
            LengthCheck(field="how_to_refer", limit=SERVICE_SHORT_TEXT_MAX),
            LengthCheck(field="opening_hours", limit=SERVICE_SHORT_TEXT_MAX),
            LengthCheck(field="what_works", limit=WHAT_WORKS_MAX),
            LengthCheck(field="hidden_reason", limit=REASON_MAX),
            models.UniqueConstraint(fields=["community", "open_referral_id"],
                                    condition=~models.Q(open_referral_id=""),
                                    name="service_open_referral_id_unique"),
        ]
        indexes = [
            models.Index(fields=["community", "name"]),
            GinIndex(fields=["search_vector"]),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_hidden(self) -> bool:
        return self.hidden_at is not None

    def get_referral_routes_display(self) -> list[str]:
        return [str(ReferralRoute(r).label) for r in self.referral_routes
                if r in ReferralRoute.values]

    def editable_values(self) -> dict:
        """What an edit can change, as a revision's snapshot holds it (JSON)."""
        return {name: getattr(self, name) for name in SERVICE_EDITABLE_FIELDS}


class ServiceRevision(models.Model):
    """One change to a service, kept: the history shows every edit, and a facilitator can
    undo one (a `reverted` revision, pointing at the one whose fields it restored)."""

    class Kind(models.TextChoices):
        CREATED = "created", "Added"
        EDITED = "edited", "Edited"
        REVERTED = "reverted", "Edit undone"
        HIDDEN = "hidden", "Hidden"
        SHOWN = "shown", "Shown again"
        CONFIRMED = "confirmed", "Confirmed still right"

    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="revisions")
    editor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                               on_delete=models.SET_NULL, related_name="service_revisions")
    created_at = models.DateTimeField(default=timezone.now)
    kind = models.CharField(max_length=10, choices=Kind.choices)
    # Service.editable_values() after the change.
    fields = models.JSONField(default=dict)
    reason = models.TextField(max_length=REASON_MAX, blank=True)
    reverted_to = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    # Staff names in the text that the author confirmed, at the gate, are work contacts.
    work_contacts = models.JSONField(default=list, blank=True)
    # The other findings in the text kept with a reason: [{field, kind, label, text, reason}].
    # A later edit lets the same words in the same field pass without asking again.
    overrides = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [LengthCheck(field="reason", limit=REASON_MAX)]
        indexes = [models.Index(fields=["service", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} of service {self.service_id}"


class Expertise(models.Model):
    """A member knows a service or an agency from the inside: shown on the service's page
    as one of the "Members who can help"."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="expertise")
    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="+")
    service = models.ForeignKey(Service, null=True, blank=True, on_delete=models.CASCADE,
                                related_name="experts")
    agency = models.ForeignKey(Agency, null=True, blank=True, on_delete=models.CASCADE,
                               related_name="+")
    line = models.CharField(
        max_length=EXPERTISE_LINE_MAX,
        help_text="For example: I work in Housing Options; ask me about duty to refer.")
    # Findings in the line kept with a reason at the gate: [{field, kind, label, text,
    # reason}].
    overrides = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name_plural = "expertise"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(service__isnull=False) | models.Q(agency__isnull=False),
                name="expertise_names_service_or_agency"),
            models.UniqueConstraint(fields=["user", "service"],
                                    condition=models.Q(service__isnull=False),
                                    name="expertise_unique_per_service"),
        ]
        indexes = [models.Index(fields=["community", "agency"])]

    def __str__(self) -> str:
        return self.line


# What a question asked from a barrier on a case refers to (`about`): casework is above this
# app, so the barrier is named by its model label and id, never read.
BARRIER_LABEL = "casework.barrier"


class ServiceCheck(models.Model):
    """The monthly sweep asked someone whether a service is still right: at most once a
    service a month (the unique key), however often the sweep runs."""

    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="checks")
    month = models.DateField()  # its first day, in London
    asked = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["service", "month"],
                                               name="service_check_once_a_month")]

    def __str__(self) -> str:
        return f"Check of service {self.service_id} in {self.month:%B %Y}"


class Question(AboutReference):
    """A member's question to the members who can help with a service, private to the
    asker and those asked. Asked from a barrier on a case, it refers to the barrier by label
    and id (`about`): casework is above this app."""

    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="+")
    service = models.ForeignKey(Service, null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="questions")
    asked_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                 on_delete=models.SET_NULL, related_name="questions_asked")
    body = models.TextField(max_length=QUESTION_MAX)
    created_at = models.DateTimeField(default=timezone.now)
    # When the asker last opened it: answers after this are new to them ("My questions").
    asker_read_at = models.DateTimeField(null=True, blank=True)
    # Findings of the identifier gate the asker kept with a reason: [{field, kind, text,
    # reason}]. The question is private, so they are kept with it, not among the
    # community's overrides that facilitators read.
    overrides = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [LengthCheck(field="body", limit=QUESTION_MAX)]
        indexes = [
            models.Index(fields=["community", "-created_at"]),
            models.Index(fields=["about_type", "about_id"], name="question_about",
                         condition=models.Q(about_id__isnull=False)),
        ]

    def __str__(self) -> str:
        return f"Question {self.pk} about service {self.service_id}"

    def get_absolute_url(self) -> str:
        return reverse("servicemap:question_detail", args=[self.community.slug, self.pk])

    @property
    def is_about_a_barrier(self) -> bool:
        return self.about_type == BARRIER_LABEL and self.about_id is not None


class QuestionRecipient(models.Model):
    """One of the people a question was put to."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="recipients")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="questions_received")
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["question", "user"],
                                               name="question_recipient_unique")]

    def __str__(self) -> str:
        return f"Question {self.question_id} to {self.user_id}"


class Answer(models.Model):
    """An answer to a question. With its author's agreement (`share_consent`) it can be
    copied into the service's "what works" (`shared_at`)."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                               on_delete=models.SET_NULL, related_name="answers")
    body = models.TextField(max_length=ANSWER_MAX)
    created_at = models.DateTimeField(default=timezone.now)
    share_consent = models.BooleanField(
        default=False, help_text="The author agrees it can be added to the service's "
                                 "\"what works\".")
    shared_at = models.DateTimeField(null=True, blank=True)
    overrides = models.JSONField(default=list, blank=True)  # as Question.overrides

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [LengthCheck(field="body", limit=ANSWER_MAX)]
        indexes = [models.Index(fields=["question", "created_at"])]

    def __str__(self) -> str:
        return f"Answer {self.pk} to question {self.question_id}"
