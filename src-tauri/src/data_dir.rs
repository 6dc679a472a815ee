//! Where the local database and the app's settings file live: the OS's per-user app data
//! folder (for example
//! `~/.local/share/com.storedesk.desktop` on Linux, `%APPDATA%\com.storedesk.desktop` on
//! Windows), or `STOREDESK_DATA_DIR` when set (tests and portable installs).

use std::path::PathBuf;
use tauri::{AppHandle, Manager, Runtime};

fn folder<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<PathBuf> {
    match std::env::var_os("STOREDESK_DATA_DIR") {
        Some(d) => Ok(PathBuf::from(d)),
        None => app.path().app_data_dir(),
    }
}

pub fn database_file(app: &AppHandle) -> anyhow::Result<PathBuf> {
    Ok(folder(app)?.join("storedesk.sqlite3"))
}

/// The settings file of tauri-plugin-store, beside the database.
pub fn settings_file<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<PathBuf> {
    Ok(folder(app)?.join("settings.json"))
}
