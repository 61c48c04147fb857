"""Reference numbers given by hospitals, the Home Office, councils, housing providers and the
police. Each is found after its label ("hospital no.", "HO ref", "crime number"), whatever
its shape; the few shapes telling enough alone (a BRP number, a UAN) are found without one.
"""

import re
from collections.abc import Iterator

from .date_shapes import is_day_month_or_time
from .finding import Span
from .kinds import (
    CASE_REF,
    HOSPITAL_NUMBER,
    IMMIGRATION_REF,
    PASSPORT_NUMBER,
    POLICE_REF,
    PRISON_NUMBER,
    PROBATION_REF,
)

# Longest first: with "num" before "number", "number 4417" was read as "num", then "ber 4417".
_NUM = r"(?:reference|ref|number|num|nos|no|id)"
# Label -> (kind, reason). Longer labels come first so "home office ref" beats "ref".
LABELS: list[tuple[str, str, str]] = [
    (r"hospital\s*" + _NUM + r"|hosp\.?\s*" + _NUM + r"|mrn|medical\s+record\s*" + _NUM
     + r"?|patient\s*" + _NUM + r"|unit\s*" + _NUM + r"|case\s*notes?\s*" + _NUM + r"|"
     r"rxr|k\s*number|crn\s+hospital|(?:a\s*&\s*e|a\s+and\s+e)\s*" + _NUM,
     HOSPITAL_NUMBER, "a number next to 'hospital number' or 'MRN'"),
    (r"home\s*office\s*" + _NUM + r"?|h\.?o\.?\s*" + _NUM + r"|port\s*" + _NUM + r"|cid\s*"
     + _NUM + r"|gwf\s*" + _NUM + r"?|brp\s*(?:card\s*)?" + _NUM + r"?|biometric\s+residence\s+"
     r"permit\s*" + _NUM + r"?|uan\s*" + _NUM + r"?|unique\s+application\s+" + _NUM + r"|"
     r"euss\s*" + _NUM + r"|nass\s*" + _NUM + r"|asylum\s*(?:support\s*)?" + _NUM + r"|"
     r"arc\s*(?:card\s*)?" + _NUM + r"?|share\s*code|visa\s*" + _NUM,
     IMMIGRATION_REF, "a reference next to 'Home Office', 'BRP' or 'UAN'"),
    # "(Богдан Коваленко on his passport, no. FX409127)": a comma may come before "no."
    (r"passport\s*(?:,\s*(?=n))?" + _NUM + r"?|pp\s*(?:number|num|no)", PASSPORT_NUMBER,
     "a number next to 'passport'"),
    (r"(?:police|crime|incident|occurrence|missing\s+person|mispers?|niche|custody)\s*"
     r"(?:log|report|reference|ref|number|num|no|id)(?:\s*(?:number|no))?"
     r"|(?:crime|incident|occurrence|log|storm|cad|urn)(?:\s*" + _NUM + r")?"
     r"|pnc\s*" + _NUM,
     POLICE_REF, "a number next to 'crime' or 'police' reference"),
    # An officer's own number names the officer: "PC Shaw (collar number 4417)".
    (r"(?:collar|shoulder|epaulette|warrant(?:\s*card)?|badge)\s*" + _NUM,
     POLICE_REF, "a police officer's collar or warrant number"),
    (r"(?:prison|nomis)\s*" + _NUM, PRISON_NUMBER, "a number next to 'prison number'"),
    (r"(?:probation|delius|ndelius|oasys)\s*" + _NUM + r"|crn",
     PROBATION_REF, "a reference next to 'probation' or 'CRN'"),
    (r"(?:council(?:\s*tax)?|housing(?:\s*benefit)?|hb|ctr|homeless(?:ness)?(?:\s*application)?|"
     r"application|tenancy|tenant|rent(?:\s*account)?|case|client|customer|person|service\s+user|"
     r"file|referral|mosaic|lcs|eclipse|liquidlogic|carefirst|claim|membership|account|"
     r"unique|chi|uci|dwp|uc|esa|pip|member|student|school|benefit|pension)\s*"
     + _NUM + r"|ref(?:erence)?s?(?:\s*(?:number|no))?|our\s+ref|your\s+ref"
     r"|(?:rent|council\s*tax|tenancy|housing|garage)\s+(?:account|acc|a/c)"
     r"|(?:housing|hsg)?\s*(?:register|waiting\s+list)\s*" + _NUM,
     CASE_REF, "a reference number next to its label"),
]
# A value is one token ("RXF449120", "HR/00713/24"), or capitals (and digits: a hospital's
# site code) then digits ("RXF 449120", "RJ1 884201").
_VALUE = r"(?P<ref>(?:[A-Z][A-Z0-9]{1,5}\s(?=\d{4}))?[A-Za-z0-9][A-Za-z0-9/.-]*\d[A-Za-z0-9/-]*)"
LABELLED_RES = [
    (re.compile(
        rf"\b(?:{label})\.?(?:\s+(?:is|was|=|of))?\s*[:#=]?\s*[(\[]?\s*(?:is\s+)?"
        # the agency whose reference it is, in capitals: "Ref PSNI CC2024-0317-0921"
        rf"(?:(?P<agency>(?-i:[A-Z]{{2,6}}))[ \t]+(?=[A-Za-z0-9/.-]*\d))?{_VALUE}",
        re.IGNORECASE), kind, reason)
    for label, kind, reason in LABELS
]
# Shapes telling enough without a label.
BRP_RE = re.compile(r"(?<![A-Za-z0-9])(?:Z[RTU]|R[DFEK])[X\d]\d{6}(?![A-Za-z0-9])")
UAN_RE = re.compile(r"(?<![\d-])\d{4}-\d{4}-\d{4}-\d{4}(?![\d-])")
# A code of capitals and digits (or a long run of digits) that is no word, amount or
# year: in case notes almost always a reference of some kind.
CODE_RE = re.compile(
    r"(?<![A-Za-z0-9£$€.,/-])(?:[A-Z]{1,4}\d{5,10}[A-Z]?|\d{7,12})(?![A-Za-z0-9/-]|[.,]\d)"
)

