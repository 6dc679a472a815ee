//! The engine the Tauri shell holds: one SQLite database, the signed-in person, and the calls
//! the UI makes. Writes are serialised by one lock: SQLite has one writer anyway, and taking
//! the lock first means a read-then-write transaction never meets a busy database halfway.
//! Connected to a server (`connection.rs`), the same calls write the cache and queue the change
//! for the sync task (`sync/task.rs`), which the shell runs in the background.

use crate::connection::Link;
use crate::demo::{self, DemoSize};
use crate::error::{ClientError, ClientResult};
use crate::{account, cache, issues, stores};
use sqlx::SqlitePool;
use std::path::Path;
use storedesk_domain::api::auth::LoginRequest;
use storedesk_domain::api::issue::{NewIssue, StatusChange};
use storedesk_domain::api::store::StoreSummary;
use storedesk_domain::view::{
    AppStatus, FirstRun, IssueDetailView, IssueList, IssueQuery, Mode, SessionUser, SyncStatus,
    ViewCounts,
};
use storedesk_domain::IssueId;
use tokio::sync::{watch, Mutex, Notify, RwLock};

pub struct Engine {
    pub(crate) db: SqlitePool,
    pub(crate) session: RwLock<Option<SessionUser>>,
    pub(crate) writes: Mutex<()>,
    demo_size: DemoSize,
    /// Connected and signed in: the server and the tokens. The sync task holds it for a round.
    pub(crate) link: Mutex<Option<Link>>,
    pub(crate) sync: watch::Sender<SyncStatus>,
    /// Wakes the sync task: a local change to push, the live channel, "retry now".
    pub(crate) wake: Notify,
    /// Wakes the live task: a new sign-in.
    pub(crate) linked: Notify,
    /// The network changed or the computer woke (`network.rs`): the live channel reopens.
    pub(crate) network: Notify,
    /// The issue just opened, whose history the sync task fetches (connected mode).
    pub(crate) history_wanted: std::sync::Mutex<Option<IssueId>>,
    /// Notifications as they are raised (`notices.rs`), for the shell to show natively.
    pub(crate) notices: tokio::sync::broadcast::Sender<storedesk_domain::notice::Notice>,
    /// Local mode's mail account was saved: the vendor mail loop restarts with it.
    pub(crate) mail_changed: Notify,
    /// An issue was logged (or a mail resent): the local outbox looks at once.
    pub(crate) mail_queued: Notify,
}

pub(crate) const MODE: &str = "mode";

impl Engine {
    pub async fn open(path: &Path) -> ClientResult<Engine> {
        let engine = Engine {
            db: cache::open(path).await?,
            session: RwLock::new(None),
            writes: Mutex::new(()),
            demo_size: DemoSize::default(),
            link: Mutex::new(None),
            sync: watch::Sender::new(SyncStatus::local()),
            wake: Notify::new(),
            linked: Notify::new(),
            network: Notify::new(),
            history_wanted: std::sync::Mutex::new(None),
            notices: tokio::sync::broadcast::channel(64).0,
            mail_changed: Notify::new(),
            mail_queued: Notify::new(),
        };
        if engine.mode().await? == Some(Mode::Connected) {
            engine.resume().await?;
        }
        Ok(engine)
    }

    /// A smaller demo (tests).
    pub fn with_demo_size(mut self, size: DemoSize) -> Self {
        self.demo_size = size;
        self
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.db
    }

