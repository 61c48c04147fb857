"""Database backups: `python -m cop.backup dump`, `restore FILE [--replace]` and `drop NAME`
(`make backup`, `make restore FILE=…`).

The database is DATABASE_URL's when it is set, else the embedded PostgreSQL's `cop` (started
for the command and stopped after it unless something else uses it). The client programs are
those pgserver ships (PostgreSQL 16, the version of docker-compose.yml's `postgres`); set
COP_PG_BIN to a folder of newer ones for a newer server.

A dump is pg_dump's custom format, written under a temporary name and renamed once complete,
so a file named like a dump is always a whole one; dumps older than BACKUP_KEEP_DAYS are
removed. A restore never overwrites anything silently: it loads the dump into a new database,
then swaps names, which it does over a database with tables only when told to (--replace);
the replaced database is kept under another name."""

import argparse
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg2
from psycopg2 import errors, sql
from psycopg2.extensions import connection, cursor, make_dsn, parse_dsn

KEEP_DAYS = 14
STAMP = "%Y%m%dT%H%M%SZ"
# <database>-<UTC time>.dump, and the hidden name it has while pg_dump writes it.
DUMP_NAME = re.compile(r"^\.?(?P<database>.+)-(?P<stamp>\d{8}T\d{6}Z)\.dump(?:\.partial)?$")
REPLACED_NAME = re.compile(r"^.+_before_restore_\d{8}t\d{6}z$")


class BackupError(Exception):
    """What went wrong, in one line for the person running the command."""


@dataclass(frozen=True)
class Database:
    """libpq connection parameters of one database (password included)."""

    params: dict[str, Any]

    @classmethod
    def from_url(cls, url: str) -> "Database":
        scheme, _, rest = url.partition("://")
        if scheme in ("postgres", "postgresql", "pgsql", "psql"):  # django-environ's spellings
            url = f"postgresql://{rest}"
        try:
            return cls(parse_dsn(url))
        except psycopg2.ProgrammingError as exc:
            raise BackupError(f"cannot read the database URL: {exc}") from exc

    @property
    def name(self) -> str:
        return str(self.params.get("dbname") or self.params.get("user") or "postgres")

    def named(self, name: str) -> "Database":
        """Another database on the same server, with the same credentials."""
        return Database({**self.params, "dbname": name})

    def dsn(self) -> str:
        """For a client program's --dbname: the password goes through the environment."""
        dsn: str = make_dsn(**{k: v for k, v in self.params.items() if k != "password"})
        return dsn

    def client_env(self) -> dict[str, str]:
        env = dict(os.environ)
        if self.params.get("password"):
            env["PGPASSWORD"] = self.params["password"]
        return env

    def connect(self) -> connection:
        conn: connection = psycopg2.connect(**self.params)
        conn.autocommit = True  # CREATE and DROP DATABASE cannot run in a transaction
        return conn

    def server(self) -> connection:
        """A connection to the server itself, not to this database (which it may rename)."""
        return self.named("template1" if self.name == "postgres" else "postgres").connect()


def client(program: str) -> str:
    folder = os.environ.get("COP_PG_BIN")
    if folder:
        return str(Path(folder) / program)
    import pgserver

    return str(Path(pgserver.__file__).parent / "pginstall" / "bin" / program)


def _run(command: list[str | Path], database: Database) -> None:
    result = subprocess.run([str(part) for part in command], env=database.client_env(),
                            capture_output=True, text=True)
    if result.returncode != 0:
        lines = (result.stderr or result.stdout).strip().splitlines() or ["no output"]
        raise BackupError(f"{Path(command[0]).name} failed: {' / '.join(lines[-3:])}")


def _stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime(STAMP)


# --- dump -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dumped:
    path: Path
    removed: list[Path]  # the dumps past keeping


