"""The community calendar (list and month), a session's .ics, the person's calendar page
and their private feed (the only view here without login: its token is the key)."""

import re
from datetime import date, timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from members.permissions import get_membership_for, is_facilitator, is_member

from .. import calendars
from ..permissions import get_session_for

ICS_TYPE = "text/calendar; charset=utf-8"
MONTH_PARAM = re.compile(r"^(\d{4})-(\d{2})$")
FIRST_YEAR, LAST_YEAR = 2000, 2100
WEEKDAYS = [("Mon", "Monday"), ("Tue", "Tuesday"), ("Wed", "Wednesday"), ("Thu", "Thursday"),
            ("Fri", "Friday"), ("Sat", "Saturday"), ("Sun", "Sunday")]
UPCOMING_SHOWN = 50


def _first_of_month(value: str) -> date:
    """`2026-12` as 1 December 2026; anything else (or out of range) is this month."""
    match = MONTH_PARAM.match(value or "")
    if match:
        year, month = int(match[1]), int(match[2])
        if FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12:
            return date(year, month, 1)
    return timezone.localdate().replace(day=1)


def _month_context(community, first: date) -> dict:
    weeks = calendars.month_grid(first.year, first.month)
    days = [day for week in weeks for day in week]
    sessions = calendars.community_sessions_between(
        community, calendars.local_day_start(days[0]),
        calendars.local_day_start(days[-1] + timedelta(days=1)))
    by_day = calendars.sessions_by_day(sessions, days)
    today = timezone.localdate()
    previous = (first - timedelta(days=1)).replace(day=1)
    following = (first + timedelta(days=31)).replace(day=1)
    return {
        "month": first,
        "weekdays": WEEKDAYS,
        "weeks": [[{"day": day, "in_month": day.month == first.month, "today": day == today,
                    "sessions": by_day[day]} for day in week] for week in weeks],
        "month_days": [(day, by_day[day]) for day in days
                       if day.month == first.month and by_day[day]],
        "previous_month": previous if previous.year >= FIRST_YEAR else None,
        "next_month": following if following.year <= LAST_YEAR else None,
        "this_month": today.replace(day=1),
    }


@login_required
def community_calendar(request, slug):
    membership = get_membership_for(request.user, slug)
    community = membership.community
    context = {"membership": membership, "community": community,
               "can_manage": is_facilitator(membership, community.pk)}
    if request.GET.get("view") == "month":
        context["view"] = "month"
        context.update(_month_context(community, _first_of_month(request.GET.get("month"))))
    else:
        listed = calendars.calendar_list(community, upcoming=UPCOMING_SHOWN)
        context.update(view="list", upcoming=listed.upcoming, past=listed.past,
                       more_upcoming=len(listed.upcoming) == UPCOMING_SHOWN,
                       list_key=listed.html_key,  # its HTML kept under what it shows
                       keep_seconds=calendars.CALENDAR_HTML_SECONDS)
    return render(request, "sessions_app/calendar.html", context)


def _ics_response(content: bytes, filename: str, *, attachment: bool) -> HttpResponse:
    response = HttpResponse(content, content_type=ICS_TYPE)
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    # It may hold an online meeting link: no shared or stored copies.
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_safe
def session_ics(request, slug, pk):
    membership = get_membership_for(request.user, slug)
    session = get_session_for(membership, pk)
    content = calendars.session_calendar(
        session, include_online_link=is_member(membership, session.community_id))
    return _ics_response(content, "session.ics", attachment=True)


@login_required
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def my_calendar(request):
    if request.method == "POST":
        calendars.calendar_feed_reset(actor=request.user)
        messages.success(request, "Your calendar address has been reset. The old address no "
                                  "longer works: subscribe again with the new one below.")
        return redirect("sessions_app:my_calendar")
    feed = calendars.calendar_feed_for(request.user)
    url = calendars.feed_url(feed)
    return render(request, "sessions_app/my_calendar.html", {
        "feed_url": url,
        "webcal_url": re.sub(r"^https?://", "webcal://", url),
        "sessions": calendars.upcoming_sessions_for(request.user),
    })


@require_safe
def calendar_feed(request, token):
    """No login: calendar apps cannot sign in. The secret token is the only key, and a wrong
    one is the same 404 as any missing page."""
    feed = calendars.feed_for_token(token)
    if feed is None:
        raise Http404("No such calendar.")
    response = _ics_response(feed.content, "sessions.ics", attachment=False)
    response["ETag"] = feed.etag
    response["X-Robots-Tag"] = "noindex, nofollow"
    # Calendar apps poll hourly; one that sends back the ETag gets a 304 while nothing changed.
    return get_conditional_response(request, etag=feed.etag, response=response)
