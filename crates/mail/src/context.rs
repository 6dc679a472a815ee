//! Everything triage knows besides the message: our domain and key, the vendor's domains and
//! profiles, what we sent, and which vendor ticket ids are already linked to which issue.

use std::collections::HashMap;

use crate::compose::{issue_message_id, parse_our_message_id};
use crate::message::{self, MailError};
use crate::profile::CompiledProfile;
use crate::reference::subject_tag;
use crate::sender::normalise_domain;
use crate::ticket_id::find_vendor_ticket;

#[derive(Debug, Clone, Default)]
pub struct TriageContext {
    our_domain: String,
    key: Option<Vec<u8>>,
    vendor_domains: Vec<String>,
    /// The vendor's name in capitals, from each domain's first label ("RSNL" for rsnl.nl):
    /// vendors begin their own keys with it.
    vendor_prefixes: Vec<String>,
    profiles: Vec<CompiledProfile>,
    /// Lowercase Message-ID (no brackets) of each mail we sent -> issue number.
    sent_ids: HashMap<String, u64>,
    /// Issue number -> Message-ID (with brackets) of the first mail we sent about it.
    issue_ids: HashMap<u64, String>,
    /// Vendor ticket id -> issue number.
    ticket_map: HashMap<String, u64>,
    /// Lowercase Message-ID (no brackets) of a vendor mail about an issue -> issue number: a
    /// reply to the vendor's own receipt threads to the issue through it.
    vendor_mails: HashMap<String, u64>,
    /// Issue number -> our title, so our own words echoed back are not read as status.
    titles: HashMap<u64, String>,
    /// Issue number -> its store's name: with the title, how a helpdesk that replaces the
    /// subject and drops the thread still names the fault ("Job #1042 - Till frozen",
    /// "Property: Amsterdam Centraal").
    stores: HashMap<u64, String>,
    /// A store's name, lowercase and squeezed -> its issues: a mail is searched for each store
    /// once, then only for the titles of the stores it names (a chain has hundreds of stores
    /// and thousands of open issues).
    by_store: HashMap<String, Vec<u64>>,
}

/// What was learnt from one of our sent mails.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentMail {
    pub issue: u64,
    pub message_id: Option<String>,
    pub vendor_ticket_id: Option<String>,
}

impl TriageContext {
    /// A context that can verify our signed Message-IDs with `key`.
    pub fn new(our_domain: &str, key: impl Into<Vec<u8>>) -> Self {
        Self {
            our_domain: normalise_domain(our_domain),
            key: Some(key.into()),
            ..Self::default()
        }
    }

    /// A context without the HMAC key: only Message-IDs learnt from the sent folder match.
    pub fn without_key(our_domain: &str) -> Self {
        Self {
            our_domain: normalise_domain(our_domain),
            ..Self::default()
        }
    }

    pub fn add_vendor_domain(&mut self, domain: &str) -> &mut Self {
        let d = normalise_domain(domain);
        if !d.is_empty() && !self.vendor_domains.contains(&d) {
            let label = d.split('.').next().unwrap_or_default().to_uppercase();
            if label.len() >= 3 && !self.vendor_prefixes.contains(&label) {
                self.vendor_prefixes.push(label);
            }
            self.vendor_domains.push(d);
        }
        self
    }

    /// Adds a compiled profile; its domains become vendor domains.
    pub fn add_profile(&mut self, profile: CompiledProfile) -> &mut Self {
        for d in &profile.domains {
            self.add_vendor_domain(d);
        }
        self.profiles.push(profile);
        self
    }

    /// Records that we sent `message_id` about issue `number`.
    pub fn learn_sent(&mut self, message_id: &str, number: u64) -> &mut Self {
        let bare = bare_id(message_id);
        if bare.is_empty() {
            return self;
        }
        self.sent_ids.insert(bare.clone(), number);
        self.issue_ids
            .entry(number)
            .or_insert_with(|| format!("<{bare}>"));
        if self.our_domain.is_empty() {
            if let Some((_, d)) = bare.rsplit_once('@') {
                self.our_domain = normalise_domain(d);
            }
        }
        self
    }

    /// Learns from one of our sent mails: its issue (subject tag, else our Message-ID format),
    /// its Message-ID, and a vendor tag kept in the subject of a follow-up, which links that
    /// vendor ticket to the issue.
    pub fn learn_sent_mail(&mut self, raw: &[u8]) -> Result<Option<SentMail>, MailError> {
        let mail = message::parse(raw)?;
        let from_id = mail.message_id.as_deref().and_then(|id| {
            let domain = if self.our_domain.is_empty() {
                id.rsplit_once('@').map_or("", |(_, d)| d)
            } else {
                self.our_domain.as_str()
            };
            parse_our_message_id(id, domain).map(|o| o.number)
        });
        let Some(issue) = subject_tag(&mail.subject).or(from_id) else {
            return Ok(None);
        };
        if let Some(id) = &mail.message_id {
            self.learn_sent(id, issue);
        }
        if let Some((title, store)) = title_from_subject(&mail.subject) {
            self.learn_issue_title(issue, &title);
            if let Some(store) = store {
                self.learn_issue_store(issue, &store);
            }
        }
        let vendor = find_vendor_ticket(
            &message::Mail {
                subject_core: mail.subject_core.clone(),
                ..message::Mail::default()
            },
            &self.profiles,
            &[],
            &|_| false,
        )
        .found
        .map(|t| t.id);
        if let Some(v) = &vendor {
            self.link_vendor_ticket(v, issue);
        }
        Ok(Some(SentMail {
            issue,
            message_id: mail.message_id,
            vendor_ticket_id: vendor,
        }))
    }

