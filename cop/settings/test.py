"""Tests: real PostgreSQL and Redis (embedded unless DATABASE_URL / REDIS_URL are set).
pytest-django creates a separate test database (test_cop_<pid>, one per run) on the same server."""

import os

from .base import *  # noqa: F403
from .base import configure_services, embedded_or_configured_urls, env, mailers_from_url

DEBUG = False
SECRET_KEY = "test-only-secret-key-not-for-production-use-0123456789"
MFA_ENCRYPTION_KEY = "test-only-mfa-encryption-key"
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = True  # the test client speaks plain http

services = configure_services(*embedded_or_configured_urls())
globals().update(services)
# One test database per run, so runs side by side (a developer's and an editor's, or two
# checkouts sharing a server) cannot drop each other's database.
services["DATABASES"]["default"]["TEST"] = {"NAME": f"test_cop_{os.getpid()}"}
# Keep test cache keys apart from a `make run` sharing the same Redis, and from another test
# run at the same time (whose start-of-test clean-up would wipe this run's rate-limit counts).
# Processes a test starts (real Celery workers) inherit the prefix through the environment.
# Under pytest-xdist the workers inherit the controller's environment, so each adds its own
# name (gw0, gw1...), which the processes it starts inherit in turn.
os.environ.setdefault("COP_TEST_RUN", str(os.getpid()))
RUN_NAME = os.environ["COP_TEST_RUN"] + os.environ.get("PYTEST_XDIST_WORKER", "")
services["CACHES"]["default"]["KEY_PREFIX"] = f"test{RUN_NAME}"

# Argon2 is deliberately slow; tests only need a hasher that works.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# A worker started by a test as a subprocess sends through a real SMTP sink (EMAIL_URL).
MAILERS = (mailers_from_url(env.str("EMAIL_URL")) if env.str("EMAIL_URL", default="")
           else {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}})
# Tasks run in-process unless a test starts a real worker (a thread, or a subprocess with
# COP_TEST_EAGER=0); a separate queue keeps a `make run` worker from taking test tasks.
CELERY_TASK_ALWAYS_EAGER = env.bool("COP_TEST_EAGER", default=True)
CELERY_TASK_EAGER_PROPAGATES = True
# A browser test's stack (tests/browser) gives its web server, worker and beat a queue of its own.
# Otherwise one per run and xdist worker, as the cache prefix: two test processes side by side
# must not take each other's tasks.
CELERY_TASK_DEFAULT_QUEUE = os.environ.get("COP_TEST_QUEUE") or f"cop-test-{RUN_NAME}"
