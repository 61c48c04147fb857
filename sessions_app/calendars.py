"""Calendars: iCalendar (RFC 5545) files and feeds, the private feed token, and the reads
behind the community calendar pages.

Times are stored in UTC; in .ics files they are written as Europe/London local times
(DTSTART;TZID=Europe/London) with a VTIMEZONE that defines the zone, so calendars show
14:00 as 14:00 on both sides of a clock change."""

import calendar as pycalendar
import hashlib
import json
import secrets
import zlib
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import NamedTuple
from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.core.cache import cache
from django.db import connection
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

from cop.source_digest import source_digest
from members.models import Community, Membership, MembershipStatus, User

from .models import (
    FEED_TOKEN_MAX,
    MAX_SESSION_LENGTH,
    AgendaItem,
    CalendarFeed,
    Session,
    SessionStatus,
    ical_uid,
)

LONDON = ZoneInfo("Europe/London")
PRODID = "-//Communities of Practice//Sessions//EN"
FEED_NAME = "Communities of Practice sessions"
FEED_DAYS_BACK = 90
FEED_REFRESH = timedelta(hours=1)
TOKEN_BYTES = 32
# What a feed's bytes depend on besides its events. The number is this code's own output
# format: raise it when a change here writes different bytes for the same EventData.
FEED_FORMAT = (1, PRODID, FEED_NAME, FEED_REFRESH, icalendar.__version__)
# Only bounds the memory: a cached feed is never stale (see feed_for_token).
FEED_CACHE_SECONDS = 24 * 60 * 60
# The community calendar's list, rendered, is kept under a digest of what it shows and of
# the code that renders it and makes its links (calendar_list): never stale either.
CALENDAR_HTML_SECONDS = 24 * 60 * 60
CALENDAR_HTML_VERSION = source_digest(
    Path(settings.BASE_DIR) / "templates/sessions_app/calendar.html", Path(__file__),
    Path(__file__).with_name("urls.py"))


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


# The feed's events, one row each: the fields an event is written from (EventData), as the
# database writes them in JSON. The same text is hashed in the database for the cache key
# (a hit reads nothing else) and read back to build the feed on a miss.
_FEED_EVENTS = """
SELECT s.starts_at, s.id, json_build_array(
         s.id, s.uid, s.sequence, s.starts_at, s.ends_at, s.created_at, s.updated_at,
         s.status, s.cancelled_reason, s.title, s.description, s.venue, s.online_link,
         c.name, c.slug,
         ARRAY(SELECT a.title FROM {agenda} a WHERE a.session_id = s.id
                ORDER BY a.position, a.id))::text AS event
  FROM {session} s JOIN {community} c ON c.id = s.community_id
 WHERE s.community_id IN (SELECT m.community_id FROM {membership} m
                           WHERE m.user_id = {user} AND m.status = %(active)s)
   AND s.starts_at >= %(since)s
"""
# The feed's owner, by its token (an exact match on a unique index, active people only),
# with the SHA-256 of their events' rows joined by newlines, in time order.
_FEED_BY_TOKEN = """
SELECT u.id,
       (SELECT encode(sha256(convert_to(coalesce(
                  string_agg(e.event, E'\\n' ORDER BY e.starts_at, e.id), ''), 'UTF8')), 'hex')
          FROM ({events}) e)
  FROM {feed} f JOIN {user} u ON u.id = f.user_id
 WHERE f.token = %(token)s AND u.is_active
"""


def _tables(user: str) -> dict[str, str]:
    return {"agenda": AgendaItem._meta.db_table, "session": Session._meta.db_table,
            "community": Community._meta.db_table, "membership": Membership._meta.db_table,
            "user": user}


def _feed_params(**params) -> dict:
    """Every session of the person's active communities from FEED_DAYS_BACK days ago on:
    scheduled, completed and cancelled (so calendars learn about cancellations). No later
    bound is needed: sessions are made at most a few months ahead (forms, series)."""
    return {"active": MembershipStatus.ACTIVE,
            "since": timezone.now() - timedelta(days=FEED_DAYS_BACK), **params}


