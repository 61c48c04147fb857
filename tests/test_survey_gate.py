"""Free-text survey answers pass the identifier scanner when sent: the respondent sees what
it found and may change the answer or send it as it is; the answer keeps the kinds found
(never the words) and exports mark it in a column of its own."""

import csv
import io
import re

import pytest
from django.urls import reverse

from evaluation.models import Answer, ExportFormat, QuestionType, Response, ResponseStatus
from evaluation.models import SurveyInvitation as Invitation

from .factories import add_question, make_study, make_survey
from .helpers import export_bytes

pytestmark = pytest.mark.django_db

NAMED = "I went with kevin to the council and Tanya Smith rang later."


@pytest.fixture
def survey(community):
    survey = make_survey(make_study(community, name="CoP evaluation"), title="After")
    add_question(survey, "useful", required=True, text="The session was useful to me")
    add_question(survey, "word", QuestionType.SHORT_TEXT, text="One word for it")
    add_question(survey, "story", QuestionType.LONG_TEXT, text="Anything else?")
    return survey


def answer_url(survey, member, community):
    invitation = Invitation.objects.create(survey=survey, user=member, community=community,
                                           expires_at=survey.closes_at)
    return reverse("evaluation:answer", args=[invitation.pk])


def test_findings_are_shown_and_nothing_is_sent(client, survey, member, community):
    client.force_login(member)
    url = answer_url(survey, member, community)
    given = {"action": "submit", "q_useful": "4", "q_word": "Useful", "q_story": NAMED}
    page = client.post(url, given)
    assert page.status_code == 200 and not Response.objects.exists()
    summary = re.search(r'id="answer-findings-summary">(.*?)</button>', page.text, re.S)
    assert summary, "the findings are named in a summary at the top"
    box = summary.group(1)
    assert "1 answer may identify someone" in box
    assert "Your answers have not been sent yet." in box
    assert '<a href="#id_q_story">Anything else?</a>' in box
    assert 'Tanya Smith<span class="finding-kind"> [' in box
    assert 'name="action" value="send-flagged"' in page.text and "Send as it is" in page.text
    assert "One word for it</a>" not in box  # a clean answer is not named
    assert NAMED in page.text  # the answer is kept in its box, to change


def test_a_changed_answer_is_sent_at_once_and_marked_clean(client, survey, member, community):
    client.force_login(member)
    url = answer_url(survey, member, community)
    response = client.post(url, {"action": "submit", "q_useful": "4",
                                 "q_story": "I went with my client to the council."})
    assert response.status_code == 302
    answer = Answer.objects.get(question__code="story")
    assert answer.finding_kinds == []
    assert Answer.objects.get(question__code="useful").finding_kinds is None


def test_sent_anyway_keeps_the_kinds_not_the_words(client, survey, member, community):
    client.force_login(member)
    url = answer_url(survey, member, community)
    response = client.post(url, {"action": "send-flagged", "q_useful": "4",
                                 "q_word": "Useful", "q_story": NAMED})
    assert response.status_code == 302 and response.url == reverse("evaluation:thanks")
    assert Response.objects.get().status == ResponseStatus.SUBMITTED
    assert Answer.objects.get(question__code="story").finding_kinds == ["PERSON"]
    assert Answer.objects.get(question__code="word").finding_kinds == []


def test_blanks_and_findings_are_asked_about_together(client, survey, member, community):
    survey.questions.filter(code="useful").update(required=False)
    client.force_login(member)
    url = answer_url(survey, member, community)
    given = {"q_story": NAMED}
    page = client.post(url, {**given, "action": "submit"})
    assert "answer-findings-summary" in page.text and "answer-blank-summary" in page.text
    assert 'value="send-as-is"' in page.text and 'value="send-flagged"' not in page.text
    # Either warning's own answer alone still shows the other: nothing is sent unasked.
    for action in ("send-blank", "send-flagged"):
        page = client.post(url, {**given, "action": action})
        assert page.status_code == 200 and not Response.objects.exists(), action
    assert client.post(url, {**given, "action": "send-as-is"}).status_code == 302
    assert Response.objects.get().status == ResponseStatus.SUBMITTED


def test_names_the_product_knows_are_not_flagged(client, survey, member, community):
    client.force_login(member)
    url = answer_url(survey, member, community)
    response = client.post(url, {"action": "submit", "q_useful": "4",
                                 "q_story": f"{community.name} helped a lot."})
    assert response.status_code == 302


# --- Exports -----------------------------------------------------------------------------------


@pytest.fixture
def answered(client, survey, member, community):
    client.force_login(member)
    client.post(answer_url(survey, member, community),
                {"action": "send-flagged", "q_useful": "4", "q_word": "Fine", "q_story": NAMED})
    return survey


def test_the_wide_csv_marks_answers_with_findings(answered):
    for fmt in (ExportFormat.CSV, ExportFormat.CSV_LABELS):
        rows = list(csv.DictReader(io.StringIO(
            export_bytes(answered, fmt).decode("utf-8-sig"))))
        header = list(rows[0])
        assert header.index("story_flagged") == header.index("story") + 1
        assert header.index("word_flagged") == header.index("word") + 1
        assert "useful_flagged" not in header
        flagged = {"1", "Possible identifier found"}
        clean = {"0", "No possible identifier found"}
        assert rows[0]["story_flagged"] in flagged and rows[0]["word_flagged"] in clean, fmt


def test_the_long_csv_marks_them_too(answered):
    rows = list(csv.DictReader(io.StringIO(
        export_bytes(answered, ExportFormat.LONG).decode("utf-8-sig"))))
    by_question = {row["variable"]: row["flagged"] for row in rows}
    assert by_question == {"useful": "", "word": "0", "story": "1"}


def test_the_codebook_spss_and_r_describe_the_column(answered):
    codebook = list(csv.DictReader(io.StringIO(
        export_bytes(answered, ExportFormat.CODEBOOK).decode("utf-8-sig"))))
    row = next(r for r in codebook if r["variable"] == "story_flagged")
    assert "identifier" in row["question"].lower() and "0, " in row["choices"]
    assert "sent" in row["notes"]
    spss = export_bytes(answered, ExportFormat.SPSS).decode("utf-8-sig")
    assert re.search(r"story_flagged F\d", spss) and "story_flagged" in spss.split(
        "VALUE LABELS", 1)[1]
    r_script = export_bytes(answered, ExportFormat.R).decode("utf-8-sig")
    assert "story_flagged" in r_script


def test_free_text_left_out_leaves_the_marks_out(answered):
    header = export_bytes(answered, ExportFormat.CSV,
                          {"drop_free_text": True}).decode("utf-8-sig").splitlines()[0]
    assert "flagged" not in header
