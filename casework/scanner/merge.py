"""Turn raw candidate spans from every detector into sorted, non-overlapping findings."""

from .finding import Finding
from .kinds import SPECIFICITY


def merge_findings(text: str, spans: list[tuple[int, int, str]]) -> list[Finding]:
    """Overlapping spans become one finding covering both (so a redaction hides all of
    them), named after the more specific kind."""
    merged: list[list] = []
    for start, end, kind in sorted(spans):
        if start >= end:
            continue
        if merged and start < merged[-1][1]:
            last = merged[-1]
            last[1] = max(last[1], end)
            if SPECIFICITY[kind] > SPECIFICITY[last[2]]:
                last[2] = kind
        else:
            merged.append([start, end, kind])
    return [Finding(k, s, e, text[s:e]) for s, e, k in merged]
