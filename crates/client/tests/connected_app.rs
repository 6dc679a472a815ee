//! The engine as the desktop app runs it in connected mode, against the real server on real
//! PostgreSQL and the real OS keychain (the Secret Service; `scripts/test.sh` runs the tests
//! inside a D-Bus session with gnome-keyring): connecting, the background sync and live tasks,
//! the session kept across a restart, an ended session, the server away and back.

mod support;

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;
use storedesk_client::{ClientError, Engine};
use storedesk_domain::api::auth::LoginRequest;
use storedesk_domain::api::issue::NewIssue;
use storedesk_domain::view::{
    Connect, IssueQuery, Mode, SessionUser, SyncPhase, SyncStatus, TimelineItem,
};
use storedesk_domain::{Priority, Secret};
use support::server::{Server, PASSWORD};
use tokio::task::JoinHandle;

const DEADLINE: Duration = Duration::from_secs(30);

/// One desktop app: the engine on its database file, with the shell's two background tasks.
struct App {
    engine: Arc<Engine>,
    tasks: Vec<JoinHandle<()>>,
}

impl App {
    async fn open(dir: &Path) -> App {
        let engine = Arc::new(
            Engine::open(&dir.join("storedesk.sqlite3"))
                .await
                .expect("the database opens"),
        );
        let tasks = vec![
            tokio::spawn(engine.clone().run_sync()),
            tokio::spawn(engine.clone().run_live()),
        ];
        App { engine, tasks }
    }

    /// Quits: the tasks end and the engine (and its database) closes, as when the app exits.
    async fn quit(self) {
        for t in self.tasks {
            t.abort();
            let _ = t.await;
        }
        let engine = Arc::into_inner(self.engine).expect("nothing else holds the engine");
        engine.pool().close().await;
    }

    /// A new app connected to `server` and synced.
    async fn connected(dir: &Path, server: &Server) -> App {
        let app = App::open(dir).await;
        app.engine.connect(connect(server)).await.unwrap();
        app.synced().await;
        app.until_cached_store(server).await;
        app
    }

    /// Waits until the server's store is in the cache: the feed serves a change once no older
    /// write runs on the cluster, so under load (other tests' databases on the same cluster)
    /// the first synced round can end before it; the live channel wakes the next one.
    async fn until_cached_store(&self, server: &Server) {
        loop {
            let version = self.engine.sync_status().data_version;
            let stores = self
                .engine
                .stores_for_new_issue()
                .await
                .expect("stores read");
            if stores.iter().any(|s| s.id == server.store) {
                return;
            }
            self.until("the server's store in the cache", |s| {
                s.data_version > version
            })
            .await;
        }
    }

    /// Waits, with a deadline, until the sync status meets `cond`.
    async fn until(&self, what: &str, cond: impl Fn(&SyncStatus) -> bool) -> SyncStatus {
        let mut rx = self.engine.watch_sync();
        let seen = tokio::time::timeout(DEADLINE, async {
            rx.wait_for(|s| cond(s)).await.map(|s| s.clone())
        })
        .await;
        match seen {
            Ok(Ok(s)) => s,
            _ => panic!(
                "{what}: the sync status stayed {:?}",
                self.engine.sync_status()
            ),
        }
    }

    async fn synced(&self) -> SyncStatus {
        self.until("synced with nothing waiting", |s| {
            s.phase == SyncPhase::Synced && s.pending == 0
        })
        .await
    }

    async fn log(&self, server: &Server, title: &str) -> storedesk_domain::IssueId {
        let d = self
            .engine
            .log_issue(&NewIssue {
                id: None,
                store_id: server.store,
                title: title.into(),
                description: "Logged from the desktop app.".into(),
                priority: Priority::High,
                assigned_to: None,
            })
            .await
            .expect("the issue is saved");
        assert_eq!(d.number, None, "numbered by the server only");
        d.id
    }

    /// Waits, with a deadline, until a synced change (after `version`) lists `title`: rounds
    /// that only echo this app's own changes bump the version too.
    async fn until_listed(&self, title: &str, mut version: u64) {
        let deadline = tokio::time::Instant::now() + DEADLINE;
        loop {
            let s = tokio::time::timeout_at(
                deadline,
                self.until("a synced change", |s| s.data_version > version),
            )
            .await
            .unwrap_or_else(|_| panic!("{title} never listed"));
            if self.titles().await.iter().any(|t| t.0 == title) {
                return;
            }
            version = s.data_version;
        }
    }

