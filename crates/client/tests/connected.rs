//! Connected mode against the real server on real PostgreSQL: the outbox survives the server
//! being away, a push whose answer was lost is not applied twice, a refused change is rolled
//! back with its reason, a stale cursor rebuilds the cache, and two clients editing one issue
//! converge on the rule in docs/sync.md (each push applies on the server's state, in order).

use serde_json::{json, Value};
use sqlx::SqlitePool;
use storedesk_client::remote::{Remote, RemoteError};
use storedesk_client::sync::{self, outbox, Session, SyncError};
use storedesk_client::{cache, issues};
use storedesk_domain::api::auth::LoginRequest;
use storedesk_domain::api::issue::{IssuePatch, NewIssue, StatusChange};
use storedesk_domain::sync::{MutationOp, PushRequest};
use storedesk_domain::view::{Mode, SessionUser};
use storedesk_domain::{IssueId, Priority, Role, Secret, Status, StoreId};
use uuid::Uuid;

mod support;
use support::server::{Server, PASSWORD};

/// One desktop: its own SQLite file and session, signed in to `server` as the admin.
struct Client {
    _dir: tempfile::TempDir,
    cache: SqlitePool,
    remote: Remote,
    session: Session,
    me: SessionUser,
    writes: tokio::sync::Mutex<()>,
}

impl Client {
    async fn sign_in(server: &Server) -> Client {
        let dir = tempfile::tempdir().unwrap();
        let cache = cache::open(&dir.path().join("storedesk.sqlite3"))
            .await
            .unwrap();
        let remote = Remote::new(&server.base()).unwrap();
        let pair = remote
            .login(&LoginRequest {
                login: "root".into(),
                password: Secret::new(PASSWORD),
            })
            .await
            .unwrap();
        let me = remote.me(&pair.access_token).await.unwrap();
        let session = Session {
            user: me.user.id,
            access: pair.access_token,
            refresh: pair.refresh_token,
        };
        let me = SessionUser {
            id: me.user.id,
            username: me.user.username.clone(),
            display_name: me.user.display_name.clone(),
            role: Role::Admin,
            managed_stores: me.managed_stores,
            engineer_stores: me.engineer_stores,
        };
        Client {
            _dir: dir,
            cache,
            remote,
            session,
            me,
            writes: tokio::sync::Mutex::new(()),
        }
    }

    async fn round(&mut self) -> Result<sync::Report, SyncError> {
        sync::round(&self.cache, &self.writes, &self.remote, &mut self.session).await
    }

    async fn log(&self, store: StoreId, title: &str) -> IssueId {
        let n = NewIssue {
            id: None,
            store_id: store,
            title: title.into(),
            description: "Shows a paper-out light with paper loaded.".into(),
            priority: Priority::High,
            assigned_to: None,
        };
        issues::create(&self.cache, &self.me, &n, Mode::Connected)
            .await
            .unwrap()
    }

    /// (number, status, sync, reject_reason, title) of a cached issue.
    async fn row(&self, id: IssueId) -> (Option<i64>, String, String, Option<String>, String) {
        sqlx::query_as(
            "select number, status, sync, reject_reason, title from issues where id = ?1",
        )
        .bind(id.0.to_string())
        .fetch_one(&self.cache)
        .await
        .unwrap()
    }

    /// Sync rounds until `sql` (a count over the cache) gives `want`. The feed serves a change
    /// once no older transaction in the cluster is still running (docs/sync.md), so another
    /// test's open transaction may hold it back a moment: wait on the condition, with a deadline.
    async fn sync_until(&mut self, sql: &str, want: i64) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        loop {
            self.round().await.unwrap();
            let got: i64 = sqlx::query_scalar(sql)
                .fetch_one(&self.cache)
                .await
                .unwrap();
            if got == want {
                return;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "{sql}: {got}, want {want}"
            );
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    }

    async fn queue(&self, op: MutationOp) {
        let mut tx = self.cache.begin().await.unwrap();
        outbox::enqueue(&mut tx, op).await.unwrap();
        tx.commit().await.unwrap();
    }
}

