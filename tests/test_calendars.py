"""Calendars: the community calendar pages, a session's .ics, the personal feed and its
secret token (PERMISSIONS.md: calendar, .ics, online link, personal calendar feed).

Every .ics is parsed with icalendar, as a calendar app would read it."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar, Timezone

from members.models import Membership, MembershipStatus, Role
from sessions_app import calendars
from sessions_app.models import AgendaItem, CalendarFeed, Session, SessionStatus

from .factories import join, make_community, make_session, make_user
from .helpers import queries_for

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")
LINK = "https://meet.example.test/j/quokka-4471"


def london(*args) -> datetime:
    return datetime(*args, tzinfo=LONDON)


def parse(response) -> Calendar:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def events(cal: Calendar) -> dict:
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def ics_url(session) -> str:
    return reverse("sessions_app:session_ics", args=[session.community.slug, session.pk])


def calendar_url(community) -> str:
    return reverse("sessions_app:calendar", args=[community.slug])


def feed_url(token) -> str:
    return reverse("sessions_app:calendar_feed", args=[token])


@pytest.fixture
def session(community, facilitator):
    s = make_session(community, title="Hospital discharge and housing",
                     description="Bring a stuck case.", online_link=LINK, created_by=facilitator)
    AgendaItem.objects.create(session=s, position=1, title="Welcome and check-in")
    AgendaItem.objects.create(session=s, position=2, title="Local connection rules")
    return s


# --- The .ics file ------------------------------------------------------------------------


def test_member_downloads_a_valid_ics(client, member, session):
    client.force_login(member)
    response = client.get(ics_url(session))
    assert response["Content-Disposition"] == 'attachment; filename="session.ics"'
    assert "no-store" in response["Cache-Control"]
    cal = parse(response)
    assert cal.name == "VCALENDAR"
    assert str(cal["VERSION"]) == "2.0" and cal["PRODID"]
    assert str(cal["CALSCALE"]) == "GREGORIAN" and str(cal["METHOD"]) == "PUBLISH"
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/London"]
    (event,) = cal.walk("VEVENT")
    assert str(event["UID"]) == session.ical_uid
    assert event.decoded("SEQUENCE") == 0
    assert str(event["STATUS"]) == "CONFIRMED"
    assert str(event["SUMMARY"]) == "Hospital discharge and housing"
    assert str(event["LOCATION"]) == "Civic Hall, Room 2"
    assert str(event["URL"]) == settings.SITE_URL.rstrip("/") + session.get_absolute_url()
    assert event.stamp is not None
    description = str(event["DESCRIPTION"])
    for words in ("Bring a stuck case.", "Welcome and check-in", "Local connection rules", LINK):
        assert words in description
    assert [c.uri for c in event.conferences] == [LINK]
    assert event["DTSTART"].params["TZID"] == "Europe/London"
    assert event.start == session.starts_at and event.end == session.ends_at


def test_ics_without_online_link_when_asked(session):
    content = calendars.session_calendar(session, include_online_link=False)
    assert LINK.encode() not in content.replace(b"\r\n ", b"")
    (event,) = Calendar.from_ical(content).walk("VEVENT")
    assert event.conferences == []
    assert str(event["LOCATION"]) == "Civic Hall, Room 2"


def test_online_only_session_says_online(community):
    s = make_session(community, venue="", online_link=LINK)
    (event,) = Calendar.from_ical(
        calendars.session_calendar(s, include_online_link=False)).walk("VEVENT")
    assert str(event["LOCATION"]) == "Online"


def test_uid_is_stable_across_edits_and_sequence_rises(client, member, session):
    client.force_login(member)
    before = events(parse(client.get(ics_url(session))))
    # What the edit service does in production: change, and raise SEQUENCE.
    Session.objects.filter(pk=session.pk).update(title="Moved: discharge and housing",
                                                 sequence=F("sequence") + 1)
    after = events(parse(client.get(ics_url(session))))
    assert list(before) == list(after) == [session.ical_uid]
    event = after[session.ical_uid]
    assert event.decoded("SEQUENCE") == 1
    assert str(event["SUMMARY"]) == "Moved: discharge and housing"


def test_cancelled_session_is_cancelled_in_ics_and_feed(client, member, session):
    Session.objects.filter(pk=session.pk).update(status=SessionStatus.CANCELLED,
                                                 cancelled_reason="Room flooded.",
                                                 sequence=F("sequence") + 1)
    client.force_login(member)
    event = events(parse(client.get(ics_url(session))))[session.ical_uid]
    assert str(event["STATUS"]) == "CANCELLED"
    assert event.decoded("SEQUENCE") == 1
    assert "Room flooded." in str(event["DESCRIPTION"])
    token = calendars.calendar_feed_for(member).token
    client.logout()
    event = events(parse(client.get(feed_url(token))))[session.ical_uid]
    assert str(event["STATUS"]) == "CANCELLED"


def test_local_times_on_both_sides_of_the_clock_change(client, member, community):
    # Clocks go forward on Sunday 28 March 2027.
    before = make_session(community, starts_at=london(2027, 3, 24, 14, 0))
    after = make_session(community, starts_at=london(2027, 3, 31, 14, 0))
    client.force_login(member)
    for s, utc_hour, day in ((before, 14, "20270324"), (after, 13, "20270331")):
        response = client.get(ics_url(s))
        assert f"DTSTART;TZID=Europe/London:{day}T140000".encode() in response.content
        assert f"DTEND;TZID=Europe/London:{day}T160000".encode() in response.content
        event = events(parse(response))[s.ical_uid]
        assert event["DTSTART"].params["TZID"] == "Europe/London"
        assert (event.start.hour, event.start.minute) == (14, 0)
        assert event.start.astimezone(UTC).hour == utc_hour
        assert event.end.astimezone(UTC) == s.ends_at
    # And the same in the feed.
    client.logout()
    feed = events(parse(client.get(feed_url(calendars.calendar_feed_for(member).token))))
    assert feed[before.ical_uid].start.astimezone(UTC) == datetime(2027, 3, 24, 14, tzinfo=UTC)
    assert feed[after.ical_uid].start.astimezone(UTC) == datetime(2027, 3, 31, 13, tzinfo=UTC)


def test_vtimezone_agrees_with_zoneinfo():
    """The VTIMEZONE we write (yearly rules) gives the same offsets as the tz database."""
    written = Timezone.from_ical(calendars.london_vtimezone().to_ical())
    tz = written.to_tz(lookup_tzid=False)
    instant = datetime(2024, 1, 1, tzinfo=UTC)
    while instant < datetime(2036, 1, 1, tzinfo=UTC):
        ours, theirs = instant.astimezone(tz), instant.astimezone(LONDON)
        assert ours.utcoffset() == theirs.utcoffset(), instant
        assert ours.replace(tzinfo=None) == theirs.replace(tzinfo=None), instant
        instant += timedelta(minutes=30 if instant.month in (3, 10) else 6 * 60)


# --- The personal feed --------------------------------------------------------------------


def test_feed_has_the_sessions_of_the_persons_active_communities(client, community,
                                                                 other_community, member,
                                                                 session, outsider):
    third = make_community(name="Sheffield Test Community", slug="sheffield-test")
    join(member, third)
    theirs = make_session(third, title="Sheffield session")
    recent = make_session(community, starts_at=timezone.now() - timedelta(days=80),
                          status=SessionStatus.COMPLETED, title="Recent past")
    make_session(community, starts_at=timezone.now() - timedelta(days=100), title="Long ago")
    foreign = make_session(other_community, title="Bristol only", online_link=LINK + "x")
    token = calendars.calendar_feed_for(member).token

    response = client.get(feed_url(token))
    assert response["Cache-Control"] == "private, no-store"
    cal = parse(response)
    assert str(cal["X-WR-CALNAME"]) and str(cal["METHOD"]) == "PUBLISH"
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/London"]
    found = events(cal)
    assert set(found) == {session.ical_uid, theirs.ical_uid, recent.ical_uid}
    assert foreign.ical_uid not in found
    assert LINK in str(found[session.ical_uid]["DESCRIPTION"])
    assert [c.uri for c in found[session.ical_uid].conferences] == [LINK]

    # After leaving a community, its sessions leave the feed.
    Membership.objects.filter(user=member, community=community).update(
        status=MembershipStatus.LEFT)
    assert set(events(parse(client.get(feed_url(token))))) == {theirs.ical_uid}


def test_feed_token_is_the_only_key(client, member, outsider, session, other_community):
    make_session(other_community, title="Bristol only")
    token = calendars.calendar_feed_for(member).token
    outsider_token = calendars.calendar_feed_for(outsider).token
    # Anyone holding the token gets that token's owner's feed, whoever is signed in.
    client.force_login(outsider)
    assert set(events(parse(client.get(feed_url(token))))) == {session.ical_uid}
    assert session.ical_uid not in events(parse(client.get(feed_url(outsider_token))))
    client.logout()
    assert set(events(parse(client.get(feed_url(token))))) == {session.ical_uid}
    # A made-up token, or one close to a real one, is a plain 404.
    for wrong in ("made-up-token", token[:-1], token + "x", token.upper(), "x" * 300):
        response = client.get(feed_url(wrong))
        assert response.status_code == 404, wrong
        assert b"VCALENDAR" not in response.content


def test_reset_changes_the_token_and_the_old_one_stops_working(client, member, session):
    old = calendars.calendar_feed_for(member).token
    client.force_login(member)
    response = client.post(reverse("sessions_app:my_calendar"))
    assert response.status_code == 302
    new = CalendarFeed.objects.get(user=member).token
    assert new != old and len(new) >= 40
    client.logout()
    assert client.get(feed_url(old)).status_code == 404
    assert session.ical_uid in events(parse(client.get(feed_url(new))))
    # The service itself, too.
    again = calendars.calendar_feed_reset(actor=member)
    assert again.token != new and CalendarFeed.objects.filter(user=member).count() == 1


def test_feed_of_a_closed_account_is_404(client, member, session):
    token = calendars.calendar_feed_for(member).token
    type(member).objects.filter(pk=member.pk).update(is_active=False)
    assert client.get(feed_url(token)).status_code == 404


def test_my_calendar_shows_the_private_address_and_next_sessions(client, member, community,
                                                                 session):
    cancelled = make_session(community, title="Called off", status=SessionStatus.CANCELLED)
    make_session(community, starts_at=timezone.now() - timedelta(days=3), title="Already happened")
    client.force_login(member)
    page = client.get(reverse("sessions_app:my_calendar"))
    assert page.status_code == 200
    token = CalendarFeed.objects.get(user=member).token
    absolute = settings.SITE_URL.rstrip("/") + feed_url(token)
    assert absolute in page.text
    assert "Outlook" in page.text and "Google" in page.text and "Apple" in page.text
    assert "Reset my calendar address" in page.text
    assert "no-store" in page["Cache-Control"]
    assert [s.pk for s in page.context["sessions"]] == [session.pk, cancelled.pk]
    assert "Already happened" not in page.text
    assert LINK not in page.text
    # Seeing the page again keeps the same address.
    client.get(reverse("sessions_app:my_calendar"))
    assert CalendarFeed.objects.get(user=member).token == token


# --- Access -------------------------------------------------------------------------------


def page_urls(session):
    slug = session.community.slug
    return [calendar_url(session.community), calendar_url(session.community) + "?view=month",
            ics_url(session), reverse("sessions_app:session_ics", args=[slug, 999999])]


def test_anonymous_is_sent_to_login(client, session):
    for url in page_urls(session)[:3] + [reverse("sessions_app:my_calendar")]:
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], url


@pytest.mark.parametrize("viewer", ["outsider", "former_member", "evaluator", "site_admin"])
def test_calendar_and_ics_are_404_outside_the_community(client, request, session, viewer):
    client.force_login(request.getfixturevalue(viewer))
    for url in page_urls(session):
        assert client.get(url).status_code == 404, (viewer, url)
    # Their own calendar page works, and shows nothing of the community.
    page = client.get(reverse("sessions_app:my_calendar"))
    assert page.status_code == 200 and session.title not in page.text


@pytest.mark.parametrize("viewer", ["member", "facilitator"])
def test_members_see_calendar_and_ics(client, request, session, viewer):
    client.force_login(request.getfixturevalue(viewer))
    for url in page_urls(session)[:3]:
        assert client.get(url).status_code == 200, url
    assert client.get(page_urls(session)[3]).status_code == 404


def test_a_session_of_another_community_is_404_under_ones_own(client, member, community,
                                                              other_community):
    foreign = make_session(other_community)
    client.force_login(member)
    url = reverse("sessions_app:session_ics", args=[community.slug, foreign.pk])
    assert client.get(url).status_code == 404


def test_only_facilitators_see_schedule_button(client, community, member, facilitator):
    create = reverse("sessions_app:session_create", args=[community.slug])
    client.force_login(facilitator)
    assert create in client.get(calendar_url(community)).text
    client.force_login(member)
    assert create not in client.get(calendar_url(community)).text


# --- The calendar pages -------------------------------------------------------------------


def test_list_shows_upcoming_then_past_without_online_links(client, member, community,
                                                            session):
    cancelled = make_session(community, starts_at=timezone.now() + timedelta(days=2),
                             title="Called off", status=SessionStatus.CANCELLED)
    past = [make_session(community, starts_at=timezone.now() - timedelta(days=7 * i),
                         title=f"Past {i}", online_link=LINK) for i in range(1, 13)]
    client.force_login(member)
    page = client.get(calendar_url(community))
    assert [s.pk for s in page.context["upcoming"]] == [cancelled.pk, session.pk]
    assert [s.pk for s in page.context["past"]] == [s.pk for s in past[:10]]
    assert "Past 11" not in page.text
    assert "Cancelled" in page.text and "Hospital discharge and housing" in page.text
    assert reverse("sessions_app:session_detail", args=[community.slug, session.pk]) in page.text
    assert "Civic Hall, Room 2" in page.text
    local = timezone.localtime(session.starts_at)
    assert local.strftime("%H:%M") in page.text
    assert LINK not in page.text
    assert (f'class="cop-community-nav__link" href="{calendar_url(community)}"'
            ' aria-current="page">Sessions</a>') in page.text


def test_month_view(client, member, community):
    first = make_session(community, starts_at=london(2027, 3, 24, 14, 0), title="Before the change")
    second = make_session(community, starts_at=london(2027, 3, 31, 14, 0), title="After the change",
                          online_link=LINK)
    # 00:30 on 1 April in London is still 31 March in UTC: it belongs to 1 April.
    late = make_session(community, starts_at=london(2027, 4, 1, 0, 30), hours=1,
                        title="Night shift")
    make_session(community, starts_at=london(2027, 5, 12, 10, 0), title="May session")
    client.force_login(member)
    page = client.get(calendar_url(community), {"view": "month", "month": "2027-03"})
    assert page.status_code == 200
    weeks = page.context["weeks"]
    assert all(len(week) == 7 and week[0]["day"].weekday() == 0 for week in weeks)
    cells = {cell["day"]: [s.pk for s in cell["sessions"]] for week in weeks for cell in week}
    assert cells[date(2027, 3, 24)] == [first.pk]
    assert cells[date(2027, 3, 31)] == [second.pk]
    assert cells[date(2027, 4, 1)] == [late.pk]  # shown in the trailing days of the grid
    assert [d for d, _ in page.context["month_days"]] == [date(2027, 3, 24), date(2027, 3, 31)]
    text = page.text
    assert "<caption" in text and "Sessions in March 2027" in text
    assert '<th scope="col" class="govuk-table__header">' in text
    assert 'role="region"' in text and 'tabindex="0"' in text
    assert "?view=month&amp;month=2027-02" in text and "?view=month&amp;month=2027-04" in text
    assert "14:00</time> Before the change" in text and "14:00</time> After the change" in text
    assert "May session" not in text
    assert LINK not in text
    # A month that makes no sense shows this month.
    page = client.get(calendar_url(community), {"view": "month", "month": "2027-13"})
    assert page.context["month"] == timezone.localdate().replace(day=1)


def test_month_grid_weeks_start_on_monday():
    weeks = calendars.month_grid(2026, 12)
    assert weeks[0][0] == date(2026, 11, 30) and weeks[-1][-1] == date(2027, 1, 3)
    assert all(w[0].weekday() == 0 and len(w) == 7 for w in weeks)
    assert date(2026, 12, 1) in weeks[0] and date(2026, 12, 31) in weeks[-1]


def test_reads(community, other_community):
    now = timezone.now()
    soon = make_session(community, starts_at=now + timedelta(days=1))
    running = make_session(community, starts_at=now - timedelta(hours=1))
    make_session(community, starts_at=now + timedelta(days=2), status=SessionStatus.CANCELLED)
    make_session(community, starts_at=now - timedelta(days=1))
    make_session(other_community, starts_at=now + timedelta(days=1))
    later = [make_session(community, starts_at=now + timedelta(days=10 + i)) for i in range(5)]
    assert calendars.upcoming_sessions(community) == [running, soon] + later[:3]
    assert calendars.upcoming_sessions(community, limit=2) == [running, soon]
    between = calendars.community_sessions_between(community, now, now + timedelta(days=1, hours=1))
    assert [s.pk for s in between][:2] == [running.pk, soon.pk] and len(between) == 2


def test_community_home_lists_upcoming_sessions(client, member, community, session):
    make_session(community, title="Called off", status=SessionStatus.CANCELLED)
    make_session(community, starts_at=timezone.now() - timedelta(days=2), title="Already happened")
    client.force_login(member)
    page = client.get(reverse("members:community_home", args=[community.slug]))
    assert [s.pk for s in page.context["upcoming_sessions"]] == [session.pk]
    text = page.text
    assert "Hospital discharge and housing" in text and "Civic Hall, Room 2" in text
    assert reverse("sessions_app:session_detail", args=[community.slug, session.pk]) in text
    assert calendar_url(community) in text
    assert "Called off" not in text and "Already happened" not in text
    assert LINK not in text
    assert reverse("sessions_app:my_calendar") in text  # the "Calendar" link in the header


# --- Query counts -------------------------------------------------------------------------


def add_sessions(community, n):
    """n sessions: upcoming, past, in March 2027, each with two agenda items."""
    now = timezone.now()
    made = []
    for i in range(n):
        made.append(make_session(community, starts_at=now + timedelta(days=i + 1, minutes=i),
                                 online_link=LINK))
        made.append(make_session(community, starts_at=now - timedelta(days=i + 1, minutes=i)))
        made.append(make_session(community, starts_at=london(2027, 3, 1 + i % 28, 9 + i % 8, 0),
                                 status=SessionStatus.CANCELLED if i % 5 == 0 else
                                 SessionStatus.SCHEDULED))
    AgendaItem.objects.bulk_create(AgendaItem(session=s, position=p, title=f"Item {p}")
                                   for s in made for p in (1, 2))


def test_query_counts_do_not_grow(client, community, member):
    third = make_community(name="Sheffield Test Community", slug="sheffield-test")
    join(member, third, Role.MEMBER)
    add_sessions(community, 3)
    add_sessions(third, 3)
    client.force_login(member)
    token = calendars.calendar_feed_for(member).token
    pages = {
        "list": (calendar_url(community), None),
        "month": (calendar_url(community), {"view": "month", "month": "2027-03"}),
        "my_calendar": (reverse("sessions_app:my_calendar"), None),
        "home": (reverse("members:community_home", args=[community.slug]), None),
    }
    small = {name: queries_for(client, url, params) for name, (url, params) in pages.items()}
    client.logout()
    small_feed = queries_for(client, feed_url(token))
    client.force_login(member)
    add_sessions(community, 30)
    add_sessions(third, 30)
    for other in [make_user() for _ in range(10)]:
        join(other, community)
    big = {name: queries_for(client, url, params) for name, (url, params) in pages.items()}
    assert big == small
    assert max(small.values()) <= 12, small
    client.logout()
    assert queries_for(client, feed_url(token)) == small_feed <= 2
    response = client.get(feed_url(token))
    assert len(Calendar.from_ical(response.content).walk("VEVENT")) > 100
