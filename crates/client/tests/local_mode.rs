//! Local mode against a real SQLite file: the first admin, sign-in, the demo, the list with its
//! filters, search and counts, logging an issue and moving it, each through the domain's rules.

use storedesk_client::demo::DemoSize;
use storedesk_client::{ClientError, Engine};
use storedesk_domain::api::auth::LoginRequest;
use storedesk_domain::api::issue::{NewIssue, StatusChange};
use storedesk_domain::api::user::NewUser;
use storedesk_domain::view::{FirstRun, IssueQuery, IssueSort, IssueView, TimelineItem};
use storedesk_domain::{Priority, Role, Secret, Status};

const SMALL: DemoSize = DemoSize {
    stores: 4,
    engineers: 3,
    issues: 300,
    comments: 600,
};

fn admin(password: &str) -> NewUser {
    NewUser {
        id: None,
        username: "ada".into(),
        email: "ada@example.com".into(),
        display_name: "Ada Lovelace".into(),
        role: Role::Admin,
        password: Secret::new(password),
    }
}

async fn engine(dir: &tempfile::TempDir) -> Engine {
    Engine::open(&dir.path().join("storedesk.sqlite3"))
        .await
        .unwrap()
        .with_demo_size(SMALL)
}

fn window(limit: u32) -> IssueQuery {
    IssueQuery {
        limit,
        ..IssueQuery::default()
    }
}

async fn ready(dir: &tempfile::TempDir) -> Engine {
    let e = engine(dir).await;
    e.choose_local().await.unwrap();
    e.first_run(FirstRun {
        admin: admin("analytical-engine"),
        load_demo: true,
    })
    .await
    .unwrap();
    e
}

#[tokio::test]
async fn first_run_refuses_bad_fields_then_creates_the_admin_once() {
    let dir = tempfile::tempdir().unwrap();
    let e = engine(&dir).await;
    let s = e.status().await.unwrap();
    assert_eq!((s.mode, s.needs_first_admin, s.user), (None, false, None));
    let s = e.choose_local().await.unwrap();
    assert!(s.needs_first_admin);

    let err = e
        .first_run(FirstRun {
            admin: admin("short"),
            load_demo: false,
        })
        .await
        .unwrap_err();
    match err {
        ClientError::Invalid(f) => {
            assert_eq!(f.len(), 1);
            assert_eq!(f[0].field, "password");
            assert_eq!(f[0].sentence(), "Password must be at least 10 characters.");
        }
        other => panic!("expected a field error, got {other:?}"),
    }
    assert!(
        e.status().await.unwrap().needs_first_admin,
        "nothing was written"
    );

    let me = e
        .first_run(FirstRun {
            admin: admin("analytical-engine"),
            load_demo: false,
        })
        .await
        .unwrap();
    assert_eq!((me.username.as_str(), me.role), ("ada", Role::Admin));
    let again = e
        .first_run(FirstRun {
            admin: admin("analytical-engine"),
            load_demo: false,
        })
        .await
        .unwrap_err();
    assert!(matches!(again, ClientError::Conflict(_)), "{again:?}");
}

#[tokio::test]
async fn sign_in_by_username_or_email_any_case_and_refuse_wrong_passwords() {
    let dir = tempfile::tempdir().unwrap();
    let e = ready(&dir).await;
    e.logout().await;
    assert!(matches!(
        e.issues(&window(10)).await,
        Err(ClientError::SignedOut)
    ));
    let wrong = e
        .login(LoginRequest {
            login: "ada".into(),
            password: Secret::new("not-the-password"),
        })
        .await
        .unwrap_err();
    assert!(matches!(wrong, ClientError::BadLogin));
    assert_eq!(
        wrong.to_command_error().message,
        "The login or password is not right."
    );
    for login in ["ADA", "Ada@Example.com"] {
        let me = e
            .login(LoginRequest {
                login: login.into(),
                password: Secret::new("analytical-engine"),
            })
            .await
            .unwrap();
        assert_eq!(me.username, "ada");
    }
    // The database survives a restart of the engine (it is a file).
    drop(e);
    let e = engine(&dir).await;
    let s = e.status().await.unwrap();
    assert!(!s.needs_first_admin && s.user.is_none());
    e.login(LoginRequest {
        login: "ada".into(),
        password: Secret::new("analytical-engine"),
    })
    .await
    .unwrap();
    assert_eq!(e.issues(&window(1)).await.unwrap().total, 300);
}

