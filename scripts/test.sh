#!/usr/bin/env bash
# The whole test suite: format, lints, the wasm32 build of the shared domain crate, every test.
# Tests use the real PostgreSQL on 127.0.0.1:5432 (trust auth, user postgres); each test creates
# its own database. Set TEST_DATABASE_ADMIN_URL to point elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  echo "PostgreSQL is not accepting connections on 127.0.0.1:5432 (.ci/run starts it)" >&2
  exit 1
fi

echo "== cargo fmt --check"
cargo fmt --all -- --check
echo "== cargo clippy -D warnings"
cargo clippy --workspace --all-targets --locked -- -D warnings
echo "== crates/domain for wasm32-unknown-unknown"
cargo build -p storedesk-domain --target wasm32-unknown-unknown --locked
echo "== leftover test databases"
# Tests drop their own databases (also when they fail); this clears those of runs that were
# killed outright. No test of this suite is running now, so none of these is in use.
psql "${TEST_DATABASE_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}" -tAc \
  "select datname from pg_database where datname like 'storedesk\_test\_%' or datname like 'storedesk\_contract\_%'" |
  while read -r db; do
    [ -n "$db" ] && psql "${TEST_DATABASE_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}" -qc "drop database if exists \"$db\" with (force)"
  done
echo "== cargo test"
cargo test --workspace --locked
echo "== contract: schemathesis against the real server (scripts/contract-test.sh)"
bash scripts/contract-test.sh
