//! The server's [`MailSink`]: each fetched reply is triaged and its effects written in one
//! transaction with the mail log row and the watcher's checkpoint. The mail log's unique
//! Message-ID makes the effects exactly once, whatever the watcher hands over twice.

use sha2::{Digest, Sha256};
use sqlx::PgPool;
use storedesk_domain::history::Event as HistoryEvent;
use storedesk_domain::vendor::{status_path, OnVendorResolution, VendorNews};
use storedesk_mail::{message, triage_mail, Event, Triage, TriageContext};
use storedesk_mailbox::{Checkpoint, MailSink};

use crate::store::issues::{self, IssueKey};
use crate::store::mail::{self, LoggedMail};
use crate::store::resolutions::{self, VendorRecord};
use storedesk_domain::IssueId;

use super::config::MailConfig;

pub struct PgSink {
    pool: PgPool,
    mailbox: String,
    vendor: String,
    on_resolution: OnVendorResolution,
    ctx: TriageContext,
}

/// The vendor's ticket column holds at most this many characters.
const MAX_TICKET_LEN: usize = 64;

impl PgSink {
    pub async fn new(pool: PgPool, config: &MailConfig, mailbox: String) -> anyhow::Result<Self> {
        let mut ctx = TriageContext::new(&config.our_domain, config.key.clone());
        for d in &config.vendor_domains {
            ctx.add_vendor_domain(d);
        }
        for (ticket, number) in mail::vendor_tickets(&pool, &config.vendor_name).await? {
            ctx.link_vendor_ticket(&ticket, number as u64);
        }
        Ok(PgSink {
            pool,
            mailbox,
            vendor: config.vendor_name.clone(),
            on_resolution: OnVendorResolution::ResolveIssue,
            ctx,
        })
    }

    /// Triage, with the issue's own title known once the first pass has found the issue (so
    /// our words echoed back, "Till closed unexpectedly", are not read as the vendor's).
    async fn read(&mut self, mail: &message::Mail) -> anyhow::Result<(Triage, Option<IssueId>)> {
        let first = triage_mail(mail, &self.ctx);
        let Some(number) = first.issue.as_ref().map(|m| m.number) else {
            return Ok((first, None));
        };
        let Some((id, title)) = mail::issue_by_number(&self.pool, number as i64).await? else {
            // A signed reference to an issue this database does not have.
            return Ok((first, None));
        };
        if self.ctx.title_of(number).is_none() {
            self.ctx.learn_issue_title(number, &title);
            return Ok((triage_mail(mail, &self.ctx), Some(IssueId(id))));
        }
        Ok((first, Some(IssueId(id))))
    }

