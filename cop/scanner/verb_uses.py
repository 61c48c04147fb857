"""A lower-case name that is also a verb, used as a verb: "we'd mark it as urgent".

Once "mark" names someone, later lower-case "mark"s are taken for him; but after a modal
or "to" and before an object ("we'll mark it", "to bill them") the word is the verb.
"""

import re

from . import gazetteer

VERB_SLOT_BEFORE_RE = re.compile(
    r"(?:\b(?:to|will|would|can|could|should|shall|must|might|may|wont|won't|cant|can't|"
    r"dont|don't|didn't|didnt|pls|please|lets|let's)|['’](?:d|ll))\s+$",
    re.IGNORECASE,
)
OBJECT_AFTER_RE = re.compile(
    r"\s+(?:it|them|him|her|this|that|these|those|me|us|you|as|up|down|off|out|in)\b",
    re.IGNORECASE,
)


def used_as_verb(text: str, start: int, end: int) -> bool:
    """True if the lower-case English word at start:end stands where a verb does."""
    word = text[start:end]
    return (
        word.islower()
        and word in gazetteer.load().english
        and bool(VERB_SLOT_BEFORE_RE.search(text[max(0, start - 12) : start]))
        and bool(OBJECT_AFTER_RE.match(text, end))
    )
