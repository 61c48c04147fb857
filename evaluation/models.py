"""Evaluation: studies, surveys and their questions, invitations, pseudonymous responses,
and the record of every export.

Privacy by construction: a Response never points at a person. It carries a respondent code
(a keyed hash of the person and the study, `evaluation.pseudonyms`) or, for an anonymous
survey, nothing at all. A SurveyInvitation knows the person but records only *that* they
answered (a boolean, no time), so the two cannot be joined. While an answer is being written
and saved for later, its Response carries a `draft_key` (a keyed hash too) so the person can
find it again; the key is cleared when the response is submitted."""

from decimal import Decimal

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from cop.outbox.models import OutboxRow
from cop.text_limits import LengthCheck
from members.models import Community

from .role_words import DEFAULTS as ROLE_DEFAULTS

# What people type, in characters: the forms say these limits, the database keeps to them
# (cop/text_limits.py). Set well above anything real use needs.
NAME_MAX = 200  # a study's name, a survey's title
DESCRIPTION_MAX = 5_000  # a study's description, a survey's instructions
CREDIT_MAX = 2_000
WAVE_MAX = 50
QUESTION_TEXT_MAX = 2_000
HELP_TEXT_MAX = 500
SECTION_MAX = 200
INSTRUMENT_MAX = 40
SUBSCALE_MAX = 60
ROLE_WORD_MAX = 60  # a survey's word for the respondent's role (evaluation.role_words)
LABEL_MAX = 200  # a value label
VALUE_LABELS_MAX = 10_000  # the builder's box of value labels, one per line
SHORT_ANSWER_MAX = 500
ANSWER_TEXT_MAX = 10_000  # a long text answer (and any answer's text, in the database)

VARIABLE_CODE = RegexValidator(
    r"^[A-Za-z][A-Za-z0-9_]{0,31}$",
    "Start with a letter; use only letters, digits and underscores (at most 32 characters).",
)


class Study(models.Model):
    name = models.CharField(max_length=NAME_MAX)
    description = models.TextField(max_length=DESCRIPTION_MAX, blank=True)
    communities = models.ManyToManyField(Community, related_name="studies", blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name_plural = "studies"
        ordering = ["-created_at", "pk"]
        constraints = [LengthCheck(field="description", limit=DESCRIPTION_MAX)]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("evaluation:study_detail", args=[self.pk])


class SurveyKind(models.TextChoices):
    POST_SESSION = "post_session", "Post-session feedback"
    WAVE = "wave", "Wave"
    AD_HOC = "ad_hoc", "Ad hoc"


class SurveyStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    OPEN = "open", "Open"
    CLOSED = "closed", "Closed"


class Survey(models.Model):
    study = models.ForeignKey(Study, on_delete=models.CASCADE, related_name="surveys")
    title = models.CharField(max_length=NAME_MAX)
    kind = models.CharField(max_length=20, choices=SurveyKind.choices, default=SurveyKind.AD_HOC)
    # For waves: "baseline", "follow-up 1"...; waves of a study link on respondent codes.
    wave = models.CharField(max_length=WAVE_MAX, blank=True)
    instructions = models.TextField(max_length=DESCRIPTION_MAX, blank=True)
    # Shown on the survey and in exports: instruments are used unaltered, with credit.
    credit = models.TextField(max_length=CREDIT_MAX, blank=True)
    template_key = models.CharField(max_length=40, blank=True)
    # The words put in place of the ProQOL's "[help]", "[helped]", "[helper]" and "[helping]"
    # wherever a question or the instructions are shown (evaluation.role_words).
    role_help = models.CharField(max_length=ROLE_WORD_MAX,
                                 default=ROLE_DEFAULTS["role_help"])
    role_helped = models.CharField(max_length=ROLE_WORD_MAX,
                                   default=ROLE_DEFAULTS["role_helped"])
    role_helper = models.CharField(max_length=ROLE_WORD_MAX,
                                   default=ROLE_DEFAULTS["role_helper"])
    role_helping = models.CharField(max_length=ROLE_WORD_MAX,
                                    default=ROLE_DEFAULTS["role_helping"])
    anonymous = models.BooleanField(
        default=False,
        help_text="No respondent code at all: answers cannot be linked across surveys.")
    status = models.CharField(max_length=10, choices=SurveyStatus.choices,
                              default=SurveyStatus.DRAFT)
    opens_at = models.DateTimeField(null=True, blank=True)
    closes_at = models.DateTimeField(null=True, blank=True)
    # Waves and ad hoc surveys: when invitations go to all active members of the study's
    # communities (set, then made by the sweep); sent_at records that they were made.
    send_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    # Post-session surveys: each invitation stays open this many days after the session.
    answer_within_days = models.PositiveSmallIntegerField(default=14)
    reminder_after_days = models.PositiveSmallIntegerField(default=7)
    reminder_count = models.PositiveSmallIntegerField(default=2)  # at most two
    version = models.PositiveSmallIntegerField(default=1)
    previous_version = models.ForeignKey("self", null=True, blank=True,
                                         on_delete=models.SET_NULL, related_name="+")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(reminder_count__lte=2),
                                   name="survey_at_most_two_reminders"),
            models.CheckConstraint(
                condition=Q(opens_at__isnull=True) | Q(closes_at__isnull=True)
                | Q(closes_at__gt=models.F("opens_at")),
                name="survey_closes_after_opening"),
            LengthCheck(field="instructions", limit=DESCRIPTION_MAX),
            LengthCheck(field="credit", limit=CREDIT_MAX),
        ]
        indexes = [models.Index(fields=["status", "kind"])]

    def __str__(self) -> str:
        return f"{self.title} (v{self.version})" if self.version > 1 else self.title

    def get_absolute_url(self) -> str:
        return reverse("evaluation:survey_detail", args=[self.pk])

    def is_accepting_answers(self, now=None) -> bool:
        now = now or timezone.now()
        return (self.status == SurveyStatus.OPEN
                and (self.opens_at is None or self.opens_at <= now)
                and (self.closes_at is None or now < self.closes_at))


