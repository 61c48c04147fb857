"""The writer's name signing off a message at its end: "... ta jo", "thanks, Kel x", "...
done first? Bill". The last words of a note after thanks, or alone after the last
sentence, are who wrote it; a given name there is a person even if it is an everyday word
("Bill", "Will"). Not a group or a term of endearment ("thanks all", "cheers hun").
"""

import re
from collections.abc import Iterator

from . import gazetteer, greetings, name_likeness
from .gazetteer import fold

_NAME = r"(?P<name>[A-Za-z][a-z'’-]*[a-z])"
_END = r"[ \t]*(?:[xX]{1,3})?[ \t.!]*\s*$"
THANKS_THEN_NAME_RE = re.compile(
    r"(?:^|[\s.,!?])(?i:ta|thanks|thank[ \t]+you|thx|cheers|many[ \t]+thanks|regards|"
    r"best[ \t]+wishes|speak[ \t]+soon)[ \t]*[,!.-]?[ \t]+" + _NAME + _END
)
NAME_ALONE_RE = re.compile(r"[.!?\n][ \t]*(?P<name>[A-Z][a-z'’-]*[a-z])" + _END)


def _signs(word: str, allowed: frozenset[str]) -> bool:
    key = fold(word)
    gaz = gazetteer.load()
    return (
        name_likeness.given_name_not_a_date(key, allowed)
        and key not in greetings.NOT_A_NAME
        and key not in gaz.non_names
    )


def signed_names(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, int]]:
    """A given name closing the text after thanks, or alone after its last sentence."""
    tail_start = max(0, len(text) - 60)
    for pattern in (THANKS_THEN_NAME_RE, NAME_ALONE_RE):
        m = pattern.search(text, tail_start)
        if m and _signs(m.group("name"), allowed):
            yield m.span("name")
            return
