"""Answering surveys: the invitee's list, the signed-in route, the single-use link route.

The link is the key: /s/<token>/ needs no sign-in and answers for the person the link was
sent to, whoever opens it. Both routes allow saving for later (the draft is found again by
the person's draft key, so the link, valid until submission, resumes it) and submitting."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from .. import answering, selectors
from ..answer_form import SurveyAnswerForm, initial_from_answers
from ..invitations import closes_on, closing_words
from ..permissions import get_invitation_for

SAVED = ("Your answers are saved. To finish, open the link in your email again, or sign in "
         "and go to Surveys. Nothing is sent until you choose Submit.")


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


def _answer(request, invitation, *, here, by_link=False):
    state = answering.invitation_state(invitation)
    if state != "open":
        return _unavailable(request, invitation, state)
    survey = invitation.survey
    questions = selectors.survey_questions(survey)
    if request.method == "POST":
        submitting = request.POST.get("action") != "save"
        form = SurveyAnswerForm(survey, questions, data=request.POST, require=submitting)
        if form.is_valid():
            try:
                if submitting:
                    answering.response_submit(invitation_id=invitation.pk,
                                              answers=form.cleaned_answers())
                    return redirect("evaluation:thanks")
                answering.response_save_draft(invitation_id=invitation.pk,
                                              answers=form.cleaned_answers())
            except answering.AnsweringClosed as closed:
                return _unavailable(request, invitation, closed.state)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, SAVED)
                return redirect(here)
    else:
        draft = selectors.draft_for(invitation)
        initial = initial_from_answers(draft.answers.all()) if draft else {}
        form = SurveyAnswerForm(survey, questions, initial=initial)
    return render(request, "evaluation/answer/answer.html", {
        "form": form, "survey": survey, "invitation": invitation, "by_link": by_link,
        "closes": closing_words(closes_on(invitation)),
    })


@never_cache
def thanks(request):
    return render(request, "evaluation/answer/thanks.html")
