//! The database goes away under the server's feet and comes back: requests fail fast with 503
//! problem+json and Retry-After while it is gone, /readyz says so at once, and the server
//! recovers by itself. The outage is a TCP proxy this test owns between the server and
//! PostgreSQL (the shared PostgreSQL is never stopped).

use crate::harness::{Proxy, TestApp};
use std::time::{Duration, Instant};

async fn wait_for_readyz(app: &TestApp, status: u16) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let r = app.http.get(app.url("/readyz")).send().await.unwrap();
        if r.status().as_u16() == status {
            return;
        }
        assert!(Instant::now() < deadline, "/readyz never said {status}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn requests_fail_fast_while_the_database_is_away_and_recover_without_help() {
    let proxy = Proxy::start("127.0.0.1:5432".parse().unwrap()).await;
    let app = TestApp::spawn_via(Some(proxy.addr)).await;
    app.get("/api/issues", &app.admin).await.expect(200);

    proxy.set(false);
    wait_for_readyz(&app, 503).await;
    for (path, body) in [
        ("/api/issues", None),
        ("/api/me", None),
        (
            "/api/auth/login",
            Some(serde_json::json!({"login": "root", "password": "x"})),
        ),
    ] {
        let started = Instant::now();
        let method = if body.is_some() {
            reqwest::Method::POST
        } else {
            reqwest::Method::GET
        };
        let token = body.is_none().then_some(app.admin.as_str());
        let r = app.send(method, path, token, body).await;
        let took = started.elapsed();
        assert_eq!(
            r.headers.get("retry-after").map(|v| v.to_str().unwrap()),
            Some("1"),
            "{path}"
        );
        r.problem(503, "unavailable");
        assert!(
            took < Duration::from_millis(500),
            "{path} took {took:?} to fail"
        );
    }
    let started = Instant::now();
    let ready = app.http.get(app.url("/readyz")).send().await.unwrap();
    assert_eq!(ready.status().as_u16(), 503);
    assert!(started.elapsed() < Duration::from_millis(200));
    // Liveness does not depend on the database.
    assert_eq!(
        app.http
            .get(app.url("/healthz"))
            .send()
            .await
            .unwrap()
            .status()
            .as_u16(),
        200
    );

    proxy.set(true);
    wait_for_readyz(&app, 200).await;
    app.get("/api/issues", &app.admin).await.expect(200);
    let w = app
        .post(
            "/api/stores",
            &app.admin,
            serde_json::json!({"code": "UP-1", "name": "Back"}),
        )
        .await;
    assert_eq!(w.status.as_u16(), 201, "{}", w.body);
}
