"""One identifier found in a text."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    """A span of text that identifies someone. Offsets are characters; end is exclusive.

    `text` is a copy of the matched characters, for logs, tests and redaction previews.
    """

    kind: str
    start: int
    end: int
    text: str = ""

    def as_dict(self) -> dict:
        """The JSON shape used by `manage.py scan_pii`."""
        return {"start": self.start, "end": self.end, "kind": self.kind}
