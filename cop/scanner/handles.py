"""Social media handles: "@kev_ls11", or a username after the app's name ("snap: jaydee_2k")."""

import re
from collections.abc import Iterator

from .finding import Span
from .gazetteer import load as load_word_lists
from .kinds import SOCIAL_HANDLE

AT_HANDLE_RE = re.compile(r"(?<![\w@.])@(?=[\w.]*[A-Za-z])[A-Za-z0-9_](?:[\w.]{0,28}[\w])?")
APP_HANDLE_RE = re.compile(
    r"\b(?:insta(?:gram)?|snap(?:chat)?|tiktok|twitter|facebook|fb|threads|telegram|kik)"
    r"(?:\s+(?:handle|name|account|username|user|is|as|on))*\s*[:\-]?\s*"
    r"(?P<handle>[A-Za-z0-9_.]*[_.\d][A-Za-z0-9_.]*[A-Za-z0-9_])",
    re.IGNORECASE,
)


# With a colon after the app's name, a plain word is the username too ("snap: gwilliamxx"),
# unless it is an everyday word ("insta: none", "facebook: blocked").
APP_COLON_HANDLE_RE = re.compile(
    r"\b(?:insta(?:gram)?|snap(?:chat)?|tiktok|twitter|facebook|fb|threads|telegram|kik|"
    r"wechat|whatsapp|signal)(?:\s+(?:is|name|id|handle))?"
    r"\s*:?\s*(?P<handle>[A-Za-z][A-Za-z0-9_.]{2,28}[A-Za-z0-9_])(?![\w@])",
    re.IGNORECASE,
)


# After "id", "username" or "handle" (often after the app's name and a comma: "prefers
# WeChat, id xiaoling_88"), a word with an underscore or a dot inside, or letters then
# digits, is a username: no everyday word has that shape.
LABELLED_HANDLE_RE = re.compile(
    r"\b(?:id|user\s*name|username|user|handle|profile)(?:\s+is)?\s*[:\-]?\s*"
    r"(?P<handle>(?=[A-Za-z0-9]*[A-Za-z]{3})[A-Za-z0-9]+(?:[_.][A-Za-z0-9]+)+_?|[A-Za-z]{3,}[A-Za-z_]*\d{2,}"
    r")(?![\w@])",
    re.IGNORECASE,
)


def find_social_handles(text: str) -> Iterator[Span]:
    for m in LABELLED_HANDLE_RE.finditer(text):
        yield m.start("handle"), m.end("handle"), SOCIAL_HANDLE, "a username after 'id' or 'handle'"
    for m in AT_HANDLE_RE.finditer(text):
        yield m.start(), m.end(), SOCIAL_HANDLE, "an @handle"
    for m in APP_HANDLE_RE.finditer(text):
        handle = m.group("handle")
        if len(handle) >= 4 and any(c.isalpha() for c in handle):
            reason = "a username after the app's name"
            yield m.start("handle"), m.end("handle"), SOCIAL_HANDLE, reason
    english = load_word_lists().english
    for m in APP_COLON_HANDLE_RE.finditer(text):
        if m.group("handle").lower() not in english:
            reason = "a username after the app's name"
            yield m.start("handle"), m.end("handle"), SOCIAL_HANDLE, reason
