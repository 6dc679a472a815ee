//! Where the local database lives: the OS's per-user app data folder (for example
//! `~/.local/share/com.storedesk.desktop` on Linux, `%APPDATA%\com.storedesk.desktop` on
//! Windows), or `STOREDESK_DATA_DIR` when set (tests and portable installs).

use std::path::PathBuf;
use tauri::{AppHandle, Manager};

pub fn database_file(app: &AppHandle) -> anyhow::Result<PathBuf> {
    let dir = match std::env::var_os("STOREDESK_DATA_DIR") {
        Some(d) => PathBuf::from(d),
        None => app.path().app_data_dir()?,
    };
    Ok(dir.join("storedesk.sqlite3"))
}
