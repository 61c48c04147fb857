"""`make bench`: seed (or reuse) the bench database, serve it with gunicorn (2 workers, DEBUG
off) on 127.0.0.1, load each page from a separate process, run the command-line benchmarks,
and write bench-results/results.json and results.md (also printed).

This process owns the embedded PostgreSQL and Redis (unless DATABASE_URL / REDIS_URL are
set), as `make run` does, and hands their URLs to its children."""

import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

from cop import embedded

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench-results"
DATABASE = "cop_bench"
PYTHON = sys.executable
P95_TARGET_MS = 150
LIST_PAGES_RATIO = 0.10
DETAIL_RATIO = 0.025


def say(text: str) -> None:
    print(f"[bench] {text}", flush=True)


def environment() -> dict:
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="cop.settings.bench")
    if not env.get("DATABASE_URL"):
        env["DATABASE_URL"] = embedded.postgres_url(DATABASE)
    if not env.get("REDIS_URL"):
        env["REDIS_URL"] = embedded.redis_url()
    return env


def recreate_database(env) -> None:
    import psycopg2
    from psycopg2 import sql

    from cop.settings.base import env as environ_env

    config = environ_env.db_url_config(env["DATABASE_URL"])
    options = config.get("OPTIONS", {})
    conn = psycopg2.connect(dbname="postgres", user=config.get("USER") or None,
                            password=config.get("PASSWORD") or None,
                            host=options.get("host") or config.get("HOST") or None,
                            port=config.get("PORT") or None)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
            sql.Identifier(config["NAME"])))
        cur.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(config["NAME"])))
    conn.close()


def run(args, env, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(args, env=env, cwd=ROOT, **kwargs)


def seed(env) -> None:
    for attempt in (1, 2):
        if run([PYTHON, "manage.py", "migrate", "--no-input", "-v", "0"], env).returncode:
            raise SystemExit("migrate failed")
        if run([PYTHON, "-m", "bench.seed"], env).returncode == 0:
            return
        if attempt == 1:
            say("dropping the bench database and seeding it again")
            recreate_database(env)
    raise SystemExit("seeding failed")


def serve(env) -> subprocess.Popen:
    gunicorn = [PYTHON, "-m", "gunicorn", "-c", "cop/gunicorn.conf.py", "--bind",
                "127.0.0.1:8765", "--workers", "2", "--log-level", "warning",
                "cop.wsgi:application"]
    server = subprocess.Popen(gunicorn, env=env, cwd=ROOT, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen("http://127.0.0.1:8765/bench/trivial/", timeout=2).close()
            return server
        except OSError:
            if server.poll() is not None:
                raise SystemExit("gunicorn stopped") from None
            time.sleep(0.3)
    server.terminate()
    raise SystemExit("gunicorn did not start")


def command_output(args, env) -> str:
    done = run([PYTHON, "manage.py", *args], env, capture_output=True, text=True)
    text = done.stdout + (done.stderr if done.returncode else "")
    print(text, flush=True)
    return text


def number(pattern, text, cast=float):
    found = re.search(pattern, text)
    return cast(found.group(1).replace(",", "")) if found else None


def judge(pages: dict) -> None:
    floor = pages["trivial view"]["rps"]
    for name, page in pages.items():
        page["ratio_to_trivial"] = round(page["rps"] / floor, 4)
        if name == "trivial view":
            continue
        wanted: float | None = DETAIL_RATIO if name.startswith("case detail") else LIST_PAGES_RATIO
        if name.startswith(("case list, page", "personal calendar")):
            wanted = None  # p95 target only (the ratios name the list pages)
        page["ratio_target"] = wanted
        page["p95_met"] = page["p95_ms"] < P95_TARGET_MS
        page["ratio_met"] = None if wanted is None else page["ratio_to_trivial"] >= wanted


def markdown(results: dict) -> str:
    lines = [f"# Benchmark {results['when']}", "",
             f"{results['machine']}; gunicorn 2 workers, {results['concurrency']} users, "
             f"{results['requests_per_page']} requests per page.", "",
             "| page | as | req/s | median ms | p95 ms | ratio to trivial | p95 < 150 ms "
             "| ratio target |",
             "|---|---|---:|---:|---:|---:|---|---|"]
    for name, p in results["pages"].items():
        met = "" if "p95_met" not in p else ("met" if p["p95_met"] else "NOT met")
        ratio = ("" if p.get("ratio_target") is None else
                 f"≥ {p['ratio_target']:.1%}: " + ("met" if p["ratio_met"] else "NOT met"))
        lines.append(f"| {name} | {p['as']} | {p['rps']:.1f} | {p['median_ms']:.1f} | "
                     f"{p['p95_ms']:.1f} | {p['ratio_to_trivial']:.1%} | {met} | {ratio} |")
    lines += ["", "## Command-line benchmarks", ""]
    for name, item in results["commands"].items():
        figures = ", ".join(f"{k}: {v}" for k, v in item.items() if k != "output")
        lines.append(f"- **{name}**: {figures}")
    return "\n".join(lines) + "\n"


def main() -> int:
    RESULTS.mkdir(exist_ok=True)
    env = environment()
    seed(env)
    targets = RESULTS / "targets.json"
    if run([PYTHON, "-m", "bench.prepare", str(targets)], env).returncode:
        return 1
    requests = int(os.environ.get("BENCH_REQUESTS", "400"))
    say("serving with gunicorn (2 workers) on 127.0.0.1:8765")
    server = serve(env)
    try:
        say(f"load: 8 users, {requests} requests per page (twice that for the trivial view)")
        load_out = RESULTS / "load.json"
        if run([PYTHON, "-m", "bench.load", str(targets), str(load_out), str(requests)],
               env).returncode:
            return 1
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    pages = json.loads(load_out.read_text())
    judge(pages)

    commands = {}
    say("the scanner on a 1,000-word case")
    text = command_output(["bench_scanner"], env)
    scan_ms = number(r"median[^\d]*([\d.]+)\s*ms", text)
    commands["scanner (1,000 words)"] = {
        "median_ms": scan_ms, "target_met (< 50 ms warm)": (scan_ms or 1e9) < 50,
        "output": text}
    say("CSV export of 500,000 answers against COPY")
    text = command_output(["bench_export", "--repeat", "1"], env)
    ours = number(r"answers per second\s+([\d,]+)", text)
    copy = number(r"answers per second\s+[\d,]+\s+([\d,]+)", text)
    commands["export (500,000 answers)"] = {
        "ours_answers_per_s": ours, "copy_answers_per_s": copy,
        "ratio": round(ours / copy, 3) if ours and copy else None,
        "ratio_met (>= 0.5)": bool(ours and copy and ours / copy >= 0.5),
        "peak_rss_mb": number(r"peak resident set, MB\s+([\d.]+)", text), "output": text}
    say("reminder sweep of 10,000")
    text = command_output(["bench_reminders"], env)
    commands["reminder sweep (10,000)"] = {
        "seconds": number(r"Sweep total: ([\d.]+) s", text),
        "target_met (< 60 s)": (number(r"Sweep total: ([\d.]+) s", text) or 1e9) < 60,
        "output": text}

    results = {"when": datetime.now(UTC).isoformat(timespec="seconds"),
               "machine": f"{os.cpu_count()} CPUs", "concurrency": 8,
               "requests_per_page": requests, "pages": pages, "commands": commands}
    (RESULTS / "results.json").write_text(json.dumps(results, indent=1))
    table = markdown(results)
    (RESULTS / "results.md").write_text(table)
    print(table)
    say(f"written: {RESULTS / 'results.json'} and {RESULTS / 'results.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
