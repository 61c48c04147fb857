"""`make bench`: seed (or reuse) the bench databases, serve them with gunicorn (2 workers,
DEBUG off) on 127.0.0.1, load each page with wrk (bench/load.py), run the command-line
benchmarks, and write bench-results/results.json and results.md (also printed).

Two floors are measured in the same run and the same gunicorn set-up: the bare framework
(cop.settings.bench_bare: no app, no middleware, no database; a second gunicorn, measured
first and last, the higher figure being the one pages are read against) and our trivial view
through the whole middleware, signed in. Every page is measured at scale 1 and, right after,
at the growth point BENCH_SCALE (3 unless set; 1 leaves it out), each scale in a database and
a gunicorn of its own.

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
from urllib.parse import urlsplit, urlunsplit

from bench import live, load
from bench.seed import database_name
from cop import embedded

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench-results"
SERVER_LOG = RESULTS / "gunicorn.log"
PYTHON = sys.executable
PORT, BARE_PORT = 8765, 8766
BARE = "bare framework floor"
TRIVIAL = "trivial view, signed in"

# The targets (issue 17): shares of the bare floor, a latency bound, a growth bound.
TRIVIAL_SHARE = 0.50
PAGE_SHARE = 0.10
DETAIL_SHARE = 0.05
SHARE_TARGETS = {TRIVIAL: TRIVIAL_SHARE, "community home": PAGE_SHARE, "case list": PAGE_SHARE,
                 "case list, deep page": PAGE_SHARE, "search 'housing'": PAGE_SHARE,
                 "community calendar": PAGE_SHARE, "system barriers": PAGE_SHARE,
                 "survey results": PAGE_SHARE, "case detail, 100 comments shown": DETAIL_SHARE}
P95_TARGET_MS = 100
GROWTH_TARGET = 1.3
BUSY_MACHINE = 25  # % of a core used by other processes during a run: the run is noisy


def say(text: str) -> None:
    print(f"[bench] {text}", flush=True)


def database_url(scale: int) -> str:
    """DATABASE_URL's server (else the embedded one), in the scale's own database."""
    given = os.environ.get("DATABASE_URL")
    if not given:
        return embedded.postgres_url(database_name(scale))
    if scale == 1:
        return given
    parts = urlsplit(given)
    url = urlunsplit(parts._replace(path=f"{parts.path}_s{scale}"))
    create_database(url, drop=False)
    return url


def environment(scale: int) -> dict:
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="cop.settings.bench",
               BENCH_SCALE=str(scale), DATABASE_URL=database_url(scale))
    if not env.get("REDIS_URL"):
        env["REDIS_URL"] = embedded.redis_url()
    return env


def create_database(url: str, drop: bool) -> None:
    import psycopg2
    from psycopg2 import sql

    from cop.settings.base import env as environ_env

    config = environ_env.db_url_config(url)
    options = config.get("OPTIONS", {})
    conn = psycopg2.connect(dbname="postgres", user=config.get("USER") or None,
                            password=config.get("PASSWORD") or None,
                            host=options.get("host") or config.get("HOST") or None,
                            port=config.get("PORT") or None)
    conn.autocommit = True
    with conn.cursor() as cur:
        name = sql.Identifier(config["NAME"])
        if drop:
            cur.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
        cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", [config["NAME"]])
        if cur.fetchone() is None:
            cur.execute(sql.SQL("CREATE DATABASE {}").format(name))
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
            create_database(env["DATABASE_URL"], drop=True)
    raise SystemExit("seeding failed")


def serve(env, port: int) -> subprocess.Popen:
    """gunicorn as production runs it (cop/gunicorn.conf.py, its access lines included), 2
    workers, on `port`; both servers write their logs to SERVER_LOG, not the terminal."""
    gunicorn = [PYTHON, "-m", "gunicorn", "-c", "cop/gunicorn.conf.py", "--bind",
                f"127.0.0.1:{port}", "--workers", "2", "--log-level", "warning",
                "cop.wsgi:application"]
    with open(SERVER_LOG, "a") as log:
        server = subprocess.Popen(gunicorn, env=env, cwd=ROOT, start_new_session=True,
                                  stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/bench/trivial/", timeout=2).close()
            return server
        except OSError:
            if server.poll() is not None:
                raise SystemExit(f"gunicorn stopped (see {SERVER_LOG})") from None
            time.sleep(0.3)
    stop(server)
    raise SystemExit(f"gunicorn did not start (see {SERVER_LOG})")


def stop(server: subprocess.Popen) -> None:
    os.killpg(server.pid, signal.SIGTERM)
    server.wait(timeout=30)


def postgres_pid() -> int | None:
    """The embedded PostgreSQL's postmaster (its backends are its children); None when
    DATABASE_URL names another server, whose CPU is then not measured."""
    if os.environ.get("DATABASE_URL"):
        return None
    try:
        return int((embedded.PG_DATA / "postmaster.pid").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def measure_bare(wrk, bare, seconds) -> dict:
    page = {"path": "/bench/trivial/", "note": "no app, no middleware, no database"}
    result = load.measure(wrk, BARE_PORT, page, "", seconds, {"server": bare.pid},
                          timing=False)
    say(line(BARE, result))
    return result


def line(name, r) -> str:
    sql = f"  SQL {r['sql_queries']:>4} q {r['sql_ms']:>6.1f} ms" if "sql_ms" in r else ""
    cpu = r["cpu_percent_of_a_core"]
    return (f"  {name:<37} {r['rps']:>7.1f} req/s  p50 {r['median_ms']:>6.1f}  p95 "
            f"{r['p95_ms']:>6.1f}  p99 {r['p99_ms']:>6.1f} ms  errors {r['errors']}{sql}  "
            f"CPU% wrk {cpu['wrk']:.0f} server {cpu['server']:.0f} db "
            f"{cpu.get('postgres', 0):.0f} other {cpu['other']:.0f}")


def measure_pages(wrk, envs: dict, seconds) -> dict:
    """Every page at every scale, the scales of one page back to back (each scale served by a
    gunicorn of its own, all up at once, only one loaded at a time), so that a change in the
    machine's other work between pages does not pass for growth."""
    plans, servers = {}, {}
    for scale, env in envs.items():
        targets = RESULTS / f"targets-s{scale}.json"
        if run([PYTHON, "-m", "bench.prepare", str(targets)], env).returncode:
            raise SystemExit("bench.prepare failed")
        plans[scale] = json.loads(targets.read_text())
    pages: dict[str, dict[str, dict]] = {str(scale): {} for scale in envs}
    try:
        for n, (scale, env) in enumerate(envs.items()):
            port = PORT + 2 * n  # 8765, 8767 (the bare floor has 8766)
            database = env["DATABASE_URL"].split("?")[0].rsplit("/", 1)[-1]
            say(f"scale {scale}: serving {database} with gunicorn (2 workers) on "
                f"127.0.0.1:{port}")
            servers[scale] = (serve(env, port), port)
        postgres = postgres_pid()
        wanted = [w.strip() for w in os.environ.get("BENCH_PAGES", "").split(",") if w.strip()]
        for n, first in enumerate(plans[1]["pages"]):
            if wanted and first["name"] != TRIVIAL and not any(w in first["name"]
                                                               for w in wanted):
                continue
            for scale, (server, port) in servers.items():
                page = plans[scale]["pages"][n]
                assert page["name"] == first["name"], (page["name"], first["name"])
                cookie = plans[scale]["cookies"][page["as"]] if page["as"] else ""
                watched = {"server": server.pid, "postgres": postgres}
                result = load.measure(wrk, port, page, cookie, seconds, watched)
                pages[str(scale)][page["name"]] = result
                say(line(f"×{scale} {page['name']}", result))
    finally:
        for server, _ in servers.values():
            stop(server)
    return pages