#[tokio::test]
async fn the_list_counts_filters_and_windows_what_the_user_may_see() {
    let dir = tempfile::tempdir().unwrap();
    let e = ready(&dir).await;
    let all = e.issues(&window(50)).await.unwrap();
    assert_eq!(all.total, 300);
    assert_eq!(all.rows.len(), 50);
    assert_eq!(all.counts.iter().map(|c| c.count).sum::<u32>(), 300);
    let rows_sorted = all
        .rows
        .windows(2)
        .all(|w| w[0].updated_at >= w[1].updated_at);
    assert!(rows_sorted, "most recently updated first");

    let vc = e.view_counts().await.unwrap();
    assert_eq!(vc.all, 300);
    let waiting = all
        .counts
        .iter()
        .find(|c| c.status == Status::WaitingOnVendor)
        .map_or(0, |c| c.count);
    assert_eq!(vc.waiting_on_vendor, waiting);
    assert!(waiting > 0);

    // A status filter narrows the total but keeps every status's count.
    let q = IssueQuery {
        statuses: vec![Status::Open],
        ..window(500)
    };
    let open = e.issues(&q).await.unwrap();
    assert!(open.rows.iter().all(|r| r.status == Status::Open));
    assert_eq!(open.total as usize, open.rows.len());
    assert_eq!(open.counts, all.counts);

    let q = IssueQuery {
        view: IssueView::WaitingOnVendor,
        ..window(500)
    };
    assert_eq!(e.issues(&q).await.unwrap().total, waiting);

    // The window past the end is empty, the total unchanged.
    let q = IssueQuery {
        offset: 290,
        ..window(50)
    };
    let tail = e.issues(&q).await.unwrap();
    assert_eq!((tail.rows.len(), tail.total), (10, 300));

    // A store manager sees only their store's issues.
    let manager: (String,) = sqlx::query_as(
        "select u.username from users u join store_members m on m.user_id = u.id
         where m.kind = 'manager' limit 1",
    )
    .fetch_one(e.pool())
    .await
    .unwrap();
    e.login(LoginRequest {
        login: manager.0,
        password: Secret::new(storedesk_client::demo::DEMO_PASSWORD),
    })
    .await
    .unwrap();
    let mine = e.issues(&window(500)).await.unwrap();
    let stores: std::collections::HashSet<_> = mine.rows.iter().map(|r| &r.store_code).collect();
    assert_eq!(stores.len(), 1);
    assert!(mine.total > 0 && mine.total < 300);
    let counts = e.view_counts().await.unwrap();
    assert_eq!(counts.all, mine.total);
    // Their queue: what is not yet resolved or closed in their store.
    let q = IssueQuery {
        view: IssueView::OpenInMyStores,
        ..window(500)
    };
    let queue = e.issues(&q).await.unwrap();
    let unfinished = mine
        .rows
        .iter()
        .filter(|r| !matches!(r.status, Status::Resolved | Status::Closed))
        .count() as u32;
    assert!(unfinished > 0 && unfinished < mine.total);
    assert_eq!(queue.total, unfinished);
    assert_eq!(counts.open_in_my_stores, unfinished);
    assert!(queue
        .rows
        .iter()
        .all(|r| !matches!(r.status, Status::Resolved | Status::Closed)));
}

#[tokio::test]
async fn log_an_issue_find_it_and_move_it_along_the_state_machine() {
    let dir = tempfile::tempdir().unwrap();
    let e = ready(&dir).await;
    let store = e.stores_for_new_issue().await.unwrap()[0].clone();
    let bad = NewIssue {
        id: None,
        store_id: store.id,
        title: "   ".into(),
        description: String::new(),
        priority: Priority::High,
        assigned_to: None,
    };
    match e.log_issue(&bad).await.unwrap_err() {
        ClientError::Invalid(f) => assert_eq!(f[0].sentence(), "Title must not be empty."),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        e.issues(&window(1)).await.unwrap().total,
        300,
        "nothing written"
    );

    let good = NewIssue {
        title: "Café till 3 frozen on the payment screen".into(),
        description: "Since 9:00.".into(),
        ..bad
    };
    let d = e.log_issue(&good).await.unwrap();
    assert_eq!(d.number, Some(301));
    assert_eq!(d.status, Status::Open);
    assert_eq!(d.next_statuses, vec![Status::InProgress]);
    assert!(matches!(&d.timeline[..], [TimelineItem::Change { field, .. }] if field == "created"));

    // Search as you type: a prefix of the last word, accents folded, FTS syntax harmless.
    for typed in ["frozen paym", "cafe TILL", "\"frozen\" (till"] {
        let q = IssueQuery {
            search: typed.into(),
            sort: IssueSort::Relevance,
            ..window(10)
        };
        let found = e.issues(&q).await.unwrap();
        assert_eq!(found.rows.first().map(|r| r.id), Some(d.id), "{typed}");
    }
    let q = IssueQuery {
        search: "((*".into(),
        ..window(10)
    };
    assert_eq!(e.issues(&q).await.unwrap().total, 0);

    // The state machine decides; a refused move changes nothing.
    let skip = StatusChange {
        status: Status::Closed,
        reason: None,
    };
    assert!(matches!(
        e.change_status(d.id, &skip).await.unwrap_err(),
        ClientError::Conflict(_)
    ));
    let work = StatusChange {
        status: Status::InProgress,
        reason: None,
    };
    let d = e.change_status(d.id, &work).await.unwrap();
    assert_eq!(d.status, Status::InProgress);
    assert_eq!(
        d.next_statuses,
        vec![Status::WaitingOnVendor, Status::Resolved]
    );
    match d.timeline.last().unwrap() {
        TimelineItem::Change {
            field,
            old_value,
            new_value,
            actor,
            ..
        } => {
            assert_eq!(field, "status");
            assert_eq!(old_value.as_deref(), Some("open"));
            assert_eq!(new_value.as_deref(), Some("in_progress"));
            assert_eq!(actor.as_deref(), Some("Ada Lovelace"));
        }
        other => panic!("{other:?}"),
    }
    let first = e.issues(&window(1)).await.unwrap();
    assert_eq!(
        first.rows[0].id, d.id,
        "the moved issue is the most recently updated"
    );
}

