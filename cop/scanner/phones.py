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


# A UK number with a digit too many, as people mistype them ("01463 496 0271"): written in a
# phone's groups (a trunk 0 and an area or mobile code, then groups of 3 to 5), 12 digits
# in all. libphonenumber leaves them out as impossible; they still identify.
MISTYPED_UK_RE = re.compile(r"(?<![\d+])0\d{2,4}(?:[ -]\d{3,5}){1,2}(?![\d-])")

# A number read out in words: "oh seven seven one two, four four eight, nine nine one".
_DIGIT_WORD = r"(?:oh|o|zero|nought|one|two|three|four|five|six|seven|eight|nine)"
_DIGIT_WORDS = {"oh": 1, "o": 1, "zero": 1, "nought": 1, "one": 1, "two": 1, "three": 1,
                "four": 1, "five": 1, "six": 1, "seven": 1, "eight": 1, "nine": 1}
SPELLED_NUMBER_RE = re.compile(
    rf"\b(?:(?:double|treble|triple)[ -])?{_DIGIT_WORD}"
    rf"(?:[ ,-]{{1,3}}(?:(?:double|treble|triple)[ -])?{_DIGIT_WORD}){{6,}}\b",
    re.IGNORECASE,
)
MULTIPLIER = {"double": 2, "treble": 3, "triple": 3}


def spelled_digits(words: str) -> int:
    """How many digits a number written in words stands for."""
    count, times = 0, 1
    for word in re.findall(r"[a-z]+", words.lower()):
        if word in MULTIPLIER:
            times = MULTIPLIER[word]
        elif word in _DIGIT_WORDS:
            count += times
            times = 1
    return count


def find_mistyped_and_spelled_numbers(text: str) -> Iterator[Span]:
    for m in MISTYPED_UK_RE.finditer(text):
        if sum(c.isdigit() for c in m.group()) == 12:
            yield m.start(), m.end(), PHONE, "written like a UK phone number (a digit too many?)"
    for m in SPELLED_NUMBER_RE.finditer(text):
        # A phone number starts with its trunk 0 ("oh", "zero") and has 10 or 11 digits.
        first = m.group().split()[0].lower().strip(",-")
        if first in ("oh", "o", "zero", "nought") and 9 <= spelled_digits(m.group()) <= 13:
            yield m.start(), m.end(), PHONE, "a phone number written in words"


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
    yield from find_mistyped_and_spelled_numbers(text)
