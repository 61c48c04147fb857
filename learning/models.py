"""A member's reflective learning record (issue 19): their private reflections after the
sessions they attend, and the prompts to write one.

Private: a reflection is read by its author alone. No facilitator, evaluator or site admin
reads it through any page, export or admin list: the app registers nothing in the admin,
its rows are not tracked by the change history (members/audit_triggers.py: an append-only
copy of the text could never be erased), no evaluation export reads this app, and the
only download that holds them is the author's own "Download my data". Because nobody else
ever reads a reflection, its text does not pass the identifier gate (cop/gate.py): the gate
protects what others read."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from cop.text_limits import LengthCheck

# A short reflection: each answer, in characters (the form says so).
LEARNED_MAX = 5_000
DIFFERENTLY_MAX = 5_000


class Reflection(models.Model):
    """What the author learned, and what they will do differently, after a session they
    attended (or about anything, with no session). One reflection per session a person
    attended; the session's row may go (SET_NULL), the reflection stays theirs."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="reflections")
    session = models.ForeignKey("sessions_app.Session", null=True, blank=True,
                                on_delete=models.SET_NULL, related_name="+")
    learned = models.TextField(max_length=LEARNED_MAX)
    differently = models.TextField(max_length=DIFFERENTLY_MAX)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "session"],
                                    condition=Q(session__isnull=False),
                                    name="reflection_one_per_session"),
            LengthCheck(field="learned", limit=LEARNED_MAX),
            LengthCheck(field="differently", limit=DIFFERENTLY_MAX),
        ]
        indexes = [models.Index(fields=["user", "-created_at"], name="reflection_user_newest")]

    def __str__(self) -> str:  # never the text: a log line or an error page could show it
        return f"Reflection {self.pk}"


class ReflectionPrompt(models.Model):
    """The prompt to reflect after a session, made once per person and session (the unique
    constraint: `services.reflection_prompts_send` may run again and prompts nobody twice)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="+")
    session = models.ForeignKey("sessions_app.Session", on_delete=models.CASCADE,
                                related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "session"],
                                               name="reflection_prompt_once")]

    def __str__(self) -> str:
        return f"Reflection prompt to {self.user_id} after session {self.session_id}"
