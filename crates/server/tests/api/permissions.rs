//! The permission matrix: role x own/other store x action, for reads, writes, the change feed and
//! the push. Every cell states the outcome it expects.

use crate::harness::{TestApp, World};
use serde_json::json;
use uuid::Uuid;

#[derive(Debug, Clone, Copy)]
enum Action {
    List,
    Read,
    Create,
    Edit,
    Status,
    Comment,
    Resolution,
    AssignSelf,
    AssignOther,
    Feed,
    PushCreate,
    PushComment,
    MessageStore,
}

const ALL: [Action; 13] = [
    Action::List,
    Action::Read,
    Action::Create,
    Action::Edit,
    Action::Status,
    Action::Comment,
    Action::Resolution,
    Action::AssignSelf,
    Action::AssignOther,
    Action::Feed,
    Action::PushCreate,
    Action::PushComment,
    Action::MessageStore,
];

/// Performs the action on a fresh issue of `store` and returns true when it was allowed
/// (and, for reads, when the issue was actually visible).
async fn attempt(app: &TestApp, w: &World, who: (Uuid, &str), store: Uuid, action: Action) -> bool {
    let (me, token) = who;
    let issue = app.issue(&app.admin, store, "matrix").await;
    let id = issue["id"].as_str().unwrap().to_owned();
    let path = format!("/api/issues/{id}");
    let ok = |s: u16| (200..300).contains(&s);
    match action {
        Action::List => {
            let page = app
                .get(&format!("/api/issues?per_page=100&store_id={store}"), token)
                .await
                .expect(200);
            page["items"]
                .as_array()
                .unwrap()
                .iter()
                .any(|i| i["id"] == id.as_str())
        }
        Action::Read => ok(app.get(&path, token).await.status.as_u16()),
        Action::Create => ok(app
            .post(
                "/api/issues",
                token,
                json!({"store_id": store, "title": "x", "priority": "low"}),
            )
            .await
            .status
            .as_u16()),
        Action::Edit => ok(app
            .patch(&path, token, json!({"title": "edited"}))
            .await
            .status
            .as_u16()),
        Action::Status => ok(app
            .post(
                &format!("{path}/status"),
                token,
                json!({"status": "in_progress"}),
            )
            .await
            .status
            .as_u16()),
        Action::Comment => ok(app
            .post(&format!("{path}/comments"), token, json!({"body": "hi"}))
            .await
            .status
            .as_u16()),
        Action::Resolution => ok(app
            .post(
                &format!("{path}/resolutions"),
                token,
                json!({"vendor": "RSNL", "vendor_ticket_id": "T-1"}),
            )
            .await
            .status
            .as_u16()),
        Action::AssignSelf => ok(app
            .put(
                &format!("{path}/assignee"),
                token,
                json!({"assignee_id": me}),
            )
            .await
            .status
            .as_u16()),
        Action::AssignOther => {
            let other = if store == w.store_a {
                w.floater.0
            } else {
                w.engineer_b.0
            };
            ok(app
                .put(
                    &format!("{path}/assignee"),
                    token,
                    json!({"assignee_id": other}),
                )
                .await
                .status
                .as_u16())
        }
        Action::Feed => {
            let (changes, _) = app.pull(token, "0", 500).await;
            changes
                .iter()
                .any(|c| c["id"] == id.as_str() && c["op"] == "upsert")
        }
        Action::PushCreate => {
            let r = app.post("/api/sync/push", token, json!({"mutations": [{"idempotency_key": Uuid::new_v4(),
                "op": {"type": "create_issue", "issue": {"id": Uuid::now_v7(), "store_id": store, "title": "p", "priority": "low"}}}]})).await.expect(200);
            r["results"][0]["outcome"] == "applied"
        }
        Action::PushComment => {
            let r = app.post("/api/sync/push", token, json!({"mutations": [{"idempotency_key": Uuid::new_v4(),
                "op": {"type": "add_comment", "issue_id": id, "id": Uuid::now_v7(), "body": "p"}}]})).await.expect(200);
            r["results"][0]["outcome"] == "applied"
        }
        Action::MessageStore => ok(app
            .post(
                "/api/assignments",
                token,
                json!({"message": "m", "store_id": store}),
            )
            .await
            .status
            .as_u16()),
    }
}