    async fn apply(
        &mut self,
        at: Checkpoint,
        raw: &[u8],
        message_id: &str,
        t: &Triage,
        issue: Option<IssueId>,
    ) -> anyhow::Result<()> {
        let ticket = t
            .vendor_ticket
            .as_ref()
            .map(|v| v.id.as_str())
            .filter(|id| id.chars().count() <= MAX_TICKET_LEN);
        let mut tx = self.pool.begin().await?;
        let logged = LoggedMail {
            message_id,
            issue_id: issue.map(|i| i.0),
            event: t.event.as_str(),
            rule: &t.reason,
            vendor_ticket_id: ticket,
            confidence: f32::from(t.confidence) / 100.0,
            needs_confirmation: t.needs_confirmation,
            raw,
        };
        let first_time = mail::log_incoming(&mut tx, &logged).await?;
        mail::save_checkpoint(
            &mut tx,
            &self.mailbox,
            i64::from(at.uid_validity),
            i64::from(at.last_uid),
        )
        .await?;
        let news = match t.event {
            Event::Acknowledged => Some(VendorNews::Acknowledged),
            Event::Update => Some(VendorNews::Update),
            Event::Resolved => Some(VendorNews::Resolved),
            Event::Closed => Some(VendorNews::Closed),
            Event::Ignore => None,
        };
        // Nothing uncertain changes an issue unasked: the vendor panel asks the engineer.
        if let (true, Some(issue), Some(news), false) =
            (first_time, issue, news, t.needs_confirmation)
        {
            let cur = issues::lock(&mut tx, IssueKey::Id(issue.0)).await?;
            let mut events = Vec::new();
            if let Some(ticket) = ticket {
                let finished = matches!(news, VendorNews::Resolved | VendorNews::Closed);
                let record = resolutions::record_from_vendor(
                    &mut tx,
                    issue.0,
                    &self.vendor,
                    ticket,
                    t.event.as_str(),
                    finished,
                )
                .await?;
                if record == VendorRecord::Created {
                    events.push(HistoryEvent {
                        field: "vendor_ticket",
                        old: None,
                        new: Some(format!("{} {ticket}", self.vendor)),
                    });
                }
            }
            let mut status = cur.status;
            for step in status_path(cur.status, news, self.on_resolution) {
                events.push(HistoryEvent {
                    field: "status",
                    old: Some(status.to_string()),
                    new: Some(step.to_string()),
                });
                status = step;
            }
            if status != cur.status {
                issues::set_status(&mut tx, issue, status).await?;
            }
            let note = format!("{} mail: {}", self.vendor, t.reason);
            issues::record_events(&mut tx, issue, None, &events, Some(&note)).await?;
        }
        tx.commit().await?;
        if let (Some(number), false) =
            (t.issue.as_ref().map(|m| m.number), t.event == Event::Ignore)
        {
            if let Some(ticket) = ticket {
                self.ctx.link_vendor_ticket(ticket, number);
            }
            self.ctx.link_vendor_mail(message_id, number);
        }
        Ok(())
    }
}

/// A message without a Message-ID is known by its bytes.
fn identity(mail: Option<&message::Mail>, raw: &[u8]) -> String {
    mail.and_then(|m| m.message_id.clone())
        .filter(|id| !id.is_empty() && id.len() <= 998)
        .unwrap_or_else(|| {
            let digest = Sha256::digest(raw);
            format!(
                "sha256:{}",
                digest
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect::<String>()
            )
        })
}

impl MailSink for PgSink {
    async fn checkpoint(&mut self) -> anyhow::Result<Option<Checkpoint>> {
        Ok(mail::checkpoint(&self.pool, &self.mailbox)
            .await?
            .map(|(v, u)| Checkpoint {
                uid_validity: v as u32,
                last_uid: u as u32,
            }))
    }

    async fn accept(&mut self, at: Checkpoint, raw: &[u8]) -> anyhow::Result<()> {
        let parsed = message::parse(raw);
        let message_id = identity(parsed.as_ref().ok(), raw);
        let outcome = match &parsed {
            Ok(m) => {
                let (t, issue) = self.read(m).await?;
                self.apply(at, raw, &message_id, &t, issue).await
            }
            Err(e) => Err(anyhow::anyhow!("unreadable message: {e}")),
        };
        let Err(e) = outcome else { return Ok(()) };
        // A message whose effects cannot be written (unreadable, a value the schema refuses)
        // must not stop the watcher on every retry: it is kept in quarantine with the reason.
        // When the database itself is away this write fails too, and the message is fetched
        // again after the reconnect.
        tracing::warn!(
            message_id,
            error = format!("{e:#}"),
            "vendor mail quarantined"
        );
        let mut tx = self.pool.begin().await?;
        mail::log_incoming(
            &mut tx,
            &LoggedMail {
                message_id: &message_id,
                issue_id: None,
                event: "quarantine",
                rule: &format!("{e:#}"),
                vendor_ticket_id: None,
                confidence: 0.0,
                needs_confirmation: true,
                raw,
            },
        )
        .await?;
        mail::save_checkpoint(
            &mut tx,
            &self.mailbox,
            i64::from(at.uid_validity),
            i64::from(at.last_uid),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}
