"""Background work for sessions. Thin: each task calls a service with ids."""

from dataclasses import asdict
from datetime import datetime

from celery import shared_task

from . import reminders


@shared_task(ignore_result=True)
def sweep_reminders() -> dict:
    """Run by beat every minute: write, claim and queue the reminders that are due."""
    return asdict(reminders.reminders_sweep())


@shared_task(ignore_result=True)
def send_reminders(reminder_ids: list[int], claimed_at: str | None = None) -> int:
    """Send one claimed batch. Failed emails are retried by later sweeps, not by Celery:
    each row keeps its own attempts and backoff."""
    return reminders.reminders_send(
        reminder_ids=reminder_ids,
        claimed_at=datetime.fromisoformat(claimed_at) if claimed_at else None,
    )


@shared_task(ignore_result=True)
def complete_ended_sessions():
    from .services import sessions_complete_ended

    return sessions_complete_ended()


@shared_task(ignore_result=True)
def extend_session_series() -> int:
    """Daily: keep each live series' sessions created six months ahead."""
    from .services import series_extend_all

    return series_extend_all()
