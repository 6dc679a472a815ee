//! What a message means for the issue: acknowledged, update, resolved, closed, or ignore.
//!
//! This module holds the content rules (bounces, list mail, auto-replies, status words with
//! negation); `triage` applies them in order together with the sender and reference rules.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::message::Mail;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Event {
    Acknowledged,
    Update,
    Resolved,
    Closed,
    Ignore,
}

impl Event {
    pub fn as_str(self) -> &'static str {
        match self {
            Event::Acknowledged => "acknowledged",
            Event::Update => "update",
            Event::Resolved => "resolved",
            Event::Closed => "closed",
            Event::Ignore => "ignore",
        }
    }
}

/// A delivery-status notification, read receipt, or mailer-daemon message.
pub fn bounce_reason(mail: &Mail) -> Option<&'static str> {
    let m = &mail.markers;
    match m.report_type.as_deref() {
        Some("delivery-status") => return Some("bounce (delivery status notification)"),
        Some("disposition-notification") => return Some("read receipt (MDN)"),
        _ => {}
    }
    if m.failed_recipients {
        return Some("bounce (X-Failed-Recipients)");
    }
    let local = mail
        .from
        .as_deref()
        .and_then(|a| a.split('@').next())
        .unwrap_or_default();
    if local == "mailer-daemon" || local == "postmaster" {
        return Some("bounce (from mailer-daemon)");
    }
    let subject = mail.subject.to_lowercase();
    let bounce_subject = [
        "undeliverable",
        "undelivered mail",
        "delivery status notification",
        "returned mail",
        "failure notice",
        "delivery failure",
        "mail delivery failed",
        "unzustellbar",
        "onbestelbaar",
        "non remis",
    ]
    .iter()
    .any(|s| subject.contains(s));
    if bounce_subject && (m.null_return_path || m.auto_submitted.is_some()) {
        return Some("bounce (null sender, delivery-failure subject)");
    }
    None
}

/// Mailing-list and newsletter mail: List-* headers or `Precedence: list`. `Precedence: bulk`
/// alone is not enough, because Request Tracker and others set it on every ticket mail.
pub fn is_list_mail(mail: &Mail) -> bool {
    mail.markers.list || mail.markers.precedence.as_deref() == Some("list")
}

/// RFC 3834 and de-facto auto-reply headers.
pub fn auto_header(mail: &Mail) -> Option<&'static str> {
    let m = &mail.markers;
    if m.auto_submitted.as_deref().is_some_and(|v| v != "no") {
        return Some("Auto-Submitted");
    }
    if m.x_autoreply {
        return Some("X-Autoreply");
    }
    if matches!(m.precedence.as_deref(), Some("auto_reply" | "junk")) {
        return Some("Precedence");
    }
    if m.x_auto_response_suppress {
        return Some("X-Auto-Response-Suppress");
    }
    None
}

/// Personal out-of-office subjects. Not "AutoReply": Request Tracker uses that word for its
/// ticket acknowledgement, which must be kept.
const OOF_SUBJECT: [&str; 13] = [
    "out of office",
    "out of the office",
    "automatic reply",
    "abwesenheitsnotiz",
    "automatische antwort",
    "automatisch antwoord",
    "afwezigheidsbericht",
    "afwezig",
    "réponse automatique",
    "autosvar",
    "frånvaro",
    "respuesta automática",
    "vacation",
];

const OOF_BODY: [&str; 16] = [
    "out of the office",
    "out of office",
    "i am currently away",
    "i'm currently away",
    "i am away",
    "on vacation",
    "on holiday",
    "on annual leave",
    "on leave until",
    "limited access to e-mail",
    "limited access to email",
    "will be back on",
    "i will return",
    "nicht im büro",
    "niet op kantoor",
    "afwezig tot",
];

