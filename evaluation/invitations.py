"""Survey invitations and their emails: one invitation per person and survey (and session),
one invitation email, at most two reminders; never sent twice, never lost.

Who is invited
- Post-session surveys: when a session is completed (`invitations_for_completed_session`,
  called through `services.session_completed`), the people recorded as attending who are
  active members of its community get an invitation to each open post-session survey of every
  study covering that community. It stays open until the survey closes or `answer_within_days`
  after the session ends, whichever is sooner. The sweep also catches up on attendance
  recorded after the session was completed (facilitators often take the register later),
  while the invitation window is still open. One invitation per person, survey and session
  (the model's constraint): feedback is asked after every session a person attends.
- Waves and ad hoc surveys: once `send_at` has passed, the sweep invites every active member
  of the study's communities (one invitation per person; its community is their earliest
  membership among them), open until the survey closes, and records `sent_at`.

How an email travels: it is a row of the outbox channel "survey-emails" (CHANNEL, at the
end of this module), so claiming, leases, backoff, failure and resending are the outbox
engine's (cop/outbox/engine.py), shared with session reminders. What is particular here:
- Each invitation gets its SurveyMessage(kind="invitation") when it is made, due at once.
  `survey_messages_materialise`, the channel's step before each sweep claims, writes
  reminder rows ("reminder-1", "reminder-2", at most survey.reminder_count) when one falls
  due: n * reminder_after_days after the invitation email was sent, for invitations still
  unanswered and open. A unique constraint on (invitation, kind) makes this idempotent under
  overlapping sweeps. If both reminders are due at once (sweeps stopped for a while), only
  the second is sent; the first is recorded as skipped.
- `survey_messages_send` skips rows whose invitation has been answered, has expired, or
  whose survey has closed by then (recorded as skipped, not sent).

The link in the email (the trade-off)
Each email carries a fresh single-use token (secrets.token_urlsafe); only its SHA-256 is kept,
on the invitation, set as soon as the email's row is taken over. A reminder
therefore replaces the link of the email before it, and says so: the older link stops
working. The alternative, one token derived from a key so that every email's link works,
would let anyone holding that key and a copy of the database answer as anyone; random
tokens cannot be recreated by anybody. The cost is that a person who opens an older email
after a reminder finds that link no longer valid (the page tells them to use the most recent
email, or to sign in and find the survey under Surveys). If a reminder's email fails, the
previous link is put back, so a failed email never leaves a person without a working link."""

import hashlib
import logging
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core import mail
from django.db import connection, transaction
from django.db.models import DurationField, Exists, ExpressionWrapper, F, OuterRef, Q, Value
from django.template.loader import get_template
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator

from cop.outbox import engine
from cop.outbox.channels import Channel
from cop.outbox.mail import EmailBatch, absolute, message_domain, send_batch
from members.models import Membership, MembershipStatus
from sessions_app.models import Attendance, Session, SessionStatus

from .models import (
    MessageKind,
    MessageStatus,
    Study,
    Survey,
    SurveyInvitation,
    SurveyKind,
    SurveyMessage,
    SurveyStatus,
)

logger = logging.getLogger(__name__)

LONDON = ZoneInfo("Europe/London")
REMINDER_KINDS = (MessageKind.REMINDER_1, MessageKind.REMINDER_2)

ANSWERED = "Not sent: the survey has been answered."
CLOSED = "Not sent: the survey has closed."
EXPIRED = "Not sent: the invitation has expired."
ACCOUNT_CLOSED = "Not sent: the account is closed."
NOT_A_MEMBER = "Not sent: no longer a member of any community in the study."
SUPERSEDED = "Not sent: the second reminder was due at the same time."


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _open_surveys(now):
    """Surveys taking answers at `now`."""
    return Survey.objects.filter(
        Q(opens_at__isnull=True) | Q(opens_at__lte=now),
        Q(closes_at__isnull=True) | Q(closes_at__gt=now),
        status=SurveyStatus.OPEN,
    )


# --- Making invitations --------------------------------------------------------------------


