"""Running the meeting: each agenda item's format and timings, the live state of a session
being run, the questions and recommendations recorded during it, the presenter's summary,
and what the presenter later says they tried (evaluation counts these, tagged by the
Wenger-Trayner value cycle)."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from cop.text_limits import LengthCheck
from members.models import Community
from sessions_app.models import AgendaItem, Session

from .formats import Format

QUESTION_MAX = 1_000  # the presenter's question
ENTRY_MAX = 500  # a clarifying question or a recommendation
GUIDE_MAX = 1_000
HOW_IT_WENT_MAX = 2_000


class StageGuide(models.Model):
    """A community's own words for one stage's guide (formats.py holds the defaults)."""

    community = models.ForeignKey(Community, on_delete=models.CASCADE,
                                  related_name="stage_guides")
    format = models.CharField(max_length=30, choices=Format.choices)
    stage = models.CharField(max_length=30)
    guide = models.TextField(max_length=GUIDE_MAX)
    avoid = models.TextField(max_length=GUIDE_MAX, blank=True)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True,
                                   on_delete=models.SET_NULL, related_name="+")
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["community", "format", "stage"],
                                               name="one_guide_per_stage"),
                       LengthCheck(field="guide", limit=GUIDE_MAX),
                       LengthCheck(field="avoid", limit=GUIDE_MAX)]

    def __str__(self) -> str:
        return f"{self.format}: {self.stage}"


class ItemPlan(models.Model):
    """How an agenda item runs: its format, the minutes of each stage (in the format's
    order), and the presenter's question."""

    item = models.OneToOneField(AgendaItem, on_delete=models.CASCADE, related_name="plan")
    format = models.CharField(max_length=30, choices=Format.choices,
                              default=Format.OPEN_DISCUSSION)
    stage_minutes = models.JSONField(default=list)
    question = models.TextField(max_length=QUESTION_MAX, blank=True)

    class Meta:
        constraints = [LengthCheck(field="question", limit=QUESTION_MAX)]

    def __str__(self) -> str:
        return f"Plan of {self.item_id}"


class LiveMeeting(models.Model):
    """A session being run: where it is, and its timer. The stage's deadline is
    stage_started_at + the stage's minutes + extra_seconds; paused, the time left stays as
    it was at paused_at (resuming adds the pause to extra_seconds). `version` goes up with
    every change, so a phone polling the live view can be answered "nothing new"."""

    session = models.OneToOneField(Session, on_delete=models.CASCADE, related_name="live")
    started_at = models.DateTimeField(default=timezone.now)
    started_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True,
                                   on_delete=models.SET_NULL, related_name="+")
    scribe = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                               on_delete=models.SET_NULL, related_name="+")
    item = models.ForeignKey(AgendaItem, null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="+")
    stage_index = models.PositiveSmallIntegerField(default=0)
    stage_started_at = models.DateTimeField(default=timezone.now)
    paused_at = models.DateTimeField(null=True, blank=True)
    extra_seconds = models.IntegerField(default=0)
    ended_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)

    def __str__(self) -> str:
        return f"Live: session {self.session_id}"


class EntryKind(models.TextChoices):
    QUESTION = "question", "Clarifying question"
    RECOMMENDATION = "recommendation", "Recommendation"


class Entry(models.Model):
    """A clarifying question or a recommendation, recorded by the facilitator or scribe,
    attributed to a member or left anonymous (member empty)."""

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="entries")
    kind = models.CharField(max_length=20, choices=EntryKind.choices)
    text = models.CharField(max_length=ENTRY_MAX)
    member = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                               on_delete=models.SET_NULL, related_name="+")
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True,
                                    on_delete=models.SET_NULL, related_name="+")
    chosen = models.BooleanField(default=False)  # the presenter wants to try it
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return self.text


class ItemSummary(models.Model):
    """The written summary sent to an item's presenter when the item ended (its content is
    read from the item, its entries and the session's actions when shown), and when the
    "which did you try?" prompt went four weeks later."""

    item = models.OneToOneField(AgendaItem, on_delete=models.CASCADE, related_name="summary")
    presenter = models.ForeignKey(settings.AUTH_USER_MODEL, null=True,
                                  on_delete=models.SET_NULL, related_name="+")
    sent_at = models.DateTimeField(default=timezone.now)
    follow_up_sent_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"Summary of {self.item_id}"


class Tried(models.TextChoices):
    TRIED = "tried", "Tried it"
    PARTLY = "partly", "Tried some of it"
    NOT_TRIED = "not_tried", "Did not try it"


class ValueCycle(models.TextChoices):
    """Wenger-Trayner's value-creation cycles, as far as the presenter can say."""

    IMMEDIATE = "immediate", "Immediate value: it helped in the moment"
    POTENTIAL = "potential", "Potential value: something I may use"
    APPLIED = "applied", "Applied value: I changed what I did"
    REALISED = "realised", "Realised value: it made a difference for the person"


class RecommendationOutcome(models.Model):
    """What the presenter says, after the four-week prompt, about a recommendation."""

    entry = models.OneToOneField(Entry, on_delete=models.CASCADE, related_name="outcome")
    tried = models.CharField(max_length=12, choices=Tried.choices)
    how_it_went = models.TextField(max_length=HOW_IT_WENT_MAX, blank=True)
    value = models.CharField(max_length=12, choices=ValueCycle.choices, blank=True)
    answered_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [LengthCheck(field="how_it_went", limit=HOW_IT_WENT_MAX)]

    def __str__(self) -> str:
        return f"{self.tried}: {self.entry_id}"


class PresenceClaim(models.Model):
    """"Mark me as here", from the live view, until the facilitator confirms it (then the
    register has the person) or turns it down."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="+")
    claimed_at = models.DateTimeField(default=timezone.now)
    decided_at = models.DateTimeField(null=True, blank=True)
    confirmed = models.BooleanField(default=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["session", "user"],
                                               name="one_claim_per_person")]

    def __str__(self) -> str:
        return f"{self.user_id} at {self.session_id}"
