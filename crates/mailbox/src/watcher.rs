//! The reply mailbox watcher: IMAP IDLE (polling where the server has no IDLE), IDLE renewed
//! well before servers drop it, a deadline on every command, reconnect with capped backoff and
//! jitter, and a checkpoint (UIDVALIDITY, last UID) so mail that arrived while it was away is
//! fetched after reconnecting (no IDLE event is ever sent for it).
//!
//! Delivery is at least once: a message is handed to the [`MailSink`] with the checkpoint it
//! advances to, and only then moved out of the folder. The sink records both in one step and
//! ignores a Message-ID it has seen, which makes the effects exactly once.

use std::future::Future;
use std::time::Duration;

use anyhow::{bail, Context};
use async_imap::extensions::idle::IdleResponse;
use futures::TryStreamExt;
use rand::Rng;
use tokio::sync::watch;

use crate::credential::Login;
use crate::imap::{self, timed, ImapSession};
use crate::server::MailServer;
use crate::tls::TlsRoots;

/// How far the watcher got in a folder: UIDs are only comparable within one UIDVALIDITY.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Checkpoint {
    pub uid_validity: u32,
    pub last_uid: u32,
}

/// Where the watcher hands what it fetched: the server's PostgreSQL or the desktop's SQLite.
pub trait MailSink: Send {
    /// The checkpoint last recorded by [`MailSink::accept`], if any.
    fn checkpoint(&mut self) -> impl Future<Output = anyhow::Result<Option<Checkpoint>>> + Send;

    /// Handles one message (`raw`, as fetched) and records `at` with its effects. Must ignore
    /// a message it has handled before (same Message-ID): a UIDVALIDITY change or a second
    /// watcher shows it again. An error stops this round; the message is fetched again.
    fn accept(
        &mut self,
        at: Checkpoint,
        raw: &[u8],
    ) -> impl Future<Output = anyhow::Result<()>> + Send;

    /// Makes everything accepted so far durable. The watcher calls it after each batch and
    /// before it moves the batch out of the folder, so a sink may write a batch in one
    /// transaction (one commit, one disk flush) instead of one per message.
    fn flush(&mut self) -> impl Future<Output = anyhow::Result<()>> + Send {
        async { Ok(()) }
    }
}

#[derive(Debug, Clone)]
pub struct WatcherConfig {
    pub server: MailServer,
    pub login: Login,
    pub roots: TlsRoots,
    /// The folder replies arrive in.
    pub folder: String,
    /// Where handled mail is moved; `None` leaves it in place, marked \Seen.
    pub done_folder: Option<String>,
    /// IDLE is ended and re-issued this often: Exchange Online stops pushing on long IDLEs
    /// (RFC 2177 allows 29 minutes; 10 is what the field found safe).
    pub idle_renew: Duration,
    /// Poll interval where the server has no IDLE.
    pub poll_every: Duration,
    /// Messages fetched per command (memory stays flat on a large backlog).
    pub batch: usize,
    /// First wait after a lost session; it doubles on each failure up to `max_backoff`.
    pub first_backoff: Duration,
    /// Longest wait between reconnection attempts.
    pub max_backoff: Duration,
}

impl WatcherConfig {
    pub fn new(server: MailServer, login: Login, roots: TlsRoots) -> Self {
        WatcherConfig {
            server,
            login,
            roots,
            folder: "INBOX".into(),
            done_folder: Some("Processed".into()),
            idle_renew: Duration::from_secs(10 * 60),
            poll_every: Duration::from_secs(60),
            batch: 200,
            first_backoff: Duration::from_secs(1),
            max_backoff: Duration::from_secs(60),
        }
    }
}

pub struct Watcher<S> {
    config: WatcherConfig,
    sink: S,
}

enum Ended {
    Stopped,
}

impl<S: MailSink> Watcher<S> {
    pub fn new(config: WatcherConfig, sink: S) -> Self {
        Watcher { config, sink }
    }