    pub(crate) async fn mode(&self) -> ClientResult<Option<Mode>> {
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
        let location = match mode {
            Some(Mode::Connected) => self.server_url().await?.unwrap_or_default(),
            _ => "On this computer".to_owned(),
        };
        Ok(AppStatus {
            mode,
            needs_first_admin: mode == Some(Mode::Local)
                && account::user_count(&self.db).await? == 0,
            user: self.session.read().await.clone(),
            location,
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

    /// Signs in: with a local account on this computer, or again at the server this computer
    /// is connected to (after signing out, or when the session ended).
    pub async fn login(&self, req: LoginRequest) -> ClientResult<SessionUser> {
        if self.mode().await? == Some(Mode::Connected) {
            let server = self.server_url().await?.unwrap_or_default();
            return self.sign_in_at(&server, req).await;
        }
        let me = account::login(&self.db, req).await?;
        *self.session.write().await = Some(me.clone());
        Ok(me)
    }

    pub async fn logout(&self) {
        self.unlink(true).await;
        *self.session.write().await = None;
    }

    pub fn sync_status(&self) -> SyncStatus {
        self.sync.borrow().clone()
    }

    /// Every change of the sync status (the shell forwards them to the UI as events).
    pub fn watch_sync(&self) -> watch::Receiver<SyncStatus> {
        self.sync.subscribe()
    }

    /// "Retry now" (and any local change): the sync task runs a round at once.
    pub fn sync_now(&self) {
        self.wake.notify_one();
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

    /// The issue from the cache at once; connected, the sync task also fetches its history
    /// (others' moves), and the screen reloads when it changed.
    pub async fn issue(&self, id: IssueId) -> ClientResult<IssueDetailView> {
        let detail = issues::detail(&self.db, &self.me().await?, id).await?;
        if self.mode().await? == Some(Mode::Connected) {
            let fresh = {
                let mut wanted = self
                    .history_wanted
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                wanted.replace(id) != Some(id)
            };
            if fresh {
                self.wake.notify_one();
            }
        }
        Ok(detail)
    }

    pub async fn log_issue(&self, n: &NewIssue) -> ClientResult<IssueDetailView> {
        let me = self.me().await?;
        let mode = self.mode().await?.unwrap_or(Mode::Local);
        let id = {
            let _w = self.writes.lock().await;
            issues::create(&self.db, &me, n, mode).await?
        };
        self.mail_queued.notify_one();
        self.queued(mode).await?;
        issues::detail(&self.db, &me, id).await
    }

    pub async fn change_status(
        &self,
        id: IssueId,
        c: &StatusChange,
    ) -> ClientResult<IssueDetailView> {
        let me = self.me().await?;
        let mode = self.mode().await?.unwrap_or(Mode::Local);
        {
            let _w = self.writes.lock().await;
            issues::change_status(&self.db, &me, id, c, mode).await?;
        }
        self.queued(mode).await?;
        issues::detail(&self.db, &me, id).await
    }

    /// The people the issue may be given to by the signed-in person.
    pub async fn assignees(
        &self,
        issue: IssueId,
    ) -> ClientResult<Vec<storedesk_domain::api::user::UserSummary>> {
        let me = self.me().await?;
        issues::assignees(&self.db, &me, issue).await
    }

    /// Gives the issue to someone (or to nobody); returns the issue with its timeline.
    pub async fn assign(
        &self,
        issue: IssueId,
        who: Option<storedesk_domain::UserId>,
    ) -> ClientResult<IssueDetailView> {
        let me = self.me().await?;
        let mode = self.mode().await?.unwrap_or(Mode::Local);
        {
            let _w = self.writes.lock().await;
            issues::assign(&self.db, &me, issue, who, mode).await?;
        }
        self.queued(mode).await?;
        issues::detail(&self.db, &me, issue).await
    }

    /// Writes a comment on an issue; returns the issue with its timeline.
    pub async fn add_comment(
        &self,
        issue: IssueId,
        c: &storedesk_domain::api::comment::NewComment,
    ) -> ClientResult<IssueDetailView> {
        let me = self.me().await?;
        let mode = self.mode().await?.unwrap_or(Mode::Local);
        {
            let _w = self.writes.lock().await;
            issues::add_comment(&self.db, &me, issue, c, mode).await?;
        }
        self.queued(mode).await?;
        issues::detail(&self.db, &me, issue).await
    }

    /// After a local change: connected, count it as pending and wake the sync task.
    async fn queued(&self, mode: Mode) -> ClientResult<()> {
        if mode == Mode::Connected {
            let pending = crate::sync::outbox::len(&self.db).await?;
            self.sync.send_modify(|s| s.pending = pending);
            self.wake.notify_one();
        }
        Ok(())
    }
}