def dump(database: Database, directory: Path, *, keep_days: int = KEEP_DAYS,
         now: datetime | None = None) -> Dumped:
    """Write `<database>-<UTC time>.dump` into `directory`, then remove the old ones."""
    now = now or datetime.now(UTC)
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    final = directory / f"{database.name}-{_stamp(now)}.dump"
    partial = final.with_name(f".{final.name}.partial")
    try:
        # Created first so that a dump, which holds everything the product stores, is
        # readable by its owner only (pg_dump keeps the mode of a file that exists).
        os.close(os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
        _run([client("pg_dump"), "--format=custom", f"--file={partial}",
              f"--dbname={database.dsn()}"], database)
        _fsync(partial)
        os.replace(partial, final)
        _fsync(directory)
    finally:
        partial.unlink(missing_ok=True)
    return Dumped(final, prune(directory, keep_days=keep_days, now=now))


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def prune(directory: Path, *, keep_days: int, now: datetime) -> list[Path]:
    """Remove the dumps (and left-over partial ones) taken more than `keep_days` ago."""
    cutoff = now - timedelta(days=keep_days)
    removed = []
    for path in sorted(directory.iterdir()):
        match = DUMP_NAME.match(path.name)
        if match and datetime.strptime(match["stamp"], STAMP).replace(tzinfo=UTC) < cutoff:
            path.unlink()
            removed.append(path)
    return removed


# --- restore ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Restored:
    tables: int
    kept_as: str | None  # the replaced database's new name, if it had tables


def _exists(server: connection, name: str) -> bool:
    with server.cursor() as cur:
        cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        return cur.fetchone() is not None


def _count(cur: cursor) -> int:
    """What a `SELECT count(*)` just run gave."""
    row = cur.fetchone()
    return int(row[0]) if row else 0


def table_count(database: Database) -> int:
    conn = database.connect()
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
            return _count(cur)
    finally:
        conn.close()


def other_connections(server: connection, name: str, *, wait: float = 3) -> int:
    """How many connections to `name` are left after waiting up to `wait` seconds: a closed
    connection's server process (this command's own, or pg_restore's) ends a moment later."""
    deadline = time.monotonic() + wait
    while True:
        with server.cursor() as cur:
            cur.execute("SELECT count(*) FROM pg_stat_activity"
                        " WHERE datname = %s AND pid <> pg_backend_pid()", [name])
            count = _count(cur)
        if not count or time.monotonic() > deadline:
            return count
        time.sleep(0.05)


def _in_use(name: str, count: int) -> BackupError:
    return BackupError(
        f"database {name} is in use ({count} other connection{'s' * (count != 1)}): stop "
        "what uses it (`make run`, or the web server, worker and beat) and restore again")


def restore(database: Database, archive: Path, *, replace: bool = False,
            now: datetime | None = None) -> Restored:
    """Load `archive` into a new database, then give it `database`'s name. A database of
    that name with tables is renamed `<name>_before_restore_<time>` if `replace`, else left
    alone; nothing is swapped while anything else is connected to it."""
    if not Path(archive).is_file():
        raise BackupError(f"{archive}: no such file")
    try:
        _run([client("pg_restore"), "--list", archive], database)
    except BackupError as exc:
        raise BackupError(f"{archive} is not a dump made by `make backup` ({exc})") from exc
    stamp = _stamp(now or datetime.now(UTC)).lower()
    fresh, old = f"{database.name}_restoring_{stamp}", f"{database.name}_before_restore_{stamp}"
    if len(old) > 63:  # PostgreSQL's limit on names
        raise BackupError(f"the database name {database.name} is too long to restore over")

    server = database.server()
    try:
        exists = _exists(server, database.name)
        had_tables = exists and table_count(database) > 0
        if had_tables and not replace:
            raise BackupError(
                f"database {database.name} already has tables: to replace it with the dump "
                "(it is kept under another name), restore again with --replace "
                "(make restore FILE=… REPLACE=yes)")
        if exists and (count := other_connections(server, database.name)):
            raise _in_use(database.name, count)

        with server.cursor() as cur:
            cur.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'")
                        .format(sql.Identifier(fresh)))
        try:
            _run([client("pg_restore"), "--no-owner", "--no-privileges", "--exit-on-error",
                  f"--jobs={min(4, os.cpu_count() or 1)}",
                  f"--dbname={database.named(fresh).dsn()}", archive], database)
            tables = table_count(database.named(fresh))
            if count := other_connections(server, fresh):
                raise BackupError(f"{count} connections to {fresh} stay open after loading it")
            _swap(server, database.name, fresh, old if exists else None)
        except BaseException:
            with server.cursor() as cur:
                cur.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
                            .format(sql.Identifier(fresh)))
            raise
        if exists and not had_tables:
            _drop(server, old)  # an empty database: nothing worth keeping
        return Restored(tables=tables, kept_as=old if had_tables else None)
    finally:
        server.close()


