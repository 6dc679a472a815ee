#!/usr/bin/env bash
# Builds and starts the StoreDesk desktop app, installing what a fresh Debian/Ubuntu machine
# lacks (scripts/setup-desktop.sh). The first start offers "Use StoreDesk on this computer"
# (local mode: the first administrator, and demo data if wanted). PROFILE=release for an
# optimised build; STOREDESK_DATA_DIR to keep the data somewhere else than the OS's app data
# folder.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-desktop.sh
bash scripts/build-app.sh
profile=${PROFILE:-debug}
exec "${CARGO_TARGET_DIR:-target}/$profile/storedesk" "$@"
