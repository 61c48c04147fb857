"""UK vehicle registrations ("number plates").

The current style (since 2001) is two area letters, a two-digit age identifier and three
random letters: "AB12 CDE", often typed without the space. Written in capitals the shape
is telling enough; in lower case, or in the older styles ("A123 BCD"), the text must say
it is a vehicle ("reg", "car", "van"...). Typed with a space between every part ("reg nx 21
kfe"), the current style is taken only right after "reg", "registration" or "plate", in
one case throughout, and not when its first two letters are a word ("reg at 22 oak").
"""

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
SPACED_RE = re.compile(
    _START + rf"(?P<area>[A-HJ-PR-Y]{{2}}) {_AGE} [A-HJ-PR-Z]{{3}}" + _END, re.IGNORECASE
)
REG_CUE_RE = re.compile(
    r"\b(?:reg(?:istration)?|vrm|plates?)(?:\s+(?:no|number|num|is|was|of))*\.?\s*[:#-]?\s*$",
    re.IGNORECASE,
)
TWO_LETTER_WORDS = frozenset(
    "am an as at be by do go he if in is it me my no of oh ok on or so to up us we ye".split()
)


def _spaced_reg(text: str, m: re.Match[str]) -> bool:
    """"reg nx 21 kfe" or "plate NX 21 KFE", not "Reg at 22 oak" nor "reg Nx 21 road"."""
    reg = m.group()
    return (
        (reg.isupper() or reg.islower())
        and m.group("area").lower() not in TWO_LETTER_WORDS
        and bool(REG_CUE_RE.search(text[max(0, m.start() - 30) : m.start()]))
    )


# The dateless style, still used in Northern Ireland and on cherished plates: three letters
# and up to four digits ("KXZ 4172"), in capitals, straight after "reg" or "plate".
DATELESS_AFTER_CUE_RE = re.compile(
    r"(?i:(?:reg(?:istration)?|vrm|plates?)(?:\s+(?:no|number|num|is|was|of))*\.?\s*[:#-]?\s*)"
    r"(?P<plate>[A-Z]{3} ?[1-9]\d{0,3})" + _END
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
    for m in SPACED_RE.finditer(text):
        if _spaced_reg(text, m):
            yield m.start(), m.end(), VEHICLE_REG, "a number plate, spaced out, after 'reg'"
    lowered = text.lower()
    for cue in ("reg", "vrm", "plate"):
        at = lowered.find(cue)
        while at >= 0:
            plate = DATELESS_AFTER_CUE_RE.match(text, at)
            if (at == 0 or not lowered[at - 1].isalnum()) and plate:
                yield (plate.start("plate"), plate.end("plate"), VEHICLE_REG,
                       "a number plate (three letters, digits) after 'reg'")
            at = lowered.find(cue, at + 1)
    for m in PREFIX_RE.finditer(text):
        if VEHICLE_CONTEXT_RE.search(text[max(0, m.start() - 40) : m.start()]):
            yield m.start(), m.end(), VEHICLE_REG, "a number plate next to 'reg' or a vehicle"
