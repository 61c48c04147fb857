"""One page of the benchmark, in this process, for working on it (README "The benchmark"):

    .venv/bin/python -m bench.profile "case detail" [--requests 100] [--profile] [--queries]

Against the bench database that `make bench` seeded (BENCH_SCALE picks the scale, 1 unless
set), it requests the named page (a part of its name in bench/prepare.py) through the whole
WSGI application, as gunicorn calls it, signed in as the load is, and prints the median
wall-clock and CPU time per request and the SQL queries and their time. With --profile it
also prints pyinstrument's call tree of those requests; with --queries, each statement's
median time and the start of its SQL. CPU time, unlike req/s, stays
comparable when something else is using the machine; `make bench` gives the real figures."""

import argparse
import io
import json
import os
import statistics
import sys
import tempfile
import time


def _settings() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cop.settings.bench")
    os.environ.setdefault("BENCH_SCALE", "1")
    import django

    django.setup()


def _plan() -> dict:
    from bench import prepare

    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        prepare.main(out.name)
        return json.loads(open(out.name).read())


def _request(application, path: str, cookie: str) -> tuple[int, bytes]:
    from django.test import RequestFactory

    environ = RequestFactory().get(path, HTTP_COOKIE=cookie, SERVER_NAME="127.0.0.1",
                                   HTTP_HOST="127.0.0.1").environ
    status = []
    body = b"".join(application(environ, lambda s, headers, exc=None: status.append(s)))
    return int(status[0].split()[0]), body


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", help="part of a page's name, e.g. 'case detail'")
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--profile", action="store_true", help="print pyinstrument's tree")
    parser.add_argument("--queries", action="store_true",
                        help="print each query's median time and the start of its SQL")
    args = parser.parse_args()
    _settings()
    from django.db import connection

    from cop.wsgi import application

    plan = _plan()
    pages = [p for p in plan["pages"] if args.page in p["name"]]
    if not pages:
        names = ", ".join(p["name"] for p in plan["pages"])
        raise SystemExit(f"no page named like {args.page!r}; the pages: {names}")
    page = pages[0]
    cookie = plan["cookies"][page["as"]] if page["as"] else ""
    for _ in range(10):  # warm: caches filled, connections open, templates loaded
        status, _body = _request(application, page["path"], cookie)
        if status != 200:
            raise SystemExit(f"{page['path']} answered {status}")
    queries: list[float] = []
    statements: list[str] = []
    per_statement: dict[int, list[float]] = {}

    def timed(execute, sql, params, many, context):
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            per_statement.setdefault(len(queries), []).append(time.perf_counter() - start)
            queries.append(time.perf_counter() - start)
            statements.append(sql)

    wall, cpu, sql_ms, sql_n = [], [], [], []
    profiler = None
    if args.profile:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0005)
        profiler.start()
    for _ in range(args.requests):
        queries.clear()
        statements.clear()
        w0, c0 = time.perf_counter(), time.process_time()
        with connection.execute_wrapper(timed):
            _request(application, page["path"], cookie)
        wall.append((time.perf_counter() - w0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
        sql_ms.append(sum(queries) * 1000)
        sql_n.append(len(queries))
    if profiler is not None:
        profiler.stop()
        out = io.StringIO()
        out.write(profiler.output_text(unicode=True, color=False, show_all=False))
        print(out.getvalue())
    if args.queries:  # the last request's statements, with each position's median time
        for n, sql in enumerate(statements):
            ms = statistics.median(per_statement[n]) * 1000
            print(f"  {ms:6.2f} ms  {' '.join(sql.split())[:150]}")
    print(f"{page['name']} ({page['path']}), {args.requests} requests, "
          f"scale {os.environ['BENCH_SCALE']}:")
    print(f"  median wall {statistics.median(wall):.2f} ms, CPU {statistics.median(cpu):.2f} ms; "
          f"SQL {statistics.mean(sql_n):.1f} queries, {statistics.median(sql_ms):.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
