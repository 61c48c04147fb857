import hashlib

import pgtrigger
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.contrib.postgres.fields import ArrayField
from django.core import signing
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone

from cop.outbox.models import DeliveryStatus, OutboxRow
from cop.references import AboutReference
from cop.text_limits import LengthCheck

from .audit_triggers import changed, deleted, history, inserted

# What people type, in characters: the forms say these limits, the database keeps to them
# (cop/text_limits.py). Set well above anything real use needs.
NAME_MAX = 150  # a person's display name, job title
AGENCY_NAME_MAX = 200  # an agency's name, typed at sign-up when it is not listed
COMMUNITY_DESCRIPTION_MAX = 2_000
GROUND_RULES_MAX = 10_000
INVITE_LIST_MAX = 20_000  # the box of addresses to invite (50 at most, members.forms)
NOTIFICATION_TEXT_MAX = 300


class Sector(models.TextChoices):
    STATUTORY = "statutory", "Statutory"
    VOLUNTARY = "voluntary", "Voluntary"
    PRIVATE = "private", "Private"


class Discipline(models.TextChoices):
    HOUSING = "housing", "Housing"
    DRUGS_ALCOHOL = "drugs_alcohol", "Drugs and alcohol"
    HEALTH = "health", "Health"
    MENTAL_HEALTH = "mental_health", "Mental health"
    CRIMINAL_JUSTICE = "criminal_justice", "Criminal justice"
    SOCIAL_CARE = "social_care", "Social care"
    OTHER = "other", "Other"


class Agency(models.Model):
    name = models.CharField(max_length=AGENCY_NAME_MAX, unique=True)
    sector = models.CharField(max_length=20, choices=Sector.choices)
    discipline = models.CharField(max_length=20, choices=Discipline.choices)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "agencies"

    def __str__(self) -> str:
        return self.name


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **fields):
        fields.setdefault("is_staff", False)
        fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **fields)

    def create_superuser(self, email, password=None, **fields):
        fields.update(is_staff=True, is_superuser=True)
        return self._create_user(email, password, **fields)

    def get_by_natural_key(self, email):
        return self.get(email__iexact=email)


class User(AbstractBaseUser, PermissionsMixin):
    """A person. Signs in by email; roles in communities live on Membership."""

    email = models.EmailField("email address", unique=True)
    display_name = models.CharField(max_length=NAME_MAX)
    job_title = models.CharField(max_length=NAME_MAX, blank=True)
    agency = models.ForeignKey(
        Agency, null=True, blank=True, on_delete=models.SET_NULL, related_name="staff"
    )
    is_evaluator = models.BooleanField(
        default=False, help_text="Site-wide evaluator role: builds surveys and sees aggregates."
    )
    is_staff = models.BooleanField(default=False, help_text="Can use the Django admin.")
    is_active = models.BooleanField(default=True)
    date_joined = models.DateTimeField(default=timezone.now)
    # Set when the person closed their account (members.services.account_close): name,
    # email and profile are erased then, and the account can never sign in again.
    closed_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["display_name"]

    class Meta:
        ordering = ["display_name"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="user_email_ci_unique"),
        ]

    def __str__(self) -> str:
        return self.display_name or self.email

    def get_full_name(self):
        return self.display_name

    def get_short_name(self):
        return self.display_name


def default_reminder_offsets():
    return [24 * 60, 60]


