"""Evaluation journeys of issue 14, through the interface only and from the keyboard, each page
checked as in test_journeys.py (axe-core, CSP, 375 px, screenshots):

- the ProQOL reads in the study's own words for its respondents' role, never "[helper]";
- a long survey is answered in parts; the empty questions are named before sending, with a
  link to each, and the answers are sent with them left blank only when asked again;
- an evaluator edits an existing question through its pre-filled form;
- an export with shifted dates shows one date per session, and not the real one."""

import csv
import io
import re
from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from tests.factories import PASSWORD, make_session, make_user

pytestmark = pytest.mark.browser

QUESTION = re.compile(r"^\s*Question\b")  # the question form's wording box ("Question*")


@pytest.fixture
def eve():
    return make_user("eve@example.test", display_name="Eve Evaluator", is_evaluator=True)


def proqol_survey(eve, leeds, *, open_now: bool):
    from evaluation.models import SurveyStatus
    from evaluation.services import survey_create_from_template
    from tests.factories import make_study

    study = make_study(leeds, name="Communities of Practice evaluation 2026-27")
    survey = survey_create_from_template(actor=eve, study=study, template_key="proqol5",
                                         wave="baseline")
    if open_now:
        now = timezone.now()
        survey.status, survey.opens_at = SurveyStatus.OPEN, now - timedelta(days=1)
        survey.closes_at = now + timedelta(days=30)
        survey.save(update_fields=["status", "opens_at", "closes_at"])
    return survey


def invite(survey, user, community):
    from evaluation.models import SurveyInvitation

    return SurveyInvitation.objects.create(survey=survey, user=user, community=community,
                                           expires_at=survey.closes_at)


def to_survey(evaluator, survey):
    """From the menu to the survey's page in the builder."""
    page = evaluator.page
    evaluator.follow(page.get_by_role("link", name="Evaluation", exact=True))
    evaluator.follow(page.get_by_role("link", name=survey.study.name).first)
    evaluator.follow(page.get_by_role("link", name=survey.title).first)


def answer_items(member, numbers, value="3"):
    """Choose `value` for each ProQOL item numbered, from the keyboard."""
    for number in numbers:
        member.pick(member.page.locator(f"input[name=q_proqol_{number:02d}]"), value)


def test_the_proqol_reads_in_the_studys_words_for_the_role(browser, leeds, eve, max_):
    survey = proqol_survey(eve, leeds, open_now=False)
    evaluator = browser.person("evaluator")
    evaluator.sign_in(eve.email, PASSWORD)
    page = evaluator.page
    to_survey(evaluator, survey)
    evaluator.check("survey")
    questions = page.locator("section[aria-labelledby=questions-heading]").inner_text()
    assert "I like my work as a support worker." in questions
    assert "[helper]" not in questions and "[help]" not in questions

    # The settings form, filled in with what is saved, takes the study's words.
    evaluator.follow(page.get_by_role("link", name="Edit settings"))
    evaluator.check("settings")
    helper = page.get_by_label("Their role, for “[helper]”")
    assert helper.input_value() == "support worker"
    assert page.get_by_label("Title").input_value() == survey.title
    evaluator.type_into(helper, "key worker")
    evaluator.type_into(page.get_by_label("Their work as a noun, for “[helping]”"), "key work")
    evaluator.follow(page.get_by_role("button", name="Save"))
    evaluator.check("settings-saved")
    assert "The settings are saved." in page.content()
    assert "“[helper]” reads “key worker”" in page.content()
    survey.refresh_from_db()
    assert (survey.role_helper, survey.role_helping, survey.role_help) == (
        "key worker", "key work", "support")

    evaluator.follow(page.get_by_role("button", name="Preview"))
    evaluator.check("preview")
    text = page.locator("main").inner_text()
    assert "I like my work as a key worker." in text
    assert "Because of my key work, I have felt" in text
    assert "When you support people you have direct contact with their lives" in text
    assert not re.search(r"\[(help|helper|helping|helped|work)\]", text), text
    evaluator.follow(page.get_by_role("link", name="Back to the survey"))
    evaluator.follow(page.get_by_role("button", name="Open the survey"))
    assert "The survey is open." in page.content()

    # A member answers it, in its words.
    survey.refresh_from_db()
    invitation = invite(survey, max_, leeds)
    member = browser.person("member")
    member.sign_in(max_.email, PASSWORD)
    member.open(f"/surveys/{invitation.pk}/")
    member.check("survey-part-1")
    text = member.page.locator("main").inner_text()
    assert "Part 1 of 3" in text and "Question 1 of 30" in text
    assert ("I find it difficult to separate my personal life from my life as a key worker."
            in text)
    assert "both positive and negative, as a key worker." in text  # the instructions
    assert "[" not in text, text


