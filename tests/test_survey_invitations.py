"""Survey invitations and their emails: who is invited, one invitation email and at most two
reminders per person and survey, never doubled, never lost (the session reminders' pattern).

The first part drives the services against the real PostgreSQL; the last part starts real
Celery workers (subprocesses) on the real Redis, sending through a real SMTP server
(aiosmtpd, in this process): overlapping sweeps, a sweep while the previous sweep's send task
is still sending, and a worker killed in the middle of sending."""

import hashlib
import re
import time
from collections import Counter
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.core import mail
from django.urls import reverse
from django.utils import timezone

from cop.outbox.tasks import sweep as sweep_outbox
from cop.settings.base import mailers_from_url
from evaluation import invitations
from evaluation.models import (
    MessageStatus,
    SurveyInvitation,
    SurveyKind,
    SurveyMessage,
    SurveyStatus,
)
from members.models import MembershipStatus
from sessions_app.models import Attendance, SessionStatus
from sessions_app.services import sessions_complete_ended

from .factories import (
    add_question,
    join,
    make_community,
    make_members,
    make_session,
    make_study,
    make_survey,
    make_user,
)
from .workers import at_once, wait_until

LONDON = ZoneInfo("Europe/London")
M = MessageStatus
JUST_ENDED = timedelta(minutes=-5)  # when the sessions here ended, unless said
LINK = re.compile(r"https?://\S+/s/([A-Za-z0-9_-]+)/")


# --- Test data -----------------------------------------------------------------------------


def post_session_survey(*communities, **fields):
    study = make_study(*communities)
    survey = make_survey(study, kind=SurveyKind.POST_SESSION, title="Session feedback",
                         **fields)
    add_question(survey, "useful")
    return survey


def wave(*communities, **fields):
    study = make_study(*communities, name="CoP evaluation 2026-27")
    fields = {"kind": SurveyKind.WAVE, "wave": "baseline", "title": "Baseline survey",
              "send_at": timezone.now() - timedelta(minutes=1), **fields}
    survey = make_survey(study, **fields)
    add_question(survey, "wellbeing")
    return survey


def send_due(now=None) -> int:
    """Materialise, claim and send what is due, as the sweep and its task do."""
    now = now or timezone.now()
    invitations.survey_messages_materialise(now=now)
    claim = invitations.survey_messages_claim(now=now, limit=1000)
    return invitations.survey_messages_send(message_ids=claim.ids,
                                            claimed_at=claim.claimed_at)


def statuses(**filters):
    return Counter(SurveyMessage.objects.filter(**filters).values_list("kind", "status"))


def token_in(message) -> str:
    return LINK.search(message.body).group(1)


# --- Post-session invitations ---------------------------------------------------------------


def test_completing_a_session_invites_the_attending_members_only(
        community, member, facilitator, django_capture_on_commit_callbacks):
    survey = post_session_survey(community, answer_within_days=10)
    absent = make_members(community, 1)[0]
    left = make_user()
    join(left, community, status=MembershipStatus.LEFT)
    closed_account = make_user(is_active=False)
    join(closed_account, community)
    session = make_session(community, ends_in=JUST_ENDED)
    for person in (member, facilitator, left, closed_account):
        Attendance.objects.create(session=session, user=person)
    # Not for this session: a closed survey, a draft, a wave, another study's communities.
    post_session_survey(community, status=SurveyStatus.CLOSED)
    post_session_survey(community, status=SurveyStatus.DRAFT)
    wave(community, send_at=timezone.now() + timedelta(days=3))
    post_session_survey(make_community())

    with django_capture_on_commit_callbacks(execute=True):
        assert sessions_complete_ended() == 1

    invited = SurveyInvitation.objects.all()
    assert {(i.survey_id, i.user_id) for i in invited} == {
        (survey.pk, member.pk), (survey.pk, facilitator.pk)}
    for invitation in invited:
        assert (invitation.session, invitation.community) == (session, community)
        assert invitation.expires_at == session.ends_at + timedelta(days=10)
        assert invitation.token_hash is None and not invitation.answered
    assert absent.pk not in {i.user_id for i in invited}
    assert statuses() == {("invitation", M.PENDING): 2}

    # Idempotent: telling the evaluation app twice changes nothing.
    invitations.invitations_for_completed_session(session_id=session.pk)
    assert SurveyInvitation.objects.count() == 2 and SurveyMessage.objects.count() == 2


