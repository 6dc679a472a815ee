#!/usr/bin/env bash
# End-to-end tests of the built desktop app in its real WebKit webview: Xvfb (when no display is
# set), a D-Bus session with a notification daemon and a keychain (scripts/with-keychain.sh),
# tauri-driver + WebKitWebDriver, then the Python WebDriver tests in tests/e2e. Screenshots land
# in target/e2e/.
# Needs the app built first (scripts/build-app.sh); STOREDESK_APP points elsewhere if wanted.
set -euo pipefail
cd "$(dirname "$0")/.."
export STOREDESK_APP=${STOREDESK_APP:-$PWD/target/debug/storedesk}
[ -x "$STOREDESK_APP" ] || { echo "no app at $STOREDESK_APP: run scripts/build-app.sh" >&2; exit 1; }
# The connected-mode tests run a real server (on its own PostgreSQL database).
cargo build -q -p storedesk-server --locked
export STOREDESK_SERVER_BIN=${STOREDESK_SERVER_BIN:-$(realpath "${CARGO_TARGET_DIR:-target}")/debug/storedesk-server}
for tool in tauri-driver WebKitWebDriver Xvfb dunst; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (.ci/run installs it)" >&2; exit 1; }
done
mkdir -p target/e2e
rm -f target/e2e/*.png

if [ -z "${DISPLAY:-}" ]; then
  display=:$((90 + RANDOM % 9))
  Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >target/e2e/xvfb.log 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  export DISPLAY=$display
  for _ in $(seq 1 100); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
fi

export STOREDESK_DATA_DIR=${STOREDESK_DATA_DIR:-$(mktemp -d /tmp/storedesk-e2e-data.XXXXXX)}
# "Start at login" writes ~/.config/autostart/StoreDesk.desktop: the app gets a home of the
# run's own, not the user's (the keychain daemon has started by then, with the real one).
export E2E_HOME=${E2E_HOME:-$(mktemp -d /tmp/storedesk-e2e-home.XXXXXX)}
export E2E_ARTIFACTS=$PWD/target/e2e
# shellcheck disable=SC2016
bash scripts/with-keychain.sh bash -c '
  set -euo pipefail
  dunst >target/e2e/dunst.log 2>&1 &
  HOME=$E2E_HOME tauri-driver --port 4444 >target/e2e/tauri-driver.log 2>&1 &
  driver=$!
  trap "kill $driver 2>/dev/null || true" EXIT
  for _ in $(seq 1 100); do
    curl -fsS http://127.0.0.1:4444/status >/dev/null 2>&1 && break
    sleep 0.1
  done
  if [ -n "${E2E_SCRIPT:-}" ]; then python3 "$E2E_SCRIPT"; else cd tests/e2e && python3 -m unittest -v ${E2E_TESTS:-test_local_mode test_connected_mode test_start_hidden test_local_mail}; fi
'
