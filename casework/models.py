from django.apps import apps as django_apps
from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.urls import reverse
from django.utils import timezone

from cop.gate import REASON_MAX  # also a facilitator's reason and a comment's removal
from cop.references import AboutReference
from cop.text_limits import LengthCheck
from members.audit_triggers import changed, deleted, history, inserted
from members.models import Community
from servicemap.models import Service, ServiceType

SEARCH_CONFIG = "english"

# What people type, in characters: the forms say these limits, the database keeps to them
# (cop/text_limits.py). Set well above anything real use needs: a 20,000-character case
# section is some eight pages.
PSEUDONYM_MAX = 60
TITLE_MAX = 200
CASE_TEXT_MAX = 20_000  # presenting situation, what has been tried, what happened next
CASE_SHORT_TEXT_MAX = 5_000  # services involved, question for the group
COMMENT_MAX = 20_000
BARRIER_DESCRIPTION_MAX = 500
HOW_OVERCOME_MAX = 5_000
RAISED_WITH_MAX = 300
ESCALATION_TEXT_MAX = 10_000  # the evidence sent, the response


class NeedsDomain(models.TextChoices):
    HOMELESSNESS = "homelessness", "Homelessness"
    SUBSTANCE_USE = "substance_use", "Substance use"
    OFFENDING = "offending", "Offending"
    MENTAL_HEALTH = "mental_health", "Mental health"
    DOMESTIC_ABUSE = "domestic_abuse", "Domestic abuse"
    PHYSICAL_HEALTH = "physical_health", "Physical health"
    LEARNING_DISABILITY = "learning_disability", "Learning disability"
    IMMIGRATION = "immigration", "Immigration or no recourse to public funds"
    NEURODIVERSITY = "neurodiversity", "Neurodiversity"
    SEXUAL_EXPLOITATION = "sexual_exploitation", "Sex work or sexual exploitation"
    CARE_LEAVER = "care_leaver", "Care leaver"
    DEBT = "debt", "Debt or money"
    OTHER = "other", "Other"


class CaseStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"
    CLOSED = "closed", "Closed"
    ARCHIVED = "archived", "Archived"


# Statuses the whole community can read; a draft is its author's alone.
VISIBLE_STATUSES = [CaseStatus.PUBLISHED, CaseStatus.CLOSED, CaseStatus.ARCHIVED]

# The free-text fields of a case, in the order the form and the scanner see them.
CASE_TEXT_FIELDS = [
    ("title", "Title"),
    ("presenting_situation", "Presenting situation"),
    ("services_involved", "Services involved"),
    ("what_tried", "What has been tried"),
    ("question", "Question for the group"),
    ("outcome", "What happened next"),
]


