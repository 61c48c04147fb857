"""A name someone goes by in one setting, in brackets after the name they were given:
"Rutendo (Ruth at work)", "Oluwaseun (Shaun to his mates)", "Mehmet (Matt on the phone)".

Brackets holding a capitalised word and then where or to whom it is used ("at work",
"to his mates", "on the street", "at school") give a second name for the word before them:
both are the person's. The bracketed word must be able to be a first name, and the word
before the brackets too (capitalised, no place, no organisation's word); "Tesco (Extra at
weekends)" names no one, as "extra" is no name.
"""

import re
from collections.abc import Iterator

from . import name_likeness
from .gazetteer import fold

SETTING_ALIAS_RE = re.compile(
    r"(?P<given>[A-Z][a-z'’-]+)[ \t]*\([ \t]*(?P<alias>[A-Z][a-z'’-]+)[ \t]+"
    r"(?:at|to|on|in|with|among|amongst)[ \t]+(?:(?:the|his|her|their)[ \t]+)?"
    r"(?:work|school|college|uni|home|church|mosque|street|streets|phone|mates|friends|"
    r"family|lads|girls|everyone|colleagues|staff|kids|friends)\b[^()\n]{0,30}\)"
)
QUICK_RE = re.compile(r"\([A-Z][a-z'’-]+ (?:at|to|on|in|with|among|amongst) ")


def setting_aliases(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, int]]:
    """The name before the brackets and the name in them."""
    if "(" not in text or not QUICK_RE.search(text):
        return
    for m in SETTING_ALIAS_RE.finditer(text):
        given, alias = fold(m.group("given")), fold(m.group("alias"))
        if given in allowed or alias in allowed:
            continue
        if name_likeness.could_be_first_name(given) and name_likeness.could_be_first_name(alias):
            yield m.span("given")
            yield m.span("alias")