    /// The issue's STORE number once the feed has brought it: the feed serves a change when no
    /// older write is still running on the cluster, so under load a round can end before it
    /// (the live channel then wakes the next one).
    async fn numbered(&self, id: storedesk_domain::IssueId) -> i64 {
        loop {
            let version = self.engine.sync_status().data_version;
            if let Some(n) = self.engine.issue(id).await.expect("the issue reads").number {
                return n;
            }
            self.until("the issue's number", |s| s.data_version > version)
                .await;
        }
    }

    async fn titles(&self) -> Vec<(String, Option<i64>)> {
        let list = self
            .engine
            .issues(&IssueQuery::default())
            .await
            .expect("the list reads");
        list.rows.into_iter().map(|r| (r.title, r.number)).collect()
    }
}

fn root() -> LoginRequest {
    LoginRequest {
        login: "root".into(),
        password: Secret::new(PASSWORD),
    }
}

fn connect(server: &Server) -> Connect {
    Connect {
        server: server.base(),
        login: root(),
    }
}

/// The keychain entry the app keeps the refresh token in.
fn keychain_entry(server: &Server, me: &SessionUser) -> keyring::Entry {
    keyring::Entry::new(
        "com.storedesk.desktop",
        &format!("{}@{}", me.id.0, server.base()),
    )
    .expect("a keychain entry")
}

#[tokio::test]
async fn the_session_survives_a_restart_in_the_os_keychain_and_sign_out_removes_it() {
    let server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let app = App::open(dir.path()).await;
    let me = app.engine.connect(connect(&server)).await.unwrap();
    assert_eq!(me.username, "root");
    let first = app.synced().await;
    app.until_cached_store(&server).await;
    assert!(
        !first.keychain_missing,
        "a keychain service runs in the test session (scripts/test.sh)"
    );
    let status = app.engine.status().await.unwrap();
    assert_eq!(status.mode, Some(Mode::Connected));
    assert_eq!(status.location, server.base());

    // An issue logged in the app reaches the server and comes back with its number.
    let id = app.log(&server, "Till 3 frozen on boot").await;
    app.synced().await;
    let on_server = server.issues_titled("Till 3 frozen on boot").await;
    assert_eq!(on_server.len(), 1);
    assert_eq!(on_server[0].0, id.0);
    assert_eq!(app.numbered(id).await, on_server[0].1);

    // The refresh token is in the OS keychain and nowhere in the database files.
    let token = keychain_entry(&server, &me)
        .get_password()
        .expect("the token is in the keychain");
    assert!(token.len() > 20);
    app.quit().await;
    for f in std::fs::read_dir(dir.path()).unwrap() {
        let bytes = std::fs::read(f.unwrap().path()).unwrap();
        assert!(
            !bytes.windows(token.len()).any(|w| w == token.as_bytes()),
            "the token is written in a file"
        );
    }

    // Started again: signed in from the keychain, no password asked; the token rotates.
    let app = App::open(dir.path()).await;
    let status = app.engine.status().await.unwrap();
    assert_eq!(status.user.map(|u| u.id), Some(me.id));
    app.synced().await;
    let rotated = keychain_entry(&server, &me).get_password().unwrap();
    assert_ne!(
        rotated, token,
        "the first round after the restart rotated it"
    );

    // Signing out removes it; the next start asks to sign in at the same server.
    app.engine.logout().await;
    assert!(matches!(
        keychain_entry(&server, &me).get_password(),
        Err(keyring::Error::NoEntry)
    ));
    app.quit().await;
    let app = App::open(dir.path()).await;
    let status = app.engine.status().await.unwrap();
    assert_eq!((status.mode, status.user), (Some(Mode::Connected), None));
    assert_eq!(app.engine.sync_status().phase, SyncPhase::SignedOut);
    assert!(matches!(
        app.engine.issues(&IssueQuery::default()).await,
        Err(ClientError::SignedOut)
    ));
    let kept: Vec<(String, Option<i64>)> = sqlx::query_as("select title, number from issues")
        .fetch_all(app.engine.pool())
        .await
        .unwrap();
    assert_eq!(
        kept,
        vec![("Till 3 frozen on boot".to_owned(), Some(on_server[0].1))],
        "the cache stays for the next sign-in"
    );
    app.quit().await;
}

