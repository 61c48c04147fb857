"""A first name with the person's job in brackets after it: "Will (TL) agreed to draft a
proposal", "Rose (night staff) found him", "Hope (SW) to chase".

Notes and minutes say who a colleague is by their role in brackets. A given name that is
also an everyday word ("Will", "Rose", "Hope") is too often the word to count alone, but
no word is followed by a team leader's or a social worker's role: there it is a person,
and names.py finds the later mentions ("Will also said"). Not a month or a weekday ("May
(TBC)"), not after a determiner ("the Hope (SW) fund"), and the role must be one of a
worker's, not any note in brackets.
"""

import re
from collections.abc import Iterator

from . import name_likeness, vocab
from .gazetteer import fold

# Roles and shifts that colleagues are known by.
_ROLE = (
    r"tl|team\s+lead(?:er)?|sw|social\s+worker|kw|key\s?worker|support\s+worker|"
    r"case\s*worker|sm|service\s+manager|manager|deputy(?:\s+manager)?|dm|rm|"
    r"registered\s+manager|chair|vice[\s-]chair|secretary|treasurer|minutes|po|"
    r"probation(?:\s+officer)?|cpn|ot|hca|rgn|rmn|nurse|idva|isva|pcso|"
    r"outreach(?:\s+worker)?|housing\s+officer|ho|admin|volunteer|peer\s+mentor|mentor|"
    r"navigator|coordinator|co-ordinator|supervisor|student|locum|agency|bank|"
    r"nights?|night\s+staff|night\s+worker|days|day\s+staff|late\s+shift|early\s+shift|"
    r"lates?|earlies|on\s+call|duty|senior|practice\s+lead|lead"
)
ROLE_IN_BRACKETS_RE = re.compile(r"\((?i:" + _ROLE + r")\)")
NAME_BEFORE_BRACKET_RE = re.compile(r"(?<![\w'’-])[A-Z][a-z]{1,14}(?=[ \t]*$)")


def names_before_roles(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Given names followed by a worker's role in brackets."""
    if "(" not in text:
        return
    for role in ROLE_IN_BRACKETS_RE.finditer(text):
        offset = max(0, role.start() - 20)
        m = NAME_BEFORE_BRACKET_RE.search(text, offset, role.start())
        if m is None:
            continue
        key = fold(m.group())
        if (
            not name_likeness.given_name_not_a_date(key, allowed)
            or vocab.DETERMINER_BEFORE_RE.search(text[max(0, m.start() - 12) : m.start()])
        ):
            continue
        yield m.span()
