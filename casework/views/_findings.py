"""Shared by case and comment views: how the gate's findings are shown to the author."""

from collections import defaultdict

from cop.gate import FieldFinding, highlight
from cop.text_limits import too_long_message

from ..models import REASON_MAX


def findings_context(texts: dict[str, str], labels: dict[str, str],
                     findings: list[FieldFinding], reasons: dict[str, str]) -> list[dict]:
    """Per field with findings: its label, highlighted text and the findings with any reason
    already typed (and what is wrong with it, if it is too long), and why the scanner flagged
    each (`why`, where a finding explains itself)."""
    by_field = defaultdict(list)
    for finding in findings:
        by_field[finding.field].append(finding)
    return [
        {
            "label": labels.get(field, field),
            "html": highlight(texts[field], field_findings),
            "findings": [{"finding": f, "reason": reasons.get(f.key, ""),
                          "why": getattr(f, "reason", ""),
                          "error": too_long_message(reasons.get(f.key, ""), REASON_MAX)}
                         for f in field_findings],
        }
        for field, field_findings in by_field.items()
    ]
