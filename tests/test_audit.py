"""The audit trail (members/audit.py): what it records, that it cannot be changed, and who
may see it."""

import io
from datetime import timedelta

import pghistory
import pytest
from django.apps import apps
from django.db import IntegrityError, InternalError, connection, transaction
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from casework.models import AnonymisationOverride, CaseStudy, Comment
from members import audit, services
from members.models import AuditEvent, Invitation, Membership
from sessions_app.models import Attendance

from .factories import PASSWORD, make_case, make_comment, make_session
from .helpers import queries_for, sign_in

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
    assert AuditEvent.objects.get(action="access.refused").path == "/invitations/…/"


def test_entries_are_append_only(member):
    audit.record(action="auth.login", actor=member)
    with pytest.raises(REFUSED), transaction.atomic():
        AuditEvent.objects.filter(action="auth.login").update(action="auth.logout")
    with pytest.raises(REFUSED), transaction.atomic():
        AuditEvent.objects.all().delete()
    with pytest.raises(REFUSED), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE members_auditevent SET actor_id = NULL")
    assert AuditEvent.objects.filter(action="auth.login").count() == 1


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
    assert not AuditEvent.objects.filter(action="auth.login").exists()
    assert AuditEvent.objects.filter(action="auth.logout").exists()
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


# Helpers ------------------------------------------------------------------------------------


def entries(action, **filters):
    return list(AuditEvent.objects.filter(action=action, **filters).order_by("id"))


def everything_stored() -> str:
    """All audit entries and change history as text, to look for things that must not be
    there (case text, tokens, passwords)."""
    rows = [repr(list(AuditEvent.objects.values()))]
    for model in audit.history_models():
        rows.append(repr(list(model.objects.values())))
    from pghistory.models import Context

    rows.append(repr(list(Context.objects.values())))
    return "\n".join(rows)


SECRET_TEXT = "Elizabeth Smith lives at 12 Acacia Avenue"


# Each kind of event ---------------------------------------------------------------------------


def test_case_view_is_recorded(client, community, member, facilitator):
    case = make_case(community, facilitator)
    client.force_login(member)
    response = client.get(reverse("casework:case_detail", args=[community.slug, case.pk]),
                          REMOTE_ADDR="198.51.100.7")
    assert response.status_code == 200
    [event] = entries("case.view")
    assert (event.actor_id, event.target_id, event.community_id) == (member.pk, case.pk,
                                                                      community.pk)
    assert event.ip == "198.51.100.7"


def test_case_edit_is_recorded_with_who_and_where_but_no_text(client, community, member):
    case = make_case(community, member)
    client.force_login(member)
    response = client.post(reverse("casework:case_edit", args=[community.slug, case.pk]), {
        "pseudonym": "Elizabeth", "pseudonym_declared": "on", "title": "A new title",
        "presenting_situation": case.presenting_situation, "question": "",
        "outcome": "She was housed after a review by the council.",
    }, HTTP_USER_AGENT="Audit test browser", REMOTE_ADDR="192.0.2.44")
    assert response.status_code == 302
    [event] = entries("case.edited")
    assert event.actor_id == member.pk
    assert (event.target_type, event.target_id) == ("casework.casestudy", case.pk)
    assert event.community_id == community.pk
    assert event.path == f"/c/{community.slug}/cases/{case.pk}/edit/"
    assert event.ip == "192.0.2.44" and event.user_agent == "Audit test browser"
    stored = everything_stored()
    assert "A new title" not in stored and "housed after a review" not in stored
    assert "leg ulcer" not in stored


def test_bulk_update_is_recorded_row_by_row(community, facilitator):
    cases = [make_case(community, facilitator, title=f"Case {n}") for n in range(3)]
    with pghistory.context(user=facilitator.pk, url="/bulk/"):
        changed = CaseStudy.objects.filter(community=community).update(status="closed")
    assert changed == 3
    events = entries("case.status_changed")
    assert sorted(e.target_id for e in events) == sorted(c.pk for c in cases)
    assert {(e.actor_id, e.path, e.detail["status"]) for e in events} == {
        (facilitator.pk, "/bulk/", "closed")}


