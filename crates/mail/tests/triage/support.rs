//! Builders for realistic raw messages and the shared test context.

use storedesk_mail::compose::issue_message_id;
use storedesk_mail::{load_profile, Event, TriageContext};

pub const OUR: &str = "ops.storedesk.example";
pub const KEY: &[u8] = b"storedesk-test-key";
pub const VENDOR: &str = "rsnl.nl";

/// Our Message-ID for issue `n`, with brackets.
pub fn mid(n: u64) -> String {
    issue_message_id(n, KEY, OUR)
}

/// Issues 7, 41, 42, 43 were sent; vendor ticket 31337 is already linked to issue 7, and the
/// RSNL profile adds the "RSNL-123456" format and Dutch status words.
pub fn ctx() -> TriageContext {
    let mut ctx = TriageContext::new(OUR, KEY.to_vec());
    ctx.add_vendor_domain(VENDOR);
    for n in [7, 41, 42, 43] {
        ctx.learn_sent(&mid(n), n);
    }
    ctx.link_vendor_ticket("31337", 7);
    ctx.learn_issue_title(41, "Freezer door closed badly");
    ctx.learn_issue_title(42, "Till frozen");
    ctx.learn_issue_title(43, "Receipt printer offline");
    ctx.learn_issue_store(41, "Utrecht Centraal");
    ctx.learn_issue_store(42, "Utrecht Centraal");
    ctx.learn_issue_store(43, "Amersfoort");
    let profile = load_profile(
        r#"{"name":"RSNL","domains":["rsnl.nl"],
            "ticket_id_patterns":["\\[RSNL-(?P<id>\\d{6})\\]"],
            "status_keywords":{"resolved":["storing verholpen"],"closed":["melding gesloten"]}}"#,
    )
    .expect("test profile is valid");
    ctx.add_profile(profile);
    ctx
}

pub enum Body {
    Plain(String),
    Html(String),
    Alt(String, String),
    QuotedPrintable(String),
    Base64(String),
    Latin1(String),
    Raw(String),
}

/// A message under construction. Headers are written in order, CRLF line ends.
pub struct M {
    headers: Vec<(String, String)>,
    body: Body,
    lf_only: bool,
}

pub fn from(addr: &str, subject: &str) -> M {
    M {
        headers: vec![
            ("From".into(), addr.into()),
            ("To".into(), format!("Ops <ops@{OUR}>")),
            ("Subject".into(), subject.into()),
            ("Date".into(), "Tue, 04 Jun 2024 10:15:00 +0200".into()),
            ("Message-ID".into(), "<a1b2c3@mail.rsnl.nl>".into()),
            ("MIME-Version".into(), "1.0".into()),
        ],
        body: Body::Plain(String::new()),
        lf_only: false,
    }
}

/// From the vendor's helpdesk address.
pub fn vendor(subject: &str) -> M {
    from("RSNL Support <support@rsnl.nl>", subject)
}

impl M {
    pub fn h(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }
    pub fn set(mut self, name: &str, value: &str) -> Self {
        self.headers.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
        self.headers.push((name.into(), value.into()));
        self
    }
    /// In-Reply-To and References pointing at our mail about issue `n`.
    pub fn irt(self, n: u64) -> Self {
        let id = mid(n);
        self.h("In-Reply-To", &id).h("References", &id)
    }
    pub fn plain(mut self, body: &str) -> Self {
        self.body = Body::Plain(body.into());
        self
    }
    pub fn html(mut self, body: &str) -> Self {
        self.body = Body::Html(body.into());
        self
    }
    pub fn alt(mut self, plain: &str, html: &str) -> Self {
        self.body = Body::Alt(plain.into(), html.into());
        self
    }
    pub fn qp(mut self, body: &str) -> Self {
        self.body = Body::QuotedPrintable(body.into());
        self
    }
    pub fn b64(mut self, body: &str) -> Self {
        self.body = Body::Base64(body.into());
        self
    }
    pub fn latin1(mut self, body: &str) -> Self {
        self.body = Body::Latin1(body.into());
        self
    }
    /// A complete body including its own Content-Type headers (after the message headers).
    pub fn raw_body(mut self, mime_and_body: &str) -> Self {
        self.body = Body::Raw(mime_and_body.into());
        self
    }
    pub fn lf(mut self) -> Self {
        self.lf_only = true;
        self
    }

