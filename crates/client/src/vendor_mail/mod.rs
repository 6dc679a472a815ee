//! The vendor loop on this computer (local mode): the desktop sends issue mail over SMTP and
//! watches the reply mailbox over IMAP itself, in Rust tasks that outlive the window, with the
//! same transport (`storedesk-mailbox`), the same triage and the same effects
//! (`storedesk_mail::reply_effects`) as the server. Only the storage differs: SQLite behind
//! `queue.rs` (the outbox) and `sink.rs` (the watcher's effects). Connected to a server, the
//! server runs the loop and none of this starts.

mod account;
mod queue;
mod sink;

use std::sync::Arc;

use sqlx::SqliteConnection;
use storedesk_domain::mail_account::{MailAccountForm, MailAccountView};
use storedesk_domain::vendor::OnVendorResolution;
use storedesk_domain::view::{IssueMailView, MailState, Mode};
use storedesk_domain::{IssueId, Role};
use storedesk_mail::{IssueMailer, TriageContext};
use storedesk_mailbox::outbox::{self, Envelope};
use storedesk_mailbox::{Outgoing, Watcher, WatcherConfig};
use tokio::sync::watch;

use crate::engine::Engine;
use crate::error::{ClientError, ClientResult};

/// The vendor panel's mail line for the issue `key`.
pub(crate) async fn issue_mail(
    conn: &mut SqliteConnection,
    key: &str,
    can_work: bool,
) -> ClientResult<Option<IssueMailView>> {
    type Row = (
        String,
        i64,
        Option<String>,
        Option<chrono::DateTime<chrono::Utc>>,
    );
    let row: Option<Row> = sqlx::query_as(
        "select state, attempts, last_error, sent_at from mail_outbox where issue_id = ?1",
    )
    .bind(key)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.and_then(|(state, attempts, last_error, sent_at)| {
        let state = MailState::parse(&state)?;
        Some(IssueMailView {
            state,
            attempts,
            last_error,
            sent_at,
            can_resend: can_work && state == MailState::Failed,
        })
    }))
}

impl Engine {
    async fn mail_admin(&self) -> ClientResult<()> {
        if self.mode().await? != Some(Mode::Local) {
            return Err(ClientError::Conflict(
                "this computer is connected to a server: the server sends and watches the vendor mail"
                    .into(),
            ));
        }
        if self.me().await?.role != Role::Admin {
            return Err(ClientError::Forbidden("change the mail account"));
        }
        Ok(())
    }

    /// The settings screen's mail section.
    pub async fn mail_account(&self) -> ClientResult<MailAccountView> {
        self.me().await?;
        if self.mode().await? != Some(Mode::Local) {
            return Ok(MailAccountView::default());
        }
        let account = account::saved(&self.db).await?;
        let password_saved = match &account {
            Some(a) => account::password_saved(a).await,
            None => false,
        };
        Ok(MailAccountView {
            available: true,
            account,
            password_saved,
        })
    }

    /// Saves local mode's mail account (administrators): issues logged from now on are mailed
    /// to the vendor, and the loop restarts with the new settings.
    pub async fn save_mail_account(&self, form: &MailAccountForm) -> ClientResult<MailAccountView> {
        self.mail_admin().await?;
        // The keychain first, without the write lock (an unlock prompt must not hold up the
        // app's writes); then the settings row under it.
        let json = account::check_and_keep_secrets(&self.db, form).await?;
        {
            let _w = self.writes.lock().await;
            account::store(&self.db, &json).await?;
        }
        self.mail_changed.notify_one();
        self.mail_account().await
    }

    /// "Resend": a mail that failed (refused, or in doubt after a stop) is queued again.
    pub async fn resend_issue_mail(
        &self,
        id: IssueId,
    ) -> ClientResult<storedesk_domain::view::IssueDetailView> {
        let detail = self.issue(id).await?;
        if !detail.mail.as_ref().is_some_and(|m| m.can_resend) {
            return Err(ClientError::Conflict(
                "only a mail that failed can be sent again".into(),
            ));
        }
        {
            let _w = self.writes.lock().await;
            sqlx::query(
                "update mail_outbox set state = 'queued', next_attempt_at = 0, last_error = null,
                     attempts = 0
                 where issue_id = ?1 and state = 'failed'",
            )
            .bind(id.0.to_string())
            .execute(&self.db)
            .await?;
        }
        self.mail_queued.notify_one();
        self.issue(id).await
    }

    /// Runs local mode's sender and watcher for as long as the app runs, restarting them when
    /// the account is saved. Idle (waiting for an account) in connected mode.
    pub async fn run_vendor_mail(self: Arc<Self>) {
        loop {
            let changed = self.mail_changed.notified();
            tokio::pin!(changed);
            changed.as_mut().enable();
            let local = match self.mode().await {
                Ok(Some(Mode::Local)) => account::load(&self.db).await,
                _ => Ok(None),
            };
            let mail = match local {
                Ok(Some(mail)) => mail,
                Ok(None) => {
                    changed.await;
                    continue;
                }
                // The keychain still locked at login, say: try again soon, not only after a save.
                Err(e) => {
                    tracing::warn!(
                        error = format!("{e:#}"),
                        "vendor mail: the account cannot be read; trying again"
                    );
                    tokio::select! {
                        _ = changed => {}
                        _ = tokio::time::sleep(std::time::Duration::from_secs(30)) => {}
                    }
                    continue;
                }
            };
            let (stop_all, stop) = watch::channel(false);
            let mut queue = queue::SqliteQueue {
                engine: self.clone(),
                mailer: IssueMailer {
                    from: mail.account.our_address.trim().to_owned(),
                    to: mail.account.vendor_address.trim().to_owned(),
                    domain: mail.account.our_domain(),
                    key: mail.key.clone(),
                },
            };
            outbox::settle_in_doubt(&mut queue).await;
            let sender = match Outgoing::new(&mail.smtp(), &mail.login, &mail.roots) {
                Ok(smtp) => {
                    let envelope = Envelope {
                        from: mail.account.our_address.trim().to_owned(),
                        to: mail.account.vendor_address.trim().to_owned(),
                    };
                    let engine = self.clone();
                    let stop = stop.clone();
                    Some(tokio::spawn(async move {
                        outbox::deliver(queue, smtp, envelope, Some(&engine.mail_queued), stop)
                            .await;
                    }))
                }
                Err(e) => {
                    tracing::error!(error = %e, "vendor mail: SMTP settings refused; mail stays queued");
                    None
                }
            };
            let mut ctx = TriageContext::new(&mail.account.our_domain(), mail.key.clone());
            for d in mail.account.vendor_domains() {
                ctx.add_vendor_domain(&d);
            }
            let sink = sink::SqliteSink {
                engine: self.clone(),
                mailbox: mail.mailbox(),
                vendor: mail.account.vendor_name.trim().to_owned(),
                on_resolution: OnVendorResolution::ResolveIssue,
                ctx,
                pending: Vec::new(),
                since: None,
                names_read: false,
            };
            let config = WatcherConfig::new(mail.imap(), mail.login.clone(), mail.roots.clone());
            let watcher = tokio::spawn(Watcher::new(config, sink).run(stop));
            changed.await;
            let _ = stop_all.send(true);
            if let Some(s) = sender {
                let _ = s.await;
            }
            let _ = watcher.await;
        }
    }
}