class Community(models.Model):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    region = models.CharField(max_length=100, blank=True)
    description = models.TextField(max_length=COMMUNITY_DESCRIPTION_MAX, blank=True)
    ground_rules = models.TextField(max_length=GROUND_RULES_MAX, blank=True)
    reminder_offsets = ArrayField(
        models.PositiveIntegerField(), default=default_reminder_offsets, blank=True,
        help_text="Minutes before each session when members are reminded (24 hours: 1440).",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # Changes whenever something every member sees on the community's shared pages changes:
    # its cases, memberships, members' names and agencies, sessions. PostgreSQL triggers
    # raise it (to the time in microseconds: it never goes back nor repeats) in the writing
    # transaction (members migration 0012 and the apps' migrations that name it), so a
    # cached piece of page keyed by it (members/community_cache.py) is never shown after
    # the data change.
    content_version = models.BigIntegerField(default=0, db_default=0, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "communities"
        constraints = [
            LengthCheck(field="description", limit=COMMUNITY_DESCRIPTION_MAX),
            LengthCheck(field="ground_rules", limit=GROUND_RULES_MAX),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("members:community_home", args=[self.slug])


class Role(models.TextChoices):
    MEMBER = "member", "Member"
    FACILITATOR = "facilitator", "Facilitator"


class MembershipStatus(models.TextChoices):
    ACTIVE = "active", "Active"
    LEFT = "left", "Left"


@history(
    inserted("membership.created"),
    changed("role.changed", "role"),
    changed("membership.status_changed", "status"),
    deleted("membership.deleted"),
    target_type="members.membership",
    community="NEW.community_id",
    detail="jsonb_build_object('user', NEW.user_id, 'role', NEW.role, 'status', NEW.status)",
)
class Membership(models.Model):
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.MEMBER)
    status = models.CharField(
        max_length=10, choices=MembershipStatus.choices, default=MembershipStatus.ACTIVE
    )
    joined_at = models.DateTimeField(default=timezone.now)
    left_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["community__name", "user__display_name"]
        constraints = [
            models.UniqueConstraint(fields=["user", "community"], name="membership_unique"),
        ]
        indexes = [
            models.Index(fields=["community", "status", "role"]),
            # A community's newest members (its home) without sorting all of them.
            models.Index(fields=["community", "status", "-joined_at"],
                         name="newest_members_order"),
        ]

    def __str__(self) -> str:
        return f"{self.user} in {self.community} ({self.get_role_display()})"

    @property
    def is_active(self) -> bool:
        return self.status == MembershipStatus.ACTIVE


def hash_token(token: str) -> str:
    """Invitation tokens are stored hashed: a copy of the database cannot accept them."""
    return hashlib.sha256(token.encode()).hexdigest()


# The address and the token hash stay out of the history: the invitation row holds them
# until it is purged, and then they should be gone.
@history(
    inserted("invitation.created"),
    changed("invitation.sent", condition="NEW.sent_at IS NOT NULL AND "
                                         "OLD.sent_at IS DISTINCT FROM NEW.sent_at"),
    changed("invitation.accepted", condition="OLD.accepted_at IS NULL AND "
                                             "NEW.accepted_at IS NOT NULL"),
    changed("invitation.revoked", condition="OLD.revoked_at IS NULL AND "
                                            "NEW.revoked_at IS NOT NULL"),
    deleted("invitation.deleted"),
    target_type="members.invitation",
    community="NEW.community_id",
    detail="jsonb_build_object('role', NEW.role)",
    exclude=["email", "token_hash"],
)
class Invitation(models.Model):
    email = models.EmailField()
    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="invitations")
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.MEMBER)
    # Set when the email is sent; the token itself is never stored. NULL (not "")
    # so that many unsent invitations can coexist under the unique constraint.
    token_hash = models.CharField(  # noqa: DJ001
        max_length=64, unique=True, null=True, editable=False
    )
    invited_by = models.ForeignKey(
        User, null=True, on_delete=models.SET_NULL, related_name="invitations_sent"
    )
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    sent_at = models.DateTimeField(null=True, blank=True)
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.SET_NULL, related_name="invitations_accepted"
    )
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            # At most one open invitation per address and community.
            models.UniqueConstraint(
                Lower("email"),
                "community",
                condition=models.Q(accepted_at__isnull=True, revoked_at__isnull=True),
                name="invitation_one_open_per_email",
            ),
        ]

    def __str__(self) -> str:
        return f"Invitation for {self.email} to {self.community}"

    @property
    def is_expired(self) -> bool:
        return timezone.now() >= self.expires_at

    @property
    def is_open(self) -> bool:
        return self.accepted_at is None and self.revoked_at is None and not self.is_expired


class NotificationKind(models.TextChoices):
    NEW_COMMENT = "new_comment", "New comments on cases I follow"
    NEW_CASE = "new_case", "New cases in my communities"
    OUTCOME_PROMPT = "outcome_prompt", "Reminders to add what happened next to my cases"
    SESSION_CHANGE = "session_change", "Changes to sessions and cancellations"
    SESSION_PLACE = "session_place", "A place for me at a full session"
    FOLLOW_UP_REQUEST = "follow_up_request", "Requests for a follow-up after a session " \
                                             "(to facilitators)"
    # The service map (servicemap/services.py): a question put to a member who can help
    # with a service, and an answer to one's own question.
    SERVICE_QUESTION = "service_question", "Questions put to me about services"
    QUESTION_ANSWER = "question_answer", "Answers to my questions about services"
    SERVICE_CHECK = "service_check", "Questions whether a service in the service map is " \
                                     "still right"
    # Running the meeting (meetings/, learning/): the presenter's written summary of the
    # recommendations, and the prompt to write a reflection after a session attended.
    MEETING_SUMMARY = "meeting_summary", "Summaries of the recommendations after I present"
    REFLECTION_PROMPT = "reflection_prompt", "Prompts to reflect after a session I attended"


