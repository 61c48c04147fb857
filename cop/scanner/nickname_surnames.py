"""The surname after a quoted nickname inside a name: Margaret "Maggie" Ward, Sean
"Whitey" White.

names.py finds the nickname in quotes between a first name and a surname only when the
surname is no everyday word; but a first name, a nickname in quotes and a capitalised word
is a full name's shape whatever that word is, so a listed surname there is one even when
it is also a word ("Ward", "White", "Rose").
"""

import re
from collections.abc import Iterator

from . import gazetteer, name_likeness, vocab
from .gazetteer import fold

QUOTED_INSIDE_NAME_RE = re.compile(
    r"(?<![\w'’])(?P<first>[A-Z][a-z'’-]+)[ \t]+[\"“‘'](?P<nick>[^\"”’'\n]{1,20})[\"”’'][ \t]+"
    r"(?P<last>[A-Z][\w'’-]+)"
)
POSSESSIVE_RE = re.compile(r"['’]s$")


def surnames_after_nicknames(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, int]]:
    """The surname after the nickname, and the nickname if it is capitalised."""
    if '"' not in text and "'" not in text and "“" not in text and "‘" not in text:
        return
    gaz = gazetteer.load()
    for m in QUOTED_INSIDE_NAME_RE.finditer(text):
        first = fold(m.group("first"))
        last_word = POSSESSIVE_RE.sub("", m.group("last"))
        last = fold(last_word)
        if first in allowed or last in allowed or first.endswith("'s"):
            continue
        if not (first in gaz.given or first in gaz.world_names):
            continue
        if last in vocab.ORG_WORDS or last in vocab.TITLES or (
            last in gaz.places and last not in gaz.surnames
        ):
            continue
        if last in gaz.surnames or last in gaz.world_names or name_likeness.unlisted(last):
            yield m.start("last"), m.start("last") + len(last_word)
            nick = m.group("nick")
            if nick[:1].isupper() and fold(nick) not in allowed:
                yield m.span("nick")
