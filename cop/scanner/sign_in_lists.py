"""Who was on shift, who signed something off, and who signed in: "staff on: KB, Tom",
"Approved by: SC", and a sign-in sheet's lines ("Dev - in 21:40", "\"Scouse\" - in 22:05,
out 22:30", "J Kowalczyk - in 21:15").

A label naming people on duty or approving a form is followed by names or initials only;
a sheet of people coming and going gives a name, a dash, "in" or "out" and a time on each
line. Initials there are a person's unless they are a known acronym; a word must be one
some person is called (not "Staff - in 21:40"), and a nickname in quotes counts whatever
it is. A sheet needs two such lines.
"""

import re
from collections.abc import Iterator

from . import gazetteer, initials, name_likeness, vocab
from .gazetteer import fold

ON_DUTY_RE = re.compile(
    r"[ \t]*(?:[-•*][ \t]*)?(?i:staff(?:[ \t]+on(?:[ \t]+(?:shift|duty|tonight|today))?)?|"
    r"on[ \t]+(?:shift|duty)|staff[ \t]+on[ \t]+duty|workers?[ \t]+on|"
    r"(?:approved|authori[sz]ed|signed(?:[ \t]+off)?|countersigned|checked|completed|verified|"
    r"witnessed)[ \t]+by)[ \t]*:[ \t]*(?P<list>[^\n]+)"
)
LIST_ITEM_RE = re.compile(r"(?:(?<=^)|(?<=[,&/;])|(?<=\band\b))[^,&/;]+?(?=[,&/;]|\band\b|$)")
ITEM_NAME_RE = re.compile(
    r"[ \t]*(?P<name>[A-Z][A-Za-z'’-]*(?:[ \t]+[A-Z](?:[a-z'’-]+|\.)?)?)"
    r"[ \t]*(?:\([^()\n]*\))?[ \t]*\.?[ \t]*$"
)
SIGN_IN_LINE_RE = re.compile(
    r"[ \t]*(?:[-•*][ \t]*)?(?P<name>[\"“‘'][A-Za-z][\w'’ -]{0,20}[\"”’']"
    r"|[A-Z][\w'’-]*\.?(?:[ \t]+[A-Z][\w'’.-]*){0,2})[ \t]*[-–—:][ \t]*"
    r"(?i:in|out|signed[ \t]+in|signed[ \t]+out|arrived|left)[ \t]*(?i:at[ \t]*)?"
    r"\d{1,2}[:.]\d{2}"
)


def _line_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern` matched at the start of each line (quicker than a multi-line search)."""
    start = 0
    for line in text.split("\n"):
        m = pattern.match(text, start, start + len(line))
        if m:
            yield m
        start += len(line) + 1


def _name_fits(name: str) -> bool:
    """Initials, or a word some person is called, perhaps with an initial or surname."""
    gaz = gazetteer.load()
    words = name.split()
    if len(words) == 1 and words[0].isupper() and len(words[0]) <= 3:
        return len(words[0]) >= 2 and initials._could_be_initials(words[0])
    first = words[0].rstrip(".")
    if len(first) == 1:
        # "J Kowalczyk", "A. Nasser": an initial and a surname
        return len(words) == 2 and _surname_fits(fold(words[1]))
    key = fold(first)
    if key in vocab.ORG_WORDS or key in vocab.TITLES or vocab.ROLE_WORD_RE.fullmatch(key):
        return False
    if not name_likeness.could_be_first_name(key) or (
        key in gaz.english and key not in gaz.given
    ):
        return False
    return all(len(w.rstrip(".")) == 1 or _surname_fits(fold(w)) for w in words[1:])


def _surname_fits(key: str) -> bool:
    gaz = gazetteer.load()
    if key in gaz.non_names or key in gaz.places or key in vocab.ORG_WORDS:
        return False
    if key in gaz.english and key not in gaz.surnames:
        return False
    return (
        key in gaz.surnames or key in gaz.given or key in gaz.world_names
        or name_likeness.unlisted(key)
    )


def names_on_duty(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, int]]:
    """The names and initials after "staff on:", "approved by:" and the like."""
    lowered = text.lower()
    if ":" not in text or not any(cue in lowered for cue in ("staff", "duty", "shift", "by")):
        return
    for m in _line_matches(ON_DUTY_RE, text):
        for item in LIST_ITEM_RE.finditer(m.group("list")):
            found = ITEM_NAME_RE.match(item.group())
            if not found or fold(found.group("name").split()[0]) in allowed:
                continue
            if _name_fits(found.group("name")):
                start = m.start("list") + item.start() + found.start("name")
                yield start, start + len(found.group("name"))


def names_signed_in(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, int]]:
    """The names on a sign-in sheet of two or more lines."""
    lines = list(_line_matches(SIGN_IN_LINE_RE, text))
    if len(lines) < 2:
        return
    for m in lines:
        name = m.group("name")
        if name[0] in "\"“‘'":
            start, end = m.start("name") + 1, m.end("name") - 1
            key = fold(text[start:end])
            if key not in allowed and key not in gazetteer.load().non_names:
                yield start, end
        elif fold(name.split()[0]) not in allowed and _name_fits(name):
            yield m.span("name")
