//! Every invalid input gets its documented 4xx as problem+json, and the database is unchanged.

use crate::harness::{TestApp, World};
use reqwest::Method;
use serde_json::json;
use uuid::Uuid;

struct Case {
    name: &'static str,
    method: Method,
    path: String,
    content_type: Option<&'static str>,
    body: Vec<u8>,
    status: u16,
    code: &'static str,
    field: Option<&'static str>,
}

fn case(
    name: &'static str,
    method: Method,
    path: impl Into<String>,
    body: impl Into<Vec<u8>>,
    status: u16,
    code: &'static str,
    field: Option<&'static str>,
) -> Case {
    let body = body.into();
    Case {
        name,
        method,
        path: path.into(),
        content_type: (!body.is_empty()).then_some("application/json"),
        body,
        status,
        code,
        field,
    }
}

fn j(v: serde_json::Value) -> Vec<u8> {
    serde_json::to_vec(&v).unwrap()
}

#[tokio::test]
async fn invalid_input_is_refused_and_changes_nothing() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let issue = app.issue(&w.engineer_a.1, w.store_a, "Existing").await;
    let iid = issue["id"].as_str().unwrap().to_owned();
    let s = w.store_a;
    let ok_issue = |extra: serde_json::Value| {
        let mut base = json!({"store_id": s, "title": "Valid", "priority": "low"});
        for (k, v) in extra.as_object().unwrap() {
            if v.is_null() {
                base.as_object_mut().unwrap().remove(k);
            } else {
                base[k] = v.clone();
            }
        }
        j(base)
    };
    use Method as M;
    let mut cases = vec![
        case(
            "truncated JSON",
            M::POST,
            "/api/issues",
            b"{\"title\":".to_vec(),
            400,
            "malformed_json",
            None,
        ),
        case(
            "not JSON at all",
            M::POST,
            "/api/issues",
            b"title=x".to_vec(),
            400,
            "malformed_json",
            None,
        ),
        case(
            "invalid UTF-8",
            M::POST,
            "/api/issues",
            vec![b'{', b'"', 0xff, 0xfe, b'"', b'}'],
            400,
            "malformed_json",
            None,
        ),
        case(
            "array instead of object",
            M::POST,
            "/api/issues",
            j(json!([1, 2])),
            422,
            "validation_failed",
            None,
        ),
        case(
            "wrong type",
            M::POST,
            "/api/issues",
            ok_issue(json!({"priority": 5})),
            422,
            "validation_failed",
            Some("priority"),
        ),
        case(
            "unknown enum value",
            M::POST,
            "/api/issues",
            ok_issue(json!({"priority": "urgent"})),
            422,
            "validation_failed",
            Some("priority"),
        ),
        case(
            "unknown field",
            M::POST,
            "/api/issues",
            ok_issue(json!({"colour": "red"})),
            422,
            "validation_failed",
            None,
        ),
        case(
            "missing title",
            M::POST,
            "/api/issues",
            ok_issue(json!({"title": null})),
            422,
            "validation_failed",
            None,
        ),
        case(
            "blank title",
            M::POST,
            "/api/issues",
            ok_issue(json!({"title": "   "})),
            422,
            "validation_failed",
            Some("title"),
        ),
        case(
            "too long title",
            M::POST,
            "/api/issues",
            ok_issue(json!({"title": "x".repeat(201)})),
            422,
            "validation_failed",
            Some("title"),
        ),
        case(
            "header injection in title",
            M::POST,
            "/api/issues",
            ok_issue(json!({"title": "a\r\nBcc: evil@example.com"})),
            422,
            "validation_failed",
            Some("title"),
        ),
        case(
            "too long description",
            M::POST,
            "/api/issues",
            ok_issue(json!({"description": "d".repeat(20_001)})),
            422,
            "validation_failed",
            Some("description"),
        ),
        case(
            "bad store uuid",
            M::POST,
            "/api/issues",
            ok_issue(json!({"store_id": "not-a-uuid"})),
            422,
            "validation_failed",
            Some("store_id"),
        ),
        case(
            "unknown store",
            M::POST,
            "/api/issues",
            ok_issue(json!({"store_id": Uuid::now_v7()})),
            409,
            "conflict",
            Some("store_id"),
        ),
        case(
            "oversize body",
            M::POST,
            "/api/issues",
            ok_issue(json!({"description": "d".repeat(2 * 1024 * 1024)})),
            413,
            "payload_too_large",
            None,
        ),
        case(
            "bad uuid in path",
            M::PATCH,
            "/api/comments/not-a-uuid",
            j(json!({"body": "x"})),
            400,
            "bad_query",
            None,
        ),
        case(
            "bad issue key",
            M::GET,
            "/api/issues/FOO-12",
            vec![],
            400,
            "bad_query",
            Some("id"),
        ),
        case(
            "issue zero",
            M::GET,
            "/api/issues/STORE-0",
            vec![],
            400,
            "bad_query",
            Some("id"),
        ),
        case(
            "unknown issue",
            M::GET,
            format!("/api/issues/{}", Uuid::now_v7()),
            vec![],
            404,
            "not_found",
            None,
        ),
        case(
            "per_page 0",
            M::GET,
            "/api/issues?per_page=0",
            vec![],
            400,
            "bad_query",
            Some("per_page"),
        ),
        case(
            "per_page 101",
            M::GET,
            "/api/issues?per_page=101",
            vec![],
            400,
            "bad_query",
            Some("per_page"),
        ),
        case(
            "page negative",
            M::GET,
            "/api/issues?page=-1",
            vec![],
            400,
            "bad_query",
            Some("page"),
        ),
        case(
            "page not a number",
            M::GET,
            "/api/issues?page=abc",
            vec![],
            400,
            "bad_query",
            Some("page"),
        ),
        case(
            "sort injection",
            M::GET,
            "/api/issues?sort=title;drop%20table%20issues",
            vec![],
            400,
            "bad_query",
            Some("sort"),
        ),
        case(
            "unknown parameter",
            M::GET,
            "/api/issues?colour=red",
            vec![],
            400,
            "bad_query",
            None,
        ),
        case(
            "bad status filter",
            M::GET,
            "/api/issues?status=done",
            vec![],
            400,
            "bad_query",
            Some("status"),
        ),
        case(
            "bad assignee filter",
            M::GET,
            "/api/issues?assignee=bob",
            vec![],
            400,
            "bad_query",
            Some("assignee"),
        ),
        case(
            "bad date filter",
            M::GET,
            "/api/issues?created_after=yesterday",
            vec![],
            400,
            "bad_query",
            Some("created_after"),
        ),
        case(
            "too long search",
            M::GET,
            format!("/api/issues?q={}", "a".repeat(201)),
            vec![],
            400,
            "bad_query",
            Some("q"),
        ),
        case(
            "bad status change",
            M::POST,
            format!("/api/issues/{iid}/status"),
            j(json!({"status": "done"})),
            422,
            "validation_failed",
            Some("status"),
        ),
        case(
            "empty patch",
            M::PATCH,
            format!("/api/issues/{iid}"),
            j(json!({})),
            422,
            "validation_failed",
            None,
        ),
        case(
            "blank comment",
            M::POST,
            format!("/api/issues/{iid}/comments"),
            j(json!({"body": " \n "})),
            422,
            "validation_failed",
            Some("body"),
        ),
        case(
            "bad resolution date",
            M::POST,
            format!("/api/issues/{iid}/resolutions"),
            j(json!({"vendor": "RSNL", "vendor_ticket_id": "1", "acknowledged_at": "tuesday"})),
            422,
            "validation_failed",
            Some("acknowledged_at"),
        ),
        case(
            "resolution before ack",
            M::POST,
            format!("/api/issues/{iid}/resolutions"),
            j(
                json!({"vendor": "RSNL", "vendor_ticket_id": "1", "acknowledged_at": "2026-01-02T00:00:00Z", "resolution_date": "2026-01-01T00:00:00Z"}),
            ),
            422,
            "validation_failed",
            Some("resolution_date"),
        ),
        case(
            "bad email",
            M::POST,
            "/api/users",
            j(
                json!({"username": "newbie", "email": "nope", "display_name": "N", "role": "engineer", "password": "long enough pw"}),
            ),
            422,
            "validation_failed",
            Some("email"),
        ),
        case(
            "bad role",
            M::POST,
            "/api/users",
            j(
                json!({"username": "newbie", "email": "n@example.com", "display_name": "N", "role": "boss", "password": "long enough pw"}),
            ),
            422,
            "validation_failed",
            Some("role"),
        ),
        case(
            "weak password",
            M::POST,
            "/api/users",
            j(
                json!({"username": "newbie", "email": "n@example.com", "display_name": "N", "role": "engineer", "password": "123"}),
            ),
            422,
            "validation_failed",
            Some("password"),
        ),
        case(
            "latitude out of range",
            M::POST,
            "/api/stores",
            j(
                json!({"code": "NEW-1", "name": "N", "location": {"address": "", "latitude": 91, "longitude": 0}}),
            ),
            422,
            "validation_failed",
            Some("location.latitude"),
        ),
        case(
            "bad store code",
            M::POST,
            "/api/stores",
            j(json!({"code": "new one", "name": "N"})),
            422,
            "validation_failed",
            Some("code"),
        ),
        case(
            "push too many",
            M::POST,
            "/api/sync/push",
            j(
                json!({"mutations": (0..101).map(|_| json!({"idempotency_key": Uuid::new_v4(), "op": {"type": "delete_comment", "id": Uuid::now_v7()}})).collect::<Vec<_>>()}),
            ),
            422,
            "validation_failed",
            Some("mutations"),
        ),
        case(
            "push unknown op",
            M::POST,
            "/api/sync/push",
            j(
                json!({"mutations": [{"idempotency_key": Uuid::new_v4(), "op": {"type": "drop_tables"}}]}),
            ),
            422,
            "validation_failed",
            None,
        ),
        case(
            "feed bad cursor",
            M::GET,
            "/api/sync/changes?since=abc",
            vec![],
            400,
            "bad_query",
            Some("since"),
        ),
        case(
            "feed bad limit",
            M::GET,
            "/api/sync/changes?limit=100000",
            vec![],
            400,
            "bad_query",
            Some("limit"),
        ),
        case(
            "login wrong type",
            M::POST,
            "/api/auth/login",
            j(json!({"login": 1, "password": "x"})),
            422,
            "validation_failed",
            Some("login"),
        ),
    ];
    let mut no_type = case(
        "no content type",
        M::POST,
        "/api/issues",
        ok_issue(json!({})),
        415,
        "unsupported_media_type",
        None,
    );
    no_type.content_type = None;
    cases.push(no_type);

    let before = app.snapshot().await;
    for c in cases {
        let mut req = app
            .http
            .request(c.method.clone(), app.url(&c.path))
            .bearer_auth(&app.admin);
        if let Some(ct) = c.content_type {
            req = req.header("content-type", ct);
        }
        if !c.body.is_empty() {
            req = req.body(c.body.clone());
        }
        let res = TestApp::read(req.send().await.unwrap()).await;
        assert_eq!(res.status.as_u16(), c.status, "{}: {}", c.name, res.body);
        assert_eq!(
            res.headers.get("content-type").unwrap(),
            "application/problem+json",
            "{}",
            c.name
        );
        assert_eq!(res.body["code"], c.code, "{}: {}", c.name, res.body);
        assert!(
            res.body["detail"].as_str().is_some_and(|d| !d.is_empty()),
            "{}",
            c.name
        );
        if let Some(f) = c.field {
            let fields: Vec<&str> = res.body["errors"]
                .as_array()
                .map(|a| a.iter().filter_map(|e| e["field"].as_str()).collect())
                .unwrap_or_default();
            assert!(
                fields.iter().any(|x| x.starts_with(f)),
                "{}: field {f} not named in {}",
                c.name,
                res.body
            );
        }
        assert_eq!(
            app.snapshot().await,
            before,
            "{} changed the database",
            c.name
        );
    }
}

#[tokio::test]
async fn no_request_can_make_the_server_answer_500() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    // A spray of odd paths and bodies; none may produce a 5xx.
    let paths = [
        "/api/issues/%00",
        "/api/issues/STORE-99999999999999999999",
        "/api/stores/%ZZ",
        "/api/users/00000000-0000-0000-0000-000000000000",
        "/api/issues?q=%27%3B--",
        "/api/issues?q=%26%7C%21",
        "/api/issues?store_id=",
        "/api/sync/changes?since=-1.-1",
        "/api/sync/changes?since=99999999999999999999.1",
    ];
    for p in paths {
        let r = app.send(Method::GET, p, Some(&app.admin), None).await;
        assert!(r.status.as_u16() < 500, "{p}: {} {}", r.status, r.body);
    }
    let bodies = [
        json!(null),
        json!("str"),
        json!({"title": null}),
        json!({"store_id": w.store_a, "title": "x", "priority": "low", "assigned_to": Uuid::now_v7()}),
    ];
    for b in bodies {
        let r = app.post("/api/issues", &app.admin, b.clone()).await;
        assert!(
            r.status.as_u16() < 500 && r.status.as_u16() >= 400,
            "{b}: {} {}",
            r.status,
            r.body
        );
    }
}
