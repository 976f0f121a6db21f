-- wrk script: GET /api/cases (the analyst queue: open cases, most urgent and oldest first, first page of 50).
-- PATH overrides the request path. Prints p50/p95/p99.
local token = os.getenv("TOKEN") or error("TOKEN (a bearer token) is required")
local path = os.getenv("CASES_PATH") or "/api/cases?status=IN_TRIAGE&size=50"

function init(args)
  wrk.headers["Authorization"] = "Bearer " .. token
end

function request()
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  io.write(string.format("requests %d in %.1f s = %.0f req/s; errors: connect %d, read %d, status %d, timeout %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    summary.errors.connect, summary.errors.read, summary.errors.status, summary.errors.timeout))
  io.write(string.format("latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f\n",
    latency:percentile(50) / 1e3, latency:percentile(95) / 1e3, latency:percentile(99) / 1e3, latency.max / 1e3))
end
