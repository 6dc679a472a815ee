//! What the vendor panel says about our mail to the vendor: one sentence from the outbox's
//! state. Pure, so each state's wording is tested natively.

use storedesk_domain::view::{IssueMailView, MailState};

pub fn mail_sentence(m: &IssueMailView) -> String {
    let when = |d: &Option<chrono::DateTime<chrono::Utc>>| {
        d.map(|d| d.format(" on %-d %b %Y, %H:%M UTC").to_string())
            .unwrap_or_default()
    };
    match m.state {
        MailState::Queued if m.attempts == 0 => "Mail to the vendor is queued.".to_owned(),
        MailState::Queued => format!(
            "Mail to the vendor not sent yet ({}); StoreDesk tries again.",
            m.last_error
                .as_deref()
                .unwrap_or("the mail server did not answer")
        ),
        MailState::Sending => "Sending the mail to the vendor…".to_owned(),
        MailState::Sent => format!("Mailed to the vendor{}.", when(&m.sent_at)),
        MailState::Failed => format!(
            "Mail to the vendor failed: {}",
            m.last_error.as_deref().unwrap_or("no reason was given")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mail(state: MailState, attempts: i64, last_error: Option<&str>) -> IssueMailView {
        IssueMailView {
            state,
            attempts,
            last_error: last_error.map(str::to_owned),
            sent_at: None,
            can_resend: false,
        }
    }

    #[test]
    fn each_state_in_words() {
        assert_eq!(
            mail_sentence(&mail(MailState::Queued, 0, None)),
            "Mail to the vendor is queued."
        );
        assert_eq!(
            mail_sentence(&mail(MailState::Queued, 2, Some("connection refused"))),
            "Mail to the vendor not sent yet (connection refused); StoreDesk tries again."
        );
        assert_eq!(
            mail_sentence(&mail(
                MailState::Failed,
                1,
                Some("refused: 535 authentication failed")
            )),
            "Mail to the vendor failed: refused: 535 authentication failed"
        );
        let mut sent = mail(MailState::Sent, 1, None);
        sent.sent_at = chrono::DateTime::parse_from_rfc3339("2026-12-08T09:05:00Z")
            .ok()
            .map(|d| d.with_timezone(&chrono::Utc));
        assert_eq!(
            mail_sentence(&sent),
            "Mailed to the vendor on 8 Dec 2026, 09:05 UTC."
        );
    }
}
