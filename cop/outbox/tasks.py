"""The outbox's two Celery tasks. Thin: they name a channel and call the engine."""

import logging
from datetime import datetime

from celery import shared_task

from . import channels, engine

logger = logging.getLogger(__name__)


@shared_task(ignore_result=True)
def sweep() -> dict[str, int]:
    """Run by beat every minute: for each channel, take back lost claims, write what has
    fallen due, and claim and queue it. One channel's failure does not stop the others."""
    claimed: dict[str, int] = {}
    for channel in channels.registered():
        try:
            claimed[channel.name] = engine.sweep(channel).claimed
        except Exception:  # noqa: BLE001 - logged; the next sweep tries again
            logger.exception("The %s sweep failed; the next one will try again.",
                             channel.label)
    return claimed


@shared_task(ignore_result=True)
def deliver(channel_name: str, ids: list[int], claimed_at: str | None = None) -> int:
    """Deliver one claimed batch. Failures are retried by later sweeps, not by Celery:
    each row keeps its own attempts and backoff."""
    return channels.get(channel_name).deliver(
        ids, datetime.fromisoformat(claimed_at) if claimed_at else None)
