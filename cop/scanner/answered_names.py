"""A nickname by the words a note uses for someone's own choice of name: "he only answers
to SMUDGE", "calls herself Roxy", "goes by Tiny", "found tiny (calls himself that, ...)",
"tiny is what everyone calls him".

Round five reads "known as" and "goes by" before a capitalised word; a nickname may be in
capitals in an ordinary sentence, or in lower case before words that say it is the name
the person uses. Whatever the word, these cues make it a name; after the cue, a word in
lower case must still look like a name, as "calls himself lucky" is a description. Once
given, the nickname names the person wherever it comes again, before or after.
"""

import re
from collections.abc import Iterator

from . import gazetteer, initials, name_likeness, vocab
from .gazetteer import fold

# The cue, then the name: "only answers to SMUDGE", "calls himself Roxy".
CUE_THEN_NAME_RE = re.compile(
    r"\b(?i:calls[ \t]+(?:himself|herself|themselves|themself)|(?:only[ \t]+)?answers[ \t]+to|"
    r"goes[ \t]+by|going[ \t]+by|went[ \t]+by|prefers[ \t]+to[ \t]+be[ \t]+called|"
    r"likes[ \t]+to[ \t]+be[ \t]+called)[ \t]*[:,]?[ \t]+(?P<nick>[A-Za-z][\w'’-]*[A-Za-z])"
    r"(?![\w'’-])"
)
# The name, then the cue: "tiny (calls himself that", "tiny is what everyone calls him".
NAME_THEN_CUE_RE = re.compile(
    r"(?<![\w'’-])(?P<nick>[A-Za-z][\w'’-]*[A-Za-z])(?:[ \t]*\([ \t]*(?i:(?:he|she|they)[ \t]+)?"
    r"(?i:calls?[ \t]+(?:himself|herself|themselves|themself)|goes[ \t]+by|answers[ \t]+to)"
    r"[ \t]+(?i:that|this)\b"
    r"|[ \t]+(?i:is|'s|’s)[ \t]+what[ \t]+(?i:everyone|everybody|people|they|we|staff|"
    r"(?:the|his|her|their)[ \t]+[a-z]+)[ \t]+(?i:calls?|know)[ \t]+(?i:him|her|them)\b)"
)
NOT_NICKNAMES = frozenset(
    "a an the that this it me you him her them us he she they we who what one someone "
    "questions question no nobody anyone anybody everyone".split()
)


def _capitals_text(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) > 0.6 * max(1, len(letters))


def _fits(nick: str, cue: str, strong: bool, text: str) -> bool:
    gaz = gazetteer.load()
    key = fold(nick)
    if (
        key in NOT_NICKNAMES or key in gaz.non_names or key in gaz.places
        or key in vocab.ORG_WORDS or key in vocab.TITLES
    ):
        return False
    if nick.isupper():
        # in capitals in an ordinary sentence ("answers to SMUDGE", "goes by KB"), not an
        # acronym ("answers to DWP")
        if key in initials.known_acronyms() or _capitals_text(text):
            return False
        if len(key) <= 3:
            return initials._could_be_initials(nick)
        return bool(re.search(r"[aeiouy]", key))
    if strong:
        return True
    if nick[0].isupper():
        # "goes by Tesco": a capitalised everyday word needs "calls himself" or "answers to"
        return key in gaz.given or key not in gaz.english or not cue.lower().startswith(
            ("goes", "going", "went"))
    return name_likeness.could_be_first_name(key) and (
        key not in gaz.english or key in gaz.core_given and key not in gaz.common_words
    )


def answered_names(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Nicknames set beside words that say they are the name someone uses."""
    lowered = text.lower()
    if not any(cue in lowered for cue in ("call", "answers", " by ", "what")):
        return
    for strong, pattern in ((False, CUE_THEN_NAME_RE), (True, NAME_THEN_CUE_RE)):
        for m in pattern.finditer(text):
            nick = m.group("nick")
            if fold(nick) not in allowed and _fits(nick, m.group(), strong, text):
                yield m.span("nick")
