"""Retention: the text of cases closed longer ago than CLOSED_CASE_READABLE_DAYS is replaced
(metadata and barrier categories stay), audit entries older than AUDIT_KEEP_DAYS are
deleted, and the daily run records what it did."""

import logging
from collections import Counter
from datetime import timedelta

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from casework.models import AnonymisationOverride, Barrier, CaseRevision, CaseStudy, Follow
from members import services
from members.models import AuditEvent, Notification
from members.tasks import apply_retention
from sessions_app.models import AgendaItem

from .factories import make_case, make_comment, make_session
from .helpers import found_ids

pytestmark = pytest.mark.django_db
NOTICE = "[removed after 730 days under the retention policy]"


def closed_case(community, author, *, ended_days_ago, now, status="closed", **fields):
    fields = {"presenting_situation": "Marguerite slept in the underpass behind the bus "
                                      "station for a fortnight.",
              "question": "Who funds a supported tenancy?", "needs_domains": ["homelessness"],
              **fields}
    case = make_case(community, author, status=status, **fields)
    CaseRevision.objects.create(case=case, actor=author, kind="created", to_status="draft",
                                snapshot={"title": case.title, "pseudonym": "Elizabeth",
                                          "presenting_situation": case.presenting_situation,
                                          "status": "draft"},
                                created_at=now - timedelta(days=ended_days_ago + 40))
    CaseRevision.objects.create(case=case, actor=author, kind="status",
                                from_status="published", to_status=status,
                                reason="Elizabeth has a flat now",
                                snapshot={"title": case.title, "status": status},
                                created_at=now - timedelta(days=ended_days_ago))
    return case


def test_the_settings_have_uk_typical_defaults():
    assert settings.CLOSED_CASE_READABLE_DAYS == 730
    assert settings.AUDIT_KEEP_DAYS == 6 * 365
    schedule = settings.CELERY_BEAT_SCHEDULE["apply-retention"]
    assert schedule["task"] == "members.tasks.apply_retention"


def test_a_case_closed_two_years_and_a_day_ago_is_redacted_and_a_day_less_is_not(
        community, member, facilitator):
    now = timezone.now()
    old = closed_case(community, member, ended_days_ago=731, now=now,
                      title="Underpass sleeper refused a hostel place")
    recent = closed_case(community, member, ended_days_ago=730, now=now,
                         title="Still readable case")
    archived = closed_case(community, member, ended_days_ago=900, now=now, status="archived",
                           title="Archived long ago")
    still_open = make_case(community, member, title="Published long ago")
    CaseStudy.objects.filter(pk=still_open.pk).update(
        published_at=now - timedelta(days=2000), updated_at=now - timedelta(days=2000))
    comment = make_comment(old, facilitator, body="Try the underpass outreach team.")
    removed = make_comment(old, facilitator, body="", removed_at=now,
                           removal_reason="Named the hostel manager")
    Barrier.objects.create(case=old, recorded_by=member, service_type="housing",
                           category="exclusion", description="Barred from the Elm hostel",
                           how_overcome="A new worker")
    Barrier.objects.create(case=old, recorded_by=member, service_type="housing",
                           category="local_connection", description="No connection")
    AnonymisationOverride.objects.create(community=community, case=old, user=member,
                                         field="presenting_situation", kind="name",
                                         flagged_text="Marguerite", reason="A street name")
    Notification.objects.create(user=facilitator, kind="new_case", community=community,
                                text=f"New case: {old.title}", url=old.get_absolute_url(),
                                about=old)
    other_notification = Notification.objects.create(
        user=facilitator, kind="new_case", community=community,
        text=f"New case: {recent.title}", url=recent.get_absolute_url(), about=recent)
    session = make_session(community, title="Meeting", starts_at=now - timedelta(days=800))
    agenda = AgendaItem.objects.create(session=session, title=old.title, case=old)
    barriers_before = Counter(Barrier.objects.values_list("service_type", "category"))
    ids = [community.pk]
    assert found_ids(member, ids, "underpass") != []
    assert found_ids(member, ids, "outreach", "comments") == [comment.pk]

    result = services.retention_apply(now=now)

    assert result == {"cases_redacted": 2, "held_library_files_deleted": 0,
                      "audit_entries_deleted": 0}
    old.refresh_from_db()
    assert old.pseudonym == "[removed]"
    assert (old.title, old.presenting_situation, old.question) == (NOTICE, NOTICE, NOTICE)
    assert (old.services_involved, old.what_tried, old.outcome) == ("", "", "")
    # The metadata stays.
    assert (old.community_id, old.author_id, old.status) == (community.pk, member.pk, "closed")
    assert old.needs_domains == ["homelessness"] and old.published_at is not None
    archived.refresh_from_db()
    assert archived.title == NOTICE
    for case, title in ((recent, "Still readable case"), (still_open, "Published long ago")):
        case.refresh_from_db()
        assert case.title == title and NOTICE not in case.presenting_situation
    assert "underpass" in recent.presenting_situation
    comment.refresh_from_db()
    removed.refresh_from_db()
    assert comment.body == NOTICE and (removed.body, removed.removal_reason) == ("", NOTICE)
    assert set(Barrier.objects.filter(case=old).values_list("description", flat=True)) == {
        NOTICE}
    assert Counter(Barrier.objects.values_list("service_type", "category")) == barriers_before
    override = AnonymisationOverride.objects.get()
    assert (override.flagged_text, override.reason, override.kind) == (
        "[removed]", NOTICE, "name")
    for revision in CaseRevision.objects.filter(case=old):
        assert "Marguerite" not in str(revision.snapshot)
        assert "Elizabeth" not in str(revision.snapshot) + revision.reason
        assert revision.snapshot.get("status")  # metadata kept
    assert "Elizabeth" in CaseRevision.objects.get(case=recent, kind="status").reason
    assert Notification.objects.get(url=old.get_absolute_url()).text == NOTICE
    other_notification.refresh_from_db()
    assert "Still readable case" in other_notification.text
    agenda.refresh_from_db()
    assert agenda.title == NOTICE

    # Its words have left the search index (the trigger recomputed the vectors).
    assert found_ids(member, ids, "underpass") == [recent.pk]
    assert found_ids(member, ids, "outreach", "comments") == []
    assert found_ids(member, ids, "hostel") == []

    # A second run finds nothing more to do.
    assert services.retention_apply(now=now)["cases_redacted"] == 0


