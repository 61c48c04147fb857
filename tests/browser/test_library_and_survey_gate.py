"""The identifier gate in the library and in surveys (issue 15), through the interface only,
each page checked as in test_journeys.py (axe-core, CSP, 375 px, screenshots):

- a PDF with a name in it, uploaded to the library, is held: another member neither sees
  nor downloads it until its uploader has confirmed the finding on the check page;
- a free-text survey answer with a name shows the finding, highlighted, in a summary at the
  top, and can be sent as it is."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import PASSWORD, make_agency, make_member, pdf_bytes

pytestmark = pytest.mark.browser


def test_a_pdf_with_a_name_is_held_until_its_uploader_confirms(browser, leeds, tmp_path):
    from sessions_app.models import Material

    max_ = make_member(leeds, "max@example.test", display_name="Max Member", agency=make_agency())
    nia = make_member(leeds, "nia@example.test", display_name="Nia Neighbour", agency=make_agency())
    notes = tmp_path / "session notes.pdf"
    notes.write_bytes(pdf_bytes("Notes from the April session",
                                "We went with Kevin Moore to the council about his tenancy."))

    uploader = browser.person("uploader")
    uploader.sign_in(max_.email, PASSWORD)
    page = uploader.page
    uploader.open(f"/c/{leeds.slug}/library/")
    uploader.follow(page.get_by_role("button", name="Add to the library"))
    uploader.type_into(page.get_by_label("Title"), "Notes from the April session")
    uploader.type_into(page.get_by_label("Summary"), "What we learnt about tenancy support.")
    page.locator("#id_upload").set_input_files(str(notes))
    uploader.check("material-add")
    uploader.follow(page.get_by_role("button", name="Add to the library"))

    # Held: the uploader lands on the check page, with the name in its context.
    material = Material.objects.get()
    assert material.held
    assert page.url.endswith(f"/library/{material.pk}/check/"), page.url
    finding = page.locator("mark.finding")
    assert finding.inner_text().startswith("Kevin Moore")
    assert "to the council" in page.locator(".govuk-checkboxes").inner_text()
    uploader.check("material-check")
    uploader.open(f"/c/{leeds.slug}/library/")
    assert "1 possible identifier to check" in page.content()
    uploader.check("library-held")

    # Another member neither sees it nor can download it.
    neighbour = browser.person("neighbour")
    neighbour.sign_in(nia.email, PASSWORD)
    other = neighbour.page
    neighbour.open(f"/c/{leeds.slug}/library/")
    assert "Notes from the April session" not in other.content()
    file_url = other.url.split("/c/", 1)[0] + f"/c/{leeds.slug}/library/{material.pk}/file/"
    assert other.request.get(file_url).status == 404  # with the neighbour's cookies

    # Without the tick, nothing is shared; with it, the file is.
    uploader.open(f"/c/{leeds.slug}/library/{material.pk}/check/")
    uploader.follow(page.get_by_role("button", name="Confirm and share"))
    assert "Tick each possible identifier" in page.locator(".govuk-error-summary").inner_text()
    assert Material.objects.get().held
    uploader.check("material-check-error")
    uploader.tab_to(page.get_by_label("“Kevin Moore” (person's name) is safe to share"))
    page.keyboard.press("Space")
    uploader.follow(page.get_by_role("button", name="Confirm and share"))
    assert page.url.endswith(f"/c/{leeds.slug}/library/"), page.url
    assert not Material.objects.get().held

    neighbour.open(f"/c/{leeds.slug}/library/")
    assert "Notes from the April session" in other.content()
    assert other.request.get(file_url).status == 200
    neighbour.check("library-shared")


def test_a_survey_answer_with_a_name_shows_the_finding_and_can_be_sent(browser, leeds):
    from evaluation.models import (
        Answer,
        QuestionType,
        Response,
        ResponseStatus,
        SurveyInvitation,
        SurveyStatus,
    )
    from tests.factories import add_question, make_study, make_survey

    max_ = make_member(leeds, "max@example.test", display_name="Max Member", agency=make_agency())
    now = timezone.now()
    survey = make_survey(make_study(leeds, name="CoP evaluation"), title="After the session",
                         status=SurveyStatus.OPEN, opens_at=now - timedelta(days=1),
                         closes_at=now + timedelta(days=30))
    add_question(survey, "useful", required=True, text="The session was useful to me")
    add_question(survey, "story", QuestionType.LONG_TEXT, text="What will you try next?")
    invitation = SurveyInvitation.objects.create(survey=survey, user=max_, community=leeds,
                                                 expires_at=survey.closes_at)

    member = browser.person("member")
    member.sign_in(max_.email, PASSWORD)
    page = member.page
    member.open(f"/surveys/{invitation.pk}/")
    member.pick(page.locator("input[name=q_useful]"), "4")
    member.type_into(page.get_by_label("What will you try next?"),
                     "Ring Tanya Smith again about the housing review.")
    member.follow(page.get_by_role("button", name="Send your answers"))

    # Not sent: the summary names the question and highlights the name.
    assert "/surveys/thanks/" not in page.url
    summary = page.locator("#answer-findings-summary")
    assert summary.get_by_role("heading").inner_text() == "1 answer may identify someone"
    assert summary.get_by_role("link").all_inner_texts() == ["What will you try next?"]
    assert summary.locator("mark.finding").inner_text().startswith("Tanya Smith")
    assert not Response.objects.exists()
    member.check("survey-finding")

    member.follow(summary.get_by_role("button", name="Send as it is"))
    assert "/surveys/thanks/" in page.url, page.url
    assert Response.objects.get().status == ResponseStatus.SUBMITTED
    assert Answer.objects.get(question__code="story").finding_kinds == ["PERSON"]
