"""Answering a survey, signed in or by the single-use link: drafts, submission, the server's
checks, and that nothing connects a person to their answers."""

import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from evaluation import answering, invitations, pseudonyms
from evaluation.answer_form import SurveyAnswerForm
from evaluation.models import (
    Answer,
    Choice,
    QuestionType,
    Response,
    ResponseStatus,
    SurveyInvitation,
    SurveyKind,
    SurveyStatus,
)
from members.models import User

from .factories import (
    add_question,
    join,
    make_community,
    make_session,
    make_study,
    make_survey,
    make_user,
)
from .helpers import queries_for
from .workers import at_once

pytestmark = pytest.mark.django_db


# --- Test data -----------------------------------------------------------------------------


def full_survey(community, **fields):
    """One question of each type; `useful`, `cycles` and `rating` are required."""
    study = make_study(community, name="CoP evaluation")
    survey = make_survey(study, title="After the session", instructions="Think of today.",
                         credit="Written for this product.", **fields)
    add_question(survey, "useful", required=True, text="The session was useful to me",
                 section="Value", help_text="Think about what you can use.")
    add_question(survey, "role", QuestionType.SINGLE, text="Your sector",
                 choices=[(1, "Statutory"), (2, "Voluntary")])
    add_question(survey, "cycles", QuestionType.MULTIPLE, required=True,
                 text="What did you get from it?",
                 choices=[(1, "Ideas"), (2, "Contacts"), (3, "Support")])
    rating = add_question(survey, "rating", QuestionType.SCALE, required=True,
                          text="How likely are you to come again?", section="Overall")
    Choice.objects.create(question=rating, value=0, label="Not at all", position=1)
    Choice.objects.create(question=rating, value=10, label="Certainly", position=2)
    add_question(survey, "hours", QuestionType.NUMBER, text="Hours spent on the case",
                 min_value=Decimal(0), max_value=Decimal(40))
    add_question(survey, "word", QuestionType.SHORT_TEXT, text="One word for it")
    add_question(survey, "story", QuestionType.LONG_TEXT, text="Anything else?")
    return survey


def invite(survey, user, community, **fields) -> SurveyInvitation:
    return SurveyInvitation.objects.create(survey=survey, user=user, community=community,
                                           expires_at=survey.closes_at, **fields)


def give_link(invitation) -> str:
    """A link as the email would carry it."""
    token = f"test-{invitation.pk}-{'x' * 30}"
    invitation.token_hash = invitations.hash_token(token)
    invitation.save()
    return reverse("evaluation:answer_by_link", args=[token])


COMPLETE = {"action": "submit", "q_useful": "4", "q_role": "2", "q_cycles": ["1", "3"],
            "q_rating": "8", "q_hours": "2.5", "q_word": "Heard", "q_story": "A long story."}


@pytest.fixture
def survey(community):
    return full_survey(community)


@pytest.fixture
def invitation(survey, member, community):
    return invite(survey, member, community)


# --- The form ----------------------------------------------------------------------------


