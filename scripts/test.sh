#!/usr/bin/env bash
# The whole test suite: format, lints, the wasm32 builds (domain, UI), every test, the contract
# test (schemathesis) and the desktop app end to end in its real WebKit webview.
# Tests use the real PostgreSQL on 127.0.0.1:5432 (trust auth, user postgres); each test creates
# its own database. Set TEST_DATABASE_ADMIN_URL to point elsewhere. The desktop's tools come from
# scripts/setup-desktop.sh --tests (.ci/run calls it).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  echo "PostgreSQL is not accepting connections on 127.0.0.1:5432 (.ci/run starts it)" >&2
  exit 1
fi

echo "== cargo fmt --check"
cargo fmt --all -- --check
# The app embeds the built UI (frontendDist must exist before the shell compiles); clippy and
# the app's build use the same features.
echo "== the UI (wasm32, scripts/build-ui.sh)"
bash scripts/build-ui.sh
features=(--features storedesk/custom-protocol)
echo "== cargo clippy -D warnings (native, then the UI for wasm32)"
cargo clippy --workspace --all-targets --locked "${features[@]}" -- -D warnings
cargo clippy -p storedesk-ui --target wasm32-unknown-unknown --locked -- -D warnings
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
# The shell (the root package) has no tests of its own: its commands are tested through the
# engine (crates/client) and end to end below. Leaving it out keeps the Tauri crates to one
# build (the app's, below) instead of two with different dev-dependency features. The client's
# tests use the real OS keychain: a D-Bus session with gnome-keyring (scripts/with-keychain.sh).
bash scripts/with-keychain.sh cargo test --workspace --exclude storedesk --locked
echo "== contract: schemathesis against the real server (scripts/contract-test.sh)"
bash scripts/contract-test.sh
echo "== the desktop app end to end (scripts/e2e-test.sh; screenshots in target/e2e/)"
cargo build -p storedesk --locked "${features[@]}"
bash scripts/e2e-test.sh
