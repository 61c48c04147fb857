"""The suite runs against a real PostgreSQL and a real Redis, never stand-ins."""

import redis
from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.redis import RedisCache
from django.db import connection


def test_database_is_a_real_postgresql(db):
    with connection.cursor() as cursor:
        cursor.execute("SELECT version(), current_database()")
        version, database = cursor.fetchone()
    assert version.startswith("PostgreSQL")
    assert database.startswith("test_cop_"), "tests must use a separate test database"


def test_cache_is_the_real_redis():
    assert settings.CACHES["default"]["BACKEND"] == "cop.cache.FaultTolerantRedisCache"
    assert isinstance(caches["default"], RedisCache)  # Django's Redis backend, misses on a fault
    cache.set("probe", {"value": 42}, 30)
    assert cache.get("probe") == {"value": 42}
    raw = redis.Redis.from_url(settings.REDIS_URL)
    assert raw.ping() is True
    assert raw.exists(cache.make_key("probe")) == 1


def test_celery_uses_redis_as_broker():
    from cop.celery import app

    assert app.conf.broker_url.startswith(("redis://", "rediss://", "redis+socket://"))
    with app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1)
