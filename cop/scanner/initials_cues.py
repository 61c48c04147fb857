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
# Before the letters: who did a piece of work ("referral by RP", "done by KB", "Approved
# by: SC"), or a worker's role as a label ("supervisor: MT").
PERSON_BEFORE_MORE_RE = re.compile(
    r"\b(?:referral|referred|done|sent|made|raised|submitted|taken|given|led|chaired|"
    r"booked|arranged|reviewed|minuted|approved|authorized|countersigned|checked|verified|"
    r"prepared|requested|signed\s+off)\s+by\s*:?\s*$"
    # or a role's label: "(worker: AK, supervisor: MT)", "minute taker: JP"
    r"|\b(?:worker|supervisor|supervisee|key\s?worker|support\s+worker|practitioner|"
    r"assessor|reviewer|author|minute\s+taker|note\s+taker|scribe|lead\s+worker)\s*:\s*$",
    re.IGNORECASE,
)


def says_person(before: str, after: str) -> bool:
    """True if the words `before` or `after` two capitals say they are a person's."""
    return bool(PERSON_BEFORE_MORE_RE.search(before) or PERSON_AFTER_MORE_RE.match(after))


# Initials with a surname's particle in lower case: "GVdM" (Gemma Van der Merwe), "TJvD",
# "AdS" (Ana de Souza). Only the particles' letters may be small, so "DfE", "MoJ" and "PhD"
# never match.
MIXED_CASE_INITIALS_RE = re.compile(
    r"(?<![\w'’&./-])[A-Z]{1,3}(?:(?:v|d|vd|vdm|de|da|di|du|dl|la|le|el|al)[A-Z]{1,2})+"
    r"(?![\w&-]|['’](?!s\b))"
)


def mixed_case_initials(text: str) -> list[tuple[int, int]]:
    """Every stand-alone run of initials with a particle's small letters in it."""
    return [m.span() for m in MIXED_CASE_INITIALS_RE.finditer(text)]


# Two people's initials joined in a task: "DH + SO joint visit", "KB and SO to meet him".
JOINT_AFTER_RE = re.compile(r"^[ \t]*(?:\+|&|and|/)[ \t]*([A-Z]{2})(?![\w&-])")
JOINT_BEFORE_RE = re.compile(r"(?<![\w&.-])([A-Z]{2})[ \t]*(?:\+|&|and|/)[ \t]*$")
# An action line: in a block under "Actions:", or opening with "Action:".
ACTIONS_HEADING_RE = re.compile(
    r"^[ \t]*(?:agreed[ \t]+)?actions?(?:[ \t]+(?:agreed|points|log))?[ \t]*[:\-–]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
ACTION_LINE_RE = re.compile(r"[ \t]*(?:[-•*][ \t]*)?(?i:actions?)\b")
BULLET_RE = re.compile(r"[ \t]*(?:[-•*]|\d{1,2}[.)])[ \t]")


def _action_line(text: str, position: int) -> bool:
    """Is `position` on a line of actions: one that says "Action", or a bullet in the block
    under an "Actions:" heading?"""
    line_start = text.rfind("\n", 0, position) + 1
    if ACTION_LINE_RE.match(text[line_start:position]):
        return True
    if not BULLET_RE.match(text, line_start):
        return False
    # up through the block's bullets to the heading above them
    while line_start > 0:
        previous = text.rfind("\n", 0, line_start - 1) + 1
        line = text[previous : line_start - 1]
        if ACTIONS_HEADING_RE.fullmatch(line):
            return True
        if not BULLET_RE.match(line):
            return False
        line_start = previous
    return False


def joined_short_words(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two capitals that are also a short word ("SO", "AM"), joined by "+", "&", "and" or
    "/" to initials found as a person's, on an action line: "DH + SO joint visit"."""
    joined = []
    for start, end in found:
        if not _action_line(text, start):
            continue
        after = JOINT_AFTER_RE.match(text[end : end + 12])
        if after:
            joined.append((end + after.start(1), end + after.end(1)))
        before = JOINT_BEFORE_RE.search(text[max(0, start - 12) : start])
        if before:
            offset = max(0, start - 12)
            joined.append((offset + before.start(1), offset + before.end(1)))
    return [span for span in joined if span not in found]
