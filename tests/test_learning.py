"""The reflective learning record (issue 19, learning/): prompts after a session attended,
the private learning log, the CPD record (PDF and Word) and attendance certificates.

A reflection is read by its author alone: every test of privacy here asks as another
member, a facilitator of the same community (who took the register), an evaluator and a
site admin, through every URL, the admin, the evaluation exports and "Download my data"."""

import io
import json
from datetime import datetime, time, timedelta

import pytest
from django.contrib import admin
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from cop import lifecycle
from learning import selectors, services
from learning.models import Reflection, ReflectionPrompt
from members import audit
from members.models import AuditEvent, Notification, NotificationKind, Role
from sessions_app import services as session_services
from sessions_app.models import Attendance, SessionStatus
from sessions_app.recurrence import LONDON

from .factories import join, make_community, make_exportable_survey, make_member, make_session
from .helpers import export_bytes, pdf_text, reauthenticate

pytestmark = pytest.mark.django_db

SECRET = "Kept to myself: I froze when the duty worker said no"
SECRET_TOO = "Ask for the decision in writing next time"


def at(days: int, hour: int, minute: int = 0) -> datetime:
    day = timezone.localdate() + timedelta(days=days)
    return datetime.combine(day, time(hour, minute), tzinfo=LONDON)


def held(community, *, days=-3, hour=10, minutes=120, title="Peer case discussion", **fields):
    start = at(days, hour)
    return make_session(community, starts_at=start, ends_at=start + timedelta(minutes=minutes),
                        title=title, status=SessionStatus.COMPLETED, completed_at=start,
                        **fields)


def present(session, *people):
    for person in people:
        Attendance.objects.create(session=session, user=person)


def reflect(user, session=None, learned=SECRET, differently=SECRET_TOO):
    return services.reflection_save(actor=user, data={
        "session": session, "learned": learned, "differently": differently})


@pytest.fixture
def bystander(community):
    return make_member(community, "by@example.test", display_name="Bea Bystander")


@pytest.fixture
def session(community, member, facilitator, bystander):
    session = held(community)
    present(session, member, facilitator, bystander)
    return session


@pytest.fixture
def reflection(member, session):
    return reflect(member, session)


# --- Hours ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("minutes", "hours"), [
    (120, "2"), (110, "1.75"), (45, "0.75"), (97, "1.5"), (98, "1.75"), (7, "0"), (8, "0.25")])
def test_hours_are_the_sessions_length_to_the_nearest_quarter_hour(minutes, hours):
    start = at(0, 10)
    assert selectors.hours_words(selectors.hours_of(start, start + timedelta(minutes=minutes))
                                 ) == hours


# --- Prompts -------------------------------------------------------------------------------


def test_completing_a_session_prompts_those_present_once_in_the_app_and_by_email(
        community, member, facilitator, bystander, django_capture_on_commit_callbacks):
    start = timezone.now() - timedelta(hours=3)
    session = make_session(community, starts_at=start, title="Case consultation")
    present(session, member, facilitator)
    with django_capture_on_commit_callbacks(execute=True):
        assert session_services.sessions_complete_ended() == 1
    prompts = Notification.objects.filter(kind=NotificationKind.REFLECTION_PROMPT)
    assert sorted(prompts.values_list("user_id", flat=True)) == sorted([member.pk,
                                                                        facilitator.pk])
    notification = prompts.get(user=member)
    assert notification.url == f"{reverse('learning:reflection_add')}?session={session.pk}"
    assert "Case consultation" in notification.text and "Only you can read it" in \
        notification.text
    # The notification's email is the session's follow-up email to each person present.
    assert sorted(m.to[0] for m in mail.outbox) == sorted([member.email, facilitator.email])
    assert "what you learned" in mail.outbox[0].body

    # Again, and the register saved again with one more person: only the newcomer is told.
    session.refresh_from_db()
    assert services.reflection_prompts_send(session=session) == 0
    membership = facilitator.memberships.get(community=community)
    with django_capture_on_commit_callbacks(execute=True):
        session_services.session_record_save(
            actor=facilitator, membership=membership, session=session,
            attended_user_ids=[member.pk, facilitator.pk, bystander.pk], notes="")
    assert prompts.count() == 3 and prompts.filter(user=bystander).count() == 1
    assert ReflectionPrompt.objects.filter(session=session).count() == 3


def test_someone_who_has_left_the_community_is_not_prompted(community, member,
                                                              former_member):
    session = make_session(community, starts_at=timezone.now() - timedelta(hours=3))
    present(session, member, former_member)
    session_services.sessions_complete_ended()
    assert list(ReflectionPrompt.objects.values_list("user_id", flat=True)) == [member.pk]


