//! The feed for a client that lives for years: bounded pages (a large grant spans pages), a
//! protocol version on both sides, a pruned change log with a clear resync answer, and renames
//! that reach every record embedding the name.

use crate::harness::{TestApp, World};
use crate::sync::apply;
use reqwest::Method;
use serde_json::{json, Value};
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// Issues (and one comment each) written straight into store `store` by SQL: bulk data.
async fn bulk(app: &TestApp, store: Uuid, n: i64, description_len: i32) {
    sqlx::query(
        "insert into issues (id, store_id, title, description, priority, created_by)
         select gen_random_uuid(), $1, 'bulk ' || g, repeat('x', $3), 'low', $2
         from generate_series(1, $4) g",
    )
    .bind(store)
    .bind(app.admin_id)
    .bind(description_len)
    .bind(n)
    .execute(&app.db)
    .await
    .unwrap();
    sqlx::query(
        "insert into comments (id, issue_id, author_id, body)
         select gen_random_uuid(), id, $2, 'bulk comment' from issues where store_id = $1",
    )
    .bind(store)
    .bind(app.admin_id)
    .execute(&app.db)
    .await
    .unwrap();
}

struct Page {
    changes: Vec<Value>,
    cursor: String,
    has_more: bool,
    bytes: usize,
}

async fn page(app: &TestApp, token: &str, since: &str, limit: u32) -> Page {
    let res = app
        .http
        .get(app.url(&format!("/api/sync/changes?since={since}&limit={limit}")))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(res.headers()["storedesk-sync-protocol"], "1");
    let bytes = res.bytes().await.unwrap();
    let v: Value = serde_json::from_slice(&bytes).unwrap();
    Page {
        changes: v["changes"].as_array().unwrap().clone(),
        cursor: v["cursor"].as_str().unwrap().to_owned(),
        has_more: v["has_more"].as_bool().unwrap(),
        bytes: bytes.len(),
    }
}

/// Pulls page by page until the feed has nothing more, checking each page's bounds.
async fn drain(app: &TestApp, token: &str, since: &str, limit: u32) -> (Vec<Value>, String, usize) {
    let mut cursor = since.to_owned();
    let mut all = Vec::new();
    let mut pages = 0;
    loop {
        let p = page(app, token, &cursor, limit).await;
        assert!(
            p.changes.len() <= limit as usize,
            "{} changes",
            p.changes.len()
        );
        // One record may cross the line; none of ours is above 100 KB.
        assert!(p.bytes <= 1024 * 1024 + 100_000, "{} bytes", p.bytes);
        pages += 1;
        all.extend(p.changes);
        cursor = p.cursor;
        if !p.has_more {
            return (all, cursor, pages);
        }
        assert!(pages < 1000, "the feed does not end");
    }
}

#[tokio::test]
async fn a_large_grant_spans_pages_and_arrives_whole() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    bulk(&app, w.store_b, 1200, 10).await;
    let (_, cursor) = app.pull(&w.engineer_a.1, "0", 500).await;
    // Engineer A joins store B: 1 store + 1,200 issues + 1,200 comments become visible at once.
    app.patch(
        &format!("/api/stores/{}", w.store_b),
        &app.admin,
        json!({"engineer_ids": [w.engineer_b.0, w.engineer_a.0]}),
    )
    .await
    .expect(200);
    // Wait until the grant is below the horizon, then drain it in pages of 500.
    let target: i64 = sqlx::query_scalar("select max(xid) from changes")
        .fetch_one(&app.db)
        .await
        .unwrap();
    let mut changes = Vec::new();
    let mut cursor = cursor;
    let mut pages = 0;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let (c, next, n) = drain(&app, &w.engineer_a.1, &cursor, 500).await;
        changes.extend(c);
        pages += n;
        cursor = next;
        if cursor.split('.').next().unwrap().parse::<i64>().unwrap() >= target {
            break;
        }
        // The feed serves nothing past the cluster's oldest running write: poll until the
        // grant is below it, within the deadline.
        assert!(
            std::time::Instant::now() < deadline,
            "the feed did not pass xid {target} (at {cursor})"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert!(
        pages >= 5,
        "2,401 rows in pages of 500 take at least 5 pages, took {pages}"
    );
    let got: HashSet<String> = changes
        .iter()
        .filter(|c| c["op"] == "upsert")
        .map(|c| c["id"].as_str().unwrap().to_owned())
        .collect();
    let expected: Vec<Uuid> = sqlx::query_scalar(
        "select id from issues where store_id = $1
         union all select c.id from comments c join issues i on i.id = c.issue_id where i.store_id = $1",
    )
    .bind(w.store_b)
    .fetch_all(&app.db)
    .await
    .unwrap();
    assert_eq!(expected.len(), 2400);
    let missing: Vec<_> = expected
        .iter()
        .filter(|id| !got.contains(&id.to_string()))
        .collect();
    assert!(missing.is_empty(), "{} rows never arrived", missing.len());
    assert!(got.contains(&w.store_b.to_string()), "the store itself");
}

#[tokio::test]
async fn pages_are_bounded_in_bytes() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    // 120 issues of 20,000 characters: about 2.4 MB of records.
    bulk(&app, w.store_a, 120, 20_000).await;
    let (changes, _, pages) = drain(&app, &app.admin, "0", 500).await;
    assert!(pages >= 3, "2.4 MB in pages of at most 1 MiB, took {pages}");
    let issues = changes.iter().filter(|c| c["entity"] == "issue").count();
    assert_eq!(issues, 120);
}

