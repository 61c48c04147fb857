"""Mass assignment: forms never let a person set fields PERMISSIONS.md does not give them
(community, author, status, role, staff flags, respondent codes...). Each test posts a valid
form plus fields one may not set, checks that the legitimate change happened (so the post
was accepted), and that none of the extra fields took effect."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from casework.models import Barrier, CaseStatus, CaseStudy, Comment
from evaluation.models import Question, Response, Study, Survey, SurveyInvitation, SurveyStatus
from members.models import (
    Invitation,
    Membership,
    NotificationKind,
    NotificationSetting,
    Role,
    User,
)
from sessions_app.models import (
    RSVP,
    ActionPoint,
    AgendaItem,
    Material,
    Session,
    SessionStatus,
)

from ._matrix_world import build_world
from .factories import make_case, make_session, make_study, make_survey
from .helpers import date_in, reauthenticate

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(media_root):
    world = build_world()
    away = world.other_community
    outsider = world.users["outsider"]
    world.objects["away_case"] = make_case(away, outsider, title="Away case")
    world.objects["away_session"] = make_session(away, title="Away session", days=3, hours=1)
    world.objects["away_study"] = away_study = make_study(away, name="Away study")
    world.objects["away_survey"] = make_survey(away_study, title="Away survey")
    return world


def signed_in(client, user, *, reauth=False):
    client.force_login(user)
    if reauth:
        reauthenticate(client)
    return client


# Fields nobody may post to a form about a thing in a community.
def foreign_keys(world, **extra) -> dict:
    away, outsider = world.other_community, world.users["outsider"]
    return {"community": away.pk, "community_id": away.pk, "author": outsider.pk,
            "author_id": outsider.pk, "created_by": outsider.pk, "created_by_id": outsider.pk,
            "user": outsider.pk, "user_id": outsider.pk, "id": 999_999, "pk": 999_999, **extra}


CASE_FORM = {"pseudonym": "Elizabeth", "pseudonym_declared": "on",
             "presenting_situation": "Elizabeth has nowhere to stay tonight.",
             "question": "What can we try?"}


# --- Cases, comments, barriers -------------------------------------------------------------


def test_case_create_ignores_community_author_and_status(client, world):
    member = world.users["member"]
    signed_in(client, member)
    data = {**CASE_FORM, "title": "Mass assignment case",
            **foreign_keys(world, status="published", published_at="2020-01-01T00:00",
                           comment_count="50", search_vector="x", for_discussion="on")}
    response = client.post(reverse("casework:case_create", args=[world.community.slug]), data)
    assert response.status_code == 302
    case = CaseStudy.objects.get(title="Mass assignment case")
    assert (case.community, case.author, case.status) == (world.community, member,
                                                          CaseStatus.DRAFT)
    assert case.published_at is None and case.comment_count == 0


def test_case_edit_ignores_status_community_and_author(client, world):
    member, case = world.users["member"], world.case
    signed_in(client, member)
    data = {**CASE_FORM, "title": "Renamed case", "outcome": "",
            **foreign_keys(world, status="archived", published_at="2020-01-01T00:00")}
    url = reverse("casework:case_edit", args=[world.community.slug, case.pk])
    assert client.post(url, data).status_code == 302
    before_published = case.published_at
    case.refresh_from_db()
    assert case.title == "Renamed case"
    assert (case.community, case.author, case.status) == (world.community, member,
                                                          CaseStatus.PUBLISHED)
    assert case.published_at == before_published


def test_draft_cannot_be_published_by_posting_a_status_to_the_edit_form(client, world):
    member, draft = world.users["member"], world.draft_case
    signed_in(client, member)
    url = reverse("casework:case_edit", args=[world.community.slug, draft.pk])
    response = client.post(url, {**CASE_FORM, "title": "Still a draft", "status": "published",
                                 "outcome": ""})
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.title == "Still a draft" and draft.status == CaseStatus.DRAFT


def test_comment_create_and_edit_ignore_author_and_case(client, world):
    member, case = world.users["member"], world.case
    signed_in(client, member)
    slug = world.community.slug
    extra = foreign_keys(world, case=world.away_case.pk, case_id=world.away_case.pk,
                         removed_at="2020-01-01T00:00", removed_by=member.pk)
    response = client.post(reverse("casework:comment_create", args=[slug, case.pk]),
                           {"body": "A mass assignment comment.", **extra})
    assert response.status_code == 302
    comment = Comment.objects.get(body="A mass assignment comment.")
    assert (comment.case, comment.author, comment.removed_at) == (case, member, None)

    url = reverse("casework:comment_edit", args=[slug, case.pk, comment.pk])
    assert client.post(url, {"body": "Edited comment.", **extra}).status_code == 302
    comment.refresh_from_db()
    assert (comment.body, comment.case, comment.author, comment.removed_at) == (
        "Edited comment.", case, member, None)
    assert not Comment.objects.filter(case=world.away_case).exists()


def test_reply_to_a_comment_on_another_case_is_refused(client, world):
    """`parent` is a form field: a comment of another community's case is a 404."""
    away_comment = Comment.objects.create(case=world.away_case, author=world.users["outsider"],
                                          body="Away comment")
    signed_in(client, world.users["member"])
    url = reverse("casework:comment_create", args=[world.community.slug, world.case.pk])
    response = client.post(url, {"body": "A reply.", "parent": away_comment.pk})
    assert response.status_code == 404
    assert not Comment.objects.filter(body="A reply.").exists()


