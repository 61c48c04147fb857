"""Writes for the learning record. Each function is a transaction; notifications and their
emails go out through the outbox after commit (members.services.notify)."""

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, transaction
from django.urls import reverse
from django.utils import timezone

from members import permissions as member_permissions
from members.models import NotificationKind, User
from members.services import notify
from sessions_app.models import Attendance, Session, SessionStatus

from . import selectors
from .models import Reflection, ReflectionPrompt


def write_url(session_id: int | None = None) -> str:
    url = reverse("learning:reflection_add")
    return f"{url}?session={session_id}" if session_id else url


# Only those who are members of the session's community now (as notify tells): nobody
# who has left, or closed their account, gains a prompt row.
_PROMPT_SQL = """
INSERT INTO {prompt} (user_id, session_id, created_at)
SELECT a.user_id, a.session_id, %(now)s FROM {attendance} a
 WHERE a.session_id = %(session)s AND a.user_id = ANY(%(members)s)
ORDER BY a.user_id
ON CONFLICT (user_id, session_id) DO NOTHING
RETURNING user_id
"""


@transaction.atomic
def reflection_prompts_send(*, session: Session) -> int:
    """Prompt the people recorded as present at a completed session to write a reflection:
    in the app and by email (the notification's, sent as their settings say: this is the
    session's follow-up email to them). Called by sessions_app when a session is completed
    and when its register is saved after that; safe to call again: each person is prompted
    once per session (ReflectionPrompt's unique constraint, taken in the same statement
    that finds them, so two calls at once prompt nobody twice). Returns how many were
    prompted now."""
    if session.status != SessionStatus.COMPLETED:
        return 0
    members = list(member_permissions.current_memberships().filter(
        community_id=session.community_id, user__is_active=True).values_list("user_id",
                                                                             flat=True))
    sql = _PROMPT_SQL.format(prompt=ReflectionPrompt._meta.db_table,
                             attendance=Attendance._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(sql, {"now": timezone.now(), "session": session.pk,
                             "members": members})
        user_ids = [row[0] for row in cursor.fetchall()]
    if not user_ids:
        return 0
    when = timezone.localtime(session.starts_at)
    notify(user_ids=user_ids, kind=NotificationKind.REFLECTION_PROMPT,
           community=session.community,
           text=f"After {session.title} on {when.day} {when:%B %Y}: take five minutes to "
                f"write what you learned and what you will do differently. Only you can "
                f"read it, and it goes into your CPD record.",
           url=write_url(session.pk), about=session)
    return len(user_ids)


def _check(actor: User, data: dict[str, Any], reflection: Reflection | None) -> Session | None:
    session = data.get("session")
    if session is None:
        return None
    if reflection is not None and reflection.session_id == session.pk:
        return reflection.session  # kept as it was, whatever the register says now
    held = selectors.attended(actor, session.pk)
    if held is None:
        raise ValidationError("Choose a session you were recorded as attending.")
    taken = Reflection.objects.filter(user=actor, session=held)
    if reflection is not None:
        taken = taken.exclude(pk=reflection.pk)
    if taken.exists():
        raise ValidationError("You have already written a reflection on that session: "
                              "change that one instead.")
    return held


@transaction.atomic
def reflection_save(*, actor: User, data: dict[str, Any],
                    reflection: Reflection | None = None) -> Reflection:
    """Write or change one's own reflection. `data`: learned, differently, session (a
    session the actor attended, or None). Its text is never checked by the identifier gate,
    since nobody else reads it (models.py)."""
    if reflection is not None and reflection.user_id != actor.pk:
        raise PermissionDenied("A reflection is its author's alone.")
    session = _check(actor, data, reflection)
    now = timezone.now()
    if reflection is None:
        reflection = Reflection(user=actor, created_at=now)
    reflection.session = session
    reflection.learned = data["learned"].strip()
    reflection.differently = data["differently"].strip()
    reflection.updated_at = now
    reflection.save()
    return reflection


@transaction.atomic
def reflection_delete(*, actor: User, reflection: Reflection) -> None:
    if reflection.user_id != actor.pk:
        raise PermissionDenied("A reflection is its author's alone.")
    reflection.delete()