def test_a_redacted_case_page_shows_the_notice(client, community, member):
    now = timezone.now()
    case = closed_case(community, member, ended_days_ago=800, now=now, title="Gone soon")
    services.retention_apply(now=now)
    client.force_login(member)
    page = client.get(case.get_absolute_url()).content.decode()
    assert page.count(NOTICE) >= 2 and "Marguerite" not in page and "Gone soon" not in page
    assert "Marguerite" not in client.get(
        reverse("casework:case_history", args=[community.slug, case.pk])).content.decode()


def test_a_reopened_and_closed_again_case_counts_from_the_last_closing(community, member):
    now = timezone.now()
    case = closed_case(community, member, ended_days_ago=1000, now=now, title="Came back")
    CaseRevision.objects.create(case=case, kind="status", from_status="closed",
                                to_status="published", created_at=now - timedelta(days=400))
    CaseRevision.objects.create(case=case, kind="status", from_status="published",
                                to_status="closed", created_at=now - timedelta(days=300))
    assert services.retention_apply(now=now)["cases_redacted"] == 0
    case.refresh_from_db()
    assert case.title == "Came back"


def test_audit_entries_older_than_the_keep_period_are_purged(community, member):
    now = timezone.now()
    cutoff = now - timedelta(days=6 * 365)
    old = AuditEvent.objects.create(action="auth.login", actor=member,
                                    created_at=cutoff - timedelta(days=1))
    kept = AuditEvent.objects.create(action="auth.login", actor=member,
                                     created_at=cutoff + timedelta(days=1))
    result = services.retention_apply(now=now)
    assert result["audit_entries_deleted"] >= 1
    assert not AuditEvent.objects.filter(pk=old.pk).exists()
    assert AuditEvent.objects.filter(pk=kept.pk).exists()


def test_the_daily_task_records_what_it_did_with_counts_only(community, member, caplog):
    now = timezone.now()
    closed_case(community, member, ended_days_ago=2000, now=now, title="Secret title words")
    AuditEvent.objects.create(action="auth.login", created_at=now - timedelta(days=3000))
    with caplog.at_level(logging.INFO, logger="members.retention"):
        apply_retention.delay()
    event = AuditEvent.objects.filter(action="retention.applied").get()
    assert event.actor_id is None
    assert event.detail["cases_redacted"] == 1
    assert event.detail["audit_entries_deleted"] >= 1
    lines = [r.getMessage() for r in caplog.records if r.name == "members.retention"]
    assert lines == [f"Retention applied: cases_redacted=1 held_library_files_deleted=0 "
                     f"audit_entries_deleted="
                     f"{event.detail['audit_entries_deleted']}"]
    assert "Secret" not in caplog.text and "Marguerite" not in caplog.text


def test_the_periods_come_from_the_settings(community, member, settings):
    settings.CLOSED_CASE_READABLE_DAYS = 30
    now = timezone.now()
    case = closed_case(community, member, ended_days_ago=31, now=now, title="Month old")
    assert services.retention_apply(now=now)["cases_redacted"] == 1
    case.refresh_from_db()
    assert case.title == "[removed after 30 days under the retention policy]"


def test_notifications_lose_the_title_even_after_the_community_changed_its_address(
        community, member, facilitator):
    """Notifications are found by what they are about, not by the address they link to:
    a site admin may change a community's slug, and the old links no longer match."""
    from casework.services import case_publish, comment_create

    now = timezone.now()
    case = case_publish(actor=member, reasons={}, case=make_case(
        community, member, status="draft", published_at=None,
        title="Underpass sleeper refused a hostel place"))
    Follow.objects.get_or_create(user=member, case=case)
    comment_create(actor=facilitator, case=case, body="Ask the outreach team.", parent=None,
                   reasons={})
    about_case = Notification.objects.filter(user__in=[member, facilitator])
    assert sorted(about_case.values_list("kind", flat=True)) == ["new_case", "new_comment"]
    community.slug = "leeds-renamed"
    community.save()
    CaseStudy.objects.filter(pk=case.pk).update(status="closed")
    CaseRevision.objects.create(case=case, actor=facilitator, kind="status",
                                from_status="published", to_status="closed",
                                created_at=now - timedelta(days=731))

    assert services.retention_apply(now=now)["cases_redacted"] == 1

    assert set(about_case.values_list("text", flat=True)) == {NOTICE}
