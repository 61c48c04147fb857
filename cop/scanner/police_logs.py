"""Police log numbers in the shape forces give them over the phone: "log 1187 of 12/02",
"last one was 1187 of 12/02" (the 1,187th call of 12 February). The date after it marks
the number as a log's even away from its label; the number is reported, as it is after a
label (references.py); a police word must come shortly before
("log", "101", "police", "incident"), since "3 of 12/02" could be anything.
"""

import re
from collections.abc import Iterator

from .finding import Span
from .kinds import POLICE_REF

LOG_OF_DATE_RE = re.compile(
    r"(?<![\w/.£-])(?P<log>\d{2,5})\s+of\s+\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\w/])"
)
POLICE_WORD_RE = re.compile(
    r"\b(?:logs?|101|999|police|incident|storm|cad|occurrence|missing|mispers?)\b",
    re.IGNORECASE,
)


def find_police_logs(text: str) -> Iterator[Span]:
    if " of " not in text:
        return
    for m in LOG_OF_DATE_RE.finditer(text):
        if POLICE_WORD_RE.search(text, max(0, m.start() - 60), m.start()):
            yield m.start("log"), m.end("log"), POLICE_REF, "a police log number and its date"
