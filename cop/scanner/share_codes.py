"""A Home Office share code (right to work, right to rent, immigration status): nine letters
and digits, usually in threes, after "share code": "share code WQ7 R2M KT4", "share code:
w4xk7p2nd". It opens a person's immigration record. references.py wants three digits in a
reference's one token, which a share code seldom has."""

import re
from collections.abc import Iterator

from .finding import Span
from .kinds import IMMIGRATION_REF

SHARE_CODE_RE = re.compile(
    r"(?i:share[ \t]*code)(?:[ \t]+(?:is|was|of))?[ \t]*[:#=(]?[ \t]*"
    r"(?P<code>[A-Za-z0-9]{3}([ \t-]?)[A-Za-z0-9]{3}\2[A-Za-z0-9]{3})(?![A-Za-z0-9])"
)


def find_share_codes(text: str) -> Iterator[Span]:
    lowered = text.lower()
    if "share" not in lowered or "code" not in lowered:
        return  # the quick answer for most texts
    for m in SHARE_CODE_RE.finditer(text):
        code = m.group("code")
        if any(c.isdigit() for c in code) and any(c.isalpha() for c in code):
            yield m.start("code"), m.end("code"), IMMIGRATION_REF, "a Home Office share code"