def test_a_register_taken_before_the_session_is_completed_prompts_nobody_yet(
        community, member, facilitator):
    session = make_session(community, days=2)
    membership = facilitator.memberships.get(community=community)
    session_services.session_record_save(actor=facilitator, membership=membership,
                                          session=session, attended_user_ids=[member.pk],
                                          notes="")
    assert not Notification.objects.filter(kind=NotificationKind.REFLECTION_PROMPT).exists()
    assert not ReflectionPrompt.objects.exists()


# --- Writing -------------------------------------------------------------------------------


def test_the_prompts_link_opens_the_form_on_that_session_and_saves(client, member, session):
    client.force_login(member)
    url = f"{reverse('learning:reflection_add')}?session={session.pk}"
    page = client.get(url).content.decode()
    assert f'<option value="{session.pk}" selected>' in page
    assert "Only you can read this" in page
    response = client.post(url, {"session": session.pk, "learned": SECRET,
                                 "differently": SECRET_TOO})
    assert response.status_code == 302 and response["Location"] == reverse("learning:log")
    reflection = Reflection.objects.get()
    assert (reflection.user, reflection.session, reflection.learned) == (member, session, SECRET)
    # The same link again opens the reflection already written.
    response = client.get(url)
    assert response["Location"] == reverse("learning:reflection_edit", args=[reflection.pk])
    log = client.get(reverse("learning:log")).content.decode()
    assert SECRET in log and session.title in log


def test_the_form_says_what_is_missing_too_long_or_not_attended(client, member, community,
                                                               session):
    elsewhere = held(community, title="A session I missed")
    client.force_login(member)
    url = reverse("learning:reflection_add")
    page = client.post(url, {"session": "", "learned": "", "differently": ""}).content.decode()
    assert "There is a problem" in page
    assert "Enter what you learned." in page and "Enter what you will do differently." in page
    page = client.post(url, {"learned": "x" * 5001, "differently": "Fine"}).content.decode()
    assert "Keep this to 5,000 characters or fewer (you have 5,001)" in page
    assert "x" * 5001 in page  # what was typed is kept
    page = client.post(url, {"session": elsewhere.pk, "learned": "a", "differently": "b"}
                       ).content.decode()
    assert "Select a valid choice" in page
    assert not Reflection.objects.exists()
    with pytest.raises(Exception, match="recorded as attending"):
        reflect(member, elsewhere)


def test_change_and_delete_ones_own_reflection(client, member, reflection):
    client.force_login(member)
    edit = reverse("learning:reflection_edit", args=[reflection.pk])
    assert SECRET in client.get(edit).content.decode()
    response = client.post(edit, {"session": reflection.session_id, "learned": "Changed",
                                  "differently": "Also changed"})
    assert response.status_code == 302
    reflection.refresh_from_db()
    assert (reflection.learned, reflection.differently) == ("Changed", "Also changed")
    delete = reverse("learning:reflection_delete", args=[reflection.pk])
    assert client.get(delete).status_code == 200
    assert client.post(delete).status_code == 302
    assert not Reflection.objects.exists()


# --- Privacy -------------------------------------------------------------------------------


def others(facilitator, bystander, evaluator, site_admin, outsider):
    return {"another member": bystander, "the facilitator who took the register": facilitator,
            "an evaluator": evaluator, "a site admin": site_admin, "an outsider": outsider}


def test_nobody_else_reads_a_reflection_through_any_url(
        client, member, facilitator, bystander, evaluator, site_admin, outsider, session,
        reflection):
    import docx

    for who, person in others(facilitator, bystander, evaluator, site_admin,
                              outsider).items():
        client.force_login(person)
        for name in ("learning:reflection_edit", "learning:reflection_delete"):
            url = reverse(name, args=[reflection.pk])
            assert client.get(url).status_code == 404, (who, name)
            assert client.post(url, {"learned": "Overwritten", "differently": "x"}
                               ).status_code == 404, (who, name)
        for name in ("learning:log", "learning:cpd"):
            page = client.get(reverse(name)).content.decode()
            assert SECRET not in page and SECRET_TOO not in page, (who, name)
        assert SECRET not in pdf_text(client.get(reverse("learning:cpd_pdf")).content), who
        word = docx.Document(io.BytesIO(client.get(reverse("learning:cpd_docx")).content))
        assert SECRET not in "\n".join(p.text for p in word.paragraphs), who
        page = client.get(session.get_absolute_url()).content.decode()
        assert SECRET not in page, who
        if person in (facilitator, bystander):  # present too: their own certificate only
            certificate = client.get(reverse("learning:certificate",
                                             args=[session.community.slug, session.pk]))
            assert "Max Member" not in pdf_text(certificate.content)
    reflection.refresh_from_db()
    assert reflection.learned == SECRET