def command_output(args, env) -> str:
    done = run([PYTHON, "manage.py", *args], env, capture_output=True, text=True)
    text = done.stdout + (done.stderr if done.returncode else "")
    print(text, flush=True)
    return text


def number(pattern, text, cast=float):
    found = re.search(pattern, text)
    return cast(found.group(1).replace(",", "")) if found else None


def commands(env) -> dict:
    results = {}
    say("the scanner on a 1,000-word case")
    text = command_output(["bench_scanner"], env)
    scan_ms = number(r"median[^\d]*([\d.]+)\s*ms", text)
    results["scanner (1,000 words)"] = {
        "median_ms": scan_ms, "target_met (< 50 ms warm)": (scan_ms or 1e9) < 50,
        "output": text}
    say("CSV export of 500,000 answers against COPY")
    text = command_output(["bench_export", "--repeat", "1"], env)
    ours = number(r"answers per second\s+([\d,]+)", text)
    copy = number(r"answers per second\s+[\d,]+\s+([\d,]+)", text)
    results["export (500,000 answers)"] = {
        "ours_answers_per_s": ours, "copy_answers_per_s": copy,
        "ratio": round(ours / copy, 3) if ours and copy else None,
        "ratio_met (>= 0.5)": bool(ours and copy and ours / copy >= 0.5),
        "peak_rss_mb": number(r"peak resident set, MB\s+([\d.]+)", text), "output": text}
    say("reminder sweep of 10,000")
    text = command_output(["bench_reminders"], env)
    seconds = number(r"Sweep total: ([\d.]+) s", text)
    results["reminder sweep (10,000)"] = {
        "seconds": seconds, "target_met (< 60 s)": (seconds or 1e9) < 60, "output": text}
    return results


