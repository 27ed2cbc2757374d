-- wrk script: POSTs LanguageTool /v2/check forms, one per line of the file named by FORMS
-- (url-encoded, made by server-load.sh), in turn; prints one line of figures when done.
local forms = {}
local index = 0

function init(args)
  local path = os.getenv("FORMS")
  for line in io.lines(path) do
    if #line > 0 then forms[#forms + 1] = line end
  end
  index = math.random(#forms) - 1
end

function request()
  index = index % #forms + 1
  return wrk.format("POST", "/v2/check", {["Content-Type"] = "application/x-www-form-urlencoded"}, forms[index])
end

function done(summary, latency, requests)
  local errors = summary.errors
  local failed = errors.connect + errors.read + errors.write + errors.timeout + errors.status
  io.write(string.format("RESULT requests=%d seconds=%.1f throughput=%.2f p50_ms=%.1f p99_ms=%.1f non2xx=%d socket_errors=%d timeouts=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    errors.status, errors.connect + errors.read + errors.write, errors.timeout))
end
