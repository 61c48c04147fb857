"""Redis (the cache) down or hung: pages still load, as if nothing were cached, and the fault
is logged; signing in waits with a plain 503 page (the rate limits cannot be counted) and
works, limits and all, once Redis is back (cop/cache.py, cop/faults.py).

Django's default cache is pointed at a Redis of the test's own, configured as production
configures it, which the test then stops, freezes and starts."""

import logging
import time

import pytest
import redis
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from cop.cache import RateLimitUnavailable
from cop.settings.base import configure_services
from cop.throttled_log import ThrottledWarning
from evaluation.models import QuestionType
from sessions_app import calendars

from .factories import (
    add_question,
    join,
    make_case,
    make_comment,
    make_response,
    make_study,
    make_survey,
    make_user,
)
from .helpers import sign_in, signed_in

pytestmark = pytest.mark.django_db

LOGIN = "/accounts/login/"
RECOVERY_TIMEOUT = 30  # seconds; the cache leaves a failed Redis alone for a few


@pytest.fixture
def cache_redis(own_redis, settings):
    """The default cache on `own_redis`, with the production CACHES settings (changing the
    setting makes Django build the cache anew)."""
    settings.CACHES = configure_services(settings.DATABASE_URL, own_redis.url)["CACHES"]
    assert cache.set("probe", 1) is None and cache.get("probe") == 1
    return own_redis


def keys_in(server, pattern="*") -> list[bytes]:
    return redis.Redis(unix_socket_path=str(server.socket), socket_timeout=5).keys(pattern)


def wait_until_cache_answers():
    """The cache leaves a failed Redis alone for a few seconds (cop.cache.PAUSE_SECONDS)."""
    deadline = time.monotonic() + RECOVERY_TIMEOUT
    while not (cache.add("back", 1, 30) or cache.get("back") == 1):
        assert time.monotonic() < deadline, "the cache did not use Redis again"
        time.sleep(0.2)


def cache_warnings(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records
            if r.name == "cop.cache" and r.levelno == logging.WARNING]


@pytest.fixture
def discussed_case(community, member, facilitator):
    case = make_case(community, member)
    make_comment(case, facilitator, body="Ask the housing team for a review of the decision.")
    make_comment(case, member, body="Thank you, the outreach worker will ring them tomorrow.")
    return case


@pytest.fixture
def survey(community):
    survey = make_survey(make_study(community))
    add_question(survey, "agree", text="The session helped me.")
    add_question(survey, "useful", type=QuestionType.SCALE)
    for _ in range(6):
        make_response(survey, community=community, answers={"agree": 4, "useful": 7})
    return survey


def pages(community, member, case, survey):
    """(client, url, text on the page) for pages that keep something in the cache."""
    reader = Client()
    reader.force_login(member)
    evaluator = Client()
    evaluator.force_login(make_user("eval.faults@example.test", is_evaluator=True))
    feed = reverse("sessions_app:calendar_feed", args=[calendars.calendar_feed_for(member).token])
    return [
        (reader, case.get_absolute_url(), "Ask the housing team for a review"),
        (reader, reverse("members:community_home", args=[community.slug]), case.title),
        (reader, reverse("casework:case_list", args=[community.slug]), case.title),
        (reader, reverse("casework:search") + "?q=housing", case.title),
        (Client(), feed, "BEGIN:VCALENDAR"),
        (evaluator, reverse("evaluation:survey_results", args=[survey.pk]),
         "The session helped me."),
    ]


def test_pages_load_with_the_cache_down_and_the_fault_is_logged(
        cache_redis, community, member, discussed_case, survey, caplog):
    visits = pages(community, member, discussed_case, survey)
    for client, url, text in visits:
        response = client.get(url)
        assert response.status_code == 200 and text in response.text, url
    assert keys_in(cache_redis), "the pages keep things in this Redis"

    cache_redis.stop()
    with caplog.at_level(logging.WARNING, logger="cop.cache"):
        for client, url, text in visits:
            response = client.get(url)
            assert response.status_code == 200, url
            assert text in response.text, url
    warnings = cache_warnings(caplog)
    assert len(warnings) == 1, warnings  # once, not once per cache call
    assert "Cache unreachable (ConnectionError" in warnings[0]

    cache_redis.start()  # empty: nothing survived the restart
    wait_until_cache_answers()
    client, url, text = visits[0]
    assert text in client.get(url).text
    assert keys_in(cache_redis, "*comment*"), "the case page keeps comments in Redis again"


def test_a_hung_redis_is_a_miss_too(cache_redis, community, member, discussed_case, caplog):
    client = Client()
    client.force_login(member)
    cache_redis.pause()
    with caplog.at_level(logging.WARNING, logger="cop.cache"):
        response = client.get(discussed_case.get_absolute_url())
    assert response.status_code == 200
    assert "Ask the housing team for a review" in response.text
    assert "Cache unreachable (TimeoutError" in cache_warnings(caplog)[0]


