"""`scan`: every detector over one text, merged into sorted, non-overlapping findings."""

from collections.abc import Iterable

from .addresses import find_addresses
from .dates import find_dates
from .finding import Finding
from .merge import merge_findings
from .names import find_people
from .patterns import (
    find_case_references,
    find_emails,
    find_nhs_numbers,
    find_ni_numbers,
    find_pnc_ids,
    find_postcodes,
    find_prison_numbers,
)
from .phones import find_phone_numbers

PATTERN_DETECTORS = (
    find_emails,
    find_nhs_numbers,
    find_ni_numbers,
    find_prison_numbers,
    find_pnc_ids,
    find_case_references,
    find_postcodes,
    find_phone_numbers,
    find_dates,
    find_addresses,
)


def scan(text: str, allowed_names: Iterable[str] = ()) -> list[Finding]:
    """Direct identifiers in `text`, sorted by start and never overlapping.

    `allowed_names` are pseudonyms the author chose (e.g. ["Elizabeth"]): they are not
    reported, nor are names the text itself declares ("Jo (not his real name)").
    """
    spans = [span for detect in PATTERN_DETECTORS for span in detect(text)]
    spans += find_people(text, allowed_names)
    return merge_findings(text, spans)
