"""Names talked about as names, not used for anyone: "Kowalski is a common Polish surname",
"Nowak is the equivalent of Smith", "surnames like Begum and Khan". A worker explaining
naming customs names no client, so what such a sentence names is not reported."""

import re

_NAME = r"[A-Z][\w'’-]+"
# "X is a (very) common/popular/typical (Polish) surname", "X is the equivalent of Y".
GENERAL_WORDS = ("common", "popular", "usual", "typical", "frequent", "traditional", "standard",
                 "widespread")
_GENERAL = "(?:" + "|".join(GENERAL_WORDS) + ")"
ABOUT_A_NAME_RE = re.compile(
    rf"(?<![\w'’])(?P<name>{_NAME})\s+(?:is|was)\s+(?:(?:a|an|the)\s+)?"
    rf"(?:(?:very|really|quite|most|more|fairly|pretty)\s+)?(?:"
    rf"{_GENERAL}\s+(?:[A-Za-z]+\s+){{0,2}}(?:sur)?name"
    rf"|(?:[A-Za-z]+\s+)?equivalent\s+of\s+(?P<other>{_NAME}))\b"
)
# "names like Begum, Khan and Ali", "surnames such as Nowak or Kowalski".
NAMES_LIKE_RE = re.compile(
    rf"\b(?:sur)?names\s+(?:like|such\s+as|including)\s+"
    rf"(?P<list>{_NAME}(?:\s*(?:,|\band\b|\bor\b|&)\s*{_NAME}){{0,6}})"
)


def name_talk_spans(text: str) -> list[tuple[int, int]]:
    """Where the text talks about a name rather than a person."""
    spans: list[tuple[int, int]] = []
    lowered = text.lower()
    if not (
        "equivalent" in lowered
        or "names" in lowered
        or ("name" in lowered and any(word in lowered for word in GENERAL_WORDS))
    ):
        return spans  # the quick answer for most texts
    for m in ABOUT_A_NAME_RE.finditer(text):
        spans.append(m.span("name"))
        if m.group("other"):
            spans.append(m.span("other"))
    for m in NAMES_LIKE_RE.finditer(text):
        spans.append(m.span("list"))
    return spans