def test_the_form_shows_each_question_accessibly(client, member, invitation):
    client.force_login(member)
    response = client.get(reverse("evaluation:answer", args=[invitation.pk]))
    assert response.status_code == 200
    html = response.text
    assert "Think of today." in html and "Written for this product." in html
    assert '<h2 class="govuk-heading-m">Value</h2>' in html
    assert '<h2 class="govuk-heading-m">Overall</h2>' in html
    # Choices in a fieldset with a legend, help text tied to it.
    assert re.search(r'<fieldset class="govuk-fieldset" aria-describedby="id_q_useful_help">\s*'
                     r'<legend[^>]*>The session was useful to me', html)
    assert 'type="radio" name="q_useful" id="id_q_useful_0" value="1"' in html
    # GOV.UK radios; short labels (a 0 to 10 scale) side by side, long ones one under another.
    assert ('<input class="govuk-radios__input" type="radio" name="q_useful" '
            'id="id_q_useful_0"' in html)
    assert re.search(r'<div class="govuk-radios govuk-radios--small govuk-radios--inline '
                     r'cop-radios-inline" '
                     r'data-module="govuk-radios">\s*<div class="govuk-radios__item">\s*'
                     r'<input [^>]*name="q_rating"', html)
    assert '<input class="govuk-checkboxes__input" type="checkbox" name="q_cycles"' in html
    assert 'type="checkbox" name="q_cycles"' in html
    assert html.count('name="q_rating"') == 11 and "0 = Not at all, 10 = Certainly" in html
    assert re.search(r'name="q_hours"[^>]*type="number"[^>]*min="0" max="40"', html)
    assert "A number from 0 to 40." in html
    assert re.search(r'<textarea[^>]*name="q_story"', html)
    assert "pseudonymous" in html
    assert "Save and finish later" in html and "Send your answers" in html


def test_cleaned_answers_use_the_storage_of_answers(survey):
    questions = list(survey.questions.prefetch_related("choices"))
    form = SurveyAnswerForm(survey, questions, data={**COMPLETE, "q_word": "", "q_hours": ""})
    assert form.is_valid(), form.errors
    by_code = {q.pk: q.code for q in questions}
    assert {by_code[pk]: value for pk, value in form.cleaned_answers().items()} == {
        "useful": {"number": Decimal(4)}, "role": {"number": Decimal(2)},
        "cycles": {"choices": [1, 3]}, "rating": {"number": Decimal(8)},
        "story": {"text": "A long story."},
    }


def test_choices_not_offered_and_numbers_out_of_bounds_are_refused(survey):
    questions = list(survey.questions.prefetch_related("choices"))
    form = SurveyAnswerForm(survey, questions,
                            data={**COMPLETE, "q_useful": "9", "q_hours": "41",
                                  "q_cycles": ["4"], "q_rating": "11"}, require=False)
    assert not form.is_valid()
    assert set(form.errors) == {"q_useful", "q_hours", "q_cycles", "q_rating"}


# --- Access --------------------------------------------------------------------------------


def test_only_the_invitee_may_answer_signed_in(client, invitation, facilitator, outsider,
                                               evaluator, site_admin):
    url = reverse("evaluation:answer", args=[invitation.pk])
    assert client.get(url).status_code == 302  # sign in first
    for someone in (facilitator, outsider, evaluator, site_admin):
        client.force_login(someone)
        assert client.get(url).status_code == 404
        assert client.post(url, COMPLETE).status_code == 404
    assert not Response.objects.exists()
    assert client.get(reverse("evaluation:answer", args=[invitation.pk + 999])).status_code == 404


def test_the_link_works_without_signing_in_and_for_anyone_signed_in(client, invitation,
                                                                   outsider):
    url = give_link(invitation)
    response = client.get(url)
    assert response.status_code == 200 and "After the session" in response.text
    client.force_login(outsider)
    assert client.get(url).status_code == 200


def test_a_wrong_link_is_a_not_found_page_that_says_so(client, invitation):
    give_link(invitation)
    response = client.get(reverse("evaluation:answer_by_link", args=["not-a-real-token"]))
    assert response.status_code == 404
    assert "This survey link is not valid" in response.text
    assert "After the session" not in response.text


# --- Checks on the server ------------------------------------------------------------------


