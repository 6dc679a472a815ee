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
use crate::ticket_candidate::{self, tail_chars, Evidence, OTHER_TICKET_CUES};

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
            re: re(r"##\s?(?P<id>(?:[A-Z]{1,5}-)?\d{1,12})\s?##"),
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
            re: re(r"^\[?(?P<id>[A-Z][A-Z0-9_]{0,9}-\d{1,10})\]?(?:[\s:]|$)"),
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

/// The best vendor ticket id in the message and the decoys passed over on the way.
#[derive(Debug, Clone, Default)]
pub struct Search {
    pub found: Option<VendorTicket>,
    pub decoys: Vec<String>,
}

/// Every candidate id in the subject (the vendor's part), the new text and the quoted text, each
/// scored by its evidence: a vendor profile's pattern, a named helpdesk format, a ticket word, a
/// subject tag, a helpdesk link, a bare hash number; plus the place (subject over new text over
/// quoted text) and repetition (the same id in another place or form). The best score wins;
/// a tie goes to the earlier place and position. Decoys are dropped before scoring and listed.
///
/// `known` says whether an id is already linked to one of our issues: such an id is a candidate
/// wherever it stands, even bare ("Einsatzbericht T-240708-0042"), because the vendor told us it.
/// `vendor_prefixes`: the vendor's name as its keys may begin ("RSNL" for rsnl.nl).
pub fn find_vendor_ticket(
    mail: &Mail,
    profiles: &[CompiledProfile],
    vendor_prefixes: &[String],
    known: &dyn Fn(&str) -> bool,
) -> Search {
    let mut search = Search::default();
    let places = [
        (Place::Subject, mail.subject_core.as_str()),
        (Place::Body, mail.new_text.as_str()),
        (Place::Quoted, mail.quoted_text.as_str()),
    ];
    let mut found: Vec<Scored> = Vec::new();
    for (place, text) in places {
        if text.is_empty() {
            continue;
        }
        // The quoted history only confirms: when the subject or the new text already states an
        // id with a ticket word or better, reading the whole thread below adds cost, not truth.
        if place == Place::Quoted
            && found
                .iter()
                .any(|f| f.weight >= Evidence::TicketWord.weight())
        {
            break;
        }
        for profile in profiles {
            for re in &profile.ticket_patterns {
                for caps in re.captures_iter(text) {
                    if let Some(id) = caps.name("id") {
                        let trimmed = id.as_str().trim();
                        if !trimmed.is_empty() {
                            found.push(Scored::new(
                                trimmed,
                                format!("profile:{}", profile.name),
                                PROFILE_WEIGHT,
                                place,
                                id.start(),
                            ));
                        }
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
                if let Some(reason) = decoy_reason(b.name, &caps, m.as_str(), &text[..whole]) {
                    search.decoys.push(format!("{} ({reason})", m.as_str()));
                    continue;
                }
                let format = if b.name == "bracket_tag" {
                    let tag = caps.name("tag").map_or("", |t| t.as_str());
                    bracket_tag_format(tag, m.as_str())
                } else {
                    b.name
                };
                found.push(Scored::new(
                    m.as_str(),
                    format.into(),
                    FORMAT_WEIGHT,
                    place,
                    m.start(),
                ));
            }
        }
        // The subject only: a known id in a signature or footer of another thread is noise.
        if place == Place::Subject {
            for m in KNOWN_TOKEN.find_iter(text) {
                if m.as_str().chars().filter(char::is_ascii_digit).count() >= 3 && known(m.as_str())
                {
                    found.push(Scored::new(
                        m.as_str(),
                        "known ticket".into(),
                        KNOWN_WEIGHT,
                        place,
                        m.start(),
                    ));
                }
            }
        }
        // "RSNL-BE-4410": a key that begins with the vendor's own name is the vendor's key,
        // wherever it stands ("Quick update on RSNL-BE-4410").
        for prefix in vendor_prefixes {
            for (at, _) in text.match_indices(prefix.as_str()) {
                let Some(m) = KNOWN_TOKEN.find(&text[at..]) else {
                    continue;
                };
                let id = m.as_str();
                let starts_word = !text[..at].ends_with(|c: char| c.is_alphanumeric());
                if starts_word
                    && id[prefix.len()..].starts_with('-')
                    && ticket_candidate::decoy(id, &text[..at]).is_none()
                {
                    found.push(Scored::new(
                        id,
                        VENDOR_PREFIX.into(),
                        VENDOR_PREFIX_WEIGHT,
                        place,
                        at,
                    ));
                }
            }
        }
        let generic = match place {
            Place::Subject => ticket_candidate::in_subject(text),
            _ => ticket_candidate::in_text(text),
        };
        for c in generic {
            found.push(Scored::new(
                &c.id,
                c.evidence.as_str().into(),
                c.evidence.weight(),
                place,
                c.at,
            ));
        }
    }
    search.found = best(found);
    search
}

const PROFILE_WEIGHT: i32 = 100;
const FORMAT_WEIGHT: i32 = 80;
const KNOWN_WEIGHT: i32 = 70;
/// The vendor's own name as the key's prefix: as strong as a ticket word.
pub const VENDOR_PREFIX: &str = "vendor prefix";
const VENDOR_PREFIX_WEIGHT: i32 = 60;
static KNOWN_TOKEN: LazyLock<Regex> = LazyLock::new(|| re(r"[A-Za-z0-9]+(?:[-./_][A-Za-z0-9]+)*"));
/// The same id stated again in another place or form.
const REPEAT_BONUS: i32 = 8;

struct Scored {
    id: String,
    format: String,
    weight: i32,
    place: Place,
    at: usize,
}

impl Scored {
    fn new(id: &str, format: String, weight: i32, place: Place, at: usize) -> Scored {
        Scored {
            id: id.to_string(),
            format,
            weight,
            place,
            at,
        }
    }

    fn score(&self) -> i32 {
        self.weight
            + match self.place {
                Place::Subject => 10,
                Place::Body => 5,
                Place::Quoted => 0,
            }
    }
}

/// Replies state their ticket near the top; a pasted log with thousands of "#1234" adds
/// nothing but cost (the comparisons below are quadratic in the candidates).
const MAX_CANDIDATES: usize = 64;

fn best(mut found: Vec<Scored>) -> Option<VendorTicket> {
    found.truncate(MAX_CANDIDATES);
    // A format that stops at a dot or a dash ("RSN-482" of "RSN-482-91033", "2024" of
    // "2024.0712.001") is the same statement as the longer id read by another rule: the longer
    // id keeps the stronger evidence.
    let ids: Vec<(String, Place, i32)> = found
        .iter()
        .map(|f| (f.id.clone(), f.place, f.weight))
        .collect();
    for f in &mut found {
        if let Some((longer, _, _)) = ids.iter().find(|(other, place, _)| {
            *place == f.place
                && other.len() > f.id.len()
                && other.starts_with(f.id.as_str())
                && other[f.id.len()..].starts_with(['-', '.', '/', '_'])
        }) {
            f.id = longer.clone();
        }
        // "[TicketID 5127KQZT]" in the subject, "Ticket 5127" in the text: the letters are a
        // check key the helpdesk appends to its number; people quote the number.
        if let Some((number, _, _)) = ids.iter().find(|(other, _, _)| {
            other.len() >= 3
                && f.id.len() > other.len() + 1
                && other.bytes().all(|b| b.is_ascii_digit())
                && f.id.starts_with(other.as_str())
                && f.id[other.len()..].bytes().all(|b| b.is_ascii_uppercase())
        }) {
            f.id = number.clone();
        }
        // A link or a number field gives the digits of what the mail shows as "INC-4471":
        // the same ticket, written the way people read it.
        if f.weight < PROFILE_WEIGHT && f.id.chars().all(|c| c.is_ascii_digit()) {
            if let Some((longer, _, _)) = ids.iter().find(|(other, _, _)| {
                other.len() > f.id.len()
                    && other.ends_with(f.id.as_str())
                    && !other[..other.len() - f.id.len()]
                        .chars()
                        .any(|c| c.is_ascii_digit())
            }) {
                f.id = longer.clone();
            }
        }
    }
    // In how many places each id stands (subject, new text, quoted text).
    let mut places: std::collections::HashMap<String, u8> = std::collections::HashMap::new();
    for f in &found {
        *places.entry(f.id.to_ascii_uppercase()).or_default() |= 1 << (f.place as u8);
    }
    let repeats = |id: &str| {
        places
            .get(&id.to_ascii_uppercase())
            .map_or(0, |bits| bits.count_ones() as i32 - 1)
    };
    let winner = found.iter().max_by(|a, b| {
        let sa = a.score() + REPEAT_BONUS * repeats(&a.id);
        let sb = b.score() + REPEAT_BONUS * repeats(&b.id);
        sa.cmp(&sb)
            .then_with(|| b.place.cmp(&a.place))
            .then_with(|| b.at.cmp(&a.at))
    })?;
    // "2024 0815" in the text, "[RSNL 2024-0815]" in the subject; "61.508" and "Ref. 61508":
    // one id, written the way the helpdesk writes it where it puts it in the subject.
    let skeleton = |id: &str| -> String {
        id.chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_uppercase())
            .collect()
    };
    let id = found
        .iter()
        .find(|f| f.place == Place::Subject && skeleton(&f.id) == skeleton(&winner.id))
        .map_or(&winner.id, |f| &f.id);
    Some(VendorTicket {
        id: id.clone(),
        format: winner.format.clone(),
        place: winner.place,
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    fn subject(s: &str) -> Option<VendorTicket> {
        let mail = Mail {
            subject_core: s.to_string(),
            ..Mail::default()
        };
        find_vendor_ticket(&mail, &[], &[], &|_| false).found
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

    #[test]
    fn a_number_with_a_check_key_is_the_number_people_quote() {
        let mail = Mail {
            subject_core: "Wi-Fi drops [TicketID 5127KQZT]".into(),
            new_text: "Zu Ihrem Ticket 5127 gibt es eine neue Antwort.".into(),
            ..Mail::default()
        };
        let t = find_vendor_ticket(&mail, &[], &[], &|_| false)
            .found
            .unwrap();
        assert_eq!(t.id, "5127");
    }

    #[test]
    fn helpdesk_keys_and_hashes_in_the_subject() {
        let id = |s: &str| subject(s).map(|t| t.id);
        assert_eq!(
            id("[Maniphest] [Created] T4821: [STORE-203] Scanner").as_deref(),
            Some("T4821")
        );
        assert_eq!(
            id("[RSNL Ops] Updated the issue #57 \"[STORE-205] Wi-Fi\"").as_deref(),
            Some("57")
        );
        assert_eq!(
            id("[RSNL Support] #1187-[STORE-202] Printer").as_deref(),
            Some("1187")
        );
        assert_eq!(
            id("[CARL] DI24-00612 - Nouvelle demande d'intervention").as_deref(),
            Some("DI24-00612")
        );
        assert_eq!(id("[Alert] Re: 5 items: [STORE-2] x"), None);
    }

    #[test]
    fn a_key_with_the_vendors_name_is_the_vendors_key() {
        let body = |t: &str, prefixes: &[String]| {
            let mail = Mail {
                new_text: t.to_string(),
                ..Mail::default()
            };
            find_vendor_ticket(&mail, &[], prefixes, &|_| false).found
        };
        let rsnl = ["RSNL".to_string()];
        let t = body("Quick update on RSNL-BE-4410: the inverter failed.", &rsnl).unwrap();
        assert_eq!(
            (t.id.as_str(), t.format.as_str()),
            ("RSNL-BE-4410", VENDOR_PREFIX)
        );
        // Not without the vendor's name configured, nor glued into another word.
        assert!(body("Quick update on RSNL-BE-4410.", &[]).is_none());
        assert!(body("See XRSNL-BE-4410.", &rsnl).is_none());
    }
}
