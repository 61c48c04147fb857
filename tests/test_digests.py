"""Calmer notifications: per kind, an email straight away, a daily or weekly digest, or none.

A digest is one email per person and period (a row of the outbox channel "digests",
members/digests.py), in sections per community, with a link to each item; never sent empty;
each notification is in one email at most, whatever the person changes in between. The first
part drives the services against the real PostgreSQL; the last starts real Celery workers and
overlapping sweeps."""

import re
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from casework.models import Follow
from casework.services import case_publish, comment_create
from cop.outbox import engine
from cop.outbox.models import DeliveryStatus, OutboxMessage
from members import digests
from members.digests import due_moment
from members.models import (
    Digest,
    EmailFrequency,
    Membership,
    MembershipStatus,
    Notification,
    NotificationKind,
    NotificationSetting,
)
from members.services import notification_settings_update, notify

from .factories import join, make_case, make_community, make_user
from .helpers import database_migrated_to
from .workers import at_once, wait_until

LONDON = ZoneInfo("Europe/London")
DAILY, WEEKLY = EmailFrequency.DAILY, EmailFrequency.WEEKLY
IMMEDIATELY, OFF = EmailFrequency.IMMEDIATELY, EmailFrequency.OFF
S = DeliveryStatus
CASE_URL = "/c/leeds-test/cases/7/"


# --- Helpers -------------------------------------------------------------------------------


def next_due(frequency, after=None) -> datetime:
    """The first moment after `after` (now) when a digest of `frequency` falls due."""
    after = after or timezone.now()
    step = timedelta(days=7 if frequency == WEEKLY else 1)
    due = due_moment(frequency, after + step)
    assert after < due <= after + step
    return due


def run_digests(now) -> int:
    """One sweep of the digests channel at `now`, its sending done here. Returns how many
    digests were sent."""
    engine.recover(digests.CHANNEL, now=now)
    digests.digests_materialise(now=now)
    batch = engine.claim(digests.CHANNEL, now=now, limit=1000)
    if not batch.ids:
        return 0
    return digests.digests_send(digest_ids=batch.ids, claimed_at=batch.claimed_at)


def tell(community, users, kind=NotificationKind.NEW_CASE, text="New case: Stuck at discharge",
         url=CASE_URL, capture=None):
    """notify() and run what it schedules after commit (emails straight away)."""
    with capture(execute=True):
        return notify(user_ids=[u.pk for u in users], kind=kind, community=community,
                      text=text, url=url)


def digests_to(address) -> list:
    return [m for m in mail.outbox if m.to == [address] and "digest:" in m.subject]


def items_of(message) -> list[str]:
    """Each listed item's text, in order."""
    return re.findall(r"^- (.+)$", message.body, re.M)


# --- When digests fall due -----------------------------------------------------------------


def test_digests_fall_due_at_seven_london_time_and_on_mondays_for_the_weekly_one():
    def at(*parts):
        return datetime(*parts, tzinfo=UTC)

    # Summer (BST): 07:00 London is 06:00 UTC.
    assert due_moment(DAILY, at(2026, 7, 1, 6, 0)) == at(2026, 7, 1, 6, 0)
    assert due_moment(DAILY, at(2026, 7, 1, 5, 59)) == at(2026, 6, 30, 6, 0)
    # Winter (GMT), and the night the clocks go forward (29 March 2026).
    assert due_moment(DAILY, at(2026, 1, 15, 6, 59)) == at(2026, 1, 14, 7, 0)
    assert due_moment(DAILY, at(2026, 3, 29, 6, 30)) == at(2026, 3, 29, 6, 0)
    assert due_moment(DAILY, at(2026, 3, 29, 5, 30)) == at(2026, 3, 28, 7, 0)
    # Weekly: Monday 29 June 2026 at 07:00 BST, until the next Monday's.
    assert due_moment(WEEKLY, at(2026, 7, 1, 12, 0)) == at(2026, 6, 29, 6, 0)
    assert due_moment(WEEKLY, at(2026, 6, 29, 6, 0)) == at(2026, 6, 29, 6, 0)
    assert due_moment(WEEKLY, at(2026, 6, 29, 5, 59)) == at(2026, 6, 22, 6, 0)
    assert due_moment(WEEKLY, at(2026, 7, 6, 6, 0)) == at(2026, 7, 6, 6, 0)


