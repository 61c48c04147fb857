"""Channels: each is one table of outbox rows and the function that delivers a claimed
batch of them. Apps register theirs from AppConfig.ready(), so the generic sweep and the
delivery task can reach every channel without importing any app."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from django.db import models


@dataclass(frozen=True)
class Channel:
    """`model` has the outbox row fields: status (DeliveryStatus values), attempts,
    next_attempt_at, claimed_at, sent_at, last_error.

    `deliver(ids, claimed_at)` delivers the rows among `ids` still held by the claim
    `claimed_at` and returns how many it delivered. `materialise(now)`, if any, writes the
    rows that have fallen due (reminders, survey reminders) before each sweep claims."""

    name: str
    model: type[models.Model]
    label: str  # for logs and the admin: "reminder", "survey email", "outbox message"
    deliver: Callable[[list[int], datetime | None], int]
    materialise: Callable[..., object] | None = None


class OutboxRow(Protocol):
    """What the engine reads of a row of any channel's model."""

    @property
    def pk(self) -> Any: ...

    @property
    def attempts(self) -> int: ...

    @property
    def claimed_at(self) -> datetime | None: ...


_channels: dict[str, Channel] = {}


def register(channel: Channel) -> None:
    _channels[channel.name] = channel


def get(name: str) -> Channel:
    return _channels[name]


def registered() -> list[Channel]:
    return list(_channels.values())
