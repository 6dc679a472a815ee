//! The admin screen's calls: people (add, edit, deactivate, new password) and stores (add,
//! edit, manager and engineers). On this computer they apply to the local database under the
//! domain's rules (`people.rs`, `stores.rs`); connected, they are made at the server at once,
//! never queued: a new username or store code is unique across the company, which only the
//! server can say, and an admin expects "done" to mean done. Offline, they say so and change
//! nothing. The server's answer is written into the cache, so the rest of the app (the stores
//! to log issues in, the assignee picker) sees it before the feed repeats it.

use crate::engine::Engine;
use crate::error::{ClientError, ClientResult};
use crate::remote::{Remote, RemoteError, RemoteResult};
use crate::{account, people, stores, sync};
use std::future::Future;
use storedesk_domain::api::store::{NewStore, Store, StorePatch};
use storedesk_domain::api::user::{NewUser, PasswordReset, User, UserPatch};
use storedesk_domain::policy::Actor;
use storedesk_domain::view::{sentence, Mode, SessionUser};
use storedesk_domain::{Secret, StoreId, UserId};

impl Engine {
    /// The signed-in person, when the policy lets them do `what`, and the mode.
    async fn allowed(
        &self,
        may: fn(&Actor) -> bool,
        what: &'static str,
    ) -> ClientResult<(SessionUser, Mode)> {
        let me = self.me().await?;
        if !may(&me.actor()) {
            return Err(ClientError::Forbidden(what));
        }
        Ok((me, self.mode().await?.unwrap_or(Mode::Local)))
    }

    async fn admin(&self) -> ClientResult<(SessionUser, Mode)> {
        self.allowed(Actor::can_manage_users, "manage people").await
    }

    async fn store_admin(&self) -> ClientResult<(SessionUser, Mode)> {
        self.allowed(Actor::can_manage_stores, "manage stores")
            .await
    }

    pub async fn people(&self) -> ClientResult<Vec<User>> {
        match self.admin().await?.1 {
            Mode::Local => people::list(&self.db).await,
            Mode::Connected => {
                self.at_server(|r, a| async move { r.users(&a).await })
                    .await
            }
        }
    }

    pub async fn add_person(&self, n: NewUser) -> ClientResult<User> {
        n.validate().map_err(ClientError::Invalid)?;
        match self.admin().await?.1 {
            Mode::Local => {
                let _w = self.writes.lock().await;
                let id = account::create(&self.db, &n).await?;
                people::get(&self.db, id).await
            }
            Mode::Connected => {
                self.at_server(|r, a| {
                    let n = n.clone();
                    async move { r.create_user(&a, &n).await }
                })
                .await
            }
        }
    }

    pub async fn change_person(&self, id: UserId, p: UserPatch) -> ClientResult<User> {
        let (me, mode) = self.admin().await?;
        let v = p.validate().map_err(ClientError::Invalid)?;
        if let Some(e) = v.locks_out(me.id, me.role, id) {
            return Err(ClientError::Invalid(vec![e]));
        }
        let user = match mode {
            Mode::Local => {
                let _w = self.writes.lock().await;
                people::patch(&self.db, &me, id, &p).await?
            }
            Mode::Connected => {
                self.at_server(|r, a| {
                    let p = p.clone();
                    async move { r.patch_user(&a, id, &p).await }
                })
                .await?
            }
        };
        if id == me.id {
            self.refresh_me(&user).await;
        }
        Ok(user)
    }

    pub async fn reset_password(&self, id: UserId, p: PasswordReset) -> ClientResult<()> {
        match self.admin().await?.1 {
            Mode::Local => {
                let _w = self.writes.lock().await;
                people::reset_password(&self.db, id, &p).await
            }
            Mode::Connected => {
                self.at_server(|r, a| {
                    let p = p.clone();
                    async move { r.reset_password(&a, id, &p).await }
                })
                .await
            }
        }
    }

