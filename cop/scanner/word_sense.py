"""A name that is also an everyday word, used as the word: "his will to carry on".

Once "will", "summer" or "guy" names someone, the text's other lower-case "will"s and
"summer"s are taken for them; but the word keeps its everyday sense after a determiner, a
possessive or an adjective ("his will to carry on", "in the summer months", "new guy"),
after a subject pronoun ("i will try", "she may"), and, for a modal's word, before the bare
verb a modal takes ("staff will try", "may not": not "could bill ring me"). A possessive
is still the person's ("will's aunt"), and so is the word after "told her" before what was
said ("told her honey i'd ask").
"""

import re

# Determiners, possessives and the adjectives that come before a noun in notes ("the",
# "his", "new guy"). Not "our": "our Dawn" is the North's way of naming one's own.
MODIFIER_BEFORE_RE = re.compile(
    r"(?<![\w'’])(?:the|a|an|this|that|these|those|his|her|their|my|your|its|every|each|no|"
    r"any|some|last|next|whole|new|old|other|same|nice|poor)[ \t]+$",
    re.IGNORECASE,
)
# A subject pronoun: what follows it is a verb ("i will try", "they may").
SUBJECT_BEFORE_RE = re.compile(
    r"(?<![\w'’])(?:i|you|u|we|they|he|she|it|who|which|there)[ \t]+$", re.IGNORECASE
)
# The bare verb (or "not", an adverb) that follows a modal: "will be", "may not", "can try".
MODAL_VERB_AFTER_RE = re.compile(
    r"[ \t]+(?:not|never|also|still|probably|hopefully|definitely|just|then|now|need|be|have|"
    r"try|go|come|get|call|ring|phone|text|email|see|do|make|take|look|speak|talk|let|ask|"
    r"check|contact|visit|update|follow|chase|attend|meet|help|continue|ensure|arrange|"
    r"discuss|review|send|bring|keep|stay|move|start|stop|return|provide|support|refer|book|"
    r"pick|drop|know|find|give|tell|say|pop|liaise|complete|write|put|sort|share|confirm|"
    r"inform|explain|wait|leave|use|work|sign|apply|hear|feed\s+back)\b",
    re.IGNORECASE,
)
# Words whose own sense is a modal verb: only these take a bare verb after them.
MODALS = frozenset("will may can could would should shall must might".split())
# "told her honey i'd ask": the pronoun is told, and what follows is what was said.
TOLD_BEFORE_RE = re.compile(
    r"(?<![\w'’])(?:told|tell|telling|asked|promised|reminded|assured|texted|messaged)"
    r"[ \t]+(?:her|him|them)[ \t]+$",
    re.IGNORECASE,
)
SAID_AFTER_RE = re.compile(
    r"[ \t]+(?:i|i['’]d|i['’]ll|i['’]m|we|we['’]d|we['’]ll|that|she|he|they)\b", re.IGNORECASE
)
POSSESSIVE_AFTER_RE = re.compile(r"['’]s\b")
# Said to be a thing: "dawn is the worst time to catch her", "summer was a write-off".
DEFINED_AFTER_RE = re.compile(
    r"[ \t]+(?:is|was|are|were|['’]s)[ \t]+(?:the|a|an|always\s+the|never\s+the)\b",
    re.IGNORECASE,
)


def used_as_word(text: str, start: int, end: int, named_in_lower_case: bool = True) -> bool:
    """True if the lower-case word at start:end, a name elsewhere in the text, is used
    here as the everyday word it also is. Where the text writes the name only with a
    capital (`named_in_lower_case` false), a lower-case word said to be a thing ("dawn is
    the worst time") is the word too."""
    if not text[start:end].islower() or POSSESSIVE_AFTER_RE.match(text, end):
        return False
    before = text[max(0, start - 12) : start]
    if TOLD_BEFORE_RE.search(text[max(0, start - 25) : start]) and SAID_AFTER_RE.match(text, end):
        return False
    return bool(
        MODIFIER_BEFORE_RE.search(before)
        or SUBJECT_BEFORE_RE.search(before)
        or (text[start:end].lower() in MODALS and MODAL_VERB_AFTER_RE.match(text, end))
        or (not named_in_lower_case and DEFINED_AFTER_RE.match(text, end))
    )
