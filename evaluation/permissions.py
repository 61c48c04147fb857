"""Who may do what in evaluation (docs/PERMISSIONS.md, "Who may do what": the rows on
surveys, results and answering; "Where each rule lives"). Evaluators are
members.permissions.is_evaluator:

- build, send, close surveys, dashboards and exports: evaluators only (403 for anyone else
  signed in; evaluators hold a site-wide role, so there is nothing to hide with a 404);
- post-session results of a session: facilitators of its community and evaluators, always
  suppressed under the threshold; members get 403, outsiders 404;
- answering: only the invited person (by the single-use link, or signed in);
- which person gave which answer: nobody, ever (the data model cannot tell)."""

from typing import TYPE_CHECKING

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import Http404

from members import permissions as member_permissions
from members import selectors as member_selectors
from members.models import Membership, User
from sessions_app import permissions as session_permissions
from sessions_app import selectors as session_selectors

from .models import Question, Study, Survey, SurveyInvitation

if TYPE_CHECKING:
    from sessions_app.models import Session


def require_evaluator(user: User | AnonymousUser) -> None:
    if not member_permissions.is_evaluator(user):
        raise PermissionDenied("Only evaluators can do that.")


def get_study_for(user: User | AnonymousUser, pk: int) -> Study:
    require_evaluator(user)
    study = Study.objects.filter(pk=pk).first()
    if study is None:
        raise Http404("No such study.")
    return study


def get_survey_for(user: User | AnonymousUser, pk: int) -> Survey:
    require_evaluator(user)
    survey = Survey.objects.filter(pk=pk).select_related("study").first()
    if survey is None:
        raise Http404("No such survey.")
    return survey


def can_see_session_results(user: User | AnonymousUser, membership: Membership | None,
                            session: "Session") -> bool:
    """`membership`: the viewer's membership in the session's community, or None."""
    return (member_permissions.is_evaluator(user)
            or member_permissions.is_facilitator(membership, session.community_id))


def get_session_results_for(user: User | AnonymousUser, slug: str, session_pk: int
                            ) -> "tuple[Session, Membership | None]":
    """The session and the viewer's membership in its community (None for an evaluator
    without one). docs/PERMISSIONS.md: members 403, outsiders 404, evaluators yes, site admins
    without a membership 403."""
    membership = member_selectors.active_membership(user, slug)
    if membership is None:
        if member_permissions.is_evaluator(user):
            session = session_selectors.session_in_community(slug, session_pk)
            if session is None:
                raise Http404("No such session.")
            return session, None
        if member_permissions.is_site_admin(user):
            raise PermissionDenied("Site admins see results only as evaluators.")
        raise Http404("No such community.")
    session = session_permissions.get_session_for(membership, session_pk)
    if not can_see_session_results(user, membership, session):
        raise PermissionDenied("Only facilitators of this community can see its feedback.")
    return session, membership


def get_invitation_for(user: User, pk: int) -> SurveyInvitation:
    """The viewer's own invitation, or 404 (someone else's is never confirmed)."""
    invitation = (SurveyInvitation.objects.filter(pk=pk, user=user)
                  .select_related("survey", "survey__study", "community", "session").first())
    if invitation is None:
        raise Http404("No such survey invitation.")
    return invitation


def get_question_for(survey: Survey, pk: int) -> Question:
    """A question of this survey (already checked with get_survey_for), or 404."""
    question = survey.questions.filter(pk=pk).prefetch_related("choices").first()
    if question is None:
        raise Http404("No such question.")
    return question
