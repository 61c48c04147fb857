"""The identifier gate, used by every app whose free text other people read: nothing is
saved for others while the scanner (cop/scanner) has a finding that the author has neither
fixed nor overridden with a reason.

An override is tied to one finding in one version of the text (its field, place, kind
and the flagged words), so changing the text asks again. Pure Python, at the bottom layer:
the names the product knows (agencies, communities) come from sources that higher apps add
with `add_known_terms` when they start."""

import dataclasses
import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .scanner import KIND_LABELS, scan
from .scanner import kinds as K
from .text_limits import too_long_message

REASON_MAX = 1_000  # an override's reason (and a facilitator's reason, a comment's removal)
REPLACEMENT_MAX = 100  # a word the author types to replace a finding

# The neutral words that fix a finding in one step, by kind: what the reader still needs
# to know (that there was a name, a date of birth, an address) without who or where.
NEUTRAL_WORDS: dict[str, str] = {
    K.PERSON: "[name]", K.SOCIAL_HANDLE: "[name]",
    K.DATE: "[date of birth]",
    K.ADDRESS: "[address]", K.POSTCODE: "[address]",
    K.PHONE: "[phone number]", K.EMAIL: "[email]",
    K.VEHICLE_REG: "[vehicle]", K.BANK_DETAILS: "[bank details]",
}
NEUTRAL_NUMBER = "[number]"  # NHS, NI, prison, hospital, passport, case and other references


def neutral_word(kind: str) -> str:
    return NEUTRAL_WORDS.get(kind, NEUTRAL_NUMBER)


@dataclass(frozen=True)
class FieldFinding:
    field: str
    kind: str
    start: int
    end: int
    text: str
    reason: str = dataclasses.field(default="", compare=False)  # why the scanner flagged it

    @property
    def key(self) -> str:
        return f"{self.field}-{self.start}-{self.end}-{self.kind}-{_digest(self.text)}"

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind.replace("_", " ").lower())

    @property
    def neutral_word(self) -> str:
        return neutral_word(self.kind)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:10]


class IdentifiersFound(Exception):
    """Raised by services when findings remain without a fix or an override reason."""

    def __init__(self, findings: list[FieldFinding], reasons: dict[str, str]):
        super().__init__(f"{len(findings)} possible identifier(s) need attention")
        self.findings = findings
        self.reasons = reasons


_known_term_sources: list[Callable[[], Iterable[str]]] = []


def add_known_terms(source: Callable[[], Iterable[str]]) -> None:
    """Add a source of names the product knows are no one's (members adds its agencies and
    communities from its AppConfig.ready)."""
    if source not in _known_term_sources:
        _known_term_sources.append(source)


def known_terms() -> list[str]:
    """Every source's names, for `find` or `check` as `allowed_terms` (a query or two)."""
    return [term for source in _known_term_sources for term in source()]


def find(texts: dict[str, str], allowed_names: list[str],
         allowed_terms: Iterable[str] = ()) -> list[FieldFinding]:
    terms = tuple(allowed_terms)
    findings = []
    for field, text in texts.items():
        for f in scan(text or "", allowed_names, terms):
            findings.append(FieldFinding(field, f.kind, f.start, f.end, text[f.start:f.end],
                                         f.reason))
    return findings


def check(texts: dict[str, str], allowed_names: list[str],
          reasons: dict[str, str], allowed_terms: Iterable[str] = ()
          ) -> list[tuple[FieldFinding, str]]:
    """The overrides to record, or IdentifiersFound if any finding has no reason (or one
    longer than REASON_MAX)."""
    return accept(find(texts, allowed_names, allowed_terms), reasons)


def accept(findings: list[FieldFinding], reasons: dict[str, str]
           ) -> list[tuple[FieldFinding, str]]:
    """Each finding with its reason, or IdentifiersFound if any has none (or one longer
    than REASON_MAX): `check` for findings a caller has already sorted (the service map
    lets a confirmed work contact pass without a reason)."""
    reasons = {k: v.strip() for k, v in reasons.items() if v and v.strip()}
    if not all(0 < len(reasons.get(f.key, "")) <= REASON_MAX for f in findings):
        raise IdentifiersFound(findings, reasons)
    return [(f, reasons[f.key]) for f in findings]


