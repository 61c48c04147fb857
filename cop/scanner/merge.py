"""Turn raw candidate spans from every detector into sorted, non-overlapping findings."""

from typing import Any

from .finding import Finding, Span
from .kinds import DEFAULT_REASONS, SPECIFICITY


def merge_findings(text: str, spans: list[Span]) -> list[Finding]:
    """Overlapping spans become one finding covering both (so a redaction hides all of
    them), named after the more specific kind, with that kind's reason."""
    merged: list[list[Any]] = []  # [start, end, kind, reason], widened in place
    for span in sorted(spans, key=lambda s: (s[0], s[1])):
        start, end, kind = span[:3]
        reason = span[3] if len(span) > 3 else DEFAULT_REASONS[kind]
        if start >= end:
            continue
        if merged and start < merged[-1][1]:
            last = merged[-1]
            last[1] = max(last[1], end)
            if SPECIFICITY[kind] > SPECIFICITY[last[2]]:
                last[2], last[3] = kind, reason
        else:
            merged.append([start, end, kind, reason])
    return [Finding(k, s, e, text[s:e], r) for s, e, k, r in merged]
