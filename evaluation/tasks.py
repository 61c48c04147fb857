"""Background work for evaluation. Thin: each task calls a service. (Survey emails and
background exports are delivered by the outbox: evaluation/deliveries.py.)"""

from celery import shared_task


@shared_task(ignore_result=True)
def delete_expired_exports() -> int:
    """Run by beat hourly: delete export files past EVALUATION_EXPORT_KEEP_HOURS."""
    from .exports import exports_delete_expired

    return exports_delete_expired()
