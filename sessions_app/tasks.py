"""Background work for sessions. Thin: each task calls a service. (Reminders are delivered
by the outbox: sessions_app/reminders.py.)"""

from celery import shared_task


@shared_task(ignore_result=True)
def complete_ended_sessions():
    from .services import sessions_complete_ended

    return sessions_complete_ended()


@shared_task(ignore_result=True)
def extend_session_series() -> int:
    """Daily: keep each live series' sessions created six months ahead."""
    from .services import series_extend_all

    return series_extend_all()
