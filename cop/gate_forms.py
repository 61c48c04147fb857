"""How a form whose text other people read passes the identifier gate (cop/gate.py): one
implementation for every such form, so each view stays a few lines.

The form posts, beside its fields, a reason per finding (`override-<key>`) and, to fix a
finding in place, `fix=<key>` with the word to put instead (`replacement-<key>`, the
kind's neutral word unless the author typed another). A fix changes the text in the form,
saves nothing, and the gate checks the new text at once; the page (or, with htmx, the
form's part of it) shows what is left. templates/gate/_findings.html shows the findings."""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, cast

from django import forms
from django.core.exceptions import ValidationError
from django.http import QueryDict

from . import gate

OVERRIDE_PREFIX = "override-"
REPLACEMENT_PREFIX = "replacement-"
FIX = "fix"


def override_reasons(post: Mapping[str, str]) -> dict[str, str]:
    """Reasons typed against findings, keyed by the finding's key."""
    return {k.removeprefix(OVERRIDE_PREFIX): v for k, v in post.items()
            if k.startswith(OVERRIDE_PREFIX)}


def fix_requested(post: Mapping[str, str]) -> tuple[str, str] | None:
    """The finding to fix in place and the word to put instead, if the author asked."""
    key = post.get(FIX, "")
    if not key:
        return None
    return key, post.get(REPLACEMENT_PREFIX + key, "")


@dataclass
class Gated:
    """What happened when a form went through the gate."""

    saved: Any = None  # what the service returned, once it saved
    findings: list[dict[str, Any]] = field(default_factory=list)  # gate.findings_context
    fixed: gate.Fix | None = None  # the finding just replaced, if that was the request
    fix_failed: bool = False  # asked to fix a finding the text no longer holds

    @property
    def is_saved(self) -> bool:
        return self.saved is not None

    def context(self) -> dict[str, Any]:
        """For templates/gate/_findings.html (and _status.html, said aloud)."""
        return {"findings": self.findings, "fixed": self.fixed, "fix_failed": self.fix_failed,
                "fix_status": fix_status(self.fixed, self.fix_failed, bool(self.findings))}

    @property
    def finding_count(self) -> int:
        return sum(len(f["findings"]) for f in self.findings)


def fix_status(fixed: gate.Fix | None, failed: bool, findings_left: bool) -> str:
    """What a fix in place did, in a sentence (for a live region)."""
    if failed:
        return "Nothing was replaced: the text had changed. Check the findings again."
    if fixed is None:
        return ""
    left = ("Some possible identifiers are still there." if findings_left
            else "No possible identifiers left.")
    return f"Replaced “{fixed.old}” with “{fixed.new}”. {left}"


def _refill(form: forms.BaseForm, fields: dict[str, str], done: gate.Fix) -> None:
    """Put the fixed text, and the reasons under their moved keys, back into the bound
    form, so the page shows what the author now has."""
    data = cast(QueryDict, form.data).copy()  # a bound form here holds request.POST
    data[done.field] = fields[done.field]
    for name in [k for k in data if k.startswith((OVERRIDE_PREFIX, REPLACEMENT_PREFIX))]:
        prefix = OVERRIDE_PREFIX if name.startswith(OVERRIDE_PREFIX) else REPLACEMENT_PREFIX
        value = data.get(name, "")
        del data[name]
        moved = gate.moved_key(name.removeprefix(prefix), done)
        if moved is not None:
            data[prefix + moved] = value
    data.pop(FIX, None)
    form.data = data
    form.cleaned_data[done.field] = fields[done.field]


def submit(form: forms.BaseForm, *, texts: Iterable[str], labels: Mapping[str, str],
           allowed_names: list[str] | Callable[[dict[str, Any]], list[str]],
           save: Callable[[dict[str, str]], Any],
           passes: Callable[[gate.FieldFinding], bool] | None = None) -> Gated:
    """Validate a bound form and save it through `save(reasons)` (a service call that raises
    gate.IdentifiersFound), or fix one finding in place and check again. `texts` names
    the form's fields that pass the gate (the service's gate uses the same names);
    `allowed_names` (or a function of the cleaned data giving them) what the service
    lets pass, such as a case's pseudonym; `passes`, findings the service lets pass
    without asking again (the service map's: kept with a reason in the text before). A
    ValidationError from the service becomes the form's error."""
    if not form.is_bound or not form.is_valid():
        return Gated()
    names = allowed_names(form.cleaned_data) if callable(allowed_names) else allowed_names
    post = form.data
    reasons = override_reasons(post)
    fields = {name: form.cleaned_data.get(name) or "" for name in texts}
    requested = fix_requested(post)
    if requested is not None:

        def left(fields: dict[str, str]) -> list[gate.FieldFinding]:
            return [f for f in gate.find_known(fields, names)
                    if passes is None or not passes(f)]

        result = gate.fix(fields, *requested)
        if result is None:
            return Gated(findings=gate.findings_context(fields, labels, left(fields), reasons),
                         fix_failed=True)
        fields, done = result
        _refill(form, fields, done)
        findings = left(fields)
        return Gated(findings=gate.findings_context(
            fields, labels, findings, gate.carry_reasons(reasons, done)), fixed=done)
    try:
        saved = save(reasons)
    except gate.IdentifiersFound as found:
        return Gated(findings=gate.findings_context(fields, labels, found.findings,
                                                    found.reasons))
    except ValidationError as exc:
        form.add_error(None, exc)
        return Gated()
    return Gated(saved=saved if saved is not None else True)
