-- wrk script: POST /api/screenings under load.
--   MODE=clear  parties no list holds (synthetic names, a number keeps each one distinct)
--   MODE=hit    listed names, each request with its own customer reference, so each opens a case
--   LIMIT=n     each wrk thread stops after n responses (0: run for the duration)
-- Prints the latency percentiles wrk leaves out (p95) and the count of answers that were not 201.
local mode = os.getenv("MODE") or "clear"
local token = os.getenv("TOKEN") or error("TOKEN (a bearer token) is required")
local limit = tonumber(os.getenv("LIMIT") or "0")

local given = {"Elowen", "Tamsin", "Oswin", "Marisol", "Leopold", "Ingrid", "Callum", "Rosalind", "Fenwick", "Hester"}
local family = {"Brightwater", "Ashcombe", "Pennington", "Wolstenholme", "Fairbairn", "Thistlewood", "Quarrington"}
local listed = {"KOREA MINING DEVELOPMENT TRADING CORPORATION", "TANCHON COMMERCIAL BANK", "BANCO NACIONAL DE CUBA",
                "KOREA RYONBONG GENERAL CORPORATION", "GREEN PINE ASSOCIATED CORPORATION", "NAMCHONGANG TRADING CORPORATION",
                "OCEAN MARITIME MANAGEMENT COMPANY LIMITED", "KOREA KWANGSON BANKING CORPORATION"}

local counter = 0
local thread_id = 0
local responses = 0
local threads = {}

function setup(thread)
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. token
end

function request()
  counter = counter + 1
  local name
  if mode == "hit" then
    name = listed[(counter % #listed) + 1]
  else
    name = given[(counter % #given) + 1] .. " " .. family[(counter % #family) + 1] .. " " .. counter
  end
  local body = string.format('{"name": "%s", "reference": "BENCH-%s-%d-%d"}', name, mode, thread_id, counter)
  return wrk.format(nil, "/api/screenings", nil, body)
end

function response(status, headers, body)
  responses = responses + 1
  if status ~= 201 then
    not_created = (not_created or 0) + 1
  end
  if limit > 0 and responses >= limit then
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  io.write(string.format("requests %d in %.1f s = %.0f req/s; errors: connect %d, read %d, status %d, timeout %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    summary.errors.connect, summary.errors.read, summary.errors.status, summary.errors.timeout))
  io.write(string.format("latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f\n",
    latency:percentile(50) / 1e3, latency:percentile(95) / 1e3, latency:percentile(99) / 1e3, latency.max / 1e3))
end
