"""The embedded PostgreSQL and Redis stop when the last process using them exits,
even if another user was killed outright. Each test uses its own data folder."""

import os
import signal
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

import psycopg2
import pytest
import redis

ROOT = Path(__file__).resolve().parent.parent
START_BOTH = ("from cop import embedded; print(embedded.postgres_url('probe'), "
              "embedded.redis_url(), flush=True)")


def python(code, data_dir, **kwargs):
    env = {**os.environ, "COP_DATA_DIR": str(data_dir)}
    return subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, text=True, **kwargs)


def postgres_answers(url) -> bool:
    host = unquote(urlsplit(url).query.removeprefix("host="))
    try:
        psycopg2.connect(dbname="probe", user="postgres", host=host, connect_timeout=3).close()
    except psycopg2.OperationalError:
        return False
    return True


def redis_answers(url) -> bool:
    try:
        return redis.Redis.from_url(url, socket_timeout=3).ping()
    except redis.RedisError:
        return False


@pytest.fixture
def data_dir(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    os.chmod(tmp_path, 0o755)  # PostgreSQL runs as its own system user when we are root
    return folder


def test_servers_start_and_stop_with_their_only_user(data_dir):
    proc = python(START_BOTH, data_dir)
    out, _ = proc.communicate(timeout=120)
    assert proc.returncode == 0
    pg_url, redis_url = out.split()
    assert (data_dir / "postgres" / "PG_VERSION").exists()
    assert not postgres_answers(pg_url)
    assert not redis_answers(redis_url)


def test_a_killed_user_does_not_keep_the_servers_running(data_dir):
    holder = python(START_BOTH + "; import time; time.sleep(120)", data_dir)
    pg_url, redis_url = holder.stdout.readline().split()
    assert postgres_answers(pg_url) and redis_answers(redis_url)
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=10)
    assert postgres_answers(pg_url) and redis_answers(redis_url)  # nobody stopped them

    joiner = python(START_BOTH, data_dir)
    out, _ = joiner.communicate(timeout=120)
    assert out.split() == [pg_url, redis_url], "the second user joins the same servers"
    assert not postgres_answers(pg_url)
    assert not redis_answers(redis_url)
