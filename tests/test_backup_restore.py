"""Backups that are proven to restore (cop/backup.py, `make backup` / `make restore`).

A dump of a database with data in every app, restored into a fresh database on the same
server, holds the same rows in every table, the same sequence values and the same schema
(indexes, constraints, triggers, functions); the product then works on the restored copy.
The data is committed (transactional_db): pg_dump cannot see a test's open transaction."""

import os
import re
import subprocess
import sys
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import psycopg2
import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils.html import escape
from psycopg2 import sql

from cop import backup

pytestmark = pytest.mark.django_db(transaction=True)

APPS = ("members", "servicemap", "glossary", "casework", "sessions_app", "evaluation")
SCHEMA_QUERIES = {
    "indexes": "SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public'",
    "constraints": "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid)"
                   " FROM pg_constraint WHERE connamespace = 'public'::regnamespace",
    "triggers": "SELECT tgrelid::regclass::text, tgname, tgenabled, pg_get_triggerdef(oid)"
                " FROM pg_trigger WHERE NOT tgisinternal",
    "functions": "SELECT proname, md5(pg_get_functiondef(oid)) FROM pg_proc"
                 " WHERE pronamespace = 'public'::regnamespace",
    "extensions": "SELECT extname, extversion FROM pg_extension",
}


def same_meaning(definition):
    """A definition without casts and parentheses. PostgreSQL prints some expressions it
    read back from a dump with the casts elsewhere: allauth's partial unique index
    `type IN ('totp', 'recovery_codes')` is `ANY (ARRAY['totp'::character varying, …])::text[]`
    once migrated and `ANY (ARRAY[('totp'::character varying)::text, …])` once restored."""
    if not isinstance(definition, str):
        return definition
    return re.sub(r"::[\w ]+(\[\])?|[()]", "", definition)


@pytest.fixture
def test_database():
    """The test database (test_cop_<pid>) as cop.backup sees it."""
    return backup.Database.from_url(settings.DATABASE_URL).named(
        connection.settings_dict["NAME"])


@pytest.fixture
def scratch(test_database):
    """Names for extra databases on the same server; each is dropped afterwards, with
    whatever a restore into it left (`<name>_restoring_*`, `<name>_before_restore_*`)."""
    names = []

    def name(suffix: str) -> backup.Database:
        names.append(f"{test_database.name}_{suffix}")
        return test_database.named(names[-1])

    yield name
    server = test_database.server()
    try:
        with server.cursor() as cur:
            for base in names:
                cur.execute("SELECT datname FROM pg_database WHERE datname = %s"
                            " OR datname LIKE %s", [base, base.replace("_", r"\_") + r"\_%"])
                for (found,) in cur.fetchall():
                    cur.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(
                        sql.Identifier(found)))
    finally:
        server.close()


def databases(database: backup.Database, pattern: str) -> list[str]:
    server = database.server()
    try:
        with server.cursor() as cur:
            cur.execute("SELECT datname FROM pg_database WHERE datname LIKE %s ORDER BY 1",
                        [pattern])
            return [row[0] for row in cur.fetchall()]
    finally:
        server.close()


def fingerprint(database: backup.Database) -> dict:
    """Every public table's row count and a digest of all its rows in order, every
    sequence's state, and the schema's indexes, constraints, triggers and functions."""
    conn = database.connect()
    found = {}
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            for (table,) in cur.fetchall():
                cur.execute(sql.SQL(
                    "SELECT count(*), md5(coalesce(string_agg(t::text, ',' ORDER BY t::text),"
                    " '')) FROM {} AS t").format(sql.Identifier(table)))
                found["table", table] = cur.fetchone()
            cur.execute("SELECT relname FROM pg_class WHERE relkind = 'S'"
                        " AND relnamespace = 'public'::regnamespace")
            for (sequence,) in cur.fetchall():
                cur.execute(sql.SQL("SELECT last_value, is_called FROM {}").format(
                    sql.Identifier(sequence)))
                found["sequence", sequence] = cur.fetchone()
            for kind, query in SCHEMA_QUERIES.items():
                cur.execute(query)
                found["schema", kind] = sorted(tuple(map(same_meaning, row))
                                               for row in cur.fetchall())
    finally:
        conn.close()
    return found


