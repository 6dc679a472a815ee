//! Local mode's outbox in SQLite, sent by the mailbox crate's `outbox::deliver` (the same loop
//! the server runs): claimed rows are `sending` (committed) before the SMTP conversation starts.

use std::sync::Arc;
use std::time::Duration;

use storedesk_mail::{IssueFacts, IssueMailer};
use storedesk_mailbox::{MailQueue, Outbound};

use crate::engine::Engine;

pub(crate) struct SqliteQueue {
    pub engine: Arc<Engine>,
    pub mailer: IssueMailer,
}

fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

type DueRow = (
    String,
    i64,
    String,
    String,
    String,
    String,
    String,
    Option<String>,
    i64,
);

impl SqliteQueue {
    /// A change of the outbox shows on open screens (the vendor panel's mail line).
    fn changed(&self) {
        self.engine.sync.send_modify(|s| s.data_version += 1);
    }
}

impl MailQueue for SqliteQueue {
    async fn fail_in_doubt(&mut self) -> anyhow::Result<u64> {
        let _w = self.engine.writes.lock().await;
        let done = sqlx::query(
            "update mail_outbox set state = 'failed',
                 last_error = 'StoreDesk stopped during the send: the mail may have reached the vendor; check before resending'
             where state = 'sending'",
        )
        .execute(&self.engine.db)
        .await?;
        Ok(done.rows_affected())
    }

    async fn claim(&mut self) -> anyhow::Result<Option<Outbound>> {
        // Looked at twice a second: a read without the write lock first, so an empty queue
        // never holds up the app's writes.
        let due: bool = sqlx::query_scalar(
            "select exists (select 1 from mail_outbox where state = 'queued' and next_attempt_at <= ?1)",
        )
        .bind(now_ms())
        .fetch_one(&self.engine.db)
        .await?;
        if !due {
            return Ok(None);
        }
        let row: Option<DueRow> = {
            let _w = self.engine.writes.lock().await;
            let mut tx = self.engine.db.begin().await?;
            let row: Option<DueRow> = sqlx::query_as(
                "select o.id, i.number, i.title, i.description, i.priority, s.name, s.address,
                        u.display_name, o.attempts + 1
                 from mail_outbox o join issues i on i.id = o.issue_id
                 join stores s on s.id = i.store_id left join users u on u.id = i.created_by
                 where o.state = 'queued' and o.next_attempt_at <= ?1
                 order by o.next_attempt_at, o.created_at limit 1",
            )
            .bind(now_ms())
            .fetch_optional(&mut *tx)
            .await?;
            if let Some(r) = &row {
                sqlx::query(
                    "update mail_outbox set state = 'sending', attempts = attempts + 1 where id = ?1",
                )
                .bind(&r.0)
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
            row
        };
        let Some((key, number, title, description, priority, store, address, reporter, attempts)) =
            row
        else {
            return Ok(None);
        };
        self.changed();
        let (raw, message_id) = self.mailer.compose(&IssueFacts {
            number: number as u64,
            title,
            store,
            location: Some(address).filter(|a| !a.trim().is_empty()),
            priority,
            description,
            reporter: reporter.unwrap_or_default(),
        });
        Ok(Some(Outbound {
            key,
            label: format!("STORE-{number}"),
            attempts: attempts as i32,
            message_id,
            raw,
        }))
    }

    async fn sent(&mut self, m: &Outbound) -> anyhow::Result<()> {
        {
            let _w = self.engine.writes.lock().await;
            let mut tx = self.engine.db.begin().await?;
            let now = chrono::Utc::now();
            sqlx::query(
                "update mail_outbox set state = 'sent', message_id = ?2, sent_at = ?3,
                     last_error = null where id = ?1",
            )
            .bind(&m.key)
            .bind(&m.message_id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            sqlx::query(
                "insert into mail_log (direction, message_id, issue_id, at, event, raw)
                 select 'out', ?2, issue_id, ?3, 'sent', ?4 from mail_outbox where id = ?1
                 on conflict do nothing",
            )
            .bind(&m.key)
            .bind(&m.message_id)
            .bind(now)
            .bind(&m.raw)
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
        }
        self.changed();
        Ok(())
    }

    async fn failed(
        &mut self,
        m: &Outbound,
        reason: &str,
        retry_in: Option<Duration>,
    ) -> anyhow::Result<()> {
        {
            let _w = self.engine.writes.lock().await;
            let at = retry_in.map(|d| now_ms() + d.as_millis() as i64);
            sqlx::query(
                "update mail_outbox set
                     state = case when ?3 is null then 'failed' else 'queued' end,
                     next_attempt_at = coalesce(?3, next_attempt_at), last_error = ?2
                 where id = ?1",
            )
            .bind(&m.key)
            .bind(reason)
            .bind(at)
            .execute(&self.engine.db)
            .await?;
        }
        self.changed();
        Ok(())
    }
}