# --- Defaults and choices --------------------------------------------------------------------


@pytest.mark.django_db
def test_by_default_cases_and_comments_wait_for_the_daily_digest_the_rest_go_at_once(
        member, community, django_capture_on_commit_callbacks):
    for kind in NotificationKind:
        tell(community, [member], kind=kind, text=f"About {kind.label}",
             capture=django_capture_on_commit_callbacks)
    via = dict(Notification.objects.values_list("kind", "email_via"))
    assert via == {
        NotificationKind.NEW_CASE: DAILY, NotificationKind.NEW_COMMENT: DAILY,
        NotificationKind.OUTCOME_PROMPT: IMMEDIATELY, NotificationKind.SESSION_CHANGE: IMMEDIATELY,
        NotificationKind.SESSION_PLACE: IMMEDIATELY,
        NotificationKind.FOLLOW_UP_REQUEST: IMMEDIATELY,
        NotificationKind.SERVICE_QUESTION: IMMEDIATELY,
        NotificationKind.QUESTION_ANSWER: IMMEDIATELY,
        NotificationKind.SERVICE_CHECK: IMMEDIATELY,
        NotificationKind.MEETING_SUMMARY: IMMEDIATELY,
        NotificationKind.REFLECTION_PROMPT: IMMEDIATELY,
    }
    at_once = {k for k, v in via.items() if v == IMMEDIATELY}
    assert sorted(m.subject for m in mail.outbox) == sorted(
        f"[Communities of Practice] About {NotificationKind(k).label}" for k in at_once)
    assert set(OutboxMessage.objects.values_list("object_id", flat=True)) == set(
        Notification.objects.filter(kind__in=at_once).values_list("pk", flat=True))


@pytest.mark.django_db
def test_each_persons_choice_is_respected(community, django_capture_on_commit_callbacks):
    daily, weekly, at_once, off, app_only = people = [make_user() for _ in range(5)]
    for person in people:
        join(person, community)
    kind = NotificationKind.NEW_CASE
    notification_settings_update(actor=weekly, values={kind: (True, WEEKLY)})
    notification_settings_update(actor=at_once, values={kind: (True, IMMEDIATELY)})
    notification_settings_update(actor=off, values={kind: (False, OFF)})
    notification_settings_update(actor=app_only, values={kind: (True, OFF)})
    for i in range(3):
        tell(community, people, text=f"New case {i}", capture=django_capture_on_commit_callbacks)

    assert Counter(m.to[0] for m in mail.outbox) == {at_once.email: 3}
    assert not Notification.objects.filter(user=off).exists()
    assert Notification.objects.filter(user=app_only, in_app=True, email_via="").count() == 3

    # The daily digest comes next morning for `daily` only; the weekly one on Monday.
    mail.outbox.clear()
    morning = next_due(DAILY)
    assert run_digests(morning) == (1 if morning != next_due(WEEKLY) else 2)
    [message] = digests_to(daily.email)
    assert items_of(message) == ["New case 0", "New case 1", "New case 2"]
    monday = next_due(WEEKLY)
    run_digests(monday)
    [message] = digests_to(weekly.email)
    assert message.subject.startswith("[Communities of Practice] Your weekly digest: 3 updates")
    assert {m.to[0] for m in mail.outbox} == {daily.email, weekly.email}