def test_comment_removal_and_override_are_recorded(community, member, facilitator):
    case = make_case(community, member)
    comment = make_comment(case, member, body=SECRET_TEXT)
    Comment.objects.filter(pk=comment.pk).update(
        removed_at=timezone.now(), removed_by=facilitator, removal_reason=SECRET_TEXT)
    AnonymisationOverride.objects.create(
        community=community, case=case, comment=comment, user=member, field="body",
        kind="name", flagged_text="Smith", reason=SECRET_TEXT)
    [removed] = entries("comment.removed")
    assert removed.community_id == community.pk and removed.detail == {"case": case.pk}
    [override] = entries("override.created")
    assert override.community_id == community.pk
    assert override.detail == {"case": case.pk, "comment": comment.pk, "field": "body",
                               "kind": "name"}
    assert "Smith" not in everything_stored()


def test_role_and_membership_changes_are_recorded(community, facilitator, member):
    membership = Membership.objects.get(user=member, community=community)
    with pghistory.context(user=facilitator.pk):
        services.membership_change_role(actor=facilitator, membership=membership,
                                        role="facilitator")
        services.membership_remove(actor=facilitator, membership=membership)
    [role] = entries("role.changed")
    assert role.actor_id == facilitator.pk and role.community_id == community.pk
    assert role.detail == {"user": member.pk, "role": "facilitator", "status": "active"}
    [left] = entries("membership.status_changed")
    assert left.detail["status"] == "left"


def test_invitations_are_recorded_without_address_or_token(
        community, facilitator, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), \
            pghistory.context(user=facilitator.pk):
        services.invitations_create(actor=facilitator, community=community,
                                    emails=["new.person@example.test"], role="member")
    [created] = entries("invitation.created")
    [sent] = entries("invitation.sent")
    assert created.actor_id == facilitator.pk and created.community_id == community.pk
    assert sent.target_id == created.target_id
    token = mailoutbox[0].body.split("/invitations/")[1].split("/")[0]
    stored = everything_stored()
    assert token not in stored
    assert Invitation.objects.get().token_hash not in stored
    assert "new.person@example.test" not in stored


def test_attendance_is_recorded(community, facilitator, member):
    session = make_session(community, title="Monthly", starts_in=timedelta(days=-1))
    Attendance.objects.create(session=session, user=member, recorded_by=facilitator)
    [event] = entries("attendance.recorded")
    assert event.community_id == community.pk
    assert event.detail == {"session": session.pk, "user": member.pk}


def test_survey_export_is_recorded(community, evaluator):
    from evaluation.exports.services import export_survey

    from .factories import add_question, make_study, make_survey

    survey = make_survey(make_study(community))
    add_question(survey, "q1")
    export_survey(actor=evaluator, survey=survey, format="csv",
                  options={"drop_free_text": True}, out=io.BytesIO(), source="web")
    [event] = entries("export.survey")
    assert event.actor_id == evaluator.pk
    assert (event.target_type, event.target_id) == ("evaluation.survey", survey.pk)
    assert event.detail["format"] == "csv" and event.detail["source"] == "web"
    assert event.detail["options"]["drop_free_text"] is True


def test_sign_in_and_out_are_recorded(client, member):
    assert sign_in(client, member.email, REMOTE_ADDR="203.0.113.50").status_code == 302
    [login] = entries("auth.login")
    assert login.actor_id == member.pk and login.ip == "203.0.113.50"
    client.post(reverse("account_logout"))
    [logout] = entries("auth.logout")
    assert logout.actor_id == member.pk


def test_failed_sign_in_keeps_no_password_or_typed_address(client, member):
    sign_in(client, member.email, "the-wrong-password-42", REMOTE_ADDR="203.0.113.50")
    sign_in(client, "typo-someone@example.test", "another-wrong-password-42",
            REMOTE_ADDR="203.0.113.50")
    known, unknown = entries("auth.login_failed")
    assert known.actor_id is None
    assert (known.target_type, known.target_id) == ("members.user", member.pk)
    assert known.detail == {"account": "known"} and known.ip == "203.0.113.50"
    assert unknown.target_id is None and unknown.detail == {"account": "unknown"}
    stored = everything_stored()
    assert "wrong-password" not in stored and "typo-someone" not in stored
    # The person sees the attempt on their account among their own entries.
    assert "auth.login_failed" in [e["action"] for e in audit.entries_for_user(member)]