def _create(invitations: list[SurveyInvitation], *, now) -> int:
    """Write the invitations (those already there are left alone) and an invitation email
    row for each invitation of these (survey, person) pairs that has none. PostgreSQL returns
    no keys for rows it ignored, so the invitations are read back. Returns how many got their
    email row here (the new ones: a concurrent sweep's inserts wait for its commit, which
    writes their rows too)."""
    if not invitations:
        return 0
    # one order: no deadlocks
    invitations.sort(key=lambda i: (i.survey_id, i.user_id, i.session_id or 0))
    SurveyInvitation.objects.bulk_create(invitations, ignore_conflicts=True, batch_size=1000)
    wanted = {(i.survey_id, i.user_id, i.session_id) for i in invitations}
    ids = [
        pk for pk, survey_id, user_id, session_id in SurveyInvitation.objects.filter(
            survey_id__in={w[0] for w in wanted}, user_id__in={w[1] for w in wanted},
        ).filter(~Exists(SurveyMessage.objects.filter(invitation=OuterRef("pk"),
                                                      kind=MessageKind.INVITATION)))
        .values_list("pk", "survey_id", "user_id", "session_id")
        if (survey_id, user_id, session_id) in wanted
    ]
    SurveyMessage.objects.bulk_create(
        [SurveyMessage(invitation_id=pk, kind=MessageKind.INVITATION, due_at=now,
                       next_attempt_at=now, created_at=now) for pk in sorted(ids)],
        ignore_conflicts=True, batch_size=1000)
    return len(ids)


_POST_SESSION_SQL = """
SELECT s.id, a.user_id, se.id, se.community_id, se.ends_at, s.closes_at, s.answer_within_days
FROM {attendance} a
JOIN {session} se ON se.id = a.session_id
JOIN {study_communities} sc ON sc.community_id = se.community_id
JOIN {survey} s ON s.study_id = sc.study_id
JOIN {membership} m ON m.user_id = a.user_id AND m.community_id = se.community_id
JOIN {user} u ON u.id = a.user_id
WHERE s.kind = %(post_session)s AND s.status = %(open)s
  AND (s.opens_at IS NULL OR s.opens_at <= %(now)s)
  AND (s.closes_at IS NULL OR s.closes_at > %(now)s)
  AND se.status = %(completed)s
  AND se.ends_at >= COALESCE(s.opens_at, s.created_at)
  AND se.ends_at + s.answer_within_days * INTERVAL '1 day' > %(now)s
  AND m.status = %(active)s AND u.is_active
  AND NOT EXISTS (SELECT 1 FROM {invitation} i
                  WHERE i.survey_id = s.id AND i.user_id = a.user_id AND i.session_id = se.id)
  {only_session}
ORDER BY se.ends_at, se.id, s.id, a.user_id
"""


def _post_session_invitations(*, now, session_id=None) -> list[SurveyInvitation]:
    """Invitations owed to attendees of completed sessions, by open post-session surveys of
    the studies covering their communities, one per person and session."""
    tables = {
        "attendance": Attendance._meta.db_table,
        "session": Session._meta.db_table,
        "study_communities": Study.communities.through._meta.db_table,
        "survey": Survey._meta.db_table,
        "membership": Membership._meta.db_table,
        "user": Membership._meta.get_field("user").related_model._meta.db_table,
        "invitation": SurveyInvitation._meta.db_table,
        "only_session": "AND se.id = %(session_id)s" if session_id is not None else "",
    }
    params = {"post_session": SurveyKind.POST_SESSION, "open": SurveyStatus.OPEN, "now": now,
              "completed": SessionStatus.COMPLETED, "active": MembershipStatus.ACTIVE,
              "session_id": session_id}
    with connection.cursor() as cursor:
        cursor.execute(_POST_SESSION_SQL.format(**tables), params)
        found = cursor.fetchall()
    invitations, seen = [], set()
    for survey_id, user_id, sess_id, community_id, ends_at, closes_at, within in found:
        if (survey_id, user_id, sess_id) in seen:
            continue
        seen.add((survey_id, user_id, sess_id))
        expires_at = ends_at + timedelta(days=within)
        if closes_at is not None:
            expires_at = min(expires_at, closes_at)
        invitations.append(SurveyInvitation(
            survey_id=survey_id, user_id=user_id, community_id=community_id,
            session_id=sess_id, expires_at=expires_at, created_at=now))
    return invitations


@transaction.atomic
def invitations_for_completed_session(*, session_id: int, now=None) -> int:
    """Invite those recorded as attending a completed session to the open post-session
    surveys covering its community. Idempotent; returns how many invitations were new."""
    now = now or timezone.now()
    return _create(_post_session_invitations(now=now, session_id=session_id), now=now)


