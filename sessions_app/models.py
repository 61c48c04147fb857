"""Sessions: the community's meetings, their series, agenda, RSVPs, record and reminders.

Times are stored in UTC and shown and entered in Europe/London."""

import uuid
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from cop.gate import REASON_MAX
from cop.outbox.models import OutboxRow
from cop.text_limits import LengthCheck
from members.audit_triggers import deleted, history, inserted
from members.models import Community

# What people type, in characters: the forms say these limits, the database keeps to them
# (cop/text_limits.py). Set well above anything real use needs.
TITLE_MAX = 200  # sessions, series, agenda items, library entries
VENUE_MAX = 300
URL_MAX = 200  # online links and library links (URLFields of the default length)
DESCRIPTION_MAX = 5_000  # of a session or series
NOTES_MAX = 50_000  # a session's notes or minutes
CANCEL_REASON_MAX = 1_000
ACTION_MAX = 500
FOLLOW_UP_MESSAGE_MAX = 2_000
MATERIAL_SUMMARY_MAX = 1_000
FEED_TOKEN_MAX = 64  # a calendar feed's token
# The longest a session may last. The forms give a session one date and two times, so it
# ends on the day it starts (25 hours: the day the clocks go back). The database keeps to
# it, so the calendars can find the sessions overlapping a time with an index range on
# starts_at alone (sessions_app/calendars.py), however many sessions came before.
MAX_SESSION_LENGTH = timedelta(hours=25)


class SessionStatus(models.TextChoices):
    SCHEDULED = "scheduled", "Scheduled"
    CANCELLED = "cancelled", "Cancelled"
    COMPLETED = "completed", "Completed"


class SessionSeries(models.Model):
    """A recurrence rule (dateutil rrule, RFC 5545 RRULE text) that creates sessions ahead."""

    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="series")
    title = models.CharField(max_length=TITLE_MAX)
    description = models.TextField(max_length=DESCRIPTION_MAX, blank=True)
    rule = models.CharField(max_length=200, help_text="RRULE, e.g. FREQ=MONTHLY;BYDAY=+2TU")
    rule_text = models.CharField(max_length=200, help_text="The rule in plain words.")
    starts_on = models.DateField()
    until = models.DateField(null=True, blank=True)
    start_time = models.TimeField(help_text="Local time (Europe/London).")
    end_time = models.TimeField(help_text="Local time (Europe/London).")
    venue = models.CharField(max_length=VENUE_MAX, blank=True)
    online_link = models.URLField(max_length=URL_MAX, blank=True)
    capacity = models.PositiveIntegerField(null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    ended_at = models.DateTimeField(null=True, blank=True, help_text="No more sessions after.")

    class Meta:
        verbose_name_plural = "session series"
        constraints = [LengthCheck(field="description", limit=DESCRIPTION_MAX)]

    def __str__(self) -> str:
        return f"{self.title} ({self.rule_text})"


class Session(models.Model):
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False,
                           help_text="Stable iCalendar UID.")
    # Indexed by (community, starts_at) below: a second index on community alone would only
    # tempt the planner to read all of a community's sessions for a range of times.
    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="sessions",
                                  db_index=False)
    series = models.ForeignKey(SessionSeries, null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="sessions")
    # The start the series rule gave this occurrence, even if it was moved since.
    occurrence_start = models.DateTimeField(null=True, blank=True)
    title = models.CharField(max_length=TITLE_MAX)
    description = models.TextField(max_length=DESCRIPTION_MAX, blank=True)
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    # When the session got its current times (created or moved): a reminder that fell due
    # before then gives way to a later one, since people heard of it when it was arranged.
    times_set_at = models.DateTimeField(default=timezone.now)
    venue = models.CharField(max_length=VENUE_MAX, blank=True)
    online_link = models.URLField(max_length=URL_MAX, blank=True)
    capacity = models.PositiveIntegerField(null=True, blank=True,
                                           help_text="Leave empty for no limit.")
    status = models.CharField(max_length=12, choices=SessionStatus.choices,
                              default=SessionStatus.SCHEDULED)
    # iCalendar SEQUENCE: rises with every change people should see in their calendars.
    sequence = models.PositiveIntegerField(default=0)
    cancelled_reason = models.TextField(max_length=CANCEL_REASON_MAX, blank=True)
    notes = models.TextField(max_length=NOTES_MAX, blank=True,
                             help_text="Notes or minutes (Markdown).")
    completed_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["starts_at", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gt=models.F("starts_at")),
                                   name="session_ends_after_start"),
            models.CheckConstraint(
                condition=Q(ends_at__lte=models.F("starts_at") + MAX_SESSION_LENGTH),
                name="session_at_most_a_day"),
            models.UniqueConstraint(fields=["series", "occurrence_start"],
                                    name="session_one_per_occurrence"),
            LengthCheck(field="description", limit=DESCRIPTION_MAX),
            LengthCheck(field="cancelled_reason", limit=CANCEL_REASON_MAX),
            LengthCheck(field="notes", limit=NOTES_MAX),
        ]
        indexes = [
            models.Index(fields=["community", "starts_at"]),
            models.Index(fields=["status", "starts_at"]),
            models.Index(fields=["status", "ends_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.title} on {timezone.localtime(self.starts_at):%d %b %Y %H:%M}"

    def get_absolute_url(self) -> str:
        return reverse("sessions_app:session_detail", args=[self.community.slug, self.pk])

    @property
    def is_cancelled(self) -> bool:
        return self.status == SessionStatus.CANCELLED

    @property
    def ical_uid(self) -> str:
        return ical_uid(self.uid)


def ical_uid(uid: uuid.UUID | str) -> str:
    """A session's iCalendar UID, from its `uid`."""
    return f"{uid}@communities-of-practice"


class AgendaItem(models.Model):
    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="agenda")
    position = models.PositiveSmallIntegerField(default=0)
    title = models.CharField(max_length=TITLE_MAX)
    minutes = models.PositiveSmallIntegerField(null=True, blank=True)
    presenter = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                  on_delete=models.SET_NULL, related_name="+")
    case = models.ForeignKey("casework.CaseStudy", null=True, blank=True,
                             on_delete=models.SET_NULL, related_name="agenda_items")

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.title


class RSVPAnswer(models.TextChoices):
    GOING = "going", "Going"
    MAYBE = "maybe", "Maybe"
    NOT_GOING = "not_going", "Not going"


class RSVP(models.Model):
    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="rsvps")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="rsvps")
    answer = models.CharField(max_length=10, choices=RSVPAnswer.choices)
    # "Going" when the session is full: waiting, in order of asking.
    waitlisted = models.BooleanField(default=False)
    asked_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["session", "user"], name="rsvp_unique")]
        indexes = [models.Index(fields=["session", "answer", "waitlisted", "asked_at"])]

    def __str__(self) -> str:
        return f"{self.user_id} {self.answer} for session {self.session_id}"

    @property
    def has_place(self) -> bool:
        return self.answer == RSVPAnswer.GOING and not self.waitlisted


