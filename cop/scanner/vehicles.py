"""UK vehicle registrations ("number plates").

The current style (since 2001) is two area letters, a two-digit age identifier and three
random letters: "AB12 CDE", often typed without the space. Written in capitals the shape
is telling enough; in lower case, or in the older styles ("A123 BCD"), the text must say
it is a vehicle ("reg", "car", "van"...)."""

import re
from collections.abc import Iterator

from .finding import Span
from .kinds import VEHICLE_REG

_START, _END = r"(?<![A-Za-z0-9])", r"(?![A-Za-z0-9])"
# Age identifiers: 02-29 for March, 51-79 for September (the scheme runs to 2050).
_AGE = r"(?:0[2-9]|[12]\d|5[1-9]|[67]\d)"
CURRENT_RE = re.compile(
    _START + rf"[A-HJ-PR-Y][A-HJ-PR-Y]{_AGE}\s?[A-HJ-PR-Z]{{3}}" + _END, re.IGNORECASE
)
PREFIX_RE = re.compile(_START + r"[A-HJ-NP-Y]\d{1,3}\s?[A-HJ-PR-Y]{3}" + _END, re.IGNORECASE)
VEHICLE_CONTEXT_RE = re.compile(
    r"\b(?:reg(?:istration)?|vrm|plates?|car|cars|van|vans|vehicle|motor|bike|motorbike|"
    r"drives|driving|driven|taxi|lorry|transit|corsa|golf|fiesta|focus|astra|clio|polo)\b"
    r"[^.\n]{0,30}$",
    re.IGNORECASE,
)


def find_vehicle_registrations(text: str) -> Iterator[Span]:
    for m in CURRENT_RE.finditer(text):
        if m.group().isupper():
            yield m.start(), m.end(), VEHICLE_REG, "shaped like a UK number plate"
        elif VEHICLE_CONTEXT_RE.search(text[max(0, m.start() - 40) : m.start()]):
            yield m.start(), m.end(), VEHICLE_REG, "a number plate next to 'reg' or a vehicle"
    for m in PREFIX_RE.finditer(text):
        if VEHICLE_CONTEXT_RE.search(text[max(0, m.start() - 40) : m.start()]):
            yield m.start(), m.end(), VEHICLE_REG, "a number plate next to 'reg' or a vehicle"