@transaction.atomic
def invitations_catch_up_sessions(*, now) -> int:
    """The sweep's share of post-session invitations: attendance recorded after the session
    was completed, while the invitation window is still open."""
    return _create(_post_session_invitations(now=now), now=now)


def invitations_send_waves(*, now) -> int:
    """Invite all active members of the study's communities to each open wave or ad hoc
    survey whose send_at has passed and that has not been sent yet; record sent_at. A survey
    being handled by another sweep is skipped (it is locked), never done twice. Returns how
    many invitations were made."""
    made = 0
    due = list(
        _open_surveys(now).filter(kind__in=[SurveyKind.WAVE, SurveyKind.AD_HOC],
                                  send_at__lte=now, sent_at__isnull=True)
        .order_by("send_at", "pk").values_list("pk", flat=True))
    for survey_id in due:
        with transaction.atomic():
            survey = (Survey.objects.select_for_update(skip_locked=True)
                      .filter(pk=survey_id, sent_at__isnull=True).first())
            if survey is None:
                continue
            earliest: dict[int, int] = {}  # user id -> community id of their earliest membership
            for user_id, community_id in (
                Membership.objects.filter(
                    community__studies=survey.study_id, status=MembershipStatus.ACTIVE,
                    user__is_active=True,
                ).order_by("joined_at", "pk").values_list("user_id", "community_id")
            ):
                earliest.setdefault(user_id, community_id)
            made += _create([
                SurveyInvitation(survey_id=survey.pk, user_id=user_id, community_id=community_id,
                                 expires_at=survey.closes_at, created_at=now)
                for user_id, community_id in earliest.items()
            ], now=now)
            Survey.objects.filter(pk=survey.pk).update(sent_at=now)
    return made


# --- Reminders -----------------------------------------------------------------------------


def _reminder_rows(now) -> list[SurveyMessage]:
    day = Value(timedelta(days=1), output_field=DurationField())
    has = {kind: Exists(SurveyMessage.objects.filter(invitation=OuterRef("invitation"), kind=kind))
           for kind in REMINDER_KINDS}
    candidates = list(
        SurveyMessage.objects.filter(
            Q(invitation__expires_at__isnull=True) | Q(invitation__expires_at__gt=now),
            Q(invitation__survey__opens_at__isnull=True)
            | Q(invitation__survey__opens_at__lte=now),
            Q(invitation__survey__closes_at__isnull=True)
            | Q(invitation__survey__closes_at__gt=now),
            kind=MessageKind.INVITATION, status=MessageStatus.SENT,
            invitation__answered=False, invitation__survey__status=SurveyStatus.OPEN,
            invitation__survey__reminder_count__gte=1,
            invitation__survey__reminder_after_days__gte=1,
        )
        .alias(first_due=ExpressionWrapper(
            F("sent_at") + F("invitation__survey__reminder_after_days") * day,
            output_field=SurveyMessage._meta.get_field("sent_at")))
        .filter(first_due__lte=now)
        .exclude(Q(invitation__survey__reminder_count=1) & has[MessageKind.REMINDER_1])
        .exclude(Q(invitation__survey__reminder_count__gte=2) & has[MessageKind.REMINDER_2])
        .values_list("invitation_id", "sent_at", "invitation__survey__reminder_after_days",
                     "invitation__survey__reminder_count")
    )
    if not candidates:
        return []
    existing = set(SurveyMessage.objects.filter(
        invitation_id__in=[c[0] for c in candidates], kind__in=REMINDER_KINDS,
    ).values_list("invitation_id", "kind"))
    rows = []
    for invitation_id, sent_at, after_days, count in candidates:
        assert sent_at is not None  # the invitation was sent
        due = [(n, sent_at + n * timedelta(days=after_days))
               for n in range(1, min(count, 2) + 1)]
        due = [(n, at) for n, at in due if at <= now]
        for i, (n, due_at) in enumerate(due):
            kind = REMINDER_KINDS[n - 1]
            if (invitation_id, kind) in existing:
                continue
            row = SurveyMessage(invitation_id=invitation_id, kind=kind, due_at=due_at,
                                next_attempt_at=now, created_at=now)
            if i < len(due) - 1:
                row.status, row.last_error = MessageStatus.SKIPPED, SUPERSEDED
            rows.append(row)
    return rows


