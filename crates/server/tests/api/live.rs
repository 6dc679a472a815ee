//! The live channel: a client hears of changes it may see, also when they were written through
//! another API process, and only of those; a client that loses access is disconnected.

use crate::harness::{TestApp, World};
use std::net::SocketAddr;
use std::time::{Duration, Instant};

/// One SSE connection, read event by event.
struct Listener {
    res: reqwest::Response,
    buf: String,
}

impl Listener {
    async fn connect(app: &TestApp, addr: SocketAddr, token: &str) -> Listener {
        let res = app
            .http
            .get(format!("http://{addr}/api/sync/live"))
            .bearer_auth(token)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 200);
        assert_eq!(
            res.headers()["content-type"].to_str().unwrap(),
            "text/event-stream"
        );
        let mut l = Listener {
            res,
            buf: String::new(),
        };
        let (name, data) = l.next(Duration::from_secs(5)).await.expect("a ready event");
        assert_eq!(
            (name.as_str(), data.as_str()),
            ("ready", "{\"protocol\": 1}")
        );
        l
    }

    /// The next event (name, data), skipping keep-alive comments; `None` when the stream ended.
    async fn next(&mut self, within: Duration) -> Option<(String, String)> {
        let deadline = Instant::now() + within;
        loop {
            if let Some(end) = self.buf.find("\n\n") {
                let block: String = self.buf.drain(..end + 2).collect();
                let mut name = String::new();
                let mut data = String::new();
                for line in block.lines() {
                    if let Some(v) = line.strip_prefix("event: ") {
                        name = v.to_owned();
                    } else if let Some(v) = line.strip_prefix("data: ") {
                        data = v.to_owned();
                    }
                }
                if !name.is_empty() {
                    return Some((name, data));
                }
                continue;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(!left.is_zero(), "no event within {within:?}");
            match tokio::time::timeout(left, self.res.chunk()).await {
                Ok(Ok(Some(bytes))) => self.buf.push_str(&String::from_utf8_lossy(&bytes)),
                Ok(_) => return None,
                Err(_) => panic!("no event within {within:?}"),
            }
        }
    }

    /// The next `changes` event's horizon. The horizon is cluster-wide, and the other tests'
    /// migrations (write transactions on the same PostgreSQL) can hold it back for seconds while
    /// the suite runs: hence the long deadline. The one-second target is measured by
    /// bench/live.py on a server of its own.
    async fn horizon(&mut self) -> i64 {
        let (name, data) = self.next(Duration::from_secs(60)).await.expect("an event");
        assert_eq!(name, "changes");
        let v: serde_json::Value = serde_json::from_str(&data).unwrap();
        v["horizon"].as_i64().unwrap()
    }
}

async fn xid_of_issue(app: &TestApp, id: &str) -> i64 {
    sqlx::query_scalar(
        "select max(xid) from changes where entity = 'issue' and entity_id = $1::uuid",
    )
    .bind(id)
    .fetch_one(&app.db)
    .await
    .unwrap()
}

#[tokio::test]
async fn clients_hear_of_what_they_may_see_within_a_second_across_processes() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    // A second API process on the same database.
    let other = crate::harness::serve(app.db.clone()).await;
    // Engineer A listens on the second process; the admin on the first (the admin sees all).
    let mut engineer_a = Listener::connect(&app, other, &w.engineer_a.1).await;
    let mut admin = Listener::connect(&app, app.addr, &app.admin).await;
    // The horizon is cluster-wide: other tests' transactions can hold it below this test's
    // setup. A change everyone sees (the user directory) marks the point after which every event
    // is about this test's own writes.
    app.patch(
        &format!("/api/users/{}", w.floater.0),
        &app.admin,
        serde_json::json!({"display_name": "Marker"}),
    )
    .await
    .expect(200);
    let marker: i64 = sqlx::query_scalar("select max(xid) from changes where entity = 'user'")
        .fetch_one(&app.db)
        .await
        .unwrap();
    while engineer_a.horizon().await <= marker {}
    while admin.horizon().await <= marker {}

    // A change in store B: the admin hears of it, engineer A must not.
    let b = app.issue(&app.admin, w.store_b, "in store B").await;
    let b_xid = xid_of_issue(&app, b["id"].as_str().unwrap()).await;
    loop {
        if admin.horizon().await > b_xid {
            break;
        }
    }

    // A change in store A, written through the first process.
    let a = app.issue(&w.manager_a.1, w.store_a, "in store A").await;
    let a_xid = xid_of_issue(&app, a["id"].as_str().unwrap()).await;
    let heard = engineer_a.horizon().await;
    // The first event engineer A gets covers the store A issue: none was sent for store B.
    assert!(
        heard > a_xid,
        "heard horizon {heard}, store A change at {a_xid}, store B at {b_xid}"
    );

    // The change is in the feed the event points at.
    let (changes, _) = app.pull(&w.engineer_a.1, "0", 500).await;
    assert!(changes.iter().any(|c| c["id"] == a["id"]));
    assert!(!changes.iter().any(|c| c["id"] == b["id"]));
}

#[tokio::test]
async fn the_stream_ends_when_the_account_loses_access() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let mut engineer = Listener::connect(&app, app.addr, &w.engineer_a.1).await;
    app.patch(
        &format!("/api/users/{}", w.engineer_a.0),
        &app.admin,
        serde_json::json!({"active": false}),
    )
    .await
    .expect(200);
    // The stream re-checks the account when access changes anywhere and ends. (Events about
    // changes from before, held back by the cluster-wide horizon, may still come first.)
    while let Some((name, _)) = engineer.next(Duration::from_secs(60)).await {
        assert_eq!(name, "changes");
    }
}

#[tokio::test]
async fn stopping_the_server_ends_open_streams_so_it_stops_at_once() {
    let app = TestApp::spawn().await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(storedesk_server::startup::serve_until(
        listener,
        storedesk_server::startup::state(app.db.clone(), crate::harness::SECRET),
        async {
            let _ = stopped.await;
        },
    ));
    let mut admin = Listener::connect(&app, addr, &app.admin).await;
    stop.send(()).unwrap();
    // The stream ends (rather than waiting for the token to expire), and so does the server.
    while let Some((name, _)) = admin.next(Duration::from_secs(10)).await {
        assert_eq!(name, "changes");
    }
    tokio::time::timeout(Duration::from_secs(10), server)
        .await
        .expect("the server stopped with a live stream open")
        .unwrap()
        .unwrap();
}
