//! The sync contract (docs/sync.md): the change feed and the idempotent push.

use crate::harness::{TestApp, World};
use serde_json::{json, Value};
use std::collections::HashMap;
use uuid::Uuid;

async fn pull(app: &TestApp, token: &str, since: &str, limit: u32) -> (Vec<Value>, String) {
    app.pull(token, since, limit).await
}

/// Applies changes to a map the way a client cache would: entity/id -> record.
pub fn apply(cache: &mut HashMap<(String, String), Value>, changes: &[Value], me: Uuid) {
    for c in changes {
        let key = (
            c["entity"].as_str().unwrap().to_owned(),
            c["id"].as_str().unwrap().to_owned(),
        );
        match c["op"].as_str().unwrap() {
            "upsert" => {
                let rec = c["record"]
                    .as_object()
                    .unwrap()
                    .values()
                    .next()
                    .unwrap()
                    .clone();
                cache.insert(key, rec);
            }
            "delete" => {
                cache.remove(&key);
            }
            "revoke" => {
                cache.remove(&key);
                if key.0 == "store" {
                    let me = me.to_string();
                    cache.retain(|(e, _), v| {
                        !(e == "issue"
                            && v["store"]["id"] == key.1.as_str()
                            && v["assigned_to"]["id"] != me.as_str())
                    });
                }
                // Comments and resolutions go with their issue.
                let issues = ids_of(cache, "issue");
                cache.retain(|(e, _), v| {
                    !(e == "comment" || e == "resolution")
                        || issues.iter().any(|i| v["issue_id"] == i.as_str())
                });
            }
            other => panic!("unknown op {other}"),
        }
    }
}

fn ids_of(cache: &HashMap<(String, String), Value>, entity: &str) -> Vec<String> {
    let mut v: Vec<String> = cache
        .keys()
        .filter(|(e, _)| e == entity)
        .map(|(_, i)| i.clone())
        .collect();
    v.sort();
    v
}

#[tokio::test]
async fn feed_shows_only_what_the_caller_may_see_including_deletions() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let ia = app.issue(&w.engineer_a.1, w.store_a, "A issue").await;
    let ib = app.issue(&w.engineer_b.1, w.store_b, "B issue").await;
    let c = app
        .post(
            &format!("/api/issues/{}/comments", ia["id"].as_str().unwrap()),
            &w.engineer_a.1,
            json!({"body": "note"}),
        )
        .await
        .expect(201);

    let (changes, cursor) = pull(&app, &w.engineer_a.1, "0", 3).await;
    let mut cache = HashMap::new();
    apply(&mut cache, &changes, w.engineer_a.0);
    assert_eq!(
        ids_of(&cache, "issue"),
        vec![ia["id"].as_str().unwrap().to_owned()]
    );
    assert_eq!(ids_of(&cache, "store"), vec![w.store_a.to_string()]);
    assert_eq!(ids_of(&cache, "comment").len(), 1);
    assert!(
        ids_of(&cache, "user").len() >= 6,
        "the user directory is public"
    );
    assert!(
        !changes.iter().any(|c| c["id"] == ib["id"]),
        "B's issue must not leak to A's engineer"
    );

    // Nothing new: same cursor semantics, empty page.
    let (again, cursor2) = pull(&app, &w.engineer_a.1, &cursor, 100).await;
    assert!(again.is_empty(), "{again:?}");
    // A deletion arrives as a delete.
    app.delete(
        &format!("/api/comments/{}", c["id"].as_str().unwrap()),
        &w.engineer_a.1,
    )
    .await
    .expect(204);
    let (d, _) = pull(&app, &w.engineer_a.1, &cursor2, 100).await;
    apply(&mut cache, &d, w.engineer_a.0);
    assert!(
        d.iter().any(|x| x["op"] == "delete" && x["id"] == c["id"]),
        "{d:?}"
    );
    assert!(ids_of(&cache, "comment").is_empty());

    // The admin sees both stores' issues.
    let (admin, _) = pull(&app, &app.admin, "0", 500).await;
    let mut ac = HashMap::new();
    apply(&mut ac, &admin, app.admin_id);
    assert_eq!(ids_of(&ac, "issue").len(), 2);
}