class QuestionType(models.TextChoices):
    LIKERT = "likert", "Likert"
    SINGLE = "single", "Single choice"
    MULTIPLE = "multiple", "Multiple choice"
    SCALE = "scale", "Scale 0-10"
    NUMBER = "number", "Number"
    SHORT_TEXT = "short_text", "Short text"
    LONG_TEXT = "long_text", "Long text"


CHOICE_TYPES = (QuestionType.LIKERT, QuestionType.SINGLE, QuestionType.MULTIPLE)
TEXT_TYPES = (QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT)


class ValueCycle(models.TextChoices):
    """Wenger-Trayner value-creation cycles."""

    IMMEDIATE = "immediate", "Immediate value"
    POTENTIAL = "potential", "Potential value"
    APPLIED = "applied", "Applied value"
    REALISED = "realised", "Realised value"
    REFRAMING = "reframing", "Reframing value"


def plain_number(value: Decimal | None) -> str:
    """A Decimal as people write it: 10, 2.5 (no exponent, no trailing zeros); "" for None."""
    return "" if value is None else format(value.normalize(), "f")


class Question(models.Model):
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="questions")
    code = models.CharField(max_length=32, validators=[VARIABLE_CODE],
                            help_text="Variable name in exports.")
    text = models.TextField(max_length=QUESTION_TEXT_MAX)
    help_text = models.CharField(max_length=HELP_TEXT_MAX, blank=True)
    type = models.CharField(max_length=12, choices=QuestionType.choices)
    required = models.BooleanField(default=False)
    position = models.PositiveSmallIntegerField(default=0)
    section = models.CharField(max_length=SECTION_MAX, blank=True)
    min_value = models.DecimalField(max_digits=14, decimal_places=4, null=True, blank=True)
    max_value = models.DecimalField(max_digits=14, decimal_places=4, null=True, blank=True)
    # Instruments (ProQOL 5, CBI): the subscale the item belongs to and its scoring direction.
    instrument = models.CharField(max_length=INSTRUMENT_MAX, blank=True)
    subscale = models.CharField(max_length=SUBSCALE_MAX, blank=True)
    reverse_scored = models.BooleanField(default=False)
    value_cycle = models.CharField(max_length=12, choices=ValueCycle.choices, blank=True)

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["survey", "code"], name="question_code_unique"),
            LengthCheck(field="text", limit=QUESTION_TEXT_MAX),
        ]

    def __str__(self) -> str:
        return self.code

    @property
    def has_choices(self) -> bool:
        return self.type in CHOICE_TYPES