def test_barrier_create_and_edit_ignore_case_and_recorder(client, world):
    member, case = world.users["member"], world.case
    signed_in(client, member)
    slug = world.community.slug
    form = {"service_type": "housing", "category": "eligibility", "overcome": "unknown"}
    extra = foreign_keys(world, case=world.away_case.pk, case_id=world.away_case.pk,
                         recorded_by=world.users["outsider"].pk,
                         recorded_by_id=world.users["outsider"].pk)
    response = client.post(reverse("casework:barrier_create", args=[slug, case.pk]),
                           {**form, "description": "Mass assignment barrier", **extra})
    assert response.status_code == 302
    barrier = Barrier.objects.get(description="Mass assignment barrier")
    assert (barrier.case, barrier.recorded_by) == (case, member)

    url = reverse("casework:barrier_edit", args=[slug, case.pk, barrier.pk])
    response = client.post(url, {**form, "description": "Edited barrier", **extra})
    assert response.status_code == 302
    barrier.refresh_from_db()
    assert (barrier.description, barrier.case, barrier.recorded_by) == (
        "Edited barrier", case, member)


# --- Sessions --------------------------------------------------------------------------------

SESSION_FORM = {"start_time": "10:00", "end_time": "12:00", "venue": "Room 3",
                "capacity": "20", "description": "Bring a case."}


def test_session_create_and_edit_ignore_community_status_and_creator(client, world):
    facilitator = world.users["facilitator"]
    signed_in(client, facilitator)
    slug = world.community.slug
    extra = foreign_keys(world, status="completed", completed_at="2020-01-01T00:00",
                         cancelled_reason="x", sequence="99", notes="Injected notes",
                         series=999, uid="00000000-0000-0000-0000-000000000000")
    response = client.post(reverse("sessions_app:session_create", args=[slug]),
                           {**SESSION_FORM, "title": "Mass session", "date": date_in(),
                            **extra})
    assert response.status_code == 302
    session = Session.objects.get(title="Mass session")
    assert (session.community, session.status, session.created_by, session.notes,
            session.series, session.completed_at) == (
        world.community, SessionStatus.SCHEDULED, facilitator, "", None, None)
    assert str(session.uid) != extra["uid"]

    url = reverse("sessions_app:session_edit", args=[slug, session.pk])
    response = client.post(url, {**SESSION_FORM, "title": "Mass session edited",
                                 "date": date_in(11), **extra})
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.title == "Mass session edited"
    assert (session.community, session.status, session.created_by, session.notes) == (
        world.community, SessionStatus.SCHEDULED, facilitator, "")


def test_agenda_refuses_another_community_s_case_presenter_and_session(client, world):
    signed_in(client, world.users["facilitator"])
    session = world.session
    url = reverse("sessions_app:agenda_add", args=[world.community.slug, session.pk])
    before = AgendaItem.objects.count()
    for extra in ({"case": world.away_case.pk}, {"presenter": world.users["outsider"].pk},
                  {"case": world.draft_case.pk}):
        response = client.post(url, {"title": "Injected item", "minutes": "5", **extra})
        assert response.status_code == 200, extra  # the form says what is wrong
        assert response.context["form"].errors, extra
    assert AgendaItem.objects.count() == before
    response = client.post(url, {"title": "Fine item", "minutes": "5",
                                 "session": world.away_session.pk, "position": "1",
                                 "session_id": world.away_session.pk})
    assert response.status_code == 302
    assert AgendaItem.objects.get(title="Fine item").session == session
    assert not AgendaItem.objects.filter(session=world.away_session).exists()


