"""Writes to the service map: `thing_verb(*, actor, ...)`, each the transaction boundary.

Every change to a service writes a ServiceRevision in the same transaction: adding,
editing, undoing an edit, hiding, showing and confirming it ("Still right"). An edit names
the `version` its form was loaded at: if someone else saved in between, EditConflict, and
nothing is overwritten. The free text passes the identifier gate (gating.py)."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import dateformat, timezone
from django.utils.dateformat import format as date_format

from cop import gate
from cop.gate import REASON_MAX
from cop.text_limits import too_long
from members import permissions as member_permissions
from members import services as member_services
from members.models import Agency, Community, NotificationKind, User
from members.services import notifications_mark_read, notify

from . import freshness, gating, open_referral, permissions, selectors
from .models import (
    BARRIER_LABEL,
    EXPERTISE_LINE_MAX,
    SERVICE_EDITABLE_FIELDS,
    SERVICE_TEXT_FIELDS,
    WHAT_WORKS_MAX,
    Answer,
    Expertise,
    Question,
    QuestionRecipient,
    Service,
    ServiceCheck,
    ServiceRevision,
)

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


# --- Questions to the members who can help ---------------------------------------------------


def _overrides(accepted: Iterable[tuple[gate.FieldFinding, str]]) -> list[dict[str, str]]:
    """The gate's findings the author kept, with their reasons."""
    return [{"field": finding.field, "kind": finding.kind, "text": finding.text[:200],
             "reason": reason} for finding, reason in accepted]


def _require_member(actor: User, community_id: int) -> None:
    if not member_permissions.user_is_member(actor, community_id):
        raise PermissionDenied("Only members of this community can do that.")


@transaction.atomic
def question_ask(*, actor: User, community: Community, service: Service, body: str,
                 recipient_ids: Iterable[int], about_type: str = "",
                 about_id: int | None = None, reasons: dict[str, str] | None = None
                 ) -> Question:
    """Put a question about `service` to some of the members who can help with it
    (selectors.helpers_for), privately; asked from a barrier on a case, `about_type` and
    `about_id` name the barrier. It passes the identifier gate; each person asked is told
    in the app and by email, as their settings say (the emails are outbox rows)."""
    _require_member(actor, community.pk)
    if service.community_id != community.pk or service.is_hidden:
        raise ValidationError("That service is not in this community’s map.")
    if about_type not in ("", BARRIER_LABEL) or bool(about_type) != (
            about_id is not None):
        raise ValidationError("A question can only be about a barrier on a case.")
    chosen = set(recipient_ids)
    if not chosen:
        raise ValidationError("Choose at least one member to ask.")
    helpers = {h.user_id for h in selectors.helpers_for(service, exclude_user_id=actor.pk)}
    if not chosen <= helpers:
        raise ValidationError("A question goes only to members who can help with this "
                              "service.")
    if not body.strip():
        raise ValidationError("Write your question first.")
    accepted = gate.check_known({"body": body}, allowed_names=[], reasons=reasons or {})
    question = Question(community=community, service=service, asked_by=actor, body=body,
                        about_type=about_type, about_id=about_id, overrides=_overrides(accepted))
    question.full_clean()
    question.save()
    QuestionRecipient.objects.bulk_create(
        QuestionRecipient(question=question, user_id=user_id) for user_id in sorted(chosen))
    notify(user_ids=chosen, kind=NotificationKind.SERVICE_QUESTION, community=community,
           text=f"A question for you about {service.name}",
           url=question.get_absolute_url(), about=question)
    return question


@transaction.atomic
def question_mark_read(*, actor: User, question: Question) -> None:
    """The viewer opened the question: it is no longer new to them, nor are their
    notifications about it."""
    now = timezone.now()
    if permissions.is_asker(actor, question):
        Question.objects.filter(pk=question.pk).update(asker_read_at=now)
    else:
        QuestionRecipient.objects.filter(question=question, user=actor,
                                         read_at__isnull=True).update(read_at=now)
    notifications_mark_read(actor=actor, about=question)


