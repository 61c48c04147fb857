"""A lower-case given name that someone was told or asked to do something: "told summer to
ring gp", "asked mark to bring his id", "reminded joy to come at 2".

Only a person is told to ring, come or bring something, so the word between "told" and
"to ring" is who was told, even an everyday word typed in lower case. It must be a listed
given name (a season's word too), not a word for a group or a role ("told staff to",
"asked reception to call" name no one, and are no given names anyway).
"""

import re
from collections.abc import Iterator

from . import gazetteer, name_likeness, vocab
from .gazetteer import fold

CUES = ("told ", "tell ", "ask", "remind", "advised ", "encouraged ", "persuaded ", "begged ")
TOLD_TO_RE = re.compile(
    r"(?:told|tell|asked|ask|reminded|remind|advised|encouraged|persuaded|begged)[ \t]+"
    r"(?P<name>[a-z][a-z'’-]*[a-z])[ \t]+to[ \t]+(?:ring|call|phone|text|come|go|see|book|bring|"
    r"get|stop|leave|attend|contact|pick|make|keep|take|sign|fill|wait|meet|speak|tell|let|"
    r"apply|send|try|look|stay|move|pop|drop|register|collect)\b"
)


def _at_cues(text: str) -> Iterator[re.Match[str]]:
    """TOLD_TO_RE's matches, tried only where a cue's word starts (found with str.find)."""
    lowered = text.lower()
    for cue in CUES:
        at = lowered.find(cue)
        while at >= 0:
            if (at == 0 or not lowered[at - 1].isalpha()) and (m := TOLD_TO_RE.match(text, at)):
                yield m
            at = lowered.find(cue, at + 1)


def told_names(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Lower-case given names between "told" (or "asked") and "to" and a verb."""
    if " to " not in text:
        return
    gaz = gazetteer.load()
    for m in _at_cues(text):
        key = fold(m.group("name"))
        if key in allowed or key not in gaz.given or vocab.ROLE_WORD_RE.fullmatch(key):
            continue
        if key in gaz.non_names and key not in name_likeness.SEASON_NAMES:
            continue
        if key in gaz.places or key in name_likeness.MONTH_NAMES:
            continue
        yield m.span("name")