# Change history for the audit trail (members/audit_triggers.py): who changed a case and
# when, never its text (CaseRevision keeps the text history, which retention can redact).
@history(
    inserted("case.created"),
    changed("case.edited", "pseudonym", *[name for name, _ in CASE_TEXT_FIELDS],
            "needs_domains", "for_discussion"),
    changed("case.status_changed", "status"),
    deleted("case.deleted"),
    target_type="casework.casestudy",
    community="NEW.community_id",
    detail="jsonb_build_object('status', NEW.status)",
    exclude=["pseudonym", *[name for name, _ in CASE_TEXT_FIELDS], "search_vector",
             "comment_count", "last_activity_at", "thread_version"],
)
class CaseStudy(models.Model):
    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="cases")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                               related_name="cases")
    pseudonym = models.CharField(
        max_length=PSEUDONYM_MAX,
        help_text="A made-up first name for the person. Never their real name.",
    )
    title = models.CharField(max_length=TITLE_MAX)
    presenting_situation = models.TextField(max_length=CASE_TEXT_MAX)
    needs_domains = ArrayField(
        models.CharField(max_length=30, choices=NeedsDomain.choices), default=list, blank=True
    )
    services_involved = models.TextField(max_length=CASE_SHORT_TEXT_MAX, blank=True)
    what_tried = models.TextField(max_length=CASE_TEXT_MAX, blank=True)
    question = models.TextField(max_length=CASE_SHORT_TEXT_MAX, blank=True)
    outcome = models.TextField(max_length=CASE_TEXT_MAX, blank=True)
    status = models.CharField(max_length=12, choices=CaseStatus.choices,
                              default=CaseStatus.DRAFT)
    for_discussion = models.BooleanField(
        default=False, help_text="The author would like it discussed at a session.")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    published_at = models.DateTimeField(null=True, blank=True)
    comment_count = models.PositiveIntegerField(default=0)
    last_activity_at = models.DateTimeField(default=timezone.now)
    # Raised by PostgreSQL in the same transaction as every insert, update or delete of a
    # comment on the case (migration 0009), whoever writes it (services, retention, a user's
    # deletion, bulk loads): the key of the case page's cached discussion (thread_html.py).
    thread_version = models.BigIntegerField(default=0, db_default=0, editable=False)
    # Kept up to date by a PostgreSQL trigger (migration 0002), so bulk loads get it too.
    search_vector = SearchVectorField(null=True, editable=False)

    class Meta:
        verbose_name_plural = "case studies"
        constraints = [
            LengthCheck(field="presenting_situation", limit=CASE_TEXT_MAX),
            LengthCheck(field="services_involved", limit=CASE_SHORT_TEXT_MAX),
            LengthCheck(field="what_tried", limit=CASE_TEXT_MAX),
            LengthCheck(field="question", limit=CASE_SHORT_TEXT_MAX),
            LengthCheck(field="outcome", limit=CASE_TEXT_MAX),
        ]
        indexes = [
            models.Index(fields=["community", "status", "-last_activity_at"]),
            # The case list's order, carrying what its filters look at: any page of it, and
            # its count, read from this index alone (an index-only scan), never the
            # community's cases sorted; search's newest matches in a community also start
            # here (selectors.case_list_page, search.py).
            models.Index(fields=["community", "-last_activity_at", "-id"],
                         include=["status", "needs_domains"], name="case_list_covering"),
            # The community home's latest published cases, likewise.
            models.Index(fields=["community", "status", "-published_at", "-id"],
                         name="latest_cases_order"),
            models.Index(fields=["author", "status"]),
            GinIndex(fields=["search_vector"]),
            GinIndex(fields=["needs_domains"]),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("casework:case_detail", args=[self.community.slug, self.pk])

    @property
    def is_visible_to_community(self) -> bool:
        return self.status in VISIBLE_STATUSES

    def get_needs_domains_display(self):
        labels = dict(NeedsDomain.choices)
        return [labels.get(d, d) for d in self.needs_domains]


class CaseRevision(models.Model):
    """One saved version of a case: edits and status changes keep a history."""

    class Kind(models.TextChoices):
        CREATED = "created", "Created"
        EDITED = "edited", "Edited"
        STATUS = "status", "Status changed"

    case = models.ForeignKey(CaseStudy, on_delete=models.CASCADE, related_name="revisions")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                              related_name="+")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    from_status = models.CharField(max_length=12, blank=True)
    to_status = models.CharField(max_length=12, blank=True)
    reason = models.TextField(max_length=REASON_MAX, blank=True)
    snapshot = models.JSONField(default=dict)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [LengthCheck(field="reason", limit=REASON_MAX)]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} of case {self.case_id}"


@history(
    inserted("comment.created"),
    changed("comment.edited", "body"),
    changed("comment.removed",
            condition="OLD.removed_at IS NULL AND NEW.removed_at IS NOT NULL"),
    deleted("comment.deleted"),
    target_type="casework.comment",
    community="(SELECT c.community_id FROM casework_casestudy c WHERE c.id = NEW.case_id)",
    detail="jsonb_build_object('case', NEW.case_id)",
    # `community` is a copy of the case's, not a fact of its own: the case's history has it.
    exclude=["body", "removal_reason", "search_vector", "community"],
)
class Comment(models.Model):
    case = models.ForeignKey(CaseStudy, on_delete=models.CASCADE, related_name="comments")
    # Always the case's community, kept so by PostgreSQL triggers (migration 0004), so that
    # search can scope comments to communities with an index instead of a join to cases.
    community = models.ForeignKey(Community, on_delete=models.CASCADE, editable=False,
                                  related_name="+")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                               related_name="comments")
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE,
                               related_name="replies")
    body = models.TextField(max_length=COMMENT_MAX)
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)
    removed_at = models.DateTimeField(null=True, blank=True)
    removed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    removal_reason = models.TextField(max_length=REASON_MAX, blank=True)
    search_vector = SearchVectorField(null=True, editable=False)  # kept by a trigger

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            LengthCheck(field="body", limit=COMMENT_MAX),
            LengthCheck(field="removal_reason", limit=REASON_MAX),
        ]
        indexes = [
            models.Index(fields=["case", "created_at"]),
            GinIndex(fields=["search_vector"]),
            # Search's newest matching comments of a community, newest first
            # (search.py), without reading all of them.
            models.Index(fields=["community", "-created_at", "-id"],
                         condition=models.Q(removed_at__isnull=True),
                         name="comment_search_order"),
        ]

    def __str__(self) -> str:
        return f"Comment {self.pk} on {self.case_id}"

    @property
    def is_removed(self) -> bool:
        return self.removed_at is not None