@pytest.mark.skipif(not apps.is_installed("allauth.mfa"), reason="allauth.mfa not installed")
@pytest.mark.django_db(transaction=True)  # allauth sends the signal after commit, in the request
def test_second_factor_added_is_recorded(client, member):
    from allauth.mfa.totp.internal.auth import (
        SECRET_SESSION_KEY,
        format_hotp_value,
        hotp_value,
        yield_hotp_counters_from_time,
    )

    sign_in(client, member.email)
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    client.get(reverse("mfa_activate_totp"))
    secret = client.session[SECRET_SESSION_KEY]
    code = format_hotp_value(hotp_value(secret, next(iter(yield_hotp_counters_from_time()))))
    response = client.post(reverse("mfa_activate_totp"), {"code": code})
    assert response.status_code == 302
    events = entries("mfa.added")  # the app and the recovery codes made with it
    assert {e.detail["type"] for e in events} == {"totp", "recovery_codes"}
    assert {e.actor_id for e in events} == {member.pk}
    assert secret not in everything_stored()


def test_refused_access_is_recorded_for_an_outsider(client, community, facilitator, outsider):
    case = make_case(community, facilitator)
    client.force_login(outsider)
    url = reverse("casework:case_detail", args=[community.slug, case.pk])
    assert client.get(url).status_code == 404
    [event] = entries("access.refused")
    assert event.actor_id == outsider.pk and event.path == url
    assert event.detail["status"] == 404
    assert event.detail["view"] == "casework:case_detail"


def test_member_forbidden_page_is_recorded(client, community, member):
    client.force_login(member)
    assert client.get(reverse("members:invite", args=[community.slug])).status_code == 403
    [event] = entries("access.refused")
    assert event.detail["status"] == 403


def test_unknown_urls_and_anonymous_floods_are_not_recorded_endlessly(client, outsider,
                                                                      community, settings):
    settings.AUDIT_REFUSED_PER_MINUTE = {"user": 3, "anonymous": 2}
    assert client.get("/no/such/page/").status_code == 404
    assert client.get("/static/nothing.css").status_code == 404
    for n in range(5):
        assert client.get(reverse("evaluation:answer_by_link",
                                  args=[f"guess-{n}"])).status_code == 404
    anonymous = entries("access.refused")
    assert len(anonymous) == 3  # the cap, and one saying that more were not recorded
    assert anonymous[-1].detail.get("more_not_recorded") is True
    assert all(e.path == "/s/…/" for e in anonymous)  # the guessed tokens are not kept
    client.force_login(outsider)
    for _ in range(6):
        client.get(reverse("members:community_home", args=[community.slug]))
    assert len(entries("access.refused", actor=outsider)) == 4


def test_history_tables_are_append_only_too(community, member):
    case = make_case(community, member)
    for statement in ("UPDATE casework_casestudyevent SET status = 'draft'",
                      "DELETE FROM casework_casestudyevent"):
        with pytest.raises(REFUSED), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(statement)
    assert CaseStudy.pgh_event_model.objects.filter(pgh_obj_id=case.pk).count() == 1


def test_purge_removes_old_history_as_well(community, member):
    make_case(community, member)
    assert audit.purge_before(timezone.now() + timedelta(seconds=1)) >= 3
    assert not AuditEvent.objects.exists()
    assert not CaseStudy.pgh_event_model.objects.exists()


# The pages ------------------------------------------------------------------------------------


def community_audit_url(community):
    return reverse("members:community_audit", args=[community.slug])


@pytest.mark.parametrize("who, status", [("anonymous", 302), ("member", 403),
                                         ("outsider", 404), ("evaluator", 404),
                                         ("site_admin", 404), ("facilitator", 200)])
def test_community_audit_page_access(client, community, request, who, status):
    if who != "anonymous":
        client.force_login(request.getfixturevalue(who))
    assert client.get(community_audit_url(community)).status_code == status