#[tokio::test]
async fn a_connect_that_fails_says_why_and_changes_nothing() {
    let server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let app = App::open(dir.path()).await;

    let mut wrong = connect(&server);
    wrong.login.password = Secret::new("not the password");
    assert!(matches!(
        app.engine.connect(wrong).await,
        Err(ClientError::BadLogin)
    ));

    let mut no_scheme = connect(&server);
    no_scheme.server = "storedesk.example.com".into();
    match app.engine.connect(no_scheme).await {
        Err(ClientError::Invalid(fields)) => {
            assert_eq!(fields.len(), 1);
            assert_eq!(fields[0].field, "server");
        }
        other => panic!("expected a field error on server, got {other:?}"),
    }

    let mut nobody = connect(&server);
    nobody.server = "http://127.0.0.1:9".into();
    match app.engine.connect(nobody).await {
        Err(ClientError::Server(m)) => {
            assert!(
                m.starts_with("StoreDesk cannot reach http://127.0.0.1:9 "),
                "{m}"
            );
            assert!(m.ends_with("Check the address and the network."), "{m}");
        }
        other => panic!("expected an unreachable server, got {other:?}"),
    }

    let mut blank = connect(&server);
    blank.login.login = String::new();
    match app.engine.connect(blank).await {
        Err(ClientError::Invalid(fields)) => assert_eq!(fields[0].field, "login"),
        other => panic!("expected a field error on login, got {other:?}"),
    }

    let status = app.engine.status().await.unwrap();
    assert_eq!((status.mode, status.user), (None, None));
    assert_eq!(app.engine.sync_status().phase, SyncPhase::Local);
    app.quit().await;
}

#[tokio::test]
async fn work_done_while_the_server_is_away_is_sent_when_it_is_back_and_others_changes_arrive_live()
{
    let mut server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let app = App::connected(dir.path(), &server).await;

    server.down().await;
    let offline = app.log(&server, "Receipt printer offline").await;
    app.engine
        .add_comment(
            offline,
            &storedesk_domain::api::comment::NewComment {
                id: None,
                body: "Power cycled twice, still offline.".into(),
            },
        )
        .await
        .unwrap();
    let away = app
        .until("offline with both changes waiting", |s| {
            s.phase == SyncPhase::Offline && s.pending == 2
        })
        .await;
    assert!(away
        .message
        .unwrap()
        .starts_with("The server cannot be reached"));
    assert_eq!(
        app.titles().await,
        vec![("Receipt printer offline".to_owned(), None)],
        "saved here at once, not numbered yet"
    );

    server.up().await;
    app.engine.sync_now();
    app.synced().await;
    let on_server = server.issues_titled("Receipt printer offline").await;
    assert_eq!(on_server.len(), 1, "sent once");
    let comments: Vec<(uuid::Uuid, String)> =
        sqlx::query_as("select issue_id, body from comments where issue_id = $1")
            .bind(on_server[0].0)
            .fetch_all(&server.db)
            .await
            .unwrap();
    assert_eq!(
        comments,
        vec![(
            on_server[0].0,
            "Power cycled twice, still offline.".to_owned()
        )],
        "the comment followed its issue, once"
    );

    // Another person logs an issue on the server: the live channel brings it here without
    // waiting for the minute's quiet pull.
    let before = app.engine.sync_status().data_version;
    let token = server.token().await;
    let (s, _) = server
        .call(
            "POST",
            "/api/issues",
            &token,
            serde_json::json!({"store_id": server.store.0, "title": "Wi-Fi drops every hour", "priority": "medium"}),
        )
        .await;
    assert_eq!(s, 201);
    app.until_listed("Wi-Fi drops every hour", before).await;

    // Opening it shows at once what the cache has; its history (who logged it, moves made
    // elsewhere) follows from the server and the screen is told to reload.
    let id = storedesk_domain::IssueId(server.issues_titled("Wi-Fi drops every hour").await[0].0);
    let (s, body) = server
        .call(
            "POST",
            &format!("/api/issues/{}/status", id.0),
            &token,
            serde_json::json!({"status": "in_progress"}),
        )
        .await;
    assert_eq!(s, 200, "{body}");
    let before = app.engine.sync_status().data_version;
    app.engine.issue(id).await.unwrap();
    app.until("the history fetched", |s| s.data_version > before)
        .await;
    let changes: Vec<(Option<String>, String, Option<String>)> = app
        .engine
        .issue(id)
        .await
        .unwrap()
        .timeline
        .into_iter()
        .filter_map(|t| match t {
            TimelineItem::Change {
                actor,
                field,
                new_value,
                ..
            } => Some((actor, field, new_value)),
            TimelineItem::Comment(_) => None,
        })
        .collect();
    assert_eq!(
        changes.last(),
        Some(&(
            Some("Root".to_owned()),
            "status".to_owned(),
            Some("in_progress".to_owned())
        )),
        "{changes:?}"
    );
    app.quit().await;
}

