"""Nicknames that the words after them introduce, where "known as" comes first elsewhere
(names.find_nicknames): "the big fella as the staff call him", "Dave, as his mates call
him", "he uses Kay on the street and KB with the lads", "uses the name Smiler".

A nickname can be any words at all ("the big fella"), so the cue must be unmistakable: a
pronoun for a person after "call", or a place where a street name is used.
"""

import re
from collections.abc import Iterator

from . import gazetteer

# "... as the staff call him", "as everyone calls her", "as his mates know him" (not
# "them": "the hubs, as we call them").
AS_THEY_CALL_RE = re.compile(
    r",?[ \t]+as[ \t]+(?:(?:the|his|her|their|all|most|some)[ \t]+)?(?:[\w'’-]+[ \t]+){0,2}?"
    r"(?:call|calls|called|know|knows|knew)[ \t]+(?:him|her)\b",
    re.IGNORECASE,
)
# Where a nickname before that cue starts: after a comma, a dash, a colon, a bracket, a
# quote, "and" or "or", or at the start of a line or sentence.
_NICKNAME_BEFORE_RE = re.compile(
    r"(?:^|[,;:(\"“‘—–.!?\n]|[ \t]-|\b(?:and|or|then)\b)[ \t]*"
    r"(?P<nick>(?:[\w'’-]+[ \t]+){0,3}[\w'’-]+)$",
    re.IGNORECASE,
)
# "uses Kay on the street", "goes by Tiny with the lads", "uses the name Smiler", and a
# second such name after "and": "... and KB with the lads".
_NICK = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?"
_WHERE = (
    r"[ \t]+(?:on|with|around|among|amongst|at|in)[ \t]+(?:the[ \t]+|his[ \t]+|her[ \t]+)?"
    r"(?:street|streets|lads|boys|girls|mates|friends|estate|scene|road|block|hostel|wing|"
    r"landing|crew|group|others)\b"
)
USES_NAME_RE = re.compile(
    rf"\b(?:uses|used|using|goes[ \t]+by|went[ \t]+by|answers[ \t]+to)[ \t]+"
    rf"(?:(?:the[ \t]+)?(?:name|nickname|alias|street[ \t]+name)[ \t]+(?P<named>{_NICK})"
    rf"|(?P<nick>{_NICK}){_WHERE}(?:[ \t]+and[ \t]+(?P<nick2>{_NICK}){_WHERE})?)"
)


def _is_words(nick: str) -> bool:
    """True if `nick` is only words that are never a name ("it", "the one"): no nickname."""
    non_names = gazetteer.load().non_names
    return all(gazetteer.fold(w) in non_names or w.lower() in ("the", "a") for w in nick.split())


def nicknames_before_cue(text: str) -> Iterator[tuple[int, int]]:
    """The nickname before "as the staff call him"."""
    lowered = text.lower()
    if "call" not in lowered and "kn" not in lowered:
        return  # the quick answer for most texts
    for m in AS_THEY_CALL_RE.finditer(text):
        before = _NICKNAME_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        if before and not _is_words(before.group("nick")):
            yield before.span("nick")


def nicknames_where_used(text: str) -> Iterator[tuple[int, int]]:
    """The names after "uses ... on the street", "uses the name"."""
    lowered = text.lower()
    if not any(cue in lowered for cue in ("use", "goes", "went", "answers")):
        return  # the quick answer for most texts
    gaz = gazetteer.load()
    for m in USES_NAME_RE.finditer(text):
        for group in ("named", "nick", "nick2"):
            if not m.group(group):
                continue
            word = m.group(group).split()[0]
            key = gazetteer.fold(word)
            # A given name, a name somewhere in the world, or initials ("KB"); not "uses
            # Spice on the street" (a drug) or "uses English with the others" (a language).
            if key in gaz.non_names or not (
                key in gaz.given or key in gaz.world_names or (word.isupper() and len(word) <= 3)
            ):
                continue
            yield m.span(group)
