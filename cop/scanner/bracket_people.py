"""Names that brackets show are people's, even names that are everyday words: a given name
alone in brackets after a worker's role ("debriefed by on-call (Pete)"), a given name in
brackets before a phone number ("daughter in Spain (Rosa, +34 ...)"), a given name before
an age and a note in brackets ("Iris (77, hoarding)"), and a full name in brackets before
an age ("(HOPE KASONGO, Congolese, 31)"). names.py reads an age alone in brackets and a
name alone after words for a person; a role, a phone number or more after the age say the
same."""

import re
from collections.abc import Iterator

from . import gazetteer, name_likeness, vocab
from .gazetteer import fold

_GIVEN = r"(?P<name>[A-Z][a-z'’-]*[a-z])"
# A name alone in brackets, then a worker's role just before the brackets.
NAME_ALONE_IN_BRACKETS_RE = re.compile(r"\([ \t]*" + _GIVEN + r"[ \t]*\)")
ROLE_BEFORE_RE = re.compile(
    r"\b(?i:on[ \t-]?call|duty|manager|worker|nurse|doctor|gp|officer|supervisor|staff|"
    r"volunteer|key[ \t]?worker|colleague|cover|locum|medic|paramedic|receptionist|warden|"
    r"caretaker|chair|lead|team[ \t]+leader|tl|sw)\b[^.()\n]{0,20}$"
)
NAME_THEN_PHONE_RE = re.compile(
    r"\([ \t]*" + _GIVEN + r"[ \t]*[,:-]?[ \t]*(?=\+?\d[\d \t()-]{8,}\d[ \t]*\))"
)
# An age and a comma in brackets, then the name just before them; not a score and a level
# ("Amber (3, high)", "Mark (5, urgent)").
AGE_AND_MORE_RE = re.compile(
    r"\([ \t]*(?i:aged?[ \t]*)?\d{1,2}[ \t]*,(?![ \t]*(?i:high|low|medium|med|urgent|"
    r"warning|priority|level|red|amber|green|draft|closed|open|pending|final|tbc|max|min)\b)"
)
NAME_BEFORE_RE = re.compile(r"(?<![\w'’-])" + _GIVEN + r"[ \t]*$")
_PART = r"[A-Z][\w'’-]*"
FULL_NAME_THEN_AGE_RE = re.compile(
    r"\([ \t]*(?P<full>" + _PART + r"(?:[ \t]+" + _PART + r"){1,2})[ \t]*,[ \t]*"
    r"(?:[A-Za-z]+[ \t]*,[ \t]*)?(?i:aged?[ \t]*)?\d{1,2}[ \t]*[,)]"
)


def _given(word: str, allowed: frozenset[str]) -> bool:
    """A listed given name that is no month, place or organisation's word ("Ward (82, ...")."""
    key = fold(word)
    return (
        name_likeness.given_name_not_a_date(key, allowed)
        and key not in vocab.ORG_WORDS
        and key not in vocab.ORG_PREFIXES
        and key not in vocab.SURNAME_OR_PLACE_WORDS
        and key not in vocab.TITLES
    )


def _full_name(parts: list[str], allowed: frozenset[str]) -> bool:
    """A given name first, then words that are no places or non-names."""
    gaz = gazetteer.load()
    keys = [fold(p) for p in parts]
    return _given(parts[0], allowed) and not any(
        k in gaz.non_names or k in gaz.places for k in keys[1:]
    )


def names_in_brackets(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Given names that brackets show are people's."""
    if "(" not in text:
        return
    for m in NAME_ALONE_IN_BRACKETS_RE.finditer(text):
        if ROLE_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()) and _given(
            m.group("name"), allowed
        ):
            yield m.span("name")
    for m in NAME_THEN_PHONE_RE.finditer(text):
        if _given(m.group("name"), allowed):
            yield m.span("name")
    for m in AGE_AND_MORE_RE.finditer(text):
        name = NAME_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
        if name and _given(name.group("name"), allowed):
            yield name.span("name")


def full_names_in_brackets(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Full names in brackets before an age (their first words are not carried to other
    mentions: "Mark (Mark Fox, 44) ... Mark the time" is the verb)."""
    if "(" not in text:
        return
    for m in FULL_NAME_THEN_AGE_RE.finditer(text):
        if _full_name(m.group("full").split(), allowed):
            yield m.span("full")