    /// Records our title of an issue (the subject text between our tag and " — store").
    pub fn learn_issue_title(&mut self, number: u64, title: &str) -> &mut Self {
        let t = title.trim();
        if !t.is_empty() {
            self.titles.insert(number, t.to_string());
        }
        self
    }

    /// Records the name of the store an issue is about.
    pub fn learn_issue_store(&mut self, number: u64, store: &str) -> &mut Self {
        let s = squeeze(store);
        if s.is_empty() {
            return self;
        }
        if let Some(old) = self.stores.insert(number, s.clone()) {
            if let Some(issues) = self.by_store.get_mut(&old) {
                issues.retain(|&n| n != number);
            }
        }
        let issues = self.by_store.entry(s).or_default();
        if !issues.contains(&number) {
            issues.push(number);
        }
        self
    }

    /// The issues whose title and store both stand in `text`. Short titles ("Till") say
    /// nothing on their own, so a title needs `MIN_NAMED_TITLE` characters.
    pub fn issues_named_in(&self, text: &str) -> Vec<u64> {
        let hay = squeeze(text);
        let mut found: Vec<u64> = self
            .by_store
            .iter()
            .filter(|(store, _)| hay.contains(store.as_str()))
            .flat_map(|(_, issues)| issues.iter())
            .filter(|n| {
                self.titles.get(n).is_some_and(|title| {
                    title.chars().count() >= MIN_NAMED_TITLE && hay.contains(&squeeze(title))
                })
            })
            .copied()
            .collect();
        found.sort_unstable();
        found
    }

    pub fn title_of(&self, number: u64) -> Option<&str> {
        self.titles.get(&number).map(String::as_str)
    }

    /// Records that the vendor's mail `message_id` was about issue `number`.
    pub fn link_vendor_mail(&mut self, message_id: &str, number: u64) -> &mut Self {
        let bare = bare_id(message_id);
        if !bare.is_empty() {
            self.vendor_mails.insert(bare, number);
        }
        self
    }
    /// The issue a vendor mail we triaged before was about.
    pub fn vendor_mail_issue(&self, message_id: &str) -> Option<u64> {
        self.vendor_mails.get(&bare_id(message_id)).copied()
    }

    /// Links a vendor ticket id to an issue (from the database, or learnt during a run).
    pub fn link_vendor_ticket(&mut self, vendor_id: &str, number: u64) -> &mut Self {
        self.ticket_map.insert(vendor_id.trim().to_string(), number);
        self
    }

    pub fn our_domain(&self) -> &str {
        &self.our_domain
    }
    pub fn key(&self) -> Option<&[u8]> {
        self.key.as_deref()
    }
    pub fn vendor_prefixes(&self) -> &[String] {
        &self.vendor_prefixes
    }

    pub fn vendor_domains(&self) -> &[String] {
        &self.vendor_domains
    }
    pub fn profiles(&self) -> &[CompiledProfile] {
        &self.profiles
    }
    /// Issue number of a Message-ID we sent.
    pub fn sent_issue(&self, message_id: &str) -> Option<u64> {
        self.sent_ids.get(&bare_id(message_id)).copied()
    }
    /// Whether the issue number is one we know (from the sent folder or the ticket map).
    /// With nothing learnt at all, every number is accepted: there is nothing to check against.
    pub fn knows_issue(&self, number: u64) -> bool {
        (self.issue_ids.is_empty() && self.ticket_map.is_empty())
            || self.issue_ids.contains_key(&number)
            || self.ticket_map.values().any(|&n| n == number)
    }
    pub fn issue_for_vendor_ticket(&self, vendor_id: &str) -> Option<u64> {
        self.ticket_map.get(vendor_id.trim()).copied()
    }
    /// Our Message-ID for an issue: the one we sent, else the canonical signed one.
    pub fn message_id_for(&self, number: u64) -> Option<String> {
        if let Some(id) = self.issue_ids.get(&number) {
            return Some(id.clone());
        }
        let key = self.key.as_deref()?;
        if self.our_domain.is_empty() {
            return None;
        }
        Some(issue_message_id(number, key, &self.our_domain))
    }
}

/// The shortest title `issues_named_in` reads.
const MIN_NAMED_TITLE: usize = 12;

/// Lowercase with runs of whitespace as one space: a helpdesk rewraps and recases what it
/// copies from our mail.
fn squeeze(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// "[STORE-42] Till frozen — Utrecht" -> ("Till frozen", Some("Utrecht")), also with a vendor
/// tag appended.
fn title_from_subject(subject: &str) -> Option<(String, Option<String>)> {
    let after = &subject[subject.find("[STORE-")?..];
    let after = &after[after.find(']')? + 1..];
    let mut parts = after.splitn(2, " — ");
    let title = parts.next().unwrap_or(after);
    let title = title.split(" [").next().unwrap_or(title).trim();
    let store = parts
        .next()
        .map(|s| s.split(" [").next().unwrap_or(s).trim().to_string())
        .filter(|s| !s.is_empty());
    (!title.is_empty()).then(|| (title.to_string(), store))
}

fn bare_id(id: &str) -> String {
    id.trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim()
        .to_lowercase()
}