def _swap(server: connection, name: str, fresh: str, old: str | None) -> None:
    """Both renames in one transaction: the name never points at nothing or at half a restore."""
    server.autocommit = False
    try:
        with server.cursor() as cur:
            if old:
                cur.execute(sql.SQL("ALTER DATABASE {} RENAME TO {}").format(
                    sql.Identifier(name), sql.Identifier(old)))
            cur.execute(sql.SQL("ALTER DATABASE {} RENAME TO {}").format(
                sql.Identifier(fresh), sql.Identifier(name)))
        server.commit()
    except errors.ObjectInUse as exc:
        server.rollback()
        raise _in_use(name, other_connections(server, name, wait=0) or 1) from exc
    except BaseException:
        server.rollback()
        raise
    finally:
        server.autocommit = True


def _drop(server: connection, name: str) -> None:
    with server.cursor() as cur:
        cur.execute(sql.SQL("DROP DATABASE {}").format(sql.Identifier(name)))


def drop_replaced(database: Database, name: str) -> None:
    """Drop a database that a restore replaced (and only such a database)."""
    if not REPLACED_NAME.match(name):
        raise BackupError(f"{name} is not a database replaced by a restore (*_before_restore_*)")
    server = database.server()
    try:
        if not _exists(server, name):
            raise BackupError(f"there is no database {name}")
        if count := other_connections(server, name):
            raise _in_use(name, count)
        _drop(server, name)
    finally:
        server.close()


# --- command line -----------------------------------------------------------------------


def _make_run_pids() -> list[int]:
    """Processes of `make run` (cop.stack) on the database this command uses: the same
    DATABASE_URL, or none and recorded as users of the same embedded PostgreSQL. Read from
    /proc, so Linux only; elsewhere the count of connections still stops a restore."""
    from cop import embedded

    ours = os.environ.get("DATABASE_URL") or None
    embedded_users = set(embedded._live_pids(embedded.PG_DATA / ".handle_pids.json"))
    pids = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            if b"cop.stack" not in (entry / "cmdline").read_bytes().split(b"\0"):
                continue
            environ = dict(line.partition(b"=")[::2]
                           for line in (entry / "environ").read_bytes().split(b"\0"))
        except OSError:
            continue
        theirs = environ.get(b"DATABASE_URL", b"").decode() or None
        pid = int(entry.name)
        if theirs == ours and (ours or pid in embedded_users) and pid != os.getpid():
            pids.append(pid)
    return sorted(pids)


def _size(path: Path) -> str:
    size = path.stat().st_size
    return f"{size / 1e6:.1f} MB" if size >= 1e5 else f"{size / 1e3:.0f} kB"


def main(argv: list[str] | None = None) -> int:
    from cop import embedded

    parser = argparse.ArgumentParser(prog="python -m cop.backup", description=__doc__.split(
        "\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump", help="write a dump, remove those past keeping")
    dumping.add_argument("--dir", type=Path, default=Path(
        os.environ.get("BACKUP_DIR") or embedded.DATA_DIR / "backups"))
    dumping.add_argument("--keep-days", type=int,
                         default=int(os.environ.get("BACKUP_KEEP_DAYS") or KEEP_DAYS))
    restoring = commands.add_parser("restore", help="load a dump into the database")
    restoring.add_argument("file", type=Path)
    restoring.add_argument("--replace", action="store_true",
                           help="replace a database that has tables (it is kept renamed)")
    dropping = commands.add_parser("drop", help="drop a database a restore replaced")
    dropping.add_argument("name")
    args = parser.parse_args(argv)

    try:
        if args.command == "restore" and (pids := _make_run_pids()):
            raise BackupError(
                f"`make run` is still running (pid {', '.join(map(str, pids))}) and uses the "
                "database: stop it (Ctrl-C in its terminal) and restore again")
        url = os.environ.get("DATABASE_URL") or embedded.postgres_url("cop")
        database = Database.from_url(url)
        started = time.monotonic()
        if args.command == "dump":
            dumped = dump(database, args.dir, keep_days=args.keep_days)
            print(f"wrote {dumped.path} ({_size(dumped.path)}) from database {database.name}"
                  f" in {time.monotonic() - started:.1f} s; removed {len(dumped.removed)} "
                  f"older than {args.keep_days} days")
        elif args.command == "restore":
            restored = restore(database, args.file, replace=args.replace)
            print(f"restored {args.file} into database {database.name} ({restored.tables} "
                  f"tables) in {time.monotonic() - started:.1f} s")
            if restored.kept_as:
                print(f"the database it replaced is kept as {restored.kept_as}; to drop it: "
                      f"{os.path.relpath(sys.executable)} -m cop.backup drop {restored.kept_as}")
        else:
            drop_replaced(database, args.name)
            print(f"dropped database {args.name}")
    except (BackupError, psycopg2.Error, embedded.EmbeddedServiceError) as exc:
        print(f"error: {str(exc).strip()}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
