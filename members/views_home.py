"""The home after signing in, "my week": what is coming and what waits for the person, for
each of their roles. Members: their next sessions with their reply (and a way to reply), new
replies on cases they follow, surveys to answer, prompts (outcomes to add, action points
due). Facilitators also: who is coming to their sessions, new overrides, follow-up requests
and overdue action points of their communities. Evaluators: their studies and response
rates. The one page that shows every app's data: each app fills its places with parts of
its own (members/page_parts.py, from each app's `week.py`), in a fixed number of queries
whatever the data (tests/test_home.py)."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone

from . import permissions, selectors
from .page_parts import Slot, Week, shown, shown_by_community


@login_required
def home(request):
    user, now = request.user, timezone.now()
    memberships = selectors.active_memberships(user)
    facilitated = [m.community for m in memberships
                   if permissions.is_facilitator(m, m.community_id)]
    week = Week(user=user, now=now, today=timezone.localdate(now),
                community_ids=[m.community_id for m in memberships], facilitated=facilitated)
    context = {"memberships": memberships, "is_evaluator": permissions.is_evaluator(user)}
    if memberships:
        context.update(waiting=shown(Slot.WEEK_WAITING, week),
                       member_parts=shown(Slot.WEEK_MEMBER, week))
    if facilitated:
        lines = shown_by_community(Slot.WEEK_FACILITATED, week)
        context.update(
            facilitation=[{"community": community, "parts": lines.get(community.pk, [])}
                          for community in facilitated],
            facilitator_parts=shown(Slot.WEEK_FACILITATOR, week),
        )
    if permissions.is_evaluator(user):
        context["evaluator_parts"] = shown(Slot.WEEK_EVALUATOR, week)
    return render(request, "members/home.html", context)