#[tokio::test]
async fn an_ended_session_asks_to_sign_in_again_and_keeps_the_unsent_work() {
    let mut server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let app = App::connected(dir.path(), &server).await;
    server.down().await;
    app.log(&server, "Barcode scanner not reading").await;
    app.quit().await;

    // While the app was closed, an administrator ended every session of this person.
    sqlx::query("delete from refresh_tokens")
        .execute(&server.db)
        .await
        .unwrap();
    server.up().await;
    let app = App::open(dir.path()).await;
    let out = app
        .until("signed out by the server", |s| {
            s.phase == SyncPhase::SignedOut
        })
        .await;
    assert_eq!(out.pending, 1, "the unsent issue is kept");
    assert!(out.message.unwrap().starts_with("Your session has ended"));
    assert_eq!(app.engine.status().await.unwrap().user, None);
    assert!(server
        .issues_titled("Barcode scanner not reading")
        .await
        .is_empty());

    // Signing in again (the login form, at the same server) sends it.
    let me = app.engine.login(root()).await.unwrap();
    assert_eq!(me.username, "root");
    app.synced().await;
    assert_eq!(
        server
            .issues_titled("Barcode scanner not reading")
            .await
            .len(),
        1
    );
    app.quit().await;
}

/// The next notification the app raises, within the deadline.
async fn next_notice(
    rx: &mut tokio::sync::broadcast::Receiver<storedesk_domain::notice::Notice>,
    what: &str,
) -> storedesk_domain::notice::Notice {
    match tokio::time::timeout(DEADLINE, rx.recv()).await {
        Ok(Ok(n)) => n,
        other => panic!("{what}: no notification ({other:?})"),
    }
}