/// Personal out-of-office wording in the subject (Outlook's "Automatic reply:") or body.
pub fn personal_auto_reply(mail: &Mail) -> Option<&'static str> {
    let subject = mail.subject.to_lowercase();
    if OOF_SUBJECT.iter().any(|p| subject.contains(p)) {
        return Some("out-of-office subject");
    }
    let body = crate::message::truncate(&mail.new_text, 4096).to_lowercase();
    if OOF_BODY.iter().any(|p| body.contains(p)) && !has_ack_phrase(&body) {
        return Some("out-of-office wording");
    }
    None
}

const ACK_PHRASES: [&str; 24] = [
    "has been received",
    "have received your",
    "we received your",
    "has been created",
    "has been opened",
    "has been logged",
    "has been registered",
    "ticket opened",
    "ticket created",
    "assigned an id",
    "been assigned #",
    "has been assigned the number",
    "thank you for contacting",
    "thanks for contacting",
    "thank you for your request",
    "thanks for your inquiry",
    "thank you for your inquiry",
    "is being reviewed",
    "a representative will",
    "will get back to you",
    "ticket aangemaakt",
    "in behandeling genomen",
    "wurde erstellt",
    "haben ihre anfrage erhalten",
];

fn has_ack_phrase(lower: &str) -> bool {
    ACK_PHRASES.iter().any(|p| lower.contains(p))
}

static CLOSED_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:closed|closing|geschlossen|gesloten|afgesloten|fermé|fermée|stängd|cerrado)\b",
    )
    .expect("closed words compile")
});
static RESOLVED_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:resolved|solved|fixed|gelöst|behoben|opgelost|verholpen|résolu|résolue|löst|åtgärdat|resuelto)\b")
        .expect("resolved words compile")
});
static STATUS_CHANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)status\s+(?:changed|updated|set)?\s*from\s+['\x22]?[\w ]{1,30}?['\x22]?\s+to\s+['\x22]?(?P<to>[\w ]{1,30})")
        .expect("status change compiles")
});

/// Words that turn "resolved" into its opposite or into a future/condition/question:
/// "not resolved yet", "isn't fixed", "will be closed", "once resolved", "until it is fixed".
const NEGATORS: [&str; 30] = [
    "not", "n't", "never", "no", "yet", "nicht", "niet", "nog", "pas", "ne", "inte", "will",
    "would", "once", "when", "until", "till", "if", "before", "should", "could", "can", "may",
    "might", "expect", "expected", "hope", "soon", "wird", "zodra",
];

/// A sentence about some other ticket or customer ("similar to ticket #9 we fixed last week")
/// says nothing about ours.
const OTHER_SUBJECT_CUES: [&str; 10] = [
    "similar to",
    "another ticket",
    "other ticket",
    "another customer",
    "other customer",
    "another store",
    "other store",
    "related to ticket",
    "like ticket",
    "duplicate of",
];

/// True when the keyword at `start..end` in `text` is stated as a fact: no negation, future or
/// condition among the four words before it in the same sentence, no "yet" right after it, and
/// the sentence is not a question.
fn affirmed(text: &str, start: usize, end: usize) -> bool {
    let sentence_start = text[..start]
        .rfind(['.', '!', '?', '\n', ';'])
        .map_or(0, |i| i + 1);
    let before = text[sentence_start..start].to_lowercase();
    let sentence_end_abs = text[end..]
        .find(['.', '!', '?', '\n', ';'])
        .map_or(text.len(), |i| end + i);
    let sentence = &text[sentence_start..sentence_end_abs];
    if OTHER_SUBJECT_CUES.iter().any(|c| sentence.contains(c)) {
        return false;
    }
    let words: Vec<&str> = before
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    let negated = words
        .iter()
        .rev()
        .take(4)
        .any(|w| NEGATORS.contains(w) || w.ends_with("n't"))
        || before.contains("to be ")
        || before.contains("as soon as");
    if negated {
        return false;
    }
    let rest = &text[end..];
    let sentence_end = rest.find(['.', '!', '?', '\n', ';']).unwrap_or(rest.len());
    let after = rest[..sentence_end].to_lowercase();
    let question = rest[sentence_end..].starts_with('?');
    !(question
        || after.trim_start().starts_with("yet")
        || after.contains(" yet")
        || after.trim_start().starts_with("soon"))
}