# --- The digest ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_digest_has_a_section_per_community_and_a_working_link_to_each_item(
        client, settings, django_capture_on_commit_callbacks):
    settings.SITE_URL = "https://cop.example.org"
    leeds = make_community(name="Leeds Digest Community", slug="leeds-digest")
    york = make_community(name="York Digest Community", slug="york-digest")
    reader, author = make_user(display_name="Rae Reader"), make_user(display_name="Ash Author")
    for person in (reader, author):
        join(person, leeds)
        join(person, york)
    with django_capture_on_commit_callbacks(execute=True):
        york_case = case_publish(actor=author, case=make_case(
            york, author, title="Evicted after a hospital stay", status="draft",
            published_at=None), reasons={})
        leeds_case = case_publish(actor=author, case=make_case(
            leeds, author, title="No recourse to public funds", status="draft",
            published_at=None), reasons={})
        Follow.objects.create(user=reader, case=leeds_case)
        comment = comment_create(actor=author, case=leeds_case, parent=None, reasons={},
                                 body="The council accepted a duty in the end.")
    assert not mail.outbox, "new cases and comments wait for the digest"

    assert run_digests(next_due(DAILY)) == 1
    [message] = mail.outbox
    assert message.to == [reader.email]
    assert message.subject == ("[Communities of Practice] Your daily digest: 3 updates from 2 "
                               "communities")
    body = message.body
    # A section per community (by name), each listing its items with their links.
    leeds_at, york_at = body.index("\nLeeds Digest Community\n"), body.index(
        "\nYork Digest Community\n")
    assert leeds_at < york_at
    leeds_part, york_part = body[leeds_at:york_at], body[york_at:]
    assert items_of(message) == [
        "New case in Leeds Digest Community: No recourse to public funds",
        "Ash Author commented on “No recourse to public funds”",
        "New case in York Digest Community: Evicted after a hospital stay",
    ]
    assert f"https://cop.example.org{leeds_case.get_absolute_url()}\n" in leeds_part
    assert f"https://cop.example.org{leeds_case.get_absolute_url()}#comment-{comment.pk}" \
        in leeds_part
    assert f"https://cop.example.org{york_case.get_absolute_url()}\n" in york_part
    assert "https://cop.example.org" + reverse("members:notification_settings") in body
    assert body.count("https://cop.example.org/unsubscribe/") == 2  # one per kind in it
    assert message.extra_headers["Message-ID"] == (
        f"<digest-{Digest.objects.get().pk}@cop.example.org>")

    # Every link opens its page for the reader.
    client.force_login(reader)
    links = re.findall(r"^  (https://\S+)$", body, re.M)
    assert len(links) == 3
    for link in links:
        assert client.get(urlsplit(link).path).status_code == 200, link

    assert Digest.objects.get().status == S.SENT
    assert set(Notification.objects.filter(user=reader).values_list("digest", flat=True)) == {
        Digest.objects.get().pk}


@pytest.mark.django_db
def test_no_news_no_digest_and_a_digest_left_with_nothing_is_skipped(
        member, facilitator, community, django_capture_on_commit_callbacks):
    quiet = make_user()
    join(quiet, community)
    tell(community, [member, facilitator], capture=django_capture_on_commit_callbacks)
    morning = next_due(DAILY)
    digests.digests_materialise(now=morning)
    assert set(Digest.objects.values_list("user", flat=True)) == {member.pk, facilitator.pk}

    # Before they go out, the member leaves and the facilitator switches new cases off.
    Membership.objects.filter(user=member).update(status=MembershipStatus.LEFT)
    notification_settings_update(actor=facilitator,
                                 values={NotificationKind.NEW_CASE: (True, OFF)})
    assert run_digests(morning) == 0
    assert not mail.outbox
    assert set(Digest.objects.values_list("status", "last_error")) == {(S.SKIPPED, digests.EMPTY)}
    assert not Notification.objects.exclude(email_via="").exists(), "and never emailed later"
    assert run_digests(morning + timedelta(days=1)) == 0
    assert Digest.objects.count() == 2


