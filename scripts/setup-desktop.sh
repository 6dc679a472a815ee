#!/usr/bin/env bash
# Installs what building the desktop app needs on Debian/Ubuntu, skipping what is there already:
# WebKitGTK and GTK headers (apt), the wasm32 target, wasm-bindgen-cli at the version Cargo.lock
# names, and the UI's npm packages (Tailwind). With --tests also what the end-to-end tests need:
# Xvfb, WebKitWebDriver, a D-Bus session and notification daemon, tauri-driver, selenium.
# Everything comes from the package registries; nothing is downloaded from elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."
tests=false
[ "${1:-}" = "--tests" ] && tests=true

sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

packages=(libwebkit2gtk-4.1-dev libgtk-3-dev libayatana-appindicator3-dev librsvg2-dev libssl-dev
  libxdo-dev build-essential pkg-config file)
$tests && packages+=(xvfb xauth x11-utils webkit2gtk-driver dbus dbus-x11 dunst libnotify-bin
  gnome-keyring libsecret-tools curl)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "== apt: ${missing[*]}"
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

rustup target list --installed | grep -q '^wasm32-unknown-unknown$' || rustup target add wasm32-unknown-unknown

want=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[^0-9.]/,""); print}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$want" ]; then
  echo "== cargo install wasm-bindgen-cli $want"
  # Not --locked: one of its locked dependency versions is missing from the registry mirror.
  cargo install -q wasm-bindgen-cli --version "$want"
fi

if [ ! -x src-ui/node_modules/.bin/tailwindcss ]; then
  echo "== npm ci (src-ui)"
  (cd src-ui && npm ci --no-audit --no-fund --silent)
fi

if $tests; then
  if ! tauri-driver --help >/dev/null 2>&1; then
    echo "== cargo install tauri-driver 2.1.0"
    cargo install -q tauri-driver@2.1.0 --locked
  fi
  if ! python3 -c "import selenium, sys; sys.exit(selenium.__version__ != '4.51.0')" 2>/dev/null; then
    python3 -m pip install -q --disable-pip-version-check -r tests/e2e/requirements.txt
  fi
fi