def judge(results: dict) -> list[dict]:
    """Shares of both floors on every page, and the issue's targets, met or not: a share of
    the bare floor (scale 1), p95 (every scale), the growth (each scale against scale 1)."""
    floor = results["bare_floor"]["rps"]
    for pages in results["scales"].values():
        ours = pages[TRIVIAL]["rps"]
        for page in pages.values():
            page["share_of_bare"] = round(page["rps"] / floor, 4)
            page["share_of_trivial"] = round(page["rps"] / ours, 4)
    base = results["scales"]["1"]
    targets = [{"page": name, "check": "share of bare floor", "target": f"≥ {share:.0%}",
                "figure": f"{base[name]['share_of_bare']:.1%}",
                "met": base[name]["share_of_bare"] >= share}
               for name, share in SHARE_TARGETS.items() if name in base]  # BENCH_PAGES
    for scale, pages in results["scales"].items():
        for name, page in pages.items():
            targets.append({"page": name, "check": f"p95 ×{scale}",
                            "target": f"< {P95_TARGET_MS} ms", "figure": f"{page['p95_ms']:.1f} ms",
                            "met": page["p95_ms"] < P95_TARGET_MS})
            if scale != "1":
                slower = base[name]["rps"] / page["rps"]
                page["slower_than_scale_1"] = round(slower, 3)
                targets.append({"page": name, "check": f"growth ×{scale}",
                                "target": f"≤ {GROWTH_TARGET}×", "figure": f"{slower:.2f}× slower",
                                "met": slower <= GROWTH_TARGET})
    return targets


