"""One identifier found in a text."""

from dataclasses import dataclass, field

# What a detector yields: (start, end, kind) or (start, end, kind, reason).
Span = tuple[int, int, str] | tuple[int, int, str, str]


@dataclass(frozen=True)
class Finding:
    """A span of text that identifies someone. Offsets are characters; end is exclusive.

    `text` is a copy of the matched characters, for logs, tests and redaction previews.
    `reason` says in a few words why the scanner thinks so ("a date next to 'born'"); it
    explains a finding and is not part of what makes two findings the same.
    """

    kind: str
    start: int
    end: int
    text: str = ""
    reason: str = field(default="", compare=False)

    def as_dict(self) -> dict[str, int | str]:
        """The JSON shape used by `manage.py scan_pii`."""
        return {"start": self.start, "end": self.end, "kind": self.kind, "reason": self.reason}
