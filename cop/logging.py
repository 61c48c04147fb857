"""Safe logs: one record is one line, whatever the values in it.

A value that reaches a log message (a path, an email address, a form value, an exception
message) may hold a newline: written as it is, "x\\n2026-01-01 INFO forged" would make a
second line that looks like a record of its own. `SafeFormatter` escapes line breaks and
every other control character (ANSI colour codes included) in the formatted record, and
prefixes each line of a traceback with "    | " so that no line of it can pass for a
record either, and hides the secret part of token-bearing paths (invitation and survey
links...). `EscapeControlCharacters` does the same to the message for handlers that
bring their own formatter. Both are installed for every handler in LOGGING
(cop/settings/base.py); the Celery worker uses the same configuration
(`configure_celery_logging`, connected in cop/celery.py).

What goes into messages is the other half: no case text, tokens or passwords are logged
(ids only; tests/test_logging.py checks the code for it)."""

import logging
import logging.config
import re

# C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
CONTINUATION = "    | "


def _escape_one(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


# Paths whose segments are secrets: invitation and survey links, calendar feeds, unsubscribe
# and "Download my data" links, allauth's password reset and email confirmation keys. The
# dev server logs every request line, and Django logs the path of each 4xx and 5xx answer;
# tests/test_logging.py checks that every URL with a secret argument is covered here.
_SECRET_SEGMENT = "[^/\\s\"'?#]+"
_SECRET_PATHS = re.compile(
    "(?P<prefix>/(?:invitations|s|unsubscribe|profile/data|calendar/feed|confirm-email"
    "|password/reset/key)/)" + _SECRET_SEGMENT
)


def redact_secrets(text: str) -> str:
    """`text` with the secret segment of any secret-bearing path replaced by "[hidden]"."""
    return _SECRET_PATHS.sub(lambda m: m.group("prefix") + "[hidden]", text)


def escape_controls(text: str) -> str:
    """`text` with each control character written as an escape (\\n, \\r, \\x1b...).
    Escaping twice changes nothing more: the escapes are plain characters."""
    return _CONTROL.sub(_escape_one, text)


class SafeFormatter(logging.Formatter):
    """A Formatter whose record is one line; a traceback follows on lines that start with
    "    | " (they can never be mistaken for a record)."""

    def format(self, record: logging.LogRecord) -> str:
        record.message = redact_secrets(escape_controls(record.getMessage()))
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        head = redact_secrets(escape_controls(self.formatMessage(record)))
        extra = []
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            extra.append(record.exc_text)
        if record.stack_info:
            extra.append(self.formatStack(record.stack_info))
        lines = "\n".join(extra).splitlines()
        return head + "".join("\n" + CONTINUATION + redact_secrets(escape_controls(line))
                              for line in lines)


class EscapeControlCharacters(logging.Filter):
    """Escapes control characters and hides secret path segments in the message itself
    (the arguments merged in), for a handler whose formatter is not a SafeFormatter. Never
    drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        escaped = redact_secrets(escape_controls(message))
        if escaped != message or record.args:
            record.msg, record.args = escaped, None
        return True


def configure_celery_logging(**_: object) -> None:
    """Celery's `setup_logging` signal: the worker and beat log through Django's LOGGING
    (safe formatter and filter) instead of configuring handlers of their own."""
    from django.conf import settings

    logging.config.dictConfig(settings.LOGGING)
