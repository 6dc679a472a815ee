//! The two background tasks of connected mode, run by the shell as Rust tasks (they go on while
//! the window is hidden): the sync task runs rounds when something wakes it (a local change,
//! the live channel, "retry now", a minute's quiet) and backs off while the server is away; the
//! live task keeps the server's live channel open and wakes the sync task on every change.

use super::executor::{round, SyncError};
use super::{outbox, planner};
use crate::connection::Link;
use crate::engine::Engine;
use crate::remote::RemoteError;
use chrono::Utc;
use rand::Rng;
use std::sync::Arc;
use std::time::Duration;
use storedesk_domain::view::{sentence, SyncPhase};

/// In step with the server and nothing heard: pull anyway after this long, in case the live
/// channel missed something (a proxy that buffers, a change during a reconnect).
const QUIET_PULL: Duration = Duration::from_secs(60);

impl Engine {
    /// Runs for the life of the app.
    pub async fn run_sync(self: Arc<Self>) {
        let mut failures = 0u32;
        loop {
            let wait = match self.sync_round().await {
                None | Some(Err(false)) => None,
                Some(Ok(())) => {
                    failures = 0;
                    Some(QUIET_PULL)
                }
                Some(Err(true)) => {
                    failures += 1;
                    let w = planner::backoff(failures, rand::thread_rng().gen());
                    self.sync
                        .send_modify(|s| s.retry_in_secs = Some(w.as_secs().max(1)));
                    Some(w)
                }
            };
            match wait {
                Some(w) => {
                    let _ = tokio::time::timeout(w, self.wake.notified()).await;
                }
                None => self.wake.notified().await,
            }
        }
    }

    /// One round, when signed in. `Err(true)`: retry after a backoff; `Err(false)`: wait until
    /// woken (signed out, or this app too old for the server).
    async fn sync_round(&self) -> Option<Result<(), bool>> {
        let mut guard = self.link.lock().await;
        let link = guard.as_mut()?;
        self.sync.send_modify(|s| {
            s.phase = SyncPhase::Syncing;
            s.retry_in_secs = None;
        });
        let before = link.session.refresh.expose().to_owned();
        let result = round(&self.db, &self.writes, &link.remote, &mut link.session).await;
        let history_changed = match &result {
            Ok(_) => self.fetch_wanted_history(link).await,
            Err(_) => false,
        };
        let mut keychain_missing = self.sync.borrow().keychain_missing;
        if link.session.refresh.expose() != before {
            // The refresh token was rotated: the old one no longer works after a restart.
            keychain_missing = link.keychain.save(&link.session.refresh).await.is_err();
        }
        drop(guard);
        let pending = outbox::len(&self.db).await.unwrap_or(0);
        let refused: i64 = sqlx::query_scalar("select count(*) from rejections")
            .fetch_one(&self.db)
            .await
            .unwrap_or(0);
        if let Ok(report) = &result {
            if let Err(e) = self.raise(report.pulled.notices.clone()).await {
                tracing::warn!(error = %e, "notifications were not raised");
            }
        }
        let unread = crate::notices::unread(&self.db).await.unwrap_or(0);
        let outcome = match result {
            Ok(report) => {
                let changed = report.pushed
                    + report.rejected
                    + report.pulled.upserts
                    + report.pulled.removals
                    > 0
                    || report.resynced
                    || history_changed;
                self.sync.send_modify(|s| {
                    s.phase = SyncPhase::Synced;
                    s.last_synced = Some(Utc::now());
                    s.message = None;
                    if changed {
                        s.data_version += 1;
                    }
                });
                Ok(())
            }
            Err(SyncError::Remote(RemoteError::SignedOut)) => {
                self.unlink(true).await;
                *self.session.write().await = None;
                self.signed_out(
                    pending,
                    Some("Your session has ended: sign in again. Changes made here are kept and sent once you have.".into()),
                    keychain_missing,
                );
                self.sync.send_modify(|s| s.data_version += 1);
                return Some(Err(false));
            }
            Err(SyncError::Remote(RemoteError::Offline(why))) => {
                self.failed(
                    SyncPhase::Offline,
                    format!("The server cannot be reached ({why})."),
                );
                Err(true)
            }
            Err(SyncError::Remote(RemoteError::TooOld(why))) => {
                self.failed(SyncPhase::Error, sentence(&why));
                Err(false)
            }
            Err(e) => {
                tracing::warn!(error = %e, "sync round failed");
                self.failed(SyncPhase::Error, sentence(&e.to_string()));
                Err(true)
            }
        };
        self.sync.send_modify(|s| {
            s.pending = pending;
            s.refused = refused;
            s.keychain_missing = keychain_missing;
            s.unread_notices = unread;
        });
        Some(outcome)
    }

    /// The history of the issue last opened, into the cache. Best effort: a failure leaves the
    /// cached timeline and is tried again when the issue is opened next.
    async fn fetch_wanted_history(&self, link: &Link) -> bool {
        let wanted = *self
            .history_wanted
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let Some(id) = wanted else { return false };
        let entries = match link.remote.history(&link.session.access, id).await {
            Ok(e) => e,
            Err(e) => {
                tracing::debug!(error = %e, "the issue's history was not fetched");
                self.forget_wanted(id);
                return false;
            }
        };
        let _w = self.writes.lock().await;
        match crate::issues::history::replace(&self.db, id, &entries).await {
            Ok(changed) => changed,
            Err(e) => {
                tracing::warn!(error = %e, "the issue's history was not cached");
                false
            }
        }
    }

    /// Lets the next opening of `id` fetch its history again.
    fn forget_wanted(&self, id: storedesk_domain::IssueId) {
        let mut wanted = self
            .history_wanted
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if *wanted == Some(id) {
            *wanted = None;
        }
    }

    fn failed(&self, phase: SyncPhase, message: String) {
        self.sync.send_modify(|s| {
            s.phase = phase;
            s.message = Some(message);
        });
    }

    /// Keeps the live channel open while signed in; reopens it (with the token of the moment)
    /// when it ends or drops, backing off while the server is away.
    pub async fn run_live(self: Arc<Self>) {
        let mut failures = 0u32;
        loop {
            let linked = {
                let link = self.link.lock().await;
                link.as_ref()
                    .map(|l| (l.remote.clone(), l.session.access.clone()))
            };
            let Some((remote, access)) = linked else {
                self.linked.notified().await;
                continue;
            };
            match remote.live(&access).await {
                Ok(mut channel) => {
                    failures = 0;
                    // Opened: pull once to cover what happened while it was closed. A network
                    // change may have left the connection dead without a word: reopen it.
                    loop {
                        tokio::select! {
                            event = channel.next() => match event {
                                Ok(Some(_)) => self.wake.notify_one(),
                                _ => break,
                            },
                            () = self.network.notified() => break,
                        }
                    }
                    // The channel ended (the server left, a proxy cut it): a round now shows
                    // whether the server is still there, instead of at the next quiet pull.
                    self.wake.notify_one();
                }
                Err(RemoteError::SignedOut) => {
                    // The access token expired (or was never fetched since start): the sync
                    // round refreshes it.
                    failures += 1;
                    self.wake.notify_one();
                }
                Err(_) => failures += 1,
            }
            let pause = planner::backoff(failures.max(1), rand::thread_rng().gen());
            let _ = tokio::time::timeout(pause, async {
                tokio::select! {
                    () = self.linked.notified() => {},
                    () = self.network.notified() => {},
                }
            })
            .await;
        }
    }
}
