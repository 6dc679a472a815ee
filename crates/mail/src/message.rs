//! Parsing one raw RFC 5322 message into the few normalised facts triage needs.
//!
//! mail-parser does the MIME work (multipart, quoted-printable, base64, 8-bit, RFC 2047
//! encoded words in UTF-8/ISO-8859-x, raw UTF-8 headers, folded headers). This module only
//! picks what triage reads and bounds how much text it keeps, so that a 5 MB message costs no
//! more to scan than a 64 KiB one.

use mail_parser::{HeaderName, HeaderValue, MessageParser, MimeHeaders, PartType};

use crate::quote;

/// Text kept from each body part, above the quote and in it. Replies put what matters at the
/// top; scanning a few megabytes of pasted logs would only cost time and invite decoys.
pub const MAX_TEXT_PER_PART: usize = 64 * 1024;
/// Raw HTML kept per part before conversion to text (markup is several times the text).
pub const MAX_HTML_PER_PART: usize = 256 * 1024;
/// Body parts looked at: real replies have one or two (plain + HTML alternative).
const MAX_PARTS: usize = 4;

/// Why a file could not be triaged at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MailError {
    #[error("empty input")]
    Empty,
    #[error("not an e-mail message (no From, Subject, Date, Message-ID or To header)")]
    NotAMail,
}

/// Headers that reveal automatic, bulk or bounce mail.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MarkerHeaders {
    /// `Auto-Submitted` value, lowercase (RFC 3834), `None` when absent.
    pub auto_submitted: Option<String>,
    /// `Precedence` value, lowercase.
    pub precedence: Option<String>,
    /// `X-Autoreply`, `X-Autorespond`, `X-Autoreply-From` or `X-Mail-Autoreply` present.
    pub x_autoreply: bool,
    /// `X-Auto-Response-Suppress` present (Exchange sets it on out-of-office replies).
    pub x_auto_response_suppress: bool,
    /// `List-Id` or `List-Post` present: mail sent to a list.
    pub list: bool,
    /// `List-Unsubscribe` alone: newsletters have it, and so do many products' transactional
    /// notifications (a work-order status mail), so it is weaker evidence than `list`.
    pub unsubscribe: bool,
    /// `Return-Path: <>` (the null sender every DSN uses).
    pub null_return_path: bool,
    /// `X-Failed-Recipients` present (Exim bounces).
    pub failed_recipients: bool,
    /// `report-type` of a top-level `multipart/report`, lowercase.
    pub report_type: Option<String>,
    /// A `text/calendar` part: a meeting invitation or answer, not a ticket message.
    pub calendar: bool,
    /// Our own loop guard (`issue_mail::LOOP_HEADER`): our mail come back (an auto-forward,
    /// a redirect), never the vendor's answer.
    pub ours: bool,
}

/// What triage reads from one message.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mail {
    /// Sender address, lowercase (`From`, else `Sender`).
    pub from: Option<String>,
    pub from_name: String,
    /// `Reply-To` address, lowercase: where a helpdesk that sends for the vendor wants answers.
    pub reply_to: Option<String>,
    /// Decoded subject as sent, prefixes included.
    pub subject: String,
    /// Decoded subject without Re:/AW:/SV:/Fwd:/WG:... prefixes.
    pub subject_core: String,
    pub message_id: Option<String>,
    /// Message-IDs from `In-Reply-To`, without brackets, in header order.
    pub in_reply_to: Vec<String>,
    /// Message-IDs from `References`, without brackets, in header order.
    pub references: Vec<String>,
    pub markers: MarkerHeaders,
    /// The new part of the body (above any quote), as plain text.
    pub new_text: String,
    /// Quoted history (below the first quote marker), as plain text.
    pub quoted_text: String,
}