#[tokio::test]
async fn an_issue_logged_while_the_server_is_away_reaches_it_once_it_is_back() {
    let mut server = Server::start().await;
    let mut c = Client::sign_in(&server).await;
    c.round().await.unwrap();

    server.down().await;
    let id = c.log(server.store, "Receipt printer offline").await;
    assert_eq!(
        c.row(id).await.0,
        None,
        "no number before the server gives one"
    );
    assert_eq!(c.row(id).await.2, "pending");
    let err = c.round().await.unwrap_err();
    assert!(
        matches!(err, SyncError::Remote(RemoteError::Offline(_))),
        "{err:?}"
    );
    assert_eq!(outbox::len(&c.cache).await.unwrap(), 1, "kept for later");
    let attempts: (i64, Option<String>) = sqlx::query_as("select attempts, last_error from outbox")
        .fetch_one(&c.cache)
        .await
        .unwrap();
    assert_eq!(attempts.0, 1);
    assert!(attempts.1.unwrap().contains("cannot be reached"));

    server.up().await;
    let report = c.round().await.unwrap();
    assert_eq!(report.pushed, 1);
    assert_eq!(outbox::len(&c.cache).await.unwrap(), 0);
    c.sync_until(
        &format!(
            "select count(*) from issues where id = '{}' and number is not null",
            id.0
        ),
        1,
    )
    .await;
    let on_server = server.issues_titled("Receipt printer offline").await;
    assert_eq!(on_server.len(), 1);
    assert_eq!(
        on_server[0].0, id.0,
        "the id chosen offline is the server's id"
    );
    let (number, status, sync_mark, _, _) = c.row(id).await;
    assert_eq!(
        number,
        Some(on_server[0].1),
        "the server's STORE-<n> reached the cache"
    );
    assert_eq!(status, "open");
    assert_eq!(sync_mark, "synced");
    // In step: another round changes nothing.
    let again = c.round().await.unwrap();
    assert_eq!((again.pushed, again.pulled.upserts), (0, 0));
}

#[tokio::test]
async fn a_push_whose_answer_was_lost_is_not_applied_twice() {
    let server = Server::start().await;
    let mut c = Client::sign_in(&server).await;
    c.round().await.unwrap();
    let id = c.log(server.store, "Till 3 frozen on boot").await;

    // The server commits the push, but its answer never reaches the app.
    let batch = outbox::next_batch(&c.cache).await.unwrap();
    let req = PushRequest {
        mutations: batch.iter().map(|q| q.mutation.clone()).collect(),
    };
    c.remote.push(&c.session.access, &req).await.unwrap();
    assert_eq!(
        outbox::len(&c.cache).await.unwrap(),
        1,
        "still queued: no answer seen"
    );

    let report = c.round().await.unwrap();
    assert_eq!(report.pushed, 1, "answered as a duplicate");
    assert_eq!(report.rejected, 0);
    assert_eq!(server.issues_titled("Till 3 frozen on boot").await.len(), 1);
    c.sync_until(
        &format!(
            "select count(*) from issues where id = '{}' and sync = 'synced'",
            id.0
        ),
        1,
    )
    .await;
}

#[tokio::test]
async fn a_refused_change_is_rolled_back_with_the_servers_reason() {
    let server = Server::start().await;
    let mut c = Client::sign_in(&server).await;
    c.round().await.unwrap();
    let id = c
        .log(server.store, "Card terminal declines all cards")
        .await;
    c.sync_until(
        &format!(
            "select count(*) from issues where id = '{}' and sync = 'synced'",
            id.0
        ),
        1,
    )
    .await;

    // Closed is not a move an open issue may make (the state machine): the app moved it
    // optimistically, the server refuses, the row goes back to what the server has.
    sqlx::query("update issues set status = 'closed', sync = 'pending' where id = ?1")
        .bind(id.0.to_string())
        .execute(&c.cache)
        .await
        .unwrap();
    c.queue(MutationOp::ChangeStatus {
        id,
        change: StatusChange {
            status: Status::Closed,
            reason: None,
        },
    })
    .await;
    // A later edit of the same issue does not depend on the move: it stands on its own.
    c.queue(MutationOp::UpdateIssue {
        id,
        patch: IssuePatch {
            title: Some("Closed by mistake".into()),
            ..IssuePatch::default()
        },
    })
    .await;
    let report = c.round().await.unwrap();
    assert_eq!(report.rejected, 1);
    assert_eq!(outbox::len(&c.cache).await.unwrap(), 0);
    let (_, status, sync_mark, _, title) = c.row(id).await;
    assert_eq!((status.as_str(), sync_mark.as_str()), ("open", "synced"));
    assert_eq!(
        title, "Closed by mistake",
        "the edit was applied, the move was not"
    );
    let (summary, reason): (String, String) =
        sqlx::query_as("select summary, reason from rejections")
            .fetch_one(&c.cache)
            .await
            .unwrap();
    assert_eq!(summary, "Move to closed");
    assert!(reason.ends_with('.'), "a sentence: {reason}");
    let on_server: String = sqlx::query_scalar("select status from issues where id = $1")
        .bind(id.0)
        .fetch_one(&server.db)
        .await
        .unwrap();
    assert_eq!(on_server, "open");
}

