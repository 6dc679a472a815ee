//! The server binary's commands: the secret check, create-admin, seed-demo and `mail triage`.

use crate::harness::TestApp;
use std::io::Write;
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_storedesk-server");

fn db_url(app: &TestApp) -> String {
    let name = &app.db_name;
    let base = std::env::var("TEST_DATABASE_ADMIN_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
    format!("{}/{name}", base.rsplit_once('/').unwrap().0)
}

#[tokio::test]
async fn refuses_to_start_with_a_missing_or_weak_secret() {
    let app = TestApp::spawn().await;
    for secret in [
        None,
        Some("too-short"),
        Some("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
    ] {
        let mut cmd = Command::new(BIN);
        cmd.env("DATABASE_URL", db_url(&app))
            .env("STOREDESK_BIND", "127.0.0.1:0")
            .env_remove("JWT_SECRET")
            .env_remove("STOREDESK_DEV");
        if let Some(s) = secret {
            cmd.env("JWT_SECRET", s);
        }
        let out = cmd.arg("serve").output().unwrap();
        assert!(!out.status.success(), "{secret:?} must be refused");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("JWT_SECRET"),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[tokio::test]
async fn create_admin_bootstraps_an_account_that_can_log_in() {
    let app = TestApp::spawn().await;
    let mut child = Command::new(BIN)
        .args([
            "create-admin",
            "--username",
            "ada",
            "--email",
            "ada@example.com",
        ])
        .env("DATABASE_URL", db_url(&app))
        .env_remove("STOREDESK_ADMIN_PASSWORD")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"a long admin password\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let t = app.login("ada", "a long admin password").await.expect(200);
    let me = app
        .get("/api/me", t["access_token"].as_str().unwrap())
        .await
        .expect(200);
    assert_eq!(me["role"], "admin");
    // A second one with the same name is refused, and a short password too.
    let out = Command::new(BIN)
        .args([
            "create-admin",
            "--username",
            "ada",
            "--email",
            "b@example.com",
        ])
        .env("DATABASE_URL", db_url(&app))
        .env("STOREDESK_ADMIN_PASSWORD", "another long password")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let out = Command::new(BIN)
        .args([
            "create-admin",
            "--username",
            "bea",
            "--email",
            "b@example.com",
        ])
        .env("DATABASE_URL", db_url(&app))
        .env("STOREDESK_ADMIN_PASSWORD", "short")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("password"));
}

#[tokio::test]
async fn seed_demo_loads_the_requested_sizes() {
    let app = TestApp::spawn().await;
    // The harness's bootstrap admin would make the database non-empty for issues only; seed is fine.
    let out = Command::new(BIN)
        .args([
            "seed-demo",
            "--stores",
            "3",
            "--users",
            "12",
            "--issues",
            "60",
            "--comments",
            "300",
            "--password",
            "demo password",
        ])
        .env("DATABASE_URL", db_url(&app))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let count = |t: &'static str| {
        let db = app.db.clone();
        async move {
            sqlx::query_scalar::<_, i64>(&format!("select count(*) from {t}"))
                .fetch_one(&db)
                .await
                .unwrap()
        }
    };
    assert_eq!(count("stores").await, 3);
    assert_eq!(
        count("users").await,
        12 + 2,
        "12 demo users, the demo admin and the harness's admin"
    );
    assert_eq!(count("issues").await, 60);
    assert_eq!(count("comments").await, 300);
    let (min, max): (i64, i64) = sqlx::query_as("select min(n), max(n) from (select count(c.id) n from issues i left join comments c on c.issue_id = i.id group by i.id) t")
        .fetch_one(&app.db).await.unwrap();
    assert!(min >= 1 && max <= 15, "comments are spread: {min}..{max}");
    let t = app.login("user0005", "demo password").await.expect(200);
    let page = app
        .get("/api/issues", t["access_token"].as_str().unwrap())
        .await
        .expect(200);
    assert!(
        page["total"].as_i64().unwrap() > 0,
        "a demo engineer sees their store's issues"
    );
    // Seeding twice is refused rather than doubling the data.
    let again = Command::new(BIN)
        .args(["seed-demo"])
        .env("DATABASE_URL", db_url(&app))
        .output()
        .unwrap();
    assert!(!again.status.success());
    assert_eq!(count("issues").await, 60);
}

#[test]
fn mail_triage_is_mounted_on_the_server_binary() {
    let dir = std::env::temp_dir().join(format!("storedesk-server-triage-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("sent")).unwrap();
    let (subject, message_id) = storedesk_mail::compose_issue_headers(
        42,
        "Till frozen",
        "Leeds Central",
        b"key",
        "storedesk.example",
    );
    std::fs::write(dir.join("sent/001.eml"), format!(
        "From: ops@storedesk.example\r\nTo: support@rsnl.example\r\nSubject: {subject}\r\nMessage-ID: {message_id}\r\n\r\nPlease help.\r\n")).unwrap();
    std::fs::write(dir.join("reply.eml"), format!(
        "From: RSNL Support <support@rsnl.example>\r\nTo: ops@storedesk.example\r\nSubject: RE: {subject} [Ticket#2024061010000123]\r\nIn-Reply-To: {message_id}\r\nMessage-ID: <r1@rsnl.example>\r\n\r\nYour request has been received and ticket 2024061010000123 was created.\r\n")).unwrap();
    std::fs::write(dir.join("empty.eml"), b"").unwrap();
    let out = Command::new(BIN)
        .args(["mail", "triage", "--sent"])
        .arg(dir.join("sent"))
        .args(["--vendor-domain", "rsnl.example"])
        .arg(dir.join("reply.eml"))
        .arg(dir.join("empty.eml"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["issue_ref"], "STORE-42");
    assert_eq!(lines[0]["vendor_ticket_id"], "2024061010000123");
    assert_eq!(lines[0]["event"], "acknowledged");
    assert!(
        lines[1]["error"].is_string(),
        "the empty file is reported, the other still processed"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
