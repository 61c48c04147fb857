"""A form's labels are no one: "Reason: ...", "Barriers (worker's list for the report):".

At the start of a line, a capitalised dictionary word followed by ":" (or by a note in
brackets, then ":") labels a field, though a chat's speakers stand in the same place
("Dawn: running late"). Such a word in no list of names is a label. A given name that is
also a dictionary word ("Reason", "Grace") is one only in a form, where another line opens
with a label that names no one ("Phone:", "Referrer:"), and only if the text does not name
someone so elsewhere ("Present: Sue, Grace ... Grace: engaging"). A line that opens with a
time ("18:42 Dawn:") is a chat's, and never matches; nor does an app's name heading a
chat ("WhatsApp:").
"""

import re
from collections.abc import Sequence

from . import gazetteer, untimed_chats
from .finding import Span
from .gazetteer import fold
from .kinds import PERSON

LABEL_RE = re.compile(
    r"^[ \t]*(?:[-•*>][ \t]*)?(?P<word>[A-Z][A-Za-z]+)(?:[ \t]*\([^()\n]{0,80}\))?[ \t]*:",
    re.MULTILINE,
)


def drop_labels(text: str, spans: Sequence[Span]) -> list[Span]:
    """`spans` less the people found only in a form's labels."""
    if ":" not in text:
        return list(spans)
    gaz = gazetteer.load()
    labels: dict[int, str] = {}
    form = False
    for m in LABEL_RE.finditer(text):
        if untimed_chats.CHAT_HEADER_RE.match(text, m.start()):
            continue  # "WhatsApp:" heads a chat, not a form's field
        key = fold(m.group("word"))
        if key not in gaz.english and key not in gaz.non_names:
            continue  # "Sandra: ...", "Hiwot: ...": a name, not a word
        labels[m.start("word")] = key
        if key not in gaz.given and key not in gaz.surnames:
            form = True  # "Phone:", "Referrer:", "Name:"
    if not labels:
        return list(spans)
    people = [s for s in spans if s[2] == PERSON]
    named_elsewhere = {
        fold(text[s[0] : s[1]]) for s in people if s[0] not in labels
    }

    def is_label(span: Span) -> bool:
        key = labels.get(span[0])
        if key is None or span[2] != PERSON or fold(text[span[0] : span[1]]) != key:
            return False
        if key in named_elsewhere:
            return False
        return form or (key not in gaz.given and key not in gaz.surnames)

    return [s for s in spans if not is_label(s)]