def test_action_point_refuses_outside_owner_and_ignores_done_and_creator(client, world):
    facilitator = world.users["facilitator"]
    signed_in(client, facilitator)
    url = reverse("sessions_app:action_add", args=[world.community.slug, world.session.pk])
    response = client.post(url, {"text": "Injected action", "owner": world.users["outsider"].pk})
    assert response.status_code == 200 and response.context["form"].errors
    response = client.post(url, {"text": "Real action", "due_on": date_in(3),
                                 **foreign_keys(world, done="on", done_at="2020-01-01T00:00",
                                                session=world.away_session.pk)})
    assert response.status_code == 302
    action = ActionPoint.objects.get(text="Real action")
    assert (action.session, action.created_by, action.done, action.done_at) == (
        world.session, facilitator, False, None)
    assert not ActionPoint.objects.filter(text="Injected action").exists()


def test_rsvp_is_always_the_actor_s_own_and_cannot_skip_the_waiting_list(client, world):
    member, session = world.users["member"], world.session
    Session.objects.filter(pk=session.pk).update(capacity=1)  # the member already has it
    newcomer = world.users["facilitator"]
    signed_in(client, newcomer)
    url = reverse("sessions_app:session_rsvp", args=[world.community.slug, session.pk])
    response = client.post(url, {"answer": "going", "waitlisted": "", "user": member.pk,
                                 "user_id": member.pk, "session": world.away_session.pk})
    assert response.status_code == 302
    rsvp = RSVP.objects.get(session=session, user=newcomer)
    assert rsvp.waitlisted  # full: the posted "waitlisted" was ignored
    assert RSVP.objects.get(session=session, user=member).answer == "going"
    assert not RSVP.objects.filter(session=world.away_session).exists()


def test_material_ignores_community_and_uploader_and_refuses_a_foreign_session(client, world):
    member = world.users["member"]
    signed_in(client, member)
    url = reverse("sessions_app:material_add", args=[world.community.slug])
    form = {"summary": "Useful.", "url": "https://example.org/mass"}
    response = client.post(url, {**form, "title": "Foreign session",
                                 "session": world.away_session.pk})
    assert response.status_code == 200 and response.context["form"].errors
    response = client.post(url, {**form, "title": "Mass material",
                                 **foreign_keys(world, uploaded_by=world.users["outsider"].pk,
                                                file="../../etc/passwd", size="1")})
    assert response.status_code == 302
    material = Material.objects.get(title="Mass material")
    assert (material.community, material.uploaded_by, material.file.name, material.size) == (
        world.community, member, "", None)
    assert not Material.objects.filter(title="Foreign session").exists()


# --- Members ---------------------------------------------------------------------------------


def test_invitation_ignores_community_inviter_and_acceptance(client, world):
    facilitator = world.users["facilitator"]
    signed_in(client, facilitator)
    url = reverse("members:invite", args=[world.community.slug])
    response = client.post(url, {"emails": "mass@example.test", "role": "member",
                                 **foreign_keys(world, invited_by=world.users["outsider"].pk,
                                                accepted_at="2020-01-01T00:00",
                                                token_hash="0" * 64,
                                                expires_at="2099-01-01T00:00")})
    assert response.status_code == 302
    invitation = Invitation.objects.get(email="mass@example.test")
    assert (invitation.community, invitation.invited_by, invitation.accepted_at) == (
        world.community, facilitator, None)
    assert invitation.token_hash != "0" * 64
    assert invitation.expires_at < timezone.now() + timedelta(days=100)


def test_invitation_role_must_be_a_real_role(client, world):
    signed_in(client, world.users["facilitator"])
    url = reverse("members:invite", args=[world.community.slug])
    response = client.post(url, {"emails": "boss@example.test", "role": "admin"})
    assert response.status_code == 200 and "role" in response.context["form"].errors
    assert not Invitation.objects.filter(email="boss@example.test").exists()


def test_accepting_an_invitation_cannot_make_staff_or_change_its_community(client, world):
    url = reverse("members:invitation_accept", args=[world.invitation_token])
    response = client.post(url, {
        "display_name": "Nia Newcomer", "password1": "a-long-new-pass-42",
        "password2": "a-long-new-pass-42", "email": "evil@example.test", "is_staff": "on",
        "is_superuser": "on", "is_evaluator": "on", "role": "facilitator",
        "community": world.other_community.pk})
    assert response.status_code == 302
    user = User.objects.get(email="m.newcomer@example.test")
    assert not (user.is_staff or user.is_superuser or user.is_evaluator)
    assert not User.objects.filter(email="evil@example.test").exists()
    memberships = list(Membership.objects.filter(user=user))
    assert [(m.community, m.role) for m in memberships] == [(world.community, Role.MEMBER)]


