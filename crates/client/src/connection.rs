//! Connected mode's sign-in: "connect to your company's StoreDesk server", signing in again at
//! it, the session kept across restarts (the refresh token in the OS keychain, the person in
//! the cache's settings), and signing out. The cache and the outbox outlive a session: an ended
//! session asks for the password and loses no unsynced work.

use crate::engine::{Engine, MODE};
use crate::error::{ClientError, ClientResult};
use crate::keychain::{Keychain, KeychainError};
use crate::remote::{Remote, RemoteError};
use crate::sync::{outbox, Session};
use crate::{account, sync};
use anyhow::Context;
use storedesk_domain::api::auth::LoginRequest;
use storedesk_domain::api::user::Me;
use storedesk_domain::view::{sentence, Connect, Mode, SessionUser, SyncPhase};
use storedesk_domain::{FieldError, Secret};

/// The server and the tokens of the signed-in person.
pub struct Link {
    pub(crate) remote: Remote,
    pub(crate) session: Session,
    pub(crate) keychain: Keychain,
}

const SERVER_URL: &str = "server_url";
const SERVER_USER: &str = "server_user";

impl Engine {
    /// The welcome screen's "connect": the server's address and the person's sign-in.
    pub async fn connect(&self, c: Connect) -> ClientResult<SessionUser> {
        match self.mode().await? {
            Some(Mode::Local) if account::user_count(&self.db).await? > 0 => {
                return Err(ClientError::Conflict(
                    "StoreDesk on this computer keeps its issues here; it cannot also connect to a server".into(),
                ))
            }
            _ => {}
        }
        self.sign_in_at(&c.server, c.login).await
    }

    pub(crate) async fn server_url(&self) -> ClientResult<Option<String>> {
        setting(self, SERVER_URL).await
    }

    pub(crate) async fn sign_in_at(
        &self,
        server: &str,
        login: LoginRequest,
    ) -> ClientResult<SessionUser> {
        login.validate().map_err(ClientError::Invalid)?;
        let remote = Remote::new(server).map_err(|_| {
            ClientError::Invalid(vec![FieldError::new(
                "server",
                "invalid",
                "server must be an address such as https://storedesk.example.com",
            )])
        })?;
        let pair = remote
            .login(&login)
            .await
            .map_err(|e| refusal(&remote, e))?;
        let me = remote
            .me(&pair.access_token)
            .await
            .map_err(|e| refusal(&remote, e))?;
        let user = session_user(me);
        self.adopt(remote.base(), &user).await?;
        let keychain = Keychain::for_session(remote.base(), &user.id.0.to_string());
        let kept = keychain.save(&pair.refresh_token).await;
        if let Err(e) = &kept {
            tracing::warn!(error = %e, "the session will not survive a restart");
        }
        *self.link.lock().await = Some(Link {
            remote,
            session: Session {
                user: user.id,
                access: pair.access_token,
                refresh: pair.refresh_token,
            },
            keychain,
        });
        *self.session.write().await = Some(user.clone());
        let pending = outbox::len(&self.db).await?;
        self.sync.send_modify(|s| {
            s.phase = SyncPhase::Syncing;
            s.pending = pending;
            s.message = None;
            s.keychain_missing = kept.is_err();
        });
        self.wake.notify_one();
        self.linked.notify_one();
        Ok(user)
    }

