//! The central API as the desktop sees it: sign-in, the sync feed and the push, over HTTP. Every
//! answer is sorted into what the sync planner acts on (offline, signed out, resync, too old,
//! refused), so no caller reads status codes.

use serde::de::DeserializeOwned;
use std::time::Duration;
use storedesk_domain::api::auth::{LoginRequest, RefreshRequest, TokenPair};
use storedesk_domain::api::issue::{HistoryEntry, Issue};
use storedesk_domain::api::page::{Page, MAX_PER_PAGE};
use storedesk_domain::api::store::{NewStore, Store, StorePatch};
use storedesk_domain::api::user::{Me, NewUser, PasswordReset, User, UserPatch};
use storedesk_domain::sync::{
    ChangeFeed, PushRequest, PushResponse, PROTOCOL_HEADER, PROTOCOL_VERSION,
};
use storedesk_domain::{IssueId, Problem, Secret, StoreId, UserId};

pub use crate::live::{LiveChannel, LiveEvent};

/// Why a call to the server did not give its answer.
#[derive(Debug, thiserror::Error)]
pub enum RemoteError {
    /// The server could not be reached or did not answer in time: keep the work, retry later.
    #[error("the server cannot be reached ({0})")]
    Offline(String),
    /// The access token is no longer accepted: refresh it, or sign in again.
    #[error("the session has ended: sign in again")]
    SignedOut,
    /// The cursor is older than what the server keeps: rebuild the cache, keep the outbox.
    #[error("the server asks for a full resync")]
    ResyncRequired,
    /// This app speaks a sync protocol the server no longer serves.
    #[error("{0}")]
    TooOld(String),
    /// A refusal with the server's reason (problem+json).
    #[error("{}", .0.detail)]
    Refused(Box<Problem>),
    /// An answer this build could not read, or a server fault.
    #[error("the server answered {status}: {detail}")]
    Server { status: u16, detail: String },
}

pub type RemoteResult<T> = Result<T, RemoteError>;

/// One server. Cheap to clone (the HTTP client is shared).
#[derive(Clone)]
pub struct Remote {
    base: String,
    http: reqwest::Client,
    /// For the live channel: no overall deadline (it stays open for the token's life), but a
    /// read deadline well past the server's 15 s keep-alive, so a dead connection is noticed.
    streams: reqwest::Client,
}

const LIVE_READ_TIMEOUT: Duration = Duration::from_secs(45);

/// Store networks are slow, but a request that hangs must not hold the sync loop: after this,
/// the call counts as offline and the planner backs off.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(15);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

