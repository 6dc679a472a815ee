//! The server's outbox: issue mail queued by the database (migration 6's trigger), sent by the
//! mailbox crate's `outbox::deliver` (retry, backoff, never twice), recorded in `mail_outbox` and
//! the mail log.

use std::time::Duration;

use anyhow::Context;
use sqlx::PgPool;
use storedesk_mail::{IssueFacts, IssueMailer};
use storedesk_mailbox::outbox::{self, Envelope};
use storedesk_mailbox::{MailQueue, Outbound, Outgoing};
use tokio::sync::watch;
use uuid::Uuid;

use super::config::MailConfig;
use crate::store::mail;

struct PgQueue {
    pool: PgPool,
    mailer: IssueMailer,
}

fn outbox_id(m: &Outbound) -> anyhow::Result<Uuid> {
    m.key.parse().context("an outbox id")
}

impl MailQueue for PgQueue {
    async fn fail_in_doubt(&mut self) -> anyhow::Result<u64> {
        Ok(mail::fail_in_doubt(&self.pool).await?)
    }

    async fn claim(&mut self) -> anyhow::Result<Option<Outbound>> {
        let Some(due) = mail::claim_due(&self.pool).await? else {
            return Ok(None);
        };
        let (raw, message_id) = self.mailer.compose(&IssueFacts {
            number: due.number as u64,
            title: due.title,
            store: due.store,
            location: due.location,
            priority: due.priority,
            description: due.description,
            reporter: due.reporter,
        });
        Ok(Some(Outbound {
            key: due.outbox_id.to_string(),
            label: format!("STORE-{}", due.number),
            attempts: due.attempts,
            message_id,
            raw,
        }))
    }

    async fn sent(&mut self, m: &Outbound) -> anyhow::Result<()> {
        Ok(mail::mark_sent(&self.pool, outbox_id(m)?, &m.message_id, &m.raw).await?)
    }

    async fn failed(
        &mut self,
        m: &Outbound,
        reason: &str,
        retry_in: Option<Duration>,
    ) -> anyhow::Result<()> {
        let secs = retry_in.map(|d| d.as_secs_f64());
        Ok(mail::mark_failed(&self.pool, outbox_id(m)?, reason, secs).await?)
    }
}

pub async fn run(pool: PgPool, config: MailConfig, stop: watch::Receiver<bool>) {
    let Some((server, login)) = config.smtp.clone() else {
        return;
    };
    let mut queue = PgQueue {
        pool,
        mailer: IssueMailer {
            from: config.from.clone(),
            to: config.vendor_address.clone(),
            domain: config.our_domain.clone(),
            key: config.key.clone(),
        },
    };
    outbox::settle_in_doubt(&mut queue).await;
    let smtp = match Outgoing::new(&server, &login, &config.roots) {
        Ok(s) => s,
        Err(e) => {
            tracing::error!(error = %e, "outbox: SMTP settings refused; issue mail stays queued");
            return;
        }
    };
    let envelope = Envelope {
        from: config.from,
        to: config.vendor_address,
    };
    outbox::deliver(queue, smtp, envelope, None, stop).await;
}