def test_required_questions_are_enforced_with_the_message_by_the_question(client, member,
                                                                         invitation):
    client.force_login(member)
    url = reverse("evaluation:answer", args=[invitation.pk])
    data = {key: value for key, value in COMPLETE.items()
            if key not in ("q_useful", "q_cycles")}
    response = client.post(url, data)
    assert response.status_code == 200
    html = response.text
    assert "There is a problem" in html
    assert '<div class="govuk-error-summary" data-module="govuk-error-summary"' in html
    assert '<a href="#id_q_useful_0">' in html
    assert '<a href="#id_q_cycles_0">' in html
    # The message sits inside the question's fieldset, which points at it.
    fieldset = re.search(r'<div class="govuk-form-group govuk-form-group--error">\s*'
                         r'<fieldset class="govuk-fieldset" aria-describedby="id_q_useful_help '
                         r'id_q_useful_error">(.*?)</fieldset>', html, re.S)
    assert fieldset and 'id="id_q_useful_error"' in fieldset.group(1)
    assert "Answer this question." in fieldset.group(1)
    assert 'value="8" checked' in html  # what was given is kept
    assert not Response.objects.exists()
    invitation.refresh_from_db()
    assert not invitation.answered


def test_the_service_refuses_missing_required_answers_too(invitation):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        answering.response_submit(invitation_id=invitation.pk, answers={})
    assert not Response.objects.exists()


def test_an_empty_submission_is_refused_even_when_nothing_is_required(client, member,
                                                                      invitation):
    invitation.survey.questions.update(required=False)
    client.force_login(member)
    response = client.post(reverse("evaluation:answer", args=[invitation.pk]),
                           {"action": "submit"})
    assert response.status_code == 200
    assert "Answer at least one question before sending" in response.text
    with pytest.raises(ValidationError):
        answering.response_submit(invitation_id=invitation.pk, answers={})
    assert not Response.objects.exists()
    invitation.refresh_from_db()
    assert not invitation.answered


def test_a_number_out_of_bounds_gets_its_message(client, member, invitation):
    client.force_login(member)
    response = client.post(reverse("evaluation:answer", args=[invitation.pk]),
                           {**COMPLETE, "q_hours": "50"})
    assert response.status_code == 200
    assert re.search(r'id="id_q_hours_error" class="govuk-error-message">'
                     r'<span class="govuk-visually-hidden">Error:</span> Enter a number from 0 '
                     r'to 40.</p>', response.text)
    assert re.search(r'class="govuk-input govuk-input--width-10 govuk-input--error" '
                     r'name="q_hours"', response.text)
    assert 'aria-describedby="id_q_hours_help id_q_hours_error"' in response.text


# --- Saving for later and submitting ---------------------------------------------------------


def test_a_draft_is_saved_and_resumed_from_the_link(client, survey, member, invitation):
    url = give_link(invitation)
    response = client.post(url, {"action": "save", "q_rating": "3", "q_word": "Tired",
                                 "q_cycles": ["2"]})
    assert response.status_code == 302 and response.url == url
    draft = Response.objects.get()
    assert draft.status == ResponseStatus.DRAFT and draft.submitted_at is None
    assert draft.draft_key == pseudonyms.draft_key(invitation_id=invitation.pk)
    assert draft.respondent_code == pseudonyms.respondent_code(study_id=survey.study_id,
                                                               user_id=member.pk)
    assert draft.community == invitation.community
    invitation.refresh_from_db()
    assert not invitation.answered

    page = client.get(url).text  # the link still works, and resumes
    assert "Your answers are saved" in page
    assert 'value="3" checked' in page and 'value="Tired"' in page
    assert re.search(r'name="q_cycles" id="id_q_cycles_1" value="2" checked', page)

    # Saving again replaces the draft's answers; signed in, the same draft is found.
    client.force_login(member)
    signed_in = reverse("evaluation:answer", args=[invitation.pk])
    assert 'value="Tired"' in client.get(signed_in).text
    client.post(signed_in, {"action": "save", "q_word": "Better"})
    assert Response.objects.count() == 1
    assert list(Answer.objects.values_list("text", flat=True)) == ["Better"]


