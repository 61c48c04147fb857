"""The audit trail (members/audit.py): what it records, that it cannot be changed, and who
may see it."""

from datetime import timedelta

import pytest
from django.db import IntegrityError, InternalError, connection, transaction
from django.test import RequestFactory
from django.utils import timezone

from members import audit
from members.models import AuditEvent

from .factories import make_case

pytestmark = pytest.mark.django_db

REFUSED = (InternalError, IntegrityError)


def test_record_keeps_who_what_which_where(member, community):
    case = make_case(community, member)
    request = RequestFactory().get(f"/c/{community.slug}/cases/{case.pk}/",
                                   HTTP_USER_AGENT="Phone browser", REMOTE_ADDR="203.0.113.9")
    request.user = member
    audit.record(action="case.view", request=request, target=case,
                 detail={"page": 2, "password": "hunter2-secret", "token": "abc",
                         "body": "Elizabeth's story", "drop_free_text": True})
    event = AuditEvent.objects.get(action="case.view")
    assert event.actor_id == member.pk
    assert (event.target_type, event.target_id) == ("casework.casestudy", case.pk)
    assert event.community_id == community.pk
    assert event.ip == "203.0.113.9"
    assert event.user_agent == "Phone browser"
    assert event.path == f"/c/{community.slug}/cases/{case.pk}/"
    assert event.detail == {"page": 2, "drop_free_text": True}


def test_record_hides_tokens_in_the_path(member):
    request = RequestFactory().get("/invitations/SECRET-TOKEN-123/")
    request.user = member
    audit.record(action="access.refused", request=request)
    assert AuditEvent.objects.get().path == "/invitations/…/"


def test_entries_are_append_only(member):
    audit.record(action="auth.login", actor=member)
    with pytest.raises(REFUSED), transaction.atomic():
        AuditEvent.objects.update(action="auth.logout")
    with pytest.raises(REFUSED), transaction.atomic():
        AuditEvent.objects.all().delete()
    with pytest.raises(REFUSED), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE members_auditevent SET actor_id = NULL")
    assert AuditEvent.objects.get().action == "auth.login"


def test_purge_before_removes_only_old_entries(member):
    audit.record(action="auth.login", actor=member)
    audit.record(action="auth.logout", actor=member)
    old = AuditEvent.objects.get(action="auth.login")
    # Age one entry: only possible with the protection switched off, as purge does.
    import pgtrigger

    with pgtrigger.ignore(audit.APPEND_ONLY_TRIGGER):
        AuditEvent.objects.filter(pk=old.pk).update(
            created_at=timezone.now() - timedelta(days=400))
    assert audit.purge_before(timezone.now() - timedelta(days=365)) == 1
    assert list(AuditEvent.objects.values_list("action", flat=True)) == ["auth.logout"]
    # And the protection is back on afterwards.
    with pytest.raises(REFUSED), transaction.atomic():
        AuditEvent.objects.all().delete()


def test_entries_for_user_are_their_own(member, facilitator):
    audit.record(action="auth.login", actor=member)
    audit.record(action="auth.login", actor=facilitator)
    audit.record(action="auth.login_failed", target=member)
    entries = audit.entries_for_user(member)
    assert [e["action"] for e in entries] == ["auth.login", "auth.login_failed"]
    assert entries[0]["by_me"] and not entries[1]["by_me"]