def test_post_session_invitation_expires_when_the_survey_closes_if_sooner(community, member):
    closes_at = timezone.now() + timedelta(days=3)
    survey = post_session_survey(community, answer_within_days=14, closes_at=closes_at)
    session = make_session(community, ends_in=JUST_ENDED, status=SessionStatus.COMPLETED)
    Attendance.objects.create(session=session, user=member)
    assert invitations.invitations_for_completed_session(session_id=session.pk) == 1
    assert SurveyInvitation.objects.get(survey=survey).expires_at == closes_at


def test_a_scheduled_session_invites_nobody(community, member):
    post_session_survey(community)
    session = make_session(community, ends_in=timedelta(hours=1))
    Attendance.objects.create(session=session, user=member)
    assert invitations.invitations_for_completed_session(session_id=session.pk) == 0
    assert not SurveyInvitation.objects.exists()


def test_attendance_recorded_after_completion_is_caught_up_by_the_sweep(community, member,
                                                                        facilitator):
    survey = post_session_survey(community, answer_within_days=7)
    session = make_session(community, ends_in=JUST_ENDED, status=SessionStatus.COMPLETED)
    # Ended before the survey opened, or its window has passed: not invited.
    before = make_session(community, ends_in=timedelta(days=-2), status=SessionStatus.COMPLETED)
    old = make_session(community, ends_in=timedelta(days=-9), status=SessionStatus.COMPLETED)
    survey.opens_at = timezone.now() - timedelta(days=1)
    survey.save()
    Attendance.objects.create(session=before, user=facilitator)
    Attendance.objects.create(session=old, user=facilitator)
    invitations.invitations_for_completed_session(session_id=session.pk)
    assert not SurveyInvitation.objects.exists()

    Attendance.objects.create(session=session, user=member)  # the register, taken later
    invitations.survey_messages_materialise(now=timezone.now())
    invitation = SurveyInvitation.objects.get()
    assert (invitation.user, invitation.session, invitation.survey) == (member, session, survey)
    assert statuses() == {("invitation", M.PENDING): 1}


def test_one_invitation_per_person_and_session_of_a_post_session_survey(community, member):
    survey = post_session_survey(community, opens_at=timezone.now() - timedelta(days=3))
    first = make_session(community, ends_in=timedelta(hours=-30), status=SessionStatus.COMPLETED)
    second = make_session(community, ends_in=JUST_ENDED, status=SessionStatus.COMPLETED)
    for session in (first, second):
        Attendance.objects.create(session=session, user=member)
        invitations.invitations_for_completed_session(session_id=session.pk)
        invitations.invitations_for_completed_session(session_id=session.pk)  # idempotent
    invitations.survey_messages_materialise(now=timezone.now())
    assert sorted(SurveyInvitation.objects.values_list("survey", "session")) == [
        (survey.pk, first.pk), (survey.pk, second.pk)]
    assert SurveyMessage.objects.filter(kind="invitation").count() == 2


# --- Waves and ad hoc surveys ---------------------------------------------------------------


