"""Writes to the service map: `thing_verb(*, actor, ...)`, each the transaction boundary.

Every change to a service writes a ServiceRevision in the same transaction: adding,
editing, undoing an edit, hiding, showing and confirming it ("Still right"). An edit names
the `version` its form was loaded at: if someone else saved in between, EditConflict, and
nothing is overwritten. The free text passes the identifier gate (gating.py)."""

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as date_format

from cop.gate import REASON_MAX
from cop.text_limits import too_long
from members import services as member_services
from members.models import Agency, Community, NotificationKind, User

from . import freshness, gating, permissions, selectors
from .models import (
    EXPERTISE_LINE_MAX,
    SERVICE_EDITABLE_FIELDS,
    SERVICE_TEXT_FIELDS,
    Expertise,
    Service,
    ServiceCheck,
    ServiceRevision,
)

Kind = ServiceRevision.Kind


class EditConflict(Exception):
    """The entry changed after the form was loaded: `current` is what it says now."""

    def __init__(self, current: Service):
        super().__init__(f"Service {current.pk} is at version {current.version} now.")
        self.current = current


# --- The directory of services ------------------------------------------------------------------


def _texts(service: Service) -> dict[str, str]:
    return {name: getattr(service, name) or "" for name, _ in SERVICE_TEXT_FIELDS}


def _apply(service: Service, data: dict[str, Any]) -> None:
    """Set what `data` gives of the editable fields (the form's names: `agency` for
    agency_id)."""
    for name in SERVICE_EDITABLE_FIELDS:
        if name == "agency_id":
            if "agency" in data:
                service.agency = data["agency"]
        elif name in data:
            value = data[name]
            setattr(service, name, value.strip() if isinstance(value, str) else value)


def _revision(service: Service, actor: User | None, kind: str, now: datetime, *,
              passed: gating.Passed | None = None, reason: str = "",
              reverted_to: ServiceRevision | None = None) -> ServiceRevision:
    return ServiceRevision.objects.create(
        service=service, editor=actor, created_at=now, kind=kind,
        fields=service.editable_values(), reason=reason, reverted_to=reverted_to,
        work_contacts=passed.work_contacts if passed else [],
        overrides=passed.overrides if passed else [])


def _reason(reason: str) -> str:
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError({"reason": "Say why."})
    if len(reason) > REASON_MAX:
        raise ValidationError({"reason": too_long(REASON_MAX, len(reason))})
    return reason


@transaction.atomic
def service_create(*, actor: User, community: Community, data: dict[str, Any],
                   work_contacts: Iterable[str] = (), reasons: dict[str, str] | None = None
                   ) -> Service:
    """A member adds a service to their community's map. Its text passes the gate: names
    confirmed as work contacts pass, every other finding needs a change or a reason."""
    permissions.require_services_member(actor, community.pk)
    now = timezone.now()
    service = Service(community=community, created_by=actor, created_at=now, updated_at=now)
    _apply(service, data)
    service.full_clean(exclude=["search_vector"])
    passed = gating.check(_texts(service), work_contacts=work_contacts, reasons=reasons)
    service.save()
    _revision(service, actor, Kind.CREATED, now, passed=passed)
    return service


@transaction.atomic
def service_update(*, actor: User, service: Service, data: dict[str, Any], version: int,
                   work_contacts: Iterable[str] = (), reasons: dict[str, str] | None = None
                   ) -> Service:
    """Any member edits an entry, wiki style, from a form loaded at `version`. If it has
    changed since, EditConflict: the other person's edit is never silently overwritten.
    What the text already held that passed the gate passes again; the rest is checked."""
    locked = Service.objects.select_for_update().get(pk=service.pk)
    permissions.require_service_editor(actor, locked)
    if locked.version != version:
        raise EditConflict(locked)
    before = locked.editable_values()
    _apply(locked, data)
    locked.full_clean(exclude=["search_vector"])
    if locked.editable_values() == before:
        return locked  # nothing changed: no revision, no new version
    passed = gating.check(_texts(locked), kept=selectors.kept_in(locked),
                          work_contacts=work_contacts, reasons=reasons)
    now = timezone.now()
    locked.version += 1
    locked.updated_at = now
    locked.save()
    _revision(locked, actor, Kind.EDITED, now, passed=passed)
    return locked


@transaction.atomic
def service_revert(*, actor: User, revision: ServiceRevision, version: int, reason: str
                   ) -> Service:
    """A facilitator undoes an edit: the entry goes back to what it said before that
    revision, as a new revision (`reverted`, with the reason, pointing at the revision whose
    text it brings back). The form names the `version` it showed (EditConflict if another
    edit came in since, so the facilitator sees what they would undo)."""
    locked = Service.objects.select_for_update().get(pk=revision.service_id)
    permissions.require_service_moderator(actor, locked)
    reason = _reason(reason)
    if locked.version != version:
        raise EditConflict(locked)
    if revision.kind not in selectors.UNDOABLE_KINDS:
        raise ValidationError("Only an edit can be undone.")
    restored = selectors.revision_before(revision)
    if restored is None:
        raise ValidationError("There is nothing before this edit to go back to.")
    values = dict(restored.fields)
    if values.get("agency_id") is not None and not Agency.objects.filter(
            pk=values["agency_id"]).exists():
        values["agency_id"] = None  # the agency was deleted since
    if values == locked.editable_values():
        raise ValidationError("The entry already says what it said before this edit.")
    for name in SERVICE_EDITABLE_FIELDS:
        if name in values:
            setattr(locked, name, values[name])
    locked.full_clean(exclude=["search_vector"])
    now = timezone.now()
    locked.version += 1
    locked.updated_at = now
    locked.save()
    _revision(locked, actor, Kind.REVERTED, now, reason=reason, reverted_to=restored,
              passed=gating.Passed(list(restored.work_contacts), list(restored.overrides)))
    return locked


