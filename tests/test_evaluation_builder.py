"""The survey builder: who may use it, studies, surveys, questions, locking once people have
answered, new versions, preview, and bounded queries."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from evaluation import services
from evaluation.models import (
    Choice,
    Question,
    QuestionType,
    Response,
    ResponseStatus,
    Study,
    Survey,
    SurveyInvitation,
    SurveyKind,
    SurveyStatus,
)

from .factories import (
    add_question,
    make_community,
    make_response,
    make_session,
    make_study,
    make_survey,
    make_user,
)
from .helpers import queries_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def study(community):
    return make_study(community, name="CoP evaluation 2026-27")


@pytest.fixture
def survey(study):
    survey = make_survey(study, title="Baseline", kind=SurveyKind.WAVE, wave="baseline",
                         status=SurveyStatus.DRAFT)
    add_question(survey, "q1", text="I feel supported by colleagues.")
    add_question(survey, "q2", QuestionType.LONG_TEXT, text="What helps?")
    return survey


def u(name, *args):
    return reverse(f"evaluation:{name}", args=args)


def question_data(**extra):
    return {"code": "burnout_1", "text": "How often do you feel tired?", "help_text": "",
            "type": "likert", "required": "on", "section": "Wellbeing",
            "value_labels": "1, Never\n2, Sometimes\n3, Often", "min_value": "",
            "max_value": "", "instrument": "", "subscale": "", "value_cycle": "", **extra}


def settings_data(survey, **extra):
    return {"title": survey.title, "kind": survey.kind, "wave": survey.wave,
            "instructions": survey.instructions, "credit": "", "opens_at": "",
            "closes_at": "", "send_at": "", "answer_within_days": 14,
            "reminder_after_days": 7, "reminder_count": 2, "role_help": survey.role_help,
            "role_helped": survey.role_helped, "role_helper": survey.role_helper,
            "role_helping": survey.role_helping, **extra}


# --- Access ---------------------------------------------------------------------------------

def builder_urls(study, survey):
    q = survey.questions.first()
    return [
        ("get", u("study_list")), ("get", u("study_create")), ("post", u("study_create")),
        ("get", u("study_detail", study.pk)), ("get", u("study_edit", study.pk)),
        ("post", u("study_edit", study.pk)),
        ("get", u("survey_create", study.pk)), ("post", u("survey_create", study.pk)),
        ("get", u("survey_detail", survey.pk)), ("get", u("survey_edit", survey.pk)),
        ("post", u("survey_edit", survey.pk)),
        ("get", u("survey_preview", survey.pk)), ("post", u("survey_status", survey.pk)),
        ("post", u("survey_send_now", survey.pk)),
        ("get", u("survey_new_version", survey.pk)),
        ("post", u("survey_new_version", survey.pk)),
        ("get", u("question_create", survey.pk)), ("post", u("question_create", survey.pk)),
        ("get", u("question_edit", survey.pk, q.pk)),
        ("post", u("question_edit", survey.pk, q.pk)),
        ("get", u("question_delete", survey.pk, q.pk)),
        ("post", u("question_delete", survey.pk, q.pk)),
        ("post", u("question_move", survey.pk, q.pk)),
    ]


def test_anonymous_visitors_are_sent_to_sign_in(client, study, survey):
    for method, url in builder_urls(study, survey):
        response = getattr(client, method)(url)
        assert response.status_code == 302, url
        assert reverse("account_login") in response["Location"]


@pytest.mark.parametrize("who", ["member", "facilitator", "outsider", "former_member",
                                 "site_admin"])
def test_everyone_but_evaluators_gets_403(client, study, survey, who, request):
    client.force_login(request.getfixturevalue(who))
    for method, url in builder_urls(study, survey):
        assert getattr(client, method)(url).status_code == 403, (who, method, url)
    # Nothing was changed on the way.
    assert Study.objects.count() == 1 and Survey.objects.count() == 1
    assert survey.questions.count() == 2


def test_evaluators_see_every_page(client, evaluator, study, survey):
    client.force_login(evaluator)
    for method, url in builder_urls(study, survey):
        if method == "get":
            assert client.get(url).status_code == 200, url


def test_a_missing_study_or_survey_is_404_for_evaluators(client, evaluator, survey):
    client.force_login(evaluator)
    assert client.get(u("study_detail", 999_999)).status_code == 404
    assert client.get(u("survey_detail", 999_999)).status_code == 404
    other = make_survey(make_study())
    question = add_question(other, "x1")
    # A question of another survey is not found through this one.
    assert client.get(u("question_edit", survey.pk, question.pk)).status_code == 404


def test_services_refuse_non_evaluators(member, study):
    with pytest.raises(Exception) as info:
        services.study_create(actor=member, data={"name": "x"})
    assert info.type.__name__ == "PermissionDenied"


# --- Studies --------------------------------------------------------------------------------

def test_create_and_edit_a_study(client, evaluator, community, other_community):
    client.force_login(evaluator)
    response = client.post(u("study_create"), {
        "name": "Communities of Practice evaluation 2026-27", "description": "Value and wellbeing",
        "communities": [community.pk, other_community.pk]})
    study = Study.objects.get()
    assert response.status_code == 302 and response["Location"] == study.get_absolute_url()
    assert set(study.communities.all()) == {community, other_community}
    assert study.created_by == evaluator
    client.post(u("study_edit", study.pk), {"name": "Renamed", "description": "",
                                            "communities": [community.pk]})
    study.refresh_from_db()
    assert study.name == "Renamed" and list(study.communities.all()) == [community]
    page = client.get(u("study_list")).content.decode()
    assert "Renamed" in page and "Add a survey" in page


def test_study_form_lists_every_community(client, evaluator, community, other_community):
    client.force_login(evaluator)
    page = client.get(u("study_create")).content.decode()
    assert community.name in page and other_community.name in page


def test_study_detail_shows_surveys_with_counts(client, evaluator, study, survey, community):
    make_response(survey, community=community)
    make_response(survey, community=community)
    Response.objects.create(survey=survey, respondent_code="DRAFTCODE1", draft_key="k" * 64)
    SurveyInvitation.objects.create(survey=survey, user=make_user())
    client.force_login(evaluator)
    response = client.get(u("study_detail", study.pk))
    surveys = response.context["surveys"]
    assert [(s.submitted_count, s.draft_count, s.invitation_count) for s in surveys] == [
        (2, 1, 1)]
    assert "Baseline" in response.content.decode()


@pytest.mark.parametrize("kind, people, responses, shown", [
    (SurveyKind.WAVE, 3, 3, "fewer than 5"),
    (SurveyKind.WAVE, 6, 6, None),
    (SurveyKind.WAVE, 0, 0, None),
    # Post-session: 6 responses from 3 people (two sessions each).
    (SurveyKind.POST_SESSION, 3, 6, "not shown: from fewer than 5 people"),
    (SurveyKind.POST_SESSION, 6, 6, None),
])
def test_the_builders_counts_are_hidden_as_the_results_page_hides_them(
        client, evaluator, study, community, kind, people, responses, shown):
    from evaluation import dashboard, selectors

    survey = make_survey(study, title="Counted", kind=kind, wave="w1")
    add_question(survey, "q1")
    sessions = [make_session(community, title=f"S{n}", starts_in=timedelta(days=-(n + 1)),
                             hours=24)
                for n in range(2)] if kind == SurveyKind.POST_SESSION else [None]
    users = [make_user() for _ in range(people)]
    for n in range(responses):
        user, session = users[n % people], sessions[(n // people) % len(sessions)]
        make_response(survey, user=user, community=community, session=session)
        SurveyInvitation.objects.create(survey=survey, user=user, session=session,
                                        answered=True)
    counts = dashboard.survey_counts(selectors.survey_with_counts(survey.pk))
    headline = dashboard.survey_results(survey).headline
    assert (counts.responses, counts.responses_hidden_text) == (
        headline.responses, headline.responses_hidden_text)
    assert counts.responses == (None if shown else responses)
    assert counts.answered == (None if shown else responses)

    client.force_login(evaluator)
    for page in (u("survey_detail", survey.pk), u("study_detail", study.pk), u("study_list")):
        html = client.get(page).content.decode()
        if shown:
            assert f'<span class="cop-hidden-number">{shown}</span>' in html, page
            assert f'submitted</dt><dd class="govuk-summary-list__value">{responses}<' not in html
        else:
            assert "cop-hidden-number" not in html, page


# --- Surveys --------------------------------------------------------------------------------

def test_create_a_blank_survey(client, evaluator, study):
    client.force_login(evaluator)
    response = client.post(u("survey_create", study.pk), {
        "start": "", "title": "Mid-year check", "kind": "ad_hoc", "wave": ""})
    survey = Survey.objects.get()
    assert response["Location"] == survey.get_absolute_url()
    assert (survey.title, survey.kind, survey.status) == ("Mid-year check", "ad_hoc", "draft")
    assert survey.questions.count() == 0


def test_blank_survey_needs_a_title_and_a_wave_needs_a_label(client, evaluator, study):
    client.force_login(evaluator)
    page = client.post(u("survey_create", study.pk), {"start": "", "title": "", "kind": ""})
    assert "Give the survey a title." in page.content.decode()
    page = client.post(u("survey_create", study.pk), {"start": "", "title": "Baseline",
                                                      "kind": "wave", "wave": ""})
    assert "A wave needs a label" in page.content.decode()
    page = client.post(u("survey_create", study.pk), {"start": "proqol5", "title": "",
                                                      "kind": "", "wave": ""})
    assert "A wave needs a label" in page.content.decode()  # the ProQOL template is a wave
    assert not Survey.objects.exists()


def test_create_a_survey_from_a_template(client, evaluator, study):
    client.force_login(evaluator)
    client.post(u("survey_create", study.pk), {"start": "proqol5", "title": "", "kind": "",
                                               "wave": "baseline"})
    survey = Survey.objects.get()
    assert survey.template_key == "proqol5" and survey.wave == "baseline"
    assert survey.kind == SurveyKind.WAVE and "Stamm" in survey.credit
    assert survey.questions.count() == 30
    page = client.get(survey.get_absolute_url()).content.decode()
    assert "proqol_01" in page and "reverse-scored" in page and "www.proqol.org" in page
    assert "Compassion Satisfaction" in page


def test_template_kind_and_title_can_be_overridden(evaluator, study):
    survey = services.survey_create_from_template(
        actor=evaluator, study=study, template_key="post-session", title="After sessions",
        kind=SurveyKind.POST_SESSION)
    assert survey.title == "After sessions" and survey.status == SurveyStatus.DRAFT
    with pytest.raises(ValidationError):
        services.survey_create_from_template(actor=evaluator, study=study,
                                             template_key="nonsense")


def test_settings_are_saved(client, evaluator, survey):
    client.force_login(evaluator)
    response = client.post(u("survey_edit", survey.pk), settings_data(
        survey, title="Baseline 2026", opens_at="2030-01-10T09:00",
        closes_at="2030-02-10T17:00", send_at="2030-01-10T10:00", reminder_count=1,
        anonymous="on"))
    assert response.status_code == 302
    survey.refresh_from_db()
    assert survey.title == "Baseline 2026" and survey.reminder_count == 1 and survey.anonymous
    local = timezone.localtime(survey.opens_at)
    assert (local.day, local.hour, local.tzname()) == (10, 9, "GMT")
    page = client.get(u("survey_edit", survey.pk)).content.decode()
    assert 'value="2030-01-10T09:00"' in page


def test_days_to_answer_apply_only_to_post_session_surveys(client, evaluator, survey):
    client.force_login(evaluator)
    page = client.get(u("survey_edit", survey.pk)).content.decode()
    assert "Post-session surveys only" in page and "Leave it empty for waves" in page
    # A wave is saved with it left empty; the number kept does not change.
    response = client.post(u("survey_edit", survey.pk),
                           settings_data(survey, answer_within_days="", title="Baseline 2"))
    assert response.status_code == 302
    survey.refresh_from_db()
    assert (survey.title, survey.answer_within_days) == ("Baseline 2", 14)
    # A post-session survey needs it.
    response = client.post(u("survey_edit", survey.pk),
                           settings_data(survey, kind="post_session", answer_within_days=""))
    assert response.status_code == 200
    assert response.context["form"].errors["answer_within_days"] == [services.DAYS_NEEDED]
    survey.refresh_from_db()
    assert survey.kind == SurveyKind.WAVE
    response = client.post(u("survey_edit", survey.pk),
                           settings_data(survey, kind="post_session", answer_within_days="7"))
    assert response.status_code == 302
    survey.refresh_from_db()
    assert (survey.kind, survey.answer_within_days) == (SurveyKind.POST_SESSION, 7)


@pytest.mark.parametrize("change, field, message", [
    ({"opens_at": "2030-02-10T09:00", "closes_at": "2030-01-10T09:00"}, "closes_at",
     "The survey must close after it opens."),
    ({"wave": ""}, "wave", "A wave needs a label"),
    ({"reminder_count": 3}, "reminder_count", "At most two reminders"),
    ({"kind": "post_session", "send_at": "2030-01-10T09:00"}, "send_at",
     "Post-session surveys go out when a session is completed"),
    ({"closes_at": "2030-01-10T09:00", "send_at": "2030-01-11T09:00"}, "send_at",
     "Invitations must go before the survey closes."),
    ({"opens_at": "2030-01-10T09:00", "send_at": "2030-01-09T09:00"}, "send_at",
     "Invitations cannot go before the survey opens."),
])
def test_settings_validation_messages_sit_by_their_field(client, evaluator, survey, change,
                                                         field, message):
    client.force_login(evaluator)
    response = client.post(u("survey_edit", survey.pk), settings_data(survey, **change))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert message in " ".join(errors[field])
    assert message in response.content.decode()
    survey.refresh_from_db()
    assert survey.title == "Baseline" and survey.reminder_count == 2


def test_open_and_close(client, evaluator, survey):
    client.force_login(evaluator)
    client.post(u("survey_status", survey.pk), {"status": "open"})
    survey.refresh_from_db()
    assert survey.status == SurveyStatus.OPEN
    client.post(u("survey_status", survey.pk), {"status": "closed"})
    survey.refresh_from_db()
    assert survey.status == SurveyStatus.CLOSED
    assert client.get(u("survey_status", survey.pk)).status_code == 405


def test_an_empty_survey_cannot_open(client, evaluator, study):
    empty = make_survey(study, status=SurveyStatus.DRAFT)
    client.force_login(evaluator)
    response = client.post(u("survey_status", empty.pk), {"status": "open"}, follow=True)
    assert "Add at least one question before opening" in response.content.decode()
    empty.refresh_from_db()
    assert empty.status == SurveyStatus.DRAFT


def test_send_now_sets_the_date_only_for_an_open_wave(client, evaluator, survey, study):
    client.force_login(evaluator)
    response = client.post(u("survey_send_now", survey.pk), follow=True)
    assert "Open the survey first" in response.content.decode()
    survey.refresh_from_db()
    assert survey.send_at is None
    survey.status = SurveyStatus.OPEN
    survey.save()
    client.post(u("survey_send_now", survey.pk))
    survey.refresh_from_db()
    assert abs(survey.send_at - timezone.now()) < timedelta(seconds=30)
    assert survey.sent_at is None  # the sweep makes the invitations
    post_session = make_survey(study, kind=SurveyKind.POST_SESSION)
    add_question(post_session, "q1")
    client.post(u("survey_send_now", post_session.pk))
    post_session.refresh_from_db()
    assert post_session.send_at is None


def test_once_sent_the_send_date_is_fixed(client, evaluator, survey):
    sent = timezone.now() - timedelta(days=1)
    Survey.objects.filter(pk=survey.pk).update(send_at=sent, sent_at=sent)
    survey.refresh_from_db()
    client.force_login(evaluator)
    client.post(u("survey_edit", survey.pk), settings_data(survey, send_at="2031-01-01T09:00"))
    survey.refresh_from_db()
    assert survey.send_at == sent
    with pytest.raises(ValidationError):
        services.survey_update(actor=evaluator, survey=survey,
                               data={"send_at": timezone.now()})


# --- Questions ------------------------------------------------------------------------------

def test_add_a_question_with_value_labels(client, evaluator, survey):
    client.force_login(evaluator)
    response = client.post(u("question_create", survey.pk), question_data())
    question = survey.questions.get(code="burnout_1")
    assert response["Location"].endswith(f"#question-{question.pk}")
    assert question.position == 3 and question.required and question.section == "Wellbeing"
    assert [(c.value, c.label) for c in question.choices.all()] == [
        (1, "Never"), (2, "Sometimes"), (3, "Often")]


@pytest.mark.parametrize("change, field, message", [
    ({"code": "1st"}, "code", "Start with a letter"),
    ({"code": "has space"}, "code", "Start with a letter"),
    ({"code": "Q1"}, "code", "already uses the code “q1”"),
    ({"code": "with"}, "code", "reserved word"),
    ({"code": "a___1"}, "code", "three underscores"),
    ({"value_labels": "1, Never"}, "value_labels", "at least two options"),
    ({"value_labels": "1 Never\n2, Often"}, "value_labels", "Line 1: write the code"),
    ({"value_labels": "1, Never\n1, Often"}, "value_labels", "the code 1 is used twice"),
    ({"type": "scale", "value_labels": "0, Not at all\n11, Too much"}, "value_labels",
     "only label the points 0 to 10"),
    ({"type": "short_text"}, "value_labels", "leave this empty"),
    ({"type": "multiple", "value_labels": "-1, None\n1, One"}, "value_labels",
     "must be 0 or above"),
    ({"type": "number", "value_labels": "", "min_value": "10", "max_value": "5"},
     "max_value", "The highest number must be above the lowest."),
    ({"min_value": "1"}, "min_value", "only for number questions"),
    ({"reverse_scored": "on"}, "instrument", "name the instrument"),
])
def test_question_validation_messages(client, evaluator, survey, change, field, message):
    client.force_login(evaluator)
    response = client.post(u("question_create", survey.pk), question_data(**change))
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert survey.questions.count() == 2


def test_scale_and_number_questions(client, evaluator, survey):
    client.force_login(evaluator)
    client.post(u("question_create", survey.pk), question_data(
        code="useful", type="scale", value_labels="0, Not at all\n10, Completely"))
    client.post(u("question_create", survey.pk), question_data(
        code="caseload", type="number", value_labels="", min_value="0", max_value="200"))
    scale, number = survey.questions.get(code="useful"), survey.questions.get(code="caseload")
    assert scale.choices.count() == 2 and number.choices.count() == 0
    assert (number.min_value, number.max_value) == (0, 200)
    page = client.get(survey.get_absolute_url()).content.decode()
    assert "0 to 200" in page and "10, Completely" in page


def test_edit_a_question_and_its_labels(client, evaluator, survey):
    question = survey.questions.get(code="q1")
    client.force_login(evaluator)
    page = client.get(u("question_edit", survey.pk, question.pk)).content.decode()
    assert "1, Strongly disagree" in page
    client.post(u("question_edit", survey.pk, question.pk), question_data(
        code="support", text="I feel supported.", value_labels="0, No\n1, Yes",
        type="single"))
    question.refresh_from_db()
    assert (question.code, question.type) == ("support", "single")
    assert [(c.value, c.label) for c in question.choices.all()] == [(0, "No"), (1, "Yes")]
    # Saving with its own code is not a clash.
    response = client.post(u("question_edit", survey.pk, question.pk), question_data(
        code="support", value_labels="0, No\n1, Yes", type="single"))
    assert response.status_code == 302


def test_move_and_delete(client, evaluator, survey):
    q1, q2 = survey.questions.order_by("position")
    q3 = add_question(survey, "q3")
    client.force_login(evaluator)
    client.post(u("question_move", survey.pk, q3.pk), {"direction": "up"})
    assert list(survey.questions.values_list("code", flat=True)) == ["q1", "q3", "q2"]
    client.post(u("question_move", survey.pk, q1.pk), {"direction": "up"})  # already first
    client.post(u("question_move", survey.pk, q1.pk), {"direction": "down"})
    assert list(survey.questions.values_list("code", flat=True)) == ["q3", "q1", "q2"]
    client.post(u("question_delete", survey.pk, q1.pk))
    assert list(survey.questions.values_list("code", "position")) == [("q3", 1), ("q2", 2)]


def test_survey_detail_groups_questions_by_section(client, evaluator, study):
    survey = make_survey(study)
    add_question(survey, "a1", section="About you")
    add_question(survey, "a2", section="About you")
    add_question(survey, "w1", section="About your work")
    client.force_login(evaluator)
    response = client.get(survey.get_absolute_url())
    assert [(g["name"], [q.code for q in g["questions"]])
            for g in response.context["sections"]] == [
        ("About you", ["a1", "a2"]), ("About your work", ["w1"])]
    page = response.content.decode()
    assert "Section: About you" in page
    for name in ("survey_preview", "survey_results", "export_form"):
        assert u(name, survey.pk) in page


# --- Locking once anyone has answered ----------------------------------------------------

@pytest.fixture(params=["submitted", "draft"])
def answered(request, survey):
    if request.param == "submitted":
        make_response(survey, answers={"q1": 4})
    else:
        Response.objects.create(survey=survey, respondent_code="ABCDEFGHIJ",
                                status=ResponseStatus.DRAFT, draft_key="d" * 64)
    return survey


def test_locked_survey_keeps_codes_types_and_labels(client, evaluator, answered):
    survey = answered
    question = survey.questions.get(code="q1")
    client.force_login(evaluator)
    page = client.get(u("question_edit", survey.pk, question.pk)).content.decode()
    assert "People have already answered this survey" in page
    assert "make a new version" in page
    # Disabled fields ignore what is posted; the typo fix goes through.
    response = client.post(u("question_edit", survey.pk, question.pk), question_data(
        code="renamed", type="single", value_labels="1, Yes\n2, No",
        text="I feel suported by colleagues.", required="", section=""))
    assert response.status_code == 302
    question.refresh_from_db()
    assert (question.code, question.type) == ("q1", "likert")
    assert question.text == "I feel suported by colleagues."
    assert question.choices.count() == 5
    # The services refuse directly, too.
    data = {"code": "renamed", "text": question.text, "type": "likert",
            "choices": [(c.value, c.label) for c in question.choices.all()]}
    with pytest.raises(ValidationError) as info:
        services.question_update(actor=evaluator, question=question, data=data)
    assert "code" in info.value.message_dict
    data["code"], data["choices"] = "q1", [(1, "Yes"), (2, "No")]
    with pytest.raises(ValidationError) as info:
        services.question_update(actor=evaluator, question=question, data=data)
    assert "value_labels" in info.value.message_dict


def test_locked_wording_allows_typo_fixes_only(client, evaluator, answered):
    question = answered.questions.get(code="q1")
    client.force_login(evaluator)
    response = client.post(u("question_edit", answered.pk, question.pk), question_data(
        text="How many times this year did you meet the housing team?"))
    assert response.status_code == 200
    assert "That changes the wording a lot" in " ".join(response.context["form"].errors["text"])
    question.refresh_from_db()
    assert question.text == "I feel supported by colleagues."


def test_locked_questions_cannot_be_deleted_but_can_be_added_and_moved(client, evaluator,
                                                                       answered):
    survey = answered
    question = survey.questions.get(code="q1")
    client.force_login(evaluator)
    page = client.get(u("question_delete", survey.pk, question.pk)).content.decode()
    assert "cannot be deleted" in page and u("survey_new_version", survey.pk) in page
    client.post(u("question_delete", survey.pk, question.pk))
    assert survey.questions.filter(pk=question.pk).exists()
    client.post(u("question_move", survey.pk, question.pk), {"direction": "down"})
    assert list(survey.questions.values_list("code", flat=True)) == ["q2", "q1"]
    client.post(u("question_create", survey.pk), question_data(code="extra"))
    assert survey.questions.filter(code="extra").exists()
    detail = client.get(survey.get_absolute_url()).content.decode()
    assert "People have answered this survey" in detail and "Make a new version" in detail


def test_locked_survey_keeps_its_kind_and_anonymity(client, evaluator, answered):
    client.force_login(evaluator)
    client.post(u("survey_edit", answered.pk), settings_data(
        answered, kind="ad_hoc", anonymous="on", title="New title"))
    answered.refresh_from_db()
    assert (answered.kind, answered.anonymous, answered.title) == ("wave", False, "New title")
    with pytest.raises(ValidationError) as info:
        services.survey_update(actor=evaluator, survey=answered, data={"anonymous": True})
    assert "anonymous" in info.value.message_dict


def test_new_version_copies_questions_and_labels(client, evaluator, answered):
    survey = answered
    survey.status = SurveyStatus.OPEN
    survey.credit = "Credit line"
    survey.save()
    add_question(survey, "n1", QuestionType.NUMBER, min_value=0, max_value=10,
                 instrument="X", subscale="Y", reverse_scored=True, section="S")
    client.force_login(evaluator)
    assert "Make version 2" in client.get(u("survey_new_version", survey.pk)).content.decode()
    response = client.post(u("survey_new_version", survey.pk))
    copy = Survey.objects.get(previous_version=survey)
    assert response["Location"] == copy.get_absolute_url()
    assert (copy.version, copy.status, copy.title, copy.credit, copy.wave) == (
        2, SurveyStatus.DRAFT, survey.title, "Credit line", "baseline")
    assert copy.opens_at is None and copy.closes_at is None and copy.send_at is None

    def shape(s):
        return [(q.code, q.text, q.type, q.position, q.section, q.min_value, q.max_value,
                 q.instrument, q.subscale, q.reverse_scored,
                 [(c.value, c.label, c.position) for c in q.choices.all()])
                for q in s.questions.prefetch_related("choices")]

    assert shape(copy) == shape(survey)
    assert not Choice.objects.filter(question__survey=copy).filter(
        pk__in=Choice.objects.filter(question__survey=survey)).exists()
    assert copy.responses.count() == 0 and survey.responses.count() == 1
    # The copy is not locked; a second copy of the first version is refused.
    q = copy.questions.get(code="q1")
    client.post(u("question_delete", copy.pk, q.pk))
    assert not copy.questions.filter(code="q1").exists()
    client.post(u("survey_new_version", survey.pk))
    assert Survey.objects.count() == 2


# --- Words for the respondent's role (the ProQOL's "[helper]") ----------------------------------

ROLE_LABEL = "Their role, for “[helper]”"


def test_a_new_proqol_says_which_words_stand_for_the_role(client, evaluator, study):
    client.force_login(evaluator)
    response = client.post(u("survey_create", study.pk), {
        "start": "proqol5", "title": "", "kind": "", "wave": "baseline"}, follow=True)
    page = response.content.decode()
    assert "change these words for your respondents&#x27; role in the settings" in page
    assert "“[helper]” reads “support worker”" in page and "“[help]” reads “support”" in page
    assert "I like my work as a support worker." in page  # the question list, as shown
    assert "When you support people you have direct contact" in page  # the instructions
    survey = Survey.objects.get()
    assert (survey.role_help, survey.role_helped, survey.role_helper, survey.role_helping) == (
        "support", "supported", "support worker", "support work")


def test_the_settings_set_the_words_only_where_they_are_used(client, evaluator, study, survey):
    proqol = services.survey_create_from_template(actor=evaluator, study=study,
                                                  template_key="proqol5", wave="baseline")
    client.force_login(evaluator)
    assert ROLE_LABEL not in client.get(u("survey_edit", survey.pk)).content.decode()
    page = client.get(u("survey_edit", proqol.pk)).content.decode()
    assert ROLE_LABEL in page and 'value="support worker"' in page
    words = {"role_helper": "outreach worker", "role_help": "work with",
             "role_helped": "worked with", "role_helping": "outreach work"}
    response = client.post(u("survey_edit", proqol.pk), settings_data(proqol, **words))
    assert response.status_code == 302
    proqol.refresh_from_db()
    assert {name: getattr(proqol, name) for name in words} == words
    page = client.get(proqol.get_absolute_url()).content.decode()
    assert "I like my work as a outreach worker." in page
    assert "I feel as though I am experiencing the trauma of someone I have worked with." in page
    assert "Because of my outreach work, I have felt" in page
    # A word cannot be left empty.
    response = client.post(u("survey_edit", proqol.pk), settings_data(
        proqol, **{**words, "role_helper": " "}))
    assert response.status_code == 200
    assert "role_helper" in response.context["form"].errors
    with pytest.raises(ValidationError) as info:
        services.survey_update(actor=evaluator, survey=proqol, data={"role_help": ""})
    assert info.value.message_dict["role_help"] == [services.ROLE_WORD_NEEDED]
    # A question of the evaluator's own may use them too.
    client.post(u("question_create", survey.pk), question_data(
        code="own", text="My [helping] is valued.", value_labels="1, No\n2, Yes"))
    assert ROLE_LABEL in client.get(u("survey_edit", survey.pk)).content.decode()
    assert "My support work is valued." in client.get(survey.get_absolute_url()).content.decode()


def test_the_words_are_fixed_once_anyone_has_answered(client, evaluator, study):
    proqol = services.survey_create_from_template(actor=evaluator, study=study,
                                                  template_key="proqol5", wave="baseline")
    make_response(proqol, answers={"proqol_01": 3})
    client.force_login(evaluator)
    page = client.get(u("survey_edit", proqol.pk)).content.decode()
    assert page.count("Locked: people have already answered this survey.") == 6
    client.post(u("survey_edit", proqol.pk), settings_data(proqol, role_helper="nurse",
                                                           title="Renamed"))
    proqol.refresh_from_db()
    assert (proqol.role_helper, proqol.title) == ("support worker", "Renamed")
    with pytest.raises(ValidationError) as info:
        services.survey_update(actor=evaluator, survey=proqol, data={"role_helper": "nurse"})
    assert "the words for the role can no longer change" in info.value.message_dict[
        "role_helper"][0]
    # A new version takes them, and may change them.
    Survey.objects.filter(pk=proqol.pk).update(role_helper="key worker")
    copy = services.survey_new_version(actor=evaluator, survey=proqol)
    assert copy.role_helper == "key worker" and copy.role_helping == "support work"
    services.survey_update(actor=evaluator, survey=copy, data={"role_helper": "nurse"})


# --- Preview --------------------------------------------------------------------------------

def test_preview_shows_the_survey_and_saves_nothing(client, evaluator, study):
    survey = services.survey_create_from_template(actor=evaluator, study=study,
                                                  template_key="proqol5", wave="baseline")
    survey.questions.filter(code="proqol_01").update(required=True)
    client.force_login(evaluator)
    page = client.get(u("survey_preview", survey.pk)).content.decode()
    assert "I am preoccupied with more than one person I support." in page
    assert "[help]" not in page
    assert "Very Often" in page and "www.proqol.org" in page
    assert "Nothing you enter here is saved" in page
    response = client.post(u("survey_preview", survey.pk), {})
    assert "Answer this question." in response.content.decode()
    response = client.post(u("survey_preview", survey.pk), {"q_proqol_01": "3"})
    assert "These answers would be accepted" in response.content.decode()
    assert Response.objects.count() == 0


# --- Bounded queries ------------------------------------------------------------------------

def grow(study, count):
    for n in range(count):
        other = make_study(make_community(), make_community())
        for target in (study, other):
            survey = make_survey(target, title=f"Survey {n}")
            add_question(survey, "a", section="One")
            add_question(survey, "b", QuestionType.MULTIPLE, section="Two")
            make_response(survey, answers={"a": 3, "b": [1, 2]})
            SurveyInvitation.objects.create(survey=survey, user=make_user(), answered=True)


def test_study_pages_run_a_fixed_number_of_queries(client, evaluator, study):
    client.force_login(evaluator)
    grow(study, 1)
    small = [queries_for(client, u("study_list")), queries_for(client, u("study_detail",
                                                                           study.pk))]
    grow(study, 6)
    large = [queries_for(client, u("study_list")), queries_for(client, u("study_detail",
                                                                           study.pk))]
    assert small == large
    assert max(large) <= 12


def test_survey_detail_runs_a_fixed_number_of_queries(client, evaluator, study):
    survey = make_survey(study)
    add_question(survey, "a0")
    client.force_login(evaluator)
    url = u("survey_detail", survey.pk)
    small = queries_for(client, url)
    for n in range(25):
        add_question(survey, f"a{n + 1}", section=f"Section {n % 3}",
                     instrument="ProQOL 5" if n % 2 else "", subscale="Burnout")
        make_response(survey, answers={"a0": 2})
        SurveyInvitation.objects.create(survey=survey, user=make_user())
    large = queries_for(client, url)
    assert small == large
    assert large <= 12
    for name in ("question_edit", "question_delete"):
        q = survey.questions.last()
        assert queries_for(client, u(name, survey.pk, q.pk)) <= 12


def test_question_model_keeps_positions_after_template_creation(evaluator, study):
    survey = services.survey_create_from_template(actor=evaluator, study=study,
                                                  template_key="cbi", wave="baseline")
    assert list(Question.objects.filter(survey=survey).values_list("position", flat=True)) \
        == list(range(1, 20))
