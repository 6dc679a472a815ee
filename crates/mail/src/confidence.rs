//! How sure triage is of one answer, from 0 to 1, and whether to ask the engineer before any
//! effect. Each part of the answer has its own evidence: how the issue was matched, how the
//! ticket id was stated, what said the event. The parts multiply, so one weak part is enough to
//! ask. The policy (issue 9): a reply in our thread is never dropped for lack of known words;
//! unknown wording is an update with low confidence, shown for confirmation; nothing uncertain
//! changes an issue's status unasked.

use crate::event::Event;
use crate::reference::{IssueMatch, MatchRule};
use crate::ticket_id::VendorTicket;

/// What decided the event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventBasis {
    /// A vendor profile's own keyword: the vendor's wording, learnt.
    Profile,
    /// "status changed from X to Y" or a status field.
    StatusField,
    /// Closed or resolved stated as a fact in words.
    Stated,
    /// Received / logged / opened wording.
    Acknowledgement,
    /// A notification's own account of what happened: "has been updated", "commented".
    Action,
    /// An automatic notification about a ticket not seen before, with no words for it.
    AssumedOpening,
    /// No words triage knows: read as an update.
    Assumed,
    /// A rule with positive evidence said ignore (bounce, list, lookalike, out-of-office...).
    Ignored,
}

pub const ASK_BELOW: f64 = 0.7;

/// Confidence in hundredths (0..=100), and whether to ask.
pub fn assess(
    issue: Option<&IssueMatch>,
    ticket: Option<&VendorTicket>,
    event: Event,
    basis: EventBasis,
    indirect_sender: bool,
) -> (u8, bool) {
    let event_part = match basis {
        EventBasis::Profile => 0.98,
        EventBasis::StatusField => 0.95,
        EventBasis::Stated => 0.92,
        EventBasis::Acknowledgement => 0.9,
        EventBasis::Action => 0.9,
        EventBasis::AssumedOpening => 0.65,
        EventBasis::Assumed => 0.6,
        EventBasis::Ignored => 0.95,
    };
    if event == Event::Ignore {
        return (percent(event_part), false);
    }
    let issue_part = match issue.map(|m| m.rule) {
        Some(MatchRule::InReplyTo) => 1.0,
        Some(MatchRule::References) => 0.98,
        Some(MatchRule::SubjectTag) => 0.97,
        Some(MatchRule::BodyReference) | Some(MatchRule::VendorTicketMap) => 0.9,
        Some(MatchRule::QuotedReference) => 0.8,
        // Words, not a reference: right in the cases seen, but a person confirms.
        Some(MatchRule::TitleAndStore) => 0.6,
        None => 0.5,
    };
    let id_part = match ticket.map(|t| t.format.as_str()) {
        None => 0.95,
        Some(f) if f.starts_with("profile:") => 1.0,
        Some("known ticket") => 0.95,
        Some("ticket word") | Some(crate::ticket_id::VENDOR_PREFIX) => 0.93,
        Some("subject tag") => 0.9,
        Some("reference word") => 0.85,
        Some("helpdesk link") => 0.7,
        Some("hash number") => 0.65,
        // The named helpdesk formats (osTicket, RT, Zammad, ServiceNow, ...).
        Some(_) => 0.98,
    };
    // A hosted helpdesk's tenant or a service sending for the vendor: probably the vendor,
    // but the engineer confirms once (and the profile learns the domain).
    let sender_part = if indirect_sender { 0.75 } else { 1.0 };
    let c = issue_part * id_part * event_part * sender_part;
    (percent(c), c < ASK_BELOW)
}

fn percent(c: f64) -> u8 {
    (c.clamp(0.0, 1.0) * 100.0).round() as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(rule: MatchRule) -> IssueMatch {
        IssueMatch { number: 7, rule }
    }
    fn t(format: &str) -> VendorTicket {
        VendorTicket {
            id: "4471".into(),
            format: format.into(),
            place: crate::ticket_id::Place::Body,
        }
    }

    #[test]
    fn weak_evidence_asks_strong_does_not() {
        let table = [
            (
                Some(m(MatchRule::InReplyTo)),
                Some(t("osticket_freshdesk")),
                Event::Resolved,
                EventBasis::Stated,
                false,
            ),
            (
                Some(m(MatchRule::SubjectTag)),
                Some(t("ticket word")),
                Event::Acknowledged,
                EventBasis::Acknowledgement,
                false,
            ),
            (
                Some(m(MatchRule::InReplyTo)),
                None,
                Event::Update,
                EventBasis::Assumed,
                true,
            ),
            (
                Some(m(MatchRule::SubjectTag)),
                Some(t("helpdesk link")),
                Event::Acknowledged,
                EventBasis::Acknowledgement,
                true,
            ),
            (
                Some(m(MatchRule::InReplyTo)),
                Some(t("profile:RSNL")),
                Event::Closed,
                EventBasis::Profile,
                false,
            ),
            (
                Some(m(MatchRule::QuotedReference)),
                Some(t("hash number")),
                Event::Resolved,
                EventBasis::Stated,
                true,
            ),
            (None, None, Event::Ignore, EventBasis::Ignored, false),
        ];
        for (issue, ticket, event, basis, asks) in table {
            let (c, ask) = assess(issue.as_ref(), ticket.as_ref(), event, basis, false);
            assert_eq!(ask, asks, "{issue:?} {ticket:?} {event:?} {basis:?}: {c}");
            assert!(c <= 100);
        }
    }
}
