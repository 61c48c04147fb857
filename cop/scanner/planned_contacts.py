"""A given name opening a sentence, then a modal and a way of getting in touch: "Misty will
text the rota", "Angel can ring you back", "Jack should email the form". Only a person
texts, rings or emails; names.py reads such verbs straight after the name ("Wisdom
prefers email"), and a plan puts "will" or "can" between. Not a modal itself ("Will can
call"), a month ("May will text") or a word that is never a name."""

import re
from collections.abc import Iterator

from . import gazetteer, name_likeness, vocab
from .gazetteer import fold

PLANNED_CONTACT_RE = re.compile(
    r"(?:^|\n|[.!?][ \t]+)[ \t]*(?P<name>[A-Z][a-z'’-]*[a-z])[ \t]+"
    r"(?i:will|['’]ll|can|could|should|is[ \t]+going[ \t]+to|is[ \t]+gonna|to)[ \t]+"
    r"(?i:text|txt|ring|call|phone|email|e-mail|message|whatsapp)[ \t]+"
    r"(?i:you|u|me|us|him|her|them|the|back|tomorrow|later|tonight|on|when|if|with|to)\b"
)

# The words every plan holds, looked for first in the lower-cased text: a verb, then a
# modal just before it (far quicker than the full pattern).
VERBS = (" text", " txt", " ring", " call", " phone", " email", " e-mail", " message", " whatsapp")
MODAL_BEFORE_RE = re.compile(r"(?:will|['’]ll|can|could|should|to|gonna)$")


def _a_modal_before_a_verb(lowered: str) -> bool:
    for verb in VERBS:
        i = lowered.find(verb)
        while i != -1:
            if MODAL_BEFORE_RE.search(lowered, max(0, i - 6), i):
                return True
            i = lowered.find(verb, i + 1)
    return False


def planned_contacts(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Given names opening a sentence before "will text", "can ring" and the like."""
    if not _a_modal_before_a_verb(text.lower()):
        return  # the quick answer for most texts
    non_names = gazetteer.load().non_names
    for m in PLANNED_CONTACT_RE.finditer(text):
        key = fold(m.group("name"))
        if (
            name_likeness.given_name_not_a_date(key, allowed)
            and key not in non_names
            and key not in vocab.NOT_A_SUBJECT
        ):
            yield m.span("name")
