"""Results pages: a survey's dashboard (evaluators) and one session's feedback (facilitators
of its community, and evaluators). Aggregates only, suppressed under the threshold
(evaluation/dashboard.py); no answer is ever tied to a person, and free text is never shown."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.functional import SimpleLazyObject

from .. import results_cache, selectors
from ..permissions import get_session_results_for, get_survey_for


@login_required
def survey_results(request, pk):
    survey = get_survey_for(request.user, pk)
    key = results_cache.survey_key(survey)
    # Lazy: when the page's rendered results are in the cache, the figures are not needed.
    return render(request, "evaluation/results/survey_results.html", {
        "survey": survey, "results_key": key, "keep_seconds": results_cache.KEEP_SECONDS,
        "results": SimpleLazyObject(lambda: results_cache.survey_results(survey, key)),
    })


@login_required
def session_results(request, slug, session_pk):
    session, membership = get_session_results_for(request.user, slug, session_pk)
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
    })