def add_history_rows():
    """What seed_demo leaves empty in the case history and invitations."""
    from casework import services as casework
    from members import services as members
    from members.models import Community, Role, User

    leeds = Community.objects.get(slug="leeds-multiple-needs")
    member = User.objects.get(email="member@example.org")
    case = casework.case_create(actor=member, community=leeds, data={
        "pseudonym": "Jo", "title": "A draft kept for later",
        "presenting_situation": "Jo has been refused a place twice.",
        "question": "Where else could Jo go?"})
    casework.case_update(actor=member, case=case, data={"title": "A draft, edited"},
                         reasons={})
    members.invitations_create(actor=User.objects.get(email="facilitator@example.org"),
                               community=leeds, emails=["new.person@example.org"],
                               role=Role.MEMBER)


@contextmanager
def django_on(name: str):
    """Django's connection on another database of the same server, for the block."""
    original = connection.settings_dict["NAME"]
    connection.close()
    connection.settings_dict["NAME"] = name
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict["NAME"] = original


def test_a_dump_restores_into_a_fresh_database_identical_and_working(
        test_database, scratch, tmp_path, client):
    call_command("seed_demo")
    add_history_rows()
    before = fingerprint(test_database)
    rows = {key[1]: value[0] for key, value in before.items() if key[0] == "table"}
    for app in APPS:
        assert any(count for table, count in rows.items() if table.startswith(f"{app}_")), app
    # The history and the audit trail, written by triggers, are in the dump too.
    for table in ("members_auditevent", "casework_caserevision", "casework_commentevent",
                  "members_membershipevent", "members_invitationevent"):
        assert rows[table] > 0, table

    dumped = backup.dump(test_database, tmp_path / "backups")
    assert dumped.path.parent == tmp_path / "backups" and dumped.removed == []
    assert os.stat(dumped.path).st_mode & 0o077 == 0, "only its owner may read a dump"
    copy = scratch("restored")
    restored = backup.restore(copy, dumped.path)

    assert restored.kept_as is None and restored.tables == len(rows)
    after = fingerprint(copy)
    assert after.keys() == before.keys()
    assert [key for key in before if before[key] != after[key]] == []
    assert databases(copy, f"{copy.name}\\_%") == [], "nothing left of the restore"

    # The product on the restored copy: sign in, read a case and its discussion, post.
    with django_on(copy.name):
        from casework.models import CaseStudy, Comment

        case = CaseStudy.objects.filter(community__slug="leeds-multiple-needs",
                                        status="published", comments__isnull=False).first()
        comment = case.comments.first()
        comments = Comment.objects.filter(case=case).count()
        response = client.post("/accounts/login/", {"login": "member@example.org",
                                                    "password": "practice-together"})
        assert response.status_code == 302
        page = client.get(case.get_absolute_url())
        assert page.status_code == 200
        assert escape(case.title) in page.text and escape(comment.body[:40]) in page.text
        response = client.post(
            reverse("casework:comment_create", args=[case.community.slug, case.pk]),
            {"body": "We saw the same refusal last month; ask for the decision in writing."})
        assert response.status_code == 302
        assert Comment.objects.filter(case=case).count() == comments + 1
    # The new comment went to the copy: the dumped database is as it was.
    assert fingerprint(test_database) == before


def test_restore_replaces_a_database_with_tables_only_when_told_and_keeps_it(
        scratch, tmp_path):
    source = database_with_a_note(scratch("source"), "from the dump")
    target = database_with_a_note(scratch("target"), "there before")
    dump = backup.dump(source, tmp_path).path

    with pytest.raises(backup.BackupError, match="already has tables.*--replace"):
        backup.restore(target, dump)
    assert notes(target) == ["there before"]

    # Not while anything else is connected to it.
    holder = target.connect()
    try:
        with pytest.raises(backup.BackupError, match="in use .1 other connection"):
            backup.restore(target, dump, replace=True)
    finally:
        holder.close()
    assert notes(target) == ["there before"]
    assert databases(target, f"{target.name}\\_%") == []

    when = datetime(2030, 5, 6, 7, 8, 9, tzinfo=UTC)
    restored = backup.restore(target, dump, replace=True, now=when)
    assert notes(target) == ["from the dump"]
    assert restored.kept_as == f"{target.name}_before_restore_20300506t070809z"
    assert notes(target.named(restored.kept_as)) == ["there before"]

    with pytest.raises(backup.BackupError, match="not a database replaced by a restore"):
        backup.drop_replaced(target, source.name)
    backup.drop_replaced(target, restored.kept_as)
    assert databases(target, f"{target.name}\\_%") == []