#[tokio::test]
async fn another_persons_changes_raise_notifications_and_my_own_do_not() {
    use storedesk_domain::notice::NoticeKind;
    let server = Server::start().await;
    let (_ana, ana) = server.person("ana", "admin").await;
    let root_id = {
        let t = server.token().await;
        let (s, me) = server
            .call("GET", "/api/me", &t, serde_json::Value::Null)
            .await;
        assert_eq!(s, 200, "{me}");
        me["id"].as_str().unwrap().to_owned()
    };
    // Before this app ever synced: the first sync brings it, and the past is nobody's news.
    let (s, _) = server
        .call(
            "POST",
            "/api/issues",
            &ana,
            serde_json::json!({"store_id": server.store.0, "title": "Router LEDs red",
                               "priority": "low", "assigned_to": root_id}),
        )
        .await;
    assert_eq!(s, 201);
    let dir = tempfile::tempdir().unwrap();
    let app = App::open(dir.path()).await;
    let mut rx = app.engine.watch_notices();
    app.engine.connect(connect(&server)).await.unwrap();
    app.synced().await;
    app.until_cached_store(&server).await;
    assert!(
        rx.try_recv().is_err(),
        "the first sync raised a notification"
    );

    // My own issue, my own move: no notification.
    let mine = app.log(&server, "Till 3 frozen on boot").await;
    app.synced().await;
    app.engine
        .change_status(
            mine,
            &storedesk_domain::api::issue::StatusChange {
                status: storedesk_domain::Status::InProgress,
                reason: None,
            },
        )
        .await
        .unwrap();
    app.synced().await;
    let number = app.numbered(mine).await;

    // Ana moves my issue: I am told, and that is the first notification since the start.
    let (s, body) = server
        .call(
            "POST",
            &format!("/api/issues/{}/status", mine.0),
            &ana,
            serde_json::json!({"status": "waiting_on_vendor"}),
        )
        .await;
    assert_eq!(s, 200, "{body}");
    let n = next_notice(&mut rx, "my issue moved by Ana").await;
    assert_eq!(n.kind, NoticeKind::Status);
    assert_eq!(n.title, format!("STORE-{number} is now Waiting on vendor"));
    assert_eq!(n.body, "Till 3 frozen on boot (Amsterdam Centraal)");
    assert_eq!(n.issue, Some(mine));

    // The vendor's ticket is recorded on the server for my issue: I am told, and the vendor
    // panel shows it.
    let (s, body) = server
        .call(
            "POST",
            &format!("/api/issues/{}/resolutions", mine.0),
            &ana,
            serde_json::json!({"vendor": "RSNL", "vendor_ticket_id": "482913",
                               "acknowledged_at": "2026-12-03T09:00:00Z"}),
        )
        .await;
    assert_eq!(s, 201, "{body}");
    let n = next_notice(&mut rx, "the vendor's ticket").await;
    assert_eq!(n.kind, NoticeKind::Vendor);
    assert_eq!(
        n.title,
        format!("RSNL ticket 482913 opened for STORE-{number}")
    );
    let vendor = app
        .engine
        .issue(mine)
        .await
        .unwrap()
        .vendor
        .expect("the vendor panel");
    assert_eq!(
        (vendor.vendor.as_str(), vendor.ticket_id.as_str()),
        ("RSNL", "482913")
    );
    assert_eq!(
        vendor.acknowledged_at.map(|d| d.to_rfc3339()),
        Some("2026-12-03T09:00:00+00:00".to_owned())
    );

    // Ana logs an issue and gives it to me.
    let (s, body) = server
        .call(
            "POST",
            "/api/issues",
            &ana,
            serde_json::json!({"store_id": server.store.0, "title": "Cash drawer will not open",
                               "priority": "critical", "assigned_to": root_id}),
        )
        .await;
    assert_eq!(s, 201, "{body}");
    let n = next_notice(&mut rx, "an issue assigned to me").await;
    assert_eq!(n.kind, NoticeKind::Assigned);
    assert_eq!(
        n.title,
        format!("{} assigned to you", body["reference"].as_str().unwrap())
    );
    assert_eq!(
        n.body,
        "Cash drawer will not open (Amsterdam Centraal, critical)"
    );

    // The list keeps both, newest first, unread until it is opened.
    let unread = app.until("three unread", |s| s.unread_notices == 3).await;
    assert_eq!(unread.unread_notices, 3);
    let recent = app.engine.recent_notices().await.unwrap();
    let titles: Vec<&str> = recent.iter().map(|r| r.notice.title.as_str()).collect();
    assert_eq!(
        titles,
        vec![
            format!("{} assigned to you", body["reference"].as_str().unwrap()).as_str(),
            format!("RSNL ticket 482913 opened for STORE-{number}").as_str(),
            format!("STORE-{number} is now Waiting on vendor").as_str()
        ]
    );
    assert!(recent.iter().all(|r| !r.read));
    app.engine.mark_notices_read().await.unwrap();
    assert_eq!(app.engine.sync_status().unread_notices, 0);
    assert!(app
        .engine
        .recent_notices()
        .await
        .unwrap()
        .iter()
        .all(|r| r.read));

    // Status changes turned off: Ana's next move says nothing, her next assignment does.
    app.engine
        .set_notice_settings(&storedesk_domain::view::NoticeSettings {
            off: vec![NoticeKind::Status],
        })
        .await
        .unwrap();
    assert_eq!(
        app.engine.notice_settings().await.unwrap().off,
        vec![NoticeKind::Status]
    );
    let (s, _) = server
        .call(
            "POST",
            &format!("/api/issues/{}/status", mine.0),
            &ana,
            serde_json::json!({"status": "resolved"}),
        )
        .await;
    assert_eq!(s, 200);
    let (s, _) = server
        .call(
            "POST",
            "/api/issues",
            &ana,
            serde_json::json!({"store_id": server.store.0, "title": "Scale shows wrong weight",
                               "priority": "medium", "assigned_to": root_id}),
        )
        .await;
    assert_eq!(s, 201);
    let n = next_notice(&mut rx, "the next assignment").await;
    assert_eq!(n.kind, NoticeKind::Assigned, "{n:?}");
    assert!(n.body.starts_with("Scale shows wrong weight"), "{n:?}");
    app.quit().await;
}

