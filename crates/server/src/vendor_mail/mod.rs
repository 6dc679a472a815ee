//! The vendor loop on the server: the outbox sender and the reply watcher, run inside `serve`
//! when mail is configured, or alone as `storedesk-server mail run`. Exactly one process
//! watches the mailbox (a PostgreSQL advisory lock held on a connection of its own); the
//! effects stay exactly once anyway (the mail log's unique Message-ID).

pub mod config;
pub mod sender;
pub mod sink;

use std::time::Duration;

use anyhow::Context;
use sqlx::{Connection, PgConnection, PgPool};
use storedesk_mailbox::{Watcher, WatcherConfig};
use tokio::sync::watch;

use config::MailConfig;

/// The advisory lock key of the mailbox watcher ("SDMAIL" in ASCII).
const WATCHER_LOCK: i64 = 0x5344_4d41_494c;

/// Runs the sender and (while this process holds the watcher lock) the watcher, until `stop`.
pub async fn run(
    pool: PgPool,
    database_url: String,
    config: MailConfig,
    stop: watch::Receiver<bool>,
) -> anyhow::Result<()> {
    crate::store::mail::enable(&pool).await?;
    let sender = tokio::spawn(sender::run(pool.clone(), config.clone(), stop.clone()));
    if config.imap.is_some() {
        watch_while_leader(pool, database_url, config, stop).await;
    }
    sender.await.context("the outbox sender stopped")?;
    Ok(())
}

async fn watch_while_leader(
    pool: PgPool,
    database_url: String,
    config: MailConfig,
    mut stop: watch::Receiver<bool>,
) {
    let Some((server, login)) = config.imap.clone() else {
        return;
    };
    let mailbox = format!("{}@{}:{}/INBOX", login.user, server.host, server.port);
    loop {
        if storedesk_mailbox::stopped(&stop) {
            return;
        }
        // A connection of its own: the lock lives as long as it does, so a process that dies
        // hands the mailbox to the next one at once.
        let leader = async {
            let mut conn = PgConnection::connect(&database_url).await?;
            let got: bool = sqlx::query_scalar("select pg_try_advisory_lock($1)")
                .bind(WATCHER_LOCK)
                .fetch_one(&mut conn)
                .await?;
            anyhow::Ok(got.then_some(conn))
        };
        let mut conn = match leader.await {
            Ok(Some(conn)) => conn,
            Ok(None) | Err(_) => {
                tokio::select! {
                    _ = tokio::time::sleep(Duration::from_secs(5)) => {}
                    _ = stop.changed() => {}
                }
                continue;
            }
        };
        let sink = match sink::PgSink::new(pool.clone(), &config, mailbox.clone()).await {
            Ok(s) => s,
            Err(e) => {
                tracing::warn!(error = format!("{e:#}"), "mail watcher: database away");
                tokio::time::sleep(Duration::from_secs(2)).await;
                continue;
            }
        };
        tracing::info!(mailbox, "this process watches the vendor mailbox");
        let (stop_watcher, watcher_stop) = watch::channel(false);
        let watcher = tokio::spawn(
            Watcher::new(
                WatcherConfig::new(server.clone(), login.clone(), config.roots.clone()),
                sink,
            )
            .run(watcher_stop),
        );
        // Keep the lock's connection alive and checked; stop watching when it is lost.
        loop {
            tokio::select! {
                _ = tokio::time::sleep(Duration::from_secs(5)) => {
                    if sqlx::query("select 1").execute(&mut conn).await.is_err() {
                        tracing::warn!("mail watcher: lost the watcher lock's connection");
                        break;
                    }
                }
                _ = stop.changed() => break,
            }
        }
        let _ = stop_watcher.send(true);
        let _ = watcher.await;
        drop(conn);
    }
}