class EmailFrequency(models.TextChoices):
    """How a person hears by email about one kind of notification."""

    IMMEDIATELY = "immediately", "Straight away"
    DAILY = "daily", "In a daily digest"
    WEEKLY = "weekly", "In a weekly digest"
    OFF = "off", "No emails"


DIGEST_FREQUENCIES = (EmailFrequency.DAILY, EmailFrequency.WEEKLY)

# Until a person chooses: news that comes in numbers (new cases, new comments) waits for the
# daily digest, so that a member of three busy communities gets one email a day; what is
# addressed to the person or changes their plans comes straight away. README: "Notifications".
DEFAULT_EMAIL_FREQUENCY = {
    NotificationKind.NEW_COMMENT: EmailFrequency.DAILY,
    NotificationKind.NEW_CASE: EmailFrequency.DAILY,
}


def default_email_frequency(kind) -> str:
    """A kind not listed (session changes, a place at a session, prompts) comes at once."""
    return DEFAULT_EMAIL_FREQUENCY.get(kind, EmailFrequency.IMMEDIATELY).value


class Digest(OutboxRow):
    """One digest email: a person's notifications of the kinds they get daily (or weekly),
    sent once for the period that ends at `due_at` (07:00 London time; Mondays for weekly).

    A row of the outbox channel "digests" (members/digests.py): written by the sweep's
    `materialise` step when the person has news waiting, unique per person, frequency and
    period, so overlapping sweeps make one; claimed, sent and retried by the outbox engine.
    The notifications it carries point at it (Notification.digest), set as it is sent."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="digests")
    frequency = models.CharField(max_length=12, choices=[
        (f.value, f.label) for f in DIGEST_FREQUENCIES])
    due_at = models.DateTimeField()
    status = models.CharField(max_length=10, choices=DeliveryStatus.choices,
                              default=DeliveryStatus.PENDING)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "frequency", "due_at"],
                                    name="digest_once_per_person_period"),
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self) -> str:
        return f"{self.frequency} digest for {self.user_id} due {self.due_at:%Y-%m-%d %H:%M}"


class Notification(AboutReference):
    """One thing to tell one person, in the app (if `in_app`) and/or by email.

    By email it goes once at most: on its own (`emailed_at`) or in one digest (`digest`),
    never both (a CHECK). `email_via` is the way chosen for it (the person's choice for its
    kind when it was made, or since): "" when it is not to be emailed."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(max_length=20, choices=NotificationKind.choices)
    community = models.ForeignKey(
        Community, on_delete=models.CASCADE, related_name="notifications"
    )
    text = models.CharField(max_length=NOTIFICATION_TEXT_MAX)
    url = models.CharField(max_length=500, help_text="A path on this site, such as /c/leeds/.")
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)
    in_app = models.BooleanField(
        default=True, help_text="Whether it is shown in the person's list of notifications."
    )
    email_via = models.CharField(max_length=12, choices=EmailFrequency.choices, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)
    digest = models.ForeignKey(Digest, null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="notifications", db_index=False)
    # `about` (AboutReference: a case, a session, a survey): retention and account closing
    # find notifications by it, never by their link (a community's slug can change). Nothing
    # is deleted from under it (cases are redacted, not deleted); a dangling one finds nothing.

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["about_type", "about_id"], name="notification_about",
                         condition=models.Q(about_id__isnull=False)),
            models.Index(fields=["user", "read_at", "-created_at"], name="notification_user_read"),
            # What waits for a digest: small, whatever the number of notifications.
            models.Index(fields=["email_via", "user", "created_at"],
                         name="notification_awaiting_digest",
                         condition=models.Q(digest__isnull=True, emailed_at__isnull=True,
                                            email_via__in=[f.value for f in DIGEST_FREQUENCIES])),
            models.Index(fields=["digest"], name="notification_digest",
                         condition=models.Q(digest__isnull=False)),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(emailed_at__isnull=True) | models.Q(digest__isnull=True),
                name="notification_in_one_email_at_most"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} for {self.user}: {self.text}"

    @property
    def is_unread(self) -> bool:
        return self.read_at is None


