//! What a triaged vendor reply does to its issue: the vendor ticket to record, the statuses the
//! issue passes through, the history entries, the note. Decided here once; the server's
//! PostgreSQL sink and the desktop's SQLite sink only write it.

use storedesk_domain::history::Event as HistoryEvent;
use storedesk_domain::vendor::{status_path, OnVendorResolution, VendorNews};
use storedesk_domain::Status;

use crate::{Event, Triage};

/// The vendor's ticket column holds at most this many characters.
pub const MAX_TICKET_LEN: usize = 64;

/// The effects of one reply on an issue whose status is `from`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplyEffects {
    /// The vendor's ticket id to record, if the reply gives one that fits.
    pub ticket: Option<String>,
    /// The vendor says the work is done (resolved or closed): the resolution date.
    pub finished: bool,
    /// The statuses the issue passes through, in order (each a move the state machine allows).
    pub steps: Vec<Status>,
    /// The history note: which vendor's mail, and why triage read it so.
    pub note: String,
    /// Triage's event, as the resolution's last vendor status.
    pub vendor_status: &'static str,
}

/// The ticket id a reply gives, when it fits the column (the mail log keeps it too).
pub fn ticket(t: &Triage) -> Option<&str> {
    t.vendor_ticket
        .as_ref()
        .map(|v| v.id.as_str())
        .filter(|id| id.chars().count() <= MAX_TICKET_LEN)
}

/// What the reply does, or `None` when it does nothing to the issue: ignored mail, and anything
/// uncertain (nothing uncertain changes an issue unasked: the vendor panel asks the engineer).
pub fn effects(
    t: &Triage,
    vendor: &str,
    from: Status,
    on: OnVendorResolution,
) -> Option<ReplyEffects> {
    let news = match t.event {
        Event::Acknowledged => VendorNews::Acknowledged,
        Event::Update => VendorNews::Update,
        Event::Resolved => VendorNews::Resolved,
        Event::Closed => VendorNews::Closed,
        Event::Ignore => return None,
    };
    if t.needs_confirmation {
        return None;
    }
    Some(ReplyEffects {
        ticket: ticket(t).map(str::to_owned),
        finished: matches!(news, VendorNews::Resolved | VendorNews::Closed),
        steps: status_path(from, news, on),
        note: format!("{vendor} mail: {}", t.reason),
        vendor_status: t.event.as_str(),
    })
}

impl ReplyEffects {
    /// The history entries, by the system: the vendor's ticket when it is new to the issue,
    /// then each status step.
    pub fn history(&self, vendor: &str, ticket_is_new: bool, from: Status) -> Vec<HistoryEvent> {
        let mut events = Vec::new();
        if let (Some(ticket), true) = (&self.ticket, ticket_is_new) {
            events.push(HistoryEvent {
                field: "vendor_ticket",
                old: None,
                new: Some(format!("{vendor} {ticket}")),
            });
        }
        let mut status = from;
        for step in &self.steps {
            events.push(HistoryEvent {
                field: "status",
                old: Some(status.to_string()),
                new: Some(step.to_string()),
            });
            status = *step;
        }
        events
    }

    /// Where the issue ends.
    pub fn final_status(&self, from: Status) -> Status {
        self.steps.last().copied().unwrap_or(from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{triage, TriageContext};

    fn read(body: &str) -> Triage {
        let raw = format!(
            "From: Support <support@vendor.test>\r\nTo: ops@ours.test\r\nSubject: Re: [STORE-7] Till frozen\r\nMessage-ID: <a@vendor.test>\r\n\r\n{body}\r\n"
        );
        let mut ctx = TriageContext::new("ours.test", b"k".to_vec());
        ctx.add_vendor_domain("vendor.test");
        triage(raw.as_bytes(), &ctx)
    }

    #[test]
    fn a_receipt_records_the_ticket_and_moves_an_open_issue_to_waiting() {
        let t = read("Your request has been received and logged as ticket 482913.");
        let e = effects(&t, "RSNL", Status::Open, OnVendorResolution::ResolveIssue).expect("acts");
        assert_eq!(e.ticket.as_deref(), Some("482913"));
        assert!(!e.finished);
        assert_eq!(e.steps, [Status::InProgress, Status::WaitingOnVendor]);
        let h = e.history("RSNL", true, Status::Open);
        let fields: Vec<_> = h
            .iter()
            .map(|h| (h.field, h.old.clone(), h.new.clone()))
            .collect();
        assert_eq!(
            fields,
            [
                ("vendor_ticket", None, Some("RSNL 482913".into())),
                ("status", Some("open".into()), Some("in_progress".into())),
                (
                    "status",
                    Some("in_progress".into()),
                    Some("waiting_on_vendor".into())
                ),
            ]
        );
        assert_eq!(e.final_status(Status::Open), Status::WaitingOnVendor);
        // The same ticket again names no new ticket in the history.
        assert_eq!(e.history("RSNL", false, Status::Open).len(), 2);
    }

    #[test]
    fn ignored_and_uncertain_mail_does_nothing() {
        let mut t = read("Your request has been received and logged as ticket 482913.");
        t.needs_confirmation = true;
        assert_eq!(
            effects(&t, "RSNL", Status::Open, OnVendorResolution::ResolveIssue),
            None
        );
        t.needs_confirmation = false;
        t.event = Event::Ignore;
        assert_eq!(
            effects(&t, "RSNL", Status::Open, OnVendorResolution::ResolveIssue),
            None
        );
    }

    #[test]
    fn a_resolution_waits_for_the_engineer_when_the_profile_says_so() {
        let mut t = read("Ticket 482913 has been resolved.");
        t.event = Event::Resolved;
        t.needs_confirmation = false;
        let e = effects(
            &t,
            "RSNL",
            Status::WaitingOnVendor,
            OnVendorResolution::AwaitConfirmation,
        )
        .expect("acts");
        assert!(e.finished);
        assert!(e.steps.is_empty());
        let e = effects(
            &t,
            "RSNL",
            Status::WaitingOnVendor,
            OnVendorResolution::ResolveIssue,
        )
        .expect("acts");
        assert_eq!(e.steps, [Status::Resolved]);
    }
}
