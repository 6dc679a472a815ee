//! Users, stores and messages (assignments).

use crate::harness::{TestApp, World};
use serde_json::json;

#[tokio::test]
async fn admins_manage_users() {
    let app = TestApp::spawn().await;
    let (id, token) = app.user("ivan", "engineer").await;
    let list = app
        .get("/api/users?per_page=1&page=2", &app.admin)
        .await
        .expect(200);
    assert_eq!(list["total"], 2);
    assert_eq!(list["items"].as_array().unwrap().len(), 1);
    assert_eq!(list["items"][0]["username"], "root");
    let dup = app
        .post(
            "/api/users",
            &app.admin,
            json!({"username": "IVAN", "email": "x@example.com", "display_name": "X",
        "role": "engineer", "password": "long enough pw"}),
        )
        .await
        .problem(409, "conflict");
    assert_eq!(dup["errors"][0]["field"], "username");
    let u = app
        .patch(
            &format!("/api/users/{id}"),
            &app.admin,
            json!({"role": "store_manager", "display_name": "Ivan P"}),
        )
        .await
        .expect(200);
    assert_eq!(u["role"], "store_manager");
    assert_eq!(u["display_name"], "Ivan P");
    // A user sees themself but not the list.
    app.get(&format!("/api/users/{id}"), &token)
        .await
        .expect(200);
    app.get("/api/users", &token)
        .await
        .problem(403, "forbidden");
    // An admin cannot lock themselves out.
    app.patch(
        &format!("/api/users/{}", app.admin_id),
        &app.admin,
        json!({"active": false}),
    )
    .await
    .problem(422, "validation_failed");
}

#[tokio::test]
async fn role_change_is_refused_while_the_user_is_in_a_store() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let body = app
        .patch(
            &format!("/api/users/{}", w.engineer_a.0),
            &app.admin,
            json!({"role": "admin"}),
        )
        .await
        .problem(409, "conflict");
    assert_eq!(body["errors"][0]["field"], "role");
}

#[tokio::test]
async fn stores_with_manager_engineers_and_location() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let s = app
        .get(&format!("/api/stores/{}", w.store_a), &app.admin)
        .await
        .expect(200);
    assert_eq!(s["code"], "A-01");
    assert_eq!(s["manager"]["username"], "manager.a");
    assert_eq!(s["engineers"][0]["username"], "engineer.a");
    assert_eq!(s["location"]["latitude"], 51.5);
    let e2 = app.user("engineer.c", "engineer").await;
    let s = app.patch(&format!("/api/stores/{}", w.store_a), &app.admin,
        json!({"name": "Leeds Central", "engineer_ids": [w.engineer_a.0, e2.0], "manager_id": null})).await.expect(200);
    assert_eq!(s["name"], "Leeds Central");
    assert_eq!(s["engineers"].as_array().unwrap().len(), 2);
    assert!(s["manager"].is_null());
    // An engineer as manager, or a manager as engineer, is refused with the field named.
    let p = app
        .patch(
            &format!("/api/stores/{}", w.store_a),
            &app.admin,
            json!({"manager_id": e2.0}),
        )
        .await
        .problem(409, "conflict");
    assert_eq!(p["errors"][0]["field"], "manager_id");
    let p = app
        .patch(
            &format!("/api/stores/{}", w.store_a),
            &app.admin,
            json!({"engineer_ids": [w.manager_b.0]}),
        )
        .await
        .problem(409, "conflict");
    assert_eq!(p["errors"][0]["field"], "engineer_ids[0]");
    // Members list only their stores.
    let mine = app.get("/api/stores", &w.engineer_b.1).await.expect(200);
    assert_eq!(mine.as_array().unwrap().len(), 1);
    assert_eq!(mine[0]["code"], "B-01");
    assert_eq!(
        app.get("/api/stores", &app.admin)
            .await
            .expect(200)
            .as_array()
            .unwrap()
            .len(),
        2
    );
    app.post(
        "/api/stores",
        &app.admin,
        json!({"code": "b-01", "name": "dup"}),
    )
    .await
    .problem(409, "conflict");
}

#[tokio::test]
async fn messages_to_stores_and_engineers() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let m = app
        .post(
            "/api/assignments",
            &w.manager_a.1,
            json!({"message": "Stock-take Friday", "store_id": w.store_a}),
        )
        .await
        .expect(201);
    assert_eq!(m["store"]["code"], "A-01");
    app.post(
        "/api/assignments",
        &w.manager_a.1,
        json!({"message": "Go to B", "store_id": w.store_b}),
    )
    .await
    .problem(403, "forbidden");
    app.post(
        "/api/assignments",
        &w.manager_a.1,
        json!({"message": "Check till 3", "engineer_id": w.engineer_a.0}),
    )
    .await
    .expect(201);
    app.post(
        "/api/assignments",
        &w.manager_a.1,
        json!({"message": "Not yours", "engineer_id": w.engineer_b.0}),
    )
    .await
    .problem(403, "forbidden");
    app.post(
        "/api/assignments",
        &w.engineer_a.1,
        json!({"message": "x", "store_id": w.store_a}),
    )
    .await
    .problem(403, "forbidden");
    app.post(
        "/api/assignments",
        &app.admin,
        json!({"message": "both", "store_id": w.store_a, "engineer_id": w.engineer_a.0}),
    )
    .await
    .problem(422, "validation_failed");

    let inbox = app
        .get("/api/assignments?unread=true", &w.engineer_a.1)
        .await
        .expect(200);
    assert_eq!(inbox.as_array().unwrap().len(), 2, "{inbox}");
    assert!(app
        .get("/api/assignments", &w.engineer_b.1)
        .await
        .expect(200)
        .as_array()
        .unwrap()
        .is_empty());
    let id = m["id"].as_str().unwrap();
    let read = app
        .post(
            &format!("/api/assignments/{id}/read"),
            &w.engineer_a.1,
            json!({}),
        )
        .await
        .expect(200);
    assert!(read["read_at"].is_string());
    assert_eq!(
        app.get("/api/assignments?unread=true", &w.engineer_a.1)
            .await
            .expect(200)
            .as_array()
            .unwrap()
            .len(),
        1
    );
    app.post(
        &format!("/api/assignments/{id}/read"),
        &w.engineer_b.1,
        json!({}),
    )
    .await
    .problem(404, "not_found");
}
