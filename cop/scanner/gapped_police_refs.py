"""A police reference a few words after its label: "crime ref from last time was
NB-24-118830", "incident number they gave her is 13/55012/24". references.py takes the
value right after the label; here up to five ordinary words (letters only, so no other
number and no sentence end) may stand between, and the value must look like a
reference: letters and digits joined by "-" or "/", four digits or more, and not a day
and month or a time ("crime number for the attack on 14/02").
"""

import re
from collections.abc import Iterator

from .date_shapes import is_day_month_or_time
from .finding import Span
from .kinds import POLICE_REF

# The label with its "ref"/"number": a bare "crime" or "log" is too common a word.
_LABEL = (
    r"\b(?:police|crime|incident|occurrence|log|cad|storm|niche)\s*"
    r"(?:reference|ref|number|num|no)\b\.?"
)
_GAP = r"(?:[ \t,:]+[A-Za-z][A-Za-z']*){1,5}"
_REF = r"[A-Za-z0-9]+(?:[-/][A-Za-z0-9]+)+"
GAPPED_RE = re.compile(
    _LABEL + _GAP + r"[ \t:]+(?P<ref>" + _REF + r")(?![A-Za-z0-9/-]|[.,]\d)", re.IGNORECASE
)


def find_gapped_police_refs(text: str) -> Iterator[Span]:
    for m in GAPPED_RE.finditer(text):
        ref = m.group("ref")
        if sum(c.isdigit() for c in ref) < 4 or is_day_month_or_time(ref):
            continue
        yield (m.start("ref"), m.end("ref"), POLICE_REF,
               "a reference a few words after 'crime ref' or 'police ref'")
