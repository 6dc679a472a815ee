#!/usr/bin/env bash
# StoreDesk vs the peer (the seed's Django/DRF stack), in ONE command:
#   bench/run.sh [--rounds 3 --duration 20 --list-duration 60 --login-duration 15 --scenarios token,list,...]
# Builds storedesk-server (release), loads the same data size into two fresh databases, starts both
# servers, alternates peer/ours per scenario per round, prints the table, stops both servers.
# Every option is passed to bench/bench.py (see `python3 bench/bench.py --help`).
# Env: PEER_BENCH (default <repo>/../shared/bench), CARGO_TARGET_DIR (default <repo>/target),
#      OURS_PORT=3000 PEER_PORT=8000, OURS_DB=bench_storedesk PEER_DB=bench_peer, SKIP_BUILD=1.
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd); repo=$(dirname "$bench")
cd "$repo"
PEER_BENCH=$(cd "${PEER_BENCH:-$repo/../shared/bench}" && pwd)
export PEER_BENCH
OURS_PORT=${OURS_PORT:-3000}; PEER_PORT=${PEER_PORT:-8000}
OURS_DB=${OURS_DB:-bench_storedesk}; PEER_DB=${PEER_DB:-bench_peer}
export PGHOST=127.0.0.1 PGUSER=bench PGPASSWORD=bench
PASSWORD=benchpass
LOGDIR=${TMPDIR:-/tmp}
PEER_PIDFILE=/tmp/bench-peer-django.pid; export PEER_PIDFILE

command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 missing" >&2; exit 1; }

echo "== build storedesk-server (release)"
target_dir=${CARGO_TARGET_DIR:-$repo/target}
[ "${SKIP_BUILD:-0}" = 1 ] || cargo build --release -p storedesk-server
bin=$target_dir/release/storedesk-server
[ -x "$bin" ] || { echo "no binary at $bin" >&2; exit 1; }

echo "== PostgreSQL (pg_stat_statements on, role bench)"
"$PEER_BENCH/pg.sh" up >/dev/null
command -v psql >/dev/null || { echo "psql missing" >&2; exit 1; }
[ -x "$PEER_BENCH/peer-django/.venv/bin/gunicorn" ] || "$PEER_BENCH/peer-django/setup.sh"

ours_pid=
cleanup() {
  set +e
  [ -n "$ours_pid" ] && kill "$ours_pid" 2>/dev/null && wait "$ours_pid" 2>/dev/null
  "$PEER_BENCH/peer-django/serve.sh" stop
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "== peer data: $PEER_DB (200 users, 10,000 tickets, 50,000 comments)"
"$PEER_BENCH/datagen/load.sh" "$PEER_DB"

echo "== StoreDesk data: $OURS_DB (20 stores, 200 users + admin, 10,000 issues, 50,000 comments)"
"$PEER_BENCH/pg.sh" fresh "$OURS_DB"
export DATABASE_URL=postgres://bench:bench@127.0.0.1:5432/$OURS_DB
"$bin" migrate
"$bin" seed-demo --stores 20 --users 200 --issues 10000 --comments 50000 --password "$PASSWORD"
psql -d "$OURS_DB" -At -c "SELECT 'loaded: users=' || (SELECT count(*) FROM users) || ' issues=' || (SELECT count(*) FROM issues) || ' comments=' || (SELECT count(*) FROM comments) || ' db_size=' || pg_size_pretty(pg_database_size(current_database()))"

echo "== start the peer on :$PEER_PORT and StoreDesk on :$OURS_PORT"
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "$PEER_PORT" "$OURS_PORT"; do
  port_free "$p" || { echo "port $p is already in use: stop that server first (or set PEER_PORT/OURS_PORT)" >&2; exit 1; }
done
PEER_BIND=127.0.0.1:$PEER_PORT "$PEER_BENCH/peer-django/serve.sh" start "$PEER_DB"
# A fresh random secret per run (32+ chars, many distinct).
JWT_SECRET=$(python3 -c 'import secrets; print(secrets.token_urlsafe(48))') \
STOREDESK_BIND=127.0.0.1:$OURS_PORT "$bin" serve > "$LOGDIR/bench-storedesk.log" 2>&1 &
ours_pid=$!
for i in $(seq 1 150); do
  curl -sf -o /dev/null "http://127.0.0.1:$OURS_PORT/healthz" && break
  kill -0 "$ours_pid" 2>/dev/null || { echo "storedesk-server died; see $LOGDIR/bench-storedesk.log" >&2; exit 1; }
  sleep 0.2
done
kill -0 "$ours_pid" 2>/dev/null || { echo "storedesk-server exited; see $LOGDIR/bench-storedesk.log" >&2; exit 1; }
echo "storedesk up on http://127.0.0.1:$OURS_PORT (pid $ours_pid, log $LOGDIR/bench-storedesk.log)"

echo "== measure"
python3 "$bench/bench.py" \
  --target "peer=http://127.0.0.1:$PEER_PORT,pid=$PEER_PIDFILE,db=$PEER_DB,kind=peer" \
  --target "storedesk=http://127.0.0.1:$OURS_PORT,pid=$ours_pid,db=$OURS_DB,kind=storedesk" \
  --password "$PASSWORD" --peer-bench "$PEER_BENCH" "$@"
