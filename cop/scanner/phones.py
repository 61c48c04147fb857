"""Phone numbers, found with Google's libphonenumber (the `phonenumbers` package).

Its "valid" level rejects Ofcom's drama ranges (07700 900xxx, 0161 496 0xxx...), which
are exactly what anonymised examples and training material use, so we match at the
"possible" level and then keep only what is written like a phone number.
"""

import re
from collections.abc import Iterator

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

from .finding import Span
from .kinds import PHONE

# A UK number written nationally starts with its trunk 0; anything else needs a +code.
PHONE_START_RE = re.compile(r"^(?:\(?0|\+|00)")
# A date such as 1980-05-09 or 21.08.1992 is "possible" as a number too.
DATE_LIKE_RE = re.compile(r"^\d{1,4}([./-])\d{1,2}\1\d{2,4}$")


def find_phone_numbers(text: str) -> Iterator[Span]:
    for match in PhoneNumberMatcher(text, "GB", leniency=Leniency.POSSIBLE, max_tries=10_000):
        raw = match.raw_string
        if not PHONE_START_RE.match(raw) or DATE_LIKE_RE.match(raw):
            continue
        digits = sum(c.isdigit() for c in raw)
        number = match.number
        if number.country_code == 44:
            # UK numbers have 10 digits after the trunk 0 (9 for a few old or free numbers).
            if len(str(number.national_number)) < 9:
                continue
        elif digits < 8:
            continue
        if not phonenumbers.is_possible_number(number):
            continue
        yield match.start, match.end, PHONE