class Follow(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="follows")
    case = models.ForeignKey(CaseStudy, on_delete=models.CASCADE, related_name="follows")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "case"], name="follow_unique")]

    def __str__(self) -> str:
        return f"{self.user_id} follows case {self.case_id}"


@history(
    inserted("override.created"),
    deleted("override.deleted"),
    target_type="casework.anonymisationoverride",
    community="NEW.community_id",
    detail="jsonb_build_object('case', NEW.case_id, 'comment', NEW.comment_id, "
           "'field', NEW.field, 'kind', NEW.kind)",
    exclude=["flagged_text", "reason"],
)
class AnonymisationOverride(AboutReference):
    """An author declared a scanner finding not to be an identifier. Always kept.

    What it is about: a case (and maybe one of its comments), a barrier on a case (`case`
    and `about`), or, for the other apps' free text, `about` alone (a session or series, an
    agenda item, an action point, a follow-up request). A model label and id, as a
    notification's `about`: casework cannot hold foreign keys to sessions_app's models
    (that app already points at cases), one column pair serves every text that later passes
    the gate, and a label, unlike a content type id, is not cached stale by a long-running
    process. `url` is where the text is read, kept as a notification keeps its link."""

    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="overrides")
    case = models.ForeignKey(CaseStudy, null=True, blank=True, on_delete=models.CASCADE,
                             related_name="overrides")
    comment = models.ForeignKey(Comment, null=True, blank=True, on_delete=models.CASCADE,
                                related_name="overrides")
    url = models.CharField(max_length=300, blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                             related_name="anonymisation_overrides")
    field = models.CharField(max_length=40)
    kind = models.CharField(max_length=20)
    flagged_text = models.CharField(max_length=200)
    reason = models.TextField(max_length=REASON_MAX)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["community", "-created_at"]),
            models.Index(fields=["about_type", "about_id"], name="override_about",
                         condition=models.Q(about_id__isnull=False)),
        ]
        constraints = [
            LengthCheck(field="reason", limit=REASON_MAX),
            models.CheckConstraint(
                condition=models.Q(case__isnull=False)
                | (~models.Q(about_type="") & models.Q(about_id__isnull=False)),
                name="override_is_about_something"),
        ]

    def __str__(self) -> str:
        if self.case_id:
            return f"{self.kind} kept on case {self.case_id}"
        return f"{self.kind} kept on {self.about_type} {self.about_id}"

    @property
    def kind_label(self) -> str:
        from cop.scanner import KIND_LABELS

        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def about_words(self) -> str:
        """What the kept text is part of, in words ("session, notes"); no query."""
        field = self.field.replace("_", " ")
        if not self.about_type:
            return field
        return f"{django_apps.get_model(self.about_type)._meta.verbose_name}, {field}"


class BarrierCategory(models.TextChoices):
    ELIGIBILITY = "eligibility", "Eligibility threshold (e.g. priority need)"
    EXCLUSION = "exclusion", "Exclusion for past behaviour"
    NO_PROVISION = "no_provision", "No suitable provision (e.g. women-only, accessible)"
    LOCAL_CONNECTION = "local_connection", "Local connection rule"
    ID_DIGITAL = "id_digital", "ID or digital requirement"
    WAITING_TIME = "waiting_time", "Waiting time"
    NON_ENGAGEMENT = "non_engagement", "Closed for non-engagement"
    OTHER = "other", "Other"


class Overcome(models.TextChoices):
    UNKNOWN = "unknown", "Not yet known"
    YES = "yes", "Yes"
    PARTLY = "partly", "Partly"
    NO = "no", "No"


