"""The signed-in user comes from Redis (members/signed_in_user.py) without weakening sign-in:
a password change or deactivation elsewhere ends other sessions at their next request, and a
copy that outlived a lost removal is gone after USER_CACHE_SECONDS."""

import time

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from members.signed_in_user import _key

from .helpers import sign_in

pytestmark = pytest.mark.django_db

LOGIN = "/accounts/login/"


def home(community):
    return reverse("members:community_home", args=[community.slug])


def user_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return sum('FROM "members_user"' in q["sql"] and '"members_user"."id" =' in q["sql"]
               for q in captured.captured_queries)


def test_a_signed_in_request_reads_its_user_from_the_cache(community, member):
    client = Client()
    sign_in(client, member.email)
    client.get(home(community))
    assert cache.get(_key(member.pk)) is not None
    assert user_queries(client, home(community)) == 0


def test_a_password_change_elsewhere_ends_the_other_session_at_once(community, member):
    other_browser = Client()
    sign_in(other_browser, member.email)
    assert other_browser.get(home(community)).status_code == 200  # the copy is cached

    member.set_password("a-new-long-passphrase-2026")
    member.save()

    response = other_browser.get(home(community))
    assert response.status_code == 302 and LOGIN in response["Location"]


def test_a_deactivated_person_is_signed_out_at_their_next_request(community, member):
    client = Client()
    sign_in(client, member.email)
    assert client.get(home(community)).status_code == 200
    member.is_active = False
    member.save(update_fields=["is_active"])
    response = client.get(home(community))
    assert response.status_code == 302 and LOGIN in response["Location"]


def test_a_copy_whose_removal_was_lost_lives_at_most_user_cache_seconds(
        community, member, settings):
    """If Redis drops the removal (a fault), the old copy, with the old password's hash,
    keeps the old session for at most USER_CACHE_SECONDS; a new session is answered from the
    database meanwhile."""
    settings.USER_CACHE_SECONDS = 2
    old_browser = Client()
    sign_in(old_browser, member.email)
    old_browser.get(home(community))
    stale = cache.get(_key(member.pk))
    member.set_password("a-new-long-passphrase-2026")
    member.save()
    assert cache.get(_key(member.pk)) is None
    cache.set(_key(member.pk), stale, settings.USER_CACHE_SECONDS)  # the removal lost

    assert old_browser.get(home(community)).status_code == 200  # within the bound
    time.sleep(2.5)
    response = old_browser.get(home(community))
    assert response.status_code == 302 and LOGIN in response["Location"]

    cache.set(_key(member.pk), stale, settings.USER_CACHE_SECONDS)
    new_browser = Client()
    sign_in(new_browser, member.email, password="a-new-long-passphrase-2026")
    assert new_browser.get(home(community)).status_code == 200


def test_the_session_and_its_user_come_from_redis_in_one_round_trip(community, member,
                                                                      monkeypatch):
    import redis

    client = Client()
    sign_in(client, member.email)
    client.get(home(community))  # this process learns whose the session is
    session_key = client.cookies["sessionid"].value
    commands: list[tuple] = []
    execute = redis.Redis.execute_command

    def recorded(self, *args, **options):
        commands.append(args)
        return execute(self, *args, **options)

    monkeypatch.setattr(redis.Redis, "execute_command", recorded)
    assert client.get(home(community)).status_code == 200

    def reads(key_part: str) -> list[tuple]:
        return [c for c in commands if c[0] in ("GET", "MGET")
                and any(key_part in str(arg) for arg in c[1:])]

    session_reads, user_reads = reads(session_key), reads(_key(member.pk))
    assert len(session_reads) == 1 and session_reads == user_reads
