"""What the entries of a community's audit trail are about (views_audit.community_audit).

The trail is members', the objects its entries name (cases, so far) are the apps'. So the
app that owns a kind of object registers, from its AppConfig.ready, how to find which of
its objects an entry is about and how to name and link those the viewer may open; the page
asks every kind, one query each, and shows the rest as "a case you cannot open".
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from .models import AuditEvent, Membership


@dataclass(frozen=True)
class Subject:
    """An object an entry is about, as the viewer may see it."""

    title: str
    url: str


@dataclass(frozen=True)
class SubjectKind:
    app: str
    # The entry -> the id of this kind's object it is about, or None.
    subject_id: Callable[[AuditEvent], int | None]
    # The viewer's membership and ids -> those the viewer may open (one query).
    subjects: Callable[[Membership, set[int]], Mapping[int, Subject]]


_kinds: dict[str, SubjectKind] = {}


def register(kind: SubjectKind) -> None:
    """Called from the app's AppConfig.ready; registering again replaces."""
    _kinds[kind.app] = kind


def subjects_of(events: list[AuditEvent], membership: Membership) -> list[Subject | None]:
    """For each entry, what it is about if the viewer may open it (else None)."""
    found: list[Subject | None] = [None] * len(events)
    for kind in _kinds.values():
        ids = {i: subject_id for i, event in enumerate(events)
               if found[i] is None and (subject_id := kind.subject_id(event)) is not None}
        if not ids:
            continue
        subjects = kind.subjects(membership, set(ids.values()))
        for i, subject_id in ids.items():
            found[i] = subjects.get(subject_id)
    return found
