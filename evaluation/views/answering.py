"""Answering surveys: the invitee's list, the signed-in route, the single-use link route.

The link is the key: /s/<token>/ needs no sign-in and answers for the person the link was
sent to, whoever opens it. Both routes allow saving for later (the draft is found again by
the person's draft key, so the link, valid until submission, resumes it) and submitting.
A long survey is answered a page at a time (?page=2; evaluation.survey_pages)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from cop import gate

from .. import answering, selectors
from ..answer_form import SurveyAnswerForm, initial_from_answers
from ..invitations import closes_on, closing_words
from ..permissions import get_invitation_for

SAVED = ("Your answers are saved. To finish, open the link in your email again, or sign in "
         "and go to Surveys. Nothing is sent until you choose “Send your answers”.")


@login_required
@never_cache
def my_surveys(request):
    return render(request, "evaluation/answer/my_surveys.html", {
        "to_do": _with_drafts(selectors.surveys_to_answer(request.user)),
        "answered": selectors.surveys_answered(request.user),
    })


def _with_drafts(invitations):
    """Mark the invitations with saved answers (one query for all)."""
    saved = selectors.invitations_with_drafts(invitations)
    for invitation in invitations:
        invitation.has_draft = invitation.pk in saved
        invitation.closes = closing_words(closes_on(invitation))
    return invitations


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def answer_signed_in(request, invitation_pk):
    invitation = get_invitation_for(request.user, invitation_pk)
    return _answer(request, invitation, here=request.path)


@never_cache
@require_http_methods(["GET", "POST"])
def answer_by_link(request, token):
    invitation = selectors.invitation_by_token(token)
    if invitation is None:
        return render(request, "evaluation/answer/link_invalid.html", status=404)
    return _answer(request, invitation, here=request.path, by_link=True)


def _unavailable(request, invitation, state):
    return render(request, "evaluation/answer/unavailable.html",
                  {"survey": invitation.survey, "state": state}, status=410)


# What the answer page's buttons ask for: SEND_BLANK sends with the questions named left
# blank, SEND_FLAGGED with the text answers named as they are, SEND_AS_IS both (the page
# names both at once, so neither warning can send the person back to the other).
NEXT, BACK, SAVE, SEND = "next", "back", "save", "submit"
SEND_BLANK, SEND_FLAGGED, SEND_AS_IS = "send-blank", "send-flagged", "send-as-is"


def _page_asked(request) -> int:
    """The page posted (a hidden field) or asked for (?page=2); clamped by the form."""
    raw = request.POST.get("page") if request.method == "POST" else request.GET.get("page")
    return int(raw) if raw and raw.isdigit() and len(raw) < 4 else 1


def _page_url(here: str, page: int) -> str:
    return here if page <= 1 else f"{here}?page={page}"


def _findings_shown(form, answers, found) -> list:
    """Each text answer with findings, in question order: its item, its text highlighted,
    and the kinds found."""
    return [(item, gate.highlight(answers[item.question.pk]["text"], found[item.question.pk]),
             sorted({f.label for f in found[item.question.pk]}))
            for item in form.all_items if item.question.pk in found]


def _answer(request, invitation, *, here, by_link=False):
    """One page of the survey. Moving between pages saves the answers as a draft; sending
    checks the required questions, then names the questions left empty and the text answers
    with possible identifiers, and asks before sending them as they are."""
    state = answering.invitation_state(invitation)
    if state != "open":
        return _unavailable(request, invitation, state)
    survey = invitation.survey
    questions = selectors.survey_questions(survey)
    draft = selectors.draft_for(invitation)
    saved = initial_from_answers(draft.answers.all()) if draft else {}
    if request.method == "POST":
        action = request.POST.get("action") or SEND
        form = SurveyAnswerForm(survey, questions, data=request.POST, initial=saved,
                                page=_page_asked(request), require=False)
        if form.is_valid():
            answers = form.cleaned_answers()
            try:
                if action in (NEXT, BACK, SAVE):
                    answering.response_save_draft(invitation_id=invitation.pk, answers=answers)
                    if action == SAVE:
                        messages.success(request, SAVED)
                    step = {NEXT: 1, BACK: -1, SAVE: 0}[action]
                    return redirect(_page_url(here, form.page + step))
                if form.page_count > 1 and answers:
                    # The summaries link to questions on other pages: keep this page's too.
                    answering.response_save_draft(invitation_id=invitation.pk, answers=answers)
                if form.check_complete():
                    blanks, found = form.blank_items, answering.text_findings(answers)
                    if ((not blanks or action in (SEND_BLANK, SEND_AS_IS))
                            and (not found or action in (SEND_FLAGGED, SEND_AS_IS))):
                        answering.response_submit(invitation_id=invitation.pk, answers=answers)
                        return redirect("evaluation:thanks")
                    form.blanks_to_confirm = blanks
                    form.findings_to_confirm = _findings_shown(form, answers, found)
            except answering.AnsweringClosed as closed:
                return _unavailable(request, invitation, closed.state)
            except ValidationError as error:
                form.add_error(None, error)
    else:
        form = SurveyAnswerForm(survey, questions, initial=saved, page=_page_asked(request))
    return render(request, "evaluation/answer/answer.html", {
        "form": form, "survey": survey, "invitation": invitation, "by_link": by_link,
        "closes": closing_words(closes_on(invitation)),
    })


@never_cache
def thanks(request):
    return render(request, "evaluation/answer/thanks.html")
