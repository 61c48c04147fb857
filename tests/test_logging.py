"""Safe logs (cop/logging.py): a value with a newline cannot forge a log line, secret path
segments are hidden, every handler (the Celery worker's too) is the safe one, and no
logging call in the code is handed case text, a token or a password."""

import ast
import io
import logging
import os
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from cop.logging import CONTINUATION, EscapeControlCharacters, SafeFormatter, redact_secrets

ROOT = Path(__file__).resolve().parent.parent
FORGED = "\n2026-01-01 00:00:00,000 INFO members.audit forged entry"


def configured_handlers() -> list[logging.Handler]:
    """The handlers LOGGING installed (pytest's own capture handlers left aside)."""
    loggers = [logging.getLogger()] + [
        logger for logger in logging.Logger.manager.loggerDict.values()
        if isinstance(logger, logging.Logger)
    ]
    handlers = {h for logger in loggers for h in logger.handlers
                if not type(h).__module__.startswith("_pytest")
                and not isinstance(h, logging.NullHandler)}  # libraries' (they write nothing)
    return list(handlers)


@contextmanager
def captured_log():
    """What the configured console handler writes, in a buffer."""
    [handler] = [h for h in logging.getLogger().handlers if isinstance(h.formatter, SafeFormatter)]
    buffer = io.StringIO()
    previous = handler.setStream(buffer)
    try:
        yield buffer
    finally:
        handler.setStream(previous)


def test_every_handler_escapes_and_hides():
    handlers = configured_handlers()
    assert handlers
    for handler in handlers:
        assert isinstance(handler.formatter, SafeFormatter), handler
        assert any(isinstance(f, EscapeControlCharacters) for f in handler.filters), handler


def test_a_newline_in_a_value_cannot_forge_a_line():
    with captured_log() as log:
        logging.getLogger("members.audit").warning("Sign-in failed for %s", "eve@example.test"
                                                    + FORGED)
    output = log.getvalue()
    assert output.count("\n") == 1 and output.endswith("\n")
    assert "eve@example.test\\n2026-01-01 00:00:00,000 INFO members.audit forged" in output


@pytest.mark.parametrize("char, shown", [("\r", "\\r"), ("\x1b[2J", "\\x1b[2J"),
                                         ("\u2028", "\\u2028"), ("\x85", "\\x85"),
                                         ("\x00", "\\x00")])
def test_other_control_characters_are_escaped(char, shown):
    with captured_log() as log:
        logging.getLogger("cop").warning("value: %s", f"a{char}b")
    output = log.getvalue()
    assert f"a{shown}b" in output
    assert output.count("\n") == 1 and char not in output


def test_a_traceback_cannot_forge_a_line_either():
    with captured_log() as log:
        try:
            raise ValueError("bad value" + FORGED)
        except ValueError:
            logging.getLogger("cop").exception("It failed with %s", "x" + FORGED)
    first, *rest = log.getvalue().rstrip("\n").split("\n")
    assert "It failed with x\\n2026-01-01" in first
    assert rest and all(line.startswith(CONTINUATION) for line in rest)
    assert any("ValueError: bad value" in line for line in rest)


def test_the_filter_alone_makes_the_message_one_line():
    record = logging.LogRecord("cop", logging.INFO, __file__, 1, "Got %s", ("x" + FORGED,),
                               None)
    assert EscapeControlCharacters().filter(record) is True
    assert "\n" not in record.getMessage()
    assert EscapeControlCharacters().filter(record) and record.getMessage().count("\\n") == 1