def test_a_wave_invites_every_active_member_once(community, other_community, member):
    both = make_user()
    earlier = join(both, other_community)
    earlier.joined_at = timezone.now() - timedelta(days=100)
    earlier.save()
    join(both, community)
    others = make_members(other_community, 2)
    left = make_user()
    join(left, community, status=MembershipStatus.LEFT)
    closed_account = make_user(is_active=False)
    join(closed_account, community)
    make_members(make_community(), 2)  # not in the study
    survey = wave(community, other_community)
    later = wave(community, send_at=timezone.now() + timedelta(hours=1))
    not_open = wave(community, status=SurveyStatus.DRAFT)

    result = invitations.survey_messages_materialise(now=timezone.now())

    invited = {i.user_id: i for i in SurveyInvitation.objects.filter(survey=survey)}
    assert set(invited) == {member.pk, both.pk, *(p.pk for p in others)}
    assert result.invited == 4
    assert invited[both.pk].community == other_community
    assert invited[member.pk].community == community
    assert {i.expires_at for i in invited.values()} == {survey.closes_at}
    assert {i.session_id for i in invited.values()} == {None}
    survey.refresh_from_db()
    assert survey.sent_at is not None
    assert not SurveyInvitation.objects.filter(survey__in=[later, not_open]).exists()
    assert statuses() == {("invitation", M.PENDING): 4}

    # Once: a member who joins afterwards is not invited by later sweeps.
    join(make_user(), community)
    invitations.survey_messages_materialise(now=timezone.now() + timedelta(minutes=1))
    assert SurveyInvitation.objects.filter(survey=survey).count() == 4
    assert SurveyMessage.objects.count() == 4


# --- Emails ----------------------------------------------------------------------------------


def test_the_invitation_email(community, member, settings, client):
    settings.SITE_URL = "https://cop.example.org"
    survey = post_session_survey(community, closes_at=datetime(2027, 1, 5, tzinfo=LONDON),
                                 answer_within_days=60)
    session = make_session(community, ends_in=JUST_ENDED, status=SessionStatus.COMPLETED,
                           title="March meeting")
    Attendance.objects.create(session=session, user=member)
    invitations.invitations_for_completed_session(session_id=session.pk)

    assert send_due() == 1
    [message] = mail.outbox
    local = session.starts_at.astimezone(LONDON)
    day = f"{local.day} {local:%B}" if local.year == timezone.now().year else (
        f"{local.day} {local:%B %Y}")
    assert message.subject == (
        f"[Communities of Practice] A short survey about your session on {day}")
    assert message.to == [member.email]
    body = message.body
    assert "https://cop.example.org/s/" in body
    assert "pseudonymous" in body and "nobody" in body
    assert "March meeting" in body and community.name in body
    assert "The survey closes at the end of Monday 4 January 2027." in body
    row = SurveyMessage.objects.get()
    assert (row.status, row.attempts) == (M.SENT, 1)
    assert message.extra_headers["Message-ID"] == (
        f"<survey-message-{row.pk}.invitation@cop.example.org>")

    token = token_in(message)
    invitation = SurveyInvitation.objects.get()
    assert invitation.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in str(list(SurveyInvitation.objects.values()))  # only the hash is kept
    response = client.get(reverse("evaluation:answer_by_link", args=[token]))
    assert response.status_code == 200 and survey.title in response.text

    assert send_due() == 0  # nothing more to send
    assert len(mail.outbox) == 1


def test_a_wave_email_names_the_survey(community, member):
    survey = wave(community, title="Baseline: wellbeing and practice")
    send_due()
    [message] = mail.outbox
    assert message.subject == (
        "[Communities of Practice] A short survey: Baseline: wellbeing and practice")
    assert survey.study.name in message.body


def test_reminders_at_most_two_and_each_replaces_the_link(community, member, client):
    survey = wave(community, reminder_after_days=7, reminder_count=2)
    start = timezone.now()
    send_due(start)
    first = token_in(mail.outbox[-1])
    assert send_due(start + timedelta(days=6, hours=23)) == 0

    assert send_due(start + timedelta(days=7, minutes=1)) == 1
    reminder = mail.outbox[-1]
    assert reminder.subject.startswith("[Communities of Practice] Reminder: a short survey")
    assert "replaces the one in our earlier email" in reminder.body
    second = token_in(reminder)
    assert client.get(reverse("evaluation:answer_by_link", args=[first])).status_code == 404
    assert client.get(reverse("evaluation:answer_by_link", args=[second])).status_code == 200

    assert send_due(start + timedelta(days=14, minutes=1)) == 1
    assert send_due(start + timedelta(days=21, minutes=1)) == 0
    assert send_due(start + timedelta(days=28, minutes=1)) == 0
    assert statuses() == {("invitation", M.SENT): 1, ("reminder-1", M.SENT): 1,
                          ("reminder-2", M.SENT): 1}
    assert [m.to for m in mail.outbox] == [[member.email]] * 3
    assert survey.invitations.get().token_hash == hashlib.sha256(
        token_in(mail.outbox[-1]).encode()).hexdigest()


