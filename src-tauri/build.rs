// tauri.conf.json sits at the repository root (beside the root Cargo.toml); the capabilities
// live in src-tauri/ with the rest of the shell.
fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new().capabilities_path_pattern("./src-tauri/capabilities/**/*"),
    )
    .expect("tauri build step");
}