#[tokio::test]
async fn the_protocol_version_is_sent_both_ways() {
    let app = TestApp::spawn().await;
    let send = |v: &'static str| {
        app.http
            .get(app.url("/api/sync/changes"))
            .bearer_auth(&app.admin)
            .header("storedesk-sync-protocol", v)
            .send()
    };
    let old = TestApp::read(send("0").await.unwrap()).await;
    let p = old.problem(400, "client_too_old");
    assert!(
        p["detail"].as_str().unwrap().contains("update the app"),
        "{p}"
    );
    // A newer client is served in the server's version, which it reads from the reply.
    let newer = send("7").await.unwrap();
    assert_eq!(newer.status().as_u16(), 200);
    assert_eq!(newer.headers()["storedesk-sync-protocol"], "1");
    TestApp::read(send("one").await.unwrap())
        .await
        .problem(400, "bad_query");
}

#[tokio::test]
async fn a_pruned_log_answers_old_cursors_with_resync_and_still_rebuilds_everything() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let a = app.issue(&app.admin, w.store_a, "kept").await;
    let gone = app
        .post(
            &format!("/api/issues/{}/comments", a["id"].as_str().unwrap()),
            &app.admin,
            json!({"body": "deleted later"}),
        )
        .await
        .expect(201);
    for i in 0..3 {
        app.patch(
            &format!("/api/issues/{}", a["id"].as_str().unwrap()),
            &app.admin,
            json!({"title": format!("kept, edit {i}")}),
        )
        .await
        .expect(200);
    }
    let (_, old_cursor) = app.pull(&app.admin, "0", 500).await;
    app.delete(
        &format!("/api/comments/{}", gone["id"].as_str().unwrap()),
        &app.admin,
    )
    .await
    .expect(204);
    let (before, _) = app.pull(&app.admin, "0", 500).await;
    let mut expected = HashMap::new();
    apply(&mut expected, &before, app.admin_id);
    let rows_before: i64 = sqlx::query_scalar("select count(*) from changes")
        .fetch_one(&app.db)
        .await
        .unwrap();

    let p = storedesk_server::store::prune::prune(
        &app.db,
        chrono::Utc::now() + chrono::Duration::seconds(1),
    )
    .await
    .unwrap();
    assert!(p.compacted >= 3, "{p:?}");
    assert!(p.dropped >= 1, "{p:?}");
    let rows_after: i64 = sqlx::query_scalar("select count(*) from changes")
        .fetch_one(&app.db)
        .await
        .unwrap();
    assert!(rows_after < rows_before, "{rows_after} of {rows_before}");

    // A cache from before the pruned delete must rebuild; the answer says so in words.
    let r = app
        .send(
            Method::GET,
            &format!("/api/sync/changes?since={old_cursor}"),
            Some(&app.admin),
            None,
        )
        .await;
    let body = r.problem(410, "resync_required");
    assert!(body["detail"].as_str().unwrap().contains("since=0"));
    // Rebuilding from 0 gives exactly the state a client had before the pruning.
    let (after, _) = app.pull(&app.admin, "0", 500).await;
    let mut rebuilt = HashMap::new();
    apply(&mut rebuilt, &after, app.admin_id);
    assert_eq!(rebuilt, expected);
    assert!(!rebuilt.contains_key(&(
        "comment".to_owned(),
        gone["id"].as_str().unwrap().to_owned()
    )));
    assert_eq!(
        rebuilt[&("issue".to_owned(), a["id"].as_str().unwrap().to_owned())]["title"],
        "kept, edit 2"
    );
}

#[tokio::test]
async fn renaming_a_user_or_a_store_reaches_every_record_that_embeds_the_name() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let issue = app.issue(&w.manager_a.1, w.store_a, "till").await;
    let id = issue["id"].as_str().unwrap().to_owned();
    app.post(
        &format!("/api/issues/{id}/comments"),
        &w.manager_a.1,
        json!({"body": "hello"}),
    )
    .await
    .expect(201);
    let (first, cursor) = app.pull(&w.engineer_a.1, "0", 500).await;
    let mut cache = HashMap::new();
    apply(&mut cache, &first, w.engineer_a.0);

    app.patch(
        &format!("/api/users/{}", w.manager_a.0),
        &app.admin,
        json!({"display_name": "Ann Renamed"}),
    )
    .await
    .expect(200);
    app.patch(
        &format!("/api/stores/{}", w.store_a),
        &app.admin,
        json!({"name": "Renamed Store"}),
    )
    .await
    .expect(200);
    let (next, _) = app.pull(&w.engineer_a.1, &cursor, 500).await;
    apply(&mut cache, &next, w.engineer_a.0);
    let cached_issue = &cache[&("issue".to_owned(), id.clone())];
    assert_eq!(cached_issue["created_by"]["display_name"], "Ann Renamed");
    assert_eq!(cached_issue["store"]["name"], "Renamed Store");
    let comment = cache
        .iter()
        .find(|((e, _), v)| e == "comment" && v["issue_id"] == id.as_str())
        .map(|(_, v)| v)
        .expect("the comment is cached");
    assert_eq!(comment["author"]["display_name"], "Ann Renamed");
    let store = &cache[&("store".to_owned(), w.store_a.to_string())];
    assert_eq!(store["manager"]["display_name"], "Ann Renamed");
}