def survey_messages_skip_stale(*, now) -> int:
    """Record as skipped the pending emails whose invitation has been answered or has
    expired, or whose survey has closed. Returns how many."""
    pending = SurveyMessage.objects.filter(status=MessageStatus.PENDING)
    skipped = pending.filter(invitation__answered=True).update(
        status=MessageStatus.SKIPPED, last_error=ANSWERED)
    skipped += pending.filter(
        Q(invitation__survey__status=SurveyStatus.CLOSED)
        | Q(invitation__survey__closes_at__lte=now)
    ).update(status=MessageStatus.SKIPPED, last_error=CLOSED)
    skipped += pending.filter(invitation__expires_at__lte=now).update(
        status=MessageStatus.SKIPPED, last_error=EXPIRED)
    return skipped


@dataclass
class MaterialiseResult:
    invited: int = 0  # new invitations (each with its invitation email row)
    reminders: int = 0  # reminder rows offered for sending
    skipped: int = 0  # rows recorded as skipped


def survey_messages_materialise(*, now) -> MaterialiseResult:
    """Make the invitations that are due (waves, ad hoc, late-recorded attendance) and the
    reminder rows that have fallen due. Safe to run in several processes at once."""
    result = MaterialiseResult()
    result.invited = invitations_send_waves(now=now)
    result.invited += invitations_catch_up_sessions(now=now)
    with transaction.atomic():
        rows = _reminder_rows(now)
        rows.sort(key=lambda r: (r.invitation_id, r.kind))
        SurveyMessage.objects.bulk_create(rows, ignore_conflicts=True, batch_size=1000)
        skipped = sum(1 for row in rows if row.status == MessageStatus.SKIPPED)
        result.reminders = len(rows) - skipped
        result.skipped = skipped + survey_messages_skip_stale(now=now)
    return result


# --- Claiming and sweeping (the outbox engine, cop/outbox/engine.py) ------------------------


def survey_messages_claim(*, now, limit: int) -> engine.Claim:
    """Claim up to `limit` due pending emails; committed before this returns."""
    return engine.claim(CHANNEL, now=now, limit=limit)


def survey_messages_recover(*, now) -> int:
    """Take back claims older than the lease (their worker died). Returns how many."""
    return engine.recover(CHANNEL, now=now)


@dataclass
class SweepResult:
    recovered: int = 0
    invited: int = 0
    reminders: int = 0
    skipped: int = 0
    claimed: int = 0
    batches: list[int] = field(default_factory=list)


def survey_messages_sweep(*, now=None) -> SweepResult:
    """Take back lost claims, make what has fallen due, then claim it in batches, queueing
    one send task per batch once its claim is committed (the beat runs it through
    cop.outbox.tasks.sweep)."""
    outcome = engine.sweep(CHANNEL, now=now)
    made = outcome.made
    assert isinstance(made, MaterialiseResult)  # what this channel's materialise returns
    return SweepResult(recovered=outcome.recovered, invited=made.invited,
                       reminders=made.reminders, skipped=made.skipped,
                       claimed=outcome.claimed, batches=outcome.batches)


# --- Sending -------------------------------------------------------------------------------


def _day(value: datetime) -> str:
    """'12 March' (London), with the year when it is not this year."""
    local = value.astimezone(LONDON)
    if local.year != timezone.now().astimezone(LONDON).year:
        return f"{local.day} {local:%B %Y}"
    return f"{local.day} {local:%B}"


def _full_day(value: datetime) -> str:
    local = value.astimezone(LONDON)
    return f"{local:%A} {local.day} {local:%B %Y}"


def closing_words(value: datetime | None) -> str:
    """'the end of Wednesday 11 March 2026' for midnight, else '17:00 on Thursday 12 March
    2026' (London time); '' for no time."""
    if value is None:
        return ""
    local = value.astimezone(LONDON)
    if (local.hour, local.minute) == (0, 0):
        return f"the end of {_full_day(local - timedelta(minutes=1))}"
    return f"{local:%H:%M} on {_full_day(local)}"


def closes_on(invitation) -> datetime | None:
    """When the invitation stops taking answers: its expiry or the survey's close."""
    times = [t for t in (invitation.expires_at, invitation.survey.closes_at) if t is not None]
    return min(times) if times else None


def _no_longer_applies(row, active: set, now) -> str:
    invitation = row.invitation
    survey = invitation.survey
    if not invitation.user.is_active:
        return ACCOUNT_CLOSED
    if invitation.answered:
        return ANSWERED
    if not survey.is_accepting_answers(now):
        return CLOSED
    if invitation.expires_at is not None and invitation.expires_at <= now:
        return EXPIRED
    if (survey.study_id, invitation.user_id) not in active:
        return NOT_A_MEMBER
    return ""


