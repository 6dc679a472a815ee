#!/usr/bin/env bash
# The contract test: schemathesis (pinned in tests/contract/requirements.txt) with all its checks
# against the real server on a real PostgreSQL database made for this run, as an engineer and
# then as an admin, with a fixed example budget per operation. Fails on any finding.
#
#   bash scripts/contract-test.sh            # builds the server (debug) if needed
#   ST_MAX_EXAMPLES=200 bash scripts/contract-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ADMIN_URL=${STOREDESK_PG:-postgres://postgres@127.0.0.1:5432}
DB="storedesk_contract_$$"
PORT=${CONTRACT_PORT:-18480}
BASE="http://127.0.0.1:$PORT"
EXAMPLES=${ST_MAX_EXAMPLES:-40}
OUT=${CONTRACT_OUT:-target/contract}
mkdir -p "$OUT"
command -v st >/dev/null || { echo "schemathesis is missing: pip install -r tests/contract/requirements.txt" >&2; exit 1; }

cargo build -q -p storedesk-server --locked
BIN=${CARGO_TARGET_DIR:-target}/debug/storedesk-server
export DATABASE_URL="$ADMIN_URL/$DB"
export JWT_SECRET="contract-test-$(head -c 24 /dev/urandom | base64 | tr -d '/+=')"
SERVER_PID=
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
  psql "$ADMIN_URL/postgres" -qc "drop database if exists \"$DB\" with (force)" >/dev/null 2>&1 || true
}
trap cleanup EXIT

"$BIN" seed-demo --stores 3 --users 12 --issues 60 --comments 120 >/dev/null
RUST_LOG=warn STOREDESK_BIND="127.0.0.1:$PORT" "$BIN" serve 2>"$OUT/server.log" &
SERVER_PID=$!
for _ in $(seq 1 100); do curl -fsS "$BASE/readyz" >/dev/null 2>&1 && break; sleep 0.1; done
curl -fsS "$BASE/readyz" >/dev/null

token() {
  curl -fsS -H 'content-type: application/json' -d "{\"login\":\"$1\",\"password\":\"storedesk-demo\"}" \
    "$BASE/api/auth/login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}
ENGINEER=$(psql "$DATABASE_URL" -tAc "select u.username from users u join store_engineers e on e.user_id = u.id order by u.username limit 1")

status=0
for who in "$ENGINEER" admin; do
  echo "== schemathesis as $who ($EXAMPLES examples per operation)"
  # A fresh token for each run: access tokens live 15 minutes.
  if ! python3 tests/contract/st.py --config-file tests/contract/schemathesis.toml run "$BASE/api/openapi.json" \
      --max-examples "$EXAMPLES" \
      --seed 20261201 \
      --workers 2 \
      --request-timeout 10 \
      --suppress-health-check all \
      -H "Authorization: Bearer $(token "$who")" \
      --report junit --report-dir "$OUT/$who" \
      --no-color; then
    status=1
  fi
done
if grep -q '"level":"ERROR"' "$OUT/server.log"; then
  echo "the server logged errors during the run:" >&2
  grep '"level":"ERROR"' "$OUT/server.log" | head -20 >&2
  status=1
fi
exit $status
