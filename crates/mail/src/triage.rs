//! Triage of one message: the rules applied in order, and the result record.

use serde::Serialize;

use crate::context::TriageContext;
use crate::event::{self, Event};
use crate::message::{self, Mail, MailError};
use crate::reference::{find_issue, IssueMatch, MatchRule};
use crate::sender::{classify_sender, SenderVerdict};
use crate::ticket_id::{find_vendor_ticket, VendorTicket};

/// What one incoming message means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Triage {
    /// The issue it answers and the rule that matched, if any.
    pub issue: Option<IssueMatch>,
    /// Our Message-ID of that issue (sent-folder id, else the canonical signed one).
    pub issue_message_id: Option<String>,
    /// The vendor's ticket id; only taken from senders that count as the vendor.
    pub vendor_ticket: Option<VendorTicket>,
    pub event: Event,
    /// Why, in words, for the operator reading the log.
    pub reason: String,
}

/// One output line of `mail triage`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TriageRecord {
    pub file: String,
    pub issue: Option<String>,
    pub issue_ref: Option<String>,
    pub vendor_ticket_id: Option<String>,
    pub event: Event,
    pub matched_by: String,
    pub reason: String,
}

impl Triage {
    pub fn issue_ref(&self) -> Option<String> {
        self.issue.as_ref().map(IssueMatch::issue_ref)
    }

    pub fn matched_by(&self) -> &'static str {
        self.issue.as_ref().map_or("none", |m| m.rule.as_str())
    }

    pub fn to_record(&self, file: &str) -> TriageRecord {
        TriageRecord {
            file: file.to_string(),
            issue: self.issue_message_id.clone(),
            issue_ref: self.issue_ref(),
            vendor_ticket_id: self.vendor_ticket.as_ref().map(|t| t.id.clone()),
            event: self.event,
            matched_by: self.matched_by().to_string(),
            reason: self.reason.clone(),
        }
    }
}

/// Triage of raw RFC 5322 bytes. Never panics and does no I/O; input that is not a mail at all
/// comes back as `ignore` with the reason. Use [`try_triage`] to tell those apart.
pub fn triage(raw: &[u8], ctx: &TriageContext) -> Triage {
    match try_triage(raw, ctx) {
        Ok(t) => t,
        Err(e) => Triage {
            issue: None,
            issue_message_id: None,
            vendor_ticket: None,
            event: Event::Ignore,
            reason: format!("unreadable: {e}"),
        },
    }
}

/// Like [`triage`], but reports input that is empty or not a mail as an error.
pub fn try_triage(raw: &[u8], ctx: &TriageContext) -> Result<Triage, MailError> {
    Ok(triage_mail(&message::parse(raw)?, ctx))
}

/// The rules, in order: bounce; sender; list mail; auto-replies; link to one of our issues;
/// status words.
pub fn triage_mail(mail: &Mail, ctx: &TriageContext) -> Triage {
    let sender = classify_sender(mail.from.as_deref(), ctx.vendor_domains(), ctx.our_domain());
    let trusted = sender.is_trusted();
    let tickets = find_vendor_ticket(mail, ctx.profiles());
    let vendor_ticket = tickets.found.clone().filter(|_| trusted);
    let refs = find_issue(mail, ctx, trusted, vendor_ticket.as_ref());

    let (event, mut reason) = decide(
        mail,
        &sender,
        refs.found.as_ref(),
        vendor_ticket.as_ref(),
        ctx,
    );
    // Bounces and list mail only quote or mention tickets; an id found there is not the
    // vendor telling us its ticket number.
    let vendor_ticket = vendor_ticket
        .filter(|_| event::bounce_reason(mail).is_none() && !is_unthreaded_list(mail, &refs));

    if let Some(m) = &refs.found {
        reason.push_str(&format!("; issue by {}", m.rule.as_str()));
    }
    if let Some(t) = &vendor_ticket {
        reason.push_str(&format!(
            "; ticket id from {} ({})",
            t.place.as_str(),
            t.format
        ));
    }
    if matches!(sender, SenderVerdict::Unchecked) {
        reason.push_str("; no vendor domain configured, sender not checked");
    }
    if !tickets.decoys.is_empty() && trusted {
        reason.push_str(&format!("; passed over: {}", tickets.decoys.join(", ")));
    }
    if !refs.notes.is_empty() {
        reason.push_str(&format!("; {}", refs.notes.join("; ")));
    }
    Triage {
        issue_message_id: refs
            .found
            .as_ref()
            .and_then(|m| ctx.message_id_for(m.number)),
        issue: refs.found,
        vendor_ticket,
        event,
        reason,
    }
}

