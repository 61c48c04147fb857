"""Addresses typed all in lower case on a phone, vouched for by a lower-case postcode
after them: "lives 9b kirkstall hill ls5 3bx", "moved to flat 3b, 22 lime st, m4 6ef".

addresses.LOWER_CASE_ADDRESS_RE needs a street word that is nothing else ("road",
"lane"), since "2 big bags" is no address; "hill" or "st" are other things too, so here
the postcode straight after is what says a house number and street are meant.
"""

import re
from collections.abc import Iterator

from .finding import Span
from .kinds import ADDRESS

_WORD = r"[a-z][a-z'’-]+"
LOWER_ADDRESS_BEFORE_POSTCODE_RE = re.compile(
    rf"(?<![\w£$.,/-])(?P<address>(?:(?:flat|apt|room|unit)\s*\d{{1,4}}[a-z]?,?\s+)?"
    rf"\d{{1,4}}[a-z]?\s+{_WORD}(?:\s+{_WORD}){{0,2}}),?\s+"
    r"[a-z]{1,2}\d[a-z\d]?\s?\d[abd-hjlnp-uw-z]{2}(?![\w-])"
)
# "3 days", "2 weeks ago": a number of things, not a house.
_COUNTED = re.compile(
    r"\d+[a-z]?\s+(?:days?|weeks?|months?|years?|hours?|mins?|minutes?|times?|nights?|"
    r"people|kids|children|bags?|miles?)\b"
)


def find_lower_case_addresses(text: str) -> Iterator[Span]:
    if not any(c.isdigit() for c in text):
        return
    for m in LOWER_ADDRESS_BEFORE_POSTCODE_RE.finditer(text):
        address = m.group("address")
        number_at = re.search(r"\d", address)
        if number_at and _COUNTED.match(address, number_at.start()):
            continue
        yield (m.start("address"), m.end("address"), ADDRESS,
               "a lower-case address before its postcode")
