"""Calendars: iCalendar (RFC 5545) files and feeds, the private feed token, and the reads
behind the community calendar pages.

Times are stored in UTC; in .ics files they are written as Europe/London local times
(DTSTART;TZID=Europe/London) with a VTIMEZONE that defines the zone, so calendars show
14:00 as 14:00 on both sides of a clock change."""

import calendar as pycalendar
import hashlib
import secrets
import zlib
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, NamedTuple, TypedDict
from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.contrib.postgres.expressions import ArraySubquery
from django.core.cache import cache
from django.db.models import OuterRef
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

from .models import FEED_TOKEN_MAX, AgendaItem, CalendarFeed, Session, SessionStatus

if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations


class _AgendaTitles(TypedDict):
    agenda_titles: list[str]


type SessionWithAgenda = WithAnnotations[Session, _AgendaTitles]

LONDON = ZoneInfo("Europe/London")
PRODID = "-//Communities of Practice//Sessions//EN"
FEED_NAME = "Communities of Practice sessions"
FEED_DAYS_BACK = 90
FEED_REFRESH = timedelta(hours=1)
TOKEN_BYTES = 32
# What a feed's bytes depend on besides its events. The number is this code's own output
# format: raise it when a change here writes different bytes for the same EventData.
FEED_FORMAT = (1, PRODID, FEED_NAME, FEED_REFRESH, icalendar.__version__)
# Only bounds the memory: a cached feed is never stale (see feed_calendar).
FEED_CACHE_SECONDS = 24 * 60 * 60
# The session fields EventData is made from (the feed loads only these).
EVENT_SESSION_FIELDS = ("uid", "community", "title", "description", "starts_at", "ends_at",
                        "venue", "online_link", "status", "sequence", "cancelled_reason",
                        "created_at", "updated_at")


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


class EventData(NamedTuple):
    """Everything one VEVENT is written from, and nothing else: `_event` reads only these,
    so a hash of them (with FEED_FORMAT) says whether a feed's bytes could have changed."""

    uid: str
    sequence: int
    starts_at: datetime
    ends_at: datetime
    created_at: datetime
    updated_at: datetime
    cancelled: bool
    cancelled_reason: str
    title: str
    description: str
    venue: str
    online_link: str
    include_online_link: bool
    community_name: str
    url: str
    agenda: tuple[str, ...]


def _event_data(session: Session, *, agenda, include_online_link: bool) -> EventData:
    """`agenda`: the titles of the session's agenda items, in order."""
    return EventData(
        uid=session.ical_uid, sequence=session.sequence, starts_at=session.starts_at,
        ends_at=session.ends_at, created_at=session.created_at,
        updated_at=session.updated_at, cancelled=session.is_cancelled,
        cancelled_reason=session.cancelled_reason, title=session.title,
        description=session.description, venue=session.venue,
        online_link=session.online_link, include_online_link=include_online_link,
        community_name=session.community.name, url=session_url(session),
        agenda=tuple(agenda))


def _description(data: EventData) -> str:
    parts = []
    if data.cancelled:
        parts.append("This session is cancelled."
                     + (f" {data.cancelled_reason}" if data.cancelled_reason else ""))
    parts.append(f"Community: {data.community_name}")
    if data.description:
        parts.append(data.description.strip())
    if data.agenda:
        parts.append("Agenda:\n" + "\n".join(f"- {title}" for title in data.agenda))
    if data.include_online_link and data.online_link:
        parts.append(f"Join online: {data.online_link}")
    parts.append(f"Session page: {data.url}")
    return "\n\n".join(parts)


def _event(data: EventData, *, stamp: datetime) -> Event:
    event = Event()
    cancelled = data.cancelled
    event.add("uid", data.uid)
    event.add("dtstamp", stamp)
    event.add("sequence", data.sequence)
    event.add("dtstart", timezone.localtime(data.starts_at, LONDON))
    event.add("dtend", timezone.localtime(data.ends_at, LONDON))
    event.add("created", data.created_at.astimezone(UTC))
    event.add("last-modified", data.updated_at.astimezone(UTC))
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    # Many calendar apps ignore STATUS in a subscribed feed: say it in the title too, and
    # do not block the time.
    event.add("summary", f"Cancelled: {data.title}" if cancelled else data.title)
    event.add("transp", "TRANSPARENT" if cancelled else "OPAQUE")
    event.add("description", _description(data))
    if data.venue:
        event.add("location", data.venue)
    elif data.online_link:
        event.add("location", "Online")
    event.add("url", data.url)
    event.add("categories", [data.community_name])
    if data.include_online_link and data.online_link:
        event.conferences = [Conference(data.online_link, feature="VIDEO",
                                        label="Join online")]
    return event