def test_submitting_makes_a_pseudonymous_response_and_marks_the_invitation(client, survey,
                                                                         member, invitation):
    url = give_link(invitation)
    client.post(url, {"action": "save", "q_word": "Draft"})
    response = client.post(url, COMPLETE)
    assert response.status_code == 302 and response.url == reverse("evaluation:thanks")
    assert "Thank you" in client.get(response.url).text

    saved = Response.objects.get()
    assert saved.status == ResponseStatus.SUBMITTED and saved.submitted_at is not None
    assert saved.draft_key is None
    assert saved.respondent_code == pseudonyms.respondent_code(study_id=survey.study_id,
                                                               user_id=member.pk)
    assert saved.community == invitation.community and saved.session is None
    answers = {a.question.code: a for a in saved.answers.select_related("question")}
    assert answers["useful"].number == 4 and answers["role"].number == 2
    assert answers["cycles"].choices == [1, 3] and answers["rating"].number == 8
    assert answers["hours"].number == Decimal("2.5")
    assert answers["word"].text == "Heard" and answers["story"].text == "A long story."
    invitation.refresh_from_db()
    assert invitation.answered


def test_a_response_cannot_name_its_author():
    assert not [f for f in Response._meta.get_fields()
                if getattr(f, "related_model", None) is User]
    assert not [f for f in Answer._meta.get_fields()
                if getattr(f, "related_model", None) is User]
    # The invitation keeps only that the person answered: no time of answering.
    fields = {f.name for f in SurveyInvitation._meta.get_fields()}
    assert not {"answered_at", "submitted_at", "completed_at", "response"} & fields


def test_an_anonymous_survey_has_no_code(client, community, member):
    survey = full_survey(community, anonymous=True)
    invitation = invite(survey, member, community)
    client.force_login(member)
    url = reverse("evaluation:answer", args=[invitation.pk])
    client.post(url, {"action": "save", "q_word": "Draft"})
    assert Response.objects.get().respondent_code == ""
    assert client.post(url, COMPLETE).status_code == 302
    saved = Response.objects.get()
    assert (saved.respondent_code, saved.draft_key, saved.status) == ("", None, "submitted")


def test_a_post_session_response_carries_the_session(client, community, member):
    survey = full_survey(community, kind=SurveyKind.POST_SESSION)
    session = make_session(community, title="March", starts_in=timedelta(0), hours=1)
    invitation = invite(survey, member, community, session=session)
    client.force_login(member)
    client.post(reverse("evaluation:answer", args=[invitation.pk]), COMPLETE)
    assert Response.objects.get().session == session


# --- Once only, and only while open ------------------------------------------------------------


def test_a_used_link_is_refused_after_submission(client, member, invitation):
    url = give_link(invitation)
    assert client.post(url, COMPLETE).status_code == 302
    again = client.get(url)
    assert again.status_code == 410
    assert "You have already answered this survey" in again.text
    assert client.post(url, {**COMPLETE, "q_word": "Twice"}).status_code == 410
    client.force_login(member)
    signed_in = reverse("evaluation:answer", args=[invitation.pk])
    assert client.post(signed_in, COMPLETE).status_code == 410
    assert Response.objects.count() == 1
    assert Answer.objects.filter(text="Twice").count() == 0


@pytest.mark.parametrize("how", ["expired", "closed", "past_close"])
def test_expired_or_closed_is_refused(client, survey, invitation, how):
    url = give_link(invitation)
    if how == "expired":
        invitation.expires_at = timezone.now() - timedelta(minutes=1)
        invitation.save()
    elif how == "closed":
        survey.status = SurveyStatus.CLOSED
        survey.save()
    else:
        survey.opens_at = timezone.now() - timedelta(days=5)
        survey.closes_at = timezone.now() - timedelta(minutes=1)
        survey.save()
    response = client.get(url)
    assert response.status_code == 410 and "This survey has closed" in response.text
    assert client.post(url, COMPLETE).status_code == 410
    assert client.post(url, {"action": "save", "q_word": "x"}).status_code == 410
    assert not Response.objects.exists()
    with pytest.raises(answering.AnsweringClosed):
        answering.response_save_draft(invitation_id=invitation.pk, answers={})


