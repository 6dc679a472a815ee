//! The server's [`MailSink`]: each fetched reply is triaged and its effects written with the
//! mail log row and the watcher's checkpoint, in one transaction per batch the watcher fetched
//! (committed by `flush`, before the watcher moves the batch; one savepoint per message, so a
//! message whose effects fail is quarantined without undoing the others). The mail log's unique
//! Message-ID makes the effects exactly once, whatever the watcher hands over twice.

use sqlx::{Connection, PgConnection, PgPool, Postgres, Transaction};
use storedesk_domain::vendor::OnVendorResolution;
use storedesk_mail::{message, reply_effects, triage_mail, Event, Triage, TriageContext};
use storedesk_mailbox::{Checkpoint, MailSink};

use crate::store::issues::{self, IssueKey, Locked};
use crate::store::mail::{self, LoggedMail};
use crate::store::resolutions::{self, VendorRecord};

use super::config::MailConfig;

pub struct PgSink {
    pool: PgPool,
    mailbox: String,
    vendor: String,
    on_resolution: OnVendorResolution,
    ctx: TriageContext,
    /// The batch being written: open from the first accept to the flush.
    batch: Option<Transaction<'static, Postgres>>,
    /// The checkpoint the batch advances to.
    reached: Option<Checkpoint>,
    /// Whether this batch has read the open issues' titles and stores (once, on its first
    /// mail that names no issue by reference).
    names_read: bool,
    /// The batch's messages so far, while it runs without savepoints: replayed one savepoint
    /// each when a message fails (see `accept`).
    pending: Vec<(Checkpoint, Vec<u8>)>,
    /// This batch has had a failure: every message gets its own savepoint until the flush.
    careful: bool,
}

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
            batch: None,
            reached: None,
            names_read: false,
            pending: Vec::new(),
            careful: false,
        })
    }

    /// Triage, with the issue's own title known once the first pass has found the issue (so
    /// our words echoed back, "Till closed unexpectedly", are not read as the vendor's).
    async fn read(
        &mut self,
        tx: &mut PgConnection,
        mail: &message::Mail,
    ) -> anyhow::Result<(Triage, Option<Locked>)> {
        let mut first = triage_mail(mail, &self.ctx);
        if first.issue.is_none() && !self.names_read {
            // Issues logged since the last batch: their titles and stores, so a mail that
            // names one only in words is still offered to the engineer.
            for (number, title, store) in mail::open_issue_names(tx).await? {
                self.ctx
                    .learn_issue_title(number as u64, &title)
                    .learn_issue_store(number as u64, &store);
            }
            self.names_read = true;
            first = triage_mail(mail, &self.ctx);
        }
        let Some(number) = first.issue.as_ref().map(|m| m.number) else {
            return Ok((first, None));
        };
        // Locked now (the effects follow in this savepoint), which also reads its title.
        let cur = match issues::lock(tx, IssueKey::Number(number as i64)).await {
            Ok(cur) => cur,
            // A signed reference to an issue this database does not have.
            Err(crate::error::ApiError::NotFound(_)) => return Ok((first, None)),
            Err(e) => return Err(e.into()),
        };
        if self.ctx.title_of(number).is_none() {
            self.ctx.learn_issue_title(number, &cur.title);
            return Ok((triage_mail(mail, &self.ctx), Some(cur)));
        }
        Ok((first, Some(cur)))
    }

    /// The effects of one message, on `tx` (the message's savepoint).
    async fn apply(
        &self,
        tx: &mut PgConnection,
        raw: &[u8],
        message_id: &str,
        t: &Triage,
        cur: Option<&Locked>,
    ) -> anyhow::Result<()> {
        let issue = cur.map(|c| c.id);
        let ticket = reply_effects::ticket(t);
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
        let first_time = mail::log_incoming(&mut *tx, &logged).await?;
        let (true, Some(cur)) = (first_time, cur) else {
            return Ok(());
        };
        let Some(effects) = reply_effects::effects(t, &self.vendor, cur.status, self.on_resolution)
        else {
            return Ok(());
        };
        let mut ticket_is_new = false;
        if let Some(ticket) = &effects.ticket {
            let record = resolutions::record_from_vendor(
                &mut *tx,
                cur.id.0,
                &self.vendor,
                ticket,
                effects.vendor_status,
                effects.finished,
            )
            .await?;
            ticket_is_new = record == VendorRecord::Created;
        }
        let to = effects.final_status(cur.status);
        if to != cur.status {
            issues::set_status(&mut *tx, cur.id, to).await?;
        }
        let events = effects.history(&self.vendor, ticket_is_new, cur.status);
        issues::record_events(&mut *tx, cur.id, None, &events, Some(&effects.note)).await?;
        Ok(())
    }

    /// Triage and effects of one message on `conn`; the triage when they are all written.
    async fn effects(
        &mut self,
        conn: &mut PgConnection,
        parsed: &Result<message::Mail, message::MailError>,
        raw: &[u8],
        message_id: &str,
    ) -> anyhow::Result<Triage> {
        let m = parsed
            .as_ref()
            .map_err(|e| anyhow::anyhow!("unreadable message: {e}"))?;
        let (t, cur) = self.read(conn, m).await?;
        self.apply(conn, raw, message_id, &t, cur.as_ref()).await?;
        Ok(t)
    }

    /// One message in its own savepoint: its effects, or its quarantine row when they fail.
    async fn accept_careful(&mut self, at: Checkpoint, raw: &[u8]) -> anyhow::Result<()> {
        let parsed = message::parse(raw);
        let message_id = message::identity(parsed.as_ref().ok(), raw);
        let mut batch = self.batch.take();
        let tx = batch.as_mut().expect("a batch");
        // A savepoint: this message's effects, undone alone if they fail.
        let mut one = Connection::begin(&mut **tx).await?;
        let mut read = None;
        let result = match self.effects(&mut one, &parsed, raw, &message_id).await {
            Ok(t) => {
                read = Some(t);
                one.commit().await.map_err(anyhow::Error::from)
            }
            Err(e) => {
                one.rollback().await?;
                // A message whose effects cannot be written (unreadable, a value the schema
                // refuses) must not stop the watcher on every retry: it is kept in quarantine
                // with the reason. When the database itself is away this fails too, and the
                // batch is fetched again after the reconnect.
                tracing::warn!(
                    message_id,
                    error = format!("{e:#}"),
                    "vendor mail quarantined"
                );
                mail::log_incoming(
                    tx,
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
                .await
                .map(drop)
                .map_err(anyhow::Error::from)
            }
        };
        self.batch = batch;
        result?;
        self.reached = Some(at);
        if let Some(t) = &read {
            self.remember(&message_id, t);
        }
        Ok(())
    }

    /// Later replies that carry only the vendor's number, or answer the vendor's own mail,
    /// find the issue through what this one established.
    fn remember(&mut self, message_id: &str, t: &Triage) {
        if let (Some(number), false) =
            (t.issue.as_ref().map(|m| m.number), t.event == Event::Ignore)
        {
            if let Some(ticket) = t.vendor_ticket.as_ref().map(|v| v.id.as_str()) {
                self.ctx.link_vendor_ticket(ticket, number);
            }
            self.ctx.link_vendor_mail(message_id, number);
        }
    }
}

