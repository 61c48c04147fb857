"""Writes to the service map: `thing_verb(*, actor, ...)`, each the transaction boundary."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from cop import gate
from cop.gate import REASON_MAX
from members.models import Community, User

from . import open_referral
from .models import SERVICE_TEXT_FIELDS, Service, ServiceRevision

# --- Open Referral UK import (servicemap/open_referral.py; manage.py import_open_referral) ---

# The free text that the identifier scanner reads in an imported entry: all but the names of
# the service and its organisation (a name of an organisation is not scanned, as agencies'
# are not).
SCANNED_FIELDS = [(name, label) for name, label in SERVICE_TEXT_FIELDS
                  if name not in ("name", "organisation")]
PROGRESS_EVERY = 100  # records


@dataclass(frozen=True)
class ImportFinding:
    """A possible identifier in an imported entry: the entry is imported, and its history
    says it needs a check."""

    open_referral_id: str
    service: str  # the entry's name
    field: str  # the field's label
    kind: str  # what the scanner took it for
    text: str  # the flagged words


@dataclass
class OpenReferralImport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (place in the file, why)
    findings: list[ImportFinding] = field(default_factory=list)
    note: str = ""  # about the file as a whole ("page 1 of 3")


def services_import_open_referral(
        *, actor: User | None, community: Community, data: Any,
        progress: Callable[[int, int], None] | None = None) -> OpenReferralImport:
    """Import an Open Referral UK /services page, or a JSON array of services, into the
    community's map, in one transaction: a record whose id the community's map already has
    updates that entry (never a second one), any other makes a new one. Each change is a
    revision (editor `actor`, None from the command line). On an update, a field changes
    only where the file says something else than the last import did (or its extension
    gives a value): a member's edit stays until the file changes that field. The caller
    decides who may import (today only the command line). Raises OpenReferralError when
    `data` is not such a list."""
    records, note = open_referral.records_in(data)
    result = OpenReferralImport(note=note)
    valid: list[tuple[int, dict[str, Any]]] = []
    seen: dict[str, int] = {}
    for place, record in enumerate(records, 1):
        problem = open_referral.record_problem(record)
        if problem is None and open_referral.record_id(record) in seen:
            problem = f"record {seen[open_referral.record_id(record)]} has the same id"
        if problem is not None:
            result.skipped.append((place, problem))
            continue
        seen[open_referral.record_id(record)] = place
        valid.append((place, record))
    with transaction.atomic():
        entries = _entries_for(community, list(seen))
        terms = gate.known_terms()
        now = timezone.now()
        for done, (_place, record) in enumerate(valid, 1):
            rid = open_referral.record_id(record)
            _import_record(result, actor=actor, community=community, record=record,
                           service=entries.get(rid), terms=terms, now=now)
            if progress is not None and (done % PROGRESS_EVERY == 0 or done == len(valid)):
                progress(done, len(valid))
    return result


def _entries_for(community: Community, ids: list[str]) -> dict[str, Service]:
    """The community's entries these ids name, locked: by the id they were imported with, or
    (a file exported from this map) as one of its own entries (OWN_ID_PREFIX and its pk)."""
    own_pks = [int(rid.removeprefix(open_referral.OWN_ID_PREFIX)) for rid in ids
               if rid.startswith(open_referral.OWN_ID_PREFIX)
               and rid.removeprefix(open_referral.OWN_ID_PREFIX).isdigit()]
    services = Service.objects.select_for_update().filter(
        Q(open_referral_id__in=ids) | Q(open_referral_id="", pk__in=own_pks),
        community=community).order_by("pk")
    return {service.open_referral_id or f"{open_referral.OWN_ID_PREFIX}{service.pk}": service
            for service in services}


def _merged(service: Service, incoming: dict[str, Any]) -> dict[str, Any]:
    """The entry's fields after the import: each that the file says differently from the
    last import of it; the others as they are (members' edits included)."""
    previous = (open_referral.values_from_record(service.open_referral_extra)
                if service.open_referral_extra else {})
    merged = open_referral.service_values(service)
    for name, value in incoming.items():
        if name not in previous or previous[name] != value:
            merged[name] = value
    return merged


def _import_record(result: OpenReferralImport, *, actor: User | None, community: Community,
                   record: dict[str, Any], service: Service | None, terms: list[str],
                   now: datetime) -> None:
    rid = open_referral.record_id(record)
    kept = open_referral.kept_part(record)
    incoming = open_referral.values_from_record(record)
    if service is None:
        before: dict[str, Any] = {}
        values = {**open_referral.EMPTY, **incoming}
        service = Service(community=community, created_by=actor, created_at=now)
    else:
        before = open_referral.service_values(service)
        values = _merged(service, incoming)
        if values == before and kept == service.open_referral_extra \
                and service.open_referral_id == rid:
            result.unchanged += 1
            return
        service.version += 1
    findings = _findings(rid, values, before, terms + open_referral.record_terms(record))
    result.findings += findings
    if values["last_confirmed_at"] != before.get("last_confirmed_at"):
        service.last_confirmed_by = None  # who confirmed it elsewhere is not known here
    for name, value in values.items():
        setattr(service, name, value)
    service.open_referral_id, service.open_referral_extra, service.updated_at = rid, kept, now
    created = service.pk is None
    service.save()
    ServiceRevision.objects.create(
        service=service, editor=actor, created_at=now,
        kind=ServiceRevision.Kind.CREATED if created else ServiceRevision.Kind.EDITED,
        fields=service.editable_values(), reason=_import_reason(findings))
    if created:
        result.created += 1
    else:
        result.updated += 1


def _findings(rid: str, values: dict[str, Any], before: dict[str, Any], terms: list[str]
              ) -> list[ImportFinding]:
    """The scanner's findings in the text this import brings (fields it leaves as they were
    passed the gate when they were written). The record's own contacts, numbers, places and
    names pass, as work contacts."""
    labels = dict(SCANNED_FIELDS)
    texts = {name: values[name] for name in labels
             if values[name] and values[name] != before.get(name)}
    allowed = [*terms, values["name"], values["organisation"]]
    return [ImportFinding(rid, values["name"], labels[f.field], f.label, f.text)
            for f in gate.find(texts, [], allowed)]


def _import_reason(findings: list[ImportFinding]) -> str:
    reason = "Imported from Open Referral UK."
    if findings:
        listed = "; ".join(dict.fromkeys(f"{f.kind} in {f.field}" for f in findings))
        reason += f" Needs a check: the identifier scanner flagged {listed}."
    return reason if len(reason) <= REASON_MAX else reason[:REASON_MAX - 1] + "…"
