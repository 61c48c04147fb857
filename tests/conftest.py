import pytest
from django.core.cache import cache

from members.models import MembershipStatus, Role

from .factories import join, make_agency, make_community, make_user
from .servers import OwnPostgres, OwnRedis


@pytest.fixture(autouse=True)
def _fresh_test_cache():
    """Rate-limit counters live in Redis: start each test without them.
    Only this suite's keys are removed, never a running `make run`'s."""
    client = cache._cache.get_client(write=True)
    prefix = cache.make_key("")[: -len(":")].rsplit(":", 1)[0]
    for key in client.scan_iter(match=f"{prefix}:*"):
        client.delete(key)
    yield


@pytest.fixture
def own_redis():
    """A Redis of this test's own, to stop and start (tests/servers.py); gone afterwards."""
    with OwnRedis() as server:
        yield server


@pytest.fixture
def own_postgres():
    """A PostgreSQL cluster of this test's own, to stop and start (tests/servers.py)."""
    with OwnPostgres() as server:
        yield server


@pytest.fixture
def community(db):
    return make_community(name="Leeds Test Community", slug="leeds-test")


@pytest.fixture
def other_community(db):
    return make_community(name="Bristol Test Community", slug="bristol-test")


@pytest.fixture
def facilitator(community):
    user = make_user("fac@example.test", display_name="Fay Facilitator", agency=make_agency())
    join(user, community, Role.FACILITATOR)
    return user


@pytest.fixture
def member(community):
    user = make_user("mem@example.test", display_name="Max Member", agency=make_agency())
    join(user, community, Role.MEMBER)
    return user


@pytest.fixture
def outsider(other_community):
    """A facilitator of another community."""
    user = make_user("out@example.test", display_name="Olly Outsider")
    join(user, other_community, Role.FACILITATOR)
    return user


@pytest.fixture
def former_member(community):
    user = make_user("former@example.test", display_name="Fred Former")
    join(user, community, Role.MEMBER, status=MembershipStatus.LEFT)
    return user


@pytest.fixture
def evaluator(db):
    return make_user("eval@example.test", display_name="Eva Evaluator", is_evaluator=True)


@pytest.fixture
def site_admin(db):
    return make_user("admin@example.test", display_name="Ada Admin", is_staff=True,
                     is_superuser=True)
