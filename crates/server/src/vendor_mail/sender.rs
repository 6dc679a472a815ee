//! The outbox sender: issue mail queued by the database (migration 6's trigger) goes out one by
//! one, retried with capped backoff while the SMTP server is away, never twice: the row is
//! `sending` (committed) before the SMTP conversation starts, and a row still `sending` after a
//! restart is left for a person to check.

use std::time::Duration;

use sqlx::PgPool;
use storedesk_mail::{issue_mail, IssueMail};
use storedesk_mailbox::{Outgoing, SendError};
use tokio::sync::watch;

use super::config::MailConfig;
use crate::store::mail::{self, DueMail};

/// How often the queue is looked at when it was empty.
const IDLE_POLL: Duration = Duration::from_millis(500);
/// Retries: 5 s, 10 s, 20 s ... up to 10 minutes, for as long as the server stays away.
fn retry_in(attempts: i32) -> Duration {
    let exp = attempts.clamp(1, 8) as u32 - 1;
    Duration::from_secs(5u64 << exp).min(Duration::from_secs(600))
}

pub async fn run(pool: PgPool, config: MailConfig, mut stop: watch::Receiver<bool>) {
    let Some((server, login)) = config.smtp.clone() else {
        return;
    };
    match mail::fail_in_doubt(&pool).await {
        Ok(0) => {}
        Ok(n) => tracing::warn!(
            count = n,
            "issue mail left in doubt by a stop during sending"
        ),
        Err(e) => tracing::error!(error = %e, "outbox: cannot check mail left in doubt"),
    }
    let smtp = match Outgoing::new(&server, &login, &config.roots) {
        Ok(s) => s,
        Err(e) => {
            tracing::error!(error = %e, "outbox: SMTP settings refused; issue mail stays queued");
            return;
        }
    };
    loop {
        if storedesk_mailbox::stopped(&stop) {
            return;
        }
        let due = match mail::claim_due(&pool).await {
            Ok(d) => d,
            Err(e) => {
                tracing::warn!(error = %e, "outbox: database away");
                None
            }
        };
        let Some(due) = due else {
            tokio::select! {
                _ = tokio::time::sleep(IDLE_POLL) => {}
                _ = stop.changed() => {}
            }
            continue;
        };
        send_one(&pool, &config, &smtp, &due).await;
    }
}

async fn send_one(pool: &PgPool, config: &MailConfig, smtp: &Outgoing, due: &DueMail) {
    let date = chrono::Utc::now().to_rfc2822();
    let (raw, message_id) = issue_mail(&IssueMail {
        number: due.number as u64,
        title: &due.title,
        store: &due.store,
        location: due.location.as_deref(),
        priority: &due.priority,
        description: &due.description,
        reporter: &due.reporter,
        from: &config.from,
        to: &config.vendor_address,
        date: &date,
        domain: &config.our_domain,
        key: &config.key,
    });
    let outcome = smtp
        .send(&config.from, &[config.vendor_address.as_str()], &raw)
        .await;
    let recorded = match outcome {
        Ok(()) => mail::mark_sent(pool, due, &message_id, &raw).await,
        Err(SendError::Transient(reason)) => {
            let wait = retry_in(due.attempts);
            tracing::warn!(issue = due.number, %reason, retry_in_s = wait.as_secs(), "issue mail not sent yet");
            mail::mark_failed(pool, due.outbox_id, &reason, Some(wait.as_secs_f64())).await
        }
        Err(SendError::Permanent(reason)) => {
            tracing::error!(issue = due.number, %reason, "issue mail refused");
            mail::mark_failed(pool, due.outbox_id, &reason, None).await
        }
    };
    if let Err(e) = recorded {
        // The row stays `sending`: after a restart it is reported in doubt, not sent again.
        tracing::error!(issue = due.number, error = %e, "outbox: could not record the send");
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
