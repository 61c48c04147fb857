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

# The service after "from" (found from each "from": quicker than a pattern tried at every
# capital), then the name just before it.
SERVICE_AFTER_FROM_RE = re.compile(
    r"[ \t]from[ \t]+(?:the[ \t]+)?(?:[a-z]+[ \t]+)?(?i:council|hostel|housing|project|hub|team|"
    r"jobcentre|job[ \t]+centre|probation|police|school|college|surgery|practice|hospital|"
    r"camp|shelter|squat|church|mosque|temple|charity|food[ \t]?bank|day[ \t]+centre|centre|"
    r"office|agency|service|clinic|pharmacy|library|estate|group|drop-in|dwp|refuge|ward|"
    r"association|trust)\b"
)
NAME_BEFORE_RE = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z'’-]*[a-z]|[A-Z]{3,})$")

# Given names that are also what comes from a service.
THINGS_SENT = frozenset("bill post mail grant award penny cash rent parcel".split())


def workers_from_services(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Given names before "from the council", "from the hostel" and the like."""
    if " from " not in text:
        return
    non_names = gazetteer.load().non_names
    for service in SERVICE_AFTER_FROM_RE.finditer(text):
        m = NAME_BEFORE_RE.search(text, max(0, service.start() - 20), service.start())
        if m is None:
            continue
        key = fold(m.group("name"))
        if (
            name_likeness.given_name_not_a_date(key, allowed)
            and key not in non_names
            and key not in vocab.NOT_A_SUBJECT
            and key not in vocab.ORG_WORDS
            and key not in THINGS_SENT
        ):
            yield m.span("name")
