"""A nickname in brackets straight after a full name: "DERMOT O'SULLIVAN-BYRNE (Derm)",
"Katherine Lowe (Kat)".

Brackets after a name hold many things (a place, an agency, a role, an age), so the word
inside must be one capitalised word, alone, that could be a first name: listed, in no
dictionary, or the start of the name's first word ("Derm" for Dermot). Once given, the
nickname names the person wherever it comes again.
"""

import re
from collections.abc import Iterable, Iterator

from . import gazetteer, name_likeness, vocab
from .gazetteer import fold

# What else stands alone in brackets after a name: "(Jnr)", "(Reg)" for a registrar.
NOT_NICKNAMES = frozenset("jnr junior snr senior reg sen ret retd decd dec nee".split())
BRACKETED_AFTER_NAME_RE = re.compile(r"[ \t]*\([ \t]*(?P<nick>[A-Z][a-z'’-]+[a-z])[ \t]*\)")


def _fits(nick: str, first_word: str) -> bool:
    gaz = gazetteer.load()
    key = fold(nick)
    if (
        key in NOT_NICKNAMES or key in gaz.non_names or key in gaz.places
        or key in vocab.ORG_WORDS
        or key in vocab.TITLES
    ):
        return False
    if len(key) >= 3 and fold(first_word).startswith(key[:3]):
        return True  # "Derm" for Dermot, "Mags" for Margaret
    if key in gaz.english and key not in gaz.given:
        return False  # "(Housing)", "(Probation)"
    return name_likeness.could_be_first_name(key)


def nicknames_after_names(
    text: str, names: Iterable[tuple[int, int]], allowed: frozenset[str]
) -> Iterator[tuple[int, int]]:
    """The bracketed nickname after each name of two or more capitalised words."""
    for _start, end, parts in name_likeness.full_names(text, names):
        m = BRACKETED_AFTER_NAME_RE.match(text, end)
        if m and fold(m.group("nick")) not in allowed and _fits(m.group("nick"), parts[0]):
            yield m.span("nick")
