"""Scottish CHI numbers (Community Health Index), Scotland's NHS number: ten digits, the
first six the date of birth (ddmmyy), the last a modulus-11 check digit as in an NHS
number. Ten digits alone are taken only when the check passes (patterns.py); after
"CHI" they are a CHI number even when it fails, since workers mistype them and a
mistyped number still points at one person.
"""

import re
from collections.abc import Iterator

from .finding import Span
from .kinds import NHS_NUMBER
from .patterns import is_nhs_number

# "CHI" in capitals alone (lower-case "chi" is also tai chi), or any case with its
# "no"/"number", or in full.
_CUE = (
    r"(?:\bCHI\b(?:\s*(?i:no|number|num|#))?"
    r"|\b(?i:chi\s*(?:no|number|num)|community\s+health\s+index(?:\s*(?:no|number|num))?))"
)
CHI_RE = re.compile(
    _CUE + r"\.?(?:\s+(?:is|was|=))?\s*[:#=(-]?\s*"
    r"(?P<chi>\d{6}\s?\d{4}|\d{3}(?P<sep>[ -])\d{3}(?P=sep)\d{4}|\d{10})(?![\d])"
)


def find_chi_numbers(text: str) -> Iterator[Span]:
    lowered = text.lower()
    if "chi" not in lowered and "health index" not in lowered:
        return
    for m in CHI_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group("chi"))
        if is_nhs_number(digits):
            reason = "a Scottish CHI number (ten digits after 'CHI')"
        else:
            reason = "a Scottish CHI number after 'CHI' (its check digit fails: a typing slip?)"
        yield m.start("chi"), m.end("chi"), NHS_NUMBER, reason
