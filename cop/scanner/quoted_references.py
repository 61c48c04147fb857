"""A reference someone is told to quote: "ring 999 and quote TV-20231101-0882", "quoting
ref HX/2291/7". What a note tells a caller to quote is the case's own reference (police,
council, court), whatever its shape; it must mix digits with letters or separators, so
that "quote 2 prices" or "quote 2024" is not one."""

import re
from collections.abc import Iterator

from .finding import Span
from .kinds import CASE_REF

QUOTED_REFERENCE_RE = re.compile(
    r"(?i:\bquot(?:e|ed|ing)(?:[ \t]+(?:the|our|your|their|his|her))?"
    r"(?:[ \t]+(?:ref(?:erence)?|number|no\.?|log|crime|incident)){0,2})[ \t]*[:#]?[ \t]*"
    r"(?P<ref>[A-Za-z0-9]+(?:[/-][A-Za-z0-9]+)+|[A-Za-z]{1,4}\d{4,}[A-Za-z]?)(?![\w/-])"
)


def find_quoted_references(text: str) -> Iterator[Span]:
    if "quot" not in text.lower():
        return  # the quick answer for most texts
    for m in QUOTED_REFERENCE_RE.finditer(text):
        ref = m.group("ref")
        if sum(c.isdigit() for c in ref) >= 4:
            yield m.start("ref"), m.end("ref"), CASE_REF, "a reference a caller is told to quote"
