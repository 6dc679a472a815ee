//! Triage of one message: the rules applied in order, and the result record.

use serde::Serialize;

use crate::confidence::{self, EventBasis};
use crate::context::TriageContext;
use crate::event::{self, Event};
use crate::message::{self, Mail, MailError};
use crate::reference::{find_issue, IssueMatch, MatchRule};
use crate::sender::{classify_sender, named_for_vendor, SenderVerdict};
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
    /// How sure, in hundredths (`confidence.rs`).
    pub confidence: u8,
    /// Too unsure to act alone: the vendor panel asks the engineer first.
    pub needs_confirmation: bool,
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
    /// 0 to 1.
    #[serde(serialize_with = "hundredths")]
    pub confidence: u8,
    pub needs_confirmation: bool,
}

fn hundredths<S: serde::Serializer>(c: &u8, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(f64::from(*c) / 100.0)
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
            confidence: self.confidence,
            needs_confirmation: self.needs_confirmation,
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
            confidence: 100,
            needs_confirmation: false,
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
    let sender = classify_sender(
        mail.from.as_deref(),
        mail.reply_to.as_deref(),
        ctx.vendor_domains(),
        ctx.our_domain(),
    );
    let known = |id: &str| ctx.issue_for_vendor_ticket(id).is_some();
    let tickets = find_vendor_ticket(mail, ctx.profiles(), ctx.vendor_prefixes(), &known);
    // A work-order or remote-support product sending from its own domain under the vendor's
    // name ("RSNL Field Maintenance <noreply@macmms.com>") about one of our issues: the
    // vendor's tenant, trusted with a confirmation. A display name is easy to forge, so it
    // counts only with our own reference in the mail, and never changes anything unasked.
    let sender = match sender {
        SenderVerdict::Outsider { domain }
            if named_for_vendor(&mail.from_name, ctx.vendor_domains()) =>
        {
            let probe = find_issue(mail, ctx, true, tickets.found.as_ref());
            if probe.found.is_some() {
                SenderVerdict::NamedForVendor { domain }
            } else {
                SenderVerdict::Outsider { domain }
            }
        }
        // A person at a mailbox of their own (a subcontracted engineer's ziggo.nl or sapo.pt)
        // answering in the thread of our mail (our signed Message-ID, which only the vendor
        // received from us, in In-Reply-To or References) and writing as the vendor's (the
        // vendor named in what they wrote, or in their address). Someone the vendor passed our
        // mail to; trusted the same way, asked the same way (nothing changes unasked). A store
        // manager copied on the thread names no vendor and stays an outsider; a company writing
        // from its own domain and signing as itself ("Binnendienst PaperPoint B.V." from
        // paperpoint.nl, "forwarded to us by RSNL") is another supplier.
        SenderVerdict::Outsider { domain }
            if writes_as_vendor(mail, ctx.vendor_prefixes())
                && !speaks_for_own_domain(&mail.new_text, &domain)
                && find_issue(mail, ctx, true, tickets.found.as_ref())
                    .found
                    .as_ref()
                    .is_some_and(|m| {
                        matches!(m.rule, MatchRule::InReplyTo | MatchRule::References)
                    }) =>
        {
            SenderVerdict::NamedForVendor { domain }
        }
        // "Provider RSNL Service B.V. has checked in for the following work order" from a
        // facilities marketplace's own domain: the vendor named in the text, and our issue
        // named by our reference *and*, in the product's own words, by its title and store.
        // Trusted the same way, asked the same way.
        SenderVerdict::Outsider { domain }
            if names_vendor(&mail.new_text, ctx.vendor_prefixes())
                || names_vendor(&mail.subject, ctx.vendor_prefixes()) =>
        {
            let probe = find_issue(mail, ctx, true, tickets.found.as_ref());
            // In the product's own text: a reply keeps our subject, title and store included.
            let words = ctx.issues_named_in(&mail.new_text);
            match probe.found {
                Some(m) if words.contains(&m.number) => SenderVerdict::NamedForVendor { domain },
                _ => SenderVerdict::Outsider { domain },
            }
        }
        // "Facilio <noreply@facilio.com>": a product's no-reply mailbox whose own text names
        // our issue by its tag and, in its own words, by title and store; only the vendor had
        // that subject from us. Trusted the same way, asked the same way.
        SenderVerdict::Outsider { domain } if is_product_mailbox(mail.from.as_deref()) => {
            let probe = find_issue(mail, ctx, true, tickets.found.as_ref());
            let words = ctx.issues_named_in(&mail.new_text);
            let tagged = |n: u64| mail.new_text.contains(&format!("[STORE-{n}]"));
            match probe.found {
                Some(m) if words.contains(&m.number) && tagged(m.number) => {
                    SenderVerdict::NamedForVendor { domain }
                }
                _ => SenderVerdict::Outsider { domain },
            }
        }
        other => other,
    };
    let trusted = sender.is_trusted();
    let vendor_ticket = tickets.found.clone().filter(|_| trusted);
    let refs = find_issue(mail, ctx, trusted, vendor_ticket.as_ref());

    let (event, mut reason, basis) = decide(
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
    match &sender {
        SenderVerdict::Unchecked => {
            reason.push_str("; no vendor domain configured, sender not checked")
        }
        SenderVerdict::HostedHelpdesk { domain } if event != Event::Ignore => reason.push_str(
            &format!("; sender {domain} read as the vendor's hosted helpdesk"),
        ),
        SenderVerdict::OnBehalf { domain, reply_to } if event != Event::Ignore => reason.push_str(
            &format!("; sent for the vendor by {domain} (Reply-To at {reply_to})"),
        ),
        SenderVerdict::NamedForVendor { domain } if event != Event::Ignore => reason.push_str(
            &format!("; sent by {domain} under the vendor's name, about our issue"),
        ),
        _ => {}
    }
    if !tickets.decoys.is_empty() && trusted {
        reason.push_str(&format!("; passed over: {}", tickets.decoys.join(", ")));
    }
    if !refs.notes.is_empty() {
        reason.push_str(&format!("; {}", refs.notes.join("; ")));
    }
    let (confidence, needs_confirmation) = confidence::assess(
        refs.found.as_ref(),
        vendor_ticket.as_ref(),
        event,
        basis,
        sender.is_indirect(),
    );
    if needs_confirmation {
        reason.push_str("; uncertain: ask before acting");
    }
    Triage {
        confidence,
        needs_confirmation,
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

/// The vendor named as a word in the new text ("Técnico subcontratado por RSNL"), or in the
/// sender's address ("helena.costa.rsnl@sapo.pt").
fn writes_as_vendor(mail: &Mail, prefixes: &[String]) -> bool {
    let local = mail
        .from
        .as_deref()
        .and_then(|a| a.split_once('@'))
        .map(|(l, _)| l.to_lowercase())
        .unwrap_or_default();
    names_vendor(&mail.new_text, prefixes)
        || prefixes.iter().any(|p| {
            let p = p.to_lowercase();
            local.split(['.', '-', '_', '+']).any(|part| part == p)
        })
}

/// The sender's company, named by its domain ("paperpoint" of paperpoint.nl), in what it wrote:
/// a company signing as itself. A mail provider's name (ziggo.nl, sapo.pt) is not in the text of
/// a person writing from their own mailbox there.
fn speaks_for_own_domain(text: &str, domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    let Some(name) = labels.len().checked_sub(2).map(|i| labels[i]) else {
        return false;
    };
    let name = name.to_lowercase();
    if name.chars().count() < 4 {
        return false;
    }
    let text = crate::message::truncate(text, 4096).to_lowercase();
    // "Sent from Yahoo Mail", "Enviado do SAPO Mail", "Interia Poczta": the provider's own
    // signature line names the provider, not the writer's company.
    text.match_indices(name.as_str()).any(|(at, _)| {
        let after = text[at + name.len()..].trim_start_matches([' ', '-', '.']);
        !["mail", "webmail", "e-mail", "poczta", "posta"]
            .iter()
            .any(|m| after.starts_with(m))
    })
}

/// The vendor's name as a word of its own in the text ("Provider RSNL Service B.V."), in the
/// capitals its keys use: a lowercase "rsnl" in a link is an address, not a name.
fn names_vendor(text: &str, prefixes: &[String]) -> bool {
    let head = crate::message::truncate(text, 2048);
    prefixes.iter().any(|p| {
        head.match_indices(p.as_str()).any(|(at, _)| {
            let before = head[..at].chars().next_back();
            let after = head[at + p.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    })
}

fn is_unthreaded_list(mail: &Mail, refs: &crate::reference::RefSearch) -> bool {
    (event::is_list_mail(mail) && !refs.found.as_ref().is_some_and(is_threaded))
        || (event::is_bulk_mail(mail) && refs.found.is_none())
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
) -> (Event, String, EventBasis) {
    let ignore = |why: String| (Event::Ignore, why, EventBasis::Ignored);
    if let Some(why) = event::bounce_reason(mail) {
        return ignore(why.to_string());
    }
    if mail.markers.ours {
        return ignore("our own mail come back (X-StoreDesk-Loop)".into());
    }
    if mail.markers.calendar {
        return ignore("meeting invitation (text/calendar), not a ticket message".into());
    }
    match sender {
        SenderVerdict::Vendor
        | SenderVerdict::Unchecked
        | SenderVerdict::HostedHelpdesk { .. }
        | SenderVerdict::OnBehalf { .. }
        | SenderVerdict::NamedForVendor { .. } => {}
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
    if event::is_bulk_mail(mail) && issue.is_none() {
        return ignore("newsletter (List-Unsubscribe) naming none of our issues".into());
    }
    if event::is_invoice(mail) && !threaded {
        return ignore("an invoice from the vendor's accounts department".into());
    }
    let auto = event::auto_header(mail);
    let mut away_wording = false;
    if let Some(personal) = event::personal_auto_reply(mail) {
        // Out-of-office wording in the body counts at once when a header also says the mail is
        // automatic; without one it counts only if the mail states nothing else: a person may
        // well write "I was on vacation, it is fixed now".
        if auto.is_some() || personal == "out-of-office subject" {
            return ignore(format!("personal auto-reply ({personal})"));
        }
        away_wording = true;
    }
    if let Some(header) = auto {
        // A helpdesk's automatic mail in our issue's thread is kept even without a number
        // ("we received your message"); outside the thread, without a number, it says nothing.
        if ticket.is_none() && !threaded {
            return ignore(format!(
                "automatic reply ({header}) without a ticket number, not in our thread"
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
    let known_ticket = ticket.is_some_and(|t| ctx.issue_for_vendor_ticket(&t.id).is_some());
    // "Status: Open" opens a ticket we have not heard of; on a known ticket it is the status
    // of ongoing work.
    if event == Event::Acknowledged && known_ticket && why.contains("status field") {
        return (Event::Update, why, EventBasis::StatusField);
    }
    let stated = matches!(event, Event::Resolved | Event::Closed);
    if event::from_survey_service(mail)
        || event::survey_from_feedback_product(mail)
        || event::asks_opinion(mail)
        || event::survey_subject(mail)
    {
        return ignore("a survey service's mail, whatever it repeats of the ticket".into());
    }
    if !stated && event::is_survey(mail) {
        return ignore("satisfaction survey stating no status".into());
    }
    if event == Event::Update && away_wording {
        return ignore("personal out-of-office wording, nothing else stated".into());
    }
    // A helpdesk's first automatic mail about a ticket it has not told us before opens it; a
    // later automatic mail about a known ticket without status words is an update.
    if event == Event::Update
        && auto.is_some()
        && !known_ticket
        && event::basis_of(&why) == EventBasis::Assumed
    {
        return (
            Event::Acknowledged,
            "automatic helpdesk notification about a ticket not seen before".into(),
            EventBasis::AssumedOpening,
        );
    }
    let basis = event::basis_of(&why);
    (event, why, basis)
}

/// A product's automatic mailbox ("noreply@", "notifications@"), not a person's.
fn is_product_mailbox(from: Option<&str>) -> bool {
    let local = from
        .and_then(|a| a.rsplit_once('@'))
        .map_or("", |(l, _)| l)
        .to_ascii_lowercase();
    [
        "noreply",
        "no-reply",
        "no_reply",
        "donotreply",
        "do-not-reply",
        "notification",
    ]
    .iter()
    .any(|p| local.starts_with(p))
}

/// The part of the subject the vendor controls: everything before our `[STORE-n]` tag (vendors
/// prepend "[Resolved]", "Closed:", ...). Our tag and our title after it are left out so an
/// issue titled "Till closed unexpectedly" is not read as a closure.
fn status_subject(mail: &Mail) -> &str {
    let s = mail.subject_core.as_str();
    // "AW: Ihre Meldung wurde erfasst [STORE-259] ...": a reply keeps the subject of the mail it
    // answers, so its words state what that mail said, not what this one says.
    if s.len() < mail.subject.trim_start().len() {
        return "";
    }
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

#[cfg(test)]
mod tests {
    #[test]
    fn a_products_automatic_mailbox_is_not_a_person() {
        assert!(super::is_product_mailbox(Some("noreply@facilio.com")));
        assert!(super::is_product_mailbox(Some("Notifications@app.example")));
        assert!(!super::is_product_mailbox(Some("rui.carvalho@gmail.com")));
        assert!(!super::is_product_mailbox(None));
    }
}
