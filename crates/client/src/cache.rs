//! Opens the desktop's SQLite database: creates the file when missing, WAL mode (readers never
//! wait for the writer), foreign keys on, and the schema of `migrations/cache` applied.

use anyhow::Context;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::SqlitePool;
use std::path::Path;
use std::time::Duration;

pub async fn open(path: &Path) -> anyhow::Result<SqlitePool> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let options = SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        // NORMAL is durable across application crashes in WAL mode; only a power cut may lose
        // the last commits, which the outbox re-sends.
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(5));
    let pool = SqlitePoolOptions::new()
        .max_connections(4)
        .connect_with(options)
        .await
        .with_context(|| format!("opening {}", path.display()))?;
    sqlx::migrate!("../../migrations/cache")
        .run(&pool)
        .await
        .context("preparing the local database")?;
    Ok(pool)
}

/// Sets one row of `settings` (a small fact about this installation) in the caller's
/// transaction.
pub(crate) async fn put_setting(
    conn: &mut sqlx::SqliteConnection,
    name: &str,
    value: &str,
) -> sqlx::Result<()> {
    sqlx::query(
        "insert into settings (name, value) values (?1, ?2)
         on conflict (name) do update set value = excluded.value",
    )
    .bind(name)
    .bind(value)
    .execute(conn)
    .await?;
    Ok(())
}
