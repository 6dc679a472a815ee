use crate::harness::TestApp;
use reqwest::Method;

#[tokio::test]
async fn health_and_readiness() {
    let app = TestApp::spawn().await;
    assert_eq!(
        app.send(Method::GET, "/healthz", None, None)
            .await
            .expect(200)["status"],
        "ok"
    );
    assert_eq!(
        app.send(Method::GET, "/readyz", None, None)
            .await
            .expect(200)["status"],
        "ready"
    );
    // Readiness while the database is away: outage.rs.
}

#[tokio::test]
async fn every_route_is_in_the_openapi_document() {
    let app = TestApp::spawn().await;
    let doc = app
        .send(Method::GET, "/api/openapi.json", None, None)
        .await
        .expect(200);
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let paths = doc["paths"].as_object().unwrap();
    let expected = [
        ("/healthz", "get"),
        ("/readyz", "get"),
        ("/api/auth/login", "post"),
        ("/api/auth/refresh", "post"),
        ("/api/auth/logout", "post"),
        ("/api/me", "get"),
        ("/api/users", "get"),
        ("/api/users", "post"),
        ("/api/users/{id}", "get"),
        ("/api/users/{id}", "patch"),
        ("/api/users/{id}/password", "put"),
        ("/api/stores", "get"),
        ("/api/stores", "post"),
        ("/api/stores/{id}", "get"),
        ("/api/stores/{id}", "patch"),
        ("/api/issues", "get"),
        ("/api/issues", "post"),
        ("/api/issues/{key}", "get"),
        ("/api/issues/{key}", "patch"),
        ("/api/issues/{key}/status", "post"),
        ("/api/issues/{key}/assignee", "put"),
        ("/api/issues/{key}/history", "get"),
        ("/api/issues/{key}/comments", "get"),
        ("/api/issues/{key}/comments", "post"),
        ("/api/comments/{id}", "patch"),
        ("/api/comments/{id}", "delete"),
        ("/api/issues/{key}/resolutions", "post"),
        ("/api/resolutions/{id}", "patch"),
        ("/api/assignments", "get"),
        ("/api/assignments", "post"),
        ("/api/assignments/{id}/read", "post"),
        ("/api/sync/changes", "get"),
        ("/api/sync/push", "post"),
        ("/api/sync/live", "get"),
    ];
    for (p, m) in expected {
        assert!(
            paths.get(p).and_then(|o| o.get(m)).is_some(),
            "{m} {p} missing from the OpenAPI document"
        );
    }
    let count: usize = paths.values().map(|o| o.as_object().unwrap().len()).sum();
    assert_eq!(
        count,
        expected.len(),
        "the document has operations this test does not know"
    );
    for schema in [
        "Issue",
        "Problem",
        "ChangeFeed",
        "PushRequest",
        "Resolution",
    ] {
        assert!(
            doc["components"]["schemas"].get(schema).is_some(),
            "schema {schema}"
        );
    }
}

#[tokio::test]
async fn unknown_routes_are_problem_json_and_requests_get_an_id() {
    let app = TestApp::spawn().await;
    let res = app.http.get(app.url("/api/nope")).send().await.unwrap();
    assert!(res.headers().get("x-request-id").is_some());
    TestApp::read(res).await.problem(404, "not_found");
}