def markdown(results: dict) -> str:
    bare = results["bare_floor"]
    scales = ", ".join(results["scales"])
    lines = [f"# Benchmark {results['when']}", "",
             f"{results['machine']}; gunicorn 2 workers (sync), DEBUG off; wrk "
             f"{load.THREADS} threads, {load.CONNECTIONS} connections, "
             f"{results['seconds_per_page']} s a page; data scales {scales}.", "",
             f"**Bare framework floor: {bare['rps']:,.1f} req/s** (measured first: "
             f"{bare['first']['rps']:,.1f}, last: {bare['last']['rps']:,.1f}; the higher is "
             f"the floor). CPU columns: % of one core used during the page's run by wrk, by "
             f"gunicorn (master and workers), by PostgreSQL, and by everything else on the "
             f"machine. SQL: mean of {load.TIMED} plain requests after the run.", ""]
    others = [p["cpu_percent_of_a_core"]["other"] for p in
              [bare["first"], bare["last"], *(q for s in results["scales"].values()
                                              for q in s.values())]]
    if max(others) > BUSY_MACHINE:
        lines += [f"**The machine was busy with other work**: other processes used "
                  f"{sum(others) / len(others):.0f}% of a core on average during the runs "
                  f"(up to {max(others):.0f}%), cores the server could not use. These figures "
                  f"are noisy; repeat on a quiet machine before reading them.", ""]
    for scale, pages in results["scales"].items():
        lines += [f"## Pages at scale {scale}", "",
                  "| page | as | req/s | median ms | p95 ms | p99 ms | errors | SQL queries "
                  "| SQL ms | % of bare floor | % of our trivial | CPU wrk | CPU server "
                  "| CPU db | CPU other |",
                  "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        rows = [(BARE, bare)] if scale == "1" else []
        for name, p in rows + list(pages.items()):
            cpu = p["cpu_percent_of_a_core"]
            label = f"{name} ({p['note']})" if p.get("note") else name
            sql = (f"{p['sql_queries']:g} | {p['sql_ms']:.1f}" if "sql_ms" in p else "– | –")
            share_bare = p["rps"] / bare["rps"]
            share_ours = f"{p['share_of_trivial']:.1%}" if "share_of_trivial" in p else "–"
            db = f"{cpu['postgres']:.0f}%" if "postgres" in cpu else "–"
            lines.append(
                f"| {label} | {p.get('as') or 'anonymous'} | {p['rps']:,.1f} | "
                f"{p['median_ms']:.1f} | {p['p95_ms']:.1f} | {p['p99_ms']:.1f} | "
                f"{p['errors']} | {sql} | {share_bare:.1%} | {share_ours} | "
                f"{cpu['wrk']:.0f}% | {cpu['server']:.0f}% | {db} | {cpu['other']:.0f}% |")
        lines.append("")
    grown = [s for s in results["scales"] if s != "1"]
    for scale in grown:
        lines += [f"## Scale {scale} against scale 1", "",
                  f"| page | req/s ×1 | req/s ×{scale} | p95 ms ×1 | p95 ms ×{scale} "
                  f"| SQL ms ×1 | SQL ms ×{scale} | times slower |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|"]
        for name, p in results["scales"][scale].items():
            one = results["scales"]["1"][name]
            lines.append(f"| {name} | {one['rps']:,.1f} | {p['rps']:,.1f} | {one['p95_ms']:.1f} "
                         f"| {p['p95_ms']:.1f} | {one['sql_ms']:.1f} | {p['sql_ms']:.1f} "
                         f"| {p['slower_than_scale_1']:.2f} |")
        lines.append("")
    checks = list(dict.fromkeys(t["check"] for t in results["targets"]))
    by_page: dict[str, dict[str, dict]] = {}
    for t in results["targets"]:
        by_page.setdefault(t["page"], {})[t["check"]] = t
    lines += ["## Targets (issue 17)", "",
              "| page | " + " | ".join(checks) + " |", "|---|" + "---|" * len(checks)]
    for page, done in by_page.items():
        cells = [f"{done[c]['figure']} ({done[c]['target']}) "
                 + ("met" if done[c]["met"] else "**NOT met**") if c in done else "–"
                 for c in checks]
        lines.append(f"| {page} | " + " | ".join(cells) + " |")
    met = sum(t["met"] for t in results["targets"])
    lines += ["", f"{met} of {len(results['targets'])} targets met.", ""]
    lines += live.markdown(results.get("live_meeting"))
    lines += ["## Command-line benchmarks (scale 1)", ""]
    for name, item in results["commands"].items():
        figures = ", ".join(f"{k}: {v}" for k, v in item.items() if k != "output")
        lines.append(f"- **{name}**: {figures}")
    return "\n".join(lines) + "\n"


def main() -> int:
    RESULTS.mkdir(exist_ok=True)
    SERVER_LOG.write_text("")
    growth = int(os.environ.get("BENCH_SCALE") or 3)
    scales = [1] if growth == 1 else [1, growth]
    seconds = int(os.environ.get("BENCH_SECONDS") or 8)
    wrk = load.ensure_wrk(say)
    envs = {}
    for scale in scales:
        say(f"scale {scale}: the data set")
        envs[scale] = environment(scale)
        seed(envs[scale])

    bare_env = dict(os.environ, DJANGO_SETTINGS_MODULE="cop.settings.bench_bare")
    say(f"the bare framework floor: a second gunicorn (2 workers) on 127.0.0.1:{BARE_PORT}")
    bare = serve(bare_env, BARE_PORT)
    try:
        first = measure_bare(wrk, bare, seconds)
        measured = measure_pages(wrk, envs, seconds)
        live_meeting = (live.run_measure(envs[1], RESULTS / "targets-s1.json", serve, stop,
                                         PORT, postgres_pid(), say)
                        if live.wanted() else None)
        say("the bare framework floor again")
        last = measure_bare(wrk, bare, seconds)
    finally:
        stop(bare)
    floor = dict(max(first, last, key=lambda r: r["rps"]), first=first, last=last)

    results = {"when": datetime.now(UTC).isoformat(timespec="seconds"),
               "machine": f"{os.cpu_count()} CPUs", "threads": load.THREADS,
               "connections": load.CONNECTIONS, "seconds_per_page": seconds,
               "bare_floor": floor, "scales": measured, "live_meeting": live_meeting,
               "commands": {} if os.environ.get("BENCH_PAGES") else commands(envs[1])}
    results["targets"] = judge(results)
    (RESULTS / "results.json").write_text(json.dumps(results, indent=1))
    table = markdown(results)
    (RESULTS / "results.md").write_text(table)
    print(table)
    say(f"written: {RESULTS / 'results.json'} and {RESULTS / 'results.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