def test_sessions_work_with_redis_down_and_a_lost_sign_out_does_not_come_back(
        cache_redis, settings, community, member):
    """Sessions are read from Redis first (cop/sessions.py). Signing out while Redis hangs
    cannot delete its copy there; the copy lives at most SESSION_CACHE_SECONDS, so the old
    cookie signs nobody in once Redis answers again."""
    settings.SESSION_CACHE_SECONDS = 3
    home = reverse("members:community_home", args=[community.slug])
    client = Client()
    client.force_login(member)
    assert client.get(home).status_code == 200
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    [copy] = keys_in(cache_redis, f"*{cookie}")
    ttl = redis.Redis(unix_socket_path=str(cache_redis.socket)).ttl(copy)
    assert 0 < ttl <= 3, ttl

    cache_redis.stop()  # the session comes from the database: the person carries on
    assert client.get(home).status_code == 200
    cache_redis.start()
    wait_until_cache_answers()
    assert client.get(home).status_code == 200
    assert keys_in(cache_redis, f"*{cookie}"), "the session is kept in Redis again"

    cache_redis.pause()  # hung, keeping its copy of the session
    assert client.post(reverse("account_logout")).status_code == 302
    cache_redis.resume()
    wait_until_cache_answers()
    time.sleep(3.5)
    replayed = Client()
    replayed.cookies[settings.SESSION_COOKIE_NAME] = cookie
    response = replayed.get(home)
    assert response.status_code == 302 and LOGIN in response["Location"]


def test_every_cache_call_answers_as_a_miss_when_redis_is_down(cache_redis):
    cache.set("kept", "value")
    cache_redis.stop()

    assert cache.get("kept") is None
    assert cache.get("kept", "default") == "default"
    assert cache.get_many(["kept", "other"]) == {}
    assert cache.get_or_set("kept", lambda: "made again") == "made again"
    assert cache.add("new", 1) is False
    assert cache.set("new", 1) is None
    assert cache.set_many({"a": 1, "b": 2}) == ["a", "b"]  # the keys not stored
    assert cache.has_key("kept") is False
    assert cache.touch("kept") is False
    assert cache.delete("kept") is False
    assert cache.delete_many(["a", "b"]) is None
    with pytest.raises(ValueError):  # as for a key that is not there
        cache.incr("counter")
    # allauth's rate limits: not counting them would lift them, so they fail closed.
    with pytest.raises(RateLimitUnavailable):
        cache.add("allauth:rl:allauth.account:login_failed:10/60/ip:ip:1.2.3.4:lock", True)
    with pytest.raises(RateLimitUnavailable):
        cache.get("allauth:rl:allauth.account:login_failed:10/60/ip:ip:1.2.3.4", [])


def test_signing_in_waits_while_the_cache_is_down_and_works_again_after(
        cache_redis, community, member):
    colleague = make_user("colleague@example.test")
    join(colleague, community)
    already_in = Client()
    already_in.force_login(colleague)
    cache_redis.stop()

    assert Client().get(LOGIN).status_code == 200  # the form itself needs no cache
    client = Client()
    response = sign_in(client, member.email)
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert "Signing in is paused for a minute" in response.text
    assert "If you are already signed in, carry on" in response.text
    assert not signed_in(client)
    for wrong in range(6):  # not counted, not let through: every attempt waits
        assert sign_in(Client(), member.email, f"wrong-password-{wrong}").status_code == 503
    # Signed-in people carry on (sessions are in the database).
    home = already_in.get(reverse("members:community_home", args=[community.slug]))
    assert home.status_code == 200 and community.name in home.text

    cache_redis.start()
    wait_until_cache_answers()
    response = sign_in(client, member.email)
    assert response.status_code == 302 and signed_in(client)

    # The limits count again, in the Redis that came back: after 5 wrong passwords even the
    # right one is refused.
    for _ in range(5):
        response = sign_in(Client(), colleague.email, "wrong-password-1")
        assert response.status_code == 200 and "too many" not in response.text.lower()
    refused = Client()
    response = sign_in(refused, colleague.email)
    assert response.status_code == 200 and "too many" in response.text.lower()
    assert not signed_in(refused)
    assert keys_in(cache_redis, "*allauth:rl:*")


def test_a_lasting_fault_is_logged_once_a_minute_not_per_request(caplog):
    throttled = ThrottledWarning(logging.getLogger("cop.cache"))
    with caplog.at_level(logging.WARNING, logger="cop.cache"):
        for _ in range(3):
            throttled.warning("unix:///one", "Cache unreachable (%s)", "down")
        throttled.warning("unix:///two", "Cache unreachable (%s)", "down")
    assert cache_warnings(caplog) == ["Cache unreachable (down)"] * 2  # one per server
