"""Calendars: iCalendar (RFC 5545) files and feeds, the private feed token, and the reads
behind the community calendar pages.

Times are stored in UTC; in .ics files they are written as Europe/London local times
(DTSTART;TZID=Europe/London) with a VTIMEZONE that defines the zone, so calendars show
14:00 as 14:00 on both sides of a clock change."""

import calendar as pycalendar
import secrets
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone
from icalendar import (
    Calendar,
    Conference,
    Event,
    Timezone,
    TimezoneDaylight,
    TimezoneStandard,
    vRecur,
)

from members.models import Membership, MembershipStatus

from .models import AgendaItem, CalendarFeed, Session, SessionStatus

LONDON = ZoneInfo("Europe/London")
PRODID = "-//Communities of Practice//Sessions//EN"
FEED_NAME = "Communities of Practice sessions"
FEED_DAYS_BACK = 90
FEED_REFRESH = timedelta(hours=1)
TOKEN_BYTES = 32


# --- iCalendar --------------------------------------------------------------------------


def london_vtimezone() -> Timezone:
    """VTIMEZONE for Europe/London with yearly rules (UK summer time since 1996: last Sunday
    of March 01:00 GMT to last Sunday of October 02:00 BST).

    icalendar's `Timezone.from_tzinfo(ZoneInfo(...))` (and `Calendar.add_missing_timezones`)
    would write the transitions as RDATE lists; Outlook is known to misread RDATE-based
    VTIMEZONEs and shift events by an hour, so the same definition is written with RRULEs,
    the form Outlook, Google and Apple all read. A test checks it against zoneinfo."""
    daylight = TimezoneDaylight()
    daylight.add("tzname", "BST")
    daylight.add("tzoffsetfrom", timedelta(0))
    daylight.add("tzoffsetto", timedelta(hours=1))
    daylight.add("dtstart", datetime(1996, 3, 31, 1, 0))
    daylight.add("rrule", vRecur(freq="YEARLY", bymonth=3, byday="-1SU"))
    standard = TimezoneStandard()
    standard.add("tzname", "GMT")
    standard.add("tzoffsetfrom", timedelta(hours=1))
    standard.add("tzoffsetto", timedelta(0))
    standard.add("dtstart", datetime(1996, 10, 27, 2, 0))
    standard.add("rrule", vRecur(freq="YEARLY", bymonth=10, byday="-1SU"))
    vtimezone = Timezone()
    vtimezone.add("tzid", "Europe/London")
    vtimezone.add_component(daylight)
    vtimezone.add_component(standard)
    return vtimezone


def _new_calendar(name: str | None = None) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    if name:
        cal.add("x-wr-calname", name)
        cal.add("name", name)
        cal.add("x-wr-timezone", "Europe/London")
        # How often subscribed calendars should look again (RFC 7986, and Outlook's own).
        cal.add("refresh-interval", FEED_REFRESH, parameters={"VALUE": "DURATION"})
        cal.add("x-published-ttl", "PT1H")
    cal.add_component(london_vtimezone())
    return cal


def session_url(session: Session) -> str:
    """The absolute address of the session page (needs session.community loaded)."""
    return settings.SITE_URL.rstrip("/") + session.get_absolute_url()


def _description(session: Session, *, include_online_link: bool, community_name: str) -> str:
    parts = []
    if session.is_cancelled:
        parts.append("This session is cancelled."
                     + (f" {session.cancelled_reason}" if session.cancelled_reason else ""))
    parts.append(f"Community: {community_name}")
    if session.description:
        parts.append(session.description.strip())
    agenda = [item.title for item in session.agenda.all()]
    if agenda:
        parts.append("Agenda:\n" + "\n".join(f"- {title}" for title in agenda))
    if include_online_link and session.online_link:
        parts.append(f"Join online: {session.online_link}")
    parts.append(f"Session page: {session_url(session)}")
    return "\n\n".join(parts)


def _event(session: Session, *, include_online_link: bool, stamp: datetime) -> Event:
    event = Event()
    cancelled = session.is_cancelled
    event.add("uid", session.ical_uid)
    event.add("dtstamp", stamp)
    event.add("sequence", session.sequence)
    event.add("dtstart", timezone.localtime(session.starts_at, LONDON))
    event.add("dtend", timezone.localtime(session.ends_at, LONDON))
    event.add("created", session.created_at.astimezone(UTC))
    event.add("last-modified", session.updated_at.astimezone(UTC))
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    # Many calendar apps ignore STATUS in a subscribed feed: say it in the title too, and
    # do not block the time.
    event.add("summary", f"Cancelled: {session.title}" if cancelled else session.title)
    event.add("transp", "TRANSPARENT" if cancelled else "OPAQUE")
    community_name = session.community.name
    event.add("description", _description(session, include_online_link=include_online_link,
                                          community_name=community_name))
    if session.venue:
        event.add("location", session.venue)
    elif session.online_link:
        event.add("location", "Online")
    event.add("url", session_url(session))
    event.add("categories", [community_name])
    if include_online_link and session.online_link:
        event.conferences = [Conference(session.online_link, feature="VIDEO",
                                        label="Join online")]
    return event


