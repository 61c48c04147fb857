"""UK places named in two or more words (data/uk_place_phrases.txt): "Milton Keynes",
"Sutton Coldfield", "Newton Stewart", "Barrow-in-Furness"; and, from GeoNames
(countries.txt, world_places.txt), countries, territories and large cities of two or more
words: "Hong Kong", "Sierra Leone", "Addis Ababa". Word by word several read like a
first name and a surname, and a place's word list holds only one-word places; the whole
phrase says it is a town, so a name found inside one is no one's."""

import functools
import re

from .gazetteer import read_lines

WORD_RE = re.compile(r"[\w'’]+")
# Between a phrase's words: spaces, or hyphens ("Barrow-in-Furness", "Stoke-on-Trent").
GAP = r"(?:[ \t]+|[ \t]*-[ \t]*)"


@functools.cache
def _index() -> dict[str, re.Pattern[str]]:
    """First word (lower case) -> one pattern for every phrase that starts with it (the
    text's words are looked up once each rather than every phrase tried everywhere)."""
    by_first: dict[str, list[str]] = {}
    world = [
        line
        for name in ("countries.txt", "world_places.txt")
        for line in read_lines(name)
        if " " in line
    ]
    for phrase in (*read_lines("uk_place_phrases.txt"), *world):
        words = phrase.replace(",", "").split()
        by_first.setdefault(words[0].lower(), []).append(
            GAP.join(re.escape(w).replace("'", "['’]?") for w in words)
        )
    return {
        first: re.compile(
            "(?:" + "|".join(sorted(group, key=len, reverse=True)) + r")(?![\w-])",
            re.IGNORECASE,
        )
        for first, group in by_first.items()
    }


def place_phrase_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names a UK place of two or more words. The text's words are gathered
    once (in C), and a phrase is tried only where its first word occurs."""
    index = _index()
    lowered = text.lower().replace("’", "'")
    spans: set[tuple[int, int]] = set()
    for first in set(WORD_RE.findall(lowered)) & index.keys():
        at = lowered.find(first)
        while at >= 0:
            if at == 0 or not (lowered[at - 1].isalnum() or lowered[at - 1] in "-'"):
                m = index[first].match(text, at)
                if m is not None:
                    spans.add((m.start(), m.end()))
            at = lowered.find(first, at + 1)
    return sorted(spans)
