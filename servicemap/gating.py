"""The identifier gate (cop/gate.py) as the service map applies it to an entry's free text
and to a member's line of expertise.

A client's details must never land in the map, but a service's text rightly names the staff
to ask for ("ask for the duty senior, Sarah Jones"): the author confirms that each name the
scanner finds is a work contact, and such names pass (kept on the revision as its
`work_contacts`). Every other finding must be changed, or kept with a reason, as everywhere
else. What an entry's text already holds that passed (its work contacts and the findings
kept with a reason) passes again when someone edits another part of it: a wiki's next
editor is not asked to justify the duty line's phone number that an earlier one kept."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from cop import gate
from cop.scanner import kinds

PERSON = kinds.PERSON


def contact_key(name: str) -> str:
    """A name as it is compared: case and spacing do not matter."""
    return " ".join(name.split()).casefold()


@dataclass(frozen=True)
class Kept:
    """What a text already holds that passed the gate: names confirmed as work contacts,
    and findings kept with a reason ({field, kind, label, text, reason})."""

    work_contacts: tuple[str, ...] = ()
    overrides: tuple[dict[str, Any], ...] = ()

    @cached_property
    def _contact_keys(self) -> set[str]:
        return {contact_key(name) for name in self.work_contacts}

    @cached_property
    def _reasons(self) -> dict[tuple[str, str, str], str]:
        return {(o["field"], o["kind"], o["text"]): o["reason"] for o in self.overrides}

    def is_contact(self, finding: gate.FieldFinding) -> bool:
        return finding.kind == PERSON and contact_key(finding.text) in self._contact_keys

    def reason_for(self, finding: gate.FieldFinding) -> str | None:
        return self._reasons.get((finding.field, finding.kind, finding.text))

    def passes(self, finding: gate.FieldFinding) -> bool:
        """Kept before: a confirmed work contact, or the same words in the same field kept
        with a reason."""
        return self.is_contact(finding) or self.reason_for(finding) is not None


@dataclass(frozen=True)
class Passed:
    """What the text holds that passed: for the revision's `work_contacts` and `overrides`."""

    work_contacts: list[str] = field(default_factory=list)
    overrides: list[dict[str, Any]] = field(default_factory=list)


def override_record(finding: gate.FieldFinding, reason: str) -> dict[str, Any]:
    return {"field": finding.field, "kind": finding.kind, "label": finding.label,
            "text": finding.text[:200], "reason": reason}


def check(texts: dict[str, str], *, kept: Kept = Kept(), work_contacts: Iterable[str] = (),
          reasons: dict[str, str] | None = None) -> Passed:
    """Pass `texts` through the gate: each finding passes as kept before, as a name the
    author confirmed is a work contact (`work_contacts`), or with a reason (`reasons`, by
    finding key); else gate.IdentifiersFound, with the findings to show again (the names
    just confirmed among them, so their ticks stay)."""
    confirmed = {contact_key(name) for name in work_contacts}
    contacts: list[str] = []
    carried: list[dict[str, Any]] = []
    to_ask: list[gate.FieldFinding] = []
    shown: list[gate.FieldFinding] = []
    for finding in gate.find_known(texts, []):
        if kept.is_contact(finding):
            contacts.append(finding.text)
            continue
        reason = kept.reason_for(finding)
        if reason is not None:
            carried.append(override_record(finding, reason))
            continue
        shown.append(finding)
        if finding.kind == PERSON and contact_key(finding.text) in confirmed:
            contacts.append(finding.text)
        else:
            to_ask.append(finding)
    try:
        accepted = gate.accept(to_ask, reasons or {})
    except gate.IdentifiersFound as found:
        raise gate.IdentifiersFound(shown, found.reasons) from None
    unique_contacts = list(dict.fromkeys(contacts))
    return Passed(work_contacts=unique_contacts,
                  overrides=carried + [override_record(f, r) for f, r in accepted])