#[tokio::test]
async fn an_issue_the_server_refuses_to_create_stays_visible_as_refused() {
    let server = Server::start().await;
    let mut c = Client::sign_in(&server).await;
    c.round().await.unwrap();
    // A store the server does not know (deleted meanwhile, say): the create is refused.
    let ghost = StoreId(Uuid::now_v7());
    sqlx::query("insert into stores (id, code, name, created_at, updated_at) values (?1, 'GHOST', 'Gone', datetime('now'), datetime('now'))")
        .bind(ghost.0.to_string())
        .execute(&c.cache)
        .await
        .unwrap();
    let id = c.log(ghost, "Scale shows wrong weight").await;
    let report = c.round().await.unwrap();
    assert_eq!(report.rejected, 1);
    let (number, _, sync_mark, reason, _) = c.row(id).await;
    assert_eq!((number, sync_mark.as_str()), (None, "rejected"));
    assert!(reason.unwrap().ends_with('.'));
    assert!(server
        .issues_titled("Scale shows wrong weight")
        .await
        .is_empty());
}

#[tokio::test]
async fn a_stale_cursor_rebuilds_the_cache() {
    let server = Server::start().await;
    let mut c = Client::sign_in(&server).await;
    let token = server.token().await;
    let (_, issue) = server
        .call(
            "POST",
            "/api/issues",
            &token,
            json!({"store_id": server.store.0, "title": "Router LEDs red", "priority": "low"}),
        )
        .await;
    let key = issue["id"].as_str().unwrap().to_owned();
    let (s, comment) = server
        .call(
            "POST",
            &format!("/api/issues/{key}/comments"),
            &token,
            json!({"body": "Rebooted, still red."}),
        )
        .await;
    assert_eq!(s, 201, "{comment}");
    c.sync_until("select count(*) from comments", 1).await;

    // The comment is deleted and the server prunes the delete away: this cache's cursor is
    // older than what the server keeps.
    let (s, _) = server
        .call(
            "DELETE",
            &format!("/api/comments/{}", comment["id"].as_str().unwrap()),
            &token,
            Value::Null,
        )
        .await;
    assert_eq!(s, 204);
    storedesk_server::store::prune::prune(
        &server.db,
        chrono::Utc::now() + chrono::Duration::seconds(1),
    )
    .await
    .unwrap();

    let report = c.round().await.unwrap();
    assert!(report.resynced);
    let comments: i64 = sqlx::query_scalar("select count(*) from comments")
        .fetch_one(&c.cache)
        .await
        .unwrap();
    assert_eq!(comments, 0, "the deleted comment is gone after the rebuild");
    let titles: Vec<String> = sqlx::query_scalar("select title from issues")
        .fetch_all(&c.cache)
        .await
        .unwrap();
    assert_eq!(titles, vec!["Router LEDs red".to_owned()]);
}

#[tokio::test]
async fn two_clients_editing_one_issue_converge_on_the_last_push() {
    let server = Server::start().await;
    let mut a = Client::sign_in(&server).await;
    let mut b = Client::sign_in(&server).await;
    a.round().await.unwrap();
    let id = a.log(server.store, "Wi-Fi drops every hour").await;
    let synced = format!(
        "select count(*) from issues where id = '{}' and sync = 'synced'",
        id.0
    );
    a.sync_until(&synced, 1).await;
    b.sync_until(&synced, 1).await;

    // Both edit offline from the same state: A retitles it and moves it to In progress, B
    // retitles it too. Each push applies on the server's state in push order: B's title (pushed
    // last) wins, A's move stays, and both caches end with the server's row.
    a.queue(MutationOp::UpdateIssue {
        id,
        patch: IssuePatch {
            title: Some("Wi-Fi drops every hour (AP 2)".into()),
            ..IssuePatch::default()
        },
    })
    .await;
    b.queue(MutationOp::UpdateIssue {
        id,
        patch: IssuePatch {
            title: Some("Wi-Fi drops at 10:00 daily".into()),
            ..IssuePatch::default()
        },
    })
    .await;
    a.queue(MutationOp::ChangeStatus {
        id,
        change: StatusChange {
            status: Status::InProgress,
            reason: None,
        },
    })
    .await;
    a.round().await.unwrap();
    b.round().await.unwrap();
    let converged = format!(
        "select count(*) from issues where id = '{}' and title = 'Wi-Fi drops at 10:00 daily'
           and status = 'in_progress' and sync = 'synced'",
        id.0
    );
    a.sync_until(&converged, 1).await;
    b.sync_until(&converged, 1).await;

    let server_row: (String, String) =
        sqlx::query_as("select title, status from issues where id = $1")
            .bind(id.0)
            .fetch_one(&server.db)
            .await
            .unwrap();
    assert_eq!(
        server_row,
        ("Wi-Fi drops at 10:00 daily".into(), "in_progress".into())
    );
    for client in [&a, &b] {
        let (_, status, sync_mark, _, title) = client.row(id).await;
        assert_eq!(
            (title.as_str(), status.as_str(), sync_mark.as_str()),
            (server_row.0.as_str(), "in_progress", "synced")
        );
    }
}