/// Parses and normalises a raw message. Never panics; fails only for input that is empty or
/// has none of the headers every mail has.
pub fn parse(raw: &[u8]) -> Result<Mail, MailError> {
    if raw.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(MailError::Empty);
    }
    let msg = MessageParser::default()
        .parse(raw)
        .ok_or(MailError::NotAMail)?;
    let has_core_header = [
        HeaderName::From,
        HeaderName::Subject,
        HeaderName::Date,
        HeaderName::MessageId,
        HeaderName::To,
    ]
    .iter()
    .any(|h| msg.header(h.clone()).is_some());
    if !has_core_header {
        return Err(MailError::NotAMail);
    }

    let mut mail = Mail::default();
    let usable = |a: &&mail_parser::Addr<'_>| a.address().is_some_and(|s| s.contains('@'));
    let sender = msg
        .from()
        .and_then(|a| a.first())
        .filter(usable)
        .or_else(|| msg.sender().and_then(|a| a.first()).filter(usable));
    if let Some(addr) = sender {
        mail.from = addr
            .address()
            .map(|a| a.trim().trim_end_matches('.').to_lowercase());
        mail.from_name = addr.name().unwrap_or_default().to_string();
    }
    mail.reply_to = msg
        .reply_to()
        .and_then(|a| a.first())
        .and_then(|a| a.address())
        .map(|a| a.trim().trim_end_matches('.').to_lowercase());
    mail.subject = truncate(msg.subject().unwrap_or_default(), 2048).to_string();
    mail.subject_core = strip_reply_prefixes(&mail.subject).to_string();
    mail.message_id = msg.message_id().map(str::to_string);
    mail.in_reply_to = ids_of(msg.in_reply_to());
    mail.references = ids_of(msg.references());
    mail.markers = markers(&msg);

    let mut new_text = String::new();
    let mut quoted_text = String::new();
    for part in msg.text_bodies().take(MAX_PARTS) {
        let (new, quoted) = match &part.body {
            PartType::Text(t) => {
                let t = truncate(t, MAX_TEXT_PER_PART);
                match flowed(part) {
                    Some(delsp) => quote::split_plain(&unflow(t, delsp)),
                    None => quote::split_plain(t),
                }
            }
            PartType::Html(h) => quote::split_html(truncate(h, MAX_HTML_PER_PART)),
            _ => continue,
        };
        push_capped(&mut new_text, &new);
        push_capped(&mut quoted_text, &quoted);
    }
    // "Hello there, Ticket 3f6c…, now has a status of COMPLETED": some products send a one-line
    // plain part beside the HTML that carries the ticket's title and fields; the HTML says more.
    if new_text.len() + quoted_text.len() < STUB_TEXT {
        if let Some(PartType::Html(h)) = msg.html_bodies().next().map(|p| &p.body) {
            let (new, quoted) = quote::split_html(truncate(h, MAX_HTML_PER_PART));
            if new.len() > 2 * new_text.len().max(STUB_TEXT / 4) {
                new_text = new;
                quoted_text = quoted;
            }
        }
    }
    mail.new_text = new_text;
    mail.quoted_text = quoted_text;
    Ok(mail)
}

/// A plain part shorter than this, beside a much longer HTML part, is a stub.
const STUB_TEXT: usize = 200;

/// `Some(delsp)` for a `format=flowed` text part (RFC 3676: Thunderbird, Roundcube, Apple
/// Mail). Its lines are soft-wrapped at 72 characters, so a sentence would otherwise be cut at
/// every wrap ("den Vorgang VG-1180441" / "angelegt.").
fn flowed(part: &mail_parser::MessagePart<'_>) -> Option<bool> {
    let ct = part.content_type()?;
    let format = ct.attribute("format")?;
    format.eq_ignore_ascii_case("flowed").then(|| {
        ct.attribute("delsp")
            .is_some_and(|d| d.eq_ignore_ascii_case("yes"))
    })
}

/// Joins soft-wrapped lines of a flowed body: a line ending in a space continues on the next
/// line of the same quote depth; the signature separator "-- " stays a line of its own.
fn unflow(text: &str, delsp: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut open_depth: Option<usize> = None;
    for line in text.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let depth = line.chars().take_while(|c| *c == '>').count();
        let mut content = &line[depth..];
        // Space-stuffing (RFC 3676 4.4) after the quote marks.
        if let Some(rest) = content.strip_prefix(' ') {
            content = rest;
        }
        match open_depth {
            Some(d) if d == depth => {}
            Some(_) => {
                out.push('\n');
                out.push_str(&line[..depth]);
                if depth > 0 {
                    out.push(' ');
                }
            }
            None => {
                if !out.is_empty() {
                    out.push('\n');
                }
                out.push_str(&line[..depth]);
                if depth > 0 {
                    out.push(' ');
                }
            }
        }
        let soft = content.ends_with(' ') && content != "-- ";
        if soft && delsp {
            out.push_str(&content[..content.len() - 1]);
        } else {
            out.push_str(content);
        }
        open_depth = soft.then_some(depth);
    }
    out
}