@pytest.mark.django_db
def test_one_digest_per_period_and_news_after_it_waits_for_the_next(
        member, community, django_capture_on_commit_callbacks):
    tell(community, [member], text="Before", capture=django_capture_on_commit_callbacks)
    morning = next_due(DAILY)
    assert run_digests(morning) == 1
    for minutes in (1, 60, 600):
        assert run_digests(morning + timedelta(minutes=minutes)) == 0
    tell(community, [member], text="After", capture=django_capture_on_commit_callbacks)
    assert run_digests(morning + timedelta(hours=23)) == 0
    assert run_digests(morning + timedelta(days=1)) == 1
    assert [items_of(m) for m in mail.outbox] == [["Before"], ["After"]]
    assert list(Digest.objects.order_by("due_at").values_list("due_at", flat=True)) == [
        morning, morning + timedelta(days=1)]


@pytest.mark.django_db
def test_a_refused_digest_is_sent_once_when_tried_again(member, community, send_to_sink,
                                                       django_capture_on_commit_callbacks):
    tell(community, [member], text="Worth knowing", capture=django_capture_on_commit_callbacks)
    send_to_sink.fail_next = 1
    morning = next_due(DAILY)
    assert run_digests(morning) == 0
    digest = Digest.objects.get()
    assert (digest.status, digest.attempts) == (S.PENDING, 1)
    assert "451" in digest.last_error
    later = morning + timedelta(minutes=5)  # past its backoff
    assert run_digests(later) == 1
    assert run_digests(later + timedelta(minutes=5)) == 0
    assert send_to_sink.refused == 1 and send_to_sink.count() == 1
    digest.refresh_from_db()
    assert (digest.status, digest.attempts) == (S.SENT, 2)
    assert Notification.objects.get().digest_id == digest.pk


# --- Changing one's mind between a notification and its digest --------------------------------


@pytest.mark.django_db
def test_switched_to_a_digest_before_the_email_went_it_comes_in_the_digest(
        member, community, django_capture_on_commit_callbacks):
    kind = NotificationKind.SESSION_CHANGE  # straight away by default
    with django_capture_on_commit_callbacks(execute=False) as held:
        notify(user_ids=[member.pk], kind=kind, community=community, text="Moved to Tuesday",
               url=CASE_URL)
    notification_settings_update(actor=member, values={kind: (True, DAILY)})
    with django_capture_on_commit_callbacks(execute=True):
        for callback in held:
            callback()
    assert not mail.outbox
    assert OutboxMessage.objects.get().status == S.SKIPPED
    run_digests(next_due(DAILY))
    assert [items_of(m) for m in mail.outbox] == [["Moved to Tuesday"]]


@pytest.mark.django_db
def test_an_email_queued_before_the_digest_took_its_notification_sends_nothing(
        member, community, django_capture_on_commit_callbacks):
    """Queued to go at once; the person switches to the digest, which takes it; they switch
    back before the queued email runs: it finds the notification taken and does nothing
    (and the database would refuse a notification both emailed and in a digest)."""
    kind = NotificationKind.SESSION_CHANGE
    with django_capture_on_commit_callbacks(execute=False) as held:
        notify(user_ids=[member.pk], kind=kind, community=community, text="Moved to Tuesday",
               url=CASE_URL)
    assert sum(c.__qualname__.startswith("deliver_on_commit") for c in held) == 1
    notification_settings_update(actor=member, values={kind: (True, DAILY)})
    run_digests(next_due(DAILY))
    notification_settings_update(actor=member, values={kind: (True, IMMEDIATELY)})
    with django_capture_on_commit_callbacks(execute=True):
        for callback in held:
            callback()
    assert [items_of(m) for m in mail.outbox] == [["Moved to Tuesday"]]
    assert OutboxMessage.objects.get().status == S.SKIPPED
    notification = Notification.objects.get()
    assert notification.digest_id and notification.emailed_at is None
    with pytest.raises(IntegrityError), transaction.atomic():
        Notification.objects.filter(pk=notification.pk).update(emailed_at=timezone.now())


