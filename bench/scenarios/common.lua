-- StoreDesk's paths for the same work per request as the peer's scenarios (../shared/bench/scenarios).
-- Env: TOKEN (access token, admin), N_ISSUES (detail/comment numbers drawn from 1..N), N_USERS,
--      STORE_IDS (comma-separated store UUIDs for creates), PER_PAGE (list page size, default 50),
--      BENCH_PASSWORD, SCEN_DIR.  Prints one "JSON:{...}" line for bench/bench.py.
TOKEN     = os.getenv("TOKEN") or ""
N_ISSUES  = tonumber(os.getenv("N_ISSUES") or "10000")
N_USERS   = tonumber(os.getenv("N_USERS") or "200")
PER_PAGE  = os.getenv("PER_PAGE") or "50"
PASSWORD  = os.getenv("BENCH_PASSWORD") or "benchpass"
STORE_IDS = {}
for s in string.gmatch(os.getenv("STORE_IDS") or "", "[^,]+") do STORE_IDS[#STORE_IDS + 1] = s end

AUTH_HEADERS = { ["Authorization"] = "Bearer " .. TOKEN, ["Accept"] = "application/json" }
JSON_HEADERS = { ["Authorization"] = "Bearer " .. TOKEN, ["Accept"] = "application/json",
                 ["Content-Type"] = "application/json" }
LIST_PATH = "/api/issues?page=1&per_page=" .. PER_PAGE .. "&include=comments&sort=number"

local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
  thread:set("tid", #threads)
end

function init(args)
  math.randomseed(1000 + (tid or 0) * 7919)
  seq = 0
end

-- wrk counts only status > 399 as errors; count every non-2xx ourselves (3xx included).
non2xx = 0
function response(status, headers, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
end

function list_req() return wrk.format("GET", LIST_PATH, AUTH_HEADERS) end
function detail_req()
  return wrk.format("GET", "/api/issues/STORE-" .. math.random(1, N_ISSUES), AUTH_HEADERS)
end
function create_issue_req()
  seq = seq + 1
  local store = STORE_IDS[math.random(1, #STORE_IDS)]
  local body = string.format('{"store_id":"%s","title":"bench issue t%d-%d","description":"Scanner at lane %d offline since opening.","priority":"high"}',
                             store, tid or 0, seq, math.random(1, 12))
  return wrk.format("POST", "/api/issues", JSON_HEADERS, body)
end
function create_comment_req()
  seq = seq + 1
  local body = string.format('{"body":"bench comment t%d-%d: replaced the power supply."}', tid or 0, seq)
  return wrk.format("POST", "/api/issues/STORE-" .. math.random(1, N_ISSUES) .. "/comments", JSON_HEADERS, body)
end
function login_req()
  seq = seq + 1
  local u = ((tid or 0) * 31 + seq) % N_USERS + 1
  local body = string.format('{"login":"user%04d","password":"%s"}', u, PASSWORD)
  return wrk.format("POST", "/api/auth/login", { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  local n2 = 0
  for _, t in ipairs(threads) do n2 = n2 + (t:get("non2xx") or 0) end
  io.write(string.format(
    'JSON:{"requests":%d,"duration_us":%d,"bytes":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,"mean_us":%.1f,' ..
    '"err_connect":%d,"err_read":%d,"err_write":%d,"err_status":%d,"err_timeout":%d,"non2xx":%d}\n',
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean,
    e.connect, e.read, e.write, e.status, e.timeout, n2))
end
