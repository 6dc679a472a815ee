//! The Tauri shell: plugins, the engine as managed state, and the commands the UI invokes. It
//! holds no rules: every command is a few lines that call `storedesk_client::Engine`.

mod admin;
mod background;
mod commands;
mod data_dir;
mod settings;
mod vendor_mail;

use tauri::Manager;

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let app = tauri::Builder::default()
        // First: a second launch hands over to the running StoreDesk, which shows its window.
        .plugin(tauri_plugin_single_instance::init(|app, _argv, _cwd| {
            background::show(app)
        }))
        .plugin(tauri_plugin_store::Builder::default().build())
        .plugin(tauri_plugin_notification::init())
        .plugin(tauri_plugin_autostart::init(
            tauri_plugin_autostart::MacosLauncher::LaunchAgent,
            Some(vec![settings::HIDDEN]),
        ))
        .setup(|app| {
            let file = data_dir::database_file(app.handle())?;
            tracing::info!(database = %file.display(), "opening the local database");
            let engine = tauri::async_runtime::block_on(storedesk_client::Engine::open(&file))?;
            let engine = std::sync::Arc::new(engine);
            background::engine_tasks(app.handle(), &engine);
            app.manage(engine);
            let has_tray = background::tray(app.handle());
            // Started at login: wait in the tray. Without a tray there is no way back to a
            // hidden window, so it shows.
            let hidden = std::env::args().any(|a| a == settings::HIDDEN);
            if !(hidden && has_tray) {
                background::show(app.handle());
            }
            Ok(())
        })
        .on_window_event(background::on_window_event)
        .invoke_handler(tauri::generate_handler![
            commands::app_status,
            commands::choose_local,
            commands::first_run,
            commands::login,
            commands::logout,
            commands::stores_for_new_issue,
            commands::issues,
            commands::view_counts,
            commands::issue,
            commands::log_issue,
            commands::change_status,
            commands::add_comment,
            commands::assignees,
            commands::assign,
            commands::connect,
            commands::sync_status,
            commands::sync_now,
            commands::recent_notices,
            commands::mark_notices_read,
            commands::notice_settings,
            commands::set_notice_settings,
            admin::people,
            admin::add_person,
            admin::change_person,
            admin::reset_password,
            admin::admin_stores,
            admin::add_store,
            admin::change_store,
            settings::app_settings,
            settings::set_app_settings,
            vendor_mail::mail_account,
            vendor_mail::save_mail_account,
            vendor_mail::resend_issue_mail,
        ])
        .build(tauri::generate_context!());
    match app {
        Ok(app) => app.run(|_, _| {}),
        Err(e) => {
            tracing::error!(error = %e, "StoreDesk could not start");
            std::process::exit(1);
        }
    }
}
