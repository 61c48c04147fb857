"""A single capitalised word where a place stands, not a person: after "taken to" or
"admitted to" ("taken to Treliske", a hospital known by its site's name), and before a
lower-case word for a stretch of coast or open ground ("Gorleston cliffs", "Hemsby beach").

An ambulance takes someone to a hospital, and a hospital is often called by its place's
name, which the lists lack; a person after "taken to" would be "taken to see". ("Taken
from" and "transferred to" are left alone: a phone is taken from someone, a call put
through to them.) A town's or
a village's name before "cliffs", "beach" or "seafront" is where someone was, not who.
A possessive ("taken to Mary's") is left to the name rules.
"""

import re

TAKEN_TO_BEFORE_RE = re.compile(
    r"\b(?:taken|admitted|conveyed|rushed|blue[ -]lighted)[ \t]+(?:back[ \t]+)?(?:to|at)[ \t]+$",
    re.IGNORECASE,
)
GROUND_AFTER_RE = re.compile(
    r"[ \t]+(?:cliffs?|beach|beaches|pier|seafront|sea[ \t]+front|prom|promenade|harbour|sands|"
    r"dunes|marshes|woods|heath|moor|moors|quay|marina|broads?|foreshore|waterfront)\b"
)


def in_a_place_slot(text: str, start: int, end: int) -> bool:
    """True if the one word text[start:end] stands where a place does."""
    if " " in text[start:end] or text[end : end + 1] in ("'", "’"):
        return False
    if GROUND_AFTER_RE.match(text, end):
        return True
    return bool(TAKEN_TO_BEFORE_RE.search(text, max(0, start - 30), start))
