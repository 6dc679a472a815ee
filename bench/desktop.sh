#!/usr/bin/env bash
# The desktop app's figures (issue 7): builds the release app (SKIP_BUILD=1 keeps the one in
# target/release), then bench/desktop.py drives it in its real WebKit webview under Xvfb through
# scripts/e2e-test.sh: cold start, sign-in to the 10,000-issue list, idle memory of all its
# processes, binary size. DESKTOP_RUNS sets the number of starts (default 5).
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${SKIP_BUILD:-}" = 1 ] || PROFILE=release bash scripts/build-app.sh
STOREDESK_APP=$PWD/target/release/storedesk E2E_SCRIPT=$PWD/bench/desktop.py bash scripts/e2e-test.sh