def session_calendar(session: Session, *, include_online_link: bool) -> bytes:
    """One session as an .ics file (one VEVENT). Loads the agenda; select_related the
    community to save a query."""
    cal = _new_calendar()
    data = _event_data(session, agenda=[item.title for item in session.agenda.all()],
                       include_online_link=include_online_link)
    cal.add_component(_event(data, stamp=timezone.now()))
    return cal.to_ical()


def feed_sessions(user) -> list[SessionWithAgenda]:
    """Every session of the person's active communities from FEED_DAYS_BACK days ago on:
    scheduled, completed and cancelled (so calendars learn about cancellations); each with
    `agenda_titles`, its agenda in order, and only the fields a calendar event shows."""
    since = timezone.now() - timedelta(days=FEED_DAYS_BACK)
    communities = Membership.objects.filter(user=user, status=MembershipStatus.ACTIVE
                                            ).values("community")
    agenda_titles = ArraySubquery(AgendaItem.objects.filter(session=OuterRef("pk"))
                                  .order_by("position", "pk").values("title"))
    return list(
        Session.objects.filter(community__in=communities, starts_at__gte=since)
        .select_related("community")
        .only(*EVENT_SESSION_FIELDS, "community__name", "community__slug")
        .annotate(agenda_titles=agenda_titles)
        .order_by("starts_at", "pk"))


class FeedFile(NamedTuple):
    content: bytes
    etag: str


def feed_calendar(user) -> FeedFile:
    """The person's private feed: one calendar with the sessions of all their communities.
    Only ever served by the owner's secret token, so online links are included.

    Building it is most of the cost (icalendar), so the bytes are kept in the cache under a
    hash of everything they are written from: each event's EventData (the set of sessions
    is the query's answer, so joining or leaving a community, a new session or one passing
    out of the FEED_DAYS_BACK window is in it too) and FEED_FORMAT. Nothing in it is
    personal, so people whose communities have the same sessions share one entry. Any edit
    (through the services, the admin or a bulk update alike) gives a new key at once; the
    old entry expires. The hash is also the feed's ETag."""
    events = [_event_data(session, agenda=session.agenda_titles, include_online_link=True)
              for session in feed_sessions(user)]
    digest = hashlib.sha256(repr((FEED_FORMAT, events)).encode()).hexdigest()
    key = f"calendar-feed:{digest}"
    etag = f'W/"{digest}"'
    stored = cache.get(key)
    if stored is not None:
        return FeedFile(zlib.decompress(stored), etag)
    cal = _new_calendar(FEED_NAME)
    # DTSTAMP, with METHOD:PUBLISH, is when this iCalendar object was made: the time of
    # building, kept with the cached bytes (not each session's updated_at, which not every
    # change moves). A change makes new bytes with a later stamp, so the newer copy of an
    # event always has the later DTSTAMP, as RFC 5546 asks. Hence the weak ETag: an entry
    # rebuilt after expiry is the same feed with other stamps.
    stamp = timezone.now()
    for data in events:
        cal.add_component(_event(data, stamp=stamp))
    content = cal.to_ical()
    # About 0.5 KB of repetitive text per session, a tenth of that compressed: the feeds of
    # thousands of members stay a few MB of Redis.
    cache.set(key, zlib.compress(content, 1), FEED_CACHE_SECONDS)
    return FeedFile(content, etag)


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
    if not token or len(token) > FEED_TOKEN_MAX:
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
    by_day: dict[date, list[Session]] = {day: [] for day in days}
    for session in sessions:
        day = timezone.localtime(session.starts_at, LONDON).date()
        if day in by_day:
            by_day[day].append(session)
    return by_day
