"""Server-Timing for `make bench` (cop.settings.bench only, the outermost middleware).

On a request carrying X-Bench-Timing, the response says how many SQL queries answering it ran
(in every middleware and the view), the time spent in them, and the whole time in Django:
`Server-Timing: sql;dur=3.210;desc="7 queries", app;dur=12.500`. wrk does not send the header,
so the requests it times pay only for the header check."""

import time
from contextlib import ExitStack

from django.db import connections


class ServerTimingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "HTTP_X_BENCH_TIMING" not in request.META:
            return self.get_response(request)
        sql = {"queries": 0, "seconds": 0.0}

        def timed(execute, statement, params, many, context):
            started = time.perf_counter()
            try:
                return execute(statement, params, many, context)
            finally:
                sql["seconds"] += time.perf_counter() - started
                sql["queries"] += 1

        started = time.perf_counter()
        with ExitStack() as wrappers:
            for connection in connections.all():
                wrappers.enter_context(connection.execute_wrapper(timed))
            response = self.get_response(request)
        response["Server-Timing"] = (
            f'sql;dur={sql["seconds"] * 1000:.3f};desc="{sql["queries"]} queries", '
            f"app;dur={(time.perf_counter() - started) * 1000:.3f}")
        return response
