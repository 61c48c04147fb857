"""Background work for evaluation. Thin: each task calls a service with ids."""

from dataclasses import asdict
from datetime import datetime

from celery import shared_task


@shared_task(ignore_result=True)
def sweep_survey_messages() -> dict:
    """Run by beat every minute: make the invitations and reminders that are due, claim
    them and queue their emails."""
    from . import invitations

    return asdict(invitations.survey_messages_sweep())


@shared_task(ignore_result=True)
def send_survey_messages(message_ids: list[int], claimed_at: str | None = None) -> int:
    """Send one claimed batch of survey emails. Failed emails are retried by later sweeps,
    not by Celery: each row keeps its own attempts and backoff."""
    from . import invitations

    return invitations.survey_messages_send(
        message_ids=message_ids,
        claimed_at=datetime.fromisoformat(claimed_at) if claimed_at else None,
    )


@shared_task(ignore_result=True)
def run_export(export_id: int) -> None:
    """Prepare a large export in its file, with progress (evaluation/exports)."""
    from .exports import export_run

    export_run(export_id=export_id)


@shared_task(ignore_result=True)
def delete_expired_exports() -> int:
    """Run by beat hourly: delete export files past EVALUATION_EXPORT_KEEP_HOURS."""
    from .exports import exports_delete_expired

    return exports_delete_expired()