def _with_calendar_data(queryset):
    return queryset.select_related("community").prefetch_related(
        Prefetch("agenda", queryset=AgendaItem.objects.only("id", "session_id", "title",
                                                             "position")))


def session_calendar(session: Session, *, include_online_link: bool) -> bytes:
    """One session as an .ics file (one VEVENT). Loads the agenda; select_related the
    community to save a query."""
    cal = _new_calendar()
    cal.add_component(_event(session, include_online_link=include_online_link,
                             stamp=timezone.now()))
    return cal.to_ical()


def feed_sessions(user) -> list[Session]:
    """Every session of the person's active communities from FEED_DAYS_BACK days ago on:
    scheduled, completed and cancelled (so calendars learn about cancellations)."""
    since = timezone.now() - timedelta(days=FEED_DAYS_BACK)
    communities = Membership.objects.filter(user=user, status=MembershipStatus.ACTIVE
                                            ).values("community")
    return list(_with_calendar_data(
        Session.objects.filter(community__in=communities, starts_at__gte=since)
    ).order_by("starts_at", "pk"))


def feed_calendar(user) -> bytes:
    """The person's private feed: one calendar with the sessions of all their communities.
    Only ever served by the owner's secret token, so online links are included."""
    cal = _new_calendar(FEED_NAME)
    stamp = timezone.now()
    for session in feed_sessions(user):
        cal.add_component(_event(session, include_online_link=True, stamp=stamp))
    return cal.to_ical()


# --- The private feed token (services) ----------------------------------------------------


def _new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def calendar_feed_for(user) -> CalendarFeed:
    """The person's feed, made on first use."""
    feed, _ = CalendarFeed.objects.get_or_create(user=user, defaults={"token": _new_token()})
    return feed


def calendar_feed_reset(*, actor) -> CalendarFeed:
    """A new secret address for the actor's feed; the old one stops working at once."""
    feed, created = CalendarFeed.objects.get_or_create(
        user=actor, defaults={"token": _new_token()})
    if not created:
        feed.token = _new_token()
        feed.created_at = timezone.now()
        feed.save(update_fields=["token", "created_at"])
    return feed


def feed_owner(token: str):
    """The active person a feed token belongs to, or None. Exact match on a unique index:
    nothing about other tokens or people can be learnt from a wrong one."""
    if not token or len(token) > CalendarFeed._meta.get_field("token").max_length:
        return None
    feed = (CalendarFeed.objects.filter(token=token, user__is_active=True)
            .select_related("user").first())
    return None if feed is None else feed.user


def feed_url(feed: CalendarFeed) -> str:
    return settings.SITE_URL.rstrip("/") + reverse("sessions_app:calendar_feed",
                                                   args=[feed.token])


# --- Reads for the calendar pages ----------------------------------------------------------


def community_sessions_between(community, start: datetime, end: datetime) -> list[Session]:
    """The community's sessions that overlap [start, end), any status, in time order."""
    return list(Session.objects.filter(community=community, starts_at__lt=end,
                                       ends_at__gt=start).order_by("starts_at", "pk"))


def upcoming_sessions(community, limit: int = 5) -> list[Session]:
    """Scheduled sessions that have not yet ended, soonest first."""
    return list(Session.objects.filter(community=community, status=SessionStatus.SCHEDULED,
                                       ends_at__gt=timezone.now())
                .order_by("starts_at", "pk")[:limit])


def calendar_upcoming(community, limit: int = 50) -> list[Session]:
    """For the calendar list: sessions not yet ended, cancelled ones included (marked)."""
    return list(Session.objects.filter(community=community, ends_at__gt=timezone.now())
                .order_by("starts_at", "pk")[:limit])


def past_sessions(community, limit: int = 10) -> list[Session]:
    """The most recent sessions that have ended, latest first."""
    return list(Session.objects.filter(community=community, ends_at__lte=timezone.now())
                .order_by("-starts_at", "-pk")[:limit])


def upcoming_sessions_for(user, limit: int = 10) -> list[Session]:
    """The person's next sessions across their active communities (cancelled ones marked)."""
    communities = Membership.objects.filter(user=user, status=MembershipStatus.ACTIVE
                                            ).values("community")
    return list(Session.objects.filter(community__in=communities, ends_at__gt=timezone.now())
                .select_related("community").order_by("starts_at", "pk")[:limit])


def month_grid(year: int, month: int) -> list[list[date]]:
    """The weeks (Monday first) that cover the month, each a list of seven dates; days of
    the months either side fill the first and last weeks."""
    return pycalendar.Calendar(firstweekday=pycalendar.MONDAY).monthdatescalendar(year, month)


def local_day_start(day: date) -> datetime:
    """Midnight in London at the start of `day`, as an aware datetime."""
    return datetime.combine(day, time.min, tzinfo=LONDON)


def sessions_by_day(sessions, days) -> dict[date, list[Session]]:
    """Each of `days` with the sessions that start on it (London date)."""
    by_day = {day: [] for day in days}
    for session in sessions:
        day = timezone.localtime(session.starts_at, LONDON).date()
        if day in by_day:
            by_day[day].append(session)
    return by_day