    pub fn build(self) -> Vec<u8> {
        let nl = if self.lf_only { "\n" } else { "\r\n" };
        let mut out: Vec<u8> = Vec::new();
        for (n, v) in &self.headers {
            out.extend_from_slice(format!("{n}: {v}{nl}").as_bytes());
        }
        let fix = |s: &str| s.replace("\r\n", "\n").replace('\n', nl);
        match self.body {
            Body::Plain(b) => {
                out.extend_from_slice(
                    format!("Content-Type: text/plain; charset=utf-8{nl}Content-Transfer-Encoding: 8bit{nl}{nl}").as_bytes(),
                );
                out.extend_from_slice(fix(&b).as_bytes());
            }
            Body::Html(b) => {
                out.extend_from_slice(
                    format!("Content-Type: text/html; charset=utf-8{nl}{nl}").as_bytes(),
                );
                out.extend_from_slice(fix(&b).as_bytes());
            }
            Body::Alt(p, h) => {
                let s = format!(
                    "Content-Type: multipart/alternative; boundary=\"b1\"{nl}{nl}--b1{nl}Content-Type: text/plain; charset=utf-8{nl}{nl}{}{nl}--b1{nl}Content-Type: text/html; charset=utf-8{nl}{nl}{}{nl}--b1--{nl}",
                    fix(&p),
                    fix(&h)
                );
                out.extend_from_slice(s.as_bytes());
            }
            Body::QuotedPrintable(b) => {
                out.extend_from_slice(
                    format!("Content-Type: text/plain; charset=utf-8{nl}Content-Transfer-Encoding: quoted-printable{nl}{nl}").as_bytes(),
                );
                out.extend_from_slice(qp_encode(&fix(&b), nl).as_bytes());
            }
            Body::Base64(b) => {
                out.extend_from_slice(
                    format!("Content-Type: text/plain; charset=utf-8{nl}Content-Transfer-Encoding: base64{nl}{nl}").as_bytes(),
                );
                let enc = b64_encode(fix(&b).as_bytes());
                for chunk in enc.as_bytes().chunks(76) {
                    out.extend_from_slice(chunk);
                    out.extend_from_slice(nl.as_bytes());
                }
            }
            Body::Latin1(b) => {
                out.extend_from_slice(
                    format!("Content-Type: text/plain; charset=iso-8859-1{nl}Content-Transfer-Encoding: 8bit{nl}{nl}").as_bytes(),
                );
                out.extend(
                    fix(&b)
                        .chars()
                        .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?')),
                );
            }
            Body::Raw(r) => out.extend_from_slice(fix(&r).as_bytes()),
        }
        out
    }
}

/// RFC 2047 B-encoded UTF-8 word.
pub fn ew_b(s: &str) -> String {
    format!("=?UTF-8?B?{}?=", b64_encode(s.as_bytes()))
}

/// RFC 2047 Q-encoded ISO-8859-1 word.
pub fn ew_q_latin1(s: &str) -> String {
    let mut out = String::from("=?ISO-8859-1?Q?");
    for c in s.chars() {
        let b = u8::try_from(u32::from(c)).unwrap_or(b'?');
        match b {
            b' ' => out.push('_'),
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'.' | b'!' => out.push(b as char),
            _ => out.push_str(&format!("={b:02X}")),
        }
    }
    out.push_str("?=");
    out
}

pub fn b64_encode(data: &[u8]) -> String {
    const T: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(T[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn qp_encode(s: &str, nl: &str) -> String {
    let mut out = String::new();
    for line in s.split(nl) {
        let mut len = 0;
        for b in line.bytes() {
            let piece = if (b == b' ' || b.is_ascii_graphic()) && b != b'=' {
                (b as char).to_string()
            } else {
                format!("={b:02X}")
            };
            if len + piece.len() > 75 {
                out.push('=');
                out.push_str(nl);
                len = 0;
            }
            len += piece.len();
            out.push_str(&piece);
        }
        out.push_str(nl);
    }
    out
}

/// One row of the table.
pub struct Case {
    pub name: &'static str,
    pub raw: Vec<u8>,
    pub issue: Option<u64>,
    pub ticket: Option<&'static str>,
    pub event: Event,
    /// Expected `matched_by`, when the case is about which rule matched.
    pub rule: Option<&'static str>,
}

pub fn case(
    name: &'static str,
    m: M,
    issue: Option<u64>,
    ticket: Option<&'static str>,
    event: Event,
) -> Case {
    Case {
        name,
        raw: m.build(),
        issue,
        ticket,
        event,
        rule: None,
    }
}

impl Case {
    pub fn by(mut self, rule: &'static str) -> Self {
        self.rule = Some(rule);
        self
    }
}