fn first_affirmed(re: &Regex, text: &str) -> bool {
    re.find_iter(text)
        .any(|m| affirmed(text, m.start(), m.end()))
}

fn keyword_affirmed(text_lower: &str, keyword: &str) -> bool {
    let mut from = 0;
    while let Some(pos) = text_lower[from..].find(keyword) {
        let start = from + pos;
        let end = start + keyword.len();
        if affirmed(text_lower, start, end) {
            return true;
        }
        from = end;
    }
    false
}

/// The status a vendor message states, from the subject (outside our own tag and title) and the
/// new body text. `profile_words` are checked first; then "status changed from X to Y" (only Y
/// counts); then closed before resolved (a closed ticket is also resolved); then
/// acknowledgement phrases; otherwise it is an update.
///
/// `our_words` (our issue's title) are blanked out first: words we wrote ourselves, echoed back
/// by the vendor's helpdesk, say nothing about the vendor's status.
pub fn status_of(
    status_subject: &str,
    new_text: &str,
    profile_words: &[(Event, String)],
    our_words: &[&str],
) -> (Event, String) {
    let body = crate::message::truncate(new_text, 16 * 1024);
    let mut lower = format!("{status_subject}\n{body}").to_lowercase();
    for phrase in our_words {
        let phrase = phrase.trim().to_lowercase();
        if phrase.len() >= 4 {
            lower = lower.replace(&phrase, " ");
        }
    }
    let text = lower.as_str();
    for (event, word) in profile_words {
        if keyword_affirmed(text, word) {
            return (*event, format!("vendor profile keyword \"{word}\""));
        }
    }
    if let Some(to) = STATUS_CHANGE
        .captures_iter(text)
        .filter_map(|c| c.name("to").map(|m| m.as_str().to_string()))
        .last()
    {
        if CLOSED_WORDS.is_match(&to) {
            return (
                Event::Closed,
                format!("status changed to \"{}\"", to.trim()),
            );
        }
        if RESOLVED_WORDS.is_match(&to) {
            return (
                Event::Resolved,
                format!("status changed to \"{}\"", to.trim()),
            );
        }
        return (
            Event::Update,
            format!("status changed to \"{}\"", to.trim()),
        );
    }
    if first_affirmed(&CLOSED_WORDS, text) {
        return (Event::Closed, "states the ticket is closed".into());
    }
    if first_affirmed(&RESOLVED_WORDS, text) {
        return (Event::Resolved, "states the issue is resolved".into());
    }
    if has_ack_phrase(text) {
        return (Event::Acknowledged, "acknowledgement wording".into());
    }
    (Event::Update, "vendor reply without a status change".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn st(body: &str) -> Event {
        status_of("", body, &[], &[]).0
    }

    #[test]
    fn negations() {
        assert_eq!(st("The issue is not resolved yet."), Event::Update);
        assert_eq!(st("It isn't fixed."), Event::Update);
        assert_eq!(
            st("We will close the ticket once it is resolved."),
            Event::Update
        );
        assert_eq!(st("Is it resolved?"), Event::Update);
        assert_eq!(st("The issue has been resolved."), Event::Resolved);
        assert_eq!(
            st("Your ticket has been resolved. It will be closed automatically in 7 days."),
            Event::Resolved
        );
        assert_eq!(st("Ticket closed."), Event::Closed);
        assert_eq!(
            st("Status changed from Resolved to In Progress"),
            Event::Update
        );
        assert_eq!(st("Status changed from Open to Resolved"), Event::Resolved);
        assert_eq!(st("Your request has been received."), Event::Acknowledged);
    }
}
