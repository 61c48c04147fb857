"""`make bench`'s "live meeting: 30 pollers" (issue 19): 30 members' phones following one
session live, each polling the live view's fragment once a second as the page's htmx does
(meetings.views_live.live_poll, `?v=<version shown>&at=<stage shown>`: 204 while nothing
changed), while the facilitator moves to the next stage every 2 seconds with the run
screen's POST. Measured for SECONDS against a gunicorn of its own (2 workers, as the pages)
on the scale-1 database:

- the update delay: from the moment the facilitator's POST is sent until a phone shows the
  new stage, for one extra observer phone polling once a second like the others, and for
  all 30 (median, 95th percentile, max); the issue asks for 2 seconds;
- the polls: how many, the share answered "nothing new", their latency, errors;
- the CPU used, as a share of one core: gunicorn (master and workers), PostgreSQL, this
  client, everything else on the machine.

The phones are threads of this process, not wrk: each phone sends the version it last saw,
so each has its own state, which wrk's Lua (one state per thread, shared by its
connections) cannot hold. Run only when BENCH_PAGES is unset or names "live". The session,
its agenda (4 case consultations, 20 stages) and the URLs come from bench/prepare.py
(targets-s1.json, "live"); the facilitator starts the meeting afresh each run.

Alone: `python -m bench.live` with DJANGO_SETTINGS_MODULE=cop.settings.bench and a served
database, after `python -m bench.prepare OUT.json` (see main)."""

import http.client
import json
import os
import random
import re
import resource
import statistics
import sys
import threading
import time
from http.cookies import SimpleCookie

from bench import load

NAME = "live meeting: 30 pollers"
POLLERS = 30
SECONDS = 20
ADVANCE_EVERY = 2.0
POLL_EVERY = 1.0
TARGET_DELAY_MS = 2_000
VERSION = re.compile(r"[?&]v=(\d+)&amp;at=([\w-]+)")


def wanted() -> bool:
    pages = [w.strip() for w in os.environ.get("BENCH_PAGES", "").split(",") if w.strip()]
    return not pages or any("live" in w for w in pages)


def _request(port: int, method: str, path: str, cookie: str, body: str = "",
             headers: dict | None = None) -> tuple[int, str, http.client.HTTPResponse]:
    conn = http.client.HTTPConnection(load.HOST, port, timeout=30)
    try:
        sent = {"Cookie": cookie, **(headers or {})}
        if body:
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        conn.request(method, path, body=body or None, headers=sent)
        response = conn.getresponse()
        return response.status, response.read().decode(), response
    finally:
        conn.close()


class Phone(threading.Thread):
    """A member's phone: polls once a second from a random moment in the first second, and
    notes when it first saw each version."""

    def __init__(self, port: int, path: str, cookie: str, until: float):
        super().__init__(daemon=True)
        self.port, self.path, self.cookie, self.until = port, path, cookie, until
        self.version, self.at = "0", "x"
        self.seen: dict[int, float] = {}
        self.latencies: list[float] = []
        self.statuses: dict[int, int] = {}
        self.errors = 0

    def run(self) -> None:
        next_at = time.monotonic() + random.random() * POLL_EVERY
        while next_at < self.until:
            time.sleep(max(0.0, next_at - time.monotonic()))
            started = time.monotonic()
            try:
                status, body, _ = _request(self.port, "GET",
                                           f"{self.path}?v={self.version}&at={self.at}",
                                           self.cookie)
            except OSError:
                self.errors += 1
            else:
                done = time.monotonic()
                self.latencies.append(done - started)
                self.statuses[status] = self.statuses.get(status, 0) + 1
                found = VERSION.search(body) if status == 200 else None
                if found:
                    self.version, self.at = found.group(1), found.group(2)
                    self.seen.setdefault(int(self.version), done)
                elif status not in (200, 204):
                    self.errors += 1
            next_at += POLL_EVERY