NI_SHAPE_RE = re.compile(r"[A-Z]{2}\d{6}[A-D]?")


# The next of several references after one label: "refs NCC-1, NCC-2 and NCC-3".
NEXT_IN_LIST_RE = re.compile(
    r"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)([A-Za-z0-9/-]+)"
)


def _skeleton(code: str) -> str:
    return re.sub(r"[A-Za-z]", "A", re.sub(r"\d", "9", code))


def _listed_after(text: str, end: int, ref: str, kind: str) -> Iterator[Span]:
    """References of the same shape as `ref` listed after it, as the label covers them all
    (letters for letters, digits for digits: "NCC-AF-0212" after "NCC-AF-0211")."""
    shape = _skeleton(ref)
    while (m := NEXT_IN_LIST_RE.match(text, end)) and _skeleton(m.group(1)) == shape:
        yield m.start(1), m.end(1), kind, "another reference of the same shape in a list"
        end = m.end(1)


def find_references(text: str) -> Iterator[Span]:
    for pattern, kind, reason in LABELLED_RES:
        for m in pattern.finditer(text):
            ref = m.group("ref").rstrip("/.-")
            # In a text typed in capitals an agency's acronym is no different from any word
            # ("HOME OFFICE APPT 10.30").
            if m.group("agency") and text[m.start() : m.start("agency")].isupper():
                continue
            digits = sum(c.isdigit() for c in ref)
            if digits < 3 or (kind == PASSPORT_NUMBER and digits < 6):
                continue
            # "Outreach log 06.10", "incident 09/03": when it happened, not its reference.
            if kind == POLICE_REF and is_day_month_or_time(ref):
                continue
            yield m.start("ref"), m.start("ref") + len(ref), kind, reason
            yield from _listed_after(text, m.start("ref") + len(ref), ref, kind)
    for m in BRP_RE.finditer(text):
        yield m.start(), m.end(), IMMIGRATION_REF, "shaped like a BRP number"
    for m in UAN_RE.finditer(text):
        yield m.start(), m.end(), IMMIGRATION_REF, "shaped like a UAN (four groups of four)"
    for m in CODE_RE.finditer(text):
        code = m.group()
        # Shapes with a check of their own are left to it: a phone number (0...), an NHS
        # number (ten digits), a National Insurance number (two letters, six digits).
        if code[0] == "0" or (code.isdigit() and len(code) == 10) or NI_SHAPE_RE.fullmatch(code):
            continue
        yield m.start(), m.end(), CASE_REF, "a code of letters and digits, like a reference"