def test_reminder_count_is_respected(community, member):
    wave(community, reminder_after_days=3, reminder_count=1)
    start = timezone.now()
    send_due(start)
    assert send_due(start + timedelta(days=3, minutes=1)) == 1
    assert send_due(start + timedelta(days=6, minutes=1)) == 0
    wave(community, reminder_count=0)
    send_due(start)
    assert send_due(start + timedelta(days=30)) == 0
    assert Counter(k for k, _ in statuses().elements()) == {"invitation": 2, "reminder-1": 1}


def test_both_reminders_due_at_once_send_only_the_second(community, member):
    wave(community, reminder_after_days=2)
    start = timezone.now()
    send_due(start)
    assert send_due(start + timedelta(days=4, minutes=1)) == 1
    assert statuses() == {("invitation", M.SENT): 1, ("reminder-1", M.SKIPPED): 1,
                          ("reminder-2", M.SENT): 1}
    assert len(mail.outbox) == 2


def test_answered_invitations_get_no_reminder(community, member, facilitator):
    survey = wave(community, reminder_after_days=1)
    start = timezone.now()
    assert send_due(start) == 2
    survey.invitations.filter(user=member).update(answered=True)
    assert send_due(start + timedelta(days=1, minutes=1)) == 1
    assert [m.to for m in mail.outbox[2:]] == [[facilitator.email]]


def test_emails_no_longer_wanted_by_send_time_are_skipped(community, member, facilitator):
    survey = wave(community, reminder_after_days=1)
    start = timezone.now()
    send_due(start)
    # Reminders claimed; then one person answers and the survey... closes for the other.
    invitations.survey_messages_materialise(now=start + timedelta(days=1, minutes=1))
    claim = invitations.survey_messages_claim(now=start + timedelta(days=1, minutes=1),
                                              limit=10)
    assert len(claim.ids) == 2
    survey.invitations.filter(user=member).update(answered=True)
    survey.invitations.filter(user=facilitator).update(expires_at=timezone.now())
    assert invitations.survey_messages_send(message_ids=claim.ids,
                                            claimed_at=claim.claimed_at) == 0
    assert set(SurveyMessage.objects.filter(kind="reminder-1")
               .values_list("status", "last_error")) == {
        (M.SKIPPED, invitations.ANSWERED), (M.SKIPPED, invitations.EXPIRED)}
    assert len(mail.outbox) == 2


def test_no_email_to_someone_who_has_left_or_closed_their_account(community, member,
                                                                  facilitator):
    wave(community)
    invitations.survey_messages_materialise(now=timezone.now())
    member.memberships.update(status=MembershipStatus.LEFT)
    facilitator.is_active = False
    facilitator.save()
    assert send_due() == 0
    assert set(SurveyMessage.objects.values_list("status", "last_error")) == {
        (M.SKIPPED, invitations.NOT_A_MEMBER), (M.SKIPPED, invitations.ACCOUNT_CLOSED)}


def test_closed_survey_skips_pending_emails(community, member):
    survey = wave(community)
    invitations.survey_messages_materialise(now=timezone.now())
    survey.status = SurveyStatus.CLOSED
    survey.save()
    assert send_due() == 0
    assert statuses() == {("invitation", M.SKIPPED): 1}
    assert SurveyMessage.objects.get().last_error == invitations.CLOSED


