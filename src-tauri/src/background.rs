//! StoreDesk keeps running when its window closes: the window hides, the engine's Rust tasks go
//! on, and the tray icon (menu bar on macOS) brings it back or quits. Quit is the tray's item or
//! the app menu's (Cmd+Q on macOS). Where the desktop shows no tray (some Linux desktops), closing
//! the window quits, so StoreDesk never runs where nobody can reach it.

use std::sync::Arc;
use storedesk_client::Engine;
use tauri::menu::{Menu, MenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Emitter, Manager, Runtime, WindowEvent};
use tauri_plugin_notification::NotificationExt;

pub const MAIN: &str = "main";

/// The UI listens for this event: the sync status, each time it changes.
pub const SYNC_EVENT: &str = "sync-status";

/// The engine's background work, as Rust tasks that outlive the window: the sync rounds, the
/// live channel, the network watch (reconnect at once after a network change or a sleep), local
/// mode's vendor mail loop (sender and watcher), and forwarding the sync status to the UI.
pub fn engine_tasks<R: Runtime>(app: &AppHandle<R>, engine: &Arc<Engine>) {
    tauri::async_runtime::spawn(engine.clone().run_sync());
    tauri::async_runtime::spawn(engine.clone().run_live());
    tauri::async_runtime::spawn(engine.clone().run_network_watch());
    tauri::async_runtime::spawn(engine.clone().run_vendor_mail());
    show_notices(app, engine);
    let mut status = engine.watch_sync();
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        while status.changed().await.is_ok() {
            let now = status.borrow_and_update().clone();
            if let Err(e) = app.emit(SYNC_EVENT, now) {
                tracing::warn!(error = %e, "the sync status did not reach the window");
            }
        }
    });
}

/// Shows each notification the engine raises natively. The app's own list (the bell) keeps them
/// too, for desktops that show none or when one was dismissed unread.
fn show_notices<R: Runtime>(app: &AppHandle<R>, engine: &Engine) {
    let mut notices = engine.watch_notices();
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        loop {
            match notices.recv().await {
                Ok(n) => {
                    let shown = app
                        .notification()
                        .builder()
                        .title(&n.title)
                        .body(&n.body)
                        .show();
                    if let Err(e) = shown {
                        tracing::warn!(error = %e, "a notification could not be shown");
                    }
                }
                // Fell behind (a burst): the list in the app has them all.
                Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => continue,
                Err(tokio::sync::broadcast::error::RecvError::Closed) => break,
            }
        }
    });
}

/// Shows, unminimises and focuses the main window (tray, second launch).
pub fn show<R: Runtime>(app: &AppHandle<R>) {
    if let Some(w) = app.get_webview_window(MAIN) {
        let _ = w.show();
        let _ = w.unminimize();
        let _ = w.set_focus();
    }
}

/// The tray icon with "Show StoreDesk" and "Quit StoreDesk". `false` when the desktop has none.
pub fn tray<R: Runtime>(app: &AppHandle<R>) -> bool {
    let built = (|| -> tauri::Result<()> {
        let show_item = MenuItem::with_id(app, "show", "Show StoreDesk", true, None::<&str>)?;
        let quit = MenuItem::with_id(app, "quit", "Quit StoreDesk", true, Some("CmdOrCtrl+Q"))?;
        let menu = Menu::with_items(app, &[&show_item, &quit])?;
        let mut tray = TrayIconBuilder::with_id("storedesk")
            .tooltip("StoreDesk")
            .menu(&menu)
            .on_menu_event(|app, event| match event.id.as_ref() {
                "show" => show(app),
                "quit" => app.exit(0),
                _ => {}
            });
        if let Some(icon) = app.default_window_icon() {
            tray = tray.icon(icon.clone());
        }
        tray.build(app)?;
        Ok(())
    })();
    match built {
        Ok(()) => true,
        Err(e) => {
            tracing::warn!(error = %e, "no tray icon: closing the window will quit");
            false
        }
    }
}

/// Closing the main window hides it when there is a tray to come back from.
pub fn on_window_event<R: Runtime>(window: &tauri::Window<R>, event: &WindowEvent) {
    if let WindowEvent::CloseRequested { api, .. } = event {
        let has_tray = window.app_handle().tray_by_id("storedesk").is_some();
        if window.label() == MAIN && has_tray {
            api.prevent_close();
            let _ = window.hide();
        }
    }
}