#[tokio::test]
async fn losing_and_gaining_access_reach_the_cache() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let ia = app.issue(&w.manager_a.1, w.store_a, "A one").await;
    let ib = app.issue(&w.manager_b.1, w.store_b, "B one").await;
    let mut cache = HashMap::new();
    let (ch, cur) = pull(&app, &w.floater.1, "0", 500).await;
    apply(&mut cache, &ch, w.floater.0);
    assert!(ids_of(&cache, "issue").is_empty());

    // Assigned an issue of store B: the floater now sees it (and its comments) though not the store.
    let bid = ib["id"].as_str().unwrap();
    app.post(
        &format!("/api/issues/{bid}/comments"),
        &w.manager_b.1,
        json!({"body": "older comment"}),
    )
    .await
    .expect(201);
    let (ch, cur) = pull(&app, &w.floater.1, &cur, 500).await;
    apply(&mut cache, &ch, w.floater.0);
    assert!(ids_of(&cache, "issue").is_empty(), "not assigned yet");
    app.put(
        &format!("/api/issues/{bid}/assignee"),
        &w.manager_b.1,
        json!({"assignee_id": w.floater.0}),
    )
    .await
    .expect(200);
    let (ch, cur) = pull(&app, &w.floater.1, &cur, 500).await;
    apply(&mut cache, &ch, w.floater.0);
    assert_eq!(ids_of(&cache, "issue"), vec![bid.to_owned()], "{ch:?}");
    assert_eq!(
        ids_of(&cache, "comment").len(),
        1,
        "the grant brings the issue's older comments"
    );

    // Added to store A as an engineer: store A and its existing issue arrive.
    app.patch(
        &format!("/api/stores/{}", w.store_a),
        &app.admin,
        json!({"engineer_ids": [w.engineer_a.0, w.floater.0]}),
    )
    .await
    .expect(200);
    let (ch, cur) = pull(&app, &w.floater.1, &cur, 500).await;
    apply(&mut cache, &ch, w.floater.0);
    assert_eq!(ids_of(&cache, "store"), vec![w.store_a.to_string()]);
    assert!(ids_of(&cache, "issue").contains(&ia["id"].as_str().unwrap().to_owned()));

    // Removed from store A and unassigned from B's issue: both disappear.
    app.patch(
        &format!("/api/stores/{}", w.store_a),
        &app.admin,
        json!({"engineer_ids": [w.engineer_a.0]}),
    )
    .await
    .expect(200);
    app.put(
        &format!("/api/issues/{bid}/assignee"),
        &w.manager_b.1,
        json!({"assignee_id": null}),
    )
    .await
    .expect(200);
    let (ch, _) = pull(&app, &w.floater.1, &cur, 500).await;
    apply(&mut cache, &ch, w.floater.0);
    assert!(
        ch.iter()
            .any(|c| c["op"] == "revoke" && c["entity"] == "store"),
        "{ch:?}"
    );
    assert!(ids_of(&cache, "store").is_empty(), "{cache:?}");
    assert!(ids_of(&cache, "issue").is_empty(), "{cache:?}");
    assert!(ids_of(&cache, "comment").is_empty());
}

