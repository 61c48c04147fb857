"""Across the whole evaluation, on the demo study: nothing connects a person to an answer.

The model holds no path from a response to a person; no page an evaluator or facilitator
sees, and no export in any format, carries a member's name, email or id; and respondent codes
are not derived from anything an evaluator could recompute without the key."""

import pytest
from django.contrib import admin
from django.core.management import call_command
from django.db import models
from django.urls import reverse

from evaluation import pseudonyms
from evaluation.models import Answer, ExportFormat, Response, Study, SurveyInvitation
from members.models import Membership, User

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    return Study.objects.get()


def person_markers(exclude=()):
    """Each member's name and email, as they could appear on a page or in a file."""
    markers = set()
    for user in User.objects.exclude(email__in=exclude):
        markers.update({user.email, user.display_name})
    return markers


def test_no_model_path_leads_from_an_answer_to_a_person():
    for model in (Response, Answer):
        for field in model._meta.get_fields():
            assert getattr(field, "related_model", None) is not User, (model, field.name)
    # The invitation knows the person, so it may hold no time or detail of the answer.
    answer_fields = {f.name for f in SurveyInvitation._meta.get_fields()
                     if isinstance(f, models.DateTimeField)}
    assert answer_fields == {"created_at", "expires_at"}
    assert not any(model._meta.app_label == "evaluation" for model in admin.site._registry)


def test_respondent_codes_need_the_key(settings, demo):
    code = Response.objects.exclude(respondent_code="").first().respondent_code
    users = list(User.objects.values_list("pk", flat=True))
    matches = [u for u in users
               if pseudonyms.respondent_code(study_id=demo.pk, user_id=u) == code]
    assert len(matches) == 1
    settings.EVALUATION_CODE_KEY = "some-other-key"
    assert all(pseudonyms.respondent_code(study_id=demo.pk, user_id=u) != code for u in users)


def test_no_export_names_anyone(demo, tmp_path):
    markers = person_markers()
    member_ids = {str(pk) for pk in User.objects.values_list("pk", flat=True)}
    for survey in demo.surveys.all():
        for export_format in ExportFormat.values:
            out = tmp_path / f"{survey.pk}.{export_format}"
            call_command("export_survey", survey.pk, "--format", export_format, "--out",
                         str(out), stdout=open("/dev/null", "w"))
            data = out.read_bytes()
            if export_format == ExportFormat.XLSX:
                import zipfile

                with zipfile.ZipFile(out) as book:
                    data = b"".join(book.read(name) for name in book.namelist())
            text = data.decode("utf-8", errors="replace")
            leaked = [m for m in markers if m in text]
            assert leaked == [], (survey.title, export_format, leaked[:3])
            if export_format == ExportFormat.CSV:
                header, *rows = text.splitlines()
                assert header.startswith("respondent_code,")
                assert "user" not in header.lower()
                codes = {row.split(",", 1)[0] for row in rows}
                assert not codes & member_ids


def test_results_pages_name_nobody(client, demo):
    evaluator = User.objects.get(email="evaluator@example.org")
    client.force_login(evaluator)
    markers = person_markers(exclude=[evaluator.email])
    for survey in demo.surveys.all():
        for name in ("survey_results", "survey_detail", "export_form"):
            page = client.get(reverse(f"evaluation:{name}", args=[survey.pk]))
            assert page.status_code == 200, (name, survey.title)
            leaked = [m for m in markers if m in page.content.decode()]
            assert leaked == [], (name, survey.title, leaked[:3])

    facilitator = User.objects.get(email="facilitator@example.org")
    membership = Membership.objects.get(user=facilitator, community__slug="leeds-multiple-needs")
    session_ids = (Response.objects.filter(community=membership.community)
                   .exclude(session=None).values_list("session", flat=True).distinct())
    client.force_login(facilitator)
    markers = person_markers(exclude=[facilitator.email])
    for session_id in session_ids:
        page = client.get(reverse("evaluation:session_results",
                                  args=[membership.community.slug, session_id]))
        assert page.status_code == 200
        leaked = [m for m in markers if m in page.content.decode()]
        assert leaked == [], leaked[:3]