def test_two_submissions_at_once_make_one_response(transactional_db):
    community = make_community()
    person = make_user()
    join(person, community)
    survey = full_survey(community)
    invitation = invite(survey, person, community)
    questions = list(survey.questions.prefetch_related("choices"))
    form = SurveyAnswerForm(survey, questions, data=COMPLETE)
    assert form.is_valid()
    answers = form.cleaned_answers()

    def submit():
        try:
            answering.response_submit(invitation_id=invitation.pk, answers=answers)
            return "submitted"
        except answering.AnsweringClosed as closed:
            return closed.state

    outcomes = at_once(4, submit)
    assert sorted(outcomes) == ["answered"] * 3 + ["submitted"]
    assert Response.objects.count() == 1


# --- The person's list and home page -----------------------------------------------------------


def test_my_surveys_lists_to_do_and_answered_without_answers(client, community, member,
                                                             facilitator):
    to_do = full_survey(community)
    done = full_survey(community)
    closed = full_survey(community)
    invite(to_do, member, community)
    answered = invite(done, member, community)
    invite(closed, member, community, )
    SurveyInvitation.objects.filter(survey=closed).update(
        expires_at=timezone.now() - timedelta(days=1))
    client.force_login(member)
    client.post(reverse("evaluation:answer", args=[answered.pk]),
                {**COMPLETE, "q_story": "SECRET-WORDS"})
    to_do.title, done.title, closed.title = "Still to do", "Done already", "Gone by"
    for s in (to_do, done, closed):
        s.save()

    page = client.get(reverse("evaluation:my_surveys")).text
    to_do_part, answered_part = page.split("<h2 class=\"govuk-heading-m\">Answered</h2>")
    assert "Still to do" in to_do_part and "Done already" not in to_do_part
    assert "Done already" in answered_part and "answered" in answered_part
    assert "Gone by" not in page
    assert "SECRET-WORDS" not in page

    home = client.get(reverse("members:my_communities")).text
    assert "Surveys to answer" in home and "Still to do" in home
    assert "Done already" not in home

    # Nobody else sees anything of it.
    client.force_login(facilitator)
    for url in (reverse("evaluation:my_surveys"), reverse("members:my_communities")):
        page = client.get(url).text
        assert "Done already" not in page and "SECRET-WORDS" not in page
        assert member.display_name not in page


def test_no_page_of_the_answering_shows_who_answered_what(client, member, invitation):
    url = give_link(invitation)
    client.post(url, {**COMPLETE, "q_word": "SECRET-WORD"})
    pages = [client.get(url), client.get(reverse("evaluation:thanks"))]
    client.force_login(member)
    pages += [client.get(reverse("evaluation:my_surveys")),
              client.get(reverse("evaluation:answer", args=[invitation.pk]))]
    for page in pages:
        assert "SECRET-WORD" not in page.text
        assert Response.objects.get().respondent_code not in page.text


def test_my_surveys_runs_a_fixed_number_of_queries(client, member):
    client.force_login(member)

    def grow(n):
        for _ in range(n):
            community = make_community()
            join(member, community)
            survey = full_survey(community)
            invite(survey, member, community)
            answered = full_survey(community)
            invite(answered, member, community, answered=True)
            session = make_session(community, title="S", starts_in=timedelta(0), hours=1)
            post = full_survey(community, kind=SurveyKind.POST_SESSION)
            invite(post, member, community, session=session)
        Response.objects.create(survey=survey, draft_key=answering.draft_key_for(
            SurveyInvitation.objects.get(survey=survey)))

    counts = []
    for n in (1, 6):
        grow(n)
        for url in (reverse("evaluation:my_surveys"), reverse("members:my_communities")):
            counts.append(queries_for(client, url))
    assert counts[:2] == counts[2:], counts
    assert "Carry on" in client.get(reverse("evaluation:my_surveys")).text


