//! One error shape everywhere: what the HTTP layer refuses (a method, a path that is not UTF-8,
//! an oversized head) is problem+json too; strict JSON (a key twice, unknown fields); text
//! PostgreSQL cannot store is a 422 on its field, and no string input produces a 500.

use crate::harness::{TestApp, World};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;
use reqwest::Method;
use serde_json::json;

async fn raw(req: reqwest::RequestBuilder) -> crate::harness::Resp {
    TestApp::read(req.send().await.unwrap()).await
}

#[tokio::test]
async fn the_http_layer_answers_in_problem_json() {
    let app = TestApp::spawn().await;
    // 405 keeps its Allow header.
    let r = raw(app.http.put(app.url("/api/issues")).bearer_auth(&app.admin)).await;
    let allow = r.headers["allow"].to_str().unwrap().to_owned();
    assert!(allow.contains("GET") && allow.contains("POST"), "{allow}");
    r.problem(405, "method_not_allowed");
    // A path whose percent-encoding is not UTF-8.
    raw(app
        .http
        .get(app.url("/api/users/%FF%FE"))
        .bearer_auth(&app.admin))
    .await
    .problem(400, "bad_query");
    // A 9 KiB request target.
    let long = format!("/api/issues?q={}", "a".repeat(9 * 1024));
    raw(app.http.get(app.url(&long)).bearer_auth(&app.admin))
        .await
        .problem(414, "uri_too_long");
    // 80 header fields (our limit is 64; hyper's own, 100).
    let mut req = app.http.get(app.url("/api/me")).bearer_auth(&app.admin);
    for i in 0..80 {
        req = req.header(format!("x-filler-{i}"), "1");
    }
    raw(req).await.problem(431, "headers_too_large");
    // 40 KiB in one header value.
    let req = app
        .http
        .get(app.url("/api/me"))
        .bearer_auth(&app.admin)
        .header("x-big", "v".repeat(40 * 1024));
    raw(req).await.problem(431, "headers_too_large");
    // An unknown route.
    raw(app.http.get(app.url("/api/nothing-here")))
        .await
        .problem(404, "not_found");
}

#[tokio::test]
async fn json_is_strict() {
    let app = TestApp::spawn().await;
    let login = |body: &'static str| {
        app.http
            .post(app.url("/api/auth/login"))
            .header("content-type", "application/json")
            .body(body)
    };
    let p = raw(login(
        r#"{"login": "root", "login": "x", "password": "correct horse battery"}"#,
    ))
    .await
    .problem(400, "malformed_json");
    assert!(
        p["detail"]
            .as_str()
            .unwrap()
            .contains("`login` appears twice"),
        "{p}"
    );
    let p = raw(login(
        r#"{"username": "root", "password": "correct horse battery"}"#,
    ))
    .await
    .problem(422, "validation_failed");
    assert_eq!(p["errors"][0]["field"], "username", "{p}");
    let p = raw(login(r#"{"login": "ro\u0000ot", "password": "x"}"#))
        .await
        .problem(422, "validation_failed");
    assert_eq!(p["errors"][0]["field"], "login", "{p}");
}

#[tokio::test]
async fn unstorable_text_is_refused_on_its_field_everywhere() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let before = app.snapshot().await;
    let post = |body: &'static str| {
        app.http
            .post(app.url("/api/issues"))
            .bearer_auth(&app.admin)
            .header("content-type", "application/json")
            .body(body.replace("STORE", &w.store_a.to_string()))
    };
    for (body, field) in [
        (
            r#"{"store_id": "STORE", "title": "a\u0000b", "priority": "low"}"#,
            "title",
        ),
        (
            r#"{"store_id": "STORE", "title": "ok", "description": "x\u0000", "priority": "low"}"#,
            "description",
        ),
        (
            r#"{"store_id": "STORE", "title": "\ud800", "priority": "low"}"#,
            "title",
        ),
        (
            r#"{"store_id": "STORE", "title": "x\udc00y", "priority": "low"}"#,
            "title",
        ),
    ] {
        let p = raw(post(body)).await.problem(422, "validation_failed");
        assert_eq!(p["errors"][0]["field"], field, "{body}: {p}");
    }
    let p = app
        .get("/api/issues?q=printer%00", &app.admin)
        .await
        .problem(422, "validation_failed");
    assert_eq!(p["errors"][0]["field"], "q");
    assert_eq!(app.snapshot().await, before, "nothing was written");
}

/// Any string, in the places strings reach PostgreSQL, gives a 2xx or a 4xx: never a 500.
#[tokio::test]
async fn no_string_input_produces_a_server_error() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let mut runner = TestRunner::deterministic();
    // Anything, and strings dense in controls, NUL, non-characters and percent signs.
    let strings = proptest::string::string_regex("(?s).{0,24}")
        .unwrap()
        .boxed()
        .prop_union(
            proptest::string::string_regex(
                "[\\x00-\\x1f\\u{7f}-\\u{9f}\\u{fffe}\\u{10ffff} a%]{0,12}",
            )
            .unwrap()
            .boxed(),
        );
    for _ in 0..150 {
        let s = strings.new_tree(&mut runner).unwrap().current();
        let checks = [
            app.send(
                Method::GET,
                &format!("/api/issues?q={}", urlencode(&s)),
                Some(&app.admin),
                None,
            )
            .await,
            app.send(
                Method::POST,
                "/api/auth/login",
                None,
                Some(json!({"login": s, "password": s})),
            )
            .await,
            app.send(
                Method::POST,
                "/api/issues",
                Some(&app.admin),
                Some(
                    json!({"store_id": w.store_a, "title": s, "description": s, "priority": "low"}),
                ),
            )
            .await,
            app.send(
                Method::POST,
                "/api/stores",
                Some(&app.admin),
                Some(json!({"code": s, "name": s})),
            )
            .await,
            app.send(
                Method::GET,
                &format!("/api/issues/{}", urlencode(&s)),
                Some(&app.admin),
                None,
            )
            .await,
        ];
        for r in checks {
            let status = r.status.as_u16();
            // (Failed logins are throttled after 50: a 429 is an answer too.)
            assert!(status < 500, "{s:?} gave {status}: {}", r.body);
        }
    }
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}
