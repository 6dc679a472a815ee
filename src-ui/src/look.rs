//! How statuses, priorities and roles look, written once so pills, counts and filters agree (design:
//! Open blue, In Progress violet, Waiting on vendor amber, Resolved green, Closed grey; Critical
//! and High carry an icon as well as a colour, for colour-blind users).

use storedesk_domain::{Priority, Role, Status};

pub fn status_pill(s: Status) -> &'static str {
    match s {
        Status::Open => "bg-blue-100 text-blue-800 dark:bg-blue-900/60 dark:text-blue-200",
        Status::InProgress => {
            "bg-violet-100 text-violet-800 dark:bg-violet-900/60 dark:text-violet-200"
        }
        Status::WaitingOnVendor => {
            "bg-amber-100 text-amber-900 dark:bg-amber-900/60 dark:text-amber-200"
        }
        Status::Resolved => "bg-green-100 text-green-800 dark:bg-green-900/60 dark:text-green-200",
        Status::Closed => "bg-zinc-200 text-zinc-700 dark:bg-zinc-700 dark:text-zinc-200",
    }
}

pub fn status_dot(s: Status) -> &'static str {
    match s {
        Status::Open => "bg-blue-500",
        Status::InProgress => "bg-violet-500",
        Status::WaitingOnVendor => "bg-amber-500",
        Status::Resolved => "bg-green-500",
        Status::Closed => "bg-zinc-400",
    }
}

pub fn role_label(r: Role) -> &'static str {
    match r {
        Role::Admin => "Administrator",
        Role::StoreManager => "Store manager",
        Role::Engineer => "Engineer",
    }
}

pub fn priority_label(p: Priority) -> &'static str {
    match p {
        Priority::Low => "Low",
        Priority::Medium => "Medium",
        Priority::High => "High",
        Priority::Critical => "Critical",
    }
}

/// The icon shown before the priority: none for Low and Medium.
pub fn priority_icon(p: Priority) -> Option<&'static str> {
    match p {
        Priority::Critical => Some("\u{25B2}\u{25B2}"),
        Priority::High => Some("\u{25B2}"),
        _ => None,
    }
}

pub fn priority_text(p: Priority) -> &'static str {
    match p {
        Priority::Critical => "text-red-700 dark:text-red-300",
        Priority::High => "text-orange-700 dark:text-orange-300",
        Priority::Medium => "text-zinc-700 dark:text-zinc-300",
        Priority::Low => "text-zinc-500 dark:text-zinc-400",
    }
}

/// What a status button says: the move, not the state ("Start work", not "In Progress").
pub fn move_label(from: Status, to: Status) -> &'static str {
    match to {
        Status::InProgress if from == Status::WaitingOnVendor => "Back to work",
        Status::InProgress => "Start work",
        Status::WaitingOnVendor => "Waiting on vendor",
        Status::Resolved => "Resolve",
        Status::Closed => "Close",
        Status::Open => "Reopen",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_has_its_own_colour() {
        let mut seen: Vec<&str> = Status::ALL.iter().map(|s| status_dot(*s)).collect();
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), Status::ALL.len());
    }

    #[test]
    fn urgent_priorities_carry_an_icon() {
        assert!(priority_icon(Priority::Critical).is_some());
        assert!(priority_icon(Priority::High).is_some());
        assert_eq!(priority_icon(Priority::Low), None);
    }

    #[test]
    fn buttons_name_the_move() {
        assert_eq!(move_label(Status::Open, Status::InProgress), "Start work");
        assert_eq!(
            move_label(Status::WaitingOnVendor, Status::InProgress),
            "Back to work"
        );
        assert_eq!(move_label(Status::Closed, Status::Open), "Reopen");
    }
}
