//! The permission matrix: role x own/other store x action, for reads, writes, the change feed and
//! the push. Every cell states the outcome it expects.

use crate::harness::{TestApp, World};
use serde_json::json;
use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq)]
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

/// What an attempt led to: the exact status of a REST call, whether the issue showed in a list
/// or the feed, or the outcome of a pushed mutation (with the status of its problem).
#[derive(Debug, Clone, PartialEq)]
enum Got {
    Status(u16),
    Shown(bool),
    Pushed(&'static str, Option<u64>),
}

/// What a cell must give: `allowed`, or refused as the policy says: an issue the caller cannot
/// see does not exist for them (404), a store they are not in refuses creation (403), and a
/// visible issue refuses what their role may not do (403).
fn expected(action: Action, allowed: bool, visible: bool) -> Got {
    use Action::*;
    let ok = match action {
        Create | Comment | Resolution | MessageStore => Got::Status(201),
        Read | Edit | Status | AssignSelf | AssignOther => Got::Status(200),
        List | Feed => Got::Shown(true),
        PushCreate | PushComment => Got::Pushed("applied", None),
    };
    if allowed {
        return ok;
    }
    match action {
        List | Feed => Got::Shown(false),
        Create | MessageStore => Got::Status(403),
        PushCreate => Got::Pushed("rejected", Some(403)),
        PushComment => Got::Pushed("rejected", Some(if visible { 403 } else { 404 })),
        _ => Got::Status(if visible { 403 } else { 404 }),
    }
}

/// Performs the action on a fresh issue of `store`.
async fn attempt(app: &TestApp, w: &World, who: (Uuid, &str), store: Uuid, action: Action) -> Got {
    let (me, token) = who;
    let issue = app.issue(&app.admin, store, "matrix").await;
    let id = issue["id"].as_str().unwrap().to_owned();
    let path = format!("/api/issues/{id}");
    let ok = Got::Status;
    let pushed = |r: serde_json::Value| {
        let outcome = match r["results"][0]["outcome"].as_str().unwrap() {
            "applied" => "applied",
            "rejected" => "rejected",
            other => panic!("outcome {other}"),
        };
        Got::Pushed(outcome, r["results"][0]["problem"]["status"].as_u64())
    };
    match action {
        Action::List => {
            let page = app
                .get(&format!("/api/issues?per_page=100&store_id={store}"), token)
                .await
                .expect(200);
            Got::Shown(
                page["items"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|i| i["id"] == id.as_str()),
            )
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
            Got::Shown(
                changes
                    .iter()
                    .any(|c| c["id"] == id.as_str() && c["op"] == "upsert"),
            )
        }
        Action::PushCreate => {
            let r = app.post("/api/sync/push", token, json!({"mutations": [{"idempotency_key": Uuid::new_v4(),
                "op": {"type": "create_issue", "issue": {"id": Uuid::now_v7(), "store_id": store, "title": "p", "priority": "low"}}}]})).await.expect(200);
            pushed(r)
        }
        Action::PushComment => {
            let r = app.post("/api/sync/push", token, json!({"mutations": [{"idempotency_key": Uuid::new_v4(),
                "op": {"type": "add_comment", "issue_id": id, "id": Uuid::now_v7(), "body": "p"}}]})).await.expect(200);
            pushed(r)
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
    // (who, store, the store's issues visible, actions allowed); every other action must be
    // refused with the exact status `expected` gives.
    type Row<'a> = (&'a str, (Uuid, &'a str), Uuid, bool, Vec<Action>);
    let rows: Vec<Row> = vec![
        ("admin/own", admin, w.store_a, true, ALL.to_vec()),
        ("admin/other", admin, w.store_b, true, ALL.to_vec()),
        ("manager/own", manager, w.store_a, true, ALL.to_vec()),
        ("manager/other", manager, w.store_b, false, vec![]),
        (
            "engineer/own",
            engineer,
            w.store_a,
            true,
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
        ("engineer/other", engineer, w.store_b, false, vec![]),
    ];
    let mut failures = Vec::new();
    for (label, who, store, visible, allowed) in &rows {
        for action in ALL {
            let allowed = allowed
                .iter()
                .any(|a| std::mem::discriminant(a) == std::mem::discriminant(&action));
            let want = expected(action, allowed, *visible);
            let got = attempt(&app, &w, *who, *store, action).await;
            if got != want {
                failures.push(format!(
                    "{label} {action:?}: expected {want:?}, got {got:?}"
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
