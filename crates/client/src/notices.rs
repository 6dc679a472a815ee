//! Notifications after they are decided (`domain::notice` decides who is told what): the kinds
//! the person turned off are dropped, the rest are kept in the app's list of recent notices and
//! handed to the shell, which shows them natively (`Engine::watch_notices`).

use crate::engine::Engine;
use crate::error::ClientResult;
use chrono::{DateTime, Utc};
use sqlx::SqlitePool;
use storedesk_domain::notice::{self, Notice, NoticeKind};
use storedesk_domain::view::{NoticeSettings, RecentNotice};
use storedesk_domain::IssueId;

/// The list keeps this many.
const KEPT: i64 = 200;

fn setting(kind: NoticeKind) -> String {
    format!("notify_{}", kind.as_str())
}

pub(crate) async fn settings(db: &SqlitePool) -> ClientResult<NoticeSettings> {
    let names: Vec<String> = sqlx::query_scalar(
        "select name from settings where name like 'notify_%' and value = 'off'",
    )
    .fetch_all(db)
    .await?;
    let off = NoticeKind::ALL
        .into_iter()
        .filter(|k| names.contains(&setting(*k)))
        .collect();
    Ok(NoticeSettings { off })
}

pub(crate) async fn unread(db: &SqlitePool) -> ClientResult<i64> {
    Ok(
        sqlx::query_scalar("select count(*) from notices where read = 0")
            .fetch_one(db)
            .await?,
    )
}

impl Engine {
    /// Keeps the notices of a sync round that the person wants and hands them to the shell;
    /// returns how many were kept.
    pub(crate) async fn raise(&self, notices: Vec<Notice>) -> ClientResult<usize> {
        if notices.is_empty() {
            return Ok(0);
        }
        let off = settings(&self.db).await?.off;
        let wanted: Vec<Notice> = notices
            .into_iter()
            .filter(|n| !off.contains(&n.kind))
            .collect();
        if wanted.is_empty() {
            return Ok(0);
        }
        {
            let _w = self.writes.lock().await;
            let mut tx = self.db.begin().await?;
            let now = Utc::now();
            for n in &wanted {
                sqlx::query(
                    "insert into notices (kind, issue_id, title, body, at) values (?1, ?2, ?3, ?4, ?5)",
                )
                .bind(n.kind.as_str())
                .bind(n.issue.map(|i| i.0.to_string()))
                .bind(&n.title)
                .bind(&n.body)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            }
            sqlx::query("delete from notices where seq <= (select max(seq) from notices) - ?1")
                .bind(KEPT)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
        }
        for n in notice::shown(&wanted) {
            // No receiver (no shell, a test that does not listen) is not an error.
            let _ = self.notices.send(n);
        }
        Ok(wanted.len())
    }

    /// What the shell shows natively, as it is raised.
    pub fn watch_notices(&self) -> tokio::sync::broadcast::Receiver<Notice> {
        self.notices.subscribe()
    }

    /// The app's list of recent notifications, newest first.
    pub async fn recent_notices(&self) -> ClientResult<Vec<RecentNotice>> {
        type Row = (
            i64,
            String,
            Option<String>,
            String,
            String,
            DateTime<Utc>,
            bool,
        );
        let rows: Vec<Row> = sqlx::query_as(
            "select seq, kind, issue_id, title, body, at, read from notices
             order by seq desc limit 50",
        )
        .fetch_all(&self.db)
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(seq, kind, issue, title, body, at, read)| {
                Some(RecentNotice {
                    seq,
                    notice: Notice {
                        kind: NoticeKind::parse(&kind)?,
                        issue: issue.as_deref().and_then(|i| IssueId::parse(i).ok()),
                        title,
                        body,
                    },
                    at,
                    read,
                })
            })
            .collect())
    }

    /// The list was opened: everything in it has been seen.
    pub async fn mark_notices_read(&self) -> ClientResult<()> {
        {
            let _w = self.writes.lock().await;
            sqlx::query("update notices set read = 1 where read = 0")
                .execute(&self.db)
                .await?;
        }
        self.sync.send_modify(|s| s.unread_notices = 0);
        Ok(())
    }

    pub async fn notice_settings(&self) -> ClientResult<NoticeSettings> {
        settings(&self.db).await
    }

    /// Turns kinds of notification on and off (on by default).
    pub async fn set_notice_settings(&self, s: &NoticeSettings) -> ClientResult<()> {
        let _w = self.writes.lock().await;
        let mut tx = self.db.begin().await?;
        for kind in NoticeKind::ALL {
            let value = if s.off.contains(&kind) { "off" } else { "on" };
            crate::cache::put_setting(&mut tx, &setting(kind), value).await?;
        }
        tx.commit().await?;
        Ok(())
    }
}
