use crate::harness::{TestApp, PASSWORD};
use reqwest::Method;
use serde_json::json;

#[tokio::test]
async fn login_by_username_or_email_and_me() {
    let app = TestApp::spawn().await;
    let (id, _) = app.user("alice", "engineer").await;
    for login in ["alice", "ALICE@example.com"] {
        let t = app.login(login, PASSWORD).await.expect(200);
        assert_eq!(t["token_type"], "Bearer");
        assert_eq!(t["expires_in"], 900);
        let me = app
            .get("/api/me", t["access_token"].as_str().unwrap())
            .await
            .expect(200);
        assert_eq!(me["id"], id.to_string());
        assert_eq!(me["role"], "engineer");
    }
    app.login("alice", "wrong password!")
        .await
        .problem(401, "invalid_credentials");
    app.login("nobody", PASSWORD)
        .await
        .problem(401, "invalid_credentials");
    app.send(Method::GET, "/api/me", None, None)
        .await
        .problem(401, "unauthorized");
    app.send(Method::GET, "/api/me", Some("not.a.jwt"), None)
        .await
        .problem(401, "unauthorized");
}

async fn refresh(app: &TestApp, token: &str) -> crate::harness::Resp {
    app.send(
        Method::POST,
        "/api/auth/refresh",
        None,
        Some(json!({"refresh_token": token})),
    )
    .await
}

#[tokio::test]
async fn refresh_rotates_and_reuse_after_the_grace_window_revokes_the_family() {
    let app = TestApp::spawn().await;
    app.user("bob", "engineer").await;
    let first = app.login("bob", PASSWORD).await.expect(200);
    let r1 = first["refresh_token"].as_str().unwrap();
    let second = refresh(&app, r1).await.expect(200);
    let r2 = second["refresh_token"].as_str().unwrap().to_owned();
    assert_ne!(r1, r2);
    app.get("/api/me", second["access_token"].as_str().unwrap())
        .await
        .expect(200);
    // The old token again, long after its use: theft. Refused, and the newer one dies with it.
    sqlx::query(
        "update refresh_tokens set used_at = now() - interval '1 hour' where used_at is not null",
    )
    .execute(&app.db)
    .await
    .unwrap();
    refresh(&app, r1).await.problem(401, "token_reused");
    refresh(&app, &r2).await.problem(401, "unauthorized");
}

#[tokio::test]
async fn a_refresh_reply_lost_in_transit_costs_nothing_within_the_grace_window() {
    let app = TestApp::spawn().await;
    app.user("bob", "engineer").await;
    let r1 = app.login("bob", PASSWORD).await.expect(200)["refresh_token"]
        .as_str()
        .unwrap()
        .to_owned();
    // The server rotates r1 -> r2, but the reply never reaches the client ...
    let lost = refresh(&app, &r1).await.expect(200)["refresh_token"]
        .as_str()
        .unwrap()
        .to_owned();
    // ... which retries with r1 and gets a working session in the same family.
    let retried = refresh(&app, &r1).await.expect(200);
    let r3 = retried["refresh_token"].as_str().unwrap().to_owned();
    assert_ne!(r3, lost);
    app.get("/api/me", retried["access_token"].as_str().unwrap())
        .await
        .expect(200);
    // The lost successor is void (the retry replaced it), without revoking the session.
    refresh(&app, &lost).await.problem(401, "unauthorized");
    let r4 = refresh(&app, &r3).await.expect(200)["refresh_token"]
        .as_str()
        .unwrap()
        .to_owned();
    // r1's successor r3 has been used, so the client did get it: r1 again is reuse, even within
    // the window, and ends the session.
    refresh(&app, &r1).await.problem(401, "token_reused");
    refresh(&app, &r4).await.problem(401, "unauthorized");
    // r1's family is the only one that ever rotated; none of its tokens is left alive.
    let alive: i64 = sqlx::query_scalar(
        "select count(*) from refresh_tokens where revoked_at is null
         and family_id in (select family_id from refresh_tokens where parent_id is not null)",
    )
    .fetch_one(&app.db)
    .await
    .unwrap();
    assert_eq!(alive, 0, "the reuse revoked the whole family");
}

#[tokio::test]
async fn logout_revokes_the_session() {
    let app = TestApp::spawn().await;
    app.user("carol", "engineer").await;
    let t = app.login("carol", PASSWORD).await.expect(200);
    let r = t["refresh_token"].as_str().unwrap();
    app.send(
        Method::POST,
        "/api/auth/logout",
        None,
        Some(json!({"refresh_token": r})),
    )
    .await
    .expect(204);
    app.send(
        Method::POST,
        "/api/auth/refresh",
        None,
        Some(json!({"refresh_token": r})),
    )
    .await
    .problem(401, "unauthorized");
}

#[tokio::test]
async fn failed_logins_are_throttled_per_account() {
    let app = TestApp::spawn().await;
    app.user("dave", "engineer").await;
    for _ in 0..5 {
        app.login("dave", "wrong password!")
            .await
            .problem(401, "invalid_credentials");
    }
    let res = app.login("dave", PASSWORD).await;
    let retry: u64 = res
        .headers
        .get("retry-after")
        .unwrap()
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=15 * 60).contains(&retry));
    res.problem(429, "rate_limited");
    // Another account from the same address is not locked by dave's failures.
    app.user("erin", "engineer").await;
    app.login("erin", PASSWORD).await.expect(200);
}

#[tokio::test]
async fn deactivated_users_cannot_log_in_and_their_tokens_stop() {
    let app = TestApp::spawn().await;
    let (id, token) = app.user("frank", "engineer").await;
    let refresh = app.login("frank", PASSWORD).await.expect(200)["refresh_token"]
        .as_str()
        .unwrap()
        .to_owned();
    app.patch(
        &format!("/api/users/{id}"),
        &app.admin,
        json!({"active": false}),
    )
    .await
    .expect(200);
    app.get("/api/me", &token)
        .await
        .problem(401, "unauthorized");
    app.login("frank", PASSWORD)
        .await
        .problem(401, "invalid_credentials");
    app.send(
        Method::POST,
        "/api/auth/refresh",
        None,
        Some(json!({"refresh_token": refresh})),
    )
    .await
    .problem(401, "unauthorized");
}

#[tokio::test]
async fn password_reset_ends_sessions_and_sets_the_new_password() {
    let app = TestApp::spawn().await;
    let (id, token) = app.user("gina", "engineer").await;
    app.put(
        &format!("/api/users/{id}/password"),
        &app.admin,
        json!({"password": "short"}),
    )
    .await
    .problem(422, "validation_failed");
    app.put(
        &format!("/api/users/{id}/password"),
        &app.admin,
        json!({"password": "a much longer secret"}),
    )
    .await
    .expect(204);
    app.get("/api/me", &token)
        .await
        .problem(401, "unauthorized");
    app.login("gina", PASSWORD)
        .await
        .problem(401, "invalid_credentials");
    app.login("gina", "a much longer secret").await.expect(200);
}

#[tokio::test]
async fn passwords_are_stored_as_argon2id() {
    let app = TestApp::spawn().await;
    app.user("hank", "engineer").await;
    let h: String = sqlx::query_scalar("select password_hash from users where username = 'hank'")
        .fetch_one(&app.db)
        .await
        .unwrap();
    assert!(h.starts_with("$argon2id$"), "{h}");
    assert!(!h.contains(PASSWORD));
}
