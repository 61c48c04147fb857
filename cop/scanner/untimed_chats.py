"""Chats copied without their times: "Teams:\nWill Grant: did she get...\nNikki: yes!".

chat_speakers.py takes a line's label for a speaker where a time says the text is a chat
or a label comes back. A chat pasted from Teams or WhatsApp often has neither: each
speaker may write once. Two things still say it is a chat: a header naming the app on a
line of its own ("Teams:", "WhatsApp group:"), or two lines in a row opened by different
people's names, one of them plainly a name (in the name lists and no dictionary word:
"Nikki:") or both a first name and a surname ("Will Grant:"). A form's labels ("Name:",
"Outcome:", "Grant: £200") are dictionary words, so two in a row are no chat.
"""

import re
from collections.abc import Sequence

from . import gazetteer, name_likeness
from .gazetteer import fold

# A line that only names the app or says a chat follows.
CHAT_HEADER_RE = re.compile(
    r"^[ \t]*(?:(?:ms|microsoft)[ \t]+)?(?:teams|whatsapp|signal|slack|messenger|imessage|"
    r"sms|texts?|text[ \t]+messages?|group[ \t]+chat|chat)"
    r"(?:[ \t]+(?:chat|group|thread|messages?|convo|conversation|log))?"
    r"(?:[ \t]*\([^()\n]{0,80}\))?[ \t]*:[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _plainly_a_name(label: re.Match[str]) -> bool:
    """A given name in no dictionary ("Nikki"), or a first name and a surname ("Will
    Grant")."""
    gaz = gazetteer.load()
    key = fold(label.group("first"))
    second = label.group("second")
    if second and len(second.rstrip(".")) > 1:
        surname = fold(second)
        return (
            (surname in gaz.surnames or surname in gaz.given or surname in gaz.world_names)
            and surname not in gaz.non_names
            and surname not in gaz.places
        )
    return (
        (key in gaz.given or key in gaz.world_names)
        and key not in gaz.english
        and key not in gaz.non_names
        and key not in gaz.places
    )


def _next_line(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """Does `second` open the line straight after the one `first` opens?"""
    line_end = text.find("\n", first.end())
    return line_end != -1 and text.rfind("\n", 0, second.start() + 1) == line_end


# The writer's own lines of a texts log: "me: yes about 2, ok?".
ME_LINE_RE = re.compile(r"^[ \t]*(?:me|Me|ME)[ \t]*:[ \t]", re.MULTILINE)


def _answered_by_me(text: str, labels: Sequence[re.Match[str]]) -> bool:
    """A label that comes back, on lines between which the writer's own "me:" lines stand:
    a log of texts with one person."""
    counts: dict[str, int] = {}
    for m in labels:
        counts[fold(m.group("label"))] = counts.get(fold(m.group("label")), 0) + 1
    if max(counts.values()) < 2:
        return False
    mine = [m.start() for m in ME_LINE_RE.finditer(text)]
    return bool(mine) and any(labels[0].start() < at < labels[-1].start() for at in mine)


def is_chat(text: str, labels: Sequence[re.Match[str]]) -> bool:
    """True if the label lines (chat_speakers.LABEL_LINE_RE's matches, in order) are a
    chat's: after an app's header, or two in a row from different people."""
    if not labels:
        return False
    header = CHAT_HEADER_RE.search(text)
    if header is not None and any(m.start() > header.end() for m in labels):
        return True
    if "me" in text.lower() and _answered_by_me(text, labels):
        return True
    for first, second in zip(labels, labels[1:], strict=False):
        if (
            fold(first.group("label")) != fold(second.group("label"))
            and _next_line(text, first, second)
            and name_likeness.could_be_first_name(fold(first.group("first")))
            and name_likeness.could_be_first_name(fold(second.group("first")))
            and (_plainly_a_name(first) or _plainly_a_name(second))
        ):
            return True
    return False
