"""The personal calendar feed is kept in the cache (sessions_app/calendars.py feed_calendar):
a repeat request is served without building the calendar again, yet every change to what
the feed shows is in the very next one, and a calendar app holding the ETag gets a 304."""

from datetime import time, timedelta

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from members.models import Community
from sessions_app import calendars, services
from sessions_app.models import AgendaItem, Session, SessionStatus

from .factories import join, make_community, make_session, make_user

pytestmark = pytest.mark.django_db

LINK = "https://meet.example.test/j/wombat-2210"


@pytest.fixture
def builds(monkeypatch):
    """How many calendars were serialised (icalendar's own to_ical, counted, not replaced)."""
    made = []
    serialise = Calendar.to_ical

    def counted(self, *args, **kwargs):
        made.append(self.name)
        return serialise(self, *args, **kwargs)

    monkeypatch.setattr(Calendar, "to_ical", counted)
    return made


@pytest.fixture
def session(community, facilitator):
    s = make_session(community, title="Hospital discharge", description="Bring a case.",
                     online_link=LINK, created_by=facilitator)
    AgendaItem.objects.create(session=s, position=1, title="Welcome")
    AgendaItem.objects.create(session=s, position=2, title="Local connection rules")
    return s


@pytest.fixture
def feed_path(member, session):
    return reverse("sessions_app:calendar_feed",
                   args=[calendars.calendar_feed_for(member).token])


def fetch(client, path, **headers):
    response = client.get(path, headers=headers)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return response


def events(response) -> dict:
    return {str(e["UID"]): e for e in Calendar.from_ical(response.content).walk("VEVENT")}


def membership_of(facilitator):
    return facilitator.memberships.get()


def test_a_repeat_request_is_the_same_bytes_from_the_cache(client, feed_path, session,
                                                           builds):
    first = fetch(client, feed_path)
    assert builds == ["VCALENDAR"]
    digest = first["ETag"].removeprefix('W/"').removesuffix('"')
    assert cache.get(f"calendar-feed:{digest}") is not None

    second = fetch(client, feed_path)
    assert builds == ["VCALENDAR"], "the second request built the calendar again"
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]
    (event,) = events(second).values()
    assert str(event["SUMMARY"]) == "Hospital discharge"
    assert "- Welcome\n- Local connection rules" in str(event["DESCRIPTION"])
    assert LINK in str(event["DESCRIPTION"])


def test_people_with_the_same_sessions_share_one_entry(client, community, feed_path, session,
                                                       builds):
    first = fetch(client, feed_path)
    neighbour = make_user("neighbour@example.test")
    join(neighbour, community)
    theirs = fetch(client, reverse("sessions_app:calendar_feed",
                                   args=[calendars.calendar_feed_for(neighbour).token]))
    assert theirs.content == first.content and len(builds) == 1

    # Someone who is also in another community has other sessions: their own feed.
    elsewhere = make_community(name="York Test Community", slug="york-test")
    join(neighbour, elsewhere)
    york = make_session(elsewhere, title="York session")
    wider = fetch(client, reverse("sessions_app:calendar_feed",
                                  args=[calendars.calendar_feed_for(neighbour).token]))
    assert len(builds) == 2
    assert set(events(wider)) == {session.ical_uid, york.ical_uid}
    assert set(events(fetch(client, feed_path))) == {session.ical_uid}


def _edit(session, facilitator, **changes):
    day = timezone.localtime(session.starts_at, calendars.LONDON).date()
    data = {"title": session.title, "description": session.description,
            "venue": session.venue, "online_link": session.online_link, "capacity": None,
            "date": day, "start_time": time(14), "end_time": time(16), **changes}
    services.session_update(actor=facilitator, membership=membership_of(facilitator),
                            session=session, data=data)


def retitle(session, facilitator):
    _edit(session, facilitator, title="Discharge and housing")
    return lambda found: str(found[session.ical_uid]["SUMMARY"]) == "Discharge and housing"


def move(session, facilitator):
    later = timezone.localtime(session.starts_at, calendars.LONDON).date() + timedelta(days=2)
    _edit(session, facilitator, date=later, start_time=time(10), end_time=time(11))
    return lambda found: (found[session.ical_uid].start.date() == later
                          and found[session.ical_uid].start.hour == 10)