def _event_from_row(text: str, site: str) -> EventData:
    (pk, uid, sequence, starts_at, ends_at, created_at, updated_at, status, cancelled_reason,
     title, description, venue, online_link, community_name, slug, agenda) = json.loads(text)
    return EventData(
        uid=ical_uid(uid), sequence=sequence, starts_at=datetime.fromisoformat(starts_at),
        ends_at=datetime.fromisoformat(ends_at), created_at=datetime.fromisoformat(created_at),
        updated_at=datetime.fromisoformat(updated_at),
        cancelled=status == SessionStatus.CANCELLED, cancelled_reason=cancelled_reason,
        title=title, description=description, venue=venue, online_link=online_link,
        include_online_link=True, community_name=community_name,
        url=site + reverse("sessions_app:session_detail", args=[slug, pk]),
        agenda=tuple(agenda))


class FeedFile(NamedTuple):
    content: bytes
    etag: str


def _feed_key(events_digest: str) -> tuple[str, str]:
    """The cache key and ETag of a feed whose event rows hash to `events_digest`: with what
    else its bytes are written from (FEED_FORMAT, the site's address, the session pages'
    addresses)."""
    pages = reverse("sessions_app:session_detail", args=["-", 0])
    digest = hashlib.sha256(repr((FEED_FORMAT, settings.SITE_URL, pages, events_digest))
                            .encode()).hexdigest()
    return f"calendar-feed:{digest}", f'W/"{digest}"'