@history(
    inserted("attendance.recorded"),
    deleted("attendance.removed"),
    target_type="sessions_app.attendance",
    community="(SELECT s.community_id FROM sessions_app_session s WHERE s.id = NEW.session_id)",
    detail="jsonb_build_object('session', NEW.session_id, 'user', NEW.user_id)",
)
class Attendance(models.Model):
    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="attendance")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="attendance")
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True,
                                    on_delete=models.SET_NULL, related_name="+")
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["session", "user"],
                                               name="attendance_unique")]

    def __str__(self) -> str:
        return f"{self.user_id} attended session {self.session_id}"


class ActionPoint(models.Model):
    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="actions")
    text = models.CharField(max_length=ACTION_MAX)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="action_points")
    due_on = models.DateField(null=True, blank=True)
    done = models.BooleanField(default=False)
    done_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True,
                                   on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["done", "due_on", "pk"]
        indexes = [models.Index(fields=["done", "due_on"])]

    def __str__(self) -> str:
        return self.text


class FollowUpRequest(models.Model):
    """An attendee privately asks a facilitator for a conversation after a session.
    Only the community's facilitators see it; it is never evaluation data."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="follow_ups")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="follow_up_requests")
    message = models.TextField(max_length=FOLLOW_UP_MESSAGE_MAX, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    handled_at = models.DateTimeField(null=True, blank=True)
    handled_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["session", "user"], name="follow_up_unique"),
            LengthCheck(field="message", limit=FOLLOW_UP_MESSAGE_MAX),
        ]

    def __str__(self) -> str:
        return f"Follow-up for {self.user_id} after session {self.session_id}"


def material_path(instance, filename):
    # Random names: the original name is kept in `filename`, never in a URL.
    return f"materials/{instance.community_id}/{uuid.uuid4().hex}"


class Material(models.Model):
    """Research or guidance brought to a session, kept in the community's library.
    Files are served only through a view that checks membership."""

    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="materials")
    session = models.ForeignKey(Session, null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="materials")
    title = models.CharField(max_length=TITLE_MAX)
    summary = models.TextField(max_length=MATERIAL_SUMMARY_MAX, blank=True)
    url = models.URLField(max_length=URL_MAX, blank=True)
    file = models.FileField(upload_to=material_path, blank=True)
    filename = models.CharField(max_length=200, blank=True)
    content_type = models.CharField(max_length=100, blank=True)
    size = models.PositiveIntegerField(null=True, blank=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True,
                                    on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    # A file whose text has possible identifiers (or could not be read in full) is seen by
    # its uploader only, until they confirm each finding or replace the file.
    held = models.BooleanField(default=False)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(condition=~Q(url="") | ~Q(file=""),
                                   name="material_has_link_or_file"),
            LengthCheck(field="summary", limit=MATERIAL_SUMMARY_MAX),
        ]

    def __str__(self) -> str:
        return self.title


FINDING_EXCERPT_MAX = 80  # characters of the document on each side of a finding


class MaterialFinding(models.Model):
    """A possible identifier in the text of a library file, or a part that could not be
    checked (kind UNCHECKED), for its uploader to confirm. Once the file is shared the
    excerpts are cleared: the kind, reason and time of confirmation stay as the record."""

    UNCHECKED = "UNCHECKED"

    material = models.ForeignKey(Material, on_delete=models.CASCADE, related_name="findings")
    position = models.PositiveIntegerField()  # its order in the document
    kind = models.CharField(max_length=40)
    reason = models.CharField(max_length=300, blank=True)
    before = models.CharField(max_length=FINDING_EXCERPT_MAX, blank=True)
    text = models.CharField(max_length=200, blank=True)
    after = models.CharField(max_length=FINDING_EXCERPT_MAX, blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return f"{self.kind} in material {self.material_id}"

    @property
    def label(self) -> str:
        from cop.scanner import KIND_LABELS

        if self.kind == self.UNCHECKED:
            return "not checked"
        return KIND_LABELS.get(self.kind, self.kind.replace("_", " ").lower())


class MaterialOverride(models.Model):
    """Whoever added a library entry declared a finding in its title or summary not to be
    an identifier, with a reason. Kept with the entry (casework keeps its own, for cases)."""

    material = models.ForeignKey(Material, on_delete=models.CASCADE, related_name="overrides")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                             related_name="+")
    field = models.CharField(max_length=40)
    kind = models.CharField(max_length=40)
    flagged_text = models.CharField(max_length=200)
    reason = models.TextField(max_length=REASON_MAX)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [LengthCheck(field="reason", limit=REASON_MAX)]

    def __str__(self) -> str:
        return f"{self.kind} kept on material {self.material_id}"


class CalendarFeed(models.Model):
    """A person's private calendar feed: the sessions of all their communities."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                related_name="calendar_feed")
    token = models.CharField(max_length=FEED_TOKEN_MAX, unique=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"Calendar feed of {self.user_id}"


class ReminderStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    CLAIMED = "claimed", "Being sent"
    SENT = "sent", "Sent"
    SKIPPED = "skipped", "Skipped (too late)"
    FAILED = "failed", "Failed"


class Reminder(OutboxRow):
    """One reminder to one person: claimed before it is sent, never sent twice.

    `kind` is e.g. "session-1440" (24 hours before) or "action-due"."""

    kind = models.CharField(max_length=30)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="reminders")
    session = models.ForeignKey(Session, null=True, blank=True, on_delete=models.CASCADE,
                                related_name="reminders")
    action_point = models.ForeignKey(ActionPoint, null=True, blank=True,
                                     on_delete=models.CASCADE, related_name="reminders")
    due_at = models.DateTimeField()
    status = models.CharField(max_length=10, choices=ReminderStatus.choices,
                              default=ReminderStatus.PENDING)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["session", "user", "kind"],
                                    condition=Q(session__isnull=False),
                                    name="reminder_once_per_session_person_kind"),
            models.UniqueConstraint(fields=["action_point", "user", "kind"],
                                    condition=Q(action_point__isnull=False),
                                    name="reminder_once_per_action_person_kind"),
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self) -> str:
        return f"{self.kind} reminder to {self.user_id} ({self.status})"

    @property
    def target_session(self) -> Session:
        """The session it is about: its own, or its action point's."""
        if self.session is not None:
            return self.session
        assert self.action_point is not None  # a reminder is for one or the other
        return self.action_point.session
