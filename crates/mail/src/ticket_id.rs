//! Vendor ticket ids: the formats common helpdesks put in subjects and bodies, plus a vendor
//! profile's own patterns, and the decoys that look like ids but are not.
//!
//! Every built-in pattern needs an explicit marker (brackets, a hook like `Ticket#`, a prefix
//! like `INC`, or the word "ticket"/"case" followed by `#`, `:`, "number", "no." or "ID"). Bare
//! numbers are never taken: phone numbers, dates, order/PO/serial numbers are bare numbers or
//! carry a different keyword, so they simply never match.

use std::sync::LazyLock;

use regex::Regex;

use crate::message::Mail;
use crate::profile::CompiledProfile;

/// Where in the message an id was found; earlier places win.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Place {
    Subject,
    Body,
    Quoted,
}

impl Place {
    pub fn as_str(self) -> &'static str {
        match self {
            Place::Subject => "subject",
            Place::Body => "body",
            Place::Quoted => "quoted text",
        }
    }
}

/// A vendor ticket id as the vendor writes it (leading zeros and prefixes kept).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VendorTicket {
    pub id: String,
    /// Which format recognised it, e.g. `request_tracker`, `profile:RSNL`.
    pub format: String,
    pub place: Place,
}

struct Builtin {
    name: &'static str,
    re: Regex,
    /// Only meaningful in the subject (e.g. a Jira key at the start of the subject).
    subject_only: bool,
}

fn re(pattern: &str) -> Regex {
    // The patterns are constants checked by the unit tests; a typo must fail loudly in
    // development, never at a customer's site, so `expect` is acceptable here.
    Regex::new(pattern).expect("built-in ticket id pattern compiles")
}

/// Built-in formats, most specific first. Sources are listed in docs/mail-triage.md.
static BUILTINS: LazyLock<Vec<Builtin>> = LazyLock::new(|| {
    vec![
        // ManageEngine ServiceDesk Plus: "[Request ID :##101085##]", cloud "##RE-535943##".
        Builtin {
            name: "servicedesk_plus",
            re: re(r"##(?P<id>(?:[A-Z]{1,5}-)?\d{1,12})##"),
            subject_only: false,
        },
        // Request Tracker "[rtname #123]" and GLPI "[GLPI #0000123]" share one shape; the
        // format name is decided from the tag (see `bracket_tag_format`).
        Builtin {
            name: "bracket_tag",
            re: re(r"\[(?P<tag>[^\[\]#\r\n]{1,60}?)\s+#(?P<id>\d{1,12})\]"),
            subject_only: false,
        },
        // Zammad "[Ticket#31001]", Znuny/OTRS "[Ticket#2024061010000011]" or with the
        // TicketHookDivider "[Ticket#: 2024...]"; "Call#" is the documented alternative hook.
        Builtin {
            name: "zammad_znuny",
            re: re(r"(?i)\b(?:ticket|call)#\s?:?\s?(?P<id>\d{4,24})\b"),
            subject_only: false,
        },
        // osTicket "[#123456]" and Freshdesk "[#1234]" / with prefix "[#Freshworks-1234]".
        Builtin {
            name: "osticket_freshdesk",
            re: re(r"\[#(?P<id>(?:[A-Za-z][A-Za-z0-9]{0,19}-)?\d{1,12})\]"),
            subject_only: false,
        },
        // ServiceNow record numbers: INC0012345, RITM0010001, REQ..., SCTASK..., CS..., CHG...
        Builtin {
            name: "servicenow",
            re: re(r"\b(?P<id>(?:INC|RITM|REQ|SCTASK|CS|PRB|CHG|TASK)\d{7,10})\b"),
            subject_only: false,
        },
        // Jira notifications "[JIRA] (SUP-123) ...".
        Builtin {
            name: "jira",
            re: re(r"\[JIRA\]\s*\((?P<id>[A-Z][A-Z0-9_]{1,9}-\d{1,7})\)"),
            subject_only: false,
        },
        // Jira Service Management customer notifications: "SUP-123 Summary" or "[SUP-123]".
        Builtin {
            name: "jira",
            re: re(r"^\[?(?P<id>[A-Z][A-Z0-9_]{1,9}-\d{1,7})\]?(?:[\s:]|$)"),
            subject_only: true,
        },
        // Zendesk: "Your request (123) has been updated", "Request #123: title".
        Builtin {
            name: "zendesk",
            re: re(r"(?i)\brequest\s*(?:\(#?(?P<id>\d{1,12})\)|#(?P<id2>\d{1,12})\b)"),
            subject_only: false,
        },
        // Prose: "ticket #1234", "Ticket number: 1234", "case no. 5678", "Ticket ID: 1234".
        Builtin {
            name: "prose",
            re: re(
                r"(?i)\b(?:support\s+|service\s+)?(?:ticket|case|incident)\s*(?:(?:number|no\.?|nr\.?|id|reference)\s*[:#]?\s*|[:#]\s*)(?P<id>[A-Z]{0,4}-?\d{3,12})\b",
            ),
            subject_only: false,
        },
    ]
});

/// Tags in "[tag #n]" that name something other than a ticket.
const NON_TICKET_TAGS: [&str; 12] = [
    "order", "po", "purchase", "invoice", "serial", "rma", "quote", "sales", "delivery",
    "shipment", "item", "sku",
];