def test_a_long_survey_left_half_blank_names_the_empty_questions_then_sends_anyway(
        browser, leeds, eve, max_):
    from evaluation.models import Response, ResponseStatus, SurveyInvitation

    survey = proqol_survey(eve, leeds, open_now=True)
    invitation = invite(survey, max_, leeds)
    member = browser.person("member")
    member.sign_in(max_.email, PASSWORD)
    page = member.page
    member.follow(page.get_by_role("link", name="Surveys", exact=True))
    member.check("my-surveys")
    member.follow(page.get_by_role("link", name=survey.title).first)
    assert page.url.endswith(f"/surveys/{invitation.pk}/"), page.url
    member.check("part-1")
    # Half of each part answered: items 1, 3, 5, 7, 9; 11 to 15; 21 to 25.
    answer_items(member, (1, 3, 5, 7, 9))
    member.follow(page.get_by_role("button", name="Next: part 2 of 3"))
    member.check("part-2")
    assert "Question 11 of 30" in page.content()
    answer_items(member, range(11, 16))
    member.follow(page.get_by_role("button", name="Next: part 3 of 3"))
    answer_items(member, range(21, 26))
    member.check("part-3")
    member.follow(page.get_by_role("button", name="Send your answers"))

    # Not sent: the page names the fifteen empty questions, each a link to it.
    assert "/surveys/thanks/" not in page.url
    summary = page.locator("#answer-blank-summary")
    assert summary.get_by_role("heading").inner_text() == "You have not answered 15 questions"
    links = summary.get_by_role("link").all_inner_texts()
    assert [int(re.match(r"Question (\d+):", link)[1]) for link in links] == [
        2, 4, 6, 8, 10, 16, 17, 18, 19, 20, 26, 27, 28, 29, 30]
    assert "Question 2: I am preoccupied with more than one person I support." in links
    member.check("blanks-named")
    assert not Response.objects.filter(status=ResponseStatus.SUBMITTED).exists()

    # The link to question 2 leads to it on part 1, where the answers given are kept.
    member.follow(summary.get_by_role("link", name=re.compile("^Question 2:")))
    assert page.url.endswith("?page=1#id_q_proqol_02_0"), page.url
    assert page.locator("input[name=q_proqol_01][value='3']").is_checked()
    answer_items(member, (2,), value="4")
    member.follow(page.get_by_role("button", name="Next: part 2 of 3"))
    assert page.locator("input[name=q_proqol_11][value='3']").is_checked()
    member.follow(page.get_by_role("button", name="Next: part 3 of 3"))
    assert page.locator("input[name=q_proqol_25][value='3']").is_checked()
    member.follow(page.get_by_role("button", name="Send your answers"))
    summary = page.locator("#answer-blank-summary")
    assert summary.get_by_role("heading").inner_text() == "You have not answered 14 questions"
    member.follow(summary.get_by_role("button", name="Send with these left blank"))
    assert "/surveys/thanks/" in page.url, page.url
    member.check("thanks")

    response = Response.objects.get()
    assert response.status == ResponseStatus.SUBMITTED
    given = dict(response.answers.values_list("question__code", "number"))
    assert sorted(given) == [f"proqol_{n:02d}" for n in
                             (1, 2, 3, 5, 7, 9, 11, 12, 13, 14, 15, 21, 22, 23, 24, 25)]
    assert given["proqol_02"] == 4 and given["proqol_25"] == 3
    assert SurveyInvitation.objects.get().answered


