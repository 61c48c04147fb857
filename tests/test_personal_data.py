""""Download my data": reauthentication first, a background build with progress, a ZIP of
exactly the person's own data, a link only its owner can use, which expires."""

import io
import json
import re
import zipfile
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from casework.models import CaseRevision
from evaluation.models import SurveyInvitation
from members import personal_data
from members.models import AuditEvent, Notification, PersonalDataExport, hash_token
from members.tasks import delete_expired_personal_exports
from sessions_app.models import RSVP, Attendance

from .factories import (
    PASSWORD,
    add_question,
    make_case,
    make_comment,
    make_response,
    make_session,
    make_study,
    make_survey,
    make_term,
    make_user,
)
from .helpers import reauthenticate

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("personal_export_root")]
FILES = {"README.txt", "profile.json", "memberships.json", "glossary.json", "cases.json",
         "comments.json", "case_activity.json", "service_map.json", "sessions.json",
         "meeting_entries.json", "notifications.json", "meeting_summaries.json",
         "survey_invitations.json", "learning.json", "audit.json"}


def ask_for_data(client, capture) -> str:
    """Reauthenticate, ask, run the build; returns the status page's address."""
    reauthenticate(client)
    with capture(execute=True):
        response = client.post(reverse("members:personal_data"))
    assert response.status_code == 302
    return response["Location"]


@pytest.fixture
def member_world(community, member, facilitator):
    """The member's data, and other people's data beside it."""
    member.display_name = "Siân Member-Jones"
    member.job_title = "Housing support worker"
    member.save()
    own = make_case(community, member, title="Evicted after a hospital stay")
    CaseRevision.objects.create(case=own, actor=member, kind="created", to_status="draft",
                                snapshot={"title": "First title of the case"})
    CaseRevision.objects.create(case=own, actor=facilitator, kind="status",
                                from_status="published", to_status="closed",
                                reason="Resolved")
    draft = make_case(community, member, title="A draft nobody else sees", status="draft",
                      published_at=None)
    theirs = make_case(community, facilitator, title="The facilitator's own case",
                       presenting_situation="Facilitator-only words about a client.")
    make_comment(theirs, member, body="Try the duty to refer.")
    make_comment(own, facilitator, body="Another person's comment text.")
    make_term(community, member, term="MARAC", meaning="A meeting about risk.")
    make_term(community, facilitator, term="MAPPA", meaning="Facilitator-only glossary words.")
    session = make_session(community, days=-10, status="completed")
    RSVP.objects.create(session=session, user=member, answer="going")
    Attendance.objects.create(session=session, user=member)
    RSVP.objects.create(session=session, user=facilitator, answer="maybe")
    Notification.objects.create(user=member, kind="new_case", community=community,
                                text="New case in Leeds: something", url="/c/leeds-test/")
    Notification.objects.create(user=facilitator, kind="new_case", community=community,
                                text="A notification for the facilitator only",
                                url="/c/leeds-test/")
    study = make_study(community)
    survey = make_survey(study, title="Wellbeing baseline")
    add_question(survey, "q_text", type="text")
    SurveyInvitation.objects.create(survey=survey, user=member, community=community,
                                    answered=True)
    make_response(survey, user=member, community=community,
                  answers={"q_text": "My private survey answer"})
    return {"own": own, "draft": draft, "theirs": theirs, "session": session}


def unzip(response) -> dict[str, str]:
    data = b"".join(response.streaming_content)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def test_the_profile_page_links_to_download_and_close(client, member):
    client.force_login(member)
    page = client.get(reverse("members:profile")).content.decode()
    assert reverse("members:personal_data") in page
    assert reverse("members:account_close") in page