def subject_for(row) -> str:
    invitation = row.invitation
    if invitation.session_id:
        subject = f"A short survey about your session on {_day(invitation.session.starts_at)}"
    else:
        subject = f"A short survey: {Truncator(invitation.survey.title).chars(80)}"
    if row.kind != MessageKind.INVITATION:
        subject = f"Reminder: {subject[0].lower()}{subject[1:]}"
    return settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + subject


def _message(row, token: str, templates: dict) -> mail.EmailMessage:
    invitation = row.invitation
    closes = closes_on(invitation)
    context = {
        "user": invitation.user,
        "survey": invitation.survey,
        "session": invitation.session,
        "session_day": _full_day(invitation.session.starts_at) if invitation.session_id else "",
        "community": invitation.community,
        "reminder": row.kind != MessageKind.INVITATION,
        "link": absolute(reverse("evaluation:answer_by_link", args=[token])),
        "surveys_link": absolute(reverse("evaluation:my_surveys")),
        "closes": closing_words(closes),
        "site_name": settings.SITE_NAME,
    }
    name = "evaluation/email/survey.txt"
    if name not in templates:
        templates[name] = get_template(name)
    return mail.EmailMessage(
        subject=subject_for(row),
        body=templates[name].render(context),
        to=[invitation.user.email],
        headers={
            # The same on every attempt, so a repeat after a crash can be recognised.
            "Message-ID": f"<survey-message-{row.pk}.{row.kind}@{message_domain()}>",
            "Auto-Submitted": "auto-generated",
        },
    )


class _SurveyEmails(EmailBatch):
    """Each email carries a new link: its hash is given to the invitation once the row is
    taken over, and the previous one is put back if the email fails."""

    def __init__(self, rows):
        self.active = set(Membership.objects.filter(  # (study id, user id): still a member
            community__studies__in={r.invitation.survey.study_id for r in rows},
            user_id__in={r.invitation.user_id for r in rows},
            status=MembershipStatus.ACTIVE,
        ).order_by().values_list("community__studies", "user_id"))
        self.templates = {}
        self.links = {}  # invitation id -> hash of the link last sent in this batch
        self.link_token = self.new_hash = None

    def skip_reason(self, row, now) -> str:
        return _no_longer_applies(row, self.active, now)

    def taken_over(self, row) -> None:
        self.link_token = secrets.token_urlsafe(32)
        self.new_hash = hash_token(self.link_token)
        SurveyInvitation.objects.filter(pk=row.invitation_id).update(token_hash=self.new_hash)

    def message(self, row) -> mail.EmailMessage:
        return _message(row, self.link_token, self.templates)

    def failed(self, row) -> None:
        if self.new_hash:  # a failed email never leaves a person without a working link
            previous = self.links.get(row.invitation_id, row.invitation.token_hash)
            SurveyInvitation.objects.filter(pk=row.invitation_id,
                                            token_hash=self.new_hash).update(token_hash=previous)
        self.link_token = self.new_hash = None

    def sent(self, row) -> None:
        self.links[row.invitation_id] = self.new_hash

    def about(self, row) -> str:
        return f"{row.kind}, invitation {row.invitation_id}"


def survey_messages_send(*, message_ids, claimed_at=None) -> int:
    """Send the claimed emails among `message_ids` over one mail connection; `claimed_at` is
    the claim's token (rows claimed again since, or taken by another run of the same task,
    are left alone). Returns how many were sent."""
    held = SurveyMessage.objects.filter(pk__in=list(message_ids), status=MessageStatus.CLAIMED)
    if claimed_at is not None:
        held = held.filter(claimed_at=claimed_at)
    rows = list(held.select_related(
        "invitation__user", "invitation__survey__study", "invitation__session",
        "invitation__community").order_by("pk"))
    if not rows:
        return 0
    return send_batch(CHANNEL, rows, _SurveyEmails(rows))


def _deliver(ids, claimed_at) -> int:
    return survey_messages_send(message_ids=ids, claimed_at=claimed_at)


CHANNEL = Channel(name="survey-emails", model=SurveyMessage, label="survey email",
                  deliver=_deliver, materialise=survey_messages_materialise)
