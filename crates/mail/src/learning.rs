//! What a confirmed answer teaches the vendor profile, so the next reply from the same helpdesk
//! is read alone. Pure functions: the vendor loop calls them when the engineer confirms or
//! corrects an uncertain triage ("Is RSNL's ticket 20417?" -> yes), stores the profile, and
//! re-triages what waits.
//!
//! - The id's **shape** becomes a ticket-id pattern: letters kept as written, each run of digits
//!   as a run of that many digits, separators literal ("RSNL-24-5590" -> `RSNL-\d{2}-\d{4}`).
//!   A shape of digits only would match any number, so it is anchored on the words the vendor
//!   wrote just before it ("onder nummer 4471" -> `onder\s+nummer\s+(?P<id>\d{4})`).
//! - The **wording** of the event: the phrase the engineer points at becomes a status keyword
//!   of the confirmed event (profile keywords are read first, with the same negation rules).
//! - The **sender**: a confirmed answer from the vendor's hosted helpdesk or a service sending
//!   for it (`rsnl.supportbee.com`) adds that domain to the profile's domains, so its next
//!   mail is the vendor's own.

use crate::event::Event;
use crate::profile::VendorProfile;

/// Words before a digits-only id that anchor its pattern.
const ANCHOR_WORDS: usize = 2;

/// Adds the pattern for `id`, read after `before` in the vendor's mail. Returns the pattern, or
/// `None` when the profile already has it or the id has no shape to learn (no digits).
pub fn learn_ticket_id(profile: &mut VendorProfile, before: &str, id: &str) -> Option<String> {
    let id = id.trim();
    if !id.chars().any(|c| c.is_ascii_digit()) || id.len() > 40 {
        return None;
    }
    let shape = shape_of(id);
    let pattern = if id.chars().all(|c| c.is_ascii_digit()) {
        let words: Vec<String> = before
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
            .map(|w| regex::escape(&w.to_lowercase()))
            .collect();
        if words.is_empty() {
            return None;
        }
        let anchor = words[words.len().saturating_sub(ANCHOR_WORDS)..].join(r"\W+");
        format!(r"(?i){anchor}\W+(?P<id>{shape})\b")
    } else {
        format!(r"\b(?P<id>{shape})\b")
    };
    if profile.ticket_id_patterns.contains(&pattern) {
        return None;
    }
    profile.ticket_id_patterns.push(pattern.clone());
    Some(pattern)
}

/// Adds `phrase` as the vendor's wording for `event`. Refused (false) when empty, longer than
/// 60 characters, already known, or for `ignore` (ignoring needs positive evidence, not words).
pub fn learn_wording(profile: &mut VendorProfile, event: Event, phrase: &str) -> bool {
    let phrase = phrase.trim().to_lowercase();
    if phrase.chars().count() < 3 || phrase.chars().count() > 60 {
        return false;
    }
    let k = &mut profile.status_keywords;
    let list = match event {
        Event::Acknowledged => &mut k.acknowledged,
        Event::Update => &mut k.update,
        Event::Resolved => &mut k.resolved,
        Event::Closed => &mut k.closed,
        Event::Ignore => return false,
    };
    if list.iter().any(|w| w.trim().eq_ignore_ascii_case(&phrase)) {
        return false;
    }
    list.push(phrase);
    true
}

/// Adds the domain of `from` (a sender the engineer confirmed as the vendor) to the profile.
/// Returns the domain, or `None` when it is already there or the address has none.
pub fn learn_sender_domain(profile: &mut VendorProfile, from: &str) -> Option<String> {
    let domain = crate::sender::normalise_domain(from.rsplit_once('@')?.1);
    if domain.is_empty()
        || profile.domains.iter().any(|d| {
            crate::sender::is_same_or_subdomain(&domain, &crate::sender::normalise_domain(d))
        })
    {
        return None;
    }
    profile.domains.push(domain.clone());
    Some(domain)
}

fn shape_of(id: &str) -> String {
    let mut out = String::new();
    let mut digits = 0;
    for c in id.chars() {
        if c.is_ascii_digit() {
            digits += 1;
            continue;
        }
        if digits > 0 {
            out.push_str(&format!(r"\d{{{digits}}}"));
            digits = 0;
        }
        out.push_str(&regex::escape(&c.to_string()));
    }
    if digits > 0 {
        out.push_str(&format!(r"\d{{{digits}}}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rsnl() -> VendorProfile {
        VendorProfile {
            name: "RSNL".into(),
            domains: vec!["rsnl.nl".into()],
            ticket_id_patterns: vec![],
            status_keywords: Default::default(),
        }
    }

    #[test]
    fn a_confirmed_sender_becomes_a_vendor_domain() {
        let mut p = VendorProfile {
            name: "RSNL".into(),
            domains: vec!["rsnl.nl".into()],
            ticket_id_patterns: vec![],
            status_keywords: Default::default(),
        };
        assert_eq!(
            learn_sender_domain(&mut p, "support@RSNL.supportbee.com"),
            Some("rsnl.supportbee.com".into())
        );
        assert_eq!(
            learn_sender_domain(&mut p, "other@rsnl.supportbee.com"),
            None
        );
        assert_eq!(learn_sender_domain(&mut p, "agent@fr.rsnl.nl"), None);
        assert_eq!(learn_sender_domain(&mut p, "no address"), None);
        assert_eq!(p.domains, ["rsnl.nl", "rsnl.supportbee.com"]);
    }

    #[test]
    fn shapes_and_anchors() {
        let mut p = rsnl();
        assert_eq!(
            learn_ticket_id(&mut p, "Our reference for this is ", "RSNL-24-5590").as_deref(),
            Some(r"\b(?P<id>RSNL\-\d{2}\-\d{4})\b")
        );
        assert_eq!(
            learn_ticket_id(&mut p, "Uw melding is geregistreerd onder nummer ", "4471").as_deref(),
            Some(r"(?i)onder\W+nummer\W+(?P<id>\d{4})\b")
        );
        assert_eq!(
            learn_ticket_id(&mut p, "x ", "RSNL-24-5591"),
            None,
            "same shape, known"
        );
        assert_eq!(
            learn_ticket_id(&mut p, "", "4471"),
            None,
            "a bare number has no anchor"
        );
        assert_eq!(learn_ticket_id(&mut p, "ref ", "ABC"), None);
        assert!(
            p.compile().is_ok(),
            "learnt patterns compile with an id group"
        );
    }

    #[test]
    fn wording() {
        let mut p = rsnl();
        assert!(learn_wording(
            &mut p,
            Event::Resolved,
            "  Storing Verholpen "
        ));
        assert!(!learn_wording(&mut p, Event::Resolved, "storing verholpen"));
        assert!(!learn_wording(&mut p, Event::Ignore, "out of office"));
        assert!(!learn_wording(&mut p, Event::Closed, "ok"));
        assert_eq!(p.status_keywords.resolved, ["storing verholpen"]);
    }
}