class Choice(models.Model):
    """A value label: the code stored and exported, and the words shown."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="choices")
    value = models.IntegerField()
    label = models.CharField(max_length=LABEL_MAX)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "value"]
        constraints = [
            models.UniqueConstraint(fields=["question", "value"], name="choice_value_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.value}, {self.label}"


class SurveyInvitation(models.Model):
    """One per person and survey (and session, for post-session surveys). Records *that* the
    person answered, never what or when."""

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="invitations")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="survey_invitations")
    community = models.ForeignKey(Community, null=True, on_delete=models.SET_NULL,
                                  related_name="+")
    session = models.ForeignKey("sessions_app.Session", null=True, blank=True,
                                on_delete=models.SET_NULL, related_name="+")
    # SHA-256 of the single-use link's token; the token itself exists only in the email.
    token_hash = models.CharField(max_length=64, unique=True, null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    answered = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            # One per person and survey; for post-session surveys, one per session.
            models.UniqueConstraint(fields=["survey", "user", "session"], nulls_distinct=False,
                                    name="invitation_one_per_person"),
        ]
        indexes = [models.Index(fields=["user", "answered"])]

    def __str__(self) -> str:
        return f"Invitation to {self.survey} for {self.user}"


class MessageKind(models.TextChoices):
    INVITATION = "invitation", "Invitation"
    REMINDER_1 = "reminder-1", "First reminder"
    REMINDER_2 = "reminder-2", "Second reminder"


class MessageStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    CLAIMED = "claimed", "Claimed"
    SENT = "sent", "Sent"
    SKIPPED = "skipped", "Skipped"
    FAILED = "failed", "Failed"


class SurveyMessage(OutboxRow):
    """An invitation or reminder email: one row per invitation and kind, so a retry, a second
    sweep or a crashed worker never sends it twice (the sessions_app reminder pattern)."""

    invitation = models.ForeignKey(SurveyInvitation, on_delete=models.CASCADE,
                                   related_name="messages")
    kind = models.CharField(max_length=12, choices=MessageKind.choices)
    due_at = models.DateTimeField(default=timezone.now)
    status = models.CharField(max_length=10, choices=MessageStatus.choices,
                              default=MessageStatus.PENDING)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["invitation", "kind"], name="survey_message_once"),
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.get_status_display()})"


class ResponseStatus(models.TextChoices):
    DRAFT = "draft", "Saved, not submitted"
    SUBMITTED = "submitted", "Submitted"


class Response(models.Model):
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="responses")
    # Keyed hash of person and study (pseudonyms.respondent_code); empty for anonymous surveys.
    respondent_code = models.CharField(max_length=16, blank=True)
    # Keyed hash of the invitation while a draft exists; cleared on submission.
    draft_key = models.CharField(max_length=64, null=True, blank=True, unique=True)
    community = models.ForeignKey(Community, null=True, on_delete=models.SET_NULL,
                                  related_name="+")
    session = models.ForeignKey("sessions_app.Session", null=True, blank=True,
                                on_delete=models.SET_NULL, related_name="+")
    status = models.CharField(max_length=10, choices=ResponseStatus.choices,
                              default=ResponseStatus.DRAFT)
    submitted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["survey", "respondent_code", "session"],
                                    condition=~Q(respondent_code=""), nulls_distinct=False,
                                    name="response_one_per_code"),
            models.CheckConstraint(
                condition=Q(status="draft") | Q(submitted_at__isnull=False, draft_key__isnull=True),
                name="response_submitted_has_time_no_draft_key"),
        ]
        indexes = [models.Index(fields=["survey", "status"])]

    def __str__(self) -> str:
        return f"Response {self.pk} to survey {self.survey_id}"


class Answer(models.Model):
    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    # Likert, single choice, scale and number answers; choice answers hold the choice's value.
    number = models.DecimalField(max_digits=14, decimal_places=4, null=True, blank=True)
    text = models.TextField(max_length=ANSWER_TEXT_MAX, blank=True)
    # Multiple choice: the values of the options ticked.
    choices = ArrayField(models.IntegerField(), null=True, blank=True)
    # A submitted text answer: the kinds of possible identifier the scanner found in it
    # (never the words), [] if none; null for other answers and drafts. The respondent was
    # shown them and chose to send it; exports mark such answers.
    finding_kinds = ArrayField(models.CharField(max_length=40), null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["response", "question"], name="answer_once"),
            LengthCheck(field="text", limit=ANSWER_TEXT_MAX),
        ]

    def __str__(self) -> str:
        return f"Answer to {self.question_id} in response {self.response_id}"


class ExportFormat(models.TextChoices):
    CSV = "csv", "CSV, raw codes"
    CSV_LABELS = "csv-labels", "CSV, value labels"
    LONG = "long", "CSV, long (one row per answer)"
    XLSX = "xlsx", "Excel workbook with codebook"
    CODEBOOK = "codebook", "Codebook (CSV)"
    SPSS = "spss", "SPSS syntax"
    R = "r", "R script"


class ExportStatus(models.TextChoices):
    PENDING = "pending", "Waiting"
    RUNNING = "running", "Preparing"
    DONE = "done", "Ready"
    FAILED = "failed", "Failed"


class ExportRecord(models.Model):
    """Every export, by whatever route: the audit (who, when, which survey, which options)
    and, for exports prepared in the background, the job and its file."""

    survey = models.ForeignKey(Survey, on_delete=models.PROTECT, related_name="exports")
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True,
                                     on_delete=models.SET_NULL, related_name="+")
    source = models.CharField(max_length=10)  # "web", "background", "command"
    format = models.CharField(max_length=12, choices=ExportFormat.choices)
    options = models.JSONField(default=dict)
    status = models.CharField(max_length=10, choices=ExportStatus.choices,
                              default=ExportStatus.PENDING)
    progress = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    file = models.CharField(max_length=300, blank=True)  # under EXPORT_ROOT
    rows = models.PositiveIntegerField(null=True, blank=True)
    error = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_format_display()} export of survey {self.survey_id}"


class ResultsVersion(models.Model):
    """How many times anything a study's results are worked out from has changed: its
    submitted responses, its surveys' invitations, its surveys, questions and value labels,
    and which communities take part. Kept by the database (statement triggers, migration
    0006), so any write counts, through the services, the admin or a bulk update alike; the
    results cache's keys hold it (evaluation/results_cache.py). No foreign key: a study
    being deleted may still be counted on its way out."""

    study_id = models.BigIntegerField(primary_key=True)
    version = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"Results of study {self.study_id}, version {self.version}"