def test_the_admin_lists_no_reflection_and_the_audit_trail_keeps_no_text(
        client, member, site_admin, session, reflection):
    assert Reflection not in admin.site._registry
    assert ReflectionPrompt not in admin.site._registry
    # No change history of reflections: an append-only copy could never be erased.
    assert not [m for m in audit.history_models() if m._meta.app_label == "learning"]
    client.force_login(site_admin)
    reauthenticate(client)
    for url in (reverse("admin:index"), reverse("members:audit_trail"),
                reverse("admin:members_user_change", args=[member.pk])):
        page = client.get(url).content.decode()
        assert SECRET not in page and "Reflection" not in page, url
    assert client.get("/admin/learning/reflection/").status_code == 404
    rows = json.dumps(list(AuditEvent.objects.values("detail", "path")), default=str)
    assert SECRET not in rows


def test_evaluation_exports_hold_no_reflection(community, member, facilitator):
    survey, session, _first, _second = make_exportable_survey(community,
                                                              users=[member, facilitator])
    Session = type(session)
    Session.objects.filter(pk=session.pk).update(status=SessionStatus.COMPLETED)
    Attendance.objects.get_or_create(session=session, user=member)
    reflect(member, session)
    for format in ("csv", "csv-labels", "long", "codebook", "spss", "r"):
        data = export_bytes(survey, format)
        assert SECRET.encode() not in data and b"reflection" not in data.lower(), format


def test_download_my_data_holds_ones_own_reflections_only(member, facilitator, session,
                                                           reflection):
    reflect(facilitator, session, learned="The facilitator's own learning",
            differently="Their own plan")

    def files(person):
        return {f.filename: json.dumps(f.build(person), default=str)
                for f in lifecycle.export_files()}

    mine = json.loads(files(member)["learning.json"])
    assert [r["what_i_learned"] for r in mine["reflections"]] == [SECRET]
    assert mine["reflections"][0]["session"]["title"] == session.title
    assert mine["cpd_record"]["total_hours"] == "2"
    everything_of_theirs = "\n".join(files(facilitator).values())
    assert SECRET not in everything_of_theirs and SECRET_TOO not in everything_of_theirs
    assert "The facilitator's own learning" in everything_of_theirs


def test_closing_the_account_erases_the_reflections(client, member, session, reflection):
    services.reflection_prompts_send(session=session)
    assert ReflectionPrompt.objects.filter(user=member).exists()
    from members.services import account_close

    account_close(actor=member, user=member)
    assert not Reflection.objects.filter(user=member).exists()
    assert not ReflectionPrompt.objects.filter(user=member).exists()
    event = AuditEvent.objects.get(action="account.closed")
    assert event.detail["reflections_erased"] == 1


# --- The CPD record ------------------------------------------------------------------------


@pytest.fixture
def history(community, member, facilitator):
    """Sessions the member attended (in two communities, one of them left since), one they
    missed, one to come and one cancelled; reflections on two, and one on no session."""
    away = make_community(name="Bradford Practice Group", slug="bradford")
    join(member, away, Role.MEMBER)
    away.memberships.filter(user=member).update(status="left")
    first = held(community, days=-60, minutes=110, title="Housing case consultation")
    second = held(away, days=-30, minutes=45, title="Action learning set")
    third = held(community, days=-5, minutes=120, title="Balint-style group")
    missed = held(community, days=-10, title="A session the member missed")
    ahead = make_session(community, days=5, title="A session to come")
    cancelled = held(community, days=-20, title="A cancelled session")
    type(cancelled).objects.filter(pk=cancelled.pk).update(status=SessionStatus.CANCELLED)
    present(first, member)
    present(second, member)
    present(third, member, facilitator)
    present(missed, facilitator)
    present(ahead, member)
    present(cancelled, member)
    reflect(member, first, learned="Learned about priority need")
    reflect(member, third, learned=SECRET)
    reflect(member, None, learned="Read the new guidance")
    return {"first": first, "second": second, "third": third, "ahead": ahead}


ATTENDED = ["Housing case consultation", "Action learning set", "Balint-style group"]
NOT_ATTENDED = ["A session the member missed", "A session to come", "A cancelled session"]


def test_the_cpd_page_lists_the_sessions_attended_with_hours(client, member, history):
    client.force_login(member)
    page = client.get(reverse("learning:cpd")).content.decode()
    for title in ATTENDED:
        assert title in page
    for title in NOT_ATTENDED:
        assert title not in page
    assert "Total hours: <strong>4.5</strong>" in page  # 1.75 + 0.75 + 2
    assert "Bradford Practice Group" in page  # a community the member has left


