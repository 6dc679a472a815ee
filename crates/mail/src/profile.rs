//! Vendor profile files (JSON): a vendor's domains, its own ticket-id patterns and status words.
//!
//! JSON rather than TOML because serde_json is already a dependency (the CLI prints JSON) and
//! a profile is a handful of fields. Format (see docs/mail-triage.md):
//!
//! ```json
//! {
//!   "name": "RSNL",
//!   "domains": ["rsnl.nl"],
//!   "ticket_id_patterns": ["\\[RSNL-(?P<id>\\d{6})\\]"],
//!   "status_keywords": { "resolved": ["opgelost"], "closed": ["gesloten"] }
//! }
//! ```

use regex::Regex;
use serde::Deserialize;

use crate::event::Event;

/// Patterns longer than this are refused: a profile is configuration, not a program.
const MAX_PATTERN_LEN: usize = 512;

#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    #[error("profile is not valid JSON for the profile format: {0}")]
    Json(#[from] serde_json::Error),
    #[error("profile needs a non-empty \"name\"")]
    MissingName,
    #[error("invalid vendor domain {0:?} (expected something like \"vendor.example\")")]
    BadDomain(String),
    #[error("ticket id pattern {pattern:?} is not a valid regex: {message}")]
    InvalidRegex { pattern: String, message: String },
    #[error("ticket id pattern {pattern:?} has no named group `id`; write it as (?P<id>...)")]
    MissingIdGroup { pattern: String },
    #[error("ticket id pattern {pattern:?} is longer than {MAX_PATTERN_LEN} characters")]
    PatternTooLong { pattern: String },
}

/// Status words per event. Only the four vendor events can be keyed; "ignore" is decided by
/// the sender and header rules, never by a word.
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct StatusKeywords {
    #[serde(default)]
    pub acknowledged: Vec<String>,
    #[serde(default)]
    pub update: Vec<String>,
    #[serde(default)]
    pub resolved: Vec<String>,
    #[serde(default)]
    pub closed: Vec<String>,
}

/// A profile as written in the file.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct VendorProfile {
    pub name: String,
    #[serde(default)]
    pub domains: Vec<String>,
    #[serde(default)]
    pub ticket_id_patterns: Vec<String>,
    #[serde(default)]
    pub status_keywords: StatusKeywords,
}

/// A profile with its patterns compiled once, ready for triage.
#[derive(Debug, Clone)]
pub struct CompiledProfile {
    pub name: String,
    pub domains: Vec<String>,
    pub ticket_patterns: Vec<Regex>,
    /// (event, lowercase keyword), checked before the built-in status words.
    pub status_keywords: Vec<(Event, String)>,
}

impl VendorProfile {
    pub fn from_json(text: &str) -> Result<Self, ProfileError> {
        Ok(serde_json::from_str(text)?)
    }

    /// Validates and compiles. Each pattern must compile and contain a named group `id`.
    pub fn compile(&self) -> Result<CompiledProfile, ProfileError> {
        let name = self.name.trim();
        if name.is_empty() {
            return Err(ProfileError::MissingName);
        }
        let mut domains = Vec::new();
        for d in &self.domains {
            let d = crate::sender::normalise_domain(d);
            let valid = d.contains('.')
                && !d.starts_with('.')
                && !d.contains('@')
                && !d.chars().any(char::is_whitespace);
            if !valid {
                return Err(ProfileError::BadDomain(d));
            }
            domains.push(d);
        }
        let mut ticket_patterns = Vec::new();
        for p in &self.ticket_id_patterns {
            if p.len() > MAX_PATTERN_LEN {
                return Err(ProfileError::PatternTooLong { pattern: p.clone() });
            }
            let re = Regex::new(p).map_err(|e| ProfileError::InvalidRegex {
                pattern: p.clone(),
                message: e.to_string(),
            })?;
            if !re.capture_names().any(|n| n == Some("id")) {
                return Err(ProfileError::MissingIdGroup { pattern: p.clone() });
            }
            ticket_patterns.push(re);
        }
        let k = &self.status_keywords;
        // Closed and resolved first so that a vendor's "closed" wording wins over "update".
        let status_keywords = [
            (Event::Closed, &k.closed),
            (Event::Resolved, &k.resolved),
            (Event::Acknowledged, &k.acknowledged),
            (Event::Update, &k.update),
        ]
        .into_iter()
        .flat_map(|(e, words)| {
            words
                .iter()
                .map(|w| w.trim().to_lowercase())
                .filter(|w| !w.is_empty())
                .map(move |w| (e, w))
        })
        .collect();
        Ok(CompiledProfile {
            name: name.to_string(),
            domains,
            ticket_patterns,
            status_keywords,
        })
    }
}

/// Parses and compiles a profile file's text in one step.
pub fn load_profile(text: &str) -> Result<CompiledProfile, ProfileError> {
    VendorProfile::from_json(text)?.compile()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_are_clear() {
        let bad = r#"{"name":"X","ticket_id_patterns":["(unclosed"]}"#;
        assert!(matches!(
            load_profile(bad),
            Err(ProfileError::InvalidRegex { .. })
        ));
        let nogroup = r#"{"name":"X","ticket_id_patterns":["RSNL-\\d+"]}"#;
        assert!(matches!(
            load_profile(nogroup),
            Err(ProfileError::MissingIdGroup { .. })
        ));
        let unknown = r#"{"name":"X","colour":"red"}"#;
        assert!(matches!(load_profile(unknown), Err(ProfileError::Json(_))));
        let ok = r#"{"name":"RSNL","domains":["RSNL.nl"],"ticket_id_patterns":["RSNL-(?P<id>\\d+)"],
                    "status_keywords":{"resolved":["Opgelost"]}}"#;
        let p = load_profile(ok).unwrap();
        assert_eq!(p.domains, vec!["rsnl.nl"]);
        assert_eq!(
            p.status_keywords,
            vec![(Event::Resolved, "opgelost".to_string())]
        );
    }
}
