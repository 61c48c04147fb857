"""Pieces of a community's pages that are the same for every member, made once per version
of the community's content and kept in the cache (issue 17).

A community is sealed as a whole: every active member may see its published cases, its
members and its sessions, and pieces made of those alone (never a draft, nothing about the
viewer) are the same for all of them: the community home's latest cases, upcoming sessions,
newest members and counts, and each page of the case list. Such a piece is kept under a key
made of the community (its id and creation time, so an id reused after a database reset
cannot match, and its address, which links in the piece use), its `content_version`, the
piece's name and arguments, and the code that makes it (code_version: a digest of the
project's templates and modules, so a deploy that changes any of them makes new keys).

`content_version` changes in the very transaction of every write a piece shows: PostgreSQL
triggers raise it (to the time in microseconds, so it never goes back nor repeats, even
after a rollback or a restored backup) whenever a case, a membership, a session, a member's
name or agency or an agency's name is written (members migration 0012, casework 0012,
sessions_app 0008). A reader reads the version (with the viewer's membership, in the same
query) before the data, so a piece is never kept under a version older than what it
shows; nothing is invalidated by hand, and old entries expire. A piece that also changes
with the clock (upcoming sessions) is kept only until then.

Redis down or hung is a miss (cop/cache.py): the piece is made from the database."""

import functools
import hashlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.cache import cache

from cop.source_digest import source_digest

from .models import Community

KEEP_SECONDS = 6 * 60 * 60  # pieces of the pages people are reading stay; others expire


@functools.cache
def code_version() -> str:
    """A digest of every template and of the modules of every app (a folder with apps.py)
    and of the project's package."""
    base = Path(settings.BASE_DIR)
    apps = [folder for folder in sorted(base.iterdir())
            if (folder / "apps.py").exists() or folder.name == "cop"]
    files = [*sorted((base / "templates").rglob("*.html")),
             *(path for app in apps for path in sorted(app.rglob("*.py"))
               if "migrations" not in path.parts)]
    return source_digest(*files)


def key(community: Community, name: str, *args: Any) -> str:
    parts = (community.pk, community.created_at.isoformat(), community.slug,
             community.content_version, name, args, code_version())
    return "community-piece:" + hashlib.sha256(repr(parts).encode()).hexdigest()


def get_many(keys: Iterable[str]) -> dict[str, Any]:
    """The pieces kept under `keys` (one round trip); those missing are left out."""
    return cache.get_many(list(keys))


def get(piece_key: str) -> Any | None:
    return cache.get(piece_key)


def keep(pieces: Mapping[str, Any], seconds: int | None = None) -> None:
    """Keep freshly made pieces (`seconds`, when the clock alone will change them sooner
    than KEEP_SECONDS; 0 or less keeps nothing)."""
    seconds = KEEP_SECONDS if seconds is None else min(seconds, KEEP_SECONDS)
    if pieces and seconds > 0:
        cache.set_many(dict(pieces), seconds)
