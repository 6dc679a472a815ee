//! The engine the Tauri shell holds: one SQLite database, the signed-in person, and the calls
//! the UI makes. Writes are serialised by one lock: SQLite has one writer anyway, and taking
//! the lock first means a read-then-write transaction never meets a busy database halfway.

use crate::demo::{self, DemoSize};
use crate::error::{ClientError, ClientResult};
use crate::{account, cache, issues, stores};
use sqlx::SqlitePool;
use std::path::Path;
use storedesk_domain::api::auth::LoginRequest;
use storedesk_domain::api::issue::{NewIssue, StatusChange};
use storedesk_domain::api::store::StoreSummary;
use storedesk_domain::view::{
    AppStatus, FirstRun, IssueDetailView, IssueList, IssueQuery, Mode, SessionUser, ViewCounts,
};
use storedesk_domain::IssueId;
use tokio::sync::{Mutex, RwLock};

pub struct Engine {
    db: SqlitePool,
    session: RwLock<Option<SessionUser>>,
    writes: Mutex<()>,
    demo_size: DemoSize,
}

const MODE: &str = "mode";

impl Engine {
    pub async fn open(path: &Path) -> ClientResult<Engine> {
        Ok(Engine {
            db: cache::open(path).await?,
            session: RwLock::new(None),
            writes: Mutex::new(()),
            demo_size: DemoSize::default(),
        })
    }

    /// A smaller demo (tests).
    pub fn with_demo_size(mut self, size: DemoSize) -> Self {
        self.demo_size = size;
        self
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.db
    }

    async fn mode(&self) -> ClientResult<Option<Mode>> {
        let v: Option<String> = sqlx::query_scalar("select value from settings where name = ?1")
            .bind(MODE)
            .fetch_optional(&self.db)
            .await?;
        Ok(match v.as_deref() {
            Some("local") => Some(Mode::Local),
            Some("connected") => Some(Mode::Connected),
            _ => None,
        })
    }

    pub async fn status(&self) -> ClientResult<AppStatus> {
        let mode = self.mode().await?;
        Ok(AppStatus {
            mode,
            needs_first_admin: mode == Some(Mode::Local)
                && account::user_count(&self.db).await? == 0,
            user: self.session.read().await.clone(),
            location: "On this computer".to_owned(),
        })
    }

    /// Chooses "Use StoreDesk on this computer". Idempotent; refused once connected to a server.
    pub async fn choose_local(&self) -> ClientResult<AppStatus> {
        let _w = self.writes.lock().await;
        if self.mode().await? == Some(Mode::Connected) {
            return Err(ClientError::Conflict(
                "this computer is connected to a server: sign out of it first".into(),
            ));
        }
        sqlx::query(
            "insert into settings (name, value) values (?1, 'local') on conflict (name) do nothing",
        )
        .bind(MODE)
        .execute(&self.db)
        .await?;
        drop(_w);
        self.status().await
    }

    /// Local mode's first start: the first administrator (signed in at once) and, if asked,
    /// the demo data.
    pub async fn first_run(&self, f: FirstRun) -> ClientResult<SessionUser> {
        let _w = self.writes.lock().await;
        if self.mode().await? != Some(Mode::Local) {
            return Err(ClientError::Conflict(
                "choose \"Use StoreDesk on this computer\" first".into(),
            ));
        }
        let me = account::first_admin(&self.db, &f.admin).await?;
        if f.load_demo {
            demo::load(&self.db, self.demo_size).await?;
        }
        *self.session.write().await = Some(me.clone());
        Ok(me)
    }

    pub async fn login(&self, req: LoginRequest) -> ClientResult<SessionUser> {
        let me = account::login(&self.db, req).await?;
        *self.session.write().await = Some(me.clone());
        Ok(me)
    }

    pub async fn logout(&self) {
        *self.session.write().await = None;
    }

    pub async fn me(&self) -> ClientResult<SessionUser> {
        self.session
            .read()
            .await
            .clone()
            .ok_or(ClientError::SignedOut)
    }

    pub async fn stores_for_new_issue(&self) -> ClientResult<Vec<StoreSummary>> {
        stores::for_new_issue(&self.db, &self.me().await?).await
    }

    pub async fn issues(&self, q: &IssueQuery) -> ClientResult<IssueList> {
        issues::list(&self.db, &self.me().await?, q).await
    }

    pub async fn view_counts(&self) -> ClientResult<ViewCounts> {
        issues::view_counts(&self.db, &self.me().await?).await
    }

    pub async fn issue(&self, id: IssueId) -> ClientResult<IssueDetailView> {
        issues::detail(&self.db, &self.me().await?, id).await
    }

    pub async fn log_issue(&self, n: &NewIssue) -> ClientResult<IssueDetailView> {
        let me = self.me().await?;
        let id = {
            let _w = self.writes.lock().await;
            issues::create(&self.db, &me, n, self.mode().await?.unwrap_or(Mode::Local)).await?
        };
        issues::detail(&self.db, &me, id).await
    }

    pub async fn change_status(
        &self,
        id: IssueId,
        c: &StatusChange,
    ) -> ClientResult<IssueDetailView> {
        let me = self.me().await?;
        {
            let _w = self.writes.lock().await;
            issues::change_status(&self.db, &me, id, c).await?;
        }
        issues::detail(&self.db, &me, id).await
    }
}
