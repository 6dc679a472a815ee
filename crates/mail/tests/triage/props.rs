//! Triage never panics, whatever the bytes, and copes with huge messages. (No timing
//! assertions here by project rule: the benchmark measures the time.)

use proptest::prelude::*;
use storedesk_mail::{triage, try_triage, Event};

use crate::support::{ctx, vendor};

const HEADERS: [&str; 12] = [
    "From: support@rsnl.nl\r\n",
    "Subject: Re: [STORE-42] x [Ticket#1]\r\n",
    "Subject: =?UTF-8?B?W1NUT1JFLTQyXQ==?=\r\n",
    "In-Reply-To: <issue-42.0000@ops.storedesk.example>\r\n",
    "References: <a@b> <c@d>\r\n",
    "Content-Type: multipart/alternative; boundary=\"b\"\r\n",
    "Content-Type: text/html; charset=iso-8859-1\r\n",
    "Content-Transfer-Encoding: base64\r\n",
    "Content-Transfer-Encoding: quoted-printable\r\n",
    "Auto-Submitted: auto-replied\r\n",
    "Content-Type: multipart/report; report-type=delivery-status; boundary=r\r\n",
    "X-Folded: a\r\n\tb\r\n",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_bytes_never_panic(raw in proptest::collection::vec(any::<u8>(), 0..4096)) {
        let ctx = ctx();
        let t = triage(&raw, &ctx);
        let _ = try_triage(&raw, &ctx);
        if t.issue.is_none() {
            prop_assert!(t.issue_message_id.is_none());
        }
    }

    #[test]
    fn mail_shaped_noise_never_panics(
        headers in proptest::collection::vec(0..HEADERS.len(), 0..10),
        body in "[ -~\\n\\r=<>#\\[\\]äöü—]{0,2000}",
        boundary_parts in 0usize..4,
    ) {
        let mut raw = String::new();
        for h in headers {
            raw.push_str(HEADERS[h]);
        }
        raw.push_str("\r\n");
        for _ in 0..boundary_parts {
            raw.push_str("--b\r\nContent-Type: text/plain\r\n\r\n");
            raw.push_str(&body);
            raw.push_str("\r\n");
        }
        raw.push_str(&body);
        let _ = triage(raw.as_bytes(), &ctx());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4))]

    #[test]
    fn huge_random_bodies_never_panic(fill in "[a-z #>\\[\\]0-9\\n]{64}", mb in 1usize..6) {
        let body: String = fill.repeat(mb * 1024 * 1024 / 64);
        let raw = vendor("Re: [STORE-42] Till frozen").plain(&body).build();
        let t = triage(&raw, &ctx());
        prop_assert_eq!(t.issue.map(|m| m.number), Some(42));
    }
}

fn five_mb(unit: &str) -> String {
    unit.repeat(5 * 1024 * 1024 / unit.len())
}

#[test]
fn huge_messages_in_every_shape() {
    let ctx = ctx();
    let shapes: Vec<Vec<u8>> = vec![
        vendor("Re: [STORE-42] Till frozen")
            .plain(&five_mb("The till froze. ticket #1234 order #5 "))
            .build(),
        vendor("Re: [STORE-42] Till frozen")
            .html(&five_mb("<div><blockquote>q</blockquote><p>x</p></div>"))
            .build(),
        vendor("Re: [STORE-42] Till frozen")
            .b64(&five_mb("base64 body line with resolved words "))
            .build(),
        vendor("Re: [STORE-42] Till frozen")
            .qp(&five_mb("=E2=80=94 quoted printable "))
            .build(),
        vendor("Re: [STORE-42] Till frozen")
            .plain(&five_mb("> quoted line\n"))
            .build(),
        vendor(&five_mb("[STORE-42] long subject "))
            .plain("short")
            .build(),
        vendor("Re: [STORE-42] Till frozen")
            .h("References", &five_mb("<a@b> "))
            .plain("x")
            .build(),
        five_mb("From: a@b\r\n").into_bytes(),
        vendor("Re: [STORE-42]")
            .raw_body(&format!(
                "Content-Type: multipart/mixed; boundary=\"m\"\n\n{}--m--\n",
                five_mb("--m\nContent-Type: text/plain\n\nresolved\n")
            ))
            .build(),
    ];
    for raw in shapes {
        assert!(raw.len() >= 5 * 1024 * 1024 - 64);
        let t = triage(&raw, &ctx);
        assert!(t.event == Event::Ignore || t.issue.is_some());
    }
}
