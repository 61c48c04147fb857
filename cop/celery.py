"""The Celery app: configured from Django settings (CELERY_*), tasks found in each app."""

import os

from celery import Celery
from celery.signals import beat_init, setup_logging, worker_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cop.settings.local")

app = Celery("cop")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@setup_logging.connect
def _log_through_django_settings(**kwargs: object) -> None:
    """Worker and beat logs go through LOGGING (cop/logging.py: safe, one line a record)."""
    from cop.logging import configure_celery_logging

    configure_celery_logging(**kwargs)


@worker_init.connect
@beat_init.connect
def _refuse_to_start_without_services(**_: object) -> None:
    """A worker or beat with no database or broker should say so in one line and stop."""
    from cop.preflight import ServiceUnreachable, check_services

    try:
        check_services()
    except ServiceUnreachable as exc:
        raise SystemExit(f"error: {exc}") from None
