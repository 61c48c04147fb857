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
    r"wechat|whatsapp|signal)(?:\s+(?:is|name|id|handle|username|account|profile))?"
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


# Near an app's name, a word shaped like a username is one even with no "@" and not
# straight after the name: "posting on tiktok as @misshoney.x? no, his is kez_ls11". The
# shape: an underscore inside, a dot between letters (not a web address), or lower-case
# letters then two or more digits.
# ("Threads" only with its capital, and "handle" only as a noun: "threads" and "can't
# handle" are everyday words.)
SOCIAL_CONTEXT_RE = re.compile(
    r"\b(?:insta(?:gram)?|snap(?:chat)?|tiktok|twitter|facebook|fb|telegram|kik|"
    r"wechat|discord|onlyfans|youtube|twitch|username|user\s+name|"
    r"(?:his|her|their|my|your|a|the|new|old)\s+handle|handle\s*(?:is|was|:|-))\b|"
    r"\b(?-i:Threads)\b|(?<![\w@.])@[A-Za-z0-9_]",
    re.IGNORECASE,
)
# Substrings that every match of SOCIAL_CONTEXT_RE holds: a quick test before it.
SOCIAL_CUES = ("insta", "snap", "tiktok", "twitter", "facebook", "fb", "Threads", "telegram",
               "kik", "wechat", "discord", "onlyfans", "youtube", "twitch", "user", "handle",
               "@")
HANDLE_SHAPE_RE = re.compile(
    r"(?<![\w@./:-])(?P<handle>[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+_?"
    r"|[a-z][a-z0-9]{2,}\.[a-z][a-z0-9]*"
    r"|[a-z]{3,}[0-9]{2,})(?![\w@/-]|\.[A-Za-z0-9])"
)
# "gov.uk", "nhs.net", "report.pdf", "tasks.py": a web address or a file, not a username.
WEB_ENDING_RE = re.compile(
    r"\.(?:uk|com|org|net|gov|nhs|co|io|info|me|ac|sch|police|pdf|docx?|odt|xlsx?|csv|txt|"
    r"jpe?g|png|gif|heic|mp4|mov|pptx?|py|js|html?|md|json|zip|exe)$"
)
SOCIAL_CONTEXT_REACH = 120  # characters before the word, in the same paragraph


def _near_social_context(text: str, position: int) -> bool:
    start = max(0, position - SOCIAL_CONTEXT_REACH)
    paragraph = text.rfind("\n\n", start, position)
    return SOCIAL_CONTEXT_RE.search(text, paragraph + 2 if paragraph >= 0 else start,
                                    position) is not None


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
    lowered = text.lower()
    if any(cue in lowered or cue in text for cue in SOCIAL_CUES) and SOCIAL_CONTEXT_RE.search(
        text
    ):
        for m in HANDLE_SHAPE_RE.finditer(text):
            handle = m.group("handle")
            if not WEB_ENDING_RE.search(handle.lower()) and _near_social_context(text, m.start()):
                reason = "shaped like a username, near an app's name"
                yield m.start(), m.end(), SOCIAL_HANDLE, reason
    english = load_word_lists().english
    for m in APP_COLON_HANDLE_RE.finditer(text):
        if m.group("handle").lower() not in english:
            reason = "a username after the app's name"
            yield m.start("handle"), m.end("handle"), SOCIAL_HANDLE, reason