def test_an_evaluator_edits_a_question_through_its_prefilled_form(browser, leeds, eve):
    from evaluation.models import Question, QuestionType, SurveyStatus
    from tests.factories import add_question, make_study, make_survey

    study = make_study(leeds, name="Team climate study")
    survey = make_survey(study, title="Team climate", status=SurveyStatus.DRAFT)
    add_question(survey, "team_1", QuestionType.LIKERT, text="My team listens to me.",
                 section="Your team", help_text="Think of the last month.")
    evaluator = browser.person("evaluator")
    evaluator.sign_in(eve.email, PASSWORD)
    page = evaluator.page
    to_survey(evaluator, survey)
    evaluator.follow(page.get_by_role("button", name="Edit team_1"))
    evaluator.check("question-edit")
    # Every field holds what is saved.
    assert page.get_by_label("Variable code").input_value() == "team_1"
    assert page.get_by_label(QUESTION).input_value() == "My team listens to me."
    assert page.get_by_label("Help text").input_value() == "Think of the last month."
    assert page.get_by_label("Section").input_value() == "Your team"
    assert page.get_by_label("Answer type").input_value() == "likert"
    labels = page.get_by_label("Value labels")
    assert labels.input_value().splitlines() == [
        "1, Strongly disagree", "2, Disagree", "3, Neither agree nor disagree", "4, Agree",
        "5, Strongly agree"]

    evaluator.type_into(page.get_by_label(QUESTION),
                        "My team listens to me when I raise a concern.")
    evaluator.type_into(labels, "\n".join([
        "1, Strongly disagree", "2, Disagree", "3, Neither agree nor disagree", "4, Agree",
        "5, Completely agree"]))
    evaluator.follow(page.get_by_role("button", name="Save"))
    evaluator.check("question-saved")
    assert "Question “team_1” is saved." in page.content()
    row = page.locator(f"#question-{survey.questions.get().pk}")
    assert "My team listens to me when I raise a concern." in row.inner_text()
    assert "5, Completely agree" in row.inner_text()
    question = Question.objects.get()
    assert question.text == "My team listens to me when I raise a concern."
    assert list(question.choices.values_list("value", "label"))[-1] == (5, "Completely agree")
    assert question.help_text == "Think of the last month." and question.section == "Your team"

    # Edited again, the form holds the new wording.
    evaluator.follow(page.get_by_role("button", name="Edit team_1"))
    assert page.get_by_label(QUESTION).input_value() == (
        "My team listens to me when I raise a concern.")
    assert page.get_by_label("Value labels").input_value().endswith("5, Completely agree")


def test_a_shifted_export_shows_one_date_per_session_and_not_the_real_one(browser, leeds, eve):
    from evaluation.models import QuestionType, SurveyKind
    from tests.factories import add_question, make_response, make_study, make_survey

    study = make_study(leeds, name="Session feedback study")
    survey = make_survey(study, title="After each session", kind=SurveyKind.POST_SESSION)
    add_question(survey, "useful", QuestionType.SCALE)
    real = {}
    for day in (11, 25):
        starts = datetime(2026, 6, day, 13, 0, tzinfo=UTC)
        session = make_session(leeds, title=f"June {day}", starts_at=starts)
        real[str(session.pk)] = starts.date()
        for n in range(6):
            make_response(survey, community=leeds, session=session, answers={"useful": n},
                          submitted_at=starts + timedelta(days=1, hours=n))

    evaluator = browser.person("evaluator")
    evaluator.sign_in(eve.email, PASSWORD)
    page = evaluator.page
    to_survey(evaluator, survey)
    evaluator.follow(page.get_by_role("button", name=re.compile("^Export")).first)
    evaluator.pick(page.locator("input[name=format]"), "csv")
    evaluator.pick(page.locator("input[name=dates]"), "shift")
    evaluator.check("export-shifted")
    evaluator.follow(page.get_by_role("button", name="Export"))
    assert "reauthenticate" in page.url, page.url
    evaluator.type_into(page.get_by_label("Password", exact=True), PASSWORD)
    evaluator.tab_to(page.get_by_role("button", name=re.compile("^Confirm")))
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    with open(download.value.path(), encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(io.StringIO(file.read())))
    assert len(rows) == 12

    dates = {}
    for row in rows:
        dates.setdefault(row["session"], set()).add(row["session_date"])
    # One date per session, and not the real one.
    assert set(dates) == set(real) and all(len(shown) == 1 for shown in dates.values()), dates
    shown = {pk: datetime.strptime(next(iter(d)), "%Y-%m-%d").date() for pk, d in dates.items()}
    shifts = {(real[pk] - shown[pk]).days for pk in real}
    assert len(shifts) == 1, shifts  # the same shift for both: the 14 days between them kept
    assert 30 <= shifts.pop() <= 365
    for row in rows:  # and the submission times moved with them
        submitted = datetime.strptime(row["submitted_at"], "%Y-%m-%dT%H:%M:%SZ").date()
        assert (submitted - shown[row["session"]]).days == 1
