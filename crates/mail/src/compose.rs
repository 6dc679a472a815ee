//! Our outgoing convention: the subject tag and the signed Message-ID of an issue mail.
//!
//! The Message-ID is `<issue-<n>.<token>@<our domain>>` where `token` is the first 16 hex
//! digits (64 bits) of HMAC-SHA256(key, "issue-<n>"). Signing it (as osTicket does) lets triage
//! tell a real reply from a message that merely quotes a guessed or forged reference.

use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// Hex digits of the HMAC kept in the token: 64 bits is plenty against guessing while keeping
/// Message-IDs short enough that no mail client folds or truncates them.
pub const TOKEN_HEX_LEN: usize = 16;

fn mac_for(key: &[u8], number: u64) -> HmacSha256 {
    // HMAC accepts keys of any length, so this cannot fail; fall back to an empty key rather
    // than panic to keep the "never panics" promise of the crate.
    let mut mac = HmacSha256::new_from_slice(key)
        .unwrap_or_else(|_| HmacSha256::new_from_slice(b"").expect("empty HMAC key is valid"));
    mac.update(format!("issue-{number}").as_bytes());
    mac
}

/// The token of issue `number`: the first 16 lowercase hex digits of HMAC-SHA256(key, "issue-<n>").
pub fn issue_token(key: &[u8], number: u64) -> String {
    let tag = mac_for(key, number).finalize().into_bytes();
    let mut out = String::with_capacity(TOKEN_HEX_LEN);
    for b in tag.iter().take(TOKEN_HEX_LEN / 2) {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

/// Checks a token against the key in constant time (hmac's `verify_truncated_left`), so a forger
/// learns nothing from how long the comparison took.
pub fn verify_issue_token(key: &[u8], number: u64, token: &str) -> bool {
    if token.len() != TOKEN_HEX_LEN {
        return false;
    }
    let Some(bytes) = decode_hex(token) else {
        return false;
    };
    mac_for(key, number).verify_truncated_left(&bytes).is_ok()
}

fn decode_hex(s: &str) -> Option<Vec<u8>> {
    let digits = s.as_bytes();
    if !digits.len().is_multiple_of(2) {
        return None;
    }
    digits
        .chunks(2)
        .map(|pair| {
            let hi = (pair[0] as char).to_digit(16)?;
            let lo = (pair[1] as char).to_digit(16)?;
            Some((hi * 16 + lo) as u8)
        })
        .collect()
}

/// The tag we put in every subject, e.g. `STORE-42` (shown as `[STORE-42]`).
pub fn issue_ref(number: u64) -> String {
    format!("STORE-{number}")
}

/// The Message-ID (with angle brackets) of the first mail about issue `number`.
pub fn issue_message_id(number: u64, key: &[u8], domain: &str) -> String {
    format!(
        "<issue-{number}.{}@{}>",
        issue_token(key, number),
        domain.trim().to_ascii_lowercase()
    )
}

/// Builds the subject and Message-ID of an issue mail: `[STORE-<n>] <title> — <store name>` and
/// `<issue-<n>.<token>@<domain>>`.
///
/// The subject is returned as Unicode; the transport encodes it (RFC 2047) when it sends.
/// Line breaks in the title or store name are collapsed to spaces because a raw CR/LF in a
/// header value would let a title inject headers.
pub fn compose_issue_headers(
    number: u64,
    title: &str,
    store_name: &str,
    key: &[u8],
    domain: &str,
) -> (String, String) {
    let subject = format!(
        "[{}] {} — {}",
        issue_ref(number),
        one_line(title),
        one_line(store_name)
    );
    (subject, issue_message_id(number, key, domain))
}

fn one_line(s: &str) -> String {
    s.split(|c: char| c == '\r' || c == '\n' || c.is_control())
        .filter(|p| !p.trim().is_empty())
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A Message-ID in our format: the issue number and the token as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OurMessageId {
    pub number: u64,
    pub token: String,
}

/// Recognises `issue-<n>.<token>[.<suffix>]@<domain>` (brackets optional). The optional suffix
/// leaves room for follow-up mails about the same issue (`issue-42.<token>.3@...`).
pub fn parse_our_message_id(id: &str, our_domain: &str) -> Option<OurMessageId> {
    let id = id.trim().trim_start_matches('<').trim_end_matches('>');
    let (local, domain) = id.rsplit_once('@')?;
    if !domain.eq_ignore_ascii_case(our_domain.trim()) {
        return None;
    }
    let rest = local.strip_prefix("issue-")?;
    let mut pieces = rest.split('.');
    let number: u64 = pieces.next()?.parse().ok()?;
    let token = pieces.next()?.to_ascii_lowercase();
    if token.is_empty() || token.len() > 64 {
        return None;
    }
    Some(OurMessageId { number, token })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_round_trip_and_forgery() {
        let key = b"secret";
        let t = issue_token(key, 42);
        assert_eq!(t.len(), TOKEN_HEX_LEN);
        assert!(verify_issue_token(key, 42, &t));
        assert!(!verify_issue_token(key, 43, &t));
        assert!(!verify_issue_token(b"other", 42, &t));
        assert!(!verify_issue_token(key, 42, "zz"));
        assert!(!verify_issue_token(key, 42, "00000000000000zz"));
    }

    #[test]
    fn compose_and_parse() {
        let (s, id) = compose_issue_headers(7, "Till\r\nBcc: x", "Utrecht", b"k", "Ops.Example");
        assert_eq!(s, "[STORE-7] Till Bcc: x — Utrecht");
        let parsed = parse_our_message_id(&id, "ops.example").unwrap();
        assert_eq!(parsed.number, 7);
        assert!(verify_issue_token(b"k", 7, &parsed.token));
        assert!(parse_our_message_id(&id, "evil.example").is_none());
    }
}
