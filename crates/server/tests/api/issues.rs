//! Issues, their state machine, assignment, comments, resolutions and history.

use crate::harness::{TestApp, World};
use serde_json::{json, Value};

fn titles(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["title"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn create_numbers_and_fetch_by_reference() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let a = app
        .issue(&w.engineer_a.1, w.store_a, "  Till 3 frozen  ")
        .await;
    let b = app.issue(&w.manager_b.1, w.store_b, "Printer jam").await;
    assert_eq!(a["title"], "Till 3 frozen", "titles are trimmed");
    assert_eq!(a["status"], "open");
    assert_eq!(a["created_by"]["username"], "engineer.a");
    let (na, nb) = (a["number"].as_i64().unwrap(), b["number"].as_i64().unwrap());
    assert!(nb > na);
    assert_eq!(a["reference"], format!("STORE-{na}"));
    let by_ref = app
        .get(&format!("/api/issues/STORE-{na}"), &w.engineer_a.1)
        .await
        .expect(200);
    assert_eq!(by_ref["id"], a["id"]);
    // Numbers are never reused: a failed insert burns its number, and deleting nothing reuses.
    app.post(
        "/api/issues",
        &w.engineer_a.1,
        json!({"id": a["id"], "store_id": w.store_a, "title": "dup", "priority": "low"}),
    )
    .await
    .problem(409, "conflict");
    let c = app.issue(&w.engineer_a.1, w.store_a, "Scanner").await;
    assert!(c["number"].as_i64().unwrap() > nb);
}

#[tokio::test]
async fn status_machine_with_reopen_reason_and_history() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let t = &w.engineer_a.1;
    let i = app.issue(t, w.store_a, "Card reader").await;
    let path = format!("/api/issues/{}", i["id"].as_str().unwrap());
    let p = app
        .post(&format!("{path}/status"), t, json!({"status": "closed"}))
        .await
        .problem(409, "invalid_transition");
    assert_eq!(p["allowed"], json!(["in_progress"]));
    for s in ["in_progress", "waiting_on_vendor", "resolved", "closed"] {
        assert_eq!(
            app.post(&format!("{path}/status"), t, json!({"status": s}))
                .await
                .expect(200)["status"],
            s
        );
    }
    let p = app
        .post(&format!("{path}/status"), t, json!({"status": "open"}))
        .await
        .problem(409, "invalid_transition");
    assert_eq!(p["errors"][0]["field"], "reason");
    app.post(
        &format!("{path}/status"),
        t,
        json!({"status": "open", "reason": "Failed again after an hour"}),
    )
    .await
    .expect(200);
    let d = app.get(&path, t).await.expect(200);
    let h: Vec<(String, String)> = d["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["field"].as_str().unwrap().to_owned(),
                e["new_value"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect();
    assert_eq!(
        h,
        vec![
            ("created".into(), "open".into()),
            ("status".into(), "in_progress".into()),
            ("status".into(), "waiting_on_vendor".into()),
            ("status".into(), "resolved".into()),
            ("status".into(), "closed".into()),
            ("reopened".into(), "open".into())
        ]
    );
    let last = d["history"].as_array().unwrap().last().unwrap();
    assert_eq!(last["note"], "Failed again after an hour");
    assert_eq!(last["old_value"], "closed");
    assert_eq!(last["actor"]["username"], "engineer.a");
}

#[tokio::test]
async fn edit_assign_and_unassign_are_recorded() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let i = app.issue(&w.manager_a.1, w.store_a, "Wi-Fi").await;
    let path = format!("/api/issues/{}", i["id"].as_str().unwrap());
    let e = app
        .patch(
            &path,
            &w.manager_a.1,
            json!({"title": "Wi-Fi down in stockroom", "priority": "critical"}),
        )
        .await
        .expect(200);
    assert_eq!(e["priority"], "critical");
    let a = app
        .put(
            &format!("{path}/assignee"),
            &w.manager_a.1,
            json!({"assignee_id": w.engineer_a.0}),
        )
        .await
        .expect(200);
    assert_eq!(a["assigned_to"]["username"], "engineer.a");
    // The floater is an engineer outside the store: may be assigned; the other store's manager may not.
    app.put(
        &format!("{path}/assignee"),
        &w.manager_a.1,
        json!({"assignee_id": w.floater.0}),
    )
    .await
    .expect(200);
    app.put(
        &format!("{path}/assignee"),
        &w.manager_a.1,
        json!({"assignee_id": w.manager_b.0}),
    )
    .await
    .problem(409, "conflict");
    app.put(
        &format!("{path}/assignee"),
        &w.manager_a.1,
        json!({"assignee_id": null}),
    )
    .await
    .expect(200);
    let d = app.get(&path, &app.admin).await.expect(200);
    let fields: Vec<&str> = d["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(
        fields,
        [
            "created",
            "title",
            "priority",
            "assigned_to",
            "assigned_to",
            "assigned_to"
        ]
    );
    assert_eq!(d["history"][4]["old_value"], "engineer.a");
    assert_eq!(d["history"][4]["new_value"], "floater");
    assert!(d["assigned_to"].is_null());
}

#[tokio::test]
async fn list_filters_sorts_paginates_and_searches() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let mk = |title: &'static str, prio: &'static str, store| {
        let app = &app;
        let t = w.manager_a.1.clone();
        let tb = w.manager_b.1.clone();
        let a = w.store_a;
        async move {
            let token = if store == a { t } else { tb };
            app.post("/api/issues", &token, json!({"store_id": store, "title": title, "priority": prio, "description": "details"})).await.expect(201)
        }
    };
    let receipt = mk("Receipt printer jams", "low", w.store_a).await;
    mk("Scanner offline", "critical", w.store_a).await;
    mk("Network switch dead", "medium", w.store_b).await;
    let rid = receipt["id"].as_str().unwrap();
    app.post(
        &format!("/api/issues/{rid}/comments"),
        &w.manager_a.1,
        json!({"body": "The thermal paper roll was misaligned"}),
    )
    .await
    .expect(201);
    app.put(
        &format!("/api/issues/{rid}/assignee"),
        &w.manager_a.1,
        json!({"assignee_id": w.engineer_a.0}),
    )
    .await
    .expect(200);

    let all = app
        .get("/api/issues?sort=priority", &app.admin)
        .await
        .expect(200);
    assert_eq!(all["total"], 3);
    assert_eq!(
        titles(&all),
        [
            "Receipt printer jams",
            "Network switch dead",
            "Scanner offline"
        ]
    );
    let desc = app
        .get("/api/issues?sort=-priority", &app.admin)
        .await
        .expect(200);
    assert_eq!(titles(&desc)[0], "Scanner offline");
    // Each filter, and full-text search over titles, descriptions and comments (stemmed:
    // "printers" ~ "printer", "misaligned" ~ "misalign"), as the titles it returns.
    let cases: Vec<(String, Vec<&str>)> = vec![
        (
            format!("store_id={}&priority=low,critical&sort=title", w.store_a),
            vec!["Receipt printer jams", "Scanner offline"],
        ),
        (
            format!("assignee={}", w.engineer_a.0),
            vec!["Receipt printer jams"],
        ),
        (
            "assignee=none&sort=title".into(),
            vec!["Network switch dead", "Scanner offline"],
        ),
        (
            format!("reporter={}", w.manager_b.0),
            vec!["Network switch dead"],
        ),
        (
            "created_after=2000-01-01T00:00:00Z&created_before=2001-01-01T00:00:00Z".into(),
            vec![],
        ),
        ("q=printers".into(), vec!["Receipt printer jams"]),
        ("q=paper%20misaligned".into(), vec!["Receipt printer jams"]),
    ];
    for (query, expected) in cases {
        let f = app
            .get(&format!("/api/issues?{query}"), &app.admin)
            .await
            .expect(200);
        assert_eq!(titles(&f), expected, "{query}");
        assert_eq!(f["total"], expected.len(), "{query}");
    }
    // Pagination keeps the total and a stable order.
    let p1 = app
        .get("/api/issues?sort=number&per_page=2&page=1", &app.admin)
        .await
        .expect(200);
    let p2 = app
        .get("/api/issues?sort=number&per_page=2&page=2", &app.admin)
        .await
        .expect(200);
    assert_eq!(
        (p1["total"].as_i64(), p2["total"].as_i64()),
        (Some(3), Some(3))
    );
    assert_eq!(titles(&p1).len() + titles(&p2).len(), 3);
    let p9 = app.get("/api/issues?page=9", &app.admin).await.expect(200);
    assert_eq!(p9["total"], 3);
    assert!(p9["items"].as_array().unwrap().is_empty());
    // include=comments nests them.
    let c = app
        .get(
            &format!("/api/issues?include=comments&assignee={}", w.engineer_a.0),
            &app.admin,
        )
        .await
        .expect(200);
    assert_eq!(
        c["items"][0]["comments"][0]["author"]["username"],
        "manager.a"
    );
    assert!(all["items"][0].get("comments").is_none());
    // Visibility: each manager lists their store only.
    assert_eq!(
        app.get("/api/issues", &w.manager_b.1).await.expect(200)["total"],
        1
    );
}