def test_profile_cannot_raise_one_s_own_rights(client, world):
    member = world.users["member"]
    signed_in(client, member)
    response = client.post(reverse("members:profile"), {
        "display_name": "Mina Renamed", "job_title": "Support worker", "is_staff": "on",
        "is_superuser": "on", "is_evaluator": "on", "is_active": "", "email": "x@example.test",
        "groups": "1", "user_permissions": "1", "date_joined": "2000-01-01T00:00",
        "password": "plain"})
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.display_name == "Mina Renamed"
    assert not (member.is_staff or member.is_superuser or member.is_evaluator)
    assert member.is_active and member.email == "m.member@example.test"
    assert member.check_password("a-long-test-password")
    assert not member.groups.exists() and not member.user_permissions.exists()


def test_notification_settings_are_only_one_s_own(client, world):
    member, outsider = world.users["member"], world.users["outsider"]
    signed_in(client, member)
    off = {f"{kind.value}-email": "off" for kind in NotificationKind}  # all off
    response = client.post(reverse("members:notification_settings"),
                           {**off, "user": outsider.pk, "user_id": outsider.pk})
    assert response.status_code == 302
    assert NotificationSetting.objects.filter(user=member, email_frequency="off").exists()
    assert not NotificationSetting.objects.filter(user=outsider).exists()


def test_member_role_takes_only_a_role_and_only_in_the_url_s_community(client, world):
    facilitator, bystander = world.users["facilitator"], world.bystander
    signed_in(client, facilitator, reauth=True)
    membership = world.bystander_membership
    url = reverse("members:member_role", args=[world.community.slug, membership.pk])
    for role in ("admin", "superuser", "owner"):
        assert client.post(url, {"role": role}).status_code == 302
        membership.refresh_from_db()
        assert membership.role == Role.MEMBER, role
    response = client.post(url, {"role": "facilitator", "community": world.other_community.pk,
                                 "user": world.users["outsider"].pk, "status": "left",
                                 "is_staff": "on"})
    assert response.status_code == 302
    membership.refresh_from_db()
    assert (membership.role, membership.community, membership.user, membership.status) == (
        Role.FACILITATOR, world.community, bystander, "active")
    bystander.refresh_from_db()
    assert not bystander.is_staff
    assert not Membership.objects.filter(user=world.users["outsider"],
                                         community=world.community).exists()


# --- Evaluation ------------------------------------------------------------------------------


def test_study_create_and_edit_ignore_creator(client, world):
    evaluator = world.users["evaluator"]
    signed_in(client, evaluator)
    extra = {"created_by": world.users["outsider"].pk, "created_at": "2000-01-01T00:00"}
    response = client.post(reverse("evaluation:study_create"),
                           {"name": "Mass study", "communities": [world.community.pk], **extra})
    assert response.status_code == 302
    study = Study.objects.get(name="Mass study")
    assert study.created_by == evaluator and study.created_at.year > 2000
    response = client.post(reverse("evaluation:study_edit", args=[study.pk]),
                           {"name": "Mass study edited", **extra})
    assert response.status_code == 302
    study.refresh_from_db()
    assert (study.name, study.created_by) == ("Mass study edited", evaluator)


SURVEY_SETTINGS = {"kind": "ad_hoc", "answer_within_days": "14", "reminder_after_days": "7",
                   "reminder_count": "2"}


def test_survey_create_and_edit_ignore_study_status_and_version(client, world):
    evaluator = world.users["evaluator"]
    signed_in(client, evaluator)
    extra = {"study": world.away_study.pk, "study_id": world.away_study.pk, "status": "open",
             "sent_at": "2020-01-01T00:00", "version": "7", "created_by": world.users[
                 "outsider"].pk, "previous_version": world.survey.pk}
    response = client.post(reverse("evaluation:survey_create", args=[world.study.pk]),
                           {"title": "Mass survey", "kind": "ad_hoc", **extra})
    assert response.status_code == 302
    survey = Survey.objects.get(title="Mass survey")
    assert (survey.study, survey.status, survey.version, survey.created_by, survey.sent_at,
            survey.previous_version) == (world.study, SurveyStatus.DRAFT, 1, evaluator, None,
                                         None)
    response = client.post(reverse("evaluation:survey_edit", args=[survey.pk]),
                           {**SURVEY_SETTINGS, "title": "Mass survey edited", **extra})
    assert response.status_code == 302
    survey.refresh_from_db()
    assert survey.title == "Mass survey edited"
    assert (survey.study, survey.status, survey.version, survey.sent_at) == (
        world.study, SurveyStatus.DRAFT, 1, None)