def cancel(session, facilitator):
    services.session_cancel(actor=facilitator, membership=membership_of(facilitator),
                            session=session, reason="Room flooded.")
    return lambda found: (str(found[session.ical_uid]["STATUS"]) == "CANCELLED"
                          and "Room flooded." in str(found[session.ical_uid]["DESCRIPTION"]))


def bulk_retitle(session, facilitator):
    # As the admin or a data fix would: neither updated_at nor SEQUENCE moves.
    Session.objects.filter(pk=session.pk).update(title="Renamed quietly")
    return lambda found: str(found[session.ical_uid]["SUMMARY"]) == "Renamed quietly"


def add_agenda_item(session, facilitator):
    services.agenda_item_save(actor=facilitator, membership=membership_of(facilitator),
                              session=session, data={"title": "Action points"})
    return lambda found: "- Action points" in str(found[session.ical_uid]["DESCRIPTION"])


def retitle_agenda_item(session, facilitator):
    item = session.agenda.get(title="Welcome")
    services.agenda_item_save(actor=facilitator, membership=membership_of(facilitator),
                              session=session, data={"title": "Welcome and check-in"},
                              item=item)
    return lambda found: "- Welcome and check-in" in str(found[session.ical_uid]["DESCRIPTION"])


def reorder_agenda(session, facilitator):
    AgendaItem.objects.filter(session=session, title="Welcome").update(position=3)
    return lambda found: ("- Local connection rules\n- Welcome"
                          in str(found[session.ical_uid]["DESCRIPTION"]))


def remove_agenda_item(session, facilitator):
    services.agenda_item_delete(actor=facilitator, membership=membership_of(facilitator),
                                item=session.agenda.get(title="Welcome"))
    return lambda found: "Welcome" not in str(found[session.ical_uid]["DESCRIPTION"])


def rename_community(session, facilitator):
    Community.objects.filter(pk=session.community_id).update(name="Leeds and Wakefield")
    return lambda found: ("Community: Leeds and Wakefield"
                          in str(found[session.ical_uid]["DESCRIPTION"]))


def add_session(session, facilitator):
    new = make_session(session.community, days=14, title="A new session")
    return lambda found: (new.ical_uid in found
                          and str(found[new.ical_uid]["SUMMARY"]) == "A new session")


def leave_the_window(session, facilitator):
    long_ago = timezone.now() - timedelta(days=calendars.FEED_DAYS_BACK + 1)
    Session.objects.filter(pk=session.pk).update(starts_at=long_ago,
                                                 ends_at=long_ago + timedelta(hours=2),
                                                 status=SessionStatus.COMPLETED)
    return lambda found: session.ical_uid not in found


@pytest.mark.parametrize("change", [
    retitle, move, cancel, bulk_retitle, add_agenda_item, retitle_agenda_item, reorder_agenda,
    remove_agenda_item, rename_community, add_session, leave_the_window,
])
def test_a_change_shows_in_the_next_feed(client, feed_path, session, facilitator, builds,
                                         change):
    before = fetch(client, feed_path)
    fetch(client, feed_path)
    assert len(builds) == 1
    shows = change(Session.objects.get(pk=session.pk), facilitator)
    after = fetch(client, feed_path)
    assert len(builds) == 2
    assert after["ETag"] != before["ETag"]
    assert shows(events(after))
    assert not shows(events(before))


def test_the_site_address_is_part_of_the_key(client, settings, feed_path, session):
    settings.SITE_URL = "https://old.example.test"
    assert "https://old.example.test/" in str(events(fetch(client, feed_path))[
        session.ical_uid]["URL"])
    settings.SITE_URL = "https://cop.example.test"
    url = str(events(fetch(client, feed_path))[session.ical_uid]["URL"])
    assert url == "https://cop.example.test" + session.get_absolute_url()


def test_etag_answers_not_modified_until_something_changes(client, feed_path, session,
                                                           builds):
    first = fetch(client, feed_path)
    etag = first["ETag"]
    assert etag.startswith('W/"')
    response = client.get(feed_path, headers={"If-None-Match": etag})
    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag
    assert "no-store" in response["Cache-Control"]
    # Another ETag, or none: the feed itself.
    assert fetch(client, feed_path, **{"If-None-Match": 'W/"other"'}).content == first.content

    Session.objects.filter(pk=session.pk).update(venue="Town Hall")
    changed = fetch(client, feed_path, **{"If-None-Match": etag})
    assert changed["ETag"] != etag
    assert str(events(changed)[session.ical_uid]["LOCATION"]) == "Town Hall"
