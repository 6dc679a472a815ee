//! Local mode's [`MailSink`]: the watcher's batch is kept in memory until `flush`, then triaged
//! and written in one SQLite transaction under the engine's write lock (one savepoint per
//! message: a message whose effects fail is quarantined alone), with the checkpoint. What a
//! reply does is `storedesk_mail::reply_effects`, the same as on the server; the mail log's
//! unique Message-ID makes it exactly once.

use std::sync::Arc;

use anyhow::Context;
use sqlx::{Connection, SqliteConnection};
use storedesk_domain::notice::{self, Known, Notice};
use storedesk_domain::vendor::OnVendorResolution;
use storedesk_domain::{IssueId, Status, UserId};
use storedesk_mail::{message, reply_effects, triage_mail, Event, Triage, TriageContext};
use storedesk_mailbox::{Checkpoint, MailSink};

use crate::engine::Engine;

pub(crate) struct SqliteSink {
    pub engine: Arc<Engine>,
    pub mailbox: String,
    pub vendor: String,
    pub on_resolution: OnVendorResolution,
    pub ctx: TriageContext,
    /// The batch so far: written by `flush`.
    pub pending: Vec<(Checkpoint, Vec<u8>)>,
    /// When vendor mail was set up here (Unix seconds): older mail in the mailbox (years of it,
    /// on a first start) is logged, never applied.
    pub since: Option<i64>,
    /// This batch has read the open issues' titles and stores (`learn_names`).
    pub names_read: bool,
}

/// What a message established for later replies: its ticket and Message-ID name its issue.
struct Links {
    number: u64,
    ticket: Option<String>,
    message_id: String,
}

/// What the database holds of the issue a reply names.
struct LocalIssue {
    known: Known,
    store: String,
}

type IssueRow = (
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    String,
);

async fn issue_by_number(
    conn: &mut SqliteConnection,
    number: u64,
) -> anyhow::Result<Option<LocalIssue>> {
    let row: Option<IssueRow> = sqlx::query_as(
        "select i.id, i.title, i.status, coalesce(i.created_by, ''), i.assigned_to,
                i.vendor_ticket, s.name
         from issues i join stores s on s.id = i.store_id where i.number = ?1",
    )
    .bind(number as i64)
    .fetch_optional(&mut *conn)
    .await?;
    let Some((id, title, status, created_by, assigned_to, vendor_ticket, store)) = row else {
        return Ok(None);
    };
    Ok(Some(LocalIssue {
        known: Known {
            id: IssueId::parse(&id).context("an issue id")?,
            reference: format!("STORE-{number}"),
            title,
            status: Status::parse(&status).context("a status")?,
            created_by: UserId::parse(&created_by).unwrap_or(UserId(uuid::Uuid::nil())),
            assigned_to: assigned_to.and_then(|a| UserId::parse(&a).ok()),
            vendor_ticket,
        },
        store,
    }))
}

impl SqliteSink {
    /// The vendor's tickets already known, so a reply naming its issue only by the vendor's
    /// ticket still finds it. Once per watcher round: the links of later messages are added as
    /// their effects are written.
    async fn learn_tickets(&mut self) -> anyhow::Result<()> {
        let tickets: Vec<(String, i64)> = sqlx::query_as(
            "select r.vendor_ticket_id, i.number from resolutions r
             join issues i on i.id = r.issue_id where r.vendor = ?1 and i.number is not null",
        )
        .bind(&self.vendor)
        .fetch_all(&self.engine.db)
        .await?;
        for (ticket, number) in tickets {
            self.ctx.link_vendor_ticket(&ticket, number as u64);
        }
        Ok(())
    }

    /// The open issues' titles and stores, so a reply naming an issue only in words is still
    /// offered to the engineer. Read once per batch, and only for a message naming no issue
    /// otherwise (as the server does).
    async fn learn_names(&mut self, conn: &mut SqliteConnection) -> anyhow::Result<()> {
        let open: Vec<(i64, String, String)> = sqlx::query_as(
            "select i.number, i.title, s.name from issues i join stores s on s.id = i.store_id
             where i.number is not null and i.status not in ('resolved', 'closed')",
        )
        .fetch_all(&mut *conn)
        .await?;
        for (number, title, store) in open {
            self.ctx
                .learn_issue_title(number as u64, &title)
                .learn_issue_store(number as u64, &store);
        }
        self.names_read = true;
        Ok(())
    }

