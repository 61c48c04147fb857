"""Reads for the deliveries page: how each channel stands, and what failed."""

from dataclasses import dataclass
from typing import Any

from django.db import models
from django.db.models import Count

from . import channels
from .models import DeliveryStatus


@dataclass
class ChannelState:
    name: str
    label: str
    counts: dict[str, int]  # status -> rows
    failed: list[dict[str, Any]]  # the newest failed rows: id, what, attempts, last error, when


def channel_states(*, failed_limit: int = 50) -> list[ChannelState]:
    """Two queries per channel, whatever the number of rows."""
    states = []
    for channel in channels.registered():
        rows = channel.model._default_manager
        counts = dict(rows.order_by().values_list("status").annotate(n=Count("pk")))
        failed = list(rows.filter(status=DeliveryStatus.FAILED).order_by("-next_attempt_at")
                      .values("pk", "attempts", "last_error", "next_attempt_at",
                              *(["kind"] if _has_kind(channel.model) else []))[:failed_limit])
        states.append(ChannelState(
            name=channel.name, label=channel.label,
            counts={status: counts.get(status, 0) for status in DeliveryStatus.values},
            failed=failed))
    return states


def _has_kind(model: type[models.Model]) -> bool:
    return any(field.name == "kind" for field in model._meta.fields)
