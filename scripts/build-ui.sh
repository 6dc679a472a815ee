#!/usr/bin/env bash
# Builds the Yew UI into src-ui/dist (what tauri.conf.json's frontendDist embeds): the wasm32
# crate with cargo, wasm-bindgen (the CLI must equal the wasm-bindgen version in Cargo.lock), the
# Tailwind stylesheet from the npm package, and the static files. No trunk, nothing downloaded
# at build time. PROFILE=debug builds faster and bigger.
set -euo pipefail
cd "$(dirname "$0")/.."
profile=${PROFILE:-release}
flag=$([ "$profile" = release ] && echo --release || true)

want=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[^0-9.]/,""); print}' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  echo "wasm-bindgen $want is needed (found '${have:-none}'): cargo install wasm-bindgen-cli --version $want" >&2
  exit 1
fi

cargo build -p storedesk-ui --target wasm32-unknown-unknown $flag
out=src-ui/dist
mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" \
  "target/wasm32-unknown-unknown/$profile/storedesk_ui.wasm"
cp src-ui/index.html src-ui/main.js "$out/"
[ -x src-ui/node_modules/.bin/tailwindcss ] || (cd src-ui && npm ci --no-audit --no-fund)
(cd src-ui && npx --no-install tailwindcss -c tailwind.config.js -i styles.css -o dist/app.css --minify)
echo "UI built in $out ($(du -sh "$out" | cut -f1))"
