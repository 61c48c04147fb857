"""HTTP load from a process of its own: `python -m bench.load TARGETS.json OUT.json`.

For each page: a few warm-up requests, then a bounded number of requests shared by
CONCURRENCY users (threads, each with its own connection, one request at a time, no
think time). Records requests per second over the wall time and each request's latency."""

import http.client
import json
import statistics
import sys
import threading
import time

HOST, PORT = "127.0.0.1", 8765
CONCURRENCY = 8
WARM_UP = 16


def _get(conn_box, path, cookie):
    for attempt in (1, 2):
        conn = conn_box[0]
        if conn is None:
            conn = conn_box[0] = http.client.HTTPConnection(HOST, PORT, timeout=60)
        try:
            conn.request("GET", path, headers={"Cookie": cookie} if cookie else {})
            response = conn.getresponse()
            response.read()
            if response.getheader("Connection", "").lower() == "close":
                conn.close()
                conn_box[0] = None
            return response.status
        except (ConnectionError, http.client.HTTPException):
            conn.close()
            conn_box[0] = None
            if attempt == 2:
                raise
    return 0


def run_page(path, cookie, requests):
    for _ in range(WARM_UP):
        status = _get([None], path, cookie)
        if status != 200:
            raise SystemExit(f"{path}: HTTP {status} (expected 200)")
    latencies, errors = [], []
    lock = threading.Lock()
    left = [requests]

    def user():
        box = [None]
        while True:
            with lock:
                if left[0] == 0:
                    return
                left[0] -= 1
            started = time.perf_counter()
            status = _get(box, path, cookie)
            took = time.perf_counter() - started
            with lock:
                latencies.append(took)
                if status != 200:
                    errors.append(status)

    threads = [threading.Thread(target=user) for _ in range(CONCURRENCY)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    latencies.sort()
    return {"requests": len(latencies), "errors": len(errors), "seconds": round(wall, 3),
            "rps": round(len(latencies) / wall, 1),
            "median_ms": round(statistics.median(latencies) * 1000, 1),
            "p95_ms": round(latencies[int(0.95 * (len(latencies) - 1))] * 1000, 1),
            "max_ms": round(latencies[-1] * 1000, 1)}


def main(targets_file, out, requests=400):
    targets = json.load(open(targets_file))
    results = {}
    for name, role, path in targets["pages"]:
        cookie = targets["cookies"][role] if role else ""
        n = requests * 2 if name == "trivial view" else requests
        results[name] = {"path": path.split("/feed/")[0] + ("/feed/[token].ics"
                                                              if "/feed/" in path else ""),
                         "as": role or "anyone with the link", **run_page(path, cookie, n)}
        r = results[name]
        print(f"[bench]   {name:<44} {r['rps']:>8.1f} req/s  median {r['median_ms']:>7.1f} ms"
              f"  p95 {r['p95_ms']:>7.1f} ms", flush=True)
    with open(out, "w") as handle:
        json.dump(results, handle, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], *(int(a) for a in sys.argv[3:])))