fn push_capped(acc: &mut String, add: &str) {
    if acc.len() >= MAX_TEXT_PER_PART * 2 || add.trim().is_empty() {
        return;
    }
    if !acc.is_empty() {
        acc.push('\n');
    }
    acc.push_str(truncate(add, MAX_TEXT_PER_PART));
}

/// Cuts `s` to at most `max` bytes on a character boundary.
pub fn truncate(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

fn ids_of(value: &HeaderValue<'_>) -> Vec<String> {
    let clean = |s: &str| s.trim().trim_matches(['<', '>']).to_string();
    let mut out: Vec<String> = match value {
        HeaderValue::Text(t) => t.split_whitespace().map(clean).collect(),
        HeaderValue::TextList(list) => list
            .iter()
            .flat_map(|t| t.split_whitespace().map(clean).collect::<Vec<_>>())
            .collect(),
        _ => Vec::new(),
    };
    out.retain(|s| !s.is_empty());
    // A References header can be long on old threads; the most recent ids are at the end.
    if out.len() > 100 {
        out.drain(..out.len() - 100);
    }
    out
}

fn header_text(msg: &mail_parser::Message<'_>, name: &str) -> Option<String> {
    let value = msg.header(name)?;
    let text = match value {
        HeaderValue::Text(t) => t.to_string(),
        HeaderValue::TextList(l) => l.join(" "),
        _ => msg.header_raw(name).unwrap_or_default().to_string(),
    };
    Some(text.trim().to_ascii_lowercase())
}

fn markers(msg: &mail_parser::Message<'_>) -> MarkerHeaders {
    let present = |name: &str| msg.header(name).is_some();
    let null_return_path = msg
        .header_raw("Return-Path")
        .is_some_and(|v| v.trim().trim_matches(['<', '>']).trim().is_empty());
    let report_type = msg.content_type().and_then(|ct| {
        let is_report = ct.ctype().eq_ignore_ascii_case("multipart")
            && ct
                .subtype()
                .is_some_and(|s| s.eq_ignore_ascii_case("report"));
        if is_report {
            Some(
                ct.attribute("report-type")
                    .unwrap_or("")
                    .to_ascii_lowercase(),
            )
        } else {
            None
        }
    });
    MarkerHeaders {
        auto_submitted: header_text(msg, "Auto-Submitted"),
        precedence: header_text(msg, "Precedence"),
        x_autoreply: present("X-Autoreply")
            || present("X-Autorespond")
            || present("X-Autoreply-From")
            || present("X-Mail-Autoreply"),
        x_auto_response_suppress: present("X-Auto-Response-Suppress"),
        list: present("List-Id") || present("List-Post"),
        unsubscribe: present("List-Unsubscribe"),
        null_return_path,
        failed_recipients: present("X-Failed-Recipients"),
        report_type,
        ours: present(crate::issue_mail::LOOP_HEADER),
        calendar: msg.parts.iter().any(|p| {
            p.content_type().is_some_and(|ct| {
                ct.ctype().eq_ignore_ascii_case("text")
                    && ct
                        .subtype()
                        .is_some_and(|s| s.eq_ignore_ascii_case("calendar"))
                    && is_invitation(ct.attribute("method"), p.text_contents())
            })
        }),
    }
}

/// A calendar part asks for an answer (iTIP REQUEST, REPLY, CANCEL, COUNTER: a meeting being
/// arranged) or only informs (PUBLISH, or no method: the `.ics` a field-service product attaches
/// to its booking notice, which is a ticket message like any other). The method comes from the
/// Content-Type parameter, else from the calendar's own `METHOD:` line.
fn is_invitation(param: Option<&str>, body: Option<&str>) -> bool {
    let method = param.map(str::to_owned).or_else(|| {
        body?.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.trim()
                .eq_ignore_ascii_case("METHOD")
                .then(|| v.trim().to_owned())
        })
    });
    method.is_some_and(|m| !m.eq_ignore_ascii_case("PUBLISH"))
}