@pytest.mark.django_db
def test_switched_at_once_what_waits_for_the_digest_still_comes_in_it_once(
        member, community, django_capture_on_commit_callbacks):
    tell(community, [member], text="Waiting", capture=django_capture_on_commit_callbacks)
    notification_settings_update(actor=member,
                                 values={NotificationKind.NEW_CASE: (True, IMMEDIATELY)})
    tell(community, [member], text="Now at once", capture=django_capture_on_commit_callbacks)
    run_digests(next_due(DAILY))
    assert sorted([m.subject for m in mail.outbox]) == [
        "[Communities of Practice] Now at once",
        "[Communities of Practice] Your daily digest: 1 update from Leeds Test Community"]
    assert [items_of(m) for m in digests_to(member.email)] == [["Waiting"]]


@pytest.mark.django_db
def test_switched_off_or_to_weekly_waiting_news_follows_the_choice(
        member, facilitator, community, django_capture_on_commit_callbacks):
    tell(community, [member, facilitator], text="Waiting",
         capture=django_capture_on_commit_callbacks)
    notification_settings_update(actor=member, values={NotificationKind.NEW_CASE: (True, OFF)})
    notification_settings_update(actor=facilitator,
                                 values={NotificationKind.NEW_CASE: (True, WEEKLY)})
    morning = next_due(DAILY)
    if morning != next_due(WEEKLY):
        assert run_digests(morning) == 0
    run_digests(next_due(WEEKLY))
    assert [m.to[0] for m in mail.outbox] == [facilitator.email]
    assert "weekly digest" in mail.outbox[0].subject
    assert Notification.objects.get(user=member).email_via == ""


@pytest.mark.django_db
def test_unsubscribing_from_a_digest_link_stops_that_kind(
        client, member, community, django_capture_on_commit_callbacks):
    tell(community, [member], text="First", capture=django_capture_on_commit_callbacks)
    morning = next_due(DAILY)
    run_digests(morning)
    [link] = re.findall(r"https?://[^/\s]+(/unsubscribe/\S+/)", mail.outbox[0].body)
    assert client.post(link).status_code == 200
    assert NotificationSetting.objects.get(user=member).email_frequency == OFF
    tell(community, [member], text="Second", capture=django_capture_on_commit_callbacks)
    assert run_digests(morning + timedelta(days=1)) == 0
    assert len(mail.outbox) == 1


# --- A member of three busy communities ------------------------------------------------------


@pytest.mark.django_db
def test_a_member_of_three_busy_communities_gets_one_email_a_day_by_default(
        django_capture_on_commit_callbacks):
    """Many new cases and comments on cases they follow, in three communities, in a day:
    by default, the member hears of it all in one email the next morning, and nothing else."""
    member = make_user(display_name="Busy Member")
    communities = [make_community(name=f"Busy Community {i}") for i in range(3)]
    colleagues = [make_user() for _ in range(4)]
    for community in communities:
        join(member, community)
        for colleague in colleagues:
            join(colleague, community)
    with django_capture_on_commit_callbacks(execute=True):
        for community in communities:
            cases = [case_publish(actor=colleagues[i % 4], reasons={}, case=make_case(
                community, colleagues[i % 4], title=f"Case {i}", status="draft",
                published_at=None)) for i in range(6)]
            for case in cases[:3]:
                Follow.objects.create(user=member, case=case)
            for i, case in enumerate(cases * 2):
                comment_create(actor=colleagues[(i + 1) % 4], case=case, parent=None,
                               reasons={}, body=f"Thought {i} on the housing decision")
    followed_comments = 3 * 3 * 2
    news = Notification.objects.filter(user=member)
    assert news.count() == 3 * 6 + followed_comments
    assert not [m for m in mail.outbox if m.to == [member.email]]

    # Sweeps every half hour for two days (as beat's every minute, thinned).
    start = timezone.now()
    by_day = Counter()
    for step in range(2 * 48):
        mail.outbox.clear()
        now = start + timedelta(minutes=30 * step)
        run_digests(now)
        by_day[now.astimezone(LONDON).date()] += len([m for m in mail.outbox
                                                      if m.to == [member.email]])
    assert max(by_day.values()) == 1 and sum(by_day.values()) == 1
    assert news.filter(digest__isnull=False).count() == news.count()