    /// Watches until `stop` turns true (or its sender is dropped); returns the sink.
    pub async fn run(mut self, mut stop: watch::Receiver<bool>) -> S {
        let mut failures: u32 = 0;
        loop {
            if stopped(&stop) {
                return self.sink;
            }
            match self.round(&mut stop, &mut failures).await {
                Ok(Ended::Stopped) => return self.sink,
                Err(e) => {
                    failures = failures.saturating_add(1);
                    let wait =
                        backoff(failures, self.config.first_backoff, self.config.max_backoff);
                    tracing::warn!(
                        error = format!("{e:#}"),
                        retry_in_ms = wait.as_millis() as u64,
                        "mail watcher lost its session"
                    );
                    tokio::select! {
                        _ = tokio::time::sleep(wait) => {}
                        _ = stop.changed() => {}
                    }
                }
            }
        }
    }

    async fn round(
        &mut self,
        stop: &mut watch::Receiver<bool>,
        failures: &mut u32,
    ) -> anyhow::Result<Ended> {
        let c = &self.config;
        let mut session = imap::open(&c.server, &c.login, &c.roots).await?;
        let caps = timed("CAPABILITY", session.capabilities()).await?;
        let (can_idle, can_move) = (caps.has_str("IDLE"), caps.has_str("MOVE"));
        let mailbox = timed("SELECT", session.select(&c.folder)).await?;
        let uid_validity = mailbox
            .uid_validity
            .context("the server sent no UIDVALIDITY for the folder")?;
        tracing::info!(folder = %c.folder, uid_validity, can_idle, "mail watcher connected");
        self.tidy(&mut session, uid_validity, can_move).await?;
        loop {
            self.catch_up(&mut session, uid_validity, can_move).await?;
            // A full catch-up on a fresh session: the connection is sound again.
            *failures = 0;
            if stopped(stop) {
                let _ = timed("LOGOUT", session.logout()).await;
                return Ok(Ended::Stopped);
            }
            if can_idle {
                let mut idle = session.idle();
                timed("IDLE", idle.init()).await?;
                let (wait, _interrupt) = idle.wait_with_timeout(self.config.idle_renew);
                let woke = tokio::select! {
                    r = wait => Some(r),
                    _ = stop.changed() => None,
                };
                match woke {
                    // We never interrupt by hand while waiting: an interrupt is the server
                    // closing the connection (async-imap maps EOF to it over plain TCP).
                    Some(Ok(IdleResponse::ManualInterrupt)) => {
                        bail!("the IMAP connection closed during IDLE")
                    }
                    Some(Err(e)) => return Err(e).context("IMAP IDLE"),
                    Some(Ok(IdleResponse::Timeout | IdleResponse::NewData(_))) | None => {}
                }
                drop(_interrupt);
                session = timed("DONE", idle.done()).await?;
                if stopped(stop) {
                    let _ = timed("LOGOUT", session.logout()).await;
                    return Ok(Ended::Stopped);
                }
            } else {
                tokio::select! {
                    _ = tokio::time::sleep(self.config.poll_every) => {}
                    _ = stop.changed() => {}
                }
                timed("NOOP", session.noop()).await?;
            }
        }
    }

    /// Messages at or below the checkpoint still in the folder were handled before a crash
    /// cut the move: move them now (without handing them over again).
    async fn tidy(
        &mut self,
        session: &mut ImapSession,
        uid_validity: u32,
        can_move: bool,
    ) -> anyhow::Result<()> {
        let Some(done) = self.config.done_folder.clone() else {
            return Ok(());
        };
        let Some(cp) = self.sink.checkpoint().await? else {
            return Ok(());
        };
        if cp.uid_validity != uid_validity || cp.last_uid == 0 {
            return Ok(());
        }
        let handled = timed(
            "UID SEARCH",
            session.uid_search(format!("UID 1:{}", cp.last_uid)),
        )
        .await?;
        let mut uids: Vec<u32> = handled.into_iter().filter(|u| *u <= cp.last_uid).collect();
        uids.sort_unstable();
        for chunk in uids.chunks(self.config.batch.max(1)) {
            move_out(session, chunk, &done, can_move).await?;
        }
        Ok(())
    }

