"""Identifiers with a fixed shape: found by regular expressions, checked where a check exists.

Each `find_*` function yields (start, end, kind) spans.
"""

import re
from collections.abc import Iterator

from stdnum.gb import nhs

from .kinds import EMAIL, NHS_NUMBER, NI_NUMBER, PNC_ID, POSTCODE, PRISON_NUMBER, PROBATION_REF

Span = tuple[int, int, str]

# Letters and digits on either side would make the match part of a longer code or word.
_START = r"(?<![A-Za-z0-9])"
_END = r"(?![A-Za-z0-9])"

EMAIL_RE = re.compile(
    r"[A-Za-z0-9][A-Za-z0-9._%+'-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)

# 3-3-4 digits with one consistent separator (space, hyphen or none).
NHS_RE = re.compile(r"(?<![\d+])\d{3}([ -]?)\d{3}\1\d{4}(?![\d])")

# National Insurance number: two prefix letters, six digits (often in pairs), a suffix A-D.
NINO_RE = re.compile(
    _START + r"([A-Z]{2})[ -]?(\d{2})[ -]?(\d{2})[ -]?(\d{2})(?:[ -]?([A-D]))?" + _END
)
# Written in lower case it is only trusted in its compact form with a suffix.
NINO_LOWER_RE = re.compile(_START + r"([a-z]{2})\d{6}[a-d]" + _END)
NINO_UNUSED_PREFIXES = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
NINO_BAD_FIRST, NINO_BAD_SECOND = set("DFIQUV"), set("DFIOQUV")

# HMPPS prison (NOMIS) number, e.g. A1234BC.
PRISON_RE = re.compile(_START + r"[A-Z]\d{4}[A-Z]{2}" + _END)

# Police National Computer ID: year (2 or 4 digits) / serial number + check letter.
PNC_RE = re.compile(r"(?<![\d/])(?:\d{2}|\d{4})/\d{1,7}[A-Za-z]" + _END)

# nDelius case reference number (CRN): one letter and six digits, e.g. X123456.
CRN_RE = re.compile(_START + r"[A-Z]\d{6}" + _END)

# A reference of any shape announced by its label ("Case ref: 2023-ASC-004512").
LABELLED_REF_RE = re.compile(
    r"\b(?P<label>"
    r"(?:case|client|customer|person|service user|file|referral|mosaic|lcs|eclipse|"
    r"liquidlogic|carefirst|home office|HO|probation|delius|nDelius|oasys|prison|nomis|"
    r"PNC|police|crime|incident|CID|application|passport|BRP|visa|claim|account|tenancy|"
    r"membership|patient|hospital|MRN|port|UAN|ID|unique|EUSS|NASS|asylum|UCI|CHI)"
    r"\s*(?:ref(?:erence)?|no|number|id)\.?(?:\s*(?:no|number)\.?)?"
    r"|CRN|ref(?:erence)?(?:\s*(?:no|number)\.?)?|ref\.?)"
    r"(?:\s+(?:is|was))?\s*[:#]?\s*(?P<ref>[A-Za-z0-9][A-Za-z0-9/-]*[0-9][A-Za-z0-9/-]*)",
    re.IGNORECASE,
)

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


def is_nhs_number(candidate: str) -> bool:
    """The NHS modulus-11 check (python-stdnum implements it)."""
    return nhs.is_valid(candidate)


def find_nhs_numbers(text: str) -> Iterator[Span]:
    for m in NHS_RE.finditer(text):
        if is_nhs_number(m.group()):
            yield m.start(), m.end(), NHS_NUMBER


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


def find_prison_numbers(text: str) -> Iterator[Span]:
    for m in PRISON_RE.finditer(text):
        yield m.start(), m.end(), PRISON_NUMBER


def find_pnc_ids(text: str) -> Iterator[Span]:
    for m in PNC_RE.finditer(text):
        yield m.start(), m.end(), PNC_ID


def find_case_references(text: str) -> Iterator[Span]:
    for m in CRN_RE.finditer(text):
        yield m.start(), m.end(), PROBATION_REF
    for m in LABELLED_REF_RE.finditer(text):
        ref = m.group("ref").rstrip("/-")
        if sum(c.isdigit() for c in ref) < 3:
            continue
        label = m.group("label").lower()
        if label.startswith(("prison", "nomis")):
            kind = PRISON_NUMBER
        elif label.startswith(("pnc", "police", "crime", "incident")):
            kind = PNC_ID
        else:
            kind = PROBATION_REF
        yield m.start("ref"), m.start("ref") + len(ref), kind


def find_postcodes(text: str) -> Iterator[Span]:
    for m in POSTCODE_RE.finditer(text):
        code = m.group()
        if not code.isupper():
            inward = (m.group(2) or "").upper()
            if set(inward) & INWARD_UNUSED or not code.islower():
                continue
        yield m.start(), m.end(), POSTCODE
