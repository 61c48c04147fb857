"""Helpers shared by every test module for what a test does with the data tests/factories.py
builds: sign in through the real pages, read a page as someone, count a page's SQL queries,
list stored files, read a PDF's text, find a weekday, export a survey, check that suppressed
numbers cannot be worked out, find every form of the apps, run manage.py in a child process,
read what the identifier scanner finds in a text, test a migration in a database of its own.
(Real servers and workers: tests/servers.py, tests/workers.py.)"""

import importlib
import io
import os
import pkgutil
import secrets
import subprocess
import sys
import uuid
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from fractions import Fraction
from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.db import connection, connections
from django.db.utils import load_backend
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from members import signed_in_user, unread

from .factories import PASSWORD

APPS = ("members", "servicemap", "glossary", "casework", "sessions_app", "evaluation", "learning")
EXPORTED_AT = datetime(2026, 5, 1, 12, 0, 0, tzinfo=UTC)  # written into workbooks and scripts
ROOT = Path(settings.BASE_DIR)
# What the production settings need to start, with secrets made up for this run.
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "cop.settings.production",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "EVALUATION_CODE_KEY": secrets.token_urlsafe(50),
    "MFA_ENCRYPTION_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "cop.example.org",
    "DATABASE_URL": "postgres://cop:secret@db.example.org:5432/cop",
    "REDIS_URL": "redis://redis.example.org:6379/0",
}


# --- Signing in ------------------------------------------------------------------------------


def sign_in(client, email, password=PASSWORD, **request):
    """Post the sign-in form; `request` adds to the request's environ (REMOTE_ADDR=…,
    HTTP_X_FORWARDED_FOR=…)."""
    return client.post(reverse("account_login"), {"login": email, "password": password},
                       **request)


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def page_as(client, viewer, url) -> str:
    """The page at `url` as `viewer` sees it (it must answer 200)."""
    client.force_login(viewer)
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def reauthenticate(client, password=PASSWORD):
    """Confirm the password again, as a sensitive action asks (allauth's reauthentication)."""
    response = client.post(reverse("account_reauthenticate"), {"password": password})
    assert response.status_code == 302, response.content.decode()[:500]
    return response


# --- Counting queries ------------------------------------------------------------------------


def counted_get(client, url, params=None):
    """GET `url`; the response and how many SQL queries answering it ran, counted with the
    signed-in user's cached copy and unread count removed first (members/signed_in_user.py,
    members/unread.py), so a count is the same whether or not an earlier request (or a save)
    left them."""
    user_id = client.session.get(SESSION_KEY)
    if user_id:
        signed_in_user.forget(user_id)
        unread.forget([user_id])
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, params)
    return response, len(ctx.captured_queries)


def forget_community_pieces() -> None:
    """Remove the community pieces the pages keep in the cache (members/community_cache.py),
    so that the next page makes them again."""
    from django.core.cache import cache

    client = cache._cache.get_client(write=True)
    for key in client.scan_iter(match=cache.make_key("community-piece:*")):
        client.delete(key)


def queries_for(client, url, params=None) -> int:
    """How many SQL queries a GET of `url` runs; it must answer 200."""
    response, count = counted_get(client, url, params)
    assert response.status_code == 200, (url, response.status_code)
    return count


# --- Dates ----------------------------------------------------------------------------------


def found_ids(user, community_ids, text, kind="cases", **filters) -> list[int]:
    """The ids a search finds (casework/search.py), best first, all on one page."""
    from casework import search

    page = search.search_page(user, community_ids, text, kind=kind,
                              per_page=search.SEARCH_LIMIT, **filters)
    return [hit["pk"] for hit in page.hits]


def date_in(days: int = 10) -> str:
    """The date `days` from today, as a form's date field takes it (ISO)."""
    return (timezone.localdate() + timedelta(days=days)).isoformat()


def next_weekday(weekday: int, after_days: int = 3) -> date:
    """The first `weekday` (0 is Monday) at least `after_days` from today."""
    day = timezone.localdate() + timedelta(days=after_days)
    return day + timedelta(days=(weekday - day.weekday()) % 7)


# --- Files ----------------------------------------------------------------------------------