def test_failed_send_backs_off_and_keeps_the_previous_link(community, member, smtp_sink,
                                                           settings, client):
    settings.MAILERS = mailers_from_url(f"smtp://127.0.0.1:{smtp_sink.port}")
    settings.REMINDER_BACKOFF_SECONDS = 60
    wave(community, reminder_after_days=1)
    start = timezone.now()
    assert send_due(start) == 1
    first = token_in_text(smtp_sink.messages[0])
    smtp_sink.fail_next = 1
    assert send_due(start + timedelta(days=1, minutes=1)) == 0
    reminder = SurveyMessage.objects.get(kind="reminder-1")
    assert (reminder.status, reminder.attempts) == (M.PENDING, 1)
    assert "451" in reminder.last_error
    # The link of the email that did arrive still works.
    assert client.get(reverse("evaluation:answer_by_link", args=[first])).status_code == 200

    smtp_sink.refuse_with, smtp_sink.fail_next = "550 5.1.1 No such mailbox", 1
    assert send_due(reminder.next_attempt_at) == 0
    reminder.refresh_from_db()
    assert (reminder.status, reminder.attempts) == (M.FAILED, 2)
    assert client.get(reverse("evaluation:answer_by_link", args=[first])).status_code == 200
    assert len(smtp_sink.messages) == 1


def token_in_text(message) -> str:
    return LINK.search(message.get_content()).group(1)


def test_lease_recovery_takes_back_lost_claims(community, settings):
    settings.REMINDER_CLAIM_LEASE_SECONDS = 300
    settings.REMINDER_MAX_ATTEMPTS = 3
    make_members(community, 3)
    wave(community)
    invitations.survey_messages_materialise(now=timezone.now())
    claim = invitations.survey_messages_claim(now=timezone.now(), limit=10)
    assert len(claim.ids) == 3
    SurveyMessage.objects.filter(pk=claim.ids[0]).update(attempts=3)
    assert invitations.survey_messages_recover(now=timezone.now()) == 0
    after_lease = timezone.now() + timedelta(seconds=301)
    assert invitations.survey_messages_recover(now=after_lease) == 3
    assert statuses() == {("invitation", M.PENDING): 2, ("invitation", M.FAILED): 1}
    # The lost claim's task, if it ever runs, leaves the rows alone; the new claim sends.
    assert invitations.survey_messages_send(message_ids=claim.ids,
                                            claimed_at=claim.claimed_at) == 0
    again = invitations.survey_messages_claim(now=after_lease, limit=10)
    assert invitations.survey_messages_send(message_ids=claim.ids,
                                            claimed_at=claim.claimed_at) == 0
    assert invitations.survey_messages_send(message_ids=again.ids,
                                            claimed_at=again.claimed_at) == 2
    assert invitations.survey_messages_send(message_ids=again.ids,
                                            claimed_at=again.claimed_at) == 0
    assert len(mail.outbox) == 2


# --- Overlapping sweeps (threads, tasks run in each sweep's thread) -------------------------


def _sweep_in_threads(n, now):
    return at_once(n, lambda: invitations.survey_messages_sweep(now=now))


def _by_person_and_kind():
    """How many emails went to each (person, survey, kind), from the emails themselves."""
    surveys = dict(SurveyMessage.objects.values_list("pk", "invitation__survey_id"))
    counts = Counter()
    for m in mail.outbox:
        pk, kind = m.extra_headers["Message-ID"].removeprefix("<survey-message-").split("@")[0] \
            .split(".")
        counts[(m.to[0], surveys[int(pk)], kind)] += 1
    return counts