def test_question_create_and_edit_ignore_the_survey(client, world):
    signed_in(client, world.users["evaluator"])
    survey, away_survey = world.survey, world.away_survey
    form = {"text": "Mass question?", "type": "likert", "value_labels": "1, No\n2, Yes"}
    extra = {"survey": away_survey.pk, "survey_id": away_survey.pk, "position": "99"}
    response = client.post(reverse("evaluation:question_create", args=[survey.pk]),
                           {**form, "code": "mass_q", **extra})
    assert response.status_code == 302
    question = Question.objects.get(code="mass_q")
    assert question.survey == survey and question.position != 99
    response = client.post(reverse("evaluation:question_edit", args=[survey.pk, question.pk]),
                           {**form, "code": "mass_q", "text": "Edited?", **extra})
    assert response.status_code == 302
    question.refresh_from_db()
    assert (question.text, question.survey) == ("Edited?", survey)
    assert not away_survey.questions.exists()


def test_answers_cannot_set_the_respondent_code_survey_or_place(client, world):
    member, invitation = world.users["member"], world.survey_invitation
    signed_in(client, member)
    response = client.post(reverse("evaluation:answer", args=[invitation.pk]), {
        "q_matrix_q1": "4", "action": "send-blank", "respondent_code": "FORGED", "survey":
        world.away_survey.pk, "survey_id": world.away_survey.pk,
        "community": world.other_community.pk, "session": world.away_session.pk,
        "draft_key": "forged", "user": world.users["outsider"].pk, "status": "draft",
        f"q_{world.question2.code}_extra": "9", "answered": "", "submitted_at": "2000-01-01"})
    assert response.status_code == 302
    response_row = Response.objects.get(survey=world.survey)
    assert response_row.respondent_code not in ("", "FORGED")
    assert (response_row.community, response_row.session, response_row.draft_key,
            response_row.status) == (world.community, None, None, "submitted")
    assert response_row.submitted_at.year > 2000
    assert not Response.objects.filter(survey=world.away_survey).exists()
    assert SurveyInvitation.objects.get(pk=invitation.pk).answered


def test_a_question_of_another_survey_cannot_be_answered_through_this_one(client, world):
    """Only the invitation's survey's questions are fields: q_<code> of another survey's
    question, even with the same code, is not stored."""
    from .factories import add_question

    add_question(world.away_survey, "away_only", text="Away question?")
    signed_in(client, world.users["member"])
    response = client.post(reverse("evaluation:answer", args=[world.survey_invitation.pk]),
                           {"q_matrix_q1": "2", "q_away_only": "5",
                            "action": "send-blank"})
    assert response.status_code == 302
    stored = Response.objects.get(survey=world.survey).answers.values_list("question__code",
                                                                            flat=True)
    assert list(stored) == ["matrix_q1"]


def test_no_one_can_make_themselves_a_survey_respondent_by_posting_an_invitation(client, world):
    """An invitation of someone else is a 404 whatever is posted with it."""
    outsider = world.users["outsider"]
    signed_in(client, outsider)
    response = client.post(reverse("evaluation:answer", args=[world.survey_invitation.pk]),
                           {"q_matrix_q1": "2", "action": "submit", "user": outsider.pk})
    assert response.status_code == 404
    assert not Response.objects.filter(survey=world.survey).exists()


def test_a_member_cannot_create_things_in_another_community_through_their_own(client, world):
    """The community always comes from the URL (checked against memberships), never from
    the form: posting another community's id to one's own community's forms lands the thing
    in one's own community; posting to the other community's URL is a 404."""
    member = world.users["member"]
    signed_in(client, member)
    away = world.other_community.slug
    for name, data in (
            ("casework:case_create", {**CASE_FORM, "title": "Sneaky case"}),
            ("sessions_app:material_add", {"title": "Sneaky", "summary": "x",
                                           "url": "https://example.org/x"})):
        assert client.post(reverse(name, args=[away]), data).status_code == 404
    assert not CaseStudy.objects.filter(title="Sneaky case").exists()
    assert not Material.objects.filter(title="Sneaky").exists()
