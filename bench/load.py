"""One page's load, for bench/run.py: wrk (Debian's `wrk`; 2 threads, 8 connections) against
a running gunicorn, then the SQL per request read from plain requests.

For each page: WARM_UP requests (each must answer 200), then wrk for `seconds` with
wrk_report.lua (requests per second, latency percentiles, errors), while the CPU time used by
wrk, by the server (gunicorn's master and workers), by PostgreSQL and by everything else on the
machine is taken, each as a share of one core, so the results show whether the load tool or
the machine's other work, not the server, set the pace. Then TIMED requests carrying
X-Bench-Timing, whose Server-Timing header (bench/server_timing.py) gives the SQL queries, the
time in SQL and the time in Django of each: their means are reported."""

import http.client
import json
import os
import re
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import psutil

HOST = "127.0.0.1"
THREADS, CONNECTIONS = 2, 8
WARM_UP = 16
TIMED = 20
SCRIPT = Path(__file__).with_name("wrk_report.lua")
SERVER_TIMING = re.compile(r'sql;dur=([\d.]+);desc="(\d+) queries", app;dur=([\d.]+)')


def ensure_wrk(say) -> str:
    """wrk's path, installing Debian's package first when it is missing."""
    found = shutil.which("wrk")
    if found:
        return found
    if shutil.which("apt-get") is None or os.geteuid() != 0:
        raise SystemExit("wrk is not installed, and this is not root on Debian or Ubuntu: "
                         "install wrk (Debian: apt-get install wrk) and run make bench again")
    say("wrk is not installed: apt-get update, then apt-get install -y wrk")
    quiet = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for step in (["apt-get", "update", "-q"], ["apt-get", "install", "-y", "-q", "wrk"]):
        if subprocess.run(step, env=quiet).returncode:
            raise SystemExit(f"could not install wrk ({' '.join(step)} failed): install it "
                             "(apt-get install wrk) and run make bench again")
    found = shutil.which("wrk")
    if found is None:
        raise SystemExit("apt-get installed wrk but it is not on PATH")
    return found


def _tree_cpu(pid: int | None) -> dict[int, float]:
    """CPU seconds (user + system) used so far by a process and its descendants, by pid."""
    if pid is None:
        return {}
    try:
        root = psutil.Process(pid)
        processes = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return {}
    used = {}
    for process in processes:
        try:
            times = process.cpu_times()
        except psutil.NoSuchProcess:
            continue
        used[process.pid] = times.user + times.system
    return used


def _machine_busy() -> float:
    times = psutil.cpu_times()
    return times.user + times.nice + times.system + times.irq + times.softirq


def _get(port: int, path: str, cookie: str, timing: bool = False):
    headers = {"Cookie": cookie} if cookie else {}
    if timing:
        headers["X-Bench-Timing"] = "1"
    conn = http.client.HTTPConnection(HOST, port, timeout=60)
    try:
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        response.read()
        return response.status, response.getheader("Server-Timing", "")
    finally:
        conn.close()


def _check(port, path, cookie) -> None:
    for _ in range(WARM_UP):
        status, _ = _get(port, path, cookie)
        if status != 200:
            raise SystemExit(f"{path}: HTTP {status} (expected 200)")


def _wrk(wrk: str, port: int, path: str, cookie: str, seconds: int, watched: dict):
    """Run wrk, and the CPU seconds each watched process tree (name -> pid), wrk itself and
    the whole machine used meanwhile."""
    args = [wrk, f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{seconds}s", "--timeout", "10s",
            "-s", str(SCRIPT), f"http://{HOST}:{port}{path}"]
    if cookie:
        args[1:1] = ["-H", f"Cookie: {cookie}"]
    before = {name: _tree_cpu(pid) for name, pid in watched.items()}
    busy_before, started = _machine_busy(), time.monotonic()
    with tempfile.TemporaryFile("w+") as out:
        process = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, text=True)
        # wait4, not wait: the finished wrk's own CPU time comes with it.
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        wall = time.monotonic() - started
        busy = _machine_busy() - busy_before
        after = {name: _tree_cpu(pid) for name, pid in watched.items()}
        out.seek(0)
        text = out.read()
    found = re.search(r"^BENCH-RESULT (.*)$", text, re.MULTILINE)
    if process.returncode or not found:
        raise SystemExit(f"wrk failed on {path} (exit {process.returncode}):\n{text}")
    cpu = {"wrk": usage.ru_utime + usage.ru_stime}
    for name in watched:
        # A process that ended during the run is missing from `after` (its time is lost); one
        # that started during it counts whole.
        cpu[name] = sum(t - before[name].get(pid, 0.0) for pid, t in after[name].items())
    cpu["other"] = max(0.0, busy - sum(cpu.values()))
    return json.loads(found.group(1)), {name: round(100 * s / wall, 1) for name, s in cpu.items()}


def _timings(port, path, cookie) -> dict:
    queries, sql_ms, app_ms = [], [], []
    for _ in range(TIMED):
        status, header = _get(port, path, cookie, timing=True)
        found = SERVER_TIMING.search(header)
        if status != 200 or not found:
            raise SystemExit(f"{path}: HTTP {status}, Server-Timing {header!r}")
        sql_ms.append(float(found.group(1)))
        queries.append(int(found.group(2)))
        app_ms.append(float(found.group(3)))
    return {"sql_queries": round(statistics.mean(queries), 1), "sql_queries_max": max(queries),
            "sql_ms": round(statistics.mean(sql_ms), 2),
            "app_ms": round(statistics.mean(app_ms), 2)}


def measure(wrk: str, port: int, page: dict, cookie: str, seconds: int, watched: dict,
            timing: bool = True) -> dict:
    """One page: checked, loaded with wrk, then timed (unless `timing` is off: the bare
    floor has no middleware to time with)."""
    _check(port, page["path"], cookie)
    figures, cpu = _wrk(wrk, port, page["path"], cookie, seconds, watched)
    errors = figures["not_200"] + sum(figures["socket_errors"].values())
    result = {"path": page.get("shown_path", page["path"]), "as": page.get("as"),
              "note": page.get("note", ""), "requests": figures["requests"],
              "seconds": figures["seconds"],
              "rps": round(figures["requests"] / figures["seconds"], 1),
              "median_ms": round(figures["p50_us"] / 1000, 1),
              "p95_ms": round(figures["p95_us"] / 1000, 1),
              "p99_ms": round(figures["p99_us"] / 1000, 1),
              "max_ms": round(figures["max_us"] / 1000, 1), "errors": errors,
              "not_200": figures["not_200"], "socket_errors": figures["socket_errors"],
              "cpu_percent_of_a_core": cpu}
    if timing:
        result.update(_timings(port, page["path"], cookie))
    return result
