"""A real name in lower case after "real name": "real name he gave was desmond o'reilly",
"real name is tanya brooks".

Round five reads the nickname before "real name" and a capitalised name after it is found
as any full name is; typed in lower case, a full name whose words are also everyday words
("desmond") needs the cue. The words after it count while they could be a first name and
then a surname; a word such as "but", "unknown" or "not" ends the name or is none.
"""

import re
from collections.abc import Iterator

from . import gazetteer, name_likeness, vocab
from .gazetteer import fold

REAL_NAME_RE = re.compile(
    r"\breal[ \t]+name(?:['’]s|[ \t]+(?:he|she|they)[ \t]+(?:gave|gives|uses|used|gave[ \t]+us))?"
    r"(?:[ \t]+(?:is|was|being))?[ \t]*[:=,-]?[ \t]*"
    r"(?P<name>[a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+){0,2})",
    re.IGNORECASE,
)


def _first_fits(key: str) -> bool:
    gaz = gazetteer.load()
    return name_likeness.could_be_first_name(key) and (
        key not in gaz.english or key in gaz.given
    )


def _rest_fits(key: str) -> bool:
    gaz = gazetteer.load()
    bare = key.replace("’", "'").split("'")[-1]  # "o'reilly"
    if key in gaz.non_names or key in gaz.places or key in vocab.ORG_WORDS:
        return False
    if key in gaz.english and key not in gaz.surnames and key not in gaz.given:
        return False
    return (
        key in gaz.surnames or key in gaz.given or key in gaz.world_names
        or bare in gaz.surnames or name_likeness.unlisted(bare) or key in vocab.PARTICLES
    )


def real_names(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, int]]:
    """The lower-case name after each "real name"."""
    if "real" not in text.lower():
        return
    for m in REAL_NAME_RE.finditer(text):
        if not m.group("name").islower():
            continue
        words = list(re.finditer(r"\S+", m.group("name")))
        if fold(words[0].group()) in allowed or not _first_fits(fold(words[0].group())):
            continue
        last = words[0]
        for word in words[1:]:
            if not _rest_fits(fold(word.group())):
                break
            last = word
        if last is words[0] and fold(last.group()) in gazetteer.load().common_words:
            continue  # "real name unknown": a word, unless a surname follows
        yield m.start("name"), m.start("name") + last.end()