class NotificationSetting(models.Model):
    """A person's choice for one kind of notification. No row: shown in the app, and
    emailed as `default_email_frequency` says."""

    user = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="notification_settings"
    )
    kind = models.CharField(max_length=20, choices=NotificationKind.choices)
    in_app = models.BooleanField("show in the app", default=True)
    email_frequency = models.CharField("by email", max_length=12,
                                       choices=EmailFrequency.choices,
                                       default=EmailFrequency.IMMEDIATELY)

    class Meta:
        ordering = ["user", "kind"]
        constraints = [
            models.UniqueConstraint(fields=["user", "kind"], name="notification_setting_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} for {self.user}"


UNSUBSCRIBE_SALT = "members.notifications.unsubscribe"


def unsubscribe_token(user_id: int, kind: str) -> str:
    """A signed, non-expiring token naming a person and a kind of notification email."""
    return signing.dumps([user_id, str(kind)], salt=UNSUBSCRIBE_SALT)


def unsubscribe_token_data(token: str) -> tuple[int, str] | None:
    """(user id, kind) from a token made by `unsubscribe_token`; None if it is not genuine."""
    try:
        user_id, kind = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if not isinstance(user_id, int) or kind not in NotificationKind.values:
        return None
    return user_id, kind


class PersonalDataExport(models.Model):
    """A person's "Download my data" ZIP, prepared in the background (members/personal_data.py).

    The download link carries a token; only its hash is kept. The file is deleted when the
    link expires (DATA_EXPORT_KEEP_HOURS after it was ready); the row stays so that an
    expired link can say so."""

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting"
        RUNNING = "running", "Preparing"
        DONE = "done", "Ready"
        FAILED = "failed", "Failed"

    user = models.ForeignKey(User, on_delete=models.CASCADE,
                             related_name="personal_data_exports")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    progress = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    file = models.CharField(max_length=300, blank=True)  # a name under PERSONAL_EXPORT_ROOT
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["user", "-created_at"])]

    def __str__(self) -> str:
        return f"Personal data export {self.pk} of {self.user_id} ({self.status})"

    @property
    def is_expired(self) -> bool:
        return self.expires_at is not None and timezone.now() >= self.expires_at


class AuditEvent(models.Model):
    """One entry of the audit trail (members/audit.py writes them; so do the triggers that
    mirror the change history of tracked models). Append-only in the database: a trigger
    refuses UPDATE and DELETE; only `members.audit.purge_before` removes entries past their
    retention. Who did it is kept as an id, not a name: names are erased when accounts
    close, and a deleted account leaves the id behind (no foreign key constraint, so that
    nothing ever has to update a row). Never holds case text, tokens or passwords."""

    created_at = models.DateTimeField(default=timezone.now)
    action = models.CharField(max_length=60)
    actor = models.ForeignKey(User, null=True, blank=True, on_delete=models.DO_NOTHING,
                              db_constraint=False, related_name="+")
    target_type = models.CharField(max_length=60, blank=True)  # "casework.casestudy"
    target_id = models.BigIntegerField(null=True, blank=True)
    community = models.ForeignKey(Community, null=True, blank=True, on_delete=models.DO_NOTHING,
                                  db_constraint=False, related_name="+")
    ip = models.GenericIPAddressField(null=True, blank=True)
    user_agent = models.CharField(max_length=200, blank=True)
    path = models.CharField(max_length=300, blank=True)
    detail = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-id"]
        indexes = [
            models.Index(fields=["created_at"], name="audit_created"),
            models.Index(fields=["action", "-id"], name="audit_action"),
            models.Index(fields=["actor", "-id"], name="audit_actor"),
            models.Index(fields=["community", "-id"], name="audit_community"),
            models.Index(fields=["target_type", "target_id"], name="audit_target"),
        ]
        triggers = [
            pgtrigger.Protect(name="audit_append_only",
                              operation=pgtrigger.Update | pgtrigger.Delete),
        ]

    def __str__(self) -> str:
        return f"{self.action} at {self.created_at:%Y-%m-%d %H:%M}"
