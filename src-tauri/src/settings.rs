//! This computer's app settings: the theme in tauri-plugin-store (`settings.json` beside the
//! database, `data_dir.rs`), start at login through the OS's own mechanism (tauri-plugin-autostart: a
//! LaunchAgent on macOS, the Run key on Windows, an XDG autostart entry on Linux), started with
//! `--hidden` so StoreDesk waits in the tray.

use crate::commands::Answer;
use storedesk_domain::view::{AppSettings, CommandError, Theme};
use tauri::{AppHandle, Runtime};
use tauri_plugin_autostart::ManagerExt;
use tauri_plugin_store::StoreExt;

const THEME: &str = "theme";

/// The argument the login item starts StoreDesk with.
pub const HIDDEN: &str = "--hidden";

fn failed(what: &str, e: impl std::fmt::Display) -> CommandError {
    tracing::warn!(error = %e, "{what}");
    CommandError {
        code: "internal".into(),
        message: format!("StoreDesk could not {what} ({e})."),
        fields: Vec::new(),
    }
}

fn read<R: Runtime>(app: &AppHandle<R>) -> Answer<AppSettings> {
    let file = crate::data_dir::settings_file(app).map_err(|e| failed("find its settings", e))?;
    let store = app
        .store(file)
        .map_err(|e| failed("read its settings", e))?;
    let theme = store
        .get(THEME)
        .and_then(|v| serde_json::from_value::<Theme>(v).ok())
        .unwrap_or_default();
    let start_at_login = app
        .autolaunch()
        .is_enabled()
        .map_err(|e| failed("ask the system about starting at login", e))?;
    Ok(AppSettings {
        theme,
        start_at_login,
    })
}

#[tauri::command]
pub async fn app_settings<R: Runtime>(app: AppHandle<R>) -> Answer<AppSettings> {
    read(&app)
}

#[tauri::command]
pub async fn set_app_settings<R: Runtime>(
    app: AppHandle<R>,
    settings: AppSettings,
) -> Answer<AppSettings> {
    let file = crate::data_dir::settings_file(&app).map_err(|e| failed("find its settings", e))?;
    let store = app
        .store(file)
        .map_err(|e| failed("read its settings", e))?;
    store.set(THEME, serde_json::json!(settings.theme));
    store.save().map_err(|e| failed("save its settings", e))?;
    let launcher = app.autolaunch();
    let now = launcher
        .is_enabled()
        .map_err(|e| failed("ask the system about starting at login", e))?;
    if settings.start_at_login != now {
        let changed = if settings.start_at_login {
            launcher.enable()
        } else {
            launcher.disable()
        };
        changed.map_err(|e| failed("change starting at login", e))?;
    }
    read(&app)
}