def test_the_answer_page_runs_a_fixed_number_of_queries(client, community, member):
    small, large = full_survey(community), full_survey(community)
    for n in range(20):
        add_question(large, f"extra{n}", QuestionType.MULTIPLE if n % 2 else QuestionType.LIKERT)
    client.force_login(member)
    counts = []
    for survey, extras in ((small, 0), (large, 20)):
        invitation = invite(survey, member, community)
        url = reverse("evaluation:answer", args=[invitation.pk])
        # The large survey's draft holds 20 more saved answers, on its other pages, so a
        # query per saved answer (filling the form from the draft) would show.
        form = SurveyAnswerForm(survey, survey.questions.prefetch_related("choices"),
                                data={"q_word": "Draft", "q_cycles": ["1"],
                                      **{f"q_extra{n}": ["1"] if n % 2 else "1"
                                         for n in range(extras)}}, require=False)
        assert form.is_valid(), form.errors
        answering.response_save_draft(invitation_id=invitation.pk,
                                      answers=form.cleaned_answers())
        assert Answer.objects.filter(response__survey=survey).count() == 2 + extras
        seen = []
        for asked in ("", "?page=9"):  # the first page, and the last
            seen.append(queries_for(client, url + asked))
        with CaptureQueriesContext(connection) as ctx:  # on to the next page, saving
            assert client.post(url, {"action": "next", "page": "1",
                                     "q_useful": "3"}).status_code == 302
        seen.append(len(ctx.captured_queries))
        counts.append(seen)
    assert counts[0] == counts[1], counts


# --- Long surveys: parts, saved as the person goes -----------------------------------------------


def proqol(community, evaluator, **fields):
    """The ProQOL 5 from its template, open: 30 items in one section, so three parts of ten."""
    from evaluation.services import survey_create_from_template

    survey = survey_create_from_template(actor=evaluator, study=make_study(community),
                                         template_key="proqol5", wave="baseline")
    now = timezone.now()
    for name, value in {"status": SurveyStatus.OPEN, "opens_at": now - timedelta(days=1),
                        "closes_at": now + timedelta(days=30), **fields}.items():
        setattr(survey, name, value)
    survey.save()
    return survey


def saved_answers(invitation) -> dict:
    draft = Response.objects.get(draft_key=answering.draft_key_for(invitation))
    return {a.question.code: a.number for a in draft.answers.select_related("question")}


def items(numbers, value="3") -> dict:
    return {f"q_proqol_{n:02d}": value for n in numbers}


def test_pages_are_whole_sections_of_at_most_ten_questions():
    from types import SimpleNamespace

    from evaluation.survey_pages import split_into_pages

    def survey(*sections):
        return [SimpleNamespace(section=name, n=(name, k))
                for name, count in sections for k in range(count)]

    def shape(pages):
        return [len(page) for page in pages]

    assert shape(split_into_pages(survey(("ProQOL", 30)))) == [10, 10, 10]
    assert shape(split_into_pages(survey(("A", 23)))) == [8, 8, 7]
    assert shape(split_into_pages(survey(("A", 4), ("B", 4), ("C", 3), ("D", 1)))) == [8, 4]
    assert shape(split_into_pages(survey(("A", 6), ("B", 7), ("C", 6)))) == [6, 7, 6]
    assert shape(split_into_pages(survey(("A", 10)))) == [10]
    assert shape(split_into_pages(survey(("", 3), ("B", 12), ("", 2)))) == [3, 6, 8]
    assert split_into_pages([]) == [[]]
    questions = survey(("A", 4), ("B", 9))
    assert [q for page in split_into_pages(questions) for q in page] == questions