def database_with_a_note(database: backup.Database, text: str) -> backup.Database:
    server = database.server()
    try:
        with server.cursor() as cur:
            cur.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database.name)))
    finally:
        server.close()
    conn = database.connect()
    try:
        with conn.cursor() as cur:
            cur.execute("CREATE TABLE note (id serial PRIMARY KEY, text text)")
            cur.execute("INSERT INTO note (text) VALUES (%s)", [text])
    finally:
        conn.close()
    return database


def notes(database: backup.Database) -> list[str]:
    conn = database.connect()
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT text FROM note ORDER BY id")
            return [row[0] for row in cur.fetchall()]
    finally:
        conn.close()


def test_a_failed_dump_leaves_nothing_that_looks_like_a_dump(test_database, tmp_path):
    missing = test_database.named(f"{test_database.name}_missing")
    with pytest.raises(backup.BackupError, match="pg_dump failed"):
        backup.dump(missing, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_dump_killed_halfway_leaves_nothing_that_looks_like_a_dump(tmp_path):
    """pg_dump (a stand-in here) has written half the dump when the machine stops."""
    programs = tmp_path / "bin"
    programs.mkdir()
    (programs / "pg_dump").write_text(
        "#!/bin/sh\n"
        'for arg; do case "$arg" in --file=*) file="${arg#--file=}";; esac; done\n'
        'printf PGDMP-half-of-it > "$file"\n'
        "kill -9 $PPID\n")
    (programs / "pg_dump").chmod(0o755)
    backups = tmp_path / "backups"
    subprocess.run([sys.executable, "-c", "import sys; from pathlib import Path; "
                    "from cop import backup; backup.dump(backup.Database.from_url("
                    "'postgres://nobody@localhost/cop'), Path(sys.argv[1]))", str(backups)],
                   env={**os.environ, "COP_PG_BIN": str(programs)}, cwd=settings.BASE_DIR)
    (left,) = backups.iterdir()
    assert left.read_bytes() == b"PGDMP-half-of-it", "the dump was under way"
    assert left.name.startswith(".") and left.name.endswith(".partial")
    later = datetime.now(UTC) + timedelta(days=backup.KEEP_DAYS + 1)
    assert backup.prune(backups, keep_days=backup.KEEP_DAYS, now=later) == [left]


def test_a_file_that_is_not_a_dump_is_refused_before_anything_changes(test_database, tmp_path):
    not_a_dump = tmp_path / "cop-20300101T000000Z.dump"
    not_a_dump.write_bytes(b"PGDMP but cut short")
    with pytest.raises(backup.BackupError, match="not a dump"):
        backup.restore(test_database, not_a_dump, replace=True)
    assert databases(test_database, f"{test_database.name}\\_%") == []


def test_dumps_past_keeping_are_removed_and_nothing_else(tmp_path):
    now = datetime(2030, 5, 20, 12, 0, 0, tzinfo=UTC)
    names = {
        "cop-20300505T115959Z.dump": False,  # 14 days and a second ago
        ".cop-20300501T000000Z.dump.partial": False,  # left by a dump that died
        "cop-20300506T120000Z.dump": True,  # exactly 14 days ago
        "cop-20300520T110000Z.dump": True,
        "notes-about-2020.txt": True,
        "cop-latest.dump": True,  # not named by a dump: not ours to remove
    }
    for name in names:
        (tmp_path / name).write_bytes(b"")
    removed = backup.prune(tmp_path, keep_days=14, now=now)
    assert sorted(p.name for p in removed) == sorted(n for n, kept in names.items() if not kept)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        n for n, kept in names.items() if kept)
    assert backup.prune(tmp_path, keep_days=14, now=now + timedelta(days=15)) != []


def test_the_command_line_dumps_and_refuses_to_overwrite(scratch, tmp_path, monkeypatch,
                                                         capsys):
    database = database_with_a_note(scratch("cli"), "there before")
    monkeypatch.setenv("DATABASE_URL", psycopg2.extensions.make_dsn(**database.params))
    assert backup.main(["dump", "--dir", str(tmp_path)]) == 0
    (dump,) = tmp_path.iterdir()
    assert f"wrote {dump}" in capsys.readouterr().out
    assert backup.main(["restore", str(dump)]) == 1
    assert "already has tables" in capsys.readouterr().err
    assert backup.main(["restore", str(dump), "--replace"]) == 0
    assert f"kept as {database.name}_before_restore_" in capsys.readouterr().out
    assert notes(database) == ["there before"]