    pub async fn admin_stores(&self) -> ClientResult<Vec<Store>> {
        match self.store_admin().await?.1 {
            Mode::Local => stores::list(&self.db).await,
            Mode::Connected => {
                self.at_server(|r, a| async move { r.stores(&a).await })
                    .await
            }
        }
    }

    pub async fn add_store(&self, n: NewStore) -> ClientResult<Store> {
        n.validate().map_err(ClientError::Invalid)?;
        match self.store_admin().await?.1 {
            Mode::Local => {
                let _w = self.writes.lock().await;
                stores::create(&self.db, &n).await
            }
            Mode::Connected => {
                let s = self
                    .at_server(|r, a| {
                        let n = n.clone();
                        async move { r.create_store(&a, &n).await }
                    })
                    .await?;
                self.cache_store(&s).await?;
                Ok(s)
            }
        }
    }

    pub async fn change_store(&self, id: StoreId, p: StorePatch) -> ClientResult<Store> {
        p.validate().map_err(ClientError::Invalid)?;
        match self.store_admin().await?.1 {
            Mode::Local => {
                let _w = self.writes.lock().await;
                stores::patch(&self.db, id, &p).await
            }
            Mode::Connected => {
                let s = self
                    .at_server(|r, a| {
                        let p = p.clone();
                        async move { r.patch_store(&a, id, &p).await }
                    })
                    .await?;
                self.cache_store(&s).await?;
                Ok(s)
            }
        }
    }

    /// The server's store into the cache now; the feed brings the same row again later.
    async fn cache_store(&self, s: &Store) -> ClientResult<()> {
        let _w = self.writes.lock().await;
        stores::write(&self.db, s).await?;
        self.sync.send_modify(|st| st.data_version += 1);
        Ok(())
    }

    /// The signed-in admin edited their own name: the workspace shows the new one.
    async fn refresh_me(&self, user: &User) {
        if let Some(me) = self.session.write().await.as_mut() {
            me.display_name.clone_from(&user.display_name);
        }
    }

    /// One call to the server with the session's access token (rotated once if it expired,
    /// and the new refresh token kept in the keychain, as the sync round does).
    async fn at_server<T, F, Fut>(&self, call: F) -> ClientResult<T>
    where
        F: Fn(Remote, Secret) -> Fut,
        Fut: Future<Output = RemoteResult<T>>,
    {
        let mut guard = self.link.lock().await;
        let link = guard.as_mut().ok_or(ClientError::SignedOut)?;
        let before = link.session.refresh.expose().to_owned();
        let result = sync::executor::authorised(&link.remote, &mut link.session, call).await;
        if link.session.refresh.expose() != before {
            if let Err(e) = link.keychain.save(&link.session.refresh).await {
                tracing::warn!(error = %e, "the rotated session will not survive a restart");
            }
        }
        let server = link.remote.base().to_owned();
        drop(guard);
        result.map_err(|e| refused(&server, e))
    }
}

/// The server's refusal as the admin form shows it: its field errors under the fields, or its
/// sentence; unreachable, a sentence that says nothing was changed.
fn refused(server: &str, e: RemoteError) -> ClientError {
    match e {
        RemoteError::Refused(p) if !p.errors.is_empty() => ClientError::Invalid(p.errors),
        RemoteError::Refused(p) if p.status == 403 => {
            ClientError::Forbidden("change this")
        }
        RemoteError::Refused(p) if p.status == 404 => ClientError::NotFound("this record"),
        RemoteError::Refused(p) => ClientError::Conflict(sentence(&p.detail)),
        RemoteError::SignedOut => ClientError::SignedOut,
        RemoteError::Offline(why) => ClientError::Server(format!(
            "StoreDesk cannot reach {server} ({why}). People and stores are changed at the server: nothing was changed, try again when it answers."
        )),
        other => ClientError::Server(sentence(&other.to_string())),
    }
}