def stored_files(root) -> list:
    """The files below `root` (the media_root fixture, say), if it exists."""
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def pdf_text(data: bytes) -> str:
    """The text of every page of a PDF, read with pypdf (so the file must open), with its
    lines joined by spaces (a sentence a PDF wraps still reads as one)."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


# --- Survey exports ---------------------------------------------------------------------------


def export_bytes(survey, format, options=None, *, actor=None, exported_at=EXPORTED_AT) -> bytes:
    """The export of `survey` in `format` (options as the form gives them), as the
    `export_survey` command writes it."""
    from evaluation.exports import export_survey  # openpyxl and more: only when exporting

    out = io.BytesIO()
    export_survey(actor=actor, survey=survey, format=format, options=options or {}, out=out,
                  source="command", exported_at=exported_at)
    return out.getvalue()


# --- Small-number suppression ----------------------------------------------------------------


def exactly_recoverable(values, lines, hidden) -> list:
    """An independent check in exact fractions: hidden keys whose unit vector lies in the
    row space of the lines restricted to the hidden keys."""
    keys = sorted(hidden, key=list(values).index)
    matrix = []
    for parts, total in lines:
        row = [Fraction(int(k in parts) - int(k == total)) for k in keys]
        if any(row):
            matrix.append(row)

    def rank(rows):
        rows = [r[:] for r in rows]
        r = 0
        for col in range(len(keys)):
            pivot = next((i for i in range(r, len(rows)) if rows[i][col]), None)
            if pivot is None:
                continue
            rows[r], rows[pivot] = rows[pivot], rows[r]
            for i in range(len(rows)):
                if i != r and rows[i][col]:
                    f = rows[i][col] / rows[r][col]
                    rows[i] = [a - f * b for a, b in zip(rows[i], rows[r], strict=True)]
            r += 1
        return r

    base = rank(matrix)
    found = []
    for n, k in enumerate(keys):
        unit = [Fraction(int(m == n)) for m in range(len(keys))]
        if rank(matrix + [unit]) == base:
            found.append(k)
    return found


# --- Forms -----------------------------------------------------------------------------------


def form_classes() -> list[type[forms.BaseForm]]:
    """Every form class of the apps (their modules imported first), the admin's included."""
    for app in APPS:
        package = importlib.import_module(app)
        for module in pkgutil.walk_packages(package.__path__, f"{app}."):
            if ".migrations" not in module.name:
                importlib.import_module(module.name)
    seen, todo = set(), [forms.BaseForm]
    while todo:
        for sub in todo.pop().__subclasses__():
            if sub not in seen:
                seen.add(sub)
                todo.append(sub)
    return [cls for cls in seen if cls.__module__.split(".")[0] in APPS]


# --- manage.py in a child process --------------------------------------------------------


def manage(*args, env=None, timeout=120, **overrides) -> subprocess.CompletedProcess:
    """`manage.py ARGS` in a child process, its output captured. Its environment is `env`,
    else this process's without the DJANGO_ variables (so the settings are chosen afresh),
    with `overrides` on top."""
    if env is None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT,
                          env={**env, **overrides}, capture_output=True, text=True,
                          timeout=timeout)


# --- A migration, tested in a database of its own -----------------------------------------


class MigratedDatabase:
    """A database on the test server migrated from nothing to some migrations only."""

    def __init__(self, alias: str, wrapper):
        self.alias = alias
        self.connection = wrapper  # its own, not the test database's `connection`
        self._states: dict = {}

    def migrate(self, *targets: tuple[str, str]) -> None:
        from django.db.migrations.executor import MigrationExecutor

        MigrationExecutor(self.connection).migrate(list(targets))

    def model(self, app_label: str, model_name: str, at: tuple[str, str]):
        """The model as the migration `at` left it, reading and writing this database."""
        from django.db.migrations.executor import MigrationExecutor

        if at not in self._states:
            self._states[at] = MigrationExecutor(self.connection).loader.project_state(at).apps
        return self._states[at].get_model(app_label, model_name)

    def create(self, app_label: str, model_name: str, *, at: tuple[str, str], **values):
        """A row of the model as the migration `at` left it."""
        model = self.model(app_label, model_name, at)
        return model.objects.using(self.alias).create(**values)


@contextmanager
def database_migrated_to(*targets: tuple[str, str]):
    """A MigratedDatabase at `targets`, dropped afterwards. Testing a migration in the test
    database would unapply every later migration of every app that depends on it, and apply
    them again: most of a minute, where this applies only what the targets need."""
    alias = f"migration_{uuid.uuid4().hex[:12]}"
    name = f"{connection.settings_dict['NAME']}_{alias}"[:63]
    with connection._nodb_cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    # Known to `connections` (so historical models can write to it with `using`), but not to
    # its settings: Django's test case lets a test use such a connection.
    wrapper = load_backend(connection.settings_dict["ENGINE"]).DatabaseWrapper(
        {**connection.settings_dict, "NAME": name}, alias)
    connections[alias] = wrapper
    try:
        database = MigratedDatabase(alias, wrapper)
        database.migrate(*targets)
        yield database
    finally:
        wrapper.close()
        del connections[alias]
        with connection._nodb_cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def found(text: str, allowed=()) -> dict[str, str]:
    """What the identifier scanner finds in `text`: {matched text: kind}."""
    from cop.scanner import scan

    return {f.text: f.kind for f in scan(text, allowed)}


def found_reasons(text: str, allowed=()) -> dict[str, str]:
    """{matched text: the finding's reason}."""
    from cop.scanner import scan

    return {f.text: f.reason for f in scan(text, allowed)}


def people_at(text: str, allowed=()) -> list[tuple[str, int]]:
    """[(matched text, start)] of every person the scanner finds, in order."""
    from cop.scanner import scan

    return [(f.text, f.start) for f in scan(text, allowed) if f.kind == "PERSON"]


def people(text: str, allowed=()) -> list[str]:
    """The text of every person the scanner finds, in order."""
    return [name for name, _start in people_at(text, allowed)]
