"""`make bench` (bench/run.py): production-like (DEBUG off, gunicorn), on a database of its
own (cop_bench, or cop_bench_s3 at BENCH_SCALE=3, so development and test data are untouched),
with one extra URL, the trivial view (cop.bench_urls), and one extra middleware, outermost:
bench.server_timing, which reports the SQL queries and their time only to a request that asks
(wrk's load does not). Uses DATABASE_URL / REDIS_URL when set, else the embedded servers."""

from .base import *  # noqa: F403
from .base import MIDDLEWARE, configure_services, env

DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "cop.bench_urls"
MIDDLEWARE = ["bench.server_timing.ServerTimingMiddleware", *MIDDLEWARE]


def _database() -> str:
    from bench.seed import database_name, scale

    return database_name(scale())


def _urls() -> tuple[str, str]:
    from cop import embedded

    return (env.str("DATABASE_URL", default="") or embedded.postgres_url(_database()),
            env.str("REDIS_URL", default="") or embedded.redis_url())


services = configure_services(*_urls())
globals().update(services)
# A cache of its own per scale: the scales' row ids overlap, and cache keys are made of them.
services["CACHES"]["default"]["KEY_PREFIX"] = _database()
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
CELERY_TASK_ALWAYS_EAGER = False
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
LOGGING["loggers"]["django"]["level"] = "WARNING"  # noqa: F405
