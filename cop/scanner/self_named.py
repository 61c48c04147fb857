"""A name someone gives for themselves at the start of a message, and a name spelled out:
"its Lee not Darren", "Hi it's Dawn - D-A-W-N - from the hostel", "This is Priya."

introductions.py reads "it's X from ..." and "this is X calling"; a message may instead
stop after the name, correct it ("not Darren") or spell it. "it's" opening a message, a
quote or a sentence, then a capitalised word that could be a first name and then a pause
or "not", is the writer's name: "It's Monday." and "it's Housing" are no one's. A word
spelled out letter by letter with hyphens (D-A-W-N, J-O-S-H) is a name when the letters
make one, and so is the word it spells beside it. A text message typed in a hurry names
the writer again in lower case ("lees mate owns the car"): there the name counts where a
relative, a friend or a person's verb follows it.
"""

import re
from collections.abc import Iterable, Iterator

from . import gazetteer, name_likeness, vocab
from .gazetteer import fold

# "it's", "this is" (sought in the lower-cased text: a pattern that ignores case, or opens
# with a word's start, is several times slower), then the name and a pause or "not".
SELF_CUE_RE = re.compile(r"(?:it['’]?s|it[ \t]+is|this[ \t]+is)[ \t]+")
SELF_NAME_RE = re.compile(
    r"(?P<name>[A-Z][a-z'’-]*[a-z])(?=[ \t]*(?:[,.!]|[-–—][ \t]|$)|[ \t]+not[ \t])",
    re.MULTILINE,
)
# What comes before "it's" at the start of a message, a quote or a sentence.
MESSAGE_START_BEFORE_RE = re.compile(
    r"(?:^|[\n\"“‘:]|[.!?][ \t]|\b(?i:hi|hiya|hey|heya|hello|ok|okay|yes|yeah|no|sorry|"
    r"morning|evening|afternoon)[,.!]?[ \t])[ \t]*$"
)
# Capitals joined by hyphens, three or more: "D-A-W-N" (from its first hyphen, which a
# quick search finds; the first letter is before it).
SPELLED_RE = re.compile(r"-[A-Z]-[A-Z](?:-[A-Z])*\b")
# The word the spelling follows: "Dawn - D-A-W-N", "Josh (J-O-S-H)".
WORD_BEFORE_SPELLING_RE = re.compile(r"(?P<word>[A-Za-z][a-z'’-]*)[ \t]*(?:[-–—,:]|\()[ \t]*$")


# A message opened by the writer's name and "here": "Rumbidzai here - sorry I'm off".
HERE_RE = re.compile(r"[ \t]*(?P<name>[A-Z][a-z'’-]*[a-z])[ \t]+here\b[ \t]*(?:[-–—,!.:]|$)",
                     re.MULTILINE)
NEWLINE_RE = re.compile(r"\n")


def names_here(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, int]]:
    """A first name and "here" opening a line: the writer says who they are."""
    if " here" not in text:
        return
    line_starts = [0] + [m.end() for m in NEWLINE_RE.finditer(text)]
    for m in filter(None, (HERE_RE.match(text, start) for start in line_starts)):
        key = fold(m.group("name"))
        if key not in allowed and _self_name_fits(key):
            yield m.span("name")


def _self_name_fits(key: str) -> bool:
    gaz = gazetteer.load()
    if key in vocab.ORG_WORDS or key in vocab.TITLES:
        return False
    return name_likeness.could_be_first_name(key) and (
        key not in gaz.english or key in gaz.given
    )


def _spells_a_name(key: str) -> bool:
    gaz = gazetteer.load()
    if key in gaz.non_names or key in gaz.places:
        return False
    if key in gaz.english and key not in gaz.given and key not in gaz.surnames:
        return False
    return key in gaz.given or key in gaz.surnames or key in gaz.world_names


def self_names(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Names given by their bearer at the start of a message."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    for cue in SELF_CUE_RE.finditer(lowered):
        m = SELF_NAME_RE.match(text, cue.end())
        if not m or lowered[cue.start() - 1 : cue.start()].isalnum():
            continue
        key = fold(m.group("name"))
        if (
            key not in allowed and _self_name_fits(key)
            and MESSAGE_START_BEFORE_RE.search(text, max(0, cue.start() - 12), cue.start())
        ):
            yield m.span("name")


def spelled_names(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Names spelled out letter by letter, and the word each spells beside it."""
    if "-" not in text:
        return
    for m in SPELLED_RE.finditer(text):
        start, end = m.start() - 1, m.end()
        if (
            start < 0 or not ("A" <= text[start] <= "Z")
            or text[start - 1 : start].isalnum() or text[start - 1 : start] == "-"
            or text[end : end + 1] == "-"
        ):
            continue  # no single capital first, or part of a longer code
        key = text[start:end].replace("-", "").lower()
        if key in allowed or not _spells_a_name(key):
            continue
        yield start, end
        before = WORD_BEFORE_SPELLING_RE.search(text, max(0, start - 30), start)
        if before and fold(before.group("word")) == key:
            yield before.span("word")


# After a lower-case mention: a relative, a friend or a person's verb.
PERSON_AFTER_RE = re.compile(rf"[ \t]+(?:{vocab.ROLE_WORD_RE.pattern})\b", re.IGNORECASE)


def lower_case_mentions(
    text: str, names: Iterable[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    """Lower-case mentions of the self-given `names`, possessive with or without the
    apostrophe, before a relative or a person's verb ("lees mate", "dawn's mum")."""
    keys = {fold(text[start:end]) for start, end in names}
    if not keys:
        return
    pattern = re.compile(
        r"(?<![\w'’-])(?P<name>" + "|".join(map(re.escape, sorted(keys)))
        + r")(?:['’]?s)?(?![\w'’-])"
    )
    for m in pattern.finditer(text):
        after = text[m.end() : m.end() + 60]
        if m.group("name").islower() and (
            PERSON_AFTER_RE.match(after) or vocab.PERSON_VERB_AFTER_RE.match(after)
        ):
            yield m.span("name")