impl MailSink for PgSink {
    async fn checkpoint(&mut self) -> anyhow::Result<Option<Checkpoint>> {
        // A new round of the watcher: whatever an interrupted round left unflushed is undone
        // (its messages are fetched again from the stored checkpoint).
        self.batch = None;
        self.reached = None;
        self.pending.clear();
        self.careful = false;
        Ok(mail::checkpoint(&self.pool, &self.mailbox)
            .await?
            .map(|(v, u)| Checkpoint {
                uid_validity: v as u32,
                last_uid: u as u32,
            }))
    }

    async fn accept(&mut self, at: Checkpoint, raw: &[u8]) -> anyhow::Result<()> {
        if self.batch.is_none() {
            self.batch = Some(self.pool.begin().await?);
            self.pending.clear();
            self.careful = false;
        }
        if self.careful {
            return self.accept_careful(at, raw).await;
        }
        // Nearly every message's effects write without error, so the batch runs without a
        // savepoint per message (two round trips each). When one fails, the transaction is
        // lost: it is begun again and the batch so far replayed, one savepoint per message,
        // so the failing one alone is quarantined.
        let parsed = message::parse(raw);
        let message_id = message::identity(parsed.as_ref().ok(), raw);
        let mut batch = self.batch.take();
        let tx = batch.as_mut().expect("a batch");
        match self.effects(tx, &parsed, raw, &message_id).await {
            Ok(t) => {
                self.batch = batch;
                self.pending.push((at, raw.to_vec()));
                self.reached = Some(at);
                self.remember(&message_id, &t);
                Ok(())
            }
            Err(_) => {
                if let Some(tx) = batch {
                    tx.rollback().await?;
                }
                self.careful = true;
                self.batch = Some(self.pool.begin().await?);
                for (a, r) in std::mem::take(&mut self.pending) {
                    self.accept_careful(a, &r).await?;
                }
                self.accept_careful(at, raw).await
            }
        }
    }

    async fn flush(&mut self) -> anyhow::Result<()> {
        let (Some(mut tx), Some(at)) = (self.batch.take(), self.reached.take()) else {
            return Ok(());
        };
        mail::save_checkpoint(
            &mut tx,
            &self.mailbox,
            i64::from(at.uid_validity),
            i64::from(at.last_uid),
        )
        .await?;
        tx.commit().await?;
        self.names_read = false;
        self.pending.clear();
        self.careful = false;
        Ok(())
    }
}