#[tokio::test]
async fn comments_edit_window_and_moderation() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let i = app.issue(&w.engineer_a.1, w.store_a, "Drawer").await;
    let path = format!("/api/issues/{}/comments", i["id"].as_str().unwrap());
    let c = app
        .post(
            &path,
            &w.engineer_a.1,
            json!({"body": "Checked the solenoid"}),
        )
        .await
        .expect(201);
    let cid = c["id"].as_str().unwrap();
    let e = app
        .patch(
            &format!("/api/comments/{cid}"),
            &w.engineer_a.1,
            json!({"body": "Checked the solenoid twice"}),
        )
        .await
        .expect(200);
    assert_eq!(e["body"], "Checked the solenoid twice");
    app.patch(
        &format!("/api/comments/{cid}"),
        &w.manager_a.1,
        json!({"body": "hijack"}),
    )
    .await
    .problem(403, "forbidden");
    // Past the window the author can no longer edit; an admin still moderates.
    sqlx::query("update comments set created_at = now() - interval '16 minutes' where id = $1")
        .bind(uuid::Uuid::parse_str(cid).unwrap())
        .execute(&app.db)
        .await
        .unwrap();
    app.patch(
        &format!("/api/comments/{cid}"),
        &w.engineer_a.1,
        json!({"body": "late"}),
    )
    .await
    .problem(403, "forbidden");
    app.delete(&format!("/api/comments/{cid}"), &w.engineer_a.1)
        .await
        .problem(403, "forbidden");
    app.delete(&format!("/api/comments/{cid}"), &app.admin)
        .await
        .expect(204);
    assert!(app
        .get(&path, &w.engineer_a.1)
        .await
        .expect(200)
        .as_array()
        .unwrap()
        .is_empty());
}