@transaction.atomic
def service_hide(*, actor: User, service: Service, reason: str) -> Service:
    """A facilitator hides an entry (wrong, a duplicate, closed): members no longer see it."""
    locked = Service.objects.select_for_update().get(pk=service.pk)
    permissions.require_service_moderator(actor, locked)
    reason = _reason(reason)
    if locked.is_hidden:
        raise ValidationError("This entry is hidden already.")
    now = timezone.now()
    locked.hidden_at, locked.hidden_by, locked.hidden_reason = now, actor, reason
    locked.save(update_fields=["hidden_at", "hidden_by", "hidden_reason"])
    _revision(locked, actor, Kind.HIDDEN, now, reason=reason)
    return locked


@transaction.atomic
def service_show(*, actor: User, service: Service, reason: str) -> Service:
    """A facilitator shows a hidden entry to the members again."""
    locked = Service.objects.select_for_update().get(pk=service.pk)
    permissions.require_service_moderator(actor, locked)
    reason = _reason(reason)
    if not locked.is_hidden:
        raise ValidationError("This entry is not hidden.")
    locked.hidden_at, locked.hidden_by, locked.hidden_reason = None, None, ""
    locked.save(update_fields=["hidden_at", "hidden_by", "hidden_reason"])
    _revision(locked, actor, Kind.SHOWN, timezone.now(), reason=reason)
    return locked


@transaction.atomic
def service_confirm(*, actor: User, service: Service) -> Service:
    """A member confirms, in one click, that the entry is still right."""
    locked = Service.objects.select_for_update().get(pk=service.pk)
    permissions.require_service_editor(actor, locked)
    now = timezone.now()
    locked.last_confirmed_at, locked.last_confirmed_by = now, actor
    locked.save(update_fields=["last_confirmed_at", "last_confirmed_by"])
    _revision(locked, actor, Kind.CONFIRMED, now)
    return locked


# --- The monthly sweep: "is this still right?" --------------------------------------------------


def service_checks_request(*, now: datetime | None = None) -> int:
    """Ask, for each shown entry nobody has confirmed or changed for six months, its last
    editor (or else a member from its agency) whether it is still right: a notification, and
    an email as they chose (straight away unless they changed it), through the outbox.
    Once a service a month: the ServiceCheck row's unique key makes a rerun, or a sweep
    that overlaps another, ask nobody twice. Returns how many were asked."""
    now = now or timezone.now()
    month = freshness.month_of(now)
    asked = 0
    for service in selectors.services_to_check(now, month):
        person = selectors.who_to_ask(service)
        if person is None:
            continue  # nobody to ask this time; the next sweep looks again
        with transaction.atomic():
            _, created = ServiceCheck.objects.get_or_create(
                service=service, month=month, defaults={"asked_id": person, "created_at": now})
            if not created:
                continue
            since = timezone.localtime(freshness.last_checked(service))
            member_services.notify(
                user_ids=[person], kind=NotificationKind.SERVICE_CHECK,
                community=service.community,
                text=f"Is the service map's entry for “{service.name}” still right? Nobody "
                     f"has confirmed or changed it since {date_format(since, 'j F Y')}.",
                url=reverse("servicemap:service_check", args=[service.community.slug,
                                                               service.pk]),
                about=service)
            asked += 1
    return asked


# --- What members know from the inside ----------------------------------------------------------


@transaction.atomic
def expertise_add(*, actor: User, community: Community, line: str,
                  service: Service | None = None, agency: Agency | None = None,
                  reasons: dict[str, str] | None = None) -> Expertise:
    """A member says they know a service of their community (or an agency) from the inside,
    with a line that passes the gate; it shows on the service's page, "Members who can
    help"."""
    permissions.require_services_member(actor, community.pk)
    line = " ".join((line or "").split())
    errors: dict[str, Any] = {}
    if (service is None) == (agency is None):
        errors["service"] = "Choose a service or an agency (one of them)."
    elif service is not None and (service.community_id != community.pk or service.is_hidden):
        errors["service"] = "Choose a service of this community."
    elif Expertise.objects.filter(user=actor, community=community, service=service,
                                  agency=agency).exists():
        errors["service" if service else "agency"] = "You have listed it already."
    if not line:
        errors["line"] = "Write a line about what you can help with."
    elif len(line) > EXPERTISE_LINE_MAX:
        errors["line"] = too_long(EXPERTISE_LINE_MAX, len(line))
    if errors:
        raise ValidationError(errors)
    passed = gating.check({"line": line}, reasons=reasons)
    return Expertise.objects.create(user=actor, community=community, service=service,
                                    agency=agency, line=line, overrides=passed.overrides)


@transaction.atomic
def expertise_remove(*, actor: User, expertise: Expertise) -> None:
    permissions.get_own_expertise(actor, expertise.pk)
    expertise.delete()
