//! Which of our issues a message answers, in layers (first match wins):
//! 1. our Message-ID in In-Reply-To, then References (rightmost first);
//! 2. our `[STORE-<n>]` tag in the decoded subject (trusted senders only, as osTicket does);
//! 3. our Message-ID or tag in the new body text, then in the quoted text (plain or HTML);
//! 4. a vendor ticket id already linked to an issue;
//! 5. our title and the store's name, both in the subject or the new text, naming one issue
//!    only (a helpdesk that replaced our subject and dropped the thread); asked, never acted on.

use std::sync::LazyLock;

use regex::Regex;

use crate::compose::{issue_ref, parse_our_message_id, verify_issue_token};
use crate::context::TriageContext;
use crate::message::Mail;
use crate::ticket_id::VendorTicket;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchRule {
    InReplyTo,
    References,
    SubjectTag,
    BodyReference,
    QuotedReference,
    VendorTicketMap,
    TitleAndStore,
}

impl MatchRule {
    pub fn as_str(self) -> &'static str {
        match self {
            MatchRule::InReplyTo => "in_reply_to",
            MatchRule::References => "references",
            MatchRule::SubjectTag => "subject_tag",
            MatchRule::BodyReference => "body_reference",
            MatchRule::QuotedReference => "quoted_reference",
            MatchRule::VendorTicketMap => "vendor_ticket_map",
            MatchRule::TitleAndStore => "title_and_store",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssueMatch {
    pub number: u64,
    pub rule: MatchRule,
}

impl IssueMatch {
    pub fn issue_ref(&self) -> String {
        issue_ref(self.number)
    }
}

/// The match, plus notes on references that were seen but refused (forged, unknown, untrusted).
#[derive(Debug, Clone, Default)]
pub struct RefSearch {
    pub found: Option<IssueMatch>,
    pub notes: Vec<String>,
}

static TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[STORE-(?P<n>\d{1,12})\]").expect("tag regex compiles"));
static BODY_TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\[|\b)STORE-(?P<n>\d{1,12})\b").expect("body tag regex compiles")
});
static BODY_MSGID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bissue-\d{1,12}\.[0-9a-f]{1,64}(?:\.[\w-]{1,32})?@[a-z0-9.-]{1,253}")
        .expect("body message-id regex compiles")
});

/// The issue number in a `[STORE-<n>]` subject tag.
/// Bracketed as we send it, or written bare by a person who typed the subject again.
pub fn subject_tag(subject: &str) -> Option<u64> {
    TAG.captures(subject)
        .or_else(|| BODY_TAG.captures(subject))?
        .name("n")?
        .as_str()
        .parse()
        .ok()
}

pub fn find_issue(
    mail: &Mail,
    ctx: &TriageContext,
    trusted_sender: bool,
    vendor_ticket: Option<&VendorTicket>,
) -> RefSearch {
    let mut search = RefSearch::default();
    let headers = mail
        .in_reply_to
        .iter()
        .map(|id| (id, MatchRule::InReplyTo))
        .chain(
            mail.references
                .iter()
                .rev()
                .map(|id| (id, MatchRule::References)),
        );
    for (id, rule) in headers.clone() {
        if let Some(number) = our_message_id(id, ctx, &mut search.notes) {
            search.found = Some(IssueMatch { number, rule });
            return search;
        }
    }
    // In reply to the vendor's own earlier mail about an issue (its receipt, a colleague's
    // answer): the thread is the issue's, when the vendor is the one writing.
    if trusted_sender {
        for (id, rule) in headers {
            if let Some(number) = ctx.vendor_mail_issue(id) {
                search.found = Some(IssueMatch { number, rule });
                return search;
            }
        }
    }
    if !trusted_sender {
        if TAG.is_match(&mail.subject) {
            search
                .notes
                .push("subject tag from an untrusted sender not used".into());
        }
        return search;
    }
    if let Some(number) = subject_tag(&mail.subject) {
        if ctx.knows_issue(number) {
            search.found = Some(IssueMatch {
                number,
                rule: MatchRule::SubjectTag,
            });
            return search;
        }
        search.notes.push(format!(
            "subject tag STORE-{number} is not an issue we sent"
        ));
    }
    for (text, rule) in [
        (&mail.new_text, MatchRule::BodyReference),
        (&mail.quoted_text, MatchRule::QuotedReference),
    ] {
        if let Some(number) = body_reference(text, ctx, &mut search.notes) {
            search.found = Some(IssueMatch { number, rule });
            return search;
        }
    }
    if let Some(number) = vendor_ticket.and_then(|t| ctx.issue_for_vendor_ticket(&t.id)) {
        search.found = Some(IssueMatch {
            number,
            rule: MatchRule::VendorTicketMap,
        });
        return search;
    }
    let named = ctx.issues_named_in(&format!("{}\n{}", mail.subject, mail.new_text));
    match named.as_slice() {
        [number] => {
            search.found = Some(IssueMatch {
                number: *number,
                rule: MatchRule::TitleAndStore,
            });
        }
        [] => {}
        several => search.notes.push(format!(
            "title and store fit {} issues, none chosen",
            several.len()
        )),
    }
    search
}

/// Accepts a Message-ID we sent (learnt from the sent folder) or one in our format whose HMAC
/// token verifies. A well-formed id with a wrong token is a forgery and is noted, not used.
fn our_message_id(id: &str, ctx: &TriageContext, notes: &mut Vec<String>) -> Option<u64> {
    if let Some(n) = ctx.sent_issue(id) {
        return Some(n);
    }
    let ours = parse_our_message_id(id, ctx.our_domain())?;
    match ctx.key() {
        Some(key) if verify_issue_token(key, ours.number, &ours.token) => Some(ours.number),
        Some(_) => {
            notes.push(format!("forged reference <{id}> ignored (bad token)"));
            None
        }
        None => {
            notes.push(format!(
                "reference <{id}> not in the sent folder and no key to verify it"
            ));
            None
        }
    }
}

fn body_reference(text: &str, ctx: &TriageContext, notes: &mut Vec<String>) -> Option<u64> {
    if text.is_empty() {
        return None;
    }
    for m in BODY_MSGID.find_iter(text).take(20) {
        if let Some(n) = our_message_id(m.as_str(), ctx, notes) {
            return Some(n);
        }
    }
    for caps in BODY_TAG.captures_iter(text).take(20) {
        let Some(n) = caps.name("n").and_then(|n| n.as_str().parse::<u64>().ok()) else {
            continue;
        };
        if ctx.knows_issue(n) {
            return Some(n);
        }
    }
    None
}