impl Remote {
    /// `base` is the server's URL as the user typed it (`https://storedesk.example.com`).
    pub fn new(base: &str) -> RemoteResult<Remote> {
        let base = base.trim().trim_end_matches('/').to_owned();
        if !(base.starts_with("https://") || base.starts_with("http://")) {
            return Err(RemoteError::Server {
                status: 0,
                detail: "a server address starts with https://".into(),
            });
        }
        let http = reqwest::Client::builder()
            .timeout(REQUEST_TIMEOUT)
            .connect_timeout(CONNECT_TIMEOUT)
            .user_agent(concat!("StoreDesk-desktop/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| RemoteError::Offline(e.to_string()))?;
        let streams = reqwest::Client::builder()
            .read_timeout(LIVE_READ_TIMEOUT)
            .connect_timeout(CONNECT_TIMEOUT)
            .user_agent(concat!("StoreDesk-desktop/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| RemoteError::Offline(e.to_string()))?;
        Ok(Remote {
            base,
            http,
            streams,
        })
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    pub async fn login(&self, req: &LoginRequest) -> RemoteResult<TokenPair> {
        let r = self.http.post(self.url("/api/auth/login")).json(req);
        read(r.send().await).await
    }

    /// Rotates the refresh token: the answer's pair replaces the old one.
    pub async fn refresh(&self, refresh_token: &Secret) -> RemoteResult<TokenPair> {
        let body = RefreshRequest {
            refresh_token: refresh_token.clone(),
        };
        let r = self.http.post(self.url("/api/auth/refresh")).json(&body);
        read(r.send().await).await
    }

    pub async fn me(&self, access: &Secret) -> RemoteResult<Me> {
        let r = self
            .http
            .get(self.url("/api/me"))
            .bearer_auth(access.expose());
        read(r.send().await).await
    }

    /// One page of the feed after `since` (`None`: from the start).
    pub async fn pull(
        &self,
        access: &Secret,
        since: Option<&str>,
        limit: u32,
    ) -> RemoteResult<ChangeFeed> {
        let mut query = vec![("limit", limit.to_string())];
        if let Some(s) = since {
            query.push(("since", s.to_owned()));
        }
        let r = self
            .http
            .get(self.url("/api/sync/changes"))
            .query(&query)
            .header(PROTOCOL_HEADER, PROTOCOL_VERSION.to_string())
            .bearer_auth(access.expose());
        read(r.send().await).await
    }

    pub async fn push(&self, access: &Secret, req: &PushRequest) -> RemoteResult<PushResponse> {
        let r = self
            .http
            .post(self.url("/api/sync/push"))
            .header(PROTOCOL_HEADER, PROTOCOL_VERSION.to_string())
            .bearer_auth(access.expose())
            .json(req);
        read(r.send().await).await
    }

    /// One issue as the server has it now (to put back a row whose local change was refused).
    pub async fn issue(&self, access: &Secret, id: IssueId) -> RemoteResult<Issue> {
        let r = self
            .http
            .get(self.url(&format!("/api/issues/{}", id.0)))
            .bearer_auth(access.expose());
        read(r.send().await).await
    }

    /// An issue's history (the change feed does not carry it).
    pub async fn history(&self, access: &Secret, id: IssueId) -> RemoteResult<Vec<HistoryEntry>> {
        let r = self
            .http
            .get(self.url(&format!("/api/issues/{}/history", id.0)))
            .bearer_auth(access.expose());
        read(r.send().await).await
    }

    /// Every user (admins): the pages of `GET /api/users` in turn.
    pub async fn users(&self, access: &Secret) -> RemoteResult<Vec<User>> {
        let mut all = Vec::new();
        for page in 1u32.. {
            let r = self
                .http
                .get(self.url("/api/users"))
                .query(&[
                    ("page", page.to_string()),
                    ("per_page", MAX_PER_PAGE.to_string()),
                ])
                .bearer_auth(access.expose());
            let p: Page<User> = read(r.send().await).await?;
            let last = p.items.len() < p.per_page as usize;
            all.extend(p.items);
            if last {
                break;
            }
        }
        Ok(all)
    }

    pub async fn create_user(&self, access: &Secret, n: &NewUser) -> RemoteResult<User> {
        let r = self.http.post(self.url("/api/users")).json(n);
        read(r.bearer_auth(access.expose()).send().await).await
    }

    pub async fn patch_user(
        &self,
        access: &Secret,
        id: UserId,
        p: &UserPatch,
    ) -> RemoteResult<User> {
        let r = self
            .http
            .patch(self.url(&format!("/api/users/{}", id.0)))
            .json(p);
        read(r.bearer_auth(access.expose()).send().await).await
    }

    pub async fn reset_password(
        &self,
        access: &Secret,
        id: UserId,
        p: &PasswordReset,
    ) -> RemoteResult<()> {
        let r = self
            .http
            .put(self.url(&format!("/api/users/{}/password", id.0)))
            .json(p);
        read_empty(r.bearer_auth(access.expose()).send().await).await
    }

    /// The stores the caller reaches (all of them for admins), with their people.
    pub async fn stores(&self, access: &Secret) -> RemoteResult<Vec<Store>> {
        let r = self.http.get(self.url("/api/stores"));
        read(r.bearer_auth(access.expose()).send().await).await
    }

    pub async fn create_store(&self, access: &Secret, n: &NewStore) -> RemoteResult<Store> {
        let r = self.http.post(self.url("/api/stores")).json(n);
        read(r.bearer_auth(access.expose()).send().await).await
    }

    pub async fn patch_store(
        &self,
        access: &Secret,
        id: StoreId,
        p: &StorePatch,
    ) -> RemoteResult<Store> {
        let r = self
            .http
            .patch(self.url(&format!("/api/stores/{}", id.0)))
            .json(p);
        read(r.bearer_auth(access.expose()).send().await).await
    }

    /// Opens the live channel (server-sent events); each `changes` event means a pull is due.
    pub async fn live(&self, access: &Secret) -> RemoteResult<LiveChannel> {
        let sent = self
            .streams
            .get(self.url("/api/sync/live"))
            .header(PROTOCOL_HEADER, PROTOCOL_VERSION.to_string())
            .header("accept", "text/event-stream")
            .bearer_auth(access.expose())
            .send()
            .await;
        let res = sent.map_err(|e| RemoteError::Offline(without_url(&e)))?;
        if !res.status().is_success() {
            return Err(read::<serde_json::Value>(Ok(res)).await.err().unwrap_or(
                RemoteError::Server {
                    status: 0,
                    detail: "the live channel did not open".into(),
                },
            ));
        }
        Ok(LiveChannel::new(res))
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

/// An answer without a body (204): success, or the refusal `read` sorts.
async fn read_empty(sent: reqwest::Result<reqwest::Response>) -> RemoteResult<()> {
    let res = sent.map_err(|e| RemoteError::Offline(without_url(&e)))?;
    if res.status().is_success() {
        return Ok(());
    }
    read::<serde_json::Value>(Ok(res)).await.map(drop)
}

async fn read<T: DeserializeOwned>(sent: reqwest::Result<reqwest::Response>) -> RemoteResult<T> {
    let res = sent.map_err(|e| RemoteError::Offline(without_url(&e)))?;
    let status = res.status().as_u16();
    if res.status().is_success() {
        // A body cut off mid-way (the network dropped) is a lost answer, like no answer at all.
        let bytes = res
            .bytes()
            .await
            .map_err(|e| RemoteError::Offline(without_url(&e)))?;
        return serde_json::from_slice(&bytes).map_err(|e| RemoteError::Server {
            status,
            detail: format!("an answer this app cannot read ({e})"),
        });
    }
    let bytes = res
        .bytes()
        .await
        .map_err(|e| RemoteError::Offline(without_url(&e)))?;
    let problem: Option<Problem> = serde_json::from_slice(&bytes).ok();
    Err(match (status, problem) {
        (401, _) => RemoteError::SignedOut,
        (410, _) => RemoteError::ResyncRequired,
        (502..=504, _) => RemoteError::Offline(format!("the server answered {status}")),
        (_, Some(p)) if p.code.as_str() == "client_too_old" => RemoteError::TooOld(p.detail),
        (400..=499, Some(p)) => RemoteError::Refused(Box::new(p)),
        (_, p) => RemoteError::Server {
            status,
            detail: p.map(|p| p.detail).unwrap_or_else(|| "no details".into()),
        },
    })
}

/// reqwest's messages carry the URL, which may carry a query; the reason is enough.
fn without_url(e: &reqwest::Error) -> String {
    let kind = if e.is_timeout() {
        "timed out"
    } else if e.is_connect() {
        "no connection"
    } else if e.is_body() || e.is_decode() {
        "the answer was cut off"
    } else {
        "the request failed"
    };
    kind.to_owned()
}