fn is_unthreaded_list(mail: &Mail, refs: &crate::reference::RefSearch) -> bool {
    event::is_list_mail(mail) && !refs.found.as_ref().is_some_and(is_threaded)
}

fn is_threaded(m: &IssueMatch) -> bool {
    matches!(
        m.rule,
        MatchRule::InReplyTo | MatchRule::References | MatchRule::SubjectTag
    )
}

fn decide(
    mail: &Mail,
    sender: &SenderVerdict,
    issue: Option<&IssueMatch>,
    ticket: Option<&VendorTicket>,
    ctx: &TriageContext,
) -> (Event, String) {
    let ignore = |why: String| (Event::Ignore, why);
    if let Some(why) = event::bounce_reason(mail) {
        return ignore(why.to_string());
    }
    match sender {
        SenderVerdict::Vendor | SenderVerdict::Unchecked => {}
        SenderVerdict::Ourselves => return ignore("sent from our own domain".into()),
        SenderVerdict::Missing => return ignore("no sender address".into()),
        SenderVerdict::Lookalike { domain, resembles } => {
            return ignore(format!(
                "sender domain {domain} is a lookalike of vendor domain {resembles}"
            ))
        }
        SenderVerdict::Outsider { domain } => {
            return ignore(format!("sender domain {domain} is not a vendor domain"))
        }
    }
    let threaded = issue.is_some_and(is_threaded);
    if event::is_list_mail(mail) && !threaded {
        return ignore("mailing list or newsletter (List-* / Precedence: list)".into());
    }
    let auto = event::auto_header(mail);
    if let Some(personal) = event::personal_auto_reply(mail) {
        // Out-of-office wording in the body only counts when a header also says the mail is
        // automatic: a person may well write "I was on vacation, it is fixed now".
        if auto.is_some() || personal == "out-of-office subject" {
            return ignore(format!("personal auto-reply ({personal})"));
        }
    }
    if let Some(header) = auto {
        if ticket.is_none() {
            return ignore(format!(
                "automatic reply ({header}) without a ticket number"
            ));
        }
    }
    if issue.is_none() {
        return ignore(
            "vendor mail not linked to any of our issues (another customer's ticket, or unthreaded)"
                .into(),
        );
    }
    let profile_words: Vec<_> = ctx
        .profiles()
        .iter()
        .flat_map(|p| p.status_keywords.iter().cloned())
        .collect();
    let title = issue.and_then(|m| ctx.title_of(m.number));
    let our_words: Vec<&str> = title.into_iter().collect();
    let (event, why) = event::status_of(
        status_subject(mail),
        &mail.new_text,
        &profile_words,
        &our_words,
    );
    if event == Event::Update && auto.is_some() && ticket.is_some() {
        return (
            Event::Acknowledged,
            "automatic helpdesk notification carrying a ticket number".into(),
        );
    }
    (event, why)
}

/// The part of the subject the vendor controls: everything before our `[STORE-n]` tag (vendors
/// prepend "[Resolved]", "Closed:", ...). Our tag and our title after it are left out so an
/// issue titled "Till closed unexpectedly" is not read as a closure.
fn status_subject(mail: &Mail) -> &str {
    let s = mail.subject_core.as_str();
    match s.find("[STORE-") {
        Some(at) => {
            let before = &s[..at];
            // Vendors that append their own tag after ours ("... [Ticket#123]") add nothing
            // about status there, so only the prefix is read.
            crate::message::strip_reply_prefixes(before)
        }
        None => s,
    }
}