#[tokio::test]
async fn resolutions_are_unique_per_vendor_ticket() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let i = app.issue(&w.engineer_a.1, w.store_a, "PIN pad").await;
    let path = format!("/api/issues/{}", i["id"].as_str().unwrap());
    let r = app.post(&format!("{path}/resolutions"), &w.engineer_a.1,
        json!({"vendor": "RSNL", "vendor_ticket_id": "INC0012345", "acknowledged_at": "2026-11-20T10:00:00Z"})).await.expect(201);
    assert_eq!(r["vendor_ticket_id"], "INC0012345");
    let p = app
        .post(
            &format!("{path}/resolutions"),
            &w.engineer_a.1,
            json!({"vendor": "RSNL", "vendor_ticket_id": "INC0012345"}),
        )
        .await
        .problem(409, "conflict");
    assert_eq!(p["errors"][0]["field"], "vendor_ticket_id");
    let rid = r["id"].as_str().unwrap();
    let bad = app
        .patch(
            &format!("/api/resolutions/{rid}"),
            &w.engineer_a.1,
            json!({"resolution_date": "2026-11-19T10:00:00Z"}),
        )
        .await
        .problem(422, "validation_failed");
    assert_eq!(bad["errors"][0]["field"], "resolution_date");
    let u = app
        .patch(
            &format!("/api/resolutions/{rid}"),
            &w.engineer_a.1,
            json!({"resolution_date": "2026-11-21T10:00:00Z", "last_vendor_status": "Resolved"}),
        )
        .await
        .expect(200);
    assert_eq!(u["last_vendor_status"], "Resolved");
    let d = app.get(&path, &w.manager_a.1).await.expect(200);
    assert_eq!(d["resolutions"].as_array().unwrap().len(), 1);
    assert_eq!(
        d["resolutions"][0]["resolution_date"].as_str().unwrap()[..10],
        *"2026-11-21"
    );
    let fields: Vec<&str> = d["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["created", "vendor_ticket", "vendor_progress"]);
}