# --- Real workers, overlapping sweeps ----------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_overlapping_sweeps_send_each_digest_once_per_period(workers, settings):
    settings.REMINDER_BATCH_SIZE = 2
    # The sweeps run at a `now` up to a week ahead while claims are stamped with the real
    # clock: a lease shorter than that gap would let one sweep take back another's fresh claim.
    settings.REMINDER_CLAIM_LEASE_SECONDS = 8 * 24 * 3600
    leeds, york = make_community(), make_community()
    people = [make_user() for _ in range(5)]
    for person in people:
        join(person, leeds)
        join(person, york)
    weekly = people[0]
    notification_settings_update(actor=weekly, values={NotificationKind.NEW_CASE: (True, WEEKLY)})
    for i in range(3):
        for community in (leeds, york):
            notify(user_ids=[p.pk for p in people], kind=NotificationKind.NEW_CASE,
                   community=community, text=f"New case {i} in {community.name}", url=CASE_URL)
    daily_people = people[1:]
    monday = next_due(WEEKLY)
    morning = next_due(DAILY)
    # The first morning that both have fallen due by: the weekly digest and a daily one.
    now = max(monday, morning) + timedelta(minutes=1)
    workers.start()
    results = at_once(6, lambda: engine.sweep(digests.CHANNEL, now=now))

    assert len(results) == 6
    assert sum(result.claimed for result in results) == len(people)  # each by one sweep
    wait_until(lambda: Digest.objects.filter(status=S.SENT).count() == len(people)
               and workers.sink.count() >= len(people), timeout=60, message="the digests")
    time.sleep(1.5)  # anything doubled would arrive now
    for later in (now, now + timedelta(hours=1)):
        engine.sweep(digests.CHANNEL, now=later)
    time.sleep(1)

    assert Counter(m["To"] for m in workers.sink.messages) == {p.email: 1 for p in people}
    assert set(Digest.objects.values_list("status", "attempts")) == {(S.SENT, 1)}
    assert {(d.user_id, d.frequency) for d in Digest.objects.all()} == {
        (weekly.pk, WEEKLY), *((p.pk, DAILY) for p in daily_people)}
    # Each notification in exactly one digest, and each digest with six items.
    assert not Notification.objects.filter(digest__isnull=True).exists()
    assert not Notification.objects.filter(emailed_at__isnull=False).exists()
    for message in workers.sink.messages:
        body = message.get_body(preferencelist=("plain",)).get_content()
        assert len(re.findall(r"^- New case", body, re.M)) == 6, body


# --- The migration from "email on or off" --------------------------------------------------


def test_the_migration_keeps_email_off_and_gives_email_on_the_new_defaults(db):
    before = ("members", "0008_text_limits")  # email was on or off
    with database_migrated_to(before) as database:
        person = database.create("members", "User", at=before, email="old@example.test",
                                 display_name="Old Settings")
        with database.connection.cursor() as cursor:
            for kind, email in [("new_case", True), ("new_comment", False),
                                ("session_change", True), ("outcome_prompt", False)]:
                cursor.execute("INSERT INTO members_notificationsetting (user_id, kind, in_app, "
                               "email) VALUES (%s, %s, false, %s)", [person.pk, kind, email])
        database.migrate(("members", "0010_digests_and_email_frequency"))
        with database.connection.cursor() as cursor:
            cursor.execute("SELECT kind, email_frequency, in_app FROM members_notificationsetting "
                           "WHERE user_id = %s", [person.pk])
            saved = {kind: (frequency, in_app) for kind, frequency, in_app in cursor.fetchall()}
    assert saved == {"new_case": (DAILY, False), "new_comment": (OFF, False),
                     "session_change": (IMMEDIATELY, False), "outcome_prompt": (OFF, False)}
