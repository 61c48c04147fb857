"""A given name, then where the person comes from: "Amber from the council said", "Duke from
the old camp", "Rose from the food bank". Notes name workers and clients by the place or
service they belong to; a word that is a name only sometimes ("Amber", "Duke") is a person
when "from the council" follows it. Not a month, a place, a modal ("Will from the council
be…"), a word that is never a name ("Summer from the council" is a season's scheme) or a
given name that is also something a service sends ("Bill from the council arrived")."""

import re
from collections.abc import Iterator

from . import gazetteer, name_likeness, vocab
from .gazetteer import fold

FROM_A_SERVICE_RE = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][a-z'’-]*[a-z]|[A-Z]{3,})[ \t]+from[ \t]+(?:the[ \t]+)?"
    r"(?:[a-z]+[ \t]+)?(?i:council|hostel|housing|project|hub|team|jobcentre|job[ \t]+centre|"
    r"probation|police|school|college|surgery|practice|hospital|camp|shelter|squat|church|"
    r"mosque|temple|charity|food[ \t]?bank|day[ \t]+centre|centre|office|agency|service|"
    r"clinic|pharmacy|library|estate|group|drop-in|dwp|refuge|ward|association|trust)\b"
)

# Given names that are also what comes from a service.
THINGS_SENT = frozenset("bill post mail grant award penny cash rent parcel".split())


def workers_from_services(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Given names before "from the council", "from the hostel" and the like."""
    if " from " not in text:
        return
    non_names = gazetteer.load().non_names
    for m in FROM_A_SERVICE_RE.finditer(text):
        key = fold(m.group("name"))
        if (
            name_likeness.given_name_not_a_date(key, allowed)
            and key not in non_names
            and key not in vocab.NOT_A_SUBJECT
            and key not in vocab.ORG_WORDS
            and key not in THINGS_SENT
        ):
            yield m.span("name")
