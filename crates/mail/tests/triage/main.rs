//! Integration tests: the table of realistic messages, the CLI, and the property tests.

mod cases_helpdesks;
mod cases_shapes;
mod cases_threading;
mod cases_traps;
mod cli;
mod corpus;
mod props;
mod support;

use storedesk_mail::compose::issue_ref;
use storedesk_mail::triage;

#[test]
fn table_of_realistic_messages() {
    let ctx = support::ctx();
    let mut all = cases_threading::cases();
    all.extend(cases_helpdesks::cases());
    all.extend(cases_shapes::cases());
    all.extend(cases_traps::cases());
    assert!(all.len() >= 100, "table has only {} cases", all.len());
    let mut names = std::collections::HashSet::new();
    let mut failures = Vec::new();
    for c in &all {
        assert!(names.insert(c.name), "duplicate case name {}", c.name);
        let t = triage(&c.raw, &ctx);
        let got_issue = t.issue.as_ref().map(|m| m.number);
        let got_ticket = t.vendor_ticket.as_ref().map(|v| v.id.as_str());
        let mut wrong = Vec::new();
        if got_issue != c.issue {
            wrong.push(format!("issue {got_issue:?} != {:?}", c.issue));
        }
        if got_ticket != c.ticket {
            wrong.push(format!("ticket {got_ticket:?} != {:?}", c.ticket));
        }
        if t.event != c.event {
            wrong.push(format!("event {:?} != {:?}", t.event, c.event));
        }
        if let Some(rule) = c.rule {
            if t.matched_by() != rule {
                wrong.push(format!("matched_by {} != {rule}", t.matched_by()));
            }
        }
        if let Some(n) = got_issue {
            assert_eq!(t.issue_ref(), Some(issue_ref(n)));
            assert!(
                t.issue_message_id.is_some(),
                "{}: issue without message id",
                c.name
            );
        }
        if !wrong.is_empty() {
            failures.push(format!(
                "{}: {} (reason: {})",
                c.name,
                wrong.join(", "),
                t.reason
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        all.len(),
        failures.join("\n")
    );
}

/// A match on our words alone is a guess the engineer confirms, never acted on by itself.
#[test]
fn an_issue_named_by_title_and_store_is_asked() {
    let raw = support::vendor("Visit confirmation")
        .plain("Job #5531 - Receipt printer offline\nProperty: Amersfoort\nStatus: Scheduled")
        .build();
    let t = triage(&raw, &support::ctx());
    assert_eq!(t.issue.as_ref().map(|m| m.number), Some(43), "{t:?}");
    assert!(t.needs_confirmation, "{t:?}");
}
