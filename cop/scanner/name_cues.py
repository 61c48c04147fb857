"""A name in the slot words about naming open, in any case and even if it is an everyday
word: "gave name as Ross", "says his name is josh", "everyone calls me Dutchy", and a
legend of who is who, "robin = the woman from the Tuesday group".

introductions.py reads "her name is" before capitalised words only; a client's name typed
as said is often in lower case. After these words the word is the name whatever it is,
but it must still be able to be one: a listed given name, or a word in no dictionary
(not "gave name as unknown", "calls me names"), capitalised or like a name.
"""

import re
from collections.abc import Iterator

from . import gazetteer, name_likeness
from .gazetteer import fold

_WORD = r"(?P<name>[A-Za-z][a-z'’-]*[a-z])(?![\w'’-])"
CUE_THEN_NAME_RE = re.compile(
    r"\b(?i:gave[ \t]+(?:(?:his|her|their)[ \t]+)?(?:first[ \t]+)?name[ \t]+as"
    r"|(?:his|her|their)[ \t]+(?:first[ \t]+)?name[ \t]+(?:is|was)"
    r"|(?:everyone|everybody|people|mates|friends|family|the[ \t]+lads|lads)[ \t]+"
    r"(?:calls?|called)[ \t]+(?:me|him|her|them)"
    # "his grandad, who everyone calls Old Johnny": the relative clause's own object
    r"|(?:who|whom|that)[ \t]+(?:everyone|everybody|people|we[ \t]+all|they[ \t]+all|staff|"
    r"mates|friends|the[ \t]+family|the[ \t]+lads|the[ \t]+kids)[ \t]+(?:calls?|called))"
    r"[ \t]*[:,]?[ \t]*[\"“‘']?(?P<prefix>(?:Old|Young|Big|Little|Lil|Wee)[ \t]+(?=[A-Z]))?" + _WORD
)
# Words every cue holds, looked for first (the full pattern is slow to try everywhere).
QUICK_CUE_RE = re.compile(r"name[ \t]+(?:as|is|was)|call(?:s|ed)?[ \t]+(?:me|him|her|them)")
# Who calls someone so, in a relative clause ("who everyone calls"): the word before each
# " call" is looked up.
CALLERS = frozenset("everyone everybody people all staff mates friends family lads kids".split())
# "robin = the woman from the group", "Kel = the lad in rm 4": a legend of who is who.
LEGEND_RE = re.compile(
    r"(?:^|\n)[ \t]*" + _WORD + r"[ \t]*=[ \t]*(?i:the|a|an|his|her|their)[ \t]+"
    r"(?:[a-z]+[ \t]+)?(?i:woman|man|lad|girl|boy|guy|bloke|lady|fella|one|client|resident|"
    r"tenant|worker|volunteer|mum|dad|brother|sister|daughter|son)\b"
)


# What a form says when no name was given (name lists hold "Unknown" and "Anon" too).
PLACEHOLDERS = frozenset(
    "unknown unk withheld anon anonymous refused unclear unsure none not tbc tba nk".split()
)


def _could_be_a_name(word: str) -> bool:
    key = fold(word)
    gaz = gazetteer.load()
    if len(key) < 2 or key in PLACEHOLDERS or key in gaz.non_names or key in gaz.places:
        return False
    if key in gaz.given or key in gaz.world_names:
        return True
    if key in gaz.english:
        return False
    # a capitalised word in no dictionary is a nickname there ("Dutchy"); in lower case it
    # must look a little like a name ("gave name as unknown" is no one)
    return word[0].isupper() or name_likeness.likelihood(key) >= 0.4


def _callers_before_call(lowered: str) -> bool:
    """Is " call" anywhere after a word for who calls someone so ("everyone call(s)")?"""
    at = lowered.find(" call")
    while at >= 0:
        if lowered[max(0, at - 12) : at].rsplit(" ", 1)[-1] in CALLERS:
            return True
        at = lowered.find(" call", at + 1)
    return False


def names_after_cues(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Names after "gave name as", "his name is", "everyone calls me", and before "= the
    woman"."""
    patterns = [LEGEND_RE] if "=" in text else []
    lowered = text.lower()
    if ("name" in lowered or "call" in lowered) and (
        QUICK_CUE_RE.search(lowered) or _callers_before_call(lowered)
    ):
        patterns.append(CUE_THEN_NAME_RE)
    for pattern in patterns:
        for m in pattern.finditer(text):
            name = m.group("name")
            if fold(name) not in allowed and _could_be_a_name(name):
                prefix = m.groupdict().get("prefix")
                yield (m.start("prefix") if prefix else m.start("name")), m.end("name")
