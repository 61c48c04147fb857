-- wrk's report for bench/load.py: one line, "BENCH-RESULT {json}", after the run.
-- Any answer but 200 is an error (a page that redirects to the sign-in form would otherwise
-- look fast), counted in each thread's own Lua state and summed in done(), beside wrk's
-- socket errors. Latencies are wrk's, in microseconds.
local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   not_200 = 0
end

function response(status, headers, body)
   if status ~= 200 then
      not_200 = not_200 + 1
   end
end

function done(summary, latency, requests)
   local not_200_total = 0
   for _, thread in ipairs(threads) do
      not_200_total = not_200_total + thread:get("not_200")
   end
   local e = summary.errors
   io.write(string.format(
      'BENCH-RESULT {"requests": %d, "seconds": %.3f, "bytes": %d, "p50_us": %.0f, ' ..
      '"p95_us": %.0f, "p99_us": %.0f, "max_us": %.0f, "not_200": %d, ' ..
      '"socket_errors": {"connect": %d, "read": %d, "write": %d, "timeout": %d}}\n',
      summary.requests, summary.duration / 1e6, summary.bytes, latency:percentile(50),
      latency:percentile(95), latency:percentile(99), latency.max, not_200_total,
      e.connect, e.read, e.write, e.timeout))
end