def test_overlapping_sweeps_send_one_invitation_and_at_most_two_reminders(transactional_db,
                                                                         settings):
    settings.REMINDER_BATCH_SIZE = 4
    community, other = make_community(), make_community()
    people = make_members(community, 9) + make_members(other, 3)
    survey = wave(community, other, reminder_after_days=7)
    ended = make_session(community, ends_in=JUST_ENDED, status=SessionStatus.COMPLETED)
    feedback = post_session_survey(community, answer_within_days=30, reminder_after_days=7)
    for person in people[:5]:
        Attendance.objects.create(session=ended, user=person)
    start = timezone.now()

    results = _sweep_in_threads(6, start)
    assert sum(r.invited for r in results) == 12 + 5
    assert sum(r.claimed for r in results) == 17  # each claimed by one sweep only
    assert len(mail.outbox) == 17
    assert set(_by_person_and_kind().values()) == {1}

    for days in (7, 14, 21):
        _sweep_in_threads(6, start + timedelta(days=days, minutes=1))
    by_kind = Counter(kind for _, _, kind in _by_person_and_kind().elements())
    assert by_kind == {"invitation": 17, "reminder-1": 17, "reminder-2": 17}
    assert set(_by_person_and_kind().values()) == {1}
    assert set(SurveyMessage.objects.values_list("status", "attempts")) == {(M.SENT, 1)}
    assert SurveyInvitation.objects.filter(survey=survey).count() == 12
    assert SurveyInvitation.objects.filter(survey=feedback).count() == 5


def test_sweep_task_queues_sends_after_commit(transactional_db):
    community = make_community()
    people = make_members(community, 3)
    wave(community)
    sweep_outbox.delay()  # eager here: the send tasks run as the claims commit
    assert sorted(m.to[0] for m in mail.outbox) == sorted(p.email for p in people)
    sweep_outbox.delay()
    assert len(mail.outbox) == 3


# --- Real workers and a real SMTP server ------------------------------------------------------


def _by_message(sink) -> Counter:
    with sink.lock:
        ids = [m["Message-ID"] for m in sink.messages]
    return Counter(int(i.removeprefix("<survey-message-").split(".", 1)[0]) for i in ids)


def _settled():
    return not SurveyMessage.objects.filter(status__in=[M.PENDING, M.CLAIMED]).exists()


def test_real_workers_sweeps_overlapping_and_during_a_send(workers, settings):
    """Six sweeps at once, then more sweeps while the first send task is held inside the
    SMTP conversation: every invitation email arrives once."""
    settings.REMINDER_BATCH_SIZE = 3
    community = make_community()
    people = make_members(community, 8)
    wave(community)
    workers.sink.hold, workers.sink.hold_seconds = 1, 4
    workers.start()

    results = _sweep_in_threads(6, timezone.now())
    assert sum(r.claimed for r in results) == 8
    assert workers.sink.holding.wait(timeout=30), "no email reached the server"
    for _ in range(3):  # the send task of an earlier sweep is still sending
        assert invitations.survey_messages_sweep().claimed == 0
    wait_until(lambda: _settled() and workers.sink.count() >= 8, timeout=60,
               message="the invitations to be sent")
    time.sleep(1.5)  # anything doubled would arrive now
    invitations.survey_messages_sweep()
    time.sleep(1)

    assert set(_by_message(workers.sink).values()) == {1}
    assert sorted(m["To"] for m in workers.sink.messages) == sorted(p.email for p in people)
    assert statuses() == {("invitation", M.SENT): 8}


def test_real_worker_killed_mid_send_loses_nothing_and_doubles_nothing(workers, settings):
    community = make_community()
    people = make_members(community, 4)
    wave(community)
    workers.sink.hold = 1
    first = workers.start()

    assert invitations.survey_messages_sweep().claimed == 4
    assert workers.sink.holding.wait(timeout=30), "the first email never reached DATA"
    workers.kill(first)
    wait_until(lambda: workers.sink.abandoned == 1, timeout=10, message="the server to notice")
    assert workers.sink.count() == 0

    settings.REMINDER_CLAIM_LEASE_SECONDS = 2
    workers.start()

    def swept():
        invitations.survey_messages_sweep()
        return _settled()

    wait_until(swept, timeout=60, interval=0.3, message="all sent")
    time.sleep(1)
    assert statuses() == {("invitation", M.SENT): 4}
    assert sorted(m["To"] for m in workers.sink.messages) == sorted(p.email for p in people)
    assert set(_by_message(workers.sink).values()) == {1}
