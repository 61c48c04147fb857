"""Who speaks in a chat or log: "18:42 Dawn: fyi ...", "[08:01] Gemma H: morning!",
"Ros (nights): he's gone".

A capitalised label before a colon at the start of a line names a form's field as often as
a speaker ("Reason:", "Barriers:", "Address:"), so a label counts as a speaker only where
the lines have a chat's shape: a time before it, two or more lines of the text with a time
before a label, or the same label opening two or more lines. There even a name that is an
everyday word (Dawn, Frank, Hope) is the person who wrote, and a first name may carry an
initial ("Gemma H") or a role in brackets ("Ros (nights)"). The same shape outside a chat
is a field (form_labels.py says when an everyday word labels one).

Some chats put the name before the time and a dash ("Josh 09:15 - none lol"); two such
lines make a chat. A chat copied without times is one too when untimed_chats.py says so
(an app's header, or two lines in a row from different people).
"""

import functools
import re
from collections import Counter
from collections.abc import Iterator

from . import gazetteer, name_likeness, untimed_chats
from .gazetteer import fold

# A line's label: a bullet, a time ("18:42", "[08:01]", "9.15am"), one or two capitalised
# words (or a word and an initial), a role in brackets, then a colon.
LABEL_LINE_RE = re.compile(
    r"^[ \t]*(?:[-•*>][ \t]*)?"
    r"(?P<time>\[?\d{1,2}[:.]\d{2}(?:[ \t]?[ap]m)?\]?[ \t]+(?:[-–][ \t]+)?)?"
    r"(?P<label>(?P<first>[A-Z][\w'’-]*)(?:[ \t]+(?P<second>[A-Z](?:[\w'’-]+|\.)?))?)"
    r"(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*:(?=[ \t]|$)",
    re.MULTILINE,
)
# The name first, then the time and a dash: "Sophie 09:14 - anyone know a dentist".
NAME_TIME_DASH_RE = re.compile(
    r"^[ \t]*(?:[-•*>][ \t]*)?"
    r"(?P<label>(?P<first>[A-Z][\w'’-]*)(?:[ \t]+(?P<second>[A-Z](?:[\w'’-]+|\.)?))?)"
    r"[ \t]+(?P<time>\[?\d{1,2}[:.]\d{2}(?:[ \t]?[ap]m)?\]?)[ \t]*[-–:](?=[ \t]|$)"
    r"(?![ \t]*\d{1,2}[:.]\d{2})",  # not a timetable's "Tea 16:00 - 16:30"
    re.MULTILINE,
)


def _labels(text: str) -> list[re.Match[str]]:
    if ":" not in text:
        return []
    labels = list(LABEL_LINE_RE.finditer(text))
    dashed = list(NAME_TIME_DASH_RE.finditer(text))
    if len(dashed) >= 2:  # one such line alone may be a timetable's
        labels = sorted(labels + dashed, key=lambda m: m.start())
    return labels


@functools.lru_cache(maxsize=4)
def _shape(text: str) -> tuple[list[re.Match[str]], bool, Counter[str]]:
    """(the label lines; a chat: several lines with a time by their label, or a chat
    without times; how many lines each label opens). Three rules ask, once a text."""
    labels = _labels(text)
    timed = sum(1 for m in labels if m.group("time"))
    chat = timed >= 2 or untimed_chats.is_chat(text, labels)
    return labels, chat, Counter(fold(m.group("label")) for m in labels)


def messages(text: str) -> list[tuple[int, int]]:
    """Where each message of a chat is: from after its speaker's label to the line's end
    (none if the text is no chat)."""
    labels, chat, _counts = _shape(text)
    if not chat:
        return []
    spans = []
    for m in labels:
        end = text.find("\n", m.end())
        spans.append((m.end(), len(text) if end == -1 else end))
    return spans


def _second_word_fits(second: str | None) -> bool:
    """An initial ("H", "H."), or a word that could be a surname."""
    if second is None or len(second.rstrip(".")) == 1:
        return True
    gaz = gazetteer.load()
    key = fold(second)
    if key in gaz.non_names or key in gaz.places:
        return False
    return (
        key in gaz.surnames or key in gaz.given or key in gaz.world_names
        or name_likeness.unlisted(key)
    )


def _could_be_first_name(key: str) -> bool:
    """A first name (a season's too: "Summer"), or one doubled with a hyphen as nicknames
    are in the Philippines and elsewhere ("Jhun-Jhun", "Bong-Bong")."""
    if name_likeness.could_be_first_name(key) or key in name_likeness.SEASON_NAMES:
        return True
    half, hyphen, other = key.partition("-")
    return bool(hyphen) and half == other and name_likeness.could_be_first_name(half)


def speakers(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, int]]:
    """The speakers' names of a chat or log."""
    labels, chat, counts = _shape(text)
    if not labels:
        return
    for m in labels:
        key = fold(m.group("first"))
        if key in allowed or not _could_be_first_name(key):
            continue
        if not _second_word_fits(m.group("second")):
            continue
        if m.group("time") or chat or counts[fold(m.group("label"))] >= 2:
            yield m.start("label"), m.end("label")
