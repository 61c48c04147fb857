"""Production's gunicorn (cop/gunicorn.conf.py) writes its access lines through the safe
formatter: a token in a link never reaches the log."""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from .servers import free_port

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "s3cretTokenValue0123456789"


def fetch(url: str) -> None:
    try:
        urllib.request.urlopen(url, timeout=5).close()
    except urllib.error.HTTPError:
        pass  # a refused token is a 404: only the log line matters here


def test_access_lines_hide_tokens_and_stay_one_line(tmp_path):
    port = free_port()
    # A trivial WSGI app keeps this about gunicorn's logging, not Django's start-up.
    (tmp_path / "tinyapp.py").write_text(
        "def app(environ, start_response):\n"
        "    start_response('404 Not Found', [('Content-Type', 'text/plain')])\n"
        "    return [b'no']\n")
    log = tmp_path / "gunicorn.log"
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{tmp_path}"}
    with open(log, "w") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "cop" / "gunicorn.conf.py"),
             "--bind", f"127.0.0.1:{port}", "--workers", "1", "tinyapp:app"],
            cwd=tmp_path, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        fetch(f"http://127.0.0.1:{port}/s/{TOKEN}/")
        fetch(f"http://127.0.0.1:{port}/calendar/feed/{TOKEN}.ics")
        for _ in range(50):
            if log.read_text().count("GET ") >= 2:
                break
            time.sleep(0.1)
    finally:
        server.terminate()
        server.wait(timeout=10)
    text = log.read_text()
    access = [line for line in text.splitlines() if "GET " in line]
    assert len(access) == 2, text
    assert TOKEN not in text
    assert "/s/[hidden]/" in text and "/calendar/feed/[hidden]" in text
