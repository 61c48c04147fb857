"""The home after signing in, "my week": what is coming and what waits for the person, for
each of their roles. Members: their next sessions with their reply (and a way to reply), new
replies on cases they follow, surveys to answer, prompts (outcomes to add, action points
due). Facilitators also: who is coming to their sessions, new overrides, follow-up requests
and overdue action points of their communities. Evaluators: their studies and response
rates. The one page that reads from every app (each app's `week.py`), in a fixed number of
queries whatever the data (tests/test_home.py)."""

from datetime import timedelta

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone

from casework import week as case_week
from evaluation import week as evaluation_week
from sessions_app import week as session_week

from . import permissions, selectors

NEW_OVERRIDES_DAYS = 7  # "new" overrides: kept in the past week


@login_required
def home(request):
    user, now = request.user, timezone.now()
    today = timezone.localdate(now)
    memberships = selectors.active_memberships(user)
    community_ids = [m.community_id for m in memberships]
    facilitated = [m.community for m in memberships
                   if permissions.is_facilitator(m, m.community_id)]
    is_evaluator = permissions.is_evaluator(user)
    context = {"memberships": memberships, "facilitated": facilitated,
               "is_evaluator": is_evaluator}
    if memberships:
        sessions = session_week.next_sessions(user, community_ids, now=now)
        facilitated_ids = {c.pk for c in facilitated}
        for session in sessions:
            session.i_facilitate = session.community_id in facilitated_ids
        context.update(
            sessions=sessions,
            new_replies=case_week.new_replies_on_followed_cases(user, community_ids),
            outcomes=case_week.outcomes_to_add(user, community_ids),
            my_actions=session_week.my_actions_due(user, community_ids, today=today),
            today=today,
        )
    if facilitated:
        ids = [c.pk for c in facilitated]
        overrides = case_week.new_overrides_by_community(
            ids, since=now - timedelta(days=NEW_OVERRIDES_DAYS))
        follow_ups = session_week.open_follow_ups_by_community(ids)
        overdue, overdue_count = session_week.overdue_actions(ids, today=today)
        context.update(
            overdue=overdue, overdue_count=overdue_count,
            new_overrides_days=NEW_OVERRIDES_DAYS,
            facilitation=[{
                "community": community,
                "overrides": overrides.get(community.pk, 0),
                "overrides_url": reverse("casework:override_list", args=[community.slug]),
                "follow_ups": follow_ups.get(community.pk, 0),
                "follow_ups_url": reverse("sessions_app:follow_up_list",
                                          args=[community.slug]),
            } for community in facilitated],
        )
    if is_evaluator:
        context["studies"] = evaluation_week.studies_with_response_rates()
    return render(request, "members/home.html", context)
