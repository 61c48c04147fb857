"""Results pages: a survey's dashboard (evaluators) and one session's feedback (facilitators
of its community, and evaluators). Aggregates only, suppressed under the threshold
(evaluation/dashboard.py); no answer is ever tied to a person, and free text is never shown."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import render
from django.utils.functional import SimpleLazyObject

from members import selectors as member_selectors
from sessions_app import permissions as session_permissions

from .. import dashboard, results_cache, selectors
from ..permissions import can_see_session_results, get_survey_for, is_evaluator


@login_required
def survey_results(request, pk):
    survey = get_survey_for(request.user, pk)
    key = results_cache.survey_key(survey)
    # Lazy: when the page's rendered results are in the cache, the figures are not needed.
    return render(request, "evaluation/results/survey_results.html", {
        "survey": survey, "results_key": key, "keep_seconds": results_cache.KEEP_SECONDS,
        "results": SimpleLazyObject(lambda: results_cache.survey_results(survey, key)),
    })


def _session_for(user, slug, session_pk):
    """The session and the viewer's membership in its community (None for an evaluator
    without one). PERMISSIONS.md: members 403, outsiders 404, evaluators yes, site admins
    without a membership 403."""
    membership = member_selectors.active_membership(user, slug)
    if membership is None:
        if is_evaluator(user):
            session = selectors.session_for_results(slug, session_pk)
            if session is None:
                raise Http404("No such session.")
            return session, None
        if user.is_superuser:
            raise PermissionDenied("Site admins see results only as evaluators.")
        raise Http404("No such community.")
    session = session_permissions.get_session_for(membership, session_pk)
    if not can_see_session_results(user, membership):
        raise PermissionDenied("Only facilitators of this community can see its feedback.")
    return session, membership


@login_required
def session_results(request, slug, session_pk):
    session, membership = _session_for(request.user, slug, session_pk)
    surveys = selectors.post_session_surveys_for(session)
    chosen = next((s for s in surveys if str(s.pk) == request.GET.get("survey")),
                  surveys[0] if surveys else None)
    key = results_cache.session_key(chosen, session.pk) if chosen else None
    return render(request, "evaluation/results/session_results.html", {
        "session": session, "membership": membership,
        "community": session.community if membership else None,
        "surveys": surveys, "survey": chosen, "results_key": key,
        "keep_seconds": results_cache.KEEP_SECONDS,
        "results": SimpleLazyObject(lambda: results_cache.session_results(
            chosen, session.pk, key)) if chosen else None,
        "threshold": dashboard.threshold(),
    })