    /// Makes this cache the cache of `user` on `server`. Another person's or another server's
    /// cached rows go (they are not this person's to see); their unsent changes block it.
    async fn adopt(&self, server: &str, user: &SessionUser) -> ClientResult<()> {
        let _w = self.writes.lock().await;
        let was_url = setting(self, SERVER_URL).await?;
        let was_user: Option<SessionUser> = setting(self, SERVER_USER)
            .await?
            .and_then(|j| serde_json::from_str(&j).ok());
        let same =
            was_url.as_deref() == Some(server) && was_user.as_ref().map(|u| u.id) == Some(user.id);
        if !same && was_url.is_some() {
            if outbox::len(&self.db).await? > 0 {
                let who = was_user.map(|u| u.display_name).unwrap_or_default();
                return Err(ClientError::Conflict(format!(
                    "changes made here by {who} are not on the server yet: {who} must sign in to send them first"
                )));
            }
            sync::executor::forget_cache(&self.db)
                .await
                .context("clearing the cache")?;
        }
        let mut tx = self.db.begin().await?;
        for (name, value) in [
            (MODE, "connected".to_owned()),
            (SERVER_URL, server.to_owned()),
            (
                SERVER_USER,
                serde_json::to_string(user).context("the person as JSON")?,
            ),
        ] {
            crate::cache::put_setting(&mut tx, name, &value).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// At start, connected: the person and the refresh token kept by the last session. The
    /// first round rotates the token (the access token is not kept anywhere).
    pub(crate) async fn resume(&self) -> ClientResult<()> {
        let (Some(server), Some(user)) = (
            setting(self, SERVER_URL).await?,
            setting(self, SERVER_USER).await?,
        ) else {
            return Ok(());
        };
        let user: SessionUser = serde_json::from_str(&user).context("the kept person")?;
        let remote = Remote::new(&server).map_err(|e| ClientError::Server(e.to_string()))?;
        let keychain = Keychain::for_session(remote.base(), &user.id.0.to_string());
        let pending = outbox::len(&self.db).await?;
        let refresh = match keychain.load().await {
            Ok(Some(t)) => t,
            Ok(None) => {
                self.signed_out(pending, None, false);
                return Ok(());
            }
            Err(e) => {
                tracing::warn!(error = %e, "no keychain: asking for the password");
                self.signed_out(pending, None, true);
                return Ok(());
            }
        };
        *self.link.lock().await = Some(Link {
            remote,
            session: Session {
                user: user.id,
                access: Secret::new(""),
                refresh,
            },
            keychain,
        });
        *self.session.write().await = Some(user);
        self.sync.send_modify(|s| {
            s.phase = SyncPhase::Syncing;
            s.pending = pending;
        });
        Ok(())
    }

    /// Ends the link to the server (sign-out, or the server ended the session). `forget` also
    /// removes the refresh token from the keychain.
    pub(crate) async fn unlink(&self, forget: bool) {
        let link = self.link.lock().await.take();
        if let (Some(link), true) = (link, forget) {
            if let Err(KeychainError::Internal(e)) = link.keychain.forget().await {
                tracing::warn!(error = format!("{e:#}"), "the keychain entry stays");
            }
        }
        // Read the status first: a `borrow` alive during `send_modify` would deadlock.
        let (phase, keychain_missing) = {
            let s = self.sync.borrow();
            (s.phase, s.keychain_missing)
        };
        if phase != SyncPhase::Local {
            let pending = outbox::len(&self.db).await.unwrap_or(0);
            self.signed_out(pending, None, keychain_missing);
        }
    }

    pub(crate) fn signed_out(&self, pending: i64, message: Option<String>, keychain_missing: bool) {
        self.sync.send_modify(|s| {
            s.phase = SyncPhase::SignedOut;
            s.pending = pending;
            s.message = message;
            s.retry_in_secs = None;
            s.keychain_missing = keychain_missing;
        });
    }
}

fn session_user(me: Me) -> SessionUser {
    SessionUser {
        id: me.user.id,
        username: me.user.username,
        display_name: me.user.display_name,
        role: me.user.role,
        managed_stores: me.managed_stores,
        engineer_stores: me.engineer_stores,
    }
}

/// A sign-in the server did not accept, as the sentence the form shows.
fn refusal(remote: &Remote, e: RemoteError) -> ClientError {
    match e {
        RemoteError::SignedOut => ClientError::BadLogin,
        RemoteError::Offline(why) => ClientError::Server(format!(
            "StoreDesk cannot reach {} ({why}). Check the address and the network.",
            remote.base()
        )),
        RemoteError::Refused(p) => ClientError::Server(sentence(&p.detail)),
        other => ClientError::Server(sentence(&other.to_string())),
    }
}

async fn setting(e: &Engine, name: &str) -> ClientResult<Option<String>> {
    Ok(
        sqlx::query_scalar("select value from settings where name = ?1")
            .bind(name)
            .fetch_optional(&e.db)
            .await?,
    )
}