def _secret_routes(resolver=None, prefix=""):
    """(name, kwargs names) of each URL pattern with an argument that holds a secret."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            namespace = f"{prefix}{entry.namespace}:" if entry.namespace else prefix
            yield from _secret_routes(entry, namespace)
        elif isinstance(entry, URLPattern) and entry.name:
            pattern = entry.pattern
            names = (list(pattern.converters) if hasattr(pattern, "converters")
                     and pattern.converters else list(pattern.regex.groupindex))
            if any(word in name for name in names
                   for word in ("token", "key", "uid", "secret", "code")):
                yield prefix + entry.name, names


def test_every_url_with_a_secret_is_hidden_in_logs():
    routes = list(_secret_routes())
    assert {"members:invitation_accept", "evaluation:answer_by_link"} <= {n for n, _ in routes}
    for name, kwargs in routes:
        values = {kwarg: "" for kwarg in kwargs}
        for kwarg in kwargs:
            values[kwarg] = "SeCrEt123" if kwarg != "uidb36" else "a1"
        path = reverse(name, kwargs=values)
        line = redact_secrets(f'"GET {path} HTTP/1.1" 404 179')
        assert "SeCrEt123" not in line, (name, line)


@pytest.mark.django_db
def test_a_refused_token_link_is_logged_without_the_token(client):
    with captured_log() as log:
        response = client.get(reverse("evaluation:answer_by_link", args=["GuessedToken42"]))
    assert response.status_code == 404
    output = log.getvalue()
    assert "Not Found: /s/[hidden]/" in output and "GuessedToken42" not in output


def test_the_celery_worker_logs_through_the_same_handlers():
    """Start Celery's own logging set-up (what `celery worker` runs) in a fresh process:
    the worker keeps the safe handler instead of installing its own. (With logging set up
    by us, Celery does not redirect print() to the log: the code never prints from a task,
    see test_no_print_outside_the_command_line.)"""
    script = (
        "import logging, django\n"
        "django.setup()\n"
        "from cop.celery import app\n"
        "from cop.logging import SafeFormatter\n"
        "app.log.setup(loglevel='INFO', redirect_stdouts=True)\n"
        "assert all(isinstance(h.formatter, SafeFormatter) for h in logging.getLogger().handlers)\n"
        "logging.getLogger('celery.app.trace').info('Task %s', 'x\\n2026-01-01 INFO forged')\n"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cop.settings.test", "COP_OFFLINE": "1"}
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert not [line for line in lines if line.startswith("2026-01-01")]
    assert any(line.endswith("Task x\\n2026-01-01 INFO forged") for line in lines)


# What is logged: never case text, tokens or passwords ------------------------------------

# Names that hold case or comment text, secrets or private messages.
FORBIDDEN = {
    "password", "password1", "password2", "raw_password", "token", "secret", "key",
    "token_hash", "presenting_situation", "services_involved", "what_tried", "question",
    "outcome", "body", "flagged_text", "removal_reason", "reason", "pseudonym", "title",
    "notes", "snapshot", "cleaned_data", "POST", "data", "credentials",
}
LOG_METHODS = {"debug", "info", "warning", "error", "exception", "critical", "log"}
APPS = ["casework", "members", "servicemap", "glossary", "sessions_app", "evaluation", "cop"]


def _logging_calls(tree):
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in LOG_METHODS
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in {"logger", "log", "logging"}):
            yield node


def _names(node):
    for sub in ast.walk(node):
        if isinstance(sub, ast.Name):
            yield sub.id
        elif isinstance(sub, ast.Attribute):
            yield sub.attr


def test_no_logging_call_is_given_text_or_secrets():
    calls, offending = 0, []
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            for call in _logging_calls(ast.parse(path.read_text(), str(path))):
                calls += 1
                used = {name for arg in [*call.args, *(k.value for k in call.keywords)]
                        for name in _names(arg)}
                if used & FORBIDDEN:
                    offending.append(f"{path.relative_to(ROOT)}:{call.lineno} "
                                     f"{sorted(used & FORBIDDEN)}")
    assert calls > 5  # the check does see the code's logging calls
    assert not offending


def test_no_print_outside_the_command_line():
    """Only the command-line launchers print (`make run`, `make backup`/`restore`, `make
    frontend`, and the scanner's build steps `make wordlists` and its model's training);
    management commands write to self.stdout; the rest logs."""
    printing = []
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            if ({"migrations", "management"} & set(path.parts)
                    or path.name in {"stack.py", "backup.py", "frontend.py", "build_word_lists.py",
                                      "train.py"}):
                continue
            for node in ast.walk(ast.parse(path.read_text(), str(path))):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                        and node.func.id == "print"):
                    printing.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not printing
