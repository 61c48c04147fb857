"""How a note introduces someone by name: in their own words on a message or voicemail
("hiya its jade frm the hostel", "this is Precious calling"), as called something by
someone else ("they're called Summer Hale and Jordan"), or with a number to reach them on
("please call Grace on 07700 900 287").

These places hold a name even when the name is an everyday word ("jade", "crystal",
"Summer"), so they are strong enough alone. This module finds the places; names.py
decides whether the word there could be anyone's name at all (not "it's raining from
the roof", "they're called Social Services").
"""

import re
from collections.abc import Iterator

# "it's", "its", "this is", "I'm": then the name, then where the speaker is from or what
# they are doing ("from", "frm", "calling", "here from").
SELF_INTRODUCTION_RE = re.compile(
    r"(?<![\w'’])(?i:it['’]?s|it\s+is|this\s+is|i['’]?m|i\s+am)[ \t]+"
    r"(?P<name>[A-Za-z][a-z'’-]+)(?![\w'’])"
)
# What follows a name the speaker gives: "from the hostel", "calling", "speaking".
SELF_STRONG_AFTER_RE = re.compile(
    r"[ \t]*,?[ \t]*(?i:from|frm|calling|speaking|ringing|texting|messaging|here\s+from)\b"
)
# Weaker, so only after a capitalised name: "Hi its Sunny again (Sunil Bhatt, flat 9)".
SELF_WEAK_AFTER_RE = re.compile(r"[ \t]+(?i:again|here)\b|[ \t]*\(")

# "they're called Summer Hale and Jordan", "she said her name is Ruth".
_PERSON_CALLED = (
    r"(?i:(?:he|she|they)(?:['’]s|['’]re|\s+is|\s+are|\s+was|\s+were)\s+(?:both\s+|all\s+)?"
    r"called|(?:his|her|their)\s+names?\s+(?:is|are|was|were))"
)
_CAPITALISED = r"[A-Z][\w'’-]*"
_ONE_NAME = rf"{_CAPITALISED}(?:[ \t]+{_CAPITALISED}){{0,2}}"
CALLED_RE = re.compile(
    rf"\b{_PERSON_CALLED}[ \t]+(?P<names>{_ONE_NAME}(?:[ \t]*(?:,|&|\band\b)[ \t]*{_ONE_NAME})"
    r"{0,4})"
)
ONE_NAME_RE = re.compile(_ONE_NAME)

# "call Grace on +44 7700 900 287", "ring kelly on 07700...": a verb of reaching someone,
# the name (and perhaps a surname), "on" or "at", then a number.
REACH_RE = re.compile(
    r"\b(?i:call|ring|phone|text|txt|contact|reach|try)[ \t]+"
    r"(?P<name>[A-Za-z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)[ \t]+(?i:on|at)[ \t]*:?[ \t]*"
    r"(?=\(?\+?\d[\d \t()-]{8,})"
)


def self_introductions(text: str) -> Iterator[tuple[int, int]]:
    """Names that people give themselves at the start of a message."""
    for m in SELF_INTRODUCTION_RE.finditer(text):
        name = m.group("name")
        if name.endswith(("'s", "’s")):
            continue  # "I'm Joy's daughter": the name is found as a possessive
        if SELF_STRONG_AFTER_RE.match(text, m.end()) or (
            name[0].isupper() and SELF_WEAK_AFTER_RE.match(text, m.end())
        ):
            yield m.span("name")


def called_names(text: str) -> Iterator[tuple[int, int]]:
    """Each name after "they're called", "her name is"."""
    lowered = text.lower()
    if "called" not in lowered and "name" not in lowered:
        return  # the quick answer for most texts
    for m in CALLED_RE.finditer(text):
        start = m.start("names")
        for name in ONE_NAME_RE.finditer(m.group("names")):
            yield start + name.start(), start + name.end()


def reached_names(text: str) -> Iterator[tuple[int, int]]:
    """Names given with a number to reach the person on."""
    if not any(c.isdigit() for c in text):
        return
    for m in REACH_RE.finditer(text):
        yield m.span("name")
