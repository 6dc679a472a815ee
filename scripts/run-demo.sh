#!/usr/bin/env bash
# Runs the StoreDesk API on the local PostgreSQL with demo data, at http://127.0.0.1:8080.
# Creates the database `storedesk_demo` and loads demo data the first time. Development mode:
# a random JWT secret (sessions end when the server stops). Log in as `admin` / `storedesk-demo`.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${STOREDESK_DEMO_DB:-storedesk_demo}
ADMIN_URL=${STOREDESK_PG:-postgres://postgres@127.0.0.1:5432}
export DATABASE_URL=${DATABASE_URL:-$ADMIN_URL/$DB}
export STOREDESK_BIND=${STOREDESK_BIND:-127.0.0.1:8080}

cargo build --release -p storedesk-server
BIN=${CARGO_TARGET_DIR:-target}/release/storedesk-server
if ! psql "$ADMIN_URL/postgres" -tAc "select 1 from pg_database where datname = '$DB'" | grep -q 1; then
  psql "$ADMIN_URL/postgres" -qc "create database \"$DB\""
fi
"$BIN" migrate
if [ "$(psql "$DATABASE_URL" -tAc 'select count(*) from issues')" = 0 ]; then
  "$BIN" seed-demo
fi
echo "StoreDesk API on http://$STOREDESK_BIND (OpenAPI: /api/openapi.json); log in as admin / storedesk-demo"
exec "$BIN" --dev serve