def test_a_long_survey_is_answered_in_parts_each_saved(client, community, member, evaluator):
    survey = proqol(community, evaluator)
    invitation = invite(survey, member, community)
    client.force_login(member)
    url = reverse("evaluation:answer", args=[invitation.pk])
    html = client.get(url).text
    assert "Part 1 of 3" in html and "Question 1 of 30" in html and "Question 10 of 30" in html
    assert html.count('<li class="cop-survey-progress__part') == 3
    assert 'aria-current="step"' in html
    assert "Question 11 of 30" not in html and "q_proqol_11" not in html
    assert "Next: part 2 of 3" in html and "Send your answers" not in html
    assert "Back to part" not in html
    assert "It has 30 questions in 3 parts" in html
    assert '<div class="govuk-body survey-instructions"><p>When you support people' in html

    response = client.post(url, {"action": "next", "page": "1", **items([1, 2])})
    assert response.status_code == 302 and response.url == f"{url}?page=2"
    assert saved_answers(invitation) == {"proqol_01": 3, "proqol_02": 3}
    html = client.get(response.url).text
    assert "Part 2 of 3" in html and "Question 11 of 30" in html and "Back to part 1" in html
    assert ('<details class="govuk-details survey-instructions"><summary class="govuk-details__'
            'summary"><span class="govuk-details__summary-text">Instructions</span></summary>'
            in html)
    assert "Your answers are pseudonymous" not in html  # said on the first part

    # Another part's answers come from the draft only, never from the form posted.
    response = client.post(url, {"action": "back", "page": "2", **items([11], "2"),
                                 **items([1], "5")})
    assert response.url == url
    assert saved_answers(invitation) == {"proqol_01": 3, "proqol_02": 3, "proqol_11": 2}
    html = client.get(url).text
    assert re.search(r'name="q_proqol_01" id="id_q_proqol_01_2" value="3" checked', html)

    response = client.post(url, {"action": "save", "page": "3", **items([21], "1")})
    assert response.url == f"{url}?page=3"
    html = client.get(response.url).text
    assert "Your answers are saved" in html and "Send your answers" in html
    assert len(saved_answers(invitation)) == 4
    assert "Part 3 of 3" in client.get(f"{url}?page=99").text
    assert not Response.objects.filter(status=ResponseStatus.SUBMITTED).exists()


def test_the_questions_left_empty_are_named_before_sending(client, member, invitation):
    client.force_login(member)
    url = reverse("evaluation:answer", args=[invitation.pk])
    given = {"action": "submit", "q_useful": "4", "q_cycles": ["1"], "q_rating": "8",
             "q_word": "Heard"}
    response = client.post(url, given)
    assert response.status_code == 200
    html = response.text
    # Named with a link to each (free text left empty is not asked about), nothing sent.
    assert "You have not answered 2 questions" in html
    summary = re.search(r'<div class="govuk-error-summary cop-blank-summary" data-module="govuk-'
                        r'error-summary" id="answer-blank-summary">(.*?)</button>', html, re.S)
    assert summary and "Your answers have not been sent yet." in summary.group(1)
    assert '<div class="govuk-warning-text">' in summary.group(1)
    assert '<a href="#id_q_role_0">Your sector</a>' in html
    assert '<a href="#id_q_hours">Hours spent on the case</a>' in html
    assert "Anything else?</a>" not in html
    assert "Send with these left blank" in html
    assert 'value="8" checked' in html and 'value="Heard"' in html  # what was given is kept
    assert not Response.objects.exists()  # one page: nothing is saved either
    invitation.refresh_from_db()
    assert not invitation.answered

    response = client.post(url, {**given, "action": "send-blank"})
    assert response.status_code == 302 and response.url == reverse("evaluation:thanks")
    saved = Response.objects.get()
    assert saved.status == ResponseStatus.SUBMITTED
    assert sorted(saved.answers.values_list("question__code", flat=True)) == [
        "cycles", "rating", "useful", "word"]


