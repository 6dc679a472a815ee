//! What goes into an issue's history when it changes. The server's actions and the desktop's
//! local mode both record exactly these entries, so a timeline reads the same wherever the change
//! was made.

use crate::api::issue::{StatusChange, ValidIssuePatch};
use crate::issue::TransitionError;
use crate::text::Reason;
use crate::{FieldError, Priority, Status};

/// One history entry: which field, old -> new.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub field: &'static str,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// The entry of a new issue: `created`, with its first status.
pub fn created(status: Status) -> Event {
    Event {
        field: "created",
        old: None,
        new: Some(status.to_string()),
    }
}

/// The editable fields of an issue as they are now.
pub struct IssueText<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub priority: Priority,
}

/// One entry per field the patch really changes (an edit to the same value records nothing).
pub fn patch_events(cur: IssueText<'_>, v: &ValidIssuePatch) -> Vec<Event> {
    let mut events = Vec::new();
    if let Some(t) = v.title.as_ref().filter(|t| t.as_str() != cur.title) {
        events.push(Event {
            field: "title",
            old: Some(cur.title.to_owned()),
            new: Some(t.as_str().to_owned()),
        });
    }
    if let Some(d) = v
        .description
        .as_ref()
        .filter(|d| d.as_str() != cur.description)
    {
        events.push(Event {
            field: "description",
            old: Some(cur.description.to_owned()),
            new: Some(d.as_str().to_owned()),
        });
    }
    if let Some(p) = v.priority.filter(|p| *p != cur.priority) {
        events.push(Event {
            field: "priority",
            old: Some(cur.priority.to_string()),
            new: Some(p.to_string()),
        });
    }
    events
}

/// A status change checked against the state machine: the new status, its history entry
/// (`reopened` when a finished issue opens again, else `status`) and the reason as its note.
#[derive(Debug)]
pub struct StatusMove {
    pub to: Status,
    pub event: Event,
    pub reason: Option<Reason>,
}

/// Why a status change is refused: a field at fault, or a move the state machine forbids.
#[derive(Debug)]
pub enum StatusMoveError {
    Invalid(Vec<FieldError>),
    Transition(TransitionError),
}

pub fn status_move(from: Status, c: &StatusChange) -> Result<StatusMove, StatusMoveError> {
    let reason = c.validate_reason().map_err(StatusMoveError::Invalid)?;
    let to = from
        .transition(c.status, reason.as_ref().map(|r| r.as_str()))
        .map_err(StatusMoveError::Transition)?;
    Ok(StatusMove {
        to,
        event: Event {
            field: if from.is_reopen(to) {
                "reopened"
            } else {
                "status"
            },
            old: Some(from.to_string()),
            new: Some(to.to_string()),
        },
        reason,
    })
}

/// The entry of an assignment change, with the usernames before and after.
pub fn assigned(old: Option<String>, new: Option<String>) -> Event {
    Event {
        field: "assigned_to",
        old,
        new,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::issue::IssuePatch;

    #[test]
    fn a_patch_records_only_what_changes() {
        let p = IssuePatch {
            title: Some("Till 3 frozen".into()),
            description: Some("same".into()),
            priority: Some(Priority::High),
        };
        let v = p.validate().unwrap();
        let cur = IssueText {
            title: "Till 3 slow",
            description: "same",
            priority: Priority::High,
        };
        assert_eq!(
            patch_events(cur, &v),
            vec![Event {
                field: "title",
                old: Some("Till 3 slow".into()),
                new: Some("Till 3 frozen".into())
            }]
        );
    }

    #[test]
    fn reopening_is_its_own_entry_with_the_reason() {
        let c = StatusChange {
            status: Status::Open,
            reason: Some("printer died again".into()),
        };
        let m = status_move(Status::Closed, &c).unwrap();
        assert_eq!(m.to, Status::Open);
        assert_eq!(m.event.field, "reopened");
        assert_eq!(m.reason.unwrap().as_str(), "printer died again");
        let c = StatusChange {
            status: Status::Closed,
            reason: None,
        };
        assert!(matches!(
            status_move(Status::Open, &c),
            Err(StatusMoveError::Transition(
                TransitionError::NotAllowed { .. }
            ))
        ));
    }
}
