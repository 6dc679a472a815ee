//! Local mode's vendor loop against real Dovecot + Postfix, a real SQLite file and the real OS
//! keychain (run under scripts/with-keychain.sh): an issue logged on this computer is mailed to
//! the vendor, the vendor's answers come back through the desktop's own watcher and move the
//! issue once each, with the vendor panel, the history and the notifications to match.

use std::sync::Arc;
use std::time::Duration;

use storedesk_client::{ClientError, Engine};
use storedesk_domain::api::issue::NewIssue;
use storedesk_domain::api::store::NewStore;
use storedesk_domain::api::user::NewUser;
use storedesk_domain::mail_account::{MailAccount, MailAccountForm, MailHost, MailSecurity};
use storedesk_domain::view::{FirstRun, IssueDetailView, MailState, TimelineItem};
use storedesk_domain::{IssueId, Priority, Role, Secret, Status};
use storedesk_mailbox::fixture::MailFixture;
use tokio::sync::watch;

const DEADLINE: Duration = Duration::from_secs(30);

async fn ready(dir: &tempfile::TempDir) -> Arc<Engine> {
    let e = Engine::open(&dir.path().join("storedesk.sqlite3"))
        .await
        .unwrap();
    e.choose_local().await.unwrap();
    e.first_run(FirstRun {
        admin: NewUser {
            id: None,
            username: "ada".into(),
            email: "ada@example.com".into(),
            display_name: "Ada Lovelace".into(),
            role: Role::Admin,
            password: Secret::new("analytical-engine"),
        },
        load_demo: false,
    })
    .await
    .unwrap();
    Arc::new(e)
}

fn account(fx: &MailFixture) -> MailAccount {
    let host = |s: storedesk_mailbox::MailServer, security| MailHost {
        host: s.host,
        port: s.port,
        security,
    };
    MailAccount {
        vendor_name: "RSNL".into(),
        vendor_address: "support@vendor.test".into(),
        vendor_domains: vec![],
        our_address: "ops@ours.test".into(),
        smtp: host(fx.submission_starttls(), MailSecurity::StartTls),
        imap: host(fx.imaps(), MailSecurity::Tls),
        user: "ops@ours.test".into(),
        ca_file: Some(fx.ca_pem_path().to_owned()),
    }
}

fn form(account: MailAccount, password: Option<&str>) -> MailAccountForm {
    MailAccountForm {
        account,
        password: password.map(Secret::new),
    }
}

async fn log_issue(e: &Engine, title: &str) -> IssueDetailView {
    let store = e.stores_for_new_issue().await.unwrap()[0].id;
    e.log_issue(&NewIssue {
        id: None,
        store_id: store,
        title: title.into(),
        description: "Stuck on the logo since opening.".into(),
        priority: Priority::High,
        assigned_to: None,
    })
    .await
    .unwrap()
}

/// Waits until the issue's detail satisfies `done`, or fails at the deadline with the last one.
/// The engine bumps `data_version` whenever the mail loop writes, so each look follows a change.
async fn until(
    e: &Engine,
    id: IssueId,
    done: impl Fn(&IssueDetailView) -> bool,
) -> IssueDetailView {
    let mut changes = e.watch_sync();
    let deadline = tokio::time::Instant::now() + DEADLINE;
    loop {
        let d = e.issue(id).await.unwrap();
        if done(&d) {
            return d;
        }
        let changed = tokio::time::timeout_at(deadline, changes.changed()).await;
        assert!(matches!(changed, Ok(Ok(()))), "gave up waiting: {d:#?}");
    }
}

fn reply(message_id: &str, subject: &str, id: &str, body: &str) -> Vec<u8> {
    dated(
        &chrono::Utc::now().to_rfc2822(),
        message_id,
        subject,
        id,
        body,
    )
}