def feed_for_token(token: str) -> FeedFile | None:
    """The private feed of the active person `token` belongs to, or None: one calendar with
    the sessions of all their communities. Only ever served by the owner's secret token, so
    online links are included. Nothing about other tokens or people can be learnt from a
    wrong token.

    Building it is most of the cost (icalendar), so the bytes are kept in the cache under a
    hash of everything they are written from: each event's row (the set of sessions is the
    query's answer, so joining or leaving a community, a new session or one passing out of
    the FEED_DAYS_BACK window is in it too) and _feed_key's parts. The database works the
    hash out with the token's lookup, so a repeat request is one query and no models.
    Nothing in it is personal, so people whose communities have the same sessions share one
    entry. Any edit (through the services, the admin or a bulk update alike) gives a new key
    at once; the old entry expires. The hash is also the feed's ETag."""
    if not token or len(token) > FEED_TOKEN_MAX:
        return None
    events_sql = _FEED_EVENTS.format(**_tables(user="u.id"))
    sql = _FEED_BY_TOKEN.format(events=events_sql, feed=CalendarFeed._meta.db_table,
                                user=User._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(sql, _feed_params(token=token))
        found = cursor.fetchone()
        if found is None:
            return None
        user_id, events_digest = found
        key, etag = _feed_key(events_digest)
        stored = cache.get(key)
        if stored is not None:
            return FeedFile(zlib.decompress(stored), etag)
        cursor.execute(_FEED_EVENTS.format(**_tables(user="%(user)s"))
                       + " ORDER BY s.starts_at, s.id", _feed_params(user=user_id))
        rows = [event for _, _, event in cursor.fetchall()]
    # Keyed by the rows it is built from (they may have changed since the first query).
    key, etag = _feed_key(hashlib.sha256("\n".join(rows).encode()).hexdigest())
    site = settings.SITE_URL.rstrip("/")
    events = [_event_from_row(row, site) for row in rows]
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


def feed_url(feed: CalendarFeed) -> str:
    return settings.SITE_URL.rstrip("/") + reverse("sessions_app:calendar_feed",
                                                   args=[feed.token])


# --- Reads for the calendar pages ----------------------------------------------------------
#
# A session lasts at most MAX_SESSION_LENGTH (the database keeps to it), so every read of
# the sessions around a time bounds starts_at on both sides: an index range on
# (community, starts_at) that does not grow with the sessions held before.


def community_sessions_between(community, start: datetime, end: datetime) -> list[Session]:
    """The community's sessions that overlap [start, end), any status, in time order."""
    return list(Session.objects.filter(community=community,
                                       starts_at__gt=start - MAX_SESSION_LENGTH,
                                       starts_at__lt=end, ends_at__gt=start)
                .order_by("starts_at", "pk"))


def upcoming_sessions(community, limit: int = 5) -> list[Session]:
    """Scheduled sessions that have not yet ended, soonest first."""
    now = timezone.now()
    return list(Session.objects.filter(community=community, status=SessionStatus.SCHEDULED,
                                       starts_at__gt=now - MAX_SESSION_LENGTH, ends_at__gt=now)
                .order_by("starts_at", "pk")[:limit])


class CalendarEntry(NamedTuple):
    """A session as the community calendar's list shows it (the fields of `session_card`)."""

    pk: int
    title: str
    starts_at: datetime
    ends_at: datetime
    venue: str
    online_link: str
    status: str

    @property
    def is_cancelled(self) -> bool:
        return self.status == SessionStatus.CANCELLED


class CalendarList(NamedTuple):
    upcoming: list[CalendarEntry]  # not yet ended, cancelled ones included, soonest first
    past: list[CalendarEntry]  # ended, latest first
    html_key: str  # its rendered HTML's cache key: this code and everything the list shows


# Both lists in one statement: two index ranges on (community, starts_at), each stopping at
# its limit. Plain SQL: the ORM would take ten times longer to write it than PostgreSQL to
# answer it.
_CALENDAR_LIST = """
(SELECT id, title, starts_at, ends_at, venue, online_link, status, 0 FROM {session}
  WHERE community_id = %(community)s AND starts_at > %(earliest)s AND ends_at > %(now)s
  ORDER BY starts_at, id LIMIT %(upcoming)s)
UNION ALL
(SELECT id, title, starts_at, ends_at, venue, online_link, status, 1 FROM {session}
  WHERE community_id = %(community)s AND starts_at < %(now)s AND ends_at <= %(now)s
  ORDER BY starts_at DESC, id DESC LIMIT %(past)s)
"""


def calendar_list(community, *, upcoming: int = 50, past: int = 10) -> CalendarList:
    """The calendar's list: the next `upcoming` sessions not yet ended (cancelled ones
    marked) and the last `past` that have ended. One query, and plain rows, not models:
    with the HTML kept in the cache under `html_key`, this is all the page reads."""
    now = timezone.now()
    with connection.cursor() as cursor:
        cursor.execute(_CALENDAR_LIST.format(session=Session._meta.db_table), {
            "community": community.pk, "earliest": now - MAX_SESSION_LENGTH, "now": now,
            "upcoming": upcoming, "past": past})
        rows = cursor.fetchall()
    coming = sorted((r[:-1] for r in rows if r[-1] == 0), key=lambda r: (r[2], r[0]))
    gone = sorted((r[:-1] for r in rows if r[-1] == 1), key=lambda r: (r[2], r[0]),
                  reverse=True)
    digest = hashlib.sha256(repr((coming, gone)).encode()).hexdigest()
    return CalendarList([CalendarEntry(*r) for r in coming], [CalendarEntry(*r) for r in gone],
                        f"{CALENDAR_HTML_VERSION}:{community.slug}:{digest}")


def upcoming_sessions_for(user, limit: int = 10) -> list[Session]:
    """The person's next sessions across their active communities (cancelled ones marked)."""
    communities = Membership.objects.filter(user=user, status=MembershipStatus.ACTIVE
                                            ).values("community")
    now = timezone.now()
    return list(Session.objects.filter(community__in=communities,
                                       starts_at__gt=now - MAX_SESSION_LENGTH, ends_at__gt=now)
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
