//! Local mode's mail account: the settings in the database (no secret in them), the password
//! and the Message-ID signing key in the OS keychain, never in a file.

use anyhow::Context;
use sqlx::SqlitePool;
use storedesk_domain::mail_account::{MailAccount, MailAccountForm};
use storedesk_domain::{FieldError, Secret};
use storedesk_mailbox::{Login, MailServer, TlsRoots};

use crate::error::{ClientError, ClientResult};
use crate::keychain::{Keychain, KeychainError};

const SETTING: &str = "mail_account";

/// Everything the mail loop needs to run, secrets included (never printed: `Secret`, `Login`).
pub(crate) struct LocalMail {
    pub account: MailAccount,
    pub login: Login,
    pub roots: TlsRoots,
    pub key: Vec<u8>,
}

impl LocalMail {
    pub fn smtp(&self) -> MailServer {
        let h = &self.account.smtp;
        MailServer::new(h.host.trim(), h.port, h.security.into())
    }

    pub fn imap(&self) -> MailServer {
        let h = &self.account.imap;
        MailServer::new(h.host.trim(), h.port, h.security.into())
    }

    /// Names the mailbox's checkpoint: another account or server starts from its own.
    pub fn mailbox(&self) -> String {
        let imap = self.imap();
        format!("{}@{}:{}/INBOX", self.account.user, imap.host, imap.port)
    }
}

fn password_entry(a: &MailAccount) -> Keychain {
    Keychain::for_mail(&format!("{}@{}", a.user.trim(), a.imap.host.trim()))
}

fn key_entry() -> Keychain {
    Keychain::for_mail("message-id-key")
}

fn no_keychain(e: KeychainError) -> ClientError {
    match e {
        KeychainError::Unavailable(why) => ClientError::Conflict(format!(
            "no keychain on this computer can keep the mail password ({why})"
        )),
        KeychainError::Internal(e) => ClientError::Internal(e),
    }
}

pub(crate) async fn saved(db: &SqlitePool) -> ClientResult<Option<MailAccount>> {
    let json: Option<String> = sqlx::query_scalar("select value from settings where name = ?1")
        .bind(SETTING)
        .fetch_optional(db)
        .await?;
    json.map(|j| serde_json::from_str(&j).context("the saved mail account"))
        .transpose()
        .map_err(ClientError::Internal)
}

pub(crate) async fn password_saved(a: &MailAccount) -> bool {
    matches!(password_entry(a).load().await, Ok(Some(_)))
}

fn read_ca(path: &str) -> Result<Vec<u8>, FieldError> {
    let pem = std::fs::read(path).map_err(|e| {
        FieldError::new("ca_file", "unreadable", format!("cannot read {path}: {e}"))
    })?;
    if !String::from_utf8_lossy(&pem).contains("-----BEGIN CERTIFICATE-----") {
        return Err(FieldError::new(
            "ca_file",
            "invalid",
            format!("{path} holds no PEM certificate"),
        ));
    }
    Ok(pem)
}

/// Checks the account and keeps its secrets: the password (when typed) into the keychain first,
/// so a saved account never points at a password that is not there; a login or server changed
/// takes its old password out of the keychain. Returns the settings row's JSON (`store`).
pub(crate) async fn check_and_keep_secrets(
    db: &SqlitePool,
    form: &MailAccountForm,
) -> ClientResult<String> {
    let a = &form.account;
    let mut errors = a.errors();
    if let Some(path) = a.ca_file.as_deref().filter(|p| !p.trim().is_empty()) {
        if let Err(e) = read_ca(path.trim()) {
            errors.push(e);
        }
    }
    let typed = form.password.as_ref().filter(|p| !p.expose().is_empty());
    if typed.is_none() && errors.is_empty() && !password_saved(a).await {
        errors.push(FieldError::new(
            "password",
            "required",
            "type the mail account's password",
        ));
    }
    if !errors.is_empty() {
        return Err(ClientError::Invalid(errors));
    }
    if let Some(p) = typed {
        password_entry(a).save(p).await.map_err(no_keychain)?;
        let before = saved(db).await?;
        if let Some(old) = before.filter(|o| password_entry(o).account != password_entry(a).account)
        {
            // A password no account uses must not linger in the keychain.
            if let Err(e) = password_entry(&old).forget().await {
                tracing::warn!(error = %e, "the previous mail password stayed in the keychain");
            }
        }
    }
    if key_entry().load().await.map_err(no_keychain)?.is_none() {
        let key: [u8; 32] = rand::random();
        let hex: String = key.iter().map(|b| format!("{b:02x}")).collect();
        key_entry()
            .save(&Secret::new(hex))
            .await
            .map_err(no_keychain)?;
    }
    Ok(serde_json::to_string(a).context("the mail account as JSON")?)
}

/// The account's settings row and `mail_enabled`, in one transaction (under the write lock).
pub(crate) async fn store(db: &SqlitePool, json: &str) -> ClientResult<()> {
    let mut tx = db.begin().await?;
    crate::cache::put_setting(&mut tx, SETTING, json).await?;
    sqlx::query("insert into mail_enabled (id, since) values (1, ?1) on conflict (id) do nothing")
        .bind(chrono::Utc::now())
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// The account with its secrets, or `None` when none is saved (or its password is gone).
pub(crate) async fn load(db: &SqlitePool) -> anyhow::Result<Option<LocalMail>> {
    let Some(account) = saved(db).await.map_err(anyhow::Error::from)? else {
        return Ok(None);
    };
    let Some(password) = password_entry(&account)
        .load()
        .await
        .context("the mail password from the keychain")?
    else {
        return Ok(None);
    };
    let key = key_entry()
        .load()
        .await
        .context("the Message-ID key from the keychain")?
        .context("no Message-ID key in the keychain")?;
    let mut roots = TlsRoots::default();
    if let Some(path) = account.ca_file.as_deref().filter(|p| !p.trim().is_empty()) {
        roots = roots.with_ca_pem(read_ca(path.trim()).map_err(|e| anyhow::anyhow!(e.message))?);
    }
    Ok(Some(LocalMail {
        login: Login::password(account.user.trim(), password.expose()),
        account,
        roots,
        key: key.expose().as_bytes().to_vec(),
    }))
}