class Barrier(models.Model):
    """A service access barrier met in a case: troubled systems, not troubled lives."""

    case = models.ForeignKey(CaseStudy, on_delete=models.CASCADE, related_name="barriers")
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True,
                                    on_delete=models.SET_NULL, related_name="+")
    # The service where it happened, if the community's service map has it.
    service = models.ForeignKey(Service, null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="barriers")
    service_type = models.CharField(max_length=20, choices=ServiceType.choices)
    category = models.CharField(max_length=20, choices=BarrierCategory.choices)
    description = models.CharField(max_length=BARRIER_DESCRIPTION_MAX)
    overcome = models.CharField(max_length=10, choices=Overcome.choices,
                                default=Overcome.UNKNOWN)
    how_overcome = models.TextField(max_length=HOW_OVERCOME_MAX, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["case", "created_at"])]
        constraints = [LengthCheck(field="how_overcome", limit=HOW_OVERCOME_MAX)]

    def __str__(self) -> str:
        return f"{self.get_category_display()} in {self.get_service_type_display()}"


class EscalationStatus(models.TextChoices):
    RAISED = "raised", "Raised"
    AWAITING_RESPONSE = "awaiting_response", "Awaiting a response"
    RESPONDED = "responded", "Responded"
    RESOLVED = "resolved", "Resolved"
    CLOSED_UNRESOLVED = "closed_unresolved", "Closed, not resolved"


OPEN_ESCALATION_STATUSES = [EscalationStatus.RAISED, EscalationStatus.AWAITING_RESPONSE]


# Change history for the audit trail: who recorded or updated an escalation and when, never
# its text (the escalation keeps its own).
@history(
    inserted("escalation.created"),
    changed("escalation.updated", "title", "raised_with", "raised_on", "evidence", "response",
            "status", "service", "service_type", "category"),
    deleted("escalation.deleted"),
    target_type="casework.escalation",
    community="NEW.community_id",
    detail="jsonb_build_object('status', NEW.status)",
    exclude=["title", "raised_with", "evidence", "response"],
)
class Escalation(models.Model):
    """A recurring barrier a facilitator raised with a body that can change it (a Health
    and Wellbeing Board, a commissioner, a service manager): what was sent, when, and what
    came back. Shown on the barriers page and the service's page."""

    community = models.ForeignKey(Community, on_delete=models.CASCADE,
                                  related_name="escalations")
    service = models.ForeignKey(Service, null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="escalations")
    service_type = models.CharField(max_length=20, choices=ServiceType.choices, blank=True)
    category = models.CharField(max_length=20, choices=BarrierCategory.choices, blank=True)
    title = models.CharField(max_length=TITLE_MAX)
    raised_with = models.CharField(
        max_length=RAISED_WITH_MAX,
        help_text="For example: the Health and Wellbeing Board, a commissioner.")
    raised_on = models.DateField()
    evidence = models.TextField(max_length=ESCALATION_TEXT_MAX)
    response = models.TextField(max_length=ESCALATION_TEXT_MAX, blank=True)
    status = models.CharField(max_length=20, choices=EscalationStatus.choices,
                              default=EscalationStatus.RAISED)
    barriers = models.ManyToManyField(Barrier, blank=True, related_name="escalations")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-raised_on", "-pk"]
        constraints = [
            LengthCheck(field="evidence", limit=ESCALATION_TEXT_MAX),
            LengthCheck(field="response", limit=ESCALATION_TEXT_MAX),
        ]
        indexes = [models.Index(fields=["community", "-raised_on"])]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("casework:escalation_detail", args=[self.community.slug, self.pk])

    @property
    def is_open(self) -> bool:
        """Still waiting on the body it was raised with."""
        return self.status in OPEN_ESCALATION_STATUSES


class BarrierReportVersion(models.Model):
    """How many times the barriers a community's report counts have changed: a barrier
    written or removed, or a case with barriers changing status or community. Kept by the
    database (triggers, migration 0011), so any write counts, through the services, the
    admin or a bulk update alike; the report's cached HTML is keyed by it
    (casework/barrier_report.py). No foreign key: a community being deleted may still be
    counted on its way out."""

    community_id = models.BigIntegerField(primary_key=True)
    version = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"Barriers of community {self.community_id}, version {self.version}"


class OutcomePrompt(models.Model):
    """The one "what happened next?" prompt sent for a case (unique: never sent twice)."""

    case = models.OneToOneField(CaseStudy, on_delete=models.CASCADE,
                                related_name="outcome_prompt")
    sent_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"Outcome prompt for case {self.case_id}"
