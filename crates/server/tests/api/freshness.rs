//! Lists and details are cached between writes: these tests prove a reader never gets a page
//! that misses a committed write (its own at once; another process's once the commit watcher
//! has seen it) and that callers never see each other's pages.

use crate::harness::{TestApp, World};
use std::time::{Duration, Instant};
use uuid::Uuid;

fn total(page: &serde_json::Value) -> i64 {
    page["total"].as_i64().unwrap()
}

#[tokio::test]
async fn a_write_through_the_api_shows_in_the_next_list() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    app.issue(&w.engineer_a.1, w.store_a, "first").await;
    for n in 2..5 {
        assert_eq!(
            total(&app.get("/api/issues", &app.admin).await.expect(200)),
            n - 1
        );
        assert_eq!(
            total(&app.get("/api/issues", &app.admin).await.expect(200)),
            n - 1,
            "served again (cached)"
        );
        app.issue(&w.engineer_a.1, w.store_a, "next").await;
        assert_eq!(
            total(&app.get("/api/issues", &app.admin).await.expect(200)),
            n,
            "no stale page after a write"
        );
    }
}

#[tokio::test]
async fn a_write_by_another_process_shows_within_the_watch_interval() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    // Wait until the cache is live (its listener connected), then see a page served from it.
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let r = app.get("/api/issues", &app.admin).await;
        let hit = r
            .headers
            .get("x-storedesk-cache")
            .is_some_and(|v| v == "hit");
        assert_eq!(total(&r.expect(200)), 0);
        if hit {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the page cache never served a page"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    // Another API process (here: plain SQL on its own connection) writes the database.
    sqlx::query("insert into issues (id, store_id, title, priority, created_by) values ($1, $2, 'elsewhere', 'low', $3)")
        .bind(Uuid::now_v7()).bind(w.store_a).bind(app.admin_id).execute(&app.db).await.unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if total(&app.get("/api/issues", &app.admin).await.expect(200)) == 1 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the cached page never saw the other process's write"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

#[tokio::test]
async fn pages_are_never_shared_between_callers_who_see_different_things() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    app.issue(&w.manager_a.1, w.store_a, "in A").await;
    app.issue(&w.manager_b.1, w.store_b, "in B").await;
    for _ in 0..2 {
        assert_eq!(
            total(&app.get("/api/issues", &app.admin).await.expect(200)),
            2
        );
        let a = app.get("/api/issues", &w.manager_a.1).await.expect(200);
        assert_eq!(a["items"][0]["title"], "in A");
        assert_eq!(total(&a), 1);
        let b = app.get("/api/issues", &w.engineer_b.1).await.expect(200);
        assert_eq!(b["items"][0]["title"], "in B");
        assert_eq!(total(&b), 1);
    }
}

#[tokio::test]
async fn a_cached_issue_is_still_checked_for_access_and_never_stale() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let i = app.issue(&w.engineer_a.1, w.store_a, "cached detail").await;
    let path = format!("/api/issues/{}", i["id"].as_str().unwrap());
    // Warm the cache as the admin until a hit is served.
    wait_until_caches_are_live(&app, &path, &app.admin).await;
    // Someone from another store asks for the cached issue: still refused.
    let r = app.get(&path, &w.engineer_b.1).await;
    assert_eq!(
        r.headers
            .get("x-storedesk-cache")
            .map(|v| v.to_str().unwrap()),
        None
    );
    r.problem(404, "not_found");
    // A change is visible at the next read.
    app.post(
        &format!("{path}/status"),
        &w.engineer_a.1,
        serde_json::json!({"status": "in_progress"}),
    )
    .await
    .expect(200);
    assert_eq!(
        app.get(&path, &app.admin).await.expect(200)["status"],
        "in_progress"
    );
}

/// Asks for `path` until the page cache answers: from then on the commit watcher is connected,
/// so the actor cache is live too.
async fn wait_until_caches_are_live(app: &TestApp, path: &str, token: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let r = app.get(path, token).await;
        if r.headers
            .get("x-storedesk-cache")
            .is_some_and(|v| v == "hit")
        {
            return;
        }
        r.expect(200);
        assert!(Instant::now() < deadline, "the caches never went live");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// Polls `path` as `token` until it answers `status`, within a deadline.
async fn wait_for_status(app: &TestApp, path: &str, token: &str, status: u16, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if app.get(path, token).await.status.as_u16() == status {
            return;
        }
        assert!(Instant::now() < deadline, "{what}: never got {status}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

#[tokio::test]
async fn access_taken_away_by_another_process_ends_within_the_watch_interval() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let i = app.issue(&w.engineer_a.1, w.store_a, "in A").await;
    let path = format!("/api/issues/{}", i["id"].as_str().unwrap());
    wait_until_caches_are_live(&app, &path, &w.engineer_a.1).await;
    // Both callers are now known to this process (their actors cached).
    app.get(&path, &w.engineer_a.1).await.expect(200);
    app.get("/api/me", &w.manager_a.1).await.expect(200);

    // Another process (plain SQL here) takes the engineer off the store and disables the manager.
    sqlx::query("delete from store_engineers where user_id = $1")
        .bind(w.engineer_a.0)
        .execute(&app.db)
        .await
        .unwrap();
    wait_for_status(&app, &path, &w.engineer_a.1, 404, "engineer off the store").await;
    sqlx::query("update users set active = false where id = $1")
        .bind(w.manager_a.0)
        .execute(&app.db)
        .await
        .unwrap();
    wait_for_status(&app, "/api/me", &w.manager_a.1, 401, "disabled manager").await;
    // Untouched callers keep working.
    app.get(&path, &w.engineer_b.1)
        .await
        .problem(404, "not_found");
    app.get("/api/me", &w.manager_b.1).await.expect(200);
}

#[tokio::test]
async fn access_changed_through_the_api_applies_to_the_very_next_request() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let i = app.issue(&w.manager_b.1, w.store_b, "in B").await;
    let path = format!("/api/issues/{}", i["id"].as_str().unwrap());
    wait_until_caches_are_live(&app, &path, &app.admin).await;
    app.get(&path, &w.engineer_a.1)
        .await
        .problem(404, "not_found");
    app.get("/api/me", &w.engineer_b.1).await.expect(200);

    // No waiting: the admin's write has returned, so it holds for the next request.
    app.patch(
        &format!("/api/stores/{}", w.store_b),
        &app.admin,
        serde_json::json!({"engineer_ids": [w.engineer_a.0]}),
    )
    .await
    .expect(200);
    app.get(&path, &w.engineer_a.1).await.expect(200);
    app.get(&path, &w.engineer_b.1)
        .await
        .problem(404, "not_found");
    app.patch(
        &format!("/api/users/{}", w.engineer_a.0),
        &app.admin,
        serde_json::json!({"active": false}),
    )
    .await
    .expect(200);
    app.get(&path, &w.engineer_a.1)
        .await
        .problem(401, "unauthorized");
}
