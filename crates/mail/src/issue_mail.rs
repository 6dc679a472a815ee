//! The whole mail we send the vendor about a new issue: the subject and signed Message-ID of
//! `compose`, a plain-text body with what the vendor's desk needs (store, location, priority,
//! description, reporter), Reply-To the watched mailbox, and a loop guard. The same bytes go out
//! from the server and from the desktop's local mode.

use base64::Engine;

use crate::compose::{compose_issue_headers, issue_ref};

/// Our mail carries this header; a message that comes back with it is our own (a bounce loop, an
/// auto-forward), never a vendor reply. Not `Auto-Submitted`: RFC 3834 responders would then
/// send no acknowledgement, and the acknowledgement is what we wait for.
pub const LOOP_HEADER: &str = "X-StoreDesk-Loop";

#[derive(Debug, Clone)]
pub struct IssueMail<'a> {
    pub number: u64,
    pub title: &'a str,
    pub store: &'a str,
    pub location: Option<&'a str>,
    pub priority: &'a str,
    pub description: &'a str,
    pub reporter: &'a str,
    /// Our address (the watched mailbox): From and Reply-To.
    pub from: &'a str,
    pub to: &'a str,
    /// RFC 5322 date, e.g. "Mon, 01 Jul 2024 09:00:00 +0000".
    pub date: &'a str,
    pub domain: &'a str,
    pub key: &'a [u8],
}

/// The message bytes (CRLF, ASCII headers) and its Message-ID (with angle brackets).
pub fn issue_mail(m: &IssueMail<'_>) -> (Vec<u8>, String) {
    let (subject, message_id) = compose_issue_headers(m.number, m.title, m.store, m.key, m.domain);
    let b64 = |s: &str| base64::engine::general_purpose::STANDARD.encode(s);
    let mut body = format!("Store: {}\r\n", m.store);
    if let Some(location) = m.location.filter(|l| !l.trim().is_empty()) {
        body.push_str(&format!("Location: {location}\r\n"));
    }
    body.push_str(&format!(
        "Priority: {}\r\nReported by: {}\r\nOur reference: {}\r\n\r\n{}\r\n\r\n{}\r\n",
        m.priority,
        m.reporter,
        issue_ref(m.number),
        m.title,
        m.description
    ));
    body.push_str(&format!(
        "\r\n--\r\nPlease keep [{}] in the subject when you reply.\r\n",
        issue_ref(m.number)
    ));
    let encoded = b64(&body.replace("\r\n", "\n").replace('\n', "\r\n"));
    let mut raw = format!(
        "From: StoreDesk <{from}>\r\nReply-To: StoreDesk <{from}>\r\nTo: <{to}>\r\nSubject: =?UTF-8?B?{subject}?=\r\nDate: {date}\r\nMessage-ID: {message_id}\r\nX-StoreDesk-Issue: {issue}\r\n{LOOP_HEADER}: {domain}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n",
        from = one_line(m.from),
        to = one_line(m.to),
        subject = b64(&subject),
        date = one_line(m.date),
        issue = issue_ref(m.number),
        domain = one_line(m.domain),
    );
    for line in encoded.as_bytes().chunks(76) {
        raw.push_str(std::str::from_utf8(line).unwrap_or_default());
        raw.push_str("\r\n");
    }
    (raw.into_bytes(), message_id)
}

/// What the storage knows of an issue to mail (the server's and the desktop's outbox rows).
#[derive(Debug, Clone)]
pub struct IssueFacts {
    pub number: u64,
    pub title: String,
    pub store: String,
    pub location: Option<String>,
    pub priority: String,
    pub description: String,
    pub reporter: String,
}

/// Who sends issue mail, to whom, and how its Message-IDs are signed: the same for every
/// issue of one installation.
#[derive(Clone)]
pub struct IssueMailer {
    /// Our address (the watched mailbox).
    pub from: String,
    /// The vendor's support address.
    pub to: String,
    /// Our domain, in the Message-ID.
    pub domain: String,
    pub key: Vec<u8>,
}

impl std::fmt::Debug for IssueMailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IssueMailer")
            .field("from", &self.from)
            .field("to", &self.to)
            .field("domain", &self.domain)
            .field("key", &"***")
            .finish()
    }
}

impl IssueMailer {
    /// The mail about `issue`, dated now: its bytes and Message-ID.
    pub fn compose(&self, issue: &IssueFacts) -> (Vec<u8>, String) {
        let date = chrono::Utc::now().to_rfc2822();
        issue_mail(&IssueMail {
            number: issue.number,
            title: &issue.title,
            store: &issue.store,
            location: issue.location.as_deref(),
            priority: &issue.priority,
            description: &issue.description,
            reporter: &issue.reporter,
            from: &self.from,
            to: &self.to,
            date: &date,
            domain: &self.domain,
            key: &self.key,
        })
    }
}

/// A header value cannot hold a line break (it would start a header of the caller's choosing).
fn one_line(s: &str) -> String {
    s.chars().filter(|c| !c.is_control()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mail_parses_back_with_its_subject_id_and_body() {
        let m = IssueMail {
            number: 42,
            title: "Till 3 frozen on boot",
            store: "Köln Schildergasse",
            location: Some("Schildergasse 31"),
            priority: "high",
            description: "Stuck on the logo.\nSince this morning.",
            reporter: "Sam Jansen",
            from: "ops@ours.test",
            to: "support@vendor.test\r\nBcc: x@evil.test",
            date: "Mon, 01 Jul 2024 09:00:00 +0000",
            domain: "ours.test",
            key: b"k",
        };
        let (raw, id) = issue_mail(&m);
        let mail = crate::message::parse(&raw).expect("parses");
        assert_eq!(
            mail.subject,
            "[STORE-42] Till 3 frozen on boot — Köln Schildergasse"
        );
        assert_eq!(
            mail.message_id.as_deref(),
            Some(id.trim_matches(['<', '>']))
        );
        assert!(
            mail.new_text.contains("Location: Schildergasse 31"),
            "{}",
            mail.new_text
        );
        assert!(mail.new_text.contains("Since this morning."));
        let text = String::from_utf8_lossy(&raw);
        assert!(
            !text.contains("\r\nBcc:"),
            "a header injected through an address"
        );
        assert!(text.lines().all(|l| l.len() < 998));
    }

    #[test]
    fn our_mail_coming_back_is_ignored() {
        let m = IssueMail {
            number: 7,
            title: "Printer offline",
            store: "Gent",
            location: None,
            priority: "low",
            description: "It is resolved now.",
            reporter: "Sam",
            from: "ops@ours.test",
            to: "support@vendor.test",
            date: "Mon, 01 Jul 2024 09:00:00 +0000",
            domain: "ours.test",
            key: b"k",
        };
        let (raw, _) = issue_mail(&m);
        // As the vendor's server would redirect it back, From rewritten to the vendor.
        let text = String::from_utf8_lossy(&raw).replace(
            "From: StoreDesk <ops@ours.test>",
            "From: RSNL <support@vendor.test>",
        );
        let mut ctx = crate::TriageContext::new("ours.test", b"k".to_vec());
        ctx.add_vendor_domain("vendor.test");
        let t = crate::triage(text.as_bytes(), &ctx);
        assert_eq!(t.event, crate::Event::Ignore, "{}", t.reason);
        assert!(t.reason.contains("X-StoreDesk-Loop"), "{}", t.reason);
    }
}
