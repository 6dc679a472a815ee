#!/usr/bin/env bash
# Runs a command inside its own D-Bus session with a real OS keychain: gnome-keyring's Secret
# Service, on a throwaway keyring in a temp dir (unlocked with a throwaway password), as a Linux
# desktop session has it. The client's keychain tests and the desktop app end to end run in it;
# nothing touches the keyring of the person running the tests.
set -euo pipefail
for tool in dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (scripts/setup-desktop.sh --tests installs it)" >&2; exit 1; }
done
keyring_home=$(mktemp -d /tmp/storedesk-keyring.XXXXXX)
trap 'rm -rf "$keyring_home"' EXIT
export STOREDESK_KEYRING_HOME=$keyring_home
# shellcheck disable=SC2016
dbus-run-session -- bash -c '
  set -euo pipefail
  export XDG_DATA_HOME=$STOREDESK_KEYRING_HOME XDG_RUNTIME_DIR=$STOREDESK_KEYRING_HOME
  # --unlock reads the new keyring'"'"'s password on stdin and creates it as the default collection.
  printf "storedesk-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"
' with-keychain "$@"