@pytest.mark.parametrize("who, status", [("anonymous", 302), ("member", 403),
                                         ("facilitator", 403), ("evaluator", 403),
                                         ("site_admin", 200)])
def test_site_audit_page_access(client, community, request, who, status):
    if who != "anonymous":
        client.force_login(request.getfixturevalue(who))
    assert client.get(reverse("members:audit_trail")).status_code == status


def test_facilitator_sees_only_their_community_case_entries(
        client, community, other_community, facilitator, member, outsider):
    mine = make_case(community, member, title="Our shared case title",
                     presenting_situation=SECRET_TEXT)
    theirs = make_case(other_community, outsider, title="Another community case")
    draft = make_case(community, member, title="Member draft title", status="draft")
    for user, case in ((member, mine), (outsider, theirs), (member, draft)):
        request = RequestFactory().get("/")
        request.user = user
        audit.record(action="case.view", request=request, target=case)
    audit.record(action="auth.login", actor=member)
    client.force_login(facilitator)
    page = client.get(community_audit_url(community)).content.decode()
    assert "Our shared case title" in page and "Max Member" in page
    assert "Another community case" not in page and "Olly Outsider" not in page
    assert "Member draft title" not in page  # a draft the facilitator cannot open
    assert "Signed in" not in page
    assert "Elizabeth Smith" not in page


def test_admin_sees_everything_and_filters(client, community, other_community, site_admin,
                                           member, outsider):
    case = make_case(community, member, title="Admin sees no titles",
                     presenting_situation=SECRET_TEXT)
    audit.record(action="case.view", actor=member, target=case)
    audit.record(action="auth.login", actor=outsider)
    client.force_login(site_admin)
    url = reverse("members:audit_trail")
    response = client.get(url)
    assert {"Viewed a case", "Signed in"} <= whats(response)
    page = response.content.decode()
    assert "Admin sees no titles" not in page and "Elizabeth Smith" not in page
    response = client.get(url, {"person": outsider.email})
    assert "Olly Outsider" in whos(response) and "Viewed a case" not in whats(response)
    response = client.get(url, {"community": community.pk, "action": "case.view"})
    assert whats(response) == {"Viewed a case"} and whos(response) == {"Max Member"}
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    response = client.get(url, {"since": tomorrow})
    assert "No entries match" in response.content.decode()
    response = client.get(url, {"person": "nobody@example.test"})
    assert "No account has this email address." in response.content.decode()
    assert response.context["rows"] == []


def whats(response) -> set[str]:
    return {row["what"] for row in response.context["rows"]}


def whos(response) -> set[str]:
    return {row["who"] for row in response.context["rows"]}


def test_admin_pages_through_the_trail(client, site_admin, member):
    for _ in range(audit.PAGE_SIZE + 5):
        audit.record(action="auth.login", actor=member)
    client.force_login(site_admin)
    url = reverse("members:audit_trail")
    first = client.get(url, {"action": "auth.login"})
    row = '<tr class="govuk-table__row">'
    assert first.content.decode().count(row) == audit.PAGE_SIZE + 1  # with the header
    older = first.context["older_link"]
    second = client.get(url + older)
    assert second.content.decode().count(row) == 5 + 2  # the login of force_login too
    assert second.context["older_link"] is None


def add_activity(community, users, n):
    for i in range(n):
        case = make_case(community, users[i % len(users)], title=f"Activity case {i}")
        make_comment(case, users[(i + 1) % len(users)])
        audit.record(action="case.view", actor=users[i % len(users)], target=case)
        audit.record(action="auth.login_failed", target=users[i % len(users)])


def test_audit_pages_run_a_fixed_number_of_queries(client, community, facilitator, member,
                                                   site_admin):
    users = [facilitator, member]
    client.force_login(facilitator)
    add_activity(community, users, 3)
    small = queries_for(client, community_audit_url(community))
    add_activity(community, users, 30)
    assert queries_for(client, community_audit_url(community)) == small <= 10
    client.force_login(site_admin)
    url = reverse("members:audit_trail")
    small = queries_for(client, url)
    add_activity(community, users, 30)
    assert queries_for(client, url) == small <= 10
