"""Background work for meetings. Thin: each task calls a service."""

from celery import shared_task


@shared_task(ignore_result=True)
def send_recommendation_follow_ups() -> int:
    """Hourly in the working day: "which recommendations did you try?", four weeks after
    each summary, once (meetings/follow_ups.py)."""
    from .follow_ups import recommendation_follow_ups_send

    return recommendation_follow_ups_send()