def test_nothing_left_empty_sends_at_once(client, member, invitation):
    client.force_login(member)
    response = client.post(reverse("evaluation:answer", args=[invitation.pk]),
                           {**COMPLETE, "q_story": "", "q_word": ""})  # free text may be empty
    assert response.status_code == 302 and response.url == reverse("evaluation:thanks")


def test_sending_with_blanks_still_refuses_a_required_question_left_empty(client, member,
                                                                         invitation):
    client.force_login(member)
    response = client.post(reverse("evaluation:answer", args=[invitation.pk]),
                           {"action": "send-blank", "q_cycles": ["1"], "q_rating": "8"})
    assert response.status_code == 200
    assert "There is a problem" in response.text and "Answer this question." in response.text
    assert '<a href="#id_q_useful_0">' in response.text
    assert "Send with these left blank" not in response.text
    assert not Response.objects.exists()


def test_empty_questions_on_other_parts_are_linked_to_their_part(client, community, member,
                                                                evaluator):
    survey = proqol(community, evaluator)
    invitation = invite(survey, member, community)
    client.force_login(member)
    url = reverse("evaluation:answer", args=[invitation.pk])
    client.post(url, {"action": "next", "page": "1", **items(range(1, 11))})
    client.post(url, {"action": "next", "page": "2"})
    response = client.post(url, {"action": "submit", "page": "3", **items(range(21, 30))})
    assert response.status_code == 200
    html = response.text
    assert "You have not answered 11 questions" in html
    assert ('<a href="?page=2#id_q_proqol_12_0">Question 12: I like my work '
            'as a support worker.</a>') in html
    assert '<a href="#id_q_proqol_30_0">Question 30:' in html
    # This part's answers are saved, so the links lose nothing.
    assert len(saved_answers(invitation)) == 19
    assert "Question 12 of 30" in client.get(f"{url}?page=2").text

    response = client.post(url, {"action": "send-blank", "page": "3",
                                 **items(range(21, 30))})
    assert response.status_code == 302
    saved = Response.objects.get(status=ResponseStatus.SUBMITTED)
    assert saved.answers.count() == 19 and saved.draft_key is None


def test_a_required_question_on_another_part_is_refused_with_a_link_to_it(client, community,
                                                                         member, evaluator):
    survey = proqol(community, evaluator)
    survey.questions.filter(code="proqol_05").update(required=True)
    invitation = invite(survey, member, community)
    client.force_login(member)
    url = reverse("evaluation:answer", args=[invitation.pk])
    for action in ("submit", "send-blank"):
        response = client.post(url, {"action": action, "page": "3", **items(range(21, 31))})
        assert response.status_code == 200
        assert "There is a problem" in response.text
        assert ('<a href="?page=1#id_q_proqol_05_0">Question 5: I jump or '
                'am startled by unexpected sounds.: Answer this question.</a>') in response.text
    assert not Response.objects.filter(status=ResponseStatus.SUBMITTED).exists()
    assert len(saved_answers(invitation)) == 10  # kept for when they come back


def test_the_answer_page_shows_the_surveys_words_for_the_role(client, community, member,
                                                              evaluator):
    survey = proqol(community, evaluator, role_helper="key worker", role_help="work with",
                    role_helping="key work")
    invitation = invite(survey, member, community)
    client.force_login(member)
    url = reverse("evaluation:answer", args=[invitation.pk])
    html = client.get(url).text
    assert "I find it difficult to separate my personal life from my life as a key worker." in html
    assert "I get satisfaction from being able to work with people." in html
    assert "When you work with people you have direct contact" in html
    assert not re.search(r"\[(help|helper|helping|helped|work)\]", html)
    html = client.get(f"{url}?page=2").text
    assert "Because of my key work, I have felt" in html
    assert "my case work load seems endless" in client.get(f"{url}?page=3").text
    # Stored as printed.
    assert survey.questions.get(code="proqol_07").text.endswith("my life as a [helper].")