#[tokio::test]
async fn a_comment_joins_the_timeline_and_an_empty_one_changes_nothing() {
    use storedesk_domain::api::comment::NewComment;
    let dir = tempfile::tempdir().unwrap();
    let e = ready(&dir).await;
    let store = e.stores_for_new_issue().await.unwrap()[0].clone();
    let d = e
        .log_issue(&NewIssue {
            id: None,
            store_id: store.id,
            title: "Receipt printer offline".into(),
            description: String::new(),
            priority: Priority::Medium,
            assigned_to: None,
        })
        .await
        .unwrap();
    let comments = |d: &storedesk_domain::view::IssueDetailView| -> Vec<(String, String)> {
        d.timeline
            .iter()
            .filter_map(|t| match t {
                TimelineItem::Comment(c) => Some((c.author.display_name.clone(), c.body.clone())),
                TimelineItem::Change { .. } => None,
            })
            .collect()
    };
    let blank = NewComment {
        id: None,
        body: "  \n ".into(),
    };
    match e.add_comment(d.id, &blank).await.unwrap_err() {
        ClientError::Invalid(f) => assert_eq!(f[0].field, "body"),
        other => panic!("{other:?}"),
    }
    assert!(
        comments(&e.issue(d.id).await.unwrap()).is_empty(),
        "nothing written"
    );

    let said = NewComment {
        id: None,
        body: "Power cycled it: still offline.\nCalled RSNL.".into(),
    };
    let d = e.add_comment(d.id, &said).await.unwrap();
    assert_eq!(
        comments(&d),
        vec![(
            "Ada Lovelace".to_owned(),
            "Power cycled it: still offline.\nCalled RSNL.".to_owned()
        )]
    );
    // Still there after a restart: it is in the database, not in memory.
    drop(e);
    let e = engine(&dir).await;
    e.login(LoginRequest {
        login: "ada".into(),
        password: Secret::new("analytical-engine"),
    })
    .await
    .unwrap();
    assert_eq!(comments(&e.issue(d.id).await.unwrap()).len(), 1);
}

#[tokio::test]
async fn an_issue_is_given_to_one_of_its_stores_people_with_its_history() {
    let dir = tempfile::tempdir().unwrap();
    let e = ready(&dir).await;
    let store = e.stores_for_new_issue().await.unwrap()[0].clone();
    let d = e
        .log_issue(&NewIssue {
            id: None,
            store_id: store.id,
            title: "Scale shows wrong weight".into(),
            description: String::new(),
            priority: Priority::Low,
            assigned_to: None,
        })
        .await
        .unwrap();
    let people = e.assignees(d.id).await.unwrap();
    assert!(
        !people.is_empty(),
        "the demo store has a manager and engineers"
    );
    let members: Vec<String> = sqlx::query_scalar(
        "select u.display_name from users u join store_members m on m.user_id = u.id
         where m.store_id = ?1 order by u.display_name",
    )
    .bind(store.id.0.to_string())
    .fetch_all(e.pool())
    .await
    .unwrap();
    let mut names: Vec<String> = people.iter().map(|p| p.display_name.clone()).collect();
    names.dedup();
    let mut want = members.clone();
    want.dedup();
    assert_eq!(names, want);

    // Someone who is not one of the store's people is refused, and nothing changes.
    let me = e.me().await.unwrap();
    match e.assign(d.id, Some(me.id)).await.unwrap_err() {
        ClientError::Invalid(f) => assert_eq!(f[0].field, "assignee_id"),
        other => panic!("{other:?}"),
    }
    assert_eq!(e.issue(d.id).await.unwrap().assigned_to, None);

    let who = people[0].clone();
    let d = e.assign(d.id, Some(who.id)).await.unwrap();
    assert_eq!(d.assigned_to.as_ref().map(|a| a.id), Some(who.id));
    match d.timeline.last().unwrap() {
        TimelineItem::Change {
            field,
            old_value,
            new_value,
            ..
        } => {
            assert_eq!(field, "assigned_to");
            assert_eq!(old_value, &None);
            assert_eq!(new_value.as_deref(), Some(who.display_name.as_str()));
        }
        other => panic!("{other:?}"),
    }
    let d = e.assign(d.id, None).await.unwrap();
    assert_eq!(d.assigned_to, None);
}