fn dated(date: &str, message_id: &str, subject: &str, id: &str, body: &str) -> Vec<u8> {
    format!(
        "From: RSNL Support <support@vendor.test>\r\nTo: ops@ours.test\r\nSubject: Re: {subject}\r\nDate: {date}\r\nMessage-ID: <{id}@vendor.test>\r\nIn-Reply-To: {message_id}\r\nReferences: {message_id}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    )
    .into_bytes()
}

fn system_entries(d: &IssueDetailView) -> Vec<(String, Option<String>, Option<String>)> {
    d.timeline
        .iter()
        .filter_map(|t| match t {
            TimelineItem::Change {
                actor: None,
                field,
                old_value,
                new_value,
                ..
            } => Some((field.clone(), old_value.clone(), new_value.clone())),
            _ => None,
        })
        .collect()
}

async fn add_store(e: &Engine) {
    e.add_store(NewStore {
        id: None,
        code: "UTR".into(),
        name: "Utrecht Hoog Catharijne".into(),
        location: None,
        manager_id: None,
        engineer_ids: vec![],
    })
    .await
    .unwrap();
}

#[tokio::test]
async fn an_issue_logged_here_is_mailed_and_the_vendors_answers_move_it_once() {
    let fx = MailFixture::start();
    let dir = tempfile::tempdir().unwrap();
    let e = ready(&dir).await;
    add_store(&e).await;
    let before = log_issue(&e, "Logged before mail was set up").await;

    // A bad account is refused field by field and changes nothing.
    let mut bad = account(&fx);
    bad.vendor_address = "support".into();
    bad.smtp.security = MailSecurity::Plain;
    bad.smtp.host = "smtp.vendor.test".into();
    match e.save_mail_account(&form(bad, Some("ops-secret"))).await {
        Err(ClientError::Invalid(f)) => assert_eq!(
            f.iter().map(|f| f.field.as_str()).collect::<Vec<_>>(),
            ["vendor_address", "smtp.security"]
        ),
        other => panic!("expected field errors, got {other:?}"),
    }
    assert_eq!(e.mail_account().await.unwrap().account, None);

    let saved = e
        .save_mail_account(&form(account(&fx), Some("ops-secret")))
        .await
        .unwrap();
    assert!(saved.available && saved.password_saved);
    assert_eq!(saved.account, Some(account(&fx)));

    let (stop_all, stop) = watch::channel(false);
    let mut at_vendor = fx.vendor_inbox(stop);
    tokio::spawn(e.clone().run_vendor_mail());

    // Out: the issue mail reaches the vendor's mailbox through Postfix, once.
    let issue = log_issue(&e, "Till 3 frozen on boot").await;
    let raw = tokio::time::timeout(DEADLINE, at_vendor.recv())
        .await
        .expect("the issue mail reaches the vendor")
        .unwrap();
    let mail = storedesk_mail::message::parse(&raw).unwrap();
    let number = issue.number.unwrap();
    let subject = format!("[STORE-{number}] Till 3 frozen on boot — Utrecht Hoog Catharijne");
    assert_eq!(mail.subject, subject);
    assert!(
        mail.new_text.contains("Priority: high"),
        "{}",
        mail.new_text
    );
    assert!(
        mail.new_text.contains("Stuck on the logo"),
        "{}",
        mail.new_text
    );
    let sent = until(&e, issue.id, |d| {
        d.mail.as_ref().is_some_and(|m| m.state == MailState::Sent)
    })
    .await;
    let m = sent.mail.unwrap();
    assert_eq!((m.attempts, m.last_error, m.can_resend), (1, None, false));
    assert!(m.sent_at.is_some());
    // An issue logged before the account was saved is not mailed.
    assert_eq!(e.issue(before.id).await.unwrap().mail, None);
    let message_id = format!("<{}>", mail.message_id.unwrap());

    // Mail dated before the account was saved (an old thread in the mailbox) is logged, never
    // applied: had this one been, the issue would be Resolved before its receipt.
    fx.vendor_sends(
        "ops@ours.test",
        &dated(
            "Mon, 01 Jul 2024 09:05:00 +0000",
            &message_id,
            &subject,
            "old-1",
            "Ticket 771100 has been resolved.",
        ),
    )
    .await;

    // In: the vendor's receipt opens its ticket and puts the issue in Waiting on vendor, once,
    // however many times it is delivered.
    let ack = reply(
        &message_id,
        &subject,
        "ack-1",
        "Your request has been received and logged as ticket 482913.",
    );
    fx.vendor_sends("ops@ours.test", &ack).await;
    fx.vendor_sends("ops@ours.test", &ack).await;
    let waiting = until(&e, issue.id, |d| d.status == Status::WaitingOnVendor).await;
    let v = waiting.vendor.clone().expect("the vendor panel");
    assert_eq!(
        (v.vendor.as_str(), v.ticket_id.as_str()),
        ("RSNL", "482913")
    );
    assert!(v.acknowledged_at.is_some() && v.resolution_date.is_none());

    fx.vendor_sends(
        "ops@ours.test",
        &reply(
            &message_id,
            &subject,
            "done-1",
            "Ticket 482913: the engineer replaced the main board. This ticket has been resolved.",
        ),
    )
    .await;
    let resolved = until(&e, issue.id, |d| d.status == Status::Resolved).await;
    let v = resolved.vendor.clone().expect("the vendor panel");
    assert_eq!(v.ticket_id, "482913");
    assert!(v.resolution_date.is_some());
    let s = |x: &str| Some(x.to_owned());
    assert_eq!(
        system_entries(&resolved),
        [
            ("vendor_ticket".into(), None, s("RSNL 482913")),
            ("status".into(), s("open"), s("in_progress")),
            ("status".into(), s("in_progress"), s("waiting_on_vendor")),
            ("status".into(), s("waiting_on_vendor"), s("resolved")),
        ]
    );
    let counts: (i64, i64, i64) = sqlx::query_as(
        "select (select count(*) from resolutions),
                (select count(*) from mail_log where direction = 'in'),
                (select count(*) from mail_log where direction = 'out')",
    )
    .fetch_one(e.pool())
    .await
    .unwrap();
    assert_eq!(counts, (1, 3, 1));

    // Ada logged it: she is told, in the app's list (and natively through the shell).
    let titles: Vec<String> = e
        .recent_notices()
        .await
        .unwrap()
        .into_iter()
        .map(|n| n.notice.title)
        .collect();
    for want in [
        format!("RSNL ticket 482913 opened for STORE-{number}"),
        format!("STORE-{number} is now Waiting on vendor"),
        format!("STORE-{number} is now Resolved"),
    ] {
        assert!(titles.contains(&want), "{want} not in {titles:?}");
    }
    let _ = stop_all.send(true);
}

#[tokio::test]
async fn a_refused_login_fails_the_mail_with_its_reason_and_resend_sends_it_once() {
    let fx = MailFixture::start();
    let dir = tempfile::tempdir().unwrap();
    let e = ready(&dir).await;
    add_store(&e).await;
    let mut wrong = account(&fx);
    wrong.user = "nobody@ours.test".into();
    e.save_mail_account(&form(wrong, Some("not-the-password")))
        .await
        .unwrap();
    tokio::spawn(e.clone().run_vendor_mail());
    let issue = log_issue(&e, "Receipt printer offline").await;
    let failed = until(&e, issue.id, |d| {
        d.mail
            .as_ref()
            .is_some_and(|m| m.state == MailState::Failed)
    })
    .await;
    let m = failed.mail.unwrap();
    assert!(m.can_resend);
    assert!(
        m.last_error.as_deref().is_some_and(|r| r.contains("535")),
        "{:?}",
        m.last_error
    );

    // The right account: new issues go out by themselves, the failed one on "Resend", each
    // exactly once.
    let (stop_all, stop) = watch::channel(false);
    let mut at_vendor = fx.vendor_inbox(stop);
    e.save_mail_account(&form(account(&fx), Some("ops-secret")))
        .await
        .unwrap();
    let other = log_issue(&e, "Scanner beeps").await;
    until(&e, other.id, |d| {
        d.mail.as_ref().is_some_and(|m| m.state == MailState::Sent)
    })
    .await;
    e.resend_issue_mail(issue.id).await.unwrap();
    let sent = until(&e, issue.id, |d| {
        d.mail.as_ref().is_some_and(|m| m.state == MailState::Sent)
    })
    .await;
    // Resend starts the count again: a retry after it waits 5 s, not the old attempts' backoff.
    assert_eq!(sent.mail.unwrap().attempts, 1);
    let mut subjects = Vec::new();
    for _ in 0..2 {
        let raw = tokio::time::timeout(DEADLINE, at_vendor.recv())
            .await
            .expect("mail reaches the vendor")
            .unwrap();
        subjects.push(storedesk_mail::message::parse(&raw).unwrap().subject);
    }
    assert!(subjects[0].contains("Scanner beeps"), "{subjects:?}");
    assert!(
        subjects[1].contains("Receipt printer offline"),
        "{subjects:?}"
    );
    let out: i64 = sqlx::query_scalar("select count(*) from mail_log where direction = 'out'")
        .fetch_one(e.pool())
        .await
        .unwrap();
    assert_eq!(out, 2);
    match e.resend_issue_mail(issue.id).await {
        Err(ClientError::Conflict(m)) => assert_eq!(m, "only a mail that failed can be sent again"),
        other => panic!("expected a refusal, got {other:?}"),
    }
    let _ = stop_all.send(true);
}