    /// Triage, with the issue's own title known (so our words echoed back are not read as the
    /// vendor's), and the issue it names.
    async fn read(
        &mut self,
        conn: &mut SqliteConnection,
        mail: &message::Mail,
    ) -> anyhow::Result<(Triage, Option<LocalIssue>)> {
        let mut first = triage_mail(mail, &self.ctx);
        if first.issue.is_none() && !self.names_read {
            self.learn_names(conn).await?;
            first = triage_mail(mail, &self.ctx);
        }
        let Some(number) = first.issue.as_ref().map(|m| m.number) else {
            return Ok((first, None));
        };
        let Some(issue) = issue_by_number(conn, number).await? else {
            return Ok((first, None));
        };
        if self.ctx.title_of(number).is_none() {
            self.ctx.learn_issue_title(number, &issue.known.title);
            return Ok((triage_mail(mail, &self.ctx), Some(issue)));
        }
        Ok((first, Some(issue)))
    }

    /// One message's log row and effects on `conn`; the notices they raise for `me`.
    async fn effects(
        &mut self,
        conn: &mut SqliteConnection,
        raw: &[u8],
        me: Option<UserId>,
    ) -> anyhow::Result<(Vec<Notice>, Option<Links>)> {
        let parsed = message::parse(raw);
        let message_id = message::identity(parsed.as_ref().ok(), raw);
        let mail = parsed.map_err(|e| anyhow::anyhow!("unreadable message: {e}"))?;
        let (mut t, mut issue) = self.read(conn, &mail).await?;
        // Five minutes' grace for a sender's clock.
        if let (Some(since), Some(date)) = (self.since, message::date_of(raw)) {
            if date < since - 300 {
                t.event = Event::Ignore;
                t.reason = format!(
                    "dated before vendor mail was set up on this computer; {}",
                    t.reason
                );
                issue = None;
            }
        }
        let now = chrono::Utc::now();
        let logged = sqlx::query(
            "insert into mail_log (direction, message_id, issue_id, at, event, rule,
                 vendor_ticket_id, confidence, needs_confirmation, raw)
             values ('in', ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) on conflict do nothing",
        )
        .bind(&message_id)
        .bind(issue.as_ref().map(|i| i.known.id.0.to_string()))
        .bind(now)
        .bind(t.event.as_str())
        .bind(&t.reason)
        .bind(reply_effects::ticket(&t))
        .bind(f64::from(t.confidence) / 100.0)
        .bind(t.needs_confirmation)
        .bind(raw)
        .execute(&mut *conn)
        .await?;
        let links = match (t.issue.as_ref().map(|m| m.number), t.event) {
            (Some(number), e) if e != Event::Ignore => Some(Links {
                number,
                ticket: reply_effects::ticket(&t).map(str::to_owned),
                message_id: message_id.clone(),
            }),
            _ => None,
        };
        let (1, Some(issue)) = (logged.rows_affected(), issue) else {
            return Ok((Vec::new(), links));
        };
        let from = issue.known.status;
        let Some(fx) = reply_effects::effects(&t, &self.vendor, from, self.on_resolution) else {
            return Ok((Vec::new(), links));
        };
        let key = issue.known.id.0.to_string();
        let mut ticket_is_new = false;
        if let Some(ticket) = &fx.ticket {
            let updated = sqlx::query(
                "update resolutions set
                     resolution_date = case when ?4 then coalesce(resolution_date, ?5)
                                            else resolution_date end,
                     last_vendor_status = ?6, updated_at = ?5
                 where issue_id = ?1 and vendor = ?2 and vendor_ticket_id = ?3",
            )
            .bind(&key)
            .bind(&self.vendor)
            .bind(ticket)
            .bind(fx.finished)
            .bind(now)
            .bind(fx.vendor_status)
            .execute(&mut *conn)
            .await?;
            if updated.rows_affected() == 0 {
                ticket_is_new = true;
                sqlx::query(
                    "insert into resolutions (id, issue_id, vendor, vendor_ticket_id,
                         acknowledged_at, resolution_date, last_vendor_status, created_at,
                         updated_at)
                     values (?1, ?2, ?3, ?4, ?5, case when ?6 then ?5 end, ?7, ?5, ?5)",
                )
                .bind(uuid::Uuid::now_v7().to_string())
                .bind(&key)
                .bind(&self.vendor)
                .bind(ticket)
                .bind(now)
                .bind(fx.finished)
                .bind(fx.vendor_status)
                .execute(&mut *conn)
                .await?;
                sqlx::query("update issues set vendor_ticket = ?2 where id = ?1")
                    .bind(&key)
                    .bind(ticket)
                    .execute(&mut *conn)
                    .await?;
            }
        }
        let to = fx.final_status(from);
        // As on the server: an update that moves nothing leaves the issue where it was in the
        // lists sorted by last change.
        if to != from {
            sqlx::query("update issues set status = ?2, updated_at = ?3 where id = ?1")
                .bind(&key)
                .bind(to.as_str())
                .bind(now)
                .execute(&mut *conn)
                .await?;
        }
        let events = fx.history(&self.vendor, ticket_is_new, from);
        crate::issues::record(conn, issue.known.id, None, now, &events, Some(&fx.note)).await?;
        let ticket = fx.ticket.as_deref().filter(|_| ticket_is_new);
        let notices = me.map_or_else(Vec::new, |me| {
            notice::for_vendor_reply(me, &issue.known, &issue.store, &self.vendor, ticket, to)
        });
        Ok((notices, links))
    }
}