/// Jira-like keys that are standards or business documents, plus our own tag.
const NON_TICKET_KEYS: [&str; 14] = [
    "STORE", "PO", "SO", "INV", "ORD", "ORDER", "SN", "ISO", "UTF", "RFC", "CVE", "ISBN", "EN",
    "DIN",
];

/// Words just before an id that mean it is some other ticket than the one this mail is about.
const OTHER_TICKET_CUES: [&str; 13] = [
    "other",
    "another",
    "related",
    "see also",
    "duplicate of",
    "merged into",
    "merged with",
    "previous",
    "similar",
    "parent",
    "linked",
    "old ",
    "instead of",
];

/// The best vendor ticket id in the message and the decoys passed over on the way.
#[derive(Debug, Clone, Default)]
pub struct Search {
    pub found: Option<VendorTicket>,
    pub decoys: Vec<String>,
}

/// Looks in the subject, then the new body text, then the quoted text; in each place the
/// profile's patterns come first, then the built-ins from most to least specific.
pub fn find_vendor_ticket(mail: &Mail, profiles: &[CompiledProfile]) -> Search {
    let mut search = Search::default();
    let places = [
        (Place::Subject, mail.subject_core.as_str()),
        (Place::Body, mail.new_text.as_str()),
        (Place::Quoted, mail.quoted_text.as_str()),
    ];
    for (place, text) in places {
        if text.is_empty() {
            continue;
        }
        for profile in profiles {
            for re in &profile.ticket_patterns {
                if let Some(id) = re.captures(text).and_then(|c| c.name("id")) {
                    let id = id.as_str().trim();
                    if !id.is_empty() {
                        search.found = Some(VendorTicket {
                            id: id.to_string(),
                            format: format!("profile:{}", profile.name),
                            place,
                        });
                        return search;
                    }
                }
            }
        }
        for b in BUILTINS.iter() {
            if b.subject_only && place != Place::Subject {
                continue;
            }
            for caps in b.re.captures_iter(text) {
                let Some(m) = caps.name("id").or_else(|| caps.name("id2")) else {
                    continue;
                };
                let whole = caps.get(0).map_or(m.start(), |w| w.start());
                let mut format = b.name.to_string();
                if let Some(reason) = decoy_reason(b.name, &caps, m.as_str(), &text[..whole]) {
                    search.decoys.push(format!("{} ({reason})", m.as_str()));
                    continue;
                }
                if b.name == "bracket_tag" {
                    let tag = caps.name("tag").map_or("", |t| t.as_str());
                    format = bracket_tag_format(tag, m.as_str()).to_string();
                }
                search.found = Some(VendorTicket {
                    id: m.as_str().to_string(),
                    format,
                    place,
                });
                return search;
            }
        }
    }
    search
}

/// GLPI pads its ids to seven digits and defaults the tag to "GLPI"; anything else in that
/// shape is Request Tracker's "[rtname #id]".
fn bracket_tag_format(tag: &str, id: &str) -> &'static str {
    if tag.trim().eq_ignore_ascii_case("glpi") || (id.len() == 7 && id.starts_with('0')) {
        "glpi"
    } else {
        "request_tracker"
    }
}

fn decoy_reason(
    format: &str,
    caps: &regex::Captures<'_>,
    id: &str,
    before: &str,
) -> Option<&'static str> {
    if format == "bracket_tag" {
        let tag = caps
            .name("tag")
            .map_or(String::new(), |t| t.as_str().to_lowercase());
        if tag
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| NON_TICKET_TAGS.contains(&w))
        {
            return Some("order/PO/serial tag");
        }
        if tag.trim().eq_ignore_ascii_case("store") {
            return Some("our own tag");
        }
    }
    if format == "jira" {
        let key = id.split('-').next().unwrap_or_default();
        if NON_TICKET_KEYS.contains(&key) {
            return Some("not a ticket key");
        }
    }
    // Only the current sentence counts: "... another store. Your ticket #1" is ours.
    let sentence = before
        .rfind(['.', '!', '?', '\n'])
        .map_or(before, |i| &before[i + 1..]);
    let window = tail_chars(sentence, 40).to_lowercase();
    if OTHER_TICKET_CUES.iter().any(|cue| window.contains(cue)) {
        return Some("another ticket");
    }
    None
}

fn tail_chars(s: &str, n: usize) -> &str {
    let start = s
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    &s[start..]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subject(s: &str) -> Option<VendorTicket> {
        let mail = Mail {
            subject_core: s.to_string(),
            ..Mail::default()
        };
        find_vendor_ticket(&mail, &[]).found
    }

    #[test]
    fn builtins_compile_and_match() {
        assert_eq!(subject("[rt.example.com #123] x").unwrap().id, "123");
        assert_eq!(subject("[GLPI #0000123] x").unwrap().format, "glpi");
        assert_eq!(subject("x [Ticket#31001]").unwrap().id, "31001");
        assert_eq!(
            subject("Support Ticket Opened [#482913]").unwrap().id,
            "482913"
        );
        assert_eq!(subject("INC0012345 resolved").unwrap().id, "INC0012345");
        assert_eq!(subject("SUP-12 Printer").unwrap().id, "SUP-12");
        assert!(subject("[STORE-12] Printer").is_none());
        assert!(subject("[Order #12345] shipped").is_none());
        assert!(subject("PO-4500012345 received").is_none());
        assert!(subject("Call us at +31 20 123 4567 on 2024-05-01").is_none());
    }
}
