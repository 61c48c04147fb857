"""The community calendar's list keeps its HTML in the cache under a digest of the sessions
it lists (sessions_app/calendars.py calendar_list), read with one bounded query: a repeat
visit renders no session again, yet every change to what the list shows is in the next one.
Also the bound every calendar read relies on: a session lasts at most a day."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.core.cache.utils import make_template_fragment_key
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from members.models import Community
from sessions_app import calendars
from sessions_app.models import MAX_SESSION_LENGTH, Session, SessionStatus

from .factories import make_session

pytestmark = pytest.mark.django_db


def calendar_url(community):
    return reverse("sessions_app:calendar", args=[community.slug])


def get(client, community):
    response = client.get(calendar_url(community))
    assert response.status_code == 200
    html = response.text
    return response, html[html.index("<main"):html.index("</main>")]


def sections(html) -> tuple[str, str]:
    """The "Coming up" and "Recent sessions" parts of the list."""
    coming, _, recent = html.partition('id="past-heading"')
    return coming, recent


@pytest.fixture
def sessions(community):
    now = timezone.now()
    return {
        "soon": make_session(community, starts_at=now + timedelta(days=2), title="Soon"),
        "running": make_session(community, starts_at=now - timedelta(hours=1), hours=3,
                                title="Running now"),
        "past": make_session(community, starts_at=now - timedelta(days=3), title="Last week"),
    }


def test_a_repeat_visit_renders_the_list_from_the_cache(client, member, community, sessions):
    client.force_login(member)
    first, html = get(client, community)
    key = make_template_fragment_key("community_calendar_list", [first.context["list_key"]])
    assert "Soon" in cache.get(key)
    second, again = get(client, community)
    assert again == html
    coming, recent = sections(html)
    assert "Soon" in coming and "Running now" in coming and "Last week" in recent


def retitle_quietly(community, sessions):
    Session.objects.filter(pk=sessions["soon"].pk).update(title="Renamed quietly")
    return lambda coming, recent: "Renamed quietly" in coming


def cancel(community, sessions):
    Session.objects.filter(pk=sessions["soon"].pk).update(status=SessionStatus.CANCELLED)
    return lambda coming, recent: "Cancelled</strong>" in coming


def move_the_venue(community, sessions):
    Session.objects.filter(pk=sessions["soon"].pk).update(venue="Town Hall")
    return lambda coming, recent: "Town Hall" in coming


def end_it(community, sessions):
    ended = timezone.now() - timedelta(minutes=1)
    Session.objects.filter(pk=sessions["running"].pk).update(
        starts_at=ended - timedelta(hours=2), ends_at=ended)
    return lambda coming, recent: "Running now" in recent and "Running now" not in coming


def add_one(community, sessions):
    make_session(community, days=20, title="A new session")
    return lambda coming, recent: "A new session" in coming


def remove_one(community, sessions):
    Session.objects.filter(pk=sessions["past"].pk).delete()
    return lambda coming, recent: "No sessions have taken place yet." in recent


def rename_the_address(community, sessions):
    Community.objects.filter(pk=community.pk).update(slug="leeds-renamed")
    community.refresh_from_db()
    return lambda coming, recent: f"/c/leeds-renamed/sessions/{sessions['soon'].pk}/" in coming


@pytest.mark.parametrize("change", [retitle_quietly, cancel, move_the_venue, end_it, add_one,
                                    remove_one, rename_the_address])
def test_a_change_shows_at_once(client, member, community, sessions, change):
    client.force_login(member)
    _, before = get(client, community)
    shows = change(community, sessions)
    _, after = get(client, community)
    assert shows(*sections(after))
    assert not shows(*sections(before))


def test_the_list_is_one_query_bounded_on_both_sides(client, member, community, sessions):
    client.force_login(member)
    get(client, community)
    with CaptureQueriesContext(connection) as ctx:
        get(client, community)
    (listed,) = [q["sql"] for q in ctx if "sessions_app_session" in q["sql"]]
    assert listed.count("starts_at >") == 1 and listed.count("starts_at <") == 1
    assert "LIMIT 50" in listed and "LIMIT 10" in listed


def test_a_session_lasts_at_most_a_day(community):
    # 25 hours: a whole day on which the clocks go back.
    make_session(community, hours=MAX_SESSION_LENGTH / timedelta(hours=1))
    with pytest.raises(IntegrityError), transaction.atomic():
        make_session(community, hours=26)


def test_sessions_that_began_the_day_before_are_still_found(community):
    now = timezone.now()
    overnight = make_session(community, starts_at=now - timedelta(hours=24), hours=25)
    listed = calendars.calendar_list(community)
    assert [s.pk for s in listed.upcoming] == [overnight.pk]
    between = calendars.community_sessions_between(community, now, now + timedelta(hours=1))
    assert [s.pk for s in between] == [overnight.pk]
    assert calendars.upcoming_sessions(community) == [overnight]


def test_the_feed_is_one_query_when_nothing_changed(client, member, sessions):
    url = reverse("sessions_app:calendar_feed", args=[calendars.calendar_feed_for(member).token])
    with CaptureQueriesContext(connection) as built:
        assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as kept:
        assert client.get(url).status_code == 200
    assert (len(built), len(kept)) == (2, 1)
