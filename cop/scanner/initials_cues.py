"""More of what says two capitals are a person's initials (initials.py holds the rest).

Handover notes and action logs shorten staff and residents to initials, and say so by
what the letters do or have: "DR did the 2am check", "AB (room 4) given PRN", "AB's mum
rang", "CK in at 7", "GM, 44, rough sleeping", "referral by RP". Teams and services are
written in capitals too, but they have no room, no age, no mum and do no 2am check; known
acronyms are still never initials (initials._could_be_initials).
"""

import re

# After the letters: a past action, a room, an age, a relative, a shift.
PERSON_AFTER_MORE_RE = re.compile(
    r"^(?:\s+(?:did|gave|took|went|came|slept|settled|refused|declined|returned|"
    r"arrived|woke|ate)\b"
    r"|\s*\(\s*(?:room|rm|bed|flat)\s*\d{1,3}[a-z]?\s*\)"
    r"|,\s*(?:[1-9]\d)\s*(?:,|yo\b|years?\b|y/o\b)"
    r"|['’]s\s+(?:mum|dad|mam|mother|father|nan|nana|gran|partner|girlfriend|boyfriend|"
    r"wife|husband|sister|brother|son|daughter|kids|children|baby|keyworker|worker|"
    r"social\s+worker|carer|family)\b"
    r"|\s+in\s+at\s+\d)",
    re.IGNORECASE,
)
# Before the letters: who did a piece of work ("referral by RP", "done by KB").
PERSON_BEFORE_MORE_RE = re.compile(
    r"\b(?:referral|referred|done|sent|made|raised|submitted|taken|given|led|chaired|"
    r"booked|arranged|reviewed|minuted)\s+by\s*$",
    re.IGNORECASE,
)


def says_person(before: str, after: str) -> bool:
    """True if the words `before` or `after` two capitals say they are a person's."""
    return bool(PERSON_BEFORE_MORE_RE.search(before) or PERSON_AFTER_MORE_RE.match(after))
