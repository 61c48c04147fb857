"""A person's initials: "KB said", "seen by JP", "Action: SR to chase", "Present: KB, JP",
or the initials of someone named in full elsewhere in the text ("JP is back. J. P. Reilly
for the file").

Teams, services and roles are written in capitals too ("CMHT said", "seen by GP", "DWP to
call back"), so letters that are a known acronym (data/acronyms.txt, and the capitals in
non_names.txt) or a short word ("IT", "ON") are never initials, and other letters count
only where the words around them say a person is meant.
"""

import functools
import re
from collections.abc import Iterable, Iterator

from . import gazetteer, initials_cues, vocab

# Two or three capitals standing alone ("KB", "JP", "SAR"), or with full stops ("J.P.").
# ("JP/SR" are two people's; "HR/00713/24" is a reference.) What may not come before them
# is checked in `_initials` rather than by a look-behind, which made the pattern 4 times
# slower.
# Irish, Welsh and other names give accented capitals: "TÓB" for Tomás Ó Briain; and
# initials may be possessive ("AB's mum"): the "'s" is left out of the span.
_CAP = "A-ZÀ-ÖØ-Þ"
INITIALS_RE = re.compile(
    rf"[{_CAP}](?:[{_CAP}]{{1,2}}|\.(?:[{_CAP}]\.){{1,2}}(?![A-Za-z]))(?![\w&-]|['’](?!s\b)|/\w*\d)"
)
NOT_BEFORE = frozenset("&.’'-")


def _initials(text: str) -> list[re.Match[str]]:
    """Every stand-alone run of two or three capitals in `text`."""
    found = []
    for m in INITIALS_RE.finditer(text):
        start = m.start()
        if start and (
            text[start - 1].isalnum() or text[start - 1] in NOT_BEFORE or text[start - 1] == "_"
            or (text[start - 1] == "/" and text[start - 2 : start - 1].isdigit())
        ):
            continue
        found.append(m)
    return found
# Before initials, what is done with or by a person.
PERSON_BEFORE_RE = re.compile(
    r"\b(?:seen\s+by|seen\s+with|spoke\s+(?:to|with)|speaking\s+(?:to|with)|talked\s+to|"
    r"met\s+with|met|told|asked|emailed|e-mailed|texted|rang|phoned|called|per|cc|"
    r"handed\s+over\s+to|passed\s+to|allocated\s+to|supervision\s+with|discussed\s+with|"
    r"agreed\s+with|checked\s+with|confirmed\s+with|covered\s+by|completed\s+by|"
    r"written\s+by|signed\s+by|authorised\s+by|worker|staff|keyworker)\s*:?\s*$",
    re.IGNORECASE,
)
# After initials, what a person does or is: "KB said", "JP to chase", "SR is on leave".
_ACTS = (
    r"call|ring|chase|email|text|visit|follow|check|speak|contact|meet|see|send|do|update|"
    r"book|look|ask|liaise|arrange|complete|refer|write|find|sort|speak|link|attend|confirm"
)
PERSON_AFTER_RE = re.compile(
    r"^\s*(?:said|says|reported|agreed|confirmed|advised|explained|rang|phoned|called|"
    r"emailed|texted|visited|saw|met|spoke|thinks|feels|felt|asked|noted|wrote|"
    rf"will\s+(?:{_ACTS})|to\s+(?:{_ACTS})|is\s+(?:back|off|on\s+leave|in\s+today|away|"
    r"covering|off\s+sick)|(?:and|&)\s+I\b|(?:and|&)\s+me\b)\b",
    re.IGNORECASE,
)
# "Action: KB", "Actions - JP/SR": initials straight after an action heading.
ACTION_BEFORE_RE = re.compile(r"\baction(?:s|ed)?(?:\s+by)?\s*[:\-–]\s*$", re.IGNORECASE)
# Short words in capitals that are words, not initials.
SHORT_WORDS = frozenset(
    "am pm is it in on of to by be he me my we us so no go do if or an as at up ok hi oh "
    "ah eh uh re".split()
)