def test_the_cpd_pdf_opens_and_lists_the_right_sessions_and_hours(client, member, history):
    client.force_login(member)
    response = client.get(reverse("learning:cpd_pdf"))
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment; filename=\"cpd-record-")
    text = pdf_text(response.content)
    assert "Continuing professional development record" in text
    assert "Max Member" in text
    for title in ATTENDED:
        assert title in text
    for title in NOT_ATTENDED:
        assert title not in text
    assert "Sessions attended: 3. Total hours: 4.5." in text
    for hours in ("1.75", "0.75", "2 hours"):
        assert hours in text
    assert "Participatory learning: peer case discussion" in text
    assert "Learned about priority need" in text and SECRET in text
    assert "Read the new guidance" in text  # a reflection on no session
    first_day = timezone.localtime(history["first"].starts_at)
    assert f"{first_day:%-d %B %Y}" in text


def test_the_cpd_period_keeps_to_its_dates(client, member, history):
    client.force_login(member)
    since = (timezone.localdate() - timedelta(days=40)).isoformat()
    text = pdf_text(client.get(reverse("learning:cpd_pdf"), {"date_from": since}).content)
    assert "Housing case consultation" not in text
    assert "Sessions attended: 2. Total hours: 2.75." in text
    page = client.get(reverse("learning:cpd"), {"date_from": since,
                                                "date_to": "2000-01-01"}).content.decode()
    assert "The last date must be on or after the first." in page


def test_the_cpd_word_document_opens_and_lists_them(client, member, history):
    import docx

    client.force_login(member)
    response = client.get(reverse("learning:cpd_docx"))
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    document = docx.Document(io.BytesIO(response.content))
    rows = [[cell.text for cell in row.cells] for row in document.tables[0].rows]
    assert rows[0] == ["Date", "Community", "Session", "Hours"]
    assert [(r[2], r[3]) for r in rows[1:]] == [
        ("Housing case consultation", "1.75"), ("Action learning set", "0.75"),
        ("Balint-style group", "2"), ("Total hours", "4.5")]
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Max Member" in text and SECRET in text and "Read the new guidance" in text
    for title in NOT_ATTENDED:
        assert title not in text


def test_a_reflection_pasted_with_control_characters_still_downloads_as_word(client, member,
                                                                            history):
    import docx

    Reflection.objects.filter(user=member).update(learned="Tabs\x0bpasted\x1b from a form")
    client.force_login(member)
    response = client.get(reverse("learning:cpd_docx"))
    assert response.status_code == 200
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(response.content)).paragraphs)
    assert "Tabspasted from a form" in text


# --- Certificates --------------------------------------------------------------------------


def test_a_certificate_for_those_recorded_as_present_only(
        client, community, member, facilitator, bystander, evaluator, site_admin, history):
    third = history["third"]
    url = reverse("learning:certificate", args=[community.slug, third.pk])
    client.force_login(member)
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    assert "Certificate of attendance" in text and "Max Member" in text
    assert "Balint-style group" in text and "Leeds Test Community" in text and "2 hours" in text
    # Not recorded, not held yet, or under another community's address: not found.
    for who, url_ in ((bystander, url), (evaluator, url), (site_admin, url)):
        client.force_login(who)
        assert client.get(url_).status_code == 404
    client.force_login(member)
    assert client.get(reverse("learning:certificate", args=[community.slug,
                                                            history["ahead"].pk])
                      ).status_code == 404
    assert client.get(reverse("learning:certificate", args=["bradford", third.pk])
                      ).status_code == 404
    # A community the member has left: their own certificate still.
    second = history["second"]
    assert client.get(reverse("learning:certificate", args=["bradford", second.pk])
                      ).status_code == 200


def test_the_session_page_offers_the_certificate_to_those_present(client, member, bystander,
                                                                  community, facilitator):
    session = held(community)
    present(session, member)
    certificate = reverse("learning:certificate", args=[community.slug, session.pk])
    client.force_login(member)
    page = client.get(session.get_absolute_url()).content.decode()
    assert certificate in page and "Reflect on this session" in page
    for person in (bystander, facilitator):
        client.force_login(person)
        assert certificate not in client.get(session.get_absolute_url()).content.decode()


# --- Members' pages ------------------------------------------------------------------------


def test_waiting_for_you_asks_for_a_reflection_on_recent_sessions(client, member, community):
    recent = held(community, days=-3, title="Recent peer supervision")
    old = held(community, days=-40, title="An old session")
    present(recent, member)
    present(old, member)
    client.force_login(member)
    home = client.get(reverse("members:home")).content.decode()
    assert "Recent peer supervision" in home and "An old session" not in home
    assert f"{reverse('learning:reflection_add')}?session={recent.pk}" in home
    reflect(member, recent)
    home = client.get(reverse("members:home")).content.decode()
    assert "Recent peer supervision" not in home


def test_the_profile_links_to_the_learning_log_and_cpd_record(client, member):
    client.force_login(member)
    page = client.get(reverse("members:profile")).content.decode()
    assert reverse("learning:log") in page and reverse("learning:cpd") in page
