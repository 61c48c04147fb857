"""Answering a survey: save a draft, submit. The transaction boundary for responses.

A Response never stores who wrote it. While it is a draft it carries `draft_key` (a keyed hash
of survey and person) so its author can come back to it; on submission the key is cleared and
the invitation records only `answered = True` (no time), so nothing ties the submitted
response to the person. Only the invitation (by the single-use link or the signed-in
invitee) gives access: callers check that before calling these.

Free-text answers pass the identifier scanner (cop/gate.py) when they are sent: the page
shows the respondent what it found and they may change it or send it as it is (nothing is
forced); each submitted text answer keeps the kinds found (`Answer.finding_kinds`), never the
words, so exports can mark it."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from cop import gate

from . import pseudonyms
from .models import Answer, Question, Response, ResponseStatus, SurveyInvitation


class AnsweringClosed(Exception):
    """The invitation can no longer be answered: already answered, expired or closed."""

    def __init__(self, state: str):
        super().__init__(state)
        self.state = state  # "answered" or "closed"


def invitation_state(invitation, now=None) -> str:
    """'open', 'answered' or 'closed' (the survey has closed or the invitation expired)."""
    now = now or timezone.now()
    if invitation.answered:
        return "answered"
    if not invitation.survey.is_accepting_answers(now):
        return "closed"
    if invitation.expires_at is not None and invitation.expires_at <= now:
        return "closed"
    return "open"


def draft_key_for(invitation) -> str:
    return pseudonyms.draft_key(invitation_id=invitation.pk)


def _locked_open_invitation(invitation_id: int) -> SurveyInvitation:
    invitation = (SurveyInvitation.objects.select_for_update(of=("self",))
                  .select_related("survey").get(pk=invitation_id))
    state = invitation_state(invitation)
    if state != "open":
        raise AnsweringClosed(state)
    return invitation


NOTHING_ANSWERED = ("Answer at least one question before sending your answers, "
                    "or save them and finish later.")


def _check_answers(invitation, answers: dict, *, require: bool) -> None:
    questions = {q.pk: q for q in Question.objects.filter(survey_id=invitation.survey_id)}
    unknown = set(answers) - set(questions)
    if unknown:
        raise ValidationError("Some answers are not for questions of this survey.")
    for pk, value in answers.items():
        if not any(value.get(key) not in (None, "", []) for key in ("number", "choices", "text")):
            raise ValidationError(f"The answer to {questions[pk].code} is empty.")
    if require:
        if not answers:
            raise ValidationError(NOTHING_ANSWERED)
        missing = [q.code for q in questions.values() if q.required and q.pk not in answers]
        if missing:
            raise ValidationError(f"Required questions not answered: {', '.join(missing)}.")


def text_findings(answers: dict) -> dict[int, list[gate.FieldFinding]]:
    """The scanner's findings in each text answer that has any, by question id."""
    texts = {str(pk): value["text"] for pk, value in answers.items() if value.get("text")}
    found: dict[int, list[gate.FieldFinding]] = {}
    if texts:
        for finding in gate.find(texts, [], gate.known_terms()):
            found.setdefault(int(finding.field), []).append(finding)
    return found


def _finding_kinds(answers: dict, status: str) -> dict[int, list[str]]:
    if status != ResponseStatus.SUBMITTED:
        return {}
    found = text_findings(answers)
    return {pk: sorted({f.kind for f in found.get(pk, [])})
            for pk, value in answers.items() if value.get("text")}


def _write(invitation, answers: dict, *, status: str) -> Response:
    survey = invitation.survey
    key = draft_key_for(invitation)
    response = (Response.objects.select_for_update()
                .filter(draft_key=key, status=ResponseStatus.DRAFT).first())
    if response is None:
        response = Response(survey_id=survey.pk)
    response.respondent_code = ("" if survey.anonymous else pseudonyms.respondent_code(
        study_id=survey.study_id, user_id=invitation.user_id))
    response.community_id = invitation.community_id
    response.session_id = invitation.session_id
    response.status = status
    if status == ResponseStatus.SUBMITTED:
        response.submitted_at = timezone.now()
        response.draft_key = None
    else:
        response.draft_key = key
    response.save()
    response.answers.all().delete()
    kinds = _finding_kinds(answers, status)
    Answer.objects.bulk_create([
        Answer(response=response, question_id=question_id, number=value.get("number"),
               text=value.get("text") or "", choices=value.get("choices") or None,
               finding_kinds=kinds.get(question_id))
        for question_id, value in sorted(answers.items())
    ])
    return response


@transaction.atomic
def response_save_draft(*, invitation_id: int, answers: dict) -> Response:
    """Keep the answers given so far (required questions may be left empty) for the invitee
    to finish later. `answers` is `SurveyAnswerForm.cleaned_answers()`. Raises AnsweringClosed
    if the invitation has been answered, has expired or the survey has closed."""
    invitation = _locked_open_invitation(invitation_id)
    _check_answers(invitation, answers, require=False)
    return _write(invitation, answers, status=ResponseStatus.DRAFT)


@transaction.atomic
def response_submit(*, invitation_id: int, answers: dict) -> Response:
    """Submit the response: required questions must be answered (ValidationError otherwise).
    The invitation row is locked, so a second submission (another tab, a reused link) finds
    it answered and raises AnsweringClosed("answered"); the saved draft, if any, becomes the
    submitted response, and its draft key is cleared."""
    invitation = _locked_open_invitation(invitation_id)
    _check_answers(invitation, answers, require=True)
    response = _write(invitation, answers, status=ResponseStatus.SUBMITTED)
    SurveyInvitation.objects.filter(pk=invitation.pk).update(answered=True)
    return response