@transaction.atomic
def question_answer(*, actor: User, question: Question, body: str,
                    share_consent: bool = False, reasons: dict[str, str] | None = None
                    ) -> Answer:
    """One of the people asked answers (through the identifier gate), saying whether it
    may go into the service's "what works"; the asker is told."""
    _require_member(actor, question.community_id)
    permissions.require_can_answer(actor, question)
    if not body.strip():
        raise ValidationError("Write your answer first.")
    accepted = gate.check_known({"body": body}, allowed_names=[], reasons=reasons or {})
    answer = Answer(question=question, author=actor, body=body, share_consent=share_consent,
                    overrides=_overrides(accepted))
    answer.full_clean()
    answer.save()
    QuestionRecipient.objects.filter(question=question, user=actor,
                                     read_at__isnull=True).update(read_at=answer.created_at)
    if question.asked_by_id is not None:
        about = f" about {question.service.name}" if question.service else ""
        notify(user_ids=[question.asked_by_id], kind=NotificationKind.QUESTION_ANSWER,
               community=question.community, text=f"A new answer to your question{about}",
               url=f"{question.get_absolute_url()}#answer-{answer.pk}", about=question)
    return answer


@transaction.atomic
def answer_share_consent_set(*, actor: User, answer: Answer, consent: bool) -> Answer:
    """The author agrees (or no longer agrees) that their answer may be added to the
    service's "what works"; once added, it stays there."""
    answer = Answer.objects.select_for_update().get(pk=answer.pk)
    permissions.require_can_set_share_consent(actor, answer)
    answer.share_consent = consent
    answer.save(update_fields=["share_consent"])
    return answer


def what_works_addition(answer: Answer) -> str:
    """An answer as it goes into "what works": its words, and where they came from. The
    month, not the day: a full date in a service's text would stop its next edit at the
    identifier gate."""
    when = dateformat.format(timezone.localtime(timezone.now()), "F Y")
    return f"{answer.body.strip()}\n\n(From a member who can help, {when}.)"


@transaction.atomic
def answer_share_to_service(*, actor: User, answer: Answer) -> ServiceRevision:
    """Add an answer, with its author's agreement, to its service's "what works": an edit
    of the service like any other (a revision in its history), made by `actor`, who can
    read the question. Once only (`shared_at`). An answer in which the identifier gate
    finds anything (a finding its author kept for the private question) is not shared:
    the directory is read by the whole community."""
    answer = Answer.objects.select_for_update().select_related("question").get(pk=answer.pk)
    question = answer.question
    _require_member(actor, question.community_id)
    if not permissions.questions_visible_to(actor.pk).filter(pk=question.pk).exists():
        raise PermissionDenied("Only the asker and the members asked can do that.")
    service = (Service.objects.select_for_update().filter(pk=question.service_id).first()
               if question.service_id is not None else None)
    question.service = service
    permissions.require_can_share_answer(answer, question)
    assert service is not None  # can_share_answer needs it
    if gate.find_known({"body": answer.body}, allowed_names=[]):
        raise ValidationError("The identifier check flags something in this answer, so it "
                              "cannot go into the service’s “what works” as it is.")
    addition = what_works_addition(answer)
    current = service.what_works.rstrip()
    what_works = f"{current}\n\n{addition}" if current else addition
    if len(what_works) > WHAT_WORKS_MAX:
        raise ValidationError("The service’s “what works” is full: it cannot take "
                              "this answer.")
    now = timezone.now()
    service.what_works = what_works
    service.version += 1
    service.updated_at = now
    service.save(update_fields=["what_works", "version", "updated_at"])
    answer.shared_at = now
    answer.save(update_fields=["shared_at"])
    # The rest of the text is as it was: what passed the gate in it (work contacts, findings
    # kept with a reason) still has, and its next editor is not asked about it again.
    kept = selectors.kept_in(service)
    return _revision(service, actor, ServiceRevision.Kind.EDITED, now,
                     passed=gating.Passed(list(kept.work_contacts), list(kept.overrides)))


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
