//! The outbox sender, once for the server (PostgreSQL) and the desktop's local mode (SQLite):
//! mail queued by the storage goes out one by one, retried with capped backoff while the SMTP
//! server is away, never twice. The storage marks a message `sending` (durably) before the SMTP
//! conversation starts, and a message still `sending` after a restart is left for a person to
//! check ([`MailQueue::fail_in_doubt`]): it may have reached the vendor.

use std::future::Future;
use std::time::Duration;

use tokio::sync::{watch, Notify};

use crate::outgoing::{Outgoing, SendError};

/// One message claimed from the queue, composed and ready to send.
#[derive(Debug, Clone)]
pub struct Outbound {
    /// The queue's own key for the row.
    pub key: String,
    /// What a log line names it by ("STORE-42").
    pub label: String,
    /// Attempts so far, this one included.
    pub attempts: i32,
    pub message_id: String,
    pub raw: Vec<u8>,
}

/// Where the outbox lives: the server's `mail_outbox` table or the desktop's.
pub trait MailQueue: Send {
    /// Marks the messages left `sending` by a stop as failed (a person checks and resends);
    /// returns how many.
    fn fail_in_doubt(&mut self) -> impl Future<Output = anyhow::Result<u64>> + Send;
    /// Claims the oldest due message (durably `sending` before it returns) and composes it.
    fn claim(&mut self) -> impl Future<Output = anyhow::Result<Option<Outbound>>> + Send;
    /// The SMTP server took it.
    fn sent(&mut self, m: &Outbound) -> impl Future<Output = anyhow::Result<()>> + Send;
    /// It was not sent: queued again after `retry_in`, or failed for good (`None`).
    fn failed(
        &mut self,
        m: &Outbound,
        reason: &str,
        retry_in: Option<Duration>,
    ) -> impl Future<Output = anyhow::Result<()>> + Send;
}

/// The envelope every queued message goes out with.
#[derive(Debug, Clone)]
pub struct Envelope {
    pub from: String,
    pub to: String,
}

/// How often the queue is looked at when it was empty and nobody woke the sender.
const IDLE_POLL: Duration = Duration::from_millis(500);

/// Retries: 5 s, 10 s, 20 s ... up to 10 minutes, for as long as the server stays away.
pub fn retry_in(attempts: i32) -> Duration {
    let exp = attempts.clamp(1, 8) as u32 - 1;
    Duration::from_secs(5u64 << exp).min(Duration::from_secs(600))
}

/// At start, before anything is sent (and even when the SMTP settings are refused): mail left
/// `sending` by a stop is marked failed for a person to check.
pub async fn settle_in_doubt<Q: MailQueue>(queue: &mut Q) {
    match queue.fail_in_doubt().await {
        Ok(0) => {}
        Ok(n) => tracing::warn!(
            count = n,
            "issue mail left in doubt by a stop during sending"
        ),
        Err(e) => tracing::error!(
            error = format!("{e:#}"),
            "outbox: cannot check mail in doubt"
        ),
    }
}

/// Sends what the queue holds until `stop` (call [`settle_in_doubt`] first). `wake` (a new
/// issue was queued) cuts the idle wait.
pub async fn deliver<Q: MailQueue>(
    mut queue: Q,
    smtp: Outgoing,
    envelope: Envelope,
    wake: Option<&Notify>,
    mut stop: watch::Receiver<bool>,
) {
    let never = Notify::new();
    let wake = wake.unwrap_or(&never);
    loop {
        if crate::stopped(&stop) {
            return;
        }
        let due = queue.claim().await.unwrap_or_else(|e| {
            tracing::warn!(error = format!("{e:#}"), "outbox: storage away");
            None
        });
        let Some(m) = due else {
            tokio::select! {
                _ = tokio::time::sleep(IDLE_POLL) => {}
                _ = wake.notified() => {}
                _ = stop.changed() => {}
            }
            continue;
        };
        let outcome = smtp
            .send(&envelope.from, &[envelope.to.as_str()], &m.raw)
            .await;
        let recorded = match outcome {
            Ok(()) => queue.sent(&m).await,
            Err(SendError::Transient(reason)) => {
                let wait = retry_in(m.attempts);
                tracing::warn!(issue = m.label, %reason, retry_in_s = wait.as_secs(), "issue mail not sent yet");
                queue.failed(&m, &reason, Some(wait)).await
            }
            Err(SendError::Permanent(reason)) => {
                tracing::error!(issue = m.label, %reason, "issue mail refused");
                queue.failed(&m, &reason, None).await
            }
        };
        if let Err(e) = recorded {
            // The row stays `sending`: after a restart it is reported in doubt, not sent again.
            tracing::error!(
                issue = m.label,
                error = format!("{e:#}"),
                "outbox: could not record the send"
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_back_off_to_ten_minutes() {
        assert_eq!(retry_in(1), Duration::from_secs(5));
        assert_eq!(retry_in(2), Duration::from_secs(10));
        assert_eq!(retry_in(7), Duration::from_secs(320));
        assert_eq!(retry_in(50), Duration::from_secs(600));
    }
}
