"""The name after a greeting that opens a message or a line: "Hi Mo, quick one", "hi bex
its amber from the hub", "Morning Jo - can you...".

Whoever a message opens by greeting is a person, so the name may be short or an everyday
word ("Mo", "Jo"), where names.py's greeting slot takes only words that could be names.
What else follows a greeting is a word for a group or a term of endearment ("Hi all",
"morning team", "hiya hun"), never a name, and the greeting must open the text or a line
(not "the morning shift"). Straight before a request or thanks ("hi willow can u
cover", "hi Grace thanks for today"), any listed given name is the one greeted.
"""

import re
from collections.abc import Iterator

from . import gazetteer, name_likeness
from .gazetteer import fold

GREETING_NAME_RE = re.compile(
    r"^[ \t>\"“‘'(]*(?i:hi|hiya|hey|heya|hello|hallo|morning|good[ \t]+morning|afternoon|"
    r"good[ \t]+afternoon|evening|good[ \t]+evening|dear)[ \t]+"
    r"(?P<name>[A-Za-z][a-z'’-]*[a-z])"
    # then a pause ("Mo,", "Jo -", "Sam!"), the end of the line, or the writer's own name
    r"(?=[ \t]*(?:[,!.:;]|[-–—](?:[ \t]|$)|$)|[ \t]+(?i:its|it['’]s|it[ \t]+is|this[ \t]+is|"
    r"i['’]m|im|i[ \t]+am)\b"
    # or straight into a request or thanks: "hi willow can u cover", "hi Grace thanks for"
    r"|[ \t]+(?P<request>(?i:can|could|would|thanks|thank|cheers|just|hope|are|r|did|do|have|"
    r"pls|please)\b))",
    re.MULTILINE,
)
# Words for a group or terms of endearment, greeted as a name would be.
NOT_A_NAME = frozenset(
    """all everyone everybody team teams there both guys gang folks again mate mates hun
    hunny love lovely babe darling pet hen bud buddy pal boss chick petal sweetie sweetheart
    doc nurse sir madam colleague colleagues you ya yall lads lasses girls ladies gents chaps
    peeps people friends friend fam bro sis mum mam dad nan up sorry just quick back
    folk partners members manager managers""".split()
)


def _fits(word: str) -> bool:
    key = fold(word)
    gaz = gazetteer.load()
    if key in NOT_A_NAME or key in gaz.non_names or key in gaz.places:
        return False
    if word[0].isupper():
        # "Hi Mo,", "Morning Jo": a short word, a listed name or a word in no dictionary
        return (
            len(key) <= 3 or key in gaz.given or key in gaz.world_names
            or key not in gaz.english
        )
    # in lower case, a listed name not mostly used as a word ("hi bex", not "hi love")
    return (key in gaz.given or key in gaz.world_names) and key not in gaz.common_words \
        and name_likeness.could_be_first_name(key)


def greeted_names(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, int]]:
    """The names after a greeting at the start of the text or of a line."""
    for m in GREETING_NAME_RE.finditer(text):
        name = m.group("name")
        if fold(name) not in allowed and (_fits(name) or (m.group("request") and _asked(name))):
            yield m.span("name")


def _asked(word: str) -> bool:
    """Greeted, then asked or thanked: any listed given name, even an everyday word in
    lower case ("hi willow can u"), but not a group or a term of endearment."""
    key = fold(word)
    gaz = gazetteer.load()
    return (
        key in gaz.given
        and key not in NOT_A_NAME
        and key not in gaz.non_names
        and key not in gaz.places
    )
