//! The `mail triage` command on real files: through `run()` and through the built binary.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::sync::atomic::{AtomicU32, Ordering};

use serde_json::Value;
use storedesk_mail::cli::{run, TriageArgs};
use storedesk_mail::compose_issue_headers;

use crate::support::{vendor, KEY, OUR};

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// A fresh directory under the system temp dir, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Self {
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let dir =
            std::env::temp_dir().join(format!("storedesk-mail-cli-{}-{n}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("sent")).expect("create temp dir");
        TempDir(dir)
    }
    fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn sent_mail(dir: &Path, file: &str, number: u64, title: &str, extra_subject: &str) {
    let (subject, message_id) = compose_issue_headers(number, title, "Utrecht Centraal", KEY, OUR);
    let raw = format!(
        "From: Ops <ops@{OUR}>\r\nTo: support@rsnl.nl\r\nSubject: {subject}{extra_subject}\r\nMessage-ID: {message_id}\r\nDate: Mon, 03 Jun 2024 09:00:00 +0200\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nPlease help.\r\n"
    );
    fs::write(dir.join("sent").join(file), raw).expect("write sent mail");
}

/// Sent folder: issue 42 (first mail), issue 43 plus a follow-up carrying the vendor's tag.
fn fixture() -> TempDir {
    let dir = TempDir::new();
    sent_mail(&dir.0, "001.eml", 42, "Till frozen", "");
    sent_mail(&dir.0, "002.eml", 43, "Receipt printer offline", "");
    sent_mail(
        &dir.0,
        "003.eml",
        43,
        "Receipt printer offline",
        " [Ticket#31001]",
    );
    fs::write(dir.path("sent/notes.txt"), "not a mail, and not .eml").expect("write");
    fs::write(dir.path("sent/broken.eml"), b"\x00\x01garbage").expect("write");
    dir
}

fn args(dir: &TempDir, replies: Vec<PathBuf>) -> TriageArgs {
    TriageArgs {
        sent: dir.path("sent"),
        vendor_domains: vec!["rsnl.nl".into()],
        profile: None,
        our_domain: None,
        key_file: None,
        replies,
    }
}

fn lines(out: &[u8]) -> Vec<Value> {
    String::from_utf8(out.to_vec())
        .expect("utf-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

#[test]
fn run_reports_each_file_and_keeps_going() {
    let dir = fixture();
    let (_, id42) = compose_issue_headers(42, "Till frozen", "Utrecht Centraal", KEY, OUR);
    let ack = vendor("Support Ticket Opened [#482913]")
        .h("In-Reply-To", &id42)
        .h("Auto-Submitted", "auto-replied")
        .plain("A request for support has been created and assigned #482913.")
        .build();
    fs::write(dir.path("1-ack.eml"), ack).unwrap();
    // Only the vendor's tag: the link was learnt from our follow-up in the sent folder.
    let by_tag = vendor("[Ticket#31001] Engineer booked")
        .plain("Engineer booked for Thursday.")
        .build();
    fs::write(dir.path("2-vendor-tag.eml"), by_tag).unwrap();
    // Only osTicket's number, learnt from the acknowledgement earlier in this run.
    let later = vendor("Ticket closed [#482913]")
        .plain("Your ticket has been closed.")
        .build();
    fs::write(dir.path("3-closed.eml"), later).unwrap();
    fs::write(dir.path("4-garbage.eml"), b"\x00\xff\xfe not mail").unwrap();
    fs::write(dir.path("5-empty.eml"), b"").unwrap();
    let replies = [
        "1-ack.eml",
        "2-vendor-tag.eml",
        "3-closed.eml",
        "4-garbage.eml",
        "5-empty.eml",
        "6-missing.eml",
    ]
    .iter()
    .map(|f| dir.path(f))
    .collect();
    let mut out = Vec::new();
    let code = run(&args(&dir, replies), &mut out).expect("run succeeds");
    assert_eq!(code, ExitCode::SUCCESS);
    let v = lines(&out);
    assert_eq!(v.len(), 6);
    assert_eq!(v[0]["issue"], Value::String(id42.clone()));
    assert_eq!(v[0]["issue_ref"], "STORE-42");
    assert_eq!(v[0]["vendor_ticket_id"], "482913");
    assert_eq!(v[0]["event"], "acknowledged");
    assert_eq!(v[0]["matched_by"], "in_reply_to");
    assert!(v[0]["reason"].as_str().unwrap().contains("osticket"));
    assert_eq!(v[1]["issue_ref"], "STORE-43");
    assert_eq!(v[1]["matched_by"], "vendor_ticket_map");
    assert_eq!(v[1]["event"], "update");
    assert_eq!(v[2]["issue_ref"], "STORE-42");
    assert_eq!(v[2]["event"], "closed");
    assert_eq!(v[2]["matched_by"], "vendor_ticket_map");
    for (i, needle) in [(3, "not an e-mail"), (4, "empty"), (5, "cannot read")] {
        assert!(
            v[i]["error"].as_str().unwrap().contains(needle),
            "line {i}: {}",
            v[i]
        );
        assert!(v[i]["file"].as_str().unwrap().ends_with(".eml"));
        assert!(v[i].get("event").is_none());
    }
    for line in &v[..3] {
        let keys: Vec<&str> = line
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        // The seven fields it always printed, plus confidence and needs_confirmation.
        assert_eq!(keys.len(), 9, "{line}");
        let c = line["confidence"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&c), "{line}");
        assert!(line["needs_confirmation"].is_boolean(), "{line}");
    }
}

#[test]
fn all_files_failing_exits_one() {
    let dir = fixture();
    fs::write(dir.path("bad.eml"), b"").unwrap();
    let mut out = Vec::new();
    let code = run(&args(&dir, vec![dir.path("bad.eml")]), &mut out).unwrap();
    assert_eq!(code, ExitCode::from(1));
    assert_eq!(lines(&out).len(), 1);
}

#[test]
fn key_file_verifies_ids_not_in_the_sent_folder() {
    let dir = fixture();
    fs::write(dir.path("key"), [KEY, b"\n"].concat()).unwrap();
    let (_, id99) = compose_issue_headers(99, "Scale", "Zwolle", KEY, OUR);
    let reply = vendor("Re: Scale")
        .h("In-Reply-To", &id99)
        .plain("The issue has been resolved.")
        .build();
    fs::write(dir.path("r.eml"), reply).unwrap();
    let forged = vendor("Re: Scale")
        .h("In-Reply-To", &format!("<issue-99.0123456789abcdef@{OUR}>"))
        .plain("The issue has been resolved.")
        .build();
    fs::write(dir.path("f.eml"), forged).unwrap();
    let mut a = args(&dir, vec![dir.path("r.eml"), dir.path("f.eml")]);
    a.key_file = Some(dir.path("key"));
    let mut out = Vec::new();
    run(&a, &mut out).unwrap();
    let v = lines(&out);
    assert_eq!(v[0]["issue_ref"], "STORE-99");
    assert_eq!(v[0]["event"], "resolved");
    assert_eq!(v[1]["issue_ref"], Value::Null);
    assert!(v[1]["reason"].as_str().unwrap().contains("forged"));
}

#[test]
fn profile_errors_are_setup_errors() {
    let dir = fixture();
    fs::write(
        dir.path("p.json"),
        r#"{"name":"RSNL","ticket_id_patterns":["RSNL-\\d+"]}"#,
    )
    .unwrap();
    let mut a = args(&dir, vec![dir.path("x.eml")]);
    a.profile = Some(dir.path("p.json"));
    let err = run(&a, &mut Vec::new()).unwrap_err();
    assert!(format!("{err:#}").contains("named group `id`"), "{err:#}");
    let mut b = args(&dir, vec![dir.path("x.eml")]);
    b.sent = dir.path("no-such-folder");
    assert!(run(&b, &mut Vec::new()).is_err());
}

#[test]
fn profile_file_adds_domains_and_patterns() {
    let dir = fixture();
    fs::write(
        dir.path("p.json"),
        r#"{"name":"RSNL","domains":["rsnl.nl"],"ticket_id_patterns":["Melding (?P<id>M-\\d{5})"],
            "status_keywords":{"resolved":["storing verholpen"]}}"#,
    )
    .unwrap();
    let reply = vendor("Melding M-00042: [STORE-42] Till frozen")
        .plain("Storing verholpen.")
        .build();
    fs::write(dir.path("r.eml"), reply).unwrap();
    let mut a = args(&dir, vec![dir.path("r.eml")]);
    a.vendor_domains.clear();
    a.profile = Some(dir.path("p.json"));
    let mut out = Vec::new();
    run(&a, &mut out).unwrap();
    let v = lines(&out);
    assert_eq!(v[0]["vendor_ticket_id"], "M-00042");
    assert_eq!(v[0]["event"], "resolved");
    assert_eq!(v[0]["matched_by"], "subject_tag");
}

#[test]
fn binary_runs_standalone() {
    let dir = fixture();
    let reply = vendor("Re: [STORE-42] Till frozen — Utrecht Centraal [Ticket#31001]")
        .plain("The issue is not resolved yet.")
        .build();
    fs::write(dir.path("r.eml"), reply).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_storedesk-mail-triage"))
        .arg("--sent")
        .arg(dir.path("sent"))
        .args(["--vendor-domain", "rsnl.nl"])
        .arg(dir.path("r.eml"))
        .output()
        .expect("binary runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = lines(&out.stdout);
    assert_eq!(v[0]["event"], "update");
    assert_eq!(v[0]["vendor_ticket_id"], "31001");
    assert_eq!(v[0]["issue_ref"], "STORE-42");

    let bad = Command::new(env!("CARGO_BIN_EXE_storedesk-mail-triage"))
        .arg("--sent")
        .arg(dir.path("sent"))
        .output()
        .expect("binary runs");
    assert_eq!(
        bad.status.code(),
        Some(2),
        "missing reply files is an argument error"
    );
}

/// An uncertain answer, confirmed once, teaches the profile: the same helpdesk's next reply is
/// read alone (issue 9's learning, as the vendor loop will use it).
#[test]
fn a_confirmed_answer_makes_the_next_reply_certain() {
    use storedesk_mail::learning::{learn_ticket_id, learn_wording};
    use storedesk_mail::{triage, Event, TriageContext, VendorProfile};
    let mid = crate::support::mid(42);
    let reply = |n: u32, body: &str| {
        format!(
            "From: Joost <joost@rsnl.nl>\r\nTo: ops@{our}\r\nSubject: Re: printer\r\nDate: Tue, 04 Jun 2024 10:15:00 +0200\r\nMessage-ID: <r{n}@rsnl.nl>\r\nIn-Reply-To: {mid}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n",
            our = crate::support::OUR
        )
    };
    let ctx_with = |profile: &VendorProfile| {
        let mut ctx = TriageContext::new(crate::support::OUR, crate::support::KEY.to_vec());
        ctx.add_vendor_domain("rsnl.nl");
        ctx.learn_sent(&mid, 42);
        ctx.add_profile(profile.compile().unwrap());
        ctx
    };
    let mut profile = VendorProfile {
        name: "RSNL".into(),
        domains: vec!["rsnl.nl".into()],
        ticket_id_patterns: vec![],
        status_keywords: Default::default(),
    };
    let first = reply(1, "Werkbon W88231 afgetekend, de printer draait.");
    let t = triage(first.as_bytes(), &ctx_with(&profile));
    assert!(t.needs_confirmation, "{t:?}");
    // The engineer answers: RSNL's ticket is W88231, and "de printer draait" means resolved.
    assert!(learn_ticket_id(&mut profile, "Werkbon ", "W88231").is_some());
    assert!(learn_wording(
        &mut profile,
        Event::Resolved,
        "de printer draait"
    ));
    let next = reply(2, "Werkbon W90412 afgetekend, de printer draait.");
    let t = triage(next.as_bytes(), &ctx_with(&profile));
    assert_eq!(
        t.vendor_ticket.as_ref().map(|v| v.id.as_str()),
        Some("W90412")
    );
    assert_eq!(t.event, Event::Resolved);
    assert!(!t.needs_confirmation, "{t:?}");
}
