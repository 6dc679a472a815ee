//! The issue's priority, its status state machine and its human reference `STORE-<n>`.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    Low,
    Medium,
    High,
    Critical,
}

impl Priority {
    pub const ALL: [Priority; 4] = [
        Priority::Low,
        Priority::Medium,
        Priority::High,
        Priority::Critical,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Priority::Low => "low",
            Priority::Medium => "medium",
            Priority::High => "high",
            Priority::Critical => "critical",
        }
    }

    pub fn parse(s: &str) -> Option<Priority> {
        Priority::ALL.into_iter().find(|p| p.as_str() == s)
    }

    /// Sort rank, so "priority" sorts by urgency and not alphabetically.
    pub fn rank(self) -> i16 {
        self as i16
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Open,
    InProgress,
    WaitingOnVendor,
    Resolved,
    Closed,
}

/// Why a status change is refused; carries the allowed targets so the client can offer them.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    #[error("cannot move an issue from {from} to {to}")]
    NotAllowed {
        from: Status,
        to: Status,
        allowed: Vec<Status>,
    },
    #[error("reopening an issue needs a reason")]
    ReasonRequired,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Open,
        Status::InProgress,
        Status::WaitingOnVendor,
        Status::Resolved,
        Status::Closed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::InProgress => "in_progress",
            Status::WaitingOnVendor => "waiting_on_vendor",
            Status::Resolved => "resolved",
            Status::Closed => "closed",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Status::Open => "Open",
            Status::InProgress => "In Progress",
            Status::WaitingOnVendor => "Waiting on vendor",
            Status::Resolved => "Resolved",
            Status::Closed => "Closed",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|st| st.as_str() == s)
    }

    /// The state machine: Open -> In Progress -> Waiting on vendor -> Resolved -> Closed, with
    /// the vendor wait allowed to bounce back to work, and Resolved/Closed reopening to Open.
    pub fn allowed_next(self) -> &'static [Status] {
        match self {
            Status::Open => &[Status::InProgress],
            Status::InProgress => &[Status::WaitingOnVendor, Status::Resolved],
            Status::WaitingOnVendor => &[Status::InProgress, Status::Resolved],
            Status::Resolved => &[Status::Closed, Status::Open],
            Status::Closed => &[Status::Open],
        }
    }

    pub fn is_reopen(self, to: Status) -> bool {
        matches!(self, Status::Resolved | Status::Closed) && to == Status::Open
    }

    /// Checks a transition; a reopen must carry a non-blank reason.
    pub fn transition(self, to: Status, reason: Option<&str>) -> Result<Status, TransitionError> {
        if !self.allowed_next().contains(&to) {
            return Err(TransitionError::NotAllowed {
                from: self,
                to,
                allowed: self.allowed_next().to_vec(),
            });
        }
        if self.is_reopen(to) && reason.is_none_or(|r| r.trim().is_empty()) {
            return Err(TransitionError::ReasonRequired);
        }
        Ok(to)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for Priority {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The human reference of an issue, `STORE-<n>`: unique, never reused, used in mail subjects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IssueRef(pub i64);

impl IssueRef {
    pub const PREFIX: &'static str = "STORE-";

    /// Accepts `STORE-42` (any case). Numbers start at 1.
    pub fn parse(s: &str) -> Option<IssueRef> {
        let head = s.get(..Self::PREFIX.len())?;
        if !head.eq_ignore_ascii_case(Self::PREFIX) {
            return None;
        }
        let digits = &s[Self::PREFIX.len()..];
        if !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        // Leading zeros are allowed (STORE-0042); what remains must fit an i64.
        let digits = digits.trim_start_matches('0');
        if digits.is_empty() || digits.len() > 18 {
            return None;
        }
        let n: i64 = digits.parse().ok()?;
        (n > 0).then_some(IssueRef(n))
    }
}

impl fmt::Display for IssueRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", Self::PREFIX, self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn happy_path_walks_the_chain() {
        let mut s = Status::Open;
        for next in [
            Status::InProgress,
            Status::WaitingOnVendor,
            Status::Resolved,
            Status::Closed,
        ] {
            s = s.transition(next, None).unwrap();
        }
        assert_eq!(s, Status::Closed);
    }

    #[test]
    fn skipping_is_refused_with_the_allowed_targets() {
        let err = Status::Open.transition(Status::Closed, None).unwrap_err();
        assert_eq!(
            err,
            TransitionError::NotAllowed {
                from: Status::Open,
                to: Status::Closed,
                allowed: vec![Status::InProgress]
            }
        );
    }

    #[test]
    fn reopen_needs_a_reason() {
        assert_eq!(
            Status::Closed.transition(Status::Open, Some("  ")),
            Err(TransitionError::ReasonRequired)
        );
        assert_eq!(
            Status::Resolved.transition(Status::Open, Some("printer died again")),
            Ok(Status::Open)
        );
    }

    #[test]
    fn issue_ref_round_trips_and_rejects_junk() {
        assert_eq!(IssueRef::parse("STORE-42"), Some(IssueRef(42)));
        assert_eq!(IssueRef::parse("store-7"), Some(IssueRef(7)));
        assert_eq!(IssueRef(42).to_string(), "STORE-42");
        for bad in [
            "STORE-",
            "STORE-0",
            "STORE-4a",
            "STORE--1",
            "TICKET-1",
            "",
            "STORE-99999999999999999999",
        ] {
            assert_eq!(IssueRef::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn wire_names_parse_back() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(s));
        }
        for p in Priority::ALL {
            assert_eq!(Priority::parse(p.as_str()), Some(p));
        }
    }
}
