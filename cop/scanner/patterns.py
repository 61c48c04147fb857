"""Identifiers with a fixed shape: found by regular expressions, checked where a check exists.

Each `find_*` function yields (start, end, kind) spans.
"""

import re
from collections.abc import Iterator

from stdnum.gb import nhs

from .finding import Span
from .kinds import EMAIL, NHS_NUMBER, NI_NUMBER, PNC_ID, POSTCODE, PRISON_NUMBER, PROBATION_REF

# Letters and digits on either side would make the match part of a longer code or word.
_START = r"(?<![A-Za-z0-9])"
_END = r"(?![A-Za-z0-9])"

EMAIL_RE = re.compile(
    r"[A-Za-z0-9][A-Za-z0-9._%+'-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)

# An address written out to dodge spam filters: "kev dot smith at gmail dot com",
# "kev(at)yahoo(dot)co.uk". The domain must end in a known top-level domain, and a plain
# " at " needs a " dot " or a dot in the domain, so "met him at home" is no email.
_DOT = r"(?:\s*[(\[{]\s*dot\s*[)\]}]\s*|\s+dot\s+|\.)"
_AT = r"(?:\s*[(\[{]\s*at\s*[)\]}]\s*|\s+at\s+)"
OBFUSCATED_EMAIL_RE = re.compile(
    rf"(?<![\w.])[a-z0-9][a-z0-9_%+-]*(?:{_DOT}[a-z0-9_%+-]+)*{_AT}"
    rf"[a-z0-9-]+(?:{_DOT}[a-z0-9-]+)*{_DOT}(?:com|net|org|uk|ie|info|io|me|biz|eu|gov|nhs|ac)\b"
    rf"(?:{_DOT}(?:uk|com|net|org))?",
    re.IGNORECASE,
)

# 3-3-4 digits with one consistent separator (space, hyphen or none).
NHS_RE = re.compile(r"(?<![\d+])\d{3}([ -]?)\d{3}\1\d{4}(?![\d])")

# After its label ("NHS no", "NHS number:", "NHS"), ten digits are an NHS number even if
# the check fails: a mistyped number still identifies (and is still on a letter somewhere).
# Northern Ireland's Health and Care ("H&C") number has the same shape and check.
NHS_LABELLED_RE = re.compile(
    r"(?:\bNHS|\bH\s*&\s*C|\bhealth\s+(?:and|&)\s+care)(?:\s*(?:no|number|num|#))?\.?\s*(?:is\s+)?[:#-]?\s*"
    r"(?P<number>\d{3}(?P<sep>[ -]?)\d{3}(?P=sep)\d{4})(?!\d)",
    re.IGNORECASE,
)

# National Insurance number: two prefix letters, six digits (often in pairs), a suffix A-D.
NINO_RE = re.compile(
    _START + r"([A-Z]{2})[ -]?(\d{2})[ -]?(\d{2})[ -]?(\d{2})(?:[ -]?([A-D]))?" + _END
)
# Written in lower case it is only trusted with its suffix letter, or after its label.
NINO_LOWER_RE = re.compile(_START + r"([a-z]{2})[ -]?\d{2}([ -]?)\d{2}\2\d{2}[ -]?[a-d]" + _END)
NINO_LABELLED_RE = re.compile(
    r"\b(?:ni|nino|nin|nat\.?\s*ins\.?|national\s+insurance)(?:\s*(?:no|number|num))?\.?"
    r"(?:\s+is)?\s*[:#]?\s*(?P<nino>([a-z]{2})[ -]?\d{2}[ -]?\d{2}[ -]?\d{2}(?:[ -]?[a-d])?"
    # read out or copied a character at a time: "NI J T 4 8 2 9 1 7 C"
    r"|[a-z] [a-z](?: \d){6}(?: [a-d])?)"
    + _END,
    re.IGNORECASE,
)
NINO_UNUSED_PREFIXES = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
NINO_BAD_FIRST, NINO_BAD_SECOND = set("DFIQUV"), set("DFIOQUV")

# HMPPS prison (NOMIS) number, e.g. A1234BC.
PRISON_RE = re.compile(_START + r"[A-Z]\d{4}[A-Z]{2}" + _END)

# Police National Computer ID: year (2 or 4 digits) / serial number + check letter.
PNC_RE = re.compile(r"(?<![\d/])(?:\d{2}|\d{4})/\d{1,7}[A-Za-z]" + _END)

# nDelius case reference number (CRN): one letter and six digits, e.g. X123456.
CRN_RE = re.compile(_START + r"[A-Z]\d{6}" + _END)

# UK postcode, with or without the space: outward code (area + district) and inward code.
POSTCODE_RE = re.compile(
    _START + r"(?:([A-Za-z]{1,2}\d[A-Za-z\d]?)\s?(\d[A-Za-z]{2})|GIR\s?0AA)" + _END
)
# Letters never used in an inward code; a lower-case match containing them is more
# likely "5am" or a product code than a postcode.
INWARD_UNUSED = set("CIKMOV")


def find_emails(text: str) -> Iterator[Span]:
    for m in EMAIL_RE.finditer(text):
        yield m.start(), m.end(), EMAIL
    for m in OBFUSCATED_EMAIL_RE.finditer(text):
        if _plainly_written_at(m.group()):
            continue
        yield m.start(), m.end(), EMAIL, "an email address written with 'at' and 'dot'"


PLAIN_AT_RE = re.compile(r"^(?P<user>\S+)\s+at\s+(?P<host>[a-z0-9-]+)\.", re.IGNORECASE)
MAIL_HOSTS = frozenset(
    "gmail googlemail hotmail yahoo ymail outlook live msn icloud me aol btinternet sky "
    "virginmedia talktalk protonmail proton gmx mail example".split()
)


def _plainly_written_at(candidate: str) -> bool:
    """"was at leeds.gov.uk" is prose about a place; "kev88 at hotmail.com" is an address."""
    m = PLAIN_AT_RE.match(candidate)
    if not m:
        return False
    user, host = m.group("user"), m.group("host").lower()
    return host not in MAIL_HOSTS and not any(c in user for c in "0123456789._")


def is_nhs_number(candidate: str) -> bool:
    """The NHS modulus-11 check (python-stdnum implements it)."""
    return nhs.is_valid(candidate)


def find_nhs_numbers(text: str) -> Iterator[Span]:
    for m in NHS_RE.finditer(text):
        if is_nhs_number(m.group()):
            yield m.start(), m.end(), NHS_NUMBER
    for m in NHS_LABELLED_RE.finditer(text):
        if not is_nhs_number(m.group("number")):
            yield (m.start("number"), m.end("number"), NHS_NUMBER,
                   "ten digits next to 'NHS' or 'H&C' (its check digit fails: a typing slip?)")


def is_ni_prefix(prefix: str) -> bool:
    prefix = prefix.upper()
    return (
        prefix not in NINO_UNUSED_PREFIXES
        and prefix[0] not in NINO_BAD_FIRST
        and prefix[1] not in NINO_BAD_SECOND
    )


def find_ni_numbers(text: str) -> Iterator[Span]:
    for m in NINO_RE.finditer(text):
        # With its suffix letter the shape is telling enough; HMRC's own examples use the
        # unallocated prefix QQ, and so do anonymised notes.
        if m.group(5) or is_ni_prefix(m.group(1)):
            yield m.start(), m.end(), NI_NUMBER
    for m in NINO_LOWER_RE.finditer(text):
        if is_ni_prefix(m.group(1)):
            yield m.start(), m.end(), NI_NUMBER
    for m in NINO_LABELLED_RE.finditer(text):
        yield m.start("nino"), m.end("nino"), NI_NUMBER, "a National Insurance number after 'NI'"


def find_prison_numbers(text: str) -> Iterator[Span]:
    for m in PRISON_RE.finditer(text):
        yield m.start(), m.end(), PRISON_NUMBER


def find_pnc_ids(text: str) -> Iterator[Span]:
    for m in PNC_RE.finditer(text):
        yield m.start(), m.end(), PNC_ID


def find_probation_crns(text: str) -> Iterator[Span]:
    for m in CRN_RE.finditer(text):
        yield m.start(), m.end(), PROBATION_REF, "shaped like a probation case reference (CRN)"


def find_postcodes(text: str) -> Iterator[Span]:
    for m in POSTCODE_RE.finditer(text):
        code = m.group()
        if not code.isupper():
            inward = (m.group(2) or "").upper()
            if set(inward) & INWARD_UNUSED or not code.islower():
                continue
        yield m.start(), m.end(), POSTCODE