@functools.cache
def known_acronyms() -> frozenset[str]:
    """Acronyms that are no one's initials, folded."""
    listed = gazetteer.read_word_list("acronyms.txt")
    capitals = {w for w in gazetteer.read_word_list("non_names.txt") if w.isupper()}
    return frozenset(gazetteer.fold(w) for w in listed | capitals)


# A council's initials: "LCC" (Leeds City Council), "KBC", "SDC".
COUNCIL_RE = re.compile(r"[A-Z]{1,2}(?:CC|BC|DC)")


def _could_be_initials(letters: str) -> bool:
    key = letters.replace(".", "").lower()
    if key in known_acronyms() or key in SHORT_WORDS or COUNCIL_RE.fullmatch(letters):
        return False
    # three capitals that spell a word are the word ("THE", "HIS", "KEY")
    return not (len(key) == 3 and key in gazetteer.load().english)


# Initials joined to others: "seen by KB and SR", "JP/SR to chase".
JOINER_RE = re.compile(r"\s*(?:,|/|&|\+|\band\b)\s*")


def initials_in_context(text: str) -> list[tuple[int, int]]:
    """Initials where the words around them say they stand for a person, and initials
    joined to those."""
    candidates = [m.span() for m in _initials(text) if _could_be_initials(m.group())]
    candidates = sorted(candidates + initials_cues.mixed_case_initials(text))
    found = []
    for start, end in candidates:
        before = text[max(0, start - 40) : start]
        after = text[end : end + 40]
        if (
            PERSON_BEFORE_RE.search(before)
            or PERSON_AFTER_RE.match(after)
            or ACTION_BEFORE_RE.search(before)
            or initials_cues.says_person(before, after)
        ):
            found.append((start, end))
    # Each side of a joiner: "KB and SR" once KB is found, "JP/SR to chase" once SR is.
    changed = bool(found)
    while changed:
        changed = False
        for i, (start, end) in enumerate(candidates):
            if (start, end) in found:
                continue
            neighbours = candidates[max(0, i - 1) : i] + candidates[i + 1 : i + 2]
            if any(
                n in found
                and JOINER_RE.fullmatch(text[min(end, n[1]) : max(start, n[0])])
                for n in neighbours
            ):
                found.append((start, end))
                changed = True
    # Once the letters are seen to be someone's, they are that person where they come again
    # ("worker: AK ... AK finding it hard").
    seen = {text[s:e] for s, e in found}
    return found + [c for c in candidates if c not in found and text[c[0] : c[1]] in seen]


def short_words_joined_in_actions(
    text: str, found: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Capitals that spell a short word ("SO"), joined on an action line to initials found
    ("DH + SO joint visit to JB"): a second person's initials, not the word."""
    return [
        (s, e) for s, e in initials_cues.joined_short_words(text, found)
        if gazetteer.fold(text[s:e]) not in known_acronyms()
        and not COUNCIL_RE.fullmatch(text[s:e])
    ]


def initials_in_attendee_lists(text: str) -> Iterator[tuple[int, int]]:
    """Initials in a list of who was present: "Present: KB (chair), JP, SR"."""
    for m in vocab.ATTENDEES_RE.finditer(text):
        start = m.start("list")
        depth = 0
        for k, char in enumerate(m.group("list")):
            depth += (char == "(") - (char == ")")
            if depth == 0 and char.isupper() and (k == 0 or not text[start + k - 1].isalnum()):
                found = INITIALS_RE.match(text, start + k)
                if found and _could_be_initials(found.group()):
                    yield found.span()


def initials_of_names(text: str, names: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Initials that spell a name found in full ("J. P. Reilly", "Kelvin Ayodele-Okoro"):
    every part's first letter, or the first and last, or the first two."""
    spelled: set[str] = set()
    for start, end in names:
        parts = [p for p in re.split(r"[\s.\-]+", text[start:end]) if p]
        if len(parts) < 2 or not all(p[0].isupper() for p in parts):
            continue
        letters = "".join(p[0] for p in parts)
        spelled.update({letters, letters[0] + letters[-1], letters[:2]})
    if not spelled:
        return
    for m in _initials(text):
        letters = m.group().replace(".", "")
        if letters in spelled and _could_be_initials(letters):
            yield m.span()