class Facilitator:
    """Starts the meeting, then presses "Next" every ADVANCE_EVERY seconds; notes when each
    press was sent and the version it made."""

    def __init__(self, port: int, targets: dict, cookie: str):
        self.port, self.targets = port, targets
        status, body, response = _request(port, "GET", targets["run"], cookie)
        if status != 200:
            raise SystemExit(f"{targets['run']}: HTTP {status} for the facilitator")
        jar = SimpleCookie()
        for header in response.headers.get_all("Set-Cookie") or []:
            jar.load(header)
        token = jar["csrftoken"].value if "csrftoken" in jar else ""
        found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body)
        if not token or not found:
            raise SystemExit("the run screen gave no CSRF token")
        self.cookie = f"{cookie}; csrftoken={token}"
        self.form_token = found.group(1)
        self.pressed: dict[int, float] = {}  # version made -> when its POST was sent

    def post(self, path: str, data: str) -> None:
        status, _, _ = _request(self.port, "POST", path, self.cookie,
                                f"csrfmiddlewaretoken={self.form_token}&{data}")
        if status not in (302, 303):
            raise SystemExit(f"{path}: HTTP {status} for the facilitator's {data!r}")

    def version(self) -> int:
        _, body, _ = _request(self.port, "GET", f"{self.targets['poll']}?v=-1&at=x", self.cookie)
        found = VERSION.search(body)
        return int(found.group(1)) if found else 0

    def next(self) -> None:
        sent = time.monotonic()
        self.post(self.targets["control"], "action=next")
        self.pressed[self.version()] = sent


def _delays(phones: list[Phone], pressed: dict[int, float]) -> list[float]:
    return [(phone.seen[v] - sent) * 1000 for phone in phones for v, sent in pressed.items()
            if v in phone.seen]


def _summary(values: list[float]) -> dict:
    if not values:
        return {"count": 0}
    ordered = sorted(values)
    return {"count": len(values), "median_ms": round(statistics.median(ordered), 1),
            "p95_ms": round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 1),
            "max_ms": round(ordered[-1], 1)}


def measure(port: int, targets: dict, cookies: dict, watched: dict,
            seconds: int = SECONDS) -> dict:
    """The whole measurement against a server on `port` (watched: name -> pid, for CPU)."""
    facilitator = Facilitator(port, targets, cookies["facilitator"])
    facilitator.post(targets["start"], "")
    time.sleep(1.5)  # the first polls settle on the started meeting
    before = {name: load._tree_cpu(pid) for name, pid in watched.items()}
    own_before = resource.getrusage(resource.RUSAGE_SELF)
    busy_before, started = load._machine_busy(), time.monotonic()
    until = started + seconds
    phones = [Phone(port, targets["poll"], cookies["member"], until) for _ in range(POLLERS)]
    observer = Phone(port, targets["poll"], cookies["member"], until)
    for phone in [*phones, observer]:
        phone.start()
    next_press = started + ADVANCE_EVERY
    while next_press < until - POLL_EVERY * 1.5:  # the last change still has time to show
        time.sleep(max(0.0, next_press - time.monotonic()))
        facilitator.next()
        next_press += ADVANCE_EVERY
    for phone in [*phones, observer]:
        phone.join(timeout=seconds + 30)
    wall = time.monotonic() - started
    busy = load._machine_busy() - busy_before
    after = {name: load._tree_cpu(pid) for name, pid in watched.items()}
    own_after = resource.getrusage(resource.RUSAGE_SELF)
    facilitator.post(targets["control"], "action=end")

    cpu = {name: sum(t - before[name].get(pid, 0.0) for pid, t in after[name].items())
           for name in watched}
    cpu["client"] = ((own_after.ru_utime + own_after.ru_stime)
                     - (own_before.ru_utime + own_before.ru_stime))
    cpu["other"] = max(0.0, busy - sum(cpu.values()))
    latencies = [s * 1000 for phone in phones for s in phone.latencies]
    statuses: dict[str, int] = {}
    for phone in phones:
        for status, n in phone.statuses.items():
            statuses[str(status)] = statuses.get(str(status), 0) + n
    polls = sum(statuses.values())
    everyone = _summary(_delays(phones, facilitator.pressed))
    watcher = _summary(_delays([observer], facilitator.pressed))
    missed = len(facilitator.pressed) * POLLERS - everyone["count"]
    return {
        "path": targets["poll"], "pollers": POLLERS, "seconds": round(wall, 1),
        "advances": len(facilitator.pressed), "polls": polls,
        "polls_per_s": round(polls / wall, 1), "statuses": statuses,
        "nothing_new_share": round(statuses.get("204", 0) / polls, 3) if polls else None,
        "poll_latency_ms": {"median": round(statistics.median(latencies), 1),
                            "p95": round(sorted(latencies)[int(0.95 * len(latencies))], 1),
                            "max": round(max(latencies), 1)} if latencies else {},
        "errors": sum(p.errors for p in phones),
        "update_delay_observer": watcher, "update_delay_all_pollers": everyone,
        "changes_not_seen": missed,
        "target_met (every change seen within 2 s)": bool(
            everyone.get("max_ms", 1e9) <= TARGET_DELAY_MS and missed == 0),
        "cpu_percent_of_a_core": {name: round(100 * s / wall, 1) for name, s in cpu.items()},
    }


