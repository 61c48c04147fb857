"""`make bench` (bench/run.py): production-like (DEBUG off, gunicorn), on a database of its
own (cop_bench, so development and test data are untouched), with one extra URL: a trivial
view rendering a small template through the same middleware, the floor every page is read
against. Uses DATABASE_URL / REDIS_URL when set, else the embedded servers."""

from .base import *  # noqa: F403
from .base import configure_services, env

DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "cop.bench_urls"
BENCH_TRIVIAL_VIEW = True


def _urls() -> tuple[str, str]:
    from cop import embedded

    return (env.str("DATABASE_URL", default="") or embedded.postgres_url("cop_bench"),
            env.str("REDIS_URL", default="") or embedded.redis_url())


services = configure_services(*_urls())
globals().update(services)
services["CACHES"]["default"]["KEY_PREFIX"] = "bench"
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
CELERY_TASK_ALWAYS_EAGER = False
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
LOGGING["loggers"]["django"]["level"] = "WARNING"  # noqa: F405
