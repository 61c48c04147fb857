"""A saint's name is a place's: after "St", "St." or "Saint" a given name names a church, a
hospital, a school or a district ("St Pauls", "st marys", "st james's"), in any case, and not
the person it would be alone. (Capitalised, "St" already makes the words after it an
institution's; typed in lower case, nothing did.) After a capitalised word "St" is a
street's, and the name after it may start the next sentence ("on Wheeler St. Renata is
pregnant")."""

import re

# "st" or "saint" as a word of its own, not the end of "1st".
SAINT_BEFORE_RE = re.compile(r"(?<![\w.])(?P<saint>st\.?|saint)[ \t]+$", re.IGNORECASE)
# The word before "St", if capitalised: "Wheeler St", "Commercial St.".
CAPITALISED_WORD_BEFORE_RE = re.compile(r"\b[A-Z][\w'’-]*[ \t]+$")


def after_saint(text: str, start: int) -> bool:
    """True if the word at `start` follows "st", "st." or "saint" used for a saint."""
    m = SAINT_BEFORE_RE.search(text, max(0, start - 8), start)
    if m is None:
        return False
    if m.group("saint").lower() == "saint":
        return True
    return CAPITALISED_WORD_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()) is None