def check_known(texts: dict[str, str], allowed_names: list[str], reasons: dict[str, str]
                ) -> list[tuple[FieldFinding, str]]:
    """`check` as every service calls it: the names the product knows pass too."""
    return check(texts, allowed_names, reasons, allowed_terms=known_terms())


def check_texts(texts: Mapping[str, str | None], reasons: Mapping[str, str] | None = None,
                allowed_names: Iterable[str] = ()) -> list[tuple[FieldFinding, str]]:
    """`check_known` for a service's fields as its form gives them (a missing one is
    empty, no reasons yet is none)."""
    return check_known({k: v or "" for k, v in texts.items()}, list(allowed_names),
                       dict(reasons or {}))


def find_known(texts: dict[str, str], allowed_names: list[str]) -> list[FieldFinding]:
    """`find` with the names the product knows allowed (what `check_known` would stop)."""
    return find(texts, allowed_names, known_terms())


def highlight(text: str, findings: list[FieldFinding]) -> SafeString:
    """The text, escaped, with each finding marked and its kind named (for screen readers too)."""
    parts: list[str] = []
    position = 0
    for f in sorted(findings, key=lambda f: f.start):
        parts.append(escape(text[position:f.start]))
        parts.append(
            f'<mark class="finding" id="finding-{f.key}">{escape(f.text)}'
            f'<span class="finding-kind"> [{escape(f.label)}]</span></mark>'
        )
        position = f.end
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308  every piece above is escaped


@dataclass(frozen=True)
class Fix:
    """One finding replaced in place: where, what it was and what it became."""

    field: str
    start: int
    old: str
    new: str
    kind: str

    @property
    def shift(self) -> int:
        return len(self.new) - len(self.old)


def fix(texts: Mapping[str, str], key: str, replacement: str = ""
        ) -> tuple[dict[str, str], Fix] | None:
    """`texts` with exactly the finding `key` names replaced by `replacement` (or its
    kind's neutral word), or None if the text no longer holds that finding there (it was
    changed meanwhile). The key says where the finding is and hashes its words, so no
    other occurrence of the same words is touched."""
    try:
        field, start_text, end_text, kind, digest = key.rsplit("-", 4)
        start, end = int(start_text), int(end_text)
    except ValueError:
        return None
    text = texts.get(field)
    if text is None or not 0 <= start < end <= len(text) \
            or _digest(text[start:end]) != digest:
        return None
    new = " ".join(replacement.split())[:REPLACEMENT_MAX] or neutral_word(kind)
    fixed = dict(texts)
    fixed[field] = text[:start] + new + text[end:]
    return fixed, Fix(field, start, text[start:end], new, kind)


def moved_key(key: str, done: Fix) -> str | None:
    """Where a finding's key points after `done` changed its field (later findings in the
    same field move by the length difference); None for the finding that was fixed."""
    try:
        field, start_text, end_text, kind, digest = key.rsplit("-", 4)
        start, end = int(start_text), int(end_text)
    except ValueError:
        return key
    if field != done.field or end <= done.start:
        return key
    if start < done.start + len(done.old):
        return None
    return f"{field}-{start + done.shift}-{end + done.shift}-{kind}-{digest}"


def carry_reasons(reasons: Mapping[str, str], done: Fix) -> dict[str, str]:
    """The reasons already typed for the other findings, under their keys after `done`."""
    carried: dict[str, str] = {}
    for key, reason in reasons.items():
        moved = moved_key(key, done)
        if moved is not None:
            carried[moved] = reason
    return carried


def findings_context(texts: Mapping[str, str], labels: Mapping[str, str],
                     findings: list[FieldFinding], reasons: Mapping[str, str]
                     ) -> list[dict[str, Any]]:
    """Per field with findings, for templates/gate/_findings.html: its name, label,
    highlighted text and the findings with any reason already typed (and what is wrong
    with it, if it is too long), why the scanner flagged each and its neutral word."""
    by_field: defaultdict[str, list[FieldFinding]] = defaultdict(list)
    for finding in findings:
        by_field[finding.field].append(finding)
    return [
        {
            "name": field,
            "label": labels.get(field, field),
            "html": highlight(texts[field], field_findings),
            "findings": [{"finding": f, "reason": reasons.get(f.key, ""), "why": f.reason,
                          "error": too_long_message(reasons.get(f.key, ""), REASON_MAX)}
                         for f in field_findings],
        }
        for field, field_findings in by_field.items()
    ]