#[tokio::test]
async fn a_retried_push_applies_once() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let issue_id = Uuid::now_v7();
    let comment_id = Uuid::now_v7();
    let batch = json!({"mutations": [
        {"idempotency_key": Uuid::new_v4(), "op": {"type": "create_issue", "issue": {"id": issue_id, "store_id": w.store_a, "title": "Offline issue", "priority": "medium"}}},
        {"idempotency_key": Uuid::new_v4(), "op": {"type": "add_comment", "issue_id": issue_id, "id": comment_id, "body": "typed offline"}},
        {"idempotency_key": Uuid::new_v4(), "op": {"type": "change_status", "id": issue_id, "change": {"status": "closed"}}},
        {"idempotency_key": Uuid::new_v4(), "op": {"type": "change_status", "id": issue_id, "change": {"status": "in_progress"}}},
    ]});
    let first = app
        .post("/api/sync/push", &w.engineer_a.1, batch.clone())
        .await
        .expect(200);
    let outcomes: Vec<&str> = first["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["outcome"].as_str().unwrap())
        .collect();
    assert_eq!(outcomes, ["applied", "applied", "rejected", "applied"]);
    assert_eq!(first["results"][2]["problem"]["code"], "invalid_transition");
    assert_eq!(first["results"][0]["entity_id"], issue_id.to_string());
    let before = app.snapshot().await;
    // The connection dropped before the client saw the answer: it pushes the same batch again.
    let second = app
        .post("/api/sync/push", &w.engineer_a.1, batch)
        .await
        .expect(200);
    let outcomes: Vec<&str> = second["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["outcome"].as_str().unwrap())
        .collect();
    assert_eq!(
        outcomes,
        ["duplicate", "duplicate", "rejected", "duplicate"]
    );
    assert_eq!(app.snapshot().await, before, "the retry changed nothing");
    let d = app
        .get(&format!("/api/issues/{issue_id}"), &w.engineer_a.1)
        .await
        .expect(200);
    assert_eq!(d["status"], "in_progress");
    assert_eq!(d["comments"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn concurrent_pushes_of_one_key_apply_once() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let key = Uuid::new_v4();
    let body = json!({"mutations": [{"idempotency_key": key, "op": {"type": "create_issue",
        "issue": {"id": Uuid::now_v7(), "store_id": w.store_a, "title": "Race", "priority": "low"}}}]});
    let (a, b) = tokio::join!(
        app.post("/api/sync/push", &w.engineer_a.1, body.clone()),
        app.post("/api/sync/push", &w.engineer_a.1, body)
    );
    let mut outcomes = [
        a.expect(200)["results"][0]["outcome"]
            .as_str()
            .unwrap()
            .to_owned(),
        b.expect(200)["results"][0]["outcome"]
            .as_str()
            .unwrap()
            .to_owned(),
    ];
    outcomes.sort();
    assert_eq!(outcomes, ["applied", "duplicate"]);
    let n: i64 = sqlx::query_scalar("select count(*) from issues where title = 'Race'")
        .fetch_one(&app.db)
        .await
        .unwrap();
    assert_eq!(n, 1);
}

#[tokio::test]
async fn the_cursor_never_passes_an_uncommitted_change() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let (_, cursor) = pull(&app, &app.admin, "0", 500).await;
    // A slow writer: its transaction has taken its xid and seq but not committed.
    let mut slow = app.db.begin().await.unwrap();
    let slow_id = Uuid::now_v7();
    sqlx::query("insert into issues (id, store_id, title, priority, created_by) values ($1, $2, 'slow', 'low', $3)")
        .bind(slow_id).bind(w.store_a).bind(app.admin_id).execute(&mut *slow).await.unwrap();
    // Meanwhile a fast writer commits.
    let fast = app.issue(&app.admin, w.store_a, "fast").await;
    let slow_xid: i64 = sqlx::query_scalar("select pg_current_xact_id()::text::bigint")
        .fetch_one(&mut *slow)
        .await
        .unwrap();
    let feed = app
        .get(&format!("/api/sync/changes?since={cursor}"), &app.admin)
        .await
        .expect(200);
    let mid = feed["changes"].as_array().unwrap().clone();
    let cursor2 = feed["cursor"].as_str().unwrap().to_owned();
    assert!(!mid.iter().any(|c| c["id"] == slow_id.to_string()));
    // The cursor stops before the slow transaction, and with it the fast one that came after.
    assert!(
        cursor2.split('.').next().unwrap().parse::<i64>().unwrap() < slow_xid,
        "{cursor2} vs {slow_xid}"
    );
    assert!(
        !mid.iter().any(|c| c["id"] == fast["id"]),
        "a later transaction must wait for the earlier one"
    );
    slow.commit().await.unwrap();
    let (after, _) = pull(&app, &app.admin, &cursor2, 500).await;
    let seen: Vec<&Value> = mid.iter().chain(after.iter()).collect();
    assert!(
        seen.iter().any(|c| c["id"] == fast["id"]),
        "fast change delivered"
    );
    assert!(
        seen.iter().any(|c| c["id"] == slow_id.to_string()),
        "slow change delivered after its commit, not skipped"
    );
}
