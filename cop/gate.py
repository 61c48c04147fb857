"""The identifier gate, used by every app whose free text other people read: nothing is
saved for others while the scanner (cop/scanner) has a finding that the author has neither
fixed nor overridden with a reason.

An override is tied to one finding in one version of the text (its field, place, kind
and the flagged words), so changing the text asks again. Pure Python, at the bottom layer:
the names the product knows (agencies, communities) come from sources that higher apps add
with `add_known_terms` when they start."""

import dataclasses
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .scanner import KIND_LABELS, scan

REASON_MAX = 1_000  # an override's reason (and a facilitator's reason, a comment's removal)


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
        digest = hashlib.sha256(self.text.encode()).hexdigest()[:10]
        return f"{self.field}-{self.start}-{self.end}-{self.kind}-{digest}"

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind.replace("_", " ").lower())


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
    findings = find(texts, allowed_names, allowed_terms)
    reasons = {k: v.strip() for k, v in reasons.items() if v and v.strip()}
    if not all(0 < len(reasons.get(f.key, "")) <= REASON_MAX for f in findings):
        raise IdentifiersFound(findings, reasons)
    return [(f, reasons[f.key]) for f in findings]


def highlight(text: str, findings: list[FieldFinding]) -> SafeString:
    """The text, escaped, with each finding marked and its kind named (for screen readers too)."""
    parts, position = [], 0
    for f in sorted(findings, key=lambda f: f.start):
        parts.append(escape(text[position:f.start]))
        parts.append(
            f'<mark class="finding" id="finding-{f.key}">{escape(f.text)}'
            f'<span class="finding-kind"> [{escape(f.label)}]</span></mark>'
        )
        position = f.end
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308  every piece above is escaped