/// Reply and forward prefixes in the languages our vendors' mail clients use: Re, RE, AW (de),
/// SV (sv/da/no), VS (fi), Antw (nl), Fwd/FW/WG (de)/TR (fr)/RV (es), optionally counted
/// (`Re[2]:`, `RE(3):`), repeated any number of times, plus a leading `[EXTERNAL]`-style
/// banner some gateways add.
pub fn strip_reply_prefixes(subject: &str) -> &str {
    const PREFIXES: [&str; 14] = [
        "re", "aw", "sv", "vs", "antw", "antwort", "fwd", "fw", "wg", "tr", "rv", "ref", "réf",
        "odp",
    ];
    let mut s = subject.trim_start();
    loop {
        let before = s;
        if let Some(rest) = strip_banner(s) {
            s = rest;
        }
        let word_end = s
            .char_indices()
            .find(|(_, c)| !c.is_alphabetic())
            .map(|(i, _)| i)
            .unwrap_or(s.len());
        let word = &s[..word_end];
        if !word.is_empty() && PREFIXES.iter().any(|p| word.eq_ignore_ascii_case(p)) {
            let mut rest = &s[word_end..];
            // Optional counter: Re[2]: or RE(3):
            if let Some(r) = rest.strip_prefix(['[', '(']) {
                let digits = r.find(|c: char| !c.is_ascii_digit()).unwrap_or(r.len());
                if digits > 0 && r[digits..].starts_with([']', ')']) {
                    rest = &r[digits + 1..];
                }
            }
            let rest_trim = rest.trim_start();
            if let Some(r) = rest_trim.strip_prefix([':', '：']) {
                s = r.trim_start();
            }
        }
        if s == before {
            return s;
        }
    }
}

/// `[EXTERNAL]`, `[EXT]`, `*EXTERNAL*` banners added by corporate gateways before the subject.
fn strip_banner(s: &str) -> Option<&str> {
    for banner in ["[external]", "[ext]", "*external*", "[extern]", "[externe]"] {
        if s.len() >= banner.len()
            && s.is_char_boundary(banner.len())
            && s[..banner.len()].eq_ignore_ascii_case(banner)
        {
            return Some(s[banner.len()..].trim_start());
        }
    }
    None
}

/// The message's Date header as Unix seconds, when it has a readable one.
pub fn date_of(raw: &[u8]) -> Option<i64> {
    MessageParser::default()
        .parse_headers(raw)?
        .date()
        .map(|d| d.to_timestamp())
}

/// What the mail log knows a message by: its Message-ID, or for a message without one (or with
/// one too long to keep), `sha256:<hex>` of its bytes.
pub fn identity(mail: Option<&Mail>, raw: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    mail.and_then(|m| m.message_id.clone())
        .filter(|id| !id.is_empty() && id.len() <= 998)
        .unwrap_or_else(|| {
            let digest = Sha256::digest(raw);
            let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
            format!("sha256:{hex}")
        })
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_calendar_that_asks_for_an_answer_is_an_invitation_one_that_informs_is_not() {
        assert!(super::is_invitation(Some("REQUEST"), None));
        assert!(super::is_invitation(
            None,
            Some("BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\n")
        ));
        assert!(!super::is_invitation(Some("PUBLISH"), None));
        assert!(!super::is_invitation(
            None,
            Some("BEGIN:VCALENDAR\r\nMETHOD:PUBLISH\r\n")
        ));
        assert!(!super::is_invitation(
            None,
            Some("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
        ));
    }
    use super::*;

    #[test]
    fn prefixes() {
        assert_eq!(strip_reply_prefixes("Re: AW: SV: Fwd: WG: x"), "x");
        assert_eq!(strip_reply_prefixes("RE[2]: [EXTERNAL] Re: y"), "y");
        assert_eq!(strip_reply_prefixes("Reply needed"), "Reply needed");
        assert_eq!(strip_reply_prefixes("Antw: z"), "z");
    }

    #[test]
    fn rejects_garbage() {
        assert_eq!(parse(b""), Err(MailError::Empty));
        assert_eq!(parse(b"\x00\x01\x02 hello"), Err(MailError::NotAMail));
    }

    #[test]
    fn flowed_lines_are_joined_per_quote_depth() {
        let raw = "From: a@rsnl.nl\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-8; format=flowed\r\n\r\nWir haben den Vorgang VG-1 \r\nangelegt.\r\nHard break\r\n-- \r\nSig\r\n";
        let mail = parse(raw.as_bytes()).unwrap();
        assert_eq!(
            mail.new_text.trim_end(),
            "Wir haben den Vorgang VG-1 angelegt.\nHard break\n-- \nSig"
        );
        assert_eq!(unflow("> a \n> b\nc", false), "> a b\nc");
        assert_eq!(unflow("wo \nrd", true), "word");
    }
}