#[tokio::test]
async fn role_by_store_by_action() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let admin = (app.admin_id, app.admin.as_str());
    let manager = (w.manager_a.0, w.manager_a.1.as_str());
    let engineer = (w.engineer_a.0, w.engineer_a.1.as_str());
    use Action::*;
    // (who, store, actions allowed); every other action must be denied.
    type Row<'a> = (&'a str, (Uuid, &'a str), Uuid, Vec<Action>);
    let rows: Vec<Row> = vec![
        ("admin/own", admin, w.store_a, ALL.to_vec()),
        ("admin/other", admin, w.store_b, ALL.to_vec()),
        ("manager/own", manager, w.store_a, ALL.to_vec()),
        ("manager/other", manager, w.store_b, vec![]),
        (
            "engineer/own",
            engineer,
            w.store_a,
            vec![
                List,
                Read,
                Create,
                Edit,
                Status,
                Comment,
                Resolution,
                AssignSelf,
                Feed,
                PushCreate,
                PushComment,
            ],
        ),
        ("engineer/other", engineer, w.store_b, vec![]),
    ];
    let mut failures = Vec::new();
    for (label, who, store, allowed) in &rows {
        for action in ALL {
            let expected = allowed
                .iter()
                .any(|a| std::mem::discriminant(a) == std::mem::discriminant(&action));
            let got = attempt(&app, &w, *who, *store, action).await;
            if got != expected {
                failures.push(format!(
                    "{label} {action:?}: expected allowed={expected}, got {got}"
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "permission matrix mismatches:\n{}",
        failures.join("\n")
    );
}

#[tokio::test]
async fn an_engineer_reaches_an_issue_assigned_to_them_in_another_store() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let i = app.issue(&app.admin, w.store_b, "specialist job").await;
    let path = format!("/api/issues/{}", i["id"].as_str().unwrap());
    app.get(&path, &w.floater.1).await.problem(404, "not_found");
    app.put(
        &format!("{path}/assignee"),
        &app.admin,
        json!({"assignee_id": w.floater.0}),
    )
    .await
    .expect(200);
    app.get(&path, &w.floater.1).await.expect(200);
    app.post(
        &format!("{path}/comments"),
        &w.floater.1,
        json!({"body": "on it"}),
    )
    .await
    .expect(201);
    app.post(
        &format!("{path}/status"),
        &w.floater.1,
        json!({"status": "in_progress"}),
    )
    .await
    .expect(200);
    // ...but not the store: no new issues there, no reassigning to others.
    app.post(
        "/api/issues",
        &w.floater.1,
        json!({"store_id": w.store_b, "title": "x", "priority": "low"}),
    )
    .await
    .problem(403, "forbidden");
    app.put(
        &format!("{path}/assignee"),
        &w.floater.1,
        json!({"assignee_id": w.engineer_b.0}),
    )
    .await
    .problem(403, "forbidden");
    // Handing it back is allowed.
    app.put(
        &format!("{path}/assignee"),
        &w.floater.1,
        json!({"assignee_id": null}),
    )
    .await
    .expect(200);
    app.get(&path, &w.floater.1).await.problem(404, "not_found");
}

#[tokio::test]
async fn administration_is_for_admins_only() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    for token in [&w.manager_a.1, &w.engineer_a.1] {
        app.get("/api/users", token).await.problem(403, "forbidden");
        app.post("/api/users", token, json!({"username": "zed", "email": "z@example.com", "display_name": "Z", "role": "admin", "password": "long enough pw"})).await.problem(403, "forbidden");
        app.patch(
            &format!("/api/users/{}", w.engineer_b.0),
            token,
            json!({"active": false}),
        )
        .await
        .problem(403, "forbidden");
        app.put(
            &format!("/api/users/{}/password", w.engineer_b.0),
            token,
            json!({"password": "long enough pw"}),
        )
        .await
        .problem(403, "forbidden");
        app.post("/api/stores", token, json!({"code": "ZZ", "name": "Z"}))
            .await
            .problem(403, "forbidden");
        app.patch(
            &format!("/api/stores/{}", w.store_a),
            token,
            json!({"name": "mine now"}),
        )
        .await
        .problem(403, "forbidden");
        app.get(&format!("/api/users/{}", w.engineer_b.0), token)
            .await
            .problem(403, "forbidden");
    }
    app.get(&format!("/api/stores/{}", w.store_b), &w.manager_a.1)
        .await
        .problem(404, "not_found");
}
