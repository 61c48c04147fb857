"""The lifecycle registry: each app's part in the flows that cross every app.

Three flows touch every app's data about a person: closing an account
(`members.services.account_close`), "Download my data" (`members/personal_data.py`) and
the daily retention run (`members.services.retention_apply`); a fourth, removing someone
from a community (`members.services.membership_remove`), touches what they had there.
They import no app. Each
app declares instead, in its own `lifecycle.py`, what happens to its data, and registers
that declaration from its `AppConfig.ready`; the flows call every declaration in the
order the apps start (INSTALLED_APPS: `members` first, then the apps above it).

Declarations change data directly. They are not the user-facing services: the flow has
already checked who may act, and a person's data must go whatever their memberships are
now (someone removed from a community can still close their account).
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db.models import Model

# Counts for the audit record, by name ("cases_redacted": 3).
Counts = Mapping[str, int]


@dataclass(frozen=True)
class ExportFile:
    """One file of a person's "Download my data" ZIP."""

    filename: str
    build: Callable[[Any], Any]  # the person -> what the file holds, as JSON
    about: str  # what it holds, in plain words (the page and the ZIP's README.txt)


@dataclass(frozen=True)
class RetentionStep:
    """Something the daily retention run redacts or deletes once its time has come."""

    count_name: str  # the key of its count in the run's audit record
    run: Callable[[datetime], int]  # now -> how many things it redacted or deleted


@dataclass(frozen=True)
class Lifecycle:
    """What one app does with its data at each moment of a person's (and its data's)
    life. Every part is optional."""

    app: str
    # The person closes their account: erase what is theirs alone, keep what others rely
    # on (it shows "Former member"). Gets the person and the time; may return counts for
    # the closing's audit record.
    close_account: Callable[[Any, datetime], Counts | None] | None = None
    # The person was removed from a community (gets the person, the community's id and the
    # time): give up what only a member may hold there, such as places at its sessions.
    membership_removed: Callable[[Any, int, datetime], None] | None = None
    # Their files in the person's download, and fields the app adds to profile.json.
    export_files: Sequence[ExportFile] = ()
    profile_fields: Callable[[Any], Mapping[str, Any]] | None = None
    # What the daily retention run redacts or deletes.
    retention: Sequence[RetentionStep] = ()
    # Another app replaced the text of some of its objects (`model`, {pk: old title}) with
    # `notice`: copies this app keeps of that text go too.
    on_redacted: Callable[[type[Model], Mapping[int, str], str], None] | None = None


_declarations: dict[str, Lifecycle] = {}


def register(declaration: Lifecycle) -> None:
    """Called from the app's AppConfig.ready; registering again replaces (ready may run
    more than once)."""
    _declarations[declaration.app] = declaration


def declarations() -> list[Lifecycle]:
    return list(_declarations.values())


def close_account(user: Any, now: datetime) -> dict[str, int]:
    counts: dict[str, int] = {}
    for declaration in declarations():
        if declaration.close_account is not None:
            counts |= declaration.close_account(user, now) or {}
    return counts


def membership_removed(user: Any, community_id: int, now: datetime) -> None:
    for declaration in declarations():
        if declaration.membership_removed is not None:
            declaration.membership_removed(user, community_id, now)


def export_files() -> list[ExportFile]:
    return [file for declaration in declarations() for file in declaration.export_files]


def profile_fields(user: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for declaration in declarations():
        if declaration.profile_fields is not None:
            fields |= declaration.profile_fields(user)
    return fields


def apply_retention(now: datetime) -> dict[str, int]:
    return {step.count_name: step.run(now)
            for declaration in declarations() for step in declaration.retention}


def announce_redacted(model: type[Model], titles: Mapping[int, str], notice: str) -> None:
    """Called by the app that owns `model`, in the transaction that redacts them."""
    for declaration in declarations():
        if declaration.on_redacted is not None:
            declaration.on_redacted(model, titles, notice)