    /// Fetches every message above the checkpoint, oldest first, in batches.
    async fn catch_up(
        &mut self,
        session: &mut ImapSession,
        uid_validity: u32,
        can_move: bool,
    ) -> anyhow::Result<()> {
        let last = match self.sink.checkpoint().await? {
            Some(cp) if cp.uid_validity == uid_validity => cp.last_uid,
            Some(cp) => {
                tracing::warn!(
                    old = cp.uid_validity,
                    new = uid_validity,
                    "UIDVALIDITY changed: the folder is read again from the start"
                );
                0
            }
            None => 0,
        };
        let found = timed(
            "UID SEARCH",
            session.uid_search(format!("UID {}:*", last + 1)),
        )
        .await?;
        // "UID n:*" with n above the highest UID still answers the highest message.
        let mut uids: Vec<u32> = found.into_iter().filter(|u| *u > last).collect();
        uids.sort_unstable();
        for chunk in uids.chunks(self.config.batch.max(1)) {
            let set = uid_set(chunk);
            let mut fetched: Vec<(u32, Vec<u8>)> =
                tokio::time::timeout(imap::COMMAND_TIMEOUT, async {
                    let stream = session.uid_fetch(&set, "(UID BODY.PEEK[])").await?;
                    stream
                        .try_filter_map(
                            |f| async move { Ok(f.uid.zip(f.body().map(<[u8]>::to_vec))) },
                        )
                        .try_collect::<Vec<_>>()
                        .await
                })
                .await
                .context("IMAP UID FETCH: no answer in time")?
                .context("IMAP UID FETCH")?;
            fetched.sort_unstable_by_key(|(uid, _)| *uid);
            for (uid, raw) in &fetched {
                let at = Checkpoint {
                    uid_validity,
                    last_uid: *uid,
                };
                self.sink.accept(at, raw).await?;
            }
            self.sink.flush().await?;
            match &self.config.done_folder {
                Some(done) => move_out(session, chunk, done, can_move).await?,
                None => {
                    let flagged = tokio::time::timeout(imap::COMMAND_TIMEOUT, async {
                        let s = session.uid_store(&set, "+FLAGS.SILENT (\\Seen)").await?;
                        s.try_collect::<Vec<_>>().await
                    });
                    flagged.await.context("IMAP UID STORE: timed out")??;
                }
            }
        }
        Ok(())
    }
}

/// Asked to stop, or nobody left to ask (the sender is gone).
pub fn stopped(stop: &watch::Receiver<bool>) -> bool {
    *stop.borrow() || stop.has_changed().is_err()
}

fn uid_set(uids: &[u32]) -> String {
    uids.iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

/// MOVE where the server has it (RFC 6851), else COPY + \Deleted + UID EXPUNGE.
async fn move_out(
    session: &mut ImapSession,
    uids: &[u32],
    folder: &str,
    can_move: bool,
) -> anyhow::Result<()> {
    if uids.is_empty() {
        return Ok(());
    }
    let set = uid_set(uids);
    if can_move {
        return timed("UID MOVE", session.uid_mv(&set, folder)).await;
    }
    timed("UID COPY", session.uid_copy(&set, folder)).await?;
    tokio::time::timeout(imap::COMMAND_TIMEOUT, async {
        let s = session.uid_store(&set, "+FLAGS.SILENT (\\Deleted)").await?;
        s.try_collect::<Vec<_>>().await?;
        let e = session.uid_expunge(&set).await?;
        e.try_collect::<Vec<_>>().await
    })
    .await
    .context("IMAP UID EXPUNGE: timed out")??;
    Ok(())
}

/// first, 2 x first, 4 x first ... capped, with up to 25 % jitter so several watchers do not
/// reconnect in step.
fn backoff(failures: u32, first: Duration, max: Duration) -> Duration {
    let base = first
        .saturating_mul(1u32 << failures.saturating_sub(1).min(16))
        .min(max);
    let jitter = rand::thread_rng().gen_range(0..=base.as_millis() as u64 / 4);
    base + Duration::from_millis(jitter)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_capped() {
        let max = Duration::from_secs(60);
        let one = Duration::from_secs(1);
        let first = backoff(1, one, max);
        assert!(first >= one && first <= Duration::from_millis(1250));
        let fourth = backoff(4, one, max);
        assert!(fourth >= Duration::from_secs(8) && fourth <= Duration::from_secs(10));
        let late = backoff(30, one, max);
        assert!(late >= max && late <= max + max / 4, "{late:?}");
    }

    #[test]
    fn uid_sets() {
        assert_eq!(uid_set(&[3, 4, 9]), "3,4,9");
    }
}
