#!/usr/bin/env bash
# Builds the desktop app with the UI embedded: the UI first (scripts/build-ui.sh), then the Tauri
# binary with the custom-protocol feature (without it the binary would load a dev server).
# PROFILE=release for the release build; the binary is target/<profile>/storedesk.
set -euo pipefail
cd "$(dirname "$0")/.."
profile=${PROFILE:-debug}
PROFILE=$profile bash scripts/build-ui.sh
flag=$([ "$profile" = release ] && echo --release || true)
cargo build -p storedesk --features custom-protocol $flag
echo "app: target/$profile/storedesk"