def test_the_page_explains_each_file_and_asking_needs_the_password_again(client, member):
    client.force_login(member)
    url = reverse("members:personal_data")
    page = client.get(url)
    assert page.status_code == 200
    for name in FILES - {"README.txt"}:
        assert name in page.content.decode()
    response = client.post(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    assert not PersonalDataExport.objects.exists()


def test_after_the_password_the_suspended_request_goes_ahead(
        client, member, django_capture_on_commit_callbacks):
    client.force_login(member)
    url = reverse("members:personal_data")
    to_reauth = client.post(url)["Location"]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(to_reauth, {"password": PASSWORD})
    assert response.status_code == 302
    export = PersonalDataExport.objects.get(user=member)
    assert export.status == "done"
    assert response["Location"].startswith(url)


def test_the_zip_holds_exactly_the_persons_data(
        client, member, facilitator, member_world, django_capture_on_commit_callbacks):
    client.force_login(member)
    status_url = ask_for_data(client, django_capture_on_commit_callbacks)
    export = PersonalDataExport.objects.get(user=member)
    assert (export.status, export.progress, export.total) == ("done", 14, 14)
    page = client.get(status_url).content.decode()
    token = status_url.rstrip("/").rsplit("/", 1)[-1]
    download = reverse("members:personal_data_download", args=[token])
    assert "Your data is ready" in page and download in page
    assert "hx-trigger" not in page  # no more polling
    response = client.get(download)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Cache-Control"] == "private, no-store"
    assert "attachment" in response["Content-Disposition"]
    files = unzip(response)
    assert set(files) == FILES
    data = {name: json.loads(text) for name, text in files.items() if name.endswith(".json")}

    # UTF-8, indented, not ASCII-escaped.
    assert "Siân Member-Jones" in files["profile.json"]
    assert files["profile.json"].startswith('{\n  "email"')
    profile = data["profile.json"]
    assert profile["email"] == "mem@example.test"
    assert profile["job_title"] == "Housing support worker"
    assert profile["email_addresses"] == [
        {"email": "mem@example.test", "verified": True, "primary": True}]
    assert [m["community"]["slug"] for m in data["memberships.json"]] == ["leeds-test"]

    cases = {c["title"]: c for c in data["cases.json"]}
    assert set(cases) == {"Evicted after a hospital stay", "A draft nobody else sees"}
    revisions = cases["Evicted after a hospital stay"]["revisions"]
    assert [(r["kind"], r["by_you"]) for r in revisions] == [("Created", True),
                                                             ("Status changed", False)]
    assert [c["body"] for c in data["comments.json"]] == ["Try the duty to refer."]
    assert [t["term"] for t in data["glossary.json"]["terms_you_added"]] == ["MARAC"]
    sessions = data["sessions.json"]
    assert [r["answer"] for r in sessions["rsvps"]] == ["Going"]
    assert [a["session"]["title"] for a in sessions["attendance"]] == ["Monthly meeting"]
    assert [n["text"] for n in data["notifications.json"]] == ["New case in Leeds: something"]
    invitations = data["survey_invitations.json"]
    assert [(i["survey"], i["answered"]) for i in invitations] == [("Wellbeing baseline", True)]
    assert data["audit.json"], "the person's own audit entries"
    assert {e["action"] for e in data["audit.json"]} >= {"data.download"}
    assert all(e["by_me"] for e in data["audit.json"])

    everything = "\n".join(files.values())
    for other in ("My private survey answer", "The facilitator's own case",
                  "Facilitator-only words", "Another person's comment text",
                  "Facilitator-only glossary words",
                  "A notification for the facilitator only", "fac@example.test",
                  "Fay Facilitator", facilitator.email, export.token_hash, token):
        assert other not in everything
    for name in FILES - {"README.txt"}:
        assert name in files["README.txt"]


def test_only_the_hash_of_the_link_is_kept_and_the_request_and_download_are_audited(
        client, member, django_capture_on_commit_callbacks):
    client.force_login(member)
    status_url = ask_for_data(client, django_capture_on_commit_callbacks)
    token = status_url.rstrip("/").rsplit("/", 1)[-1]
    export = PersonalDataExport.objects.get()
    assert export.token_hash == hash_token(token) != token
    assert len(token) >= 40
    client.get(reverse("members:personal_data_download", args=[token]))
    stages = list(AuditEvent.objects.filter(action="data.download", actor_id=member.pk)
                  .order_by("id").values_list("detail__stage", flat=True))
    assert stages == ["requested", "downloaded"]
    assert not AuditEvent.objects.filter(detail__icontains=token).exists()


def test_someone_elses_link_is_not_found(client, member, django_capture_on_commit_callbacks):
    client.force_login(member)
    status_url = ask_for_data(client, django_capture_on_commit_callbacks)
    token = status_url.rstrip("/").rsplit("/", 1)[-1]
    download = reverse("members:personal_data_download", args=[token])
    assert client.get(download).status_code == 200
    client.force_login(make_user("other@example.test"))
    assert client.get(status_url).status_code == 404
    assert client.get(download).status_code == 404
    client.logout()
    assert client.get(download).status_code == 302  # to sign in
    client.force_login(member)
    assert client.get(reverse("members:personal_data_download",
                              args=["not-a-real-token"])).status_code == 404


def test_an_expired_link_says_so_and_the_sweep_deletes_the_file(
        client, member, personal_export_root, django_capture_on_commit_callbacks):
    client.force_login(member)
    status_url = ask_for_data(client, django_capture_on_commit_callbacks)
    token = status_url.rstrip("/").rsplit("/", 1)[-1]
    export = PersonalDataExport.objects.get()
    path = personal_export_root / export.file
    assert path.exists()
    assert export.expires_at == export.finished_at + timedelta(hours=24)
    delete_expired_personal_exports.delay()
    assert path.exists()  # not yet expired
    PersonalDataExport.objects.filter(pk=export.pk).update(
        expires_at=timezone.now() - timedelta(seconds=1))
    response = client.get(reverse("members:personal_data_download", args=[token]))
    assert response.status_code == 410
    assert "This download has expired" in response.content.decode()
    # .apply().result, not .get(): Celery's "joining would block" flag is process-wide, and
    # each eager .delay() saves and restores it; two at once in threads (an earlier test's
    # overlapping sweeps) can leave it set, and .get() then refuses even an eager result.
    assert delete_expired_personal_exports.apply().result == 1
    assert not path.exists()
    export.refresh_from_db()
    assert export.file == ""
    assert "This download has expired" in client.get(status_url).content.decode()


def test_the_status_page_polls_with_htmx_while_the_data_is_prepared(client, member):
    token = "a-test-token-for-the-progress-page"
    export = PersonalDataExport.objects.create(user=member, token_hash=hash_token(token),
                                               status="running", progress=3, total=9)
    client.force_login(member)
    url = reverse("members:personal_data_status", args=[token])
    page = client.get(url).content.decode()
    assert 'hx-trigger="every 2s"' in page and f'hx-get="{url}"' in page
    assert '<progress id="data-bar" class="cop-progress" max="100" value="33">33%</progress>' \
        in page
    assert "<span>33%</span>" in page
    # No inline script (the page's own scripts are files) and no inline style: CSP.
    body_scripts = re.findall(r"<script[^>]*>", page.split("</head>")[1])
    assert body_scripts and all(" src=" in tag for tag in body_scripts)
    assert "style=" not in page
    partial = client.get(url, headers={"HX-Request": "true"}).content.decode()
    assert partial.strip().startswith('<div id="data-progress"') and "<html" not in partial
    export.status = "failed"
    export.save()
    assert "could not be prepared" in client.get(url).content.decode()


def test_asking_too_often_is_refused_with_a_message(client, member):
    for n in range(personal_data.REQUESTS_PER_DAY):
        PersonalDataExport.objects.create(user=member, token_hash=f"hash-{n}")
    client.force_login(member)
    reauthenticate(client)
    response = client.post(reverse("members:personal_data"), follow=True)
    assert "times in the last 24 hours" in response.content.decode()
    assert PersonalDataExport.objects.filter(user=member).count() == 5


def test_the_build_runs_a_bounded_number_of_queries(member, member_world, community,
                                                    facilitator):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def build_queries() -> int:
        export, _ = personal_data.export_request(actor=member)
        with CaptureQueriesContext(connection) as ctx:
            personal_data.export_run(export_id=export.pk)
        export.refresh_from_db()
        assert export.status == "done"
        PersonalDataExport.objects.filter(pk=export.pk).delete()  # under the daily limit
        return len(ctx.captured_queries)

    small = build_queries()
    # More of everything the download lists one by one: cases with their history, comments.
    for n in range(10):
        case = make_case(community, member, title=f"Another case {n}")
        CaseRevision.objects.create(case=case, actor=member, kind="created",
                                    to_status="draft", snapshot={"title": f"Draft {n}"})
        make_comment(case, member, body=f"My own remark {n}")
        make_comment(case, facilitator, body=f"A reply to the member {n}")
    assert build_queries() == small <= 52  # a few queries for each of the fourteen files


def test_the_download_calls_a_site_admin_what_the_rule_calls_one(db):
    """"is_site_admin" is members.permissions.is_site_admin (a superuser), not Django's
    is_staff, which alone opens no site-admin page here."""
    from members import lifecycle

    staff_only = make_user(is_staff=True)
    admin = make_user(is_staff=True, is_superuser=True)
    assert lifecycle.profile(staff_only)["is_site_admin"] is False
    assert lifecycle.profile(admin)["is_site_admin"] is True
