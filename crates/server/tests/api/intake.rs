//! Creates that arrive together are written together (src/intake.rs). Whatever the grouping,
//! each request must get exactly its own issue, numbers stay unique, every issue has its history
//! and change-log entries, and one faulty create fails alone.

use crate::harness::{TestApp, World};
use serde_json::json;
use std::collections::HashSet;
use storedesk_domain::api::issue::ValidNewIssue;
use storedesk_domain::text::{Description, Title};
use storedesk_domain::{Priority, StoreId, UserId};
use storedesk_server::error::ApiError;
use storedesk_server::intake::write_batch;
use storedesk_server::store::issues::NewIssueRow;
use uuid::Uuid;

fn row(store: Uuid, by: Uuid, title: &str) -> NewIssueRow {
    NewIssueRow {
        id: Uuid::now_v7(),
        store: StoreId(store),
        valid: ValidNewIssue {
            title: Title::parse_field("title", title).unwrap(),
            description: Description::parse_field("description", "Till 3 is dead.").unwrap(),
        },
        priority: Priority::High,
        assigned_to: None,
        created_by: UserId(by),
    }
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&app.db).await.unwrap()
}

#[tokio::test]
async fn a_burst_of_creates_gives_each_request_its_own_issue() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let taken = app.issue(&w.manager_a.1, w.store_a, "already here").await;
    // 40 requests at once from two people in two stores; one reuses an existing issue's id.
    let requests = (0..40).map(|k| {
        let (who, store) = if k % 2 == 0 {
            (&w.manager_a, w.store_a)
        } else {
            (&w.engineer_b, w.store_b)
        };
        let mut body = json!({"store_id": store, "title": format!("burst {k}"), "priority": "low"});
        if k == 17 {
            body["id"] = taken["id"].clone();
        }
        let app = &app;
        async move { (k, who.0, store, app.post("/api/issues", &who.1, body).await) }
    });
    let answers = futures_util::future::join_all(requests).await;

    let mut numbers = HashSet::new();
    for (k, who, store, r) in answers {
        if k == 17 {
            let p = r.problem(409, "conflict");
            assert_eq!(p["errors"][0]["field"], "id");
            continue;
        }
        let issue = r.expect(201);
        assert_eq!(
            issue["title"],
            format!("burst {k}"),
            "request {k} got another's issue"
        );
        assert_eq!(issue["created_by"]["id"], who.to_string());
        assert_eq!(issue["store"]["id"], store.to_string());
        assert!(
            numbers.insert(issue["number"].as_i64().unwrap()),
            "number reused"
        );
        let history = app
            .get(
                &format!("/api/issues/{}/history", issue["id"].as_str().unwrap()),
                &app.admin,
            )
            .await
            .expect(200);
        assert_eq!(history.as_array().unwrap().len(), 1, "{history}");
        assert_eq!(history[0]["field"], "created");
    }
    assert_eq!(numbers.len(), 39);
    assert_eq!(count(&app, "select count(*) from issues").await, 40);
    assert_eq!(
        count(
            &app,
            "select count(*) from issue_events where field = 'created'"
        )
        .await,
        40
    );
    assert_eq!(
        count(
            &app,
            "select count(*) from changes where entity = 'issue' and op = 'upsert'"
        )
        .await,
        40
    );
    // The one that failed left nothing behind: the existing issue is untouched.
    let kept = app
        .get(
            &format!("/api/issues/{}", taken["id"].as_str().unwrap()),
            &app.admin,
        )
        .await
        .expect(200);
    assert_eq!(kept["title"], "already here");
}

#[tokio::test]
async fn a_faulty_row_fails_alone_and_the_others_are_written_in_order() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let mut rows: Vec<NewIssueRow> = (0..5)
        .map(|k| row(w.store_a, w.manager_a.0, &format!("row {k}")))
        .collect();
    // Row 2 names a store that does not exist: the shared statement fails as a whole.
    rows[2].store = StoreId(Uuid::now_v7());
    let results = write_batch(&app.db, &rows).await;
    assert_eq!(results.len(), 5);
    let mut last = 0;
    for (k, r) in results.into_iter().enumerate() {
        match (k, r) {
            (2, Err(ApiError::Reference(errors))) => assert_eq!(errors[0].field, "store_id"),
            (2, other) => panic!("row 2 should fail on its store, got {other:?}"),
            (_, Ok(issue)) => {
                assert_eq!(issue.title, format!("row {k}"));
                assert!(issue.number > last, "numbers follow the input order");
                last = issue.number;
            }
            (_, Err(e)) => panic!("row {k} failed with {e:?}"),
        }
    }
    assert_eq!(count(&app, "select count(*) from issues").await, 4);
    assert_eq!(count(&app, "select count(*) from issue_events").await, 4);

    // Without a fault the rows go in together, numbered in input order.
    let rows: Vec<NewIssueRow> = (0..3)
        .map(|k| row(w.store_b, w.manager_b.0, &format!("again {k}")))
        .collect();
    let written: Vec<_> = write_batch(&app.db, &rows)
        .await
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(written[1].number, written[0].number + 1);
    assert_eq!(written[2].number, written[1].number + 1);
    assert_eq!(written[2].title, "again 2");
}