impl MailSink for SqliteSink {
    async fn checkpoint(&mut self) -> anyhow::Result<Option<Checkpoint>> {
        // A new round of the watcher: what an interrupted round kept is fetched again.
        self.pending.clear();
        let since: Option<chrono::DateTime<chrono::Utc>> =
            sqlx::query_scalar("select since from mail_enabled where id = 1")
                .fetch_optional(&self.engine.db)
                .await?;
        self.since = since.map(|s| s.timestamp());
        self.learn_tickets().await?;
        let row: Option<(i64, i64)> = sqlx::query_as(
            "select uid_validity, last_uid from mail_checkpoints where mailbox = ?1",
        )
        .bind(&self.mailbox)
        .fetch_optional(&self.engine.db)
        .await?;
        Ok(row.map(|(v, u)| Checkpoint {
            uid_validity: v as u32,
            last_uid: u as u32,
        }))
    }

    async fn accept(&mut self, at: Checkpoint, raw: &[u8]) -> anyhow::Result<()> {
        self.pending.push((at, raw.to_vec()));
        Ok(())
    }

    async fn flush(&mut self) -> anyhow::Result<()> {
        let Some(at) = self.pending.last().map(|(at, _)| *at) else {
            return Ok(());
        };
        let batch = std::mem::take(&mut self.pending);
        let me = self.engine.session.read().await.as_ref().map(|u| u.id);
        let engine = self.engine.clone();
        let mut notices = Vec::new();
        {
            let _w = engine.writes.lock().await;
            let mut tx = engine.db.begin().await?;
            self.names_read = false;
            for (_, raw) in &batch {
                let mut one = Connection::begin(&mut *tx).await?;
                match self.effects(&mut one, raw, me).await {
                    Ok((n, links)) => {
                        one.commit().await?;
                        notices.extend(n);
                        // Only what was written establishes anything for later replies.
                        if let Some(l) = links {
                            if let Some(ticket) = &l.ticket {
                                self.ctx.link_vendor_ticket(ticket, l.number);
                            }
                            self.ctx.link_vendor_mail(&l.message_id, l.number);
                        }
                    }
                    Err(e) => {
                        one.rollback().await?;
                        // Kept with the reason, so the watcher does not stop on it every time.
                        let message_id = message::identity(message::parse(raw).ok().as_ref(), raw);
                        tracing::warn!(
                            message_id,
                            error = format!("{e:#}"),
                            "vendor mail quarantined"
                        );
                        sqlx::query(
                            "insert into mail_log (direction, message_id, at, event, rule,
                                 confidence, needs_confirmation, raw)
                             values ('in', ?1, ?2, 'quarantine', ?3, 0, 1, ?4)
                             on conflict do nothing",
                        )
                        .bind(&message_id)
                        .bind(chrono::Utc::now())
                        .bind(format!("{e:#}"))
                        .bind(raw)
                        .execute(&mut *tx)
                        .await?;
                    }
                }
            }
            sqlx::query(
                "insert into mail_checkpoints (mailbox, uid_validity, last_uid) values (?1, ?2, ?3)
                 on conflict (mailbox) do update set uid_validity = excluded.uid_validity,
                     last_uid = excluded.last_uid",
            )
            .bind(&self.mailbox)
            .bind(i64::from(at.uid_validity))
            .bind(i64::from(at.last_uid))
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
        }
        // The notices first: a screen that reloads on the version bump finds them kept.
        if let Err(e) = self.engine.raise(notices).await {
            tracing::warn!(error = %e, "vendor mail: the notices were not kept");
        }
        self.engine.sync.send_modify(|s| s.data_version += 1);
        Ok(())
    }
}