#[tokio::test]
async fn search_ranks_title_matches_before_description_and_comment_matches() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let post = |title: &str, description: &str| {
        app.post(
            "/api/issues",
            &app.admin,
            json!({"store_id": w.store_a, "title": title, "description": description, "priority": "low"}),
        )
    };
    // Created oldest first, so "newest first" would give the reverse of the expected order.
    let title = post("Receipt printer jams", "Paper stuck.")
        .await
        .expect(201);
    let description = post("Till 2 is slow", "The printer beside it also beeps.")
        .await
        .expect(201);
    let comment = post("Network switch offline", "Whole store.")
        .await
        .expect(201);
    app.post(
        &format!("/api/issues/{}/comments", comment["id"].as_str().unwrap()),
        &app.admin,
        json!({"body": "The printer queue was stuck too."}),
    )
    .await
    .expect(201);
    post("Scanner drops", "Unrelated.").await.expect(201);
    let page = app
        .get("/api/issues?q=printer", &app.admin)
        .await
        .expect(200);
    let ids: Vec<&str> = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    let expected = [&title, &description, &comment].map(|i| i["id"].as_str().unwrap());
    assert_eq!(ids, expected);
    assert_eq!(page["total"], 3);
    // Reversed on request; other sorts still apply to a search.
    let page = app
        .get("/api/issues?q=printer&sort=-relevance", &app.admin)
        .await
        .expect(200);
    assert_eq!(page["items"][0]["id"], comment["id"]);
    let page = app
        .get("/api/issues?q=printer&sort=-created_at", &app.admin)
        .await
        .expect(200);
    assert_eq!(page["items"][0]["id"], comment["id"]);
}

/// A ranked search reads only what its page needs: pages run through the tiers in order
/// (title, description, comment; newest first in each), and the count stops at 1,000.
#[tokio::test]
async fn ranked_search_pages_through_tiers_and_caps_its_count() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    // 1,003 issues with "kiosk" in the title, 2 with it in the description, in store A.
    sqlx::query(
        "insert into issues (id, store_id, title, description, priority, created_by)
         select gen_random_uuid(), $1, 'Kiosk ' || g, 'Screen.', 'low', $2 from generate_series(1, 1003) g
         union all
         select gen_random_uuid(), $1, 'Till ' || g, 'The kiosk beside it.', 'low', $2 from generate_series(1, 2) g",
    )
    .bind(w.store_a)
    .bind(app.admin_id)
    .execute(&app.db)
    .await
    .unwrap();
    let numbers: Vec<i64> = sqlx::query_scalar(
        "select number from issues where title like 'Kiosk %' order by number desc",
    )
    .fetch_all(&app.db)
    .await
    .unwrap();
    let page = app
        .get("/api/issues?q=kiosk&per_page=100", &app.admin)
        .await
        .expect(200);
    assert_eq!(page["total"], 1000);
    assert_eq!(page["total_exact"], false);
    assert_eq!(
        column(&page, "number"),
        numbers[..100].iter().map(|n| json!(n)).collect::<Vec<_>>()
    );
    // The last page holds the oldest title match, then both description matches.
    let last = app
        .get("/api/issues?q=kiosk&per_page=3&page=335", &app.admin)
        .await
        .expect(200);
    assert_eq!(
        column(&last, "title"),
        [json!("Kiosk 1"), json!("Till 2"), json!("Till 1")]
    );
    // Past the end: no items, the same capped count.
    let past = app
        .get("/api/issues?q=kiosk&per_page=100&page=12", &app.admin)
        .await
        .expect(200);
    assert_eq!(past["items"].as_array().unwrap().len(), 0);
    assert_eq!(past["total"], 1000);
    // Under the cap the count is exact; another store's manager sees none of them.
    let few = app
        .get("/api/issues?q=kiosk+beside", &app.admin)
        .await
        .expect(200);
    assert_eq!(
        (few["total"].clone(), few["total_exact"].clone()),
        (json!(2), json!(true))
    );
    let other = app
        .get("/api/issues?q=kiosk", &w.manager_b.1)
        .await
        .expect(200);
    assert_eq!(
        (
            other["total"].clone(),
            other["items"].as_array().unwrap().len()
        ),
        (json!(0), 0)
    );
}

/// One field of every item of a page, in order.
fn column(page: &Value, key: &str) -> Vec<Value> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i[key].clone())
        .collect()
}
