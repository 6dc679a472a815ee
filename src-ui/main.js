// Loads the Yew app (built by scripts/build-ui.sh with wasm-bindgen --target web).
import init from "./storedesk_ui.js";
init();