def line(result: dict) -> str:
    obs, all_ = result["update_delay_observer"], result["update_delay_all_pollers"]
    cpu = result["cpu_percent_of_a_core"]
    return (f"  {NAME}: {result['polls_per_s']} polls/s ({result['nothing_new_share']:.0%} "
            f"nothing new), p50 {result['poll_latency_ms'].get('median')} ms, "
            f"{result['advances']} advances; update delay observer median "
            f"{obs.get('median_ms')} max {obs.get('max_ms')} ms, all pollers median "
            f"{all_.get('median_ms')} max {all_.get('max_ms')} ms; errors {result['errors']}; "
            f"CPU% server {cpu.get('server', 0):.0f} db {cpu.get('postgres', 0):.0f} "
            f"client {cpu['client']:.0f} other {cpu['other']:.0f}")


def markdown(result: dict | None) -> list[str]:
    if not result:
        return []
    obs, all_ = result["update_delay_observer"], result["update_delay_all_pollers"]
    cpu = result["cpu_percent_of_a_core"]
    met = "met" if result["target_met (every change seen within 2 s)"] else "**NOT met**"
    return [
        f"## {NAME.capitalize()} (scale 1)", "",
        f"{result['pollers']} phones poll `{result['path']}` once a second for "
        f"{result['seconds']} s while the facilitator presses Next every "
        f"{ADVANCE_EVERY:g} s ({result['advances']} changes).", "",
        "| polls/s | nothing new | poll p50 ms | poll p95 ms | errors | delay, observer: "
        "median / max ms | delay, all 30: median / p95 / max ms | changes not seen "
        "| CPU server | CPU db | CPU client | CPU other |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        f"| {result['polls_per_s']} | {result['nothing_new_share']:.0%} | "
        f"{result['poll_latency_ms'].get('median')} | {result['poll_latency_ms'].get('p95')} | "
        f"{result['errors']} | {obs.get('median_ms')} / {obs.get('max_ms')} | "
        f"{all_.get('median_ms')} / {all_.get('p95_ms')} / {all_.get('max_ms')} | "
        f"{result['changes_not_seen']} | {cpu.get('server', 0):.0f}% | "
        f"{cpu.get('postgres', 0):.0f}% | {cpu['client']:.0f}% | {cpu['other']:.0f}% |", "",
        f"Every change seen by every phone within {TARGET_DELAY_MS / 1000:g} s: {met}.", ""]


def run_measure(env: dict, targets_file, serve, stop, port: int, postgres: int | None,
                say) -> dict:
    """For bench/run.py: serve the scale-1 database on `port` and measure."""
    plan = json.loads(targets_file.read_text())
    say(f"{NAME}: serving scale 1 on 127.0.0.1:{port}")
    server = serve(env, port)
    try:
        result = measure(port, plan["live"], plan["cookies"],
                         {"server": server.pid, "postgres": postgres})
    finally:
        stop(server)
    say(line(result))
    return result


def main() -> int:
    """`python -m bench.live TARGETS.json PORT [SECONDS]`: against a server already running
    on PORT (its CPU is not watched), with bench/prepare.py's TARGETS.json."""
    plan = json.loads(open(sys.argv[1]).read())
    seconds = int(sys.argv[3]) if len(sys.argv) > 3 else SECONDS
    result = measure(int(sys.argv[2]), plan["live"], plan["cookies"], {}, seconds)
    print(line(result))
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