#[tokio::test]
async fn an_admin_adds_people_and_stores_at_the_server_and_offline_is_told_nothing_changed() {
    use storedesk_domain::api::store::{NewStore, StorePatch};
    use storedesk_domain::api::user::NewUser;
    use storedesk_domain::Role;

    let mut server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let app = App::connected(dir.path(), &server).await;
    let e = &app.engine;
    let before = e.people().await.unwrap().len();

    let dana = e
        .add_person(NewUser {
            id: None,
            username: "dana".into(),
            email: "dana@example.com".into(),
            display_name: "Dana Engineer".into(),
            role: Role::Engineer,
            password: Secret::new(PASSWORD),
        })
        .await
        .unwrap();
    assert_eq!(e.people().await.unwrap().len(), before + 1);
    let (status, body) = server
        .call(
            "GET",
            &format!("/api/users/{}", dana.id.0),
            &server.token().await,
            serde_json::Value::Null,
        )
        .await;
    assert_eq!((status, body["role"].as_str()), (200, Some("engineer")));

    // The server's refusal comes back under its field.
    let err = e
        .add_person(NewUser {
            id: None,
            username: "dana".into(),
            email: "dana2@example.com".into(),
            display_name: "Dana Again".into(),
            role: Role::Engineer,
            password: Secret::new(PASSWORD),
        })
        .await
        .unwrap_err();
    match err {
        ClientError::Invalid(f) => assert_eq!(f[0].field, "username"),
        other => panic!("expected a field error, got {other:?}"),
    }

    // A new store with Dana in it is at the server and, at once, in this app's cache.
    let store = e
        .add_store(NewStore {
            id: None,
            code: "RTM-02".into(),
            name: "Rotterdam Zuid".into(),
            location: None,
            manager_id: None,
            engineer_ids: vec![dana.id],
        })
        .await
        .unwrap();
    assert_eq!(
        store.engineers.iter().map(|u| u.id).collect::<Vec<_>>(),
        [dana.id]
    );
    let cached = e.stores_for_new_issue().await.unwrap();
    assert!(cached.iter().any(|s| s.code == "RTM-02"), "{cached:?}");
    let server_has: Option<String> = sqlx::query_scalar("select name from stores where id = $1")
        .bind(store.id.0)
        .fetch_optional(&server.db)
        .await
        .unwrap();
    assert_eq!(server_has.as_deref(), Some("Rotterdam Zuid"));

    // Edits: only what changed is sent; Dana stays in the store; the server has both.
    let store = e
        .change_store(
            store.id,
            StorePatch {
                location: Some(storedesk_domain::api::store::Location {
                    address: "Zuidplein 1".into(),
                    latitude: None,
                    longitude: None,
                }),
                ..StorePatch::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(store.location.address, "Zuidplein 1");
    assert_eq!(
        store.engineers.iter().map(|u| u.id).collect::<Vec<_>>(),
        [dana.id]
    );
    let dana = e
        .change_person(
            dana.id,
            storedesk_domain::api::user::UserPatch {
                display_name: Some("Dana de Wit".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(
        (dana.display_name.as_str(), dana.email.as_str()),
        ("Dana de Wit", "dana@example.com")
    );
    let named: String = sqlx::query_scalar("select display_name from users where id = $1")
        .bind(dana.id.0)
        .fetch_one(&server.db)
        .await
        .unwrap();
    assert_eq!(named, "Dana de Wit");

    // Offline: a sentence, nothing queued, nothing changed.
    server.down().await;
    let err = e
        .change_store(
            store.id,
            StorePatch {
                name: Some("Rotterdam Zuidplein".into()),
                ..StorePatch::default()
            },
        )
        .await
        .unwrap_err();
    match err {
        ClientError::Server(m) => assert!(
            m.contains("People and stores are changed at the server: nothing was changed"),
            "{m}"
        ),
        other => panic!("expected an unreachable server, got {other:?}"),
    }
    assert_eq!(e.sync_status().pending, 0);
    server.up().await;
    let name: String = sqlx::query_scalar("select name from stores where id = $1")
        .bind(store.id.0)
        .fetch_one(&server.db)
        .await
        .unwrap();
    assert_eq!(name, "Rotterdam Zuid");
    app.quit().await;
}

#[tokio::test]
async fn after_a_network_change_it_reconnects_at_once_not_after_its_backoff() {
    let mut server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let app = App::connected(dir.path(), &server).await;

    // Away long enough for the retries to be spaced out (4 s or more). The first round after
    // the server left is started here: what else starts one (the live channel closing) races
    // with the end of the round that connected.
    server.down().await;
    app.engine.sync_now();
    let away = app
        .until("offline, retrying in 4 s or more", |s| {
            s.phase == SyncPhase::Offline && s.retry_in_secs.is_some_and(|r| r >= 4)
        })
        .await;
    let scheduled = std::time::Instant::now()
        + std::time::Duration::from_secs(away.retry_in_secs.unwrap_or(4) - 1);
    server.up().await;
    app.engine.network_changed();
    app.until("synced again", |s| s.phase == SyncPhase::Synced)
        .await;
    assert!(
        std::time::Instant::now() < scheduled,
        "the round ran when the network changed, before the retry it had scheduled"
    );
    app.quit().await;
}
