"""UK phone numbers typed with the letter o for zero: "o77oo 9oo418", "O1632 96O 221".

People read a zero out as "oh", and notes taken down that way (or typed on a phone) keep the
letter. The shape is a UK number's all the same: a zero (or o) first, a digit from 1 to 9,
then nine more digits or o's, in the usual groups. At least one o must stand for a zero
(phones.py takes the rest) and most characters must be digits, so that no word ("oo") is
taken.
"""

import re
from collections.abc import Iterator

from .finding import Span
from .kinds import PHONE

O_PHONE_RE = re.compile(r"(?<![\w.])[0oO][1-9](?:[ \t]?[\doO]){9}(?![\w])")


def find_o_for_zero_phones(text: str) -> Iterator[Span]:
    if not any(lead in text for lead in ("o7", "O7", "o1", "O1", "o2", "O2")):
        return
    for m in O_PHONE_RE.finditer(text):
        number = m.group()
        letters = sum(c in "oO" for c in number)
        digits = sum(c.isdigit() for c in number)
        if letters and digits >= 6:
            yield m.start(), m.end(), PHONE, "a phone number typed with the letter o for zero"
