"""An immigration detainee's number after its label, even with words between: "Detention
number for her husband: CD/88142", "IRC no. (Brook House) BH 40917". A detention centre's
number names one detainee as a prison number names a prisoner; references.py knows no such
label, and wants the value straight after it."""

import re
from collections.abc import Iterator

from .finding import Span
from .kinds import IMMIGRATION_REF

DETENTION_NUMBER_RE = re.compile(
    r"(?i:\b(?:detention|detainee|irc)[ \t]*(?:number|num|no\.?|ref(?:erence)?|id))"
    # up to six words ("for her husband", "(Brook House)"), then a colon or the value
    r"(?:[ \t]+[\w()'’.-]+){0,6}?[ \t]*[:=-]?[ \t]*"
    r"(?P<ref>[A-Z]{0,4}[ \t/-]?\d{4,10})(?![\w/-])"
)


def find_detention_numbers(text: str) -> Iterator[Span]:
    lowered = text.lower()
    if "detention" not in lowered and "detainee" not in lowered and "irc" not in lowered:
        return  # the quick answer for most texts
    for m in DETENTION_NUMBER_RE.finditer(text):
        yield m.start("ref"), m.end("ref"), IMMIGRATION_REF, "a number after 'detention number'"
