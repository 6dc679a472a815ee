//! Who is told what: the rule for native notifications, written once. The desktop engine calls it
//! for every record the sync feed brings, comparing the record with what the cache held before;
//! the server's vendor loop and local mode can call it the same way. Nobody is told of their own
//! actions: those are in the cache already (applied optimistically), so they compare equal.

use crate::api::assignment::Assignment;
use crate::api::issue::Issue;
use crate::api::resolution::Resolution;
use crate::{IssueId, Status, UserId};
use serde::{Deserialize, Serialize};

/// The kinds a person can turn off one by one in the settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoticeKind {
    /// An issue was assigned to me by someone else.
    Assigned,
    /// An issue I reported or am assigned to changed status.
    Status,
    /// The vendor's ticket arrived for an issue I reported or am assigned to.
    Vendor,
    /// A message to my store or to me.
    Message,
}

impl NoticeKind {
    pub const ALL: [NoticeKind; 4] = [
        NoticeKind::Assigned,
        NoticeKind::Status,
        NoticeKind::Vendor,
        NoticeKind::Message,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            NoticeKind::Assigned => "assigned",
            NoticeKind::Status => "status",
            NoticeKind::Vendor => "vendor",
            NoticeKind::Message => "message",
        }
    }

    pub fn parse(s: &str) -> Option<NoticeKind> {
        NoticeKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The settings' wording for the kind.
    pub fn label(self) -> &'static str {
        match self {
            NoticeKind::Assigned => "An issue is assigned to me",
            NoticeKind::Status => "An issue I reported or am assigned to changes status",
            NoticeKind::Vendor => "The vendor opens a ticket for an issue of mine",
            NoticeKind::Message => "A message to my store or to me",
        }
    }
}

/// One notification: shown natively, and kept in the app's list of recent notifications.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    pub kind: NoticeKind,
    /// The issue a click opens, when there is one.
    pub issue: Option<IssueId>,
    pub title: String,
    pub body: String,
}

/// What the cache knew of an issue before the feed's record replaced it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    pub id: IssueId,
    /// `STORE-<n>`.
    pub reference: String,
    pub title: String,
    pub status: Status,
    pub created_by: UserId,
    pub assigned_to: Option<UserId>,
    /// The vendor's ticket id, once known.
    pub vendor_ticket: Option<String>,
}

impl Known {
    fn concerns(&self, me: UserId) -> bool {
        self.created_by == me || self.assigned_to == Some(me)
    }
}

fn concerns(me: UserId, i: &Issue) -> bool {
    i.created_by.id == me || i.assigned_to.as_ref().is_some_and(|a| a.id == me)
}

/// The notice an issue record from the feed raises for `me`, given what the cache held before
/// (`None`: the issue is new to this cache).
pub fn for_issue(me: UserId, before: Option<&Known>, after: &Issue) -> Option<Notice> {
    let assigned_now = after.assigned_to.as_ref().is_some_and(|a| a.id == me);
    let assigned_before = before.is_some_and(|b| b.assigned_to == Some(me));
    // Someone else assigned it to me: had I done it here, the cache would hold it already. A new
    // issue I logged myself (on another device) and took is no news.
    if assigned_now && !assigned_before && (before.is_some() || after.created_by.id != me) {
        return Some(Notice {
            kind: NoticeKind::Assigned,
            issue: Some(after.id),
            title: format!("{} assigned to you", after.reference),
            body: format!(
                "{} ({}, {})",
                after.title,
                after.store.name,
                after.priority.as_str()
            ),
        });
    }
    let before = before?;
    if before.status != after.status && concerns(me, after) {
        return Some(status_notice(
            after.id,
            &after.reference,
            &after.title,
            &after.store.name,
            after.status,
        ));
    }
    None
}

fn status_notice(id: IssueId, reference: &str, title: &str, store: &str, to: Status) -> Notice {
    Notice {
        kind: NoticeKind::Status,
        issue: Some(id),
        title: format!("{reference} is now {}", to.label()),
        body: format!("{title} ({store})"),
    }
}

fn ticket_notice(issue: &Known, vendor: &str, ticket: &str) -> Notice {
    Notice {
        kind: NoticeKind::Vendor,
        issue: Some(issue.id),
        title: format!("{vendor} ticket {ticket} opened for {}", issue.reference),
        body: issue.title.clone(),
    }
}

/// The notices a vendor reply raises where its effects are written (local mode's mail loop):
/// the vendor's ticket when it is new to the issue, and the issue's new status, for the people
/// the issue concerns. The vendor is never "me", so nothing is held back as my own action.
pub fn for_vendor_reply(
    me: UserId,
    issue: &Known,
    store: &str,
    vendor: &str,
    ticket: Option<&str>,
    to: Status,
) -> Vec<Notice> {
    if !issue.concerns(me) {
        return Vec::new();
    }
    let mut notices = Vec::new();
    if let Some(t) = ticket.filter(|t| issue.vendor_ticket.as_deref() != Some(*t)) {
        notices.push(ticket_notice(issue, vendor, t));
    }
    if to != issue.status {
        notices.push(status_notice(
            issue.id,
            &issue.reference,
            &issue.title,
            store,
            to,
        ));
    }
    notices
}

/// The notice a resolution record raises: the vendor's ticket is new (or changed) for an issue
/// of mine. `issue` is what the cache holds of the issue it belongs to.
pub fn for_resolution(me: UserId, issue: &Known, r: &Resolution) -> Option<Notice> {
    if issue.vendor_ticket.as_deref() == Some(r.vendor_ticket_id.as_str()) || !issue.concerns(me) {
        return None;
    }
    Some(ticket_notice(issue, &r.vendor, &r.vendor_ticket_id))
}

/// The notice a message raises: new to this cache and written by someone else.
pub fn for_message(me: UserId, seen_before: bool, a: &Assignment) -> Option<Notice> {
    if seen_before || a.created_by.id == me {
        return None;
    }
    let to = match &a.store {
        Some(s) => s.name.clone(),
        None => "you".to_owned(),
    };
    Some(Notice {
        kind: NoticeKind::Message,
        issue: None,
        title: format!("Message from {} to {to}", a.created_by.display_name),
        body: a.message.clone(),
    })
}

/// At most this many notifications at once; more (a catch-up after a night offline) become one.
pub const AT_ONCE: usize = 3;

/// What to show of a batch of notices: each one when they are few, else one summary that says
/// how many (the in-app list keeps them all).
pub fn shown(notices: &[Notice]) -> Vec<Notice> {
    if notices.len() <= AT_ONCE {
        return notices.to_vec();
    }
    let kinds: std::collections::BTreeSet<&str> = notices.iter().map(|n| n.kind.as_str()).collect();
    let kind = match kinds.len() {
        1 => notices[0].kind,
        _ => NoticeKind::Status,
    };
    Some(Notice {
        kind,
        issue: None,
        title: format!("{} updates in StoreDesk", notices.len()),
        body: notices
            .iter()
            .take(AT_ONCE)
            .map(|n| n.title.as_str())
            .collect::<Vec<_>>()
            .join("\n")
            + &format!("\n\u{2026} and {} more", notices.len() - AT_ONCE),
    })
    .into_iter()
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::store::StoreSummary;
    use crate::api::user::UserSummary;
    use crate::{Priority, ResolutionId, StoreId};
    use chrono::{DateTime, Utc};

    const AT: DateTime<Utc> = DateTime::<Utc>::UNIX_EPOCH;
    use uuid::Uuid;

    fn person(n: u128, name: &str) -> UserSummary {
        UserSummary {
            id: UserId(Uuid::from_u128(n)),
            username: name.to_lowercase(),
            display_name: name.into(),
        }
    }

    const ME: u128 = 1;
    const OTHER: u128 = 2;

    fn me() -> UserId {
        UserId(Uuid::from_u128(ME))
    }

    fn issue(reporter: u128, assignee: Option<u128>, status: Status) -> Issue {
        Issue {
            id: IssueId(Uuid::from_u128(42)),
            number: 42,
            reference: "STORE-42".into(),
            store: StoreSummary {
                id: StoreId(Uuid::from_u128(7)),
                code: "AMS-01".into(),
                name: "Amsterdam Centraal".into(),
            },
            title: "Till 3 frozen on boot".into(),
            description: String::new(),
            priority: Priority::High,
            status,
            created_by: person(reporter, "Reporter"),
            assigned_to: assignee.map(|a| person(a, "Assignee")),
            created_at: AT,
            updated_at: AT,
            comments: None,
        }
    }

    fn known(i: &Issue) -> Known {
        Known {
            id: i.id,
            reference: i.reference.clone(),
            title: i.title.clone(),
            status: i.status,
            created_by: i.created_by.id,
            assigned_to: i.assigned_to.as_ref().map(|a| a.id),
            vendor_ticket: None,
        }
    }

    fn kind(n: Option<Notice>) -> Option<NoticeKind> {
        n.map(|n| n.kind)
    }

    #[test]
    fn the_rule_table() {
        use NoticeKind::{Assigned, Status as Moved};
        use Status::{InProgress, Open, Resolved};
        let cases: &[(&str, Option<Issue>, Issue, Option<NoticeKind>)] = &[
            (
                "someone assigns my store's issue to me",
                Some(issue(OTHER, None, Open)),
                issue(OTHER, Some(ME), Open),
                Some(Assigned),
            ),
            (
                "someone logs an issue and assigns it to me",
                None,
                issue(OTHER, Some(ME), Open),
                Some(Assigned),
            ),
            (
                "an issue I logged on another device, taken myself",
                None,
                issue(ME, Some(ME), Open),
                None,
            ),
            (
                "still assigned to me, nothing moved",
                Some(issue(OTHER, Some(ME), Open)),
                issue(OTHER, Some(ME), Open),
                None,
            ),
            (
                "my issue moves",
                Some(issue(ME, None, Open)),
                issue(ME, None, InProgress),
                Some(Moved),
            ),
            (
                "an issue assigned to me moves",
                Some(issue(OTHER, Some(ME), InProgress)),
                issue(OTHER, Some(ME), Resolved),
                Some(Moved),
            ),
            (
                "someone else's issue moves",
                Some(issue(OTHER, None, Open)),
                issue(OTHER, None, InProgress),
                None,
            ),
            (
                "an issue new to this cache",
                None,
                issue(ME, None, Open),
                None,
            ),
            (
                "assigned to someone else",
                Some(issue(ME, None, Open)),
                issue(ME, Some(OTHER), Open),
                None,
            ),
            (
                "assigned to me and moved at once: the assignment is the news",
                Some(issue(OTHER, None, Open)),
                issue(OTHER, Some(ME), InProgress),
                Some(Assigned),
            ),
        ];
        for (what, before, after, want) in cases {
            let got = kind(for_issue(me(), before.as_ref().map(known).as_ref(), after));
            assert_eq!(got, *want, "{what}");
        }
    }

    #[test]
    fn the_wording_names_the_issue_and_the_new_status() {
        let n = for_issue(
            me(),
            Some(&known(&issue(ME, None, Status::Open))),
            &issue(ME, None, Status::WaitingOnVendor),
        )
        .unwrap();
        assert_eq!(n.title, "STORE-42 is now Waiting on vendor");
        assert_eq!(n.body, "Till 3 frozen on boot (Amsterdam Centraal)");
        assert_eq!(n.issue, Some(IssueId(Uuid::from_u128(42))));
        let n = for_issue(me(), None, &issue(OTHER, Some(ME), Status::Open)).unwrap();
        assert_eq!(n.title, "STORE-42 assigned to you");
        assert_eq!(n.body, "Till 3 frozen on boot (Amsterdam Centraal, high)");
    }

    fn resolution(ticket: &str) -> Resolution {
        Resolution {
            id: ResolutionId(Uuid::from_u128(9)),
            issue_id: IssueId(Uuid::from_u128(42)),
            vendor: "RSNL".into(),
            vendor_ticket_id: ticket.into(),
            acknowledged_at: Some(AT),
            resolution_date: None,
            last_vendor_status: None,
            created_at: AT,
            updated_at: AT,
        }
    }

    #[test]
    fn a_vendor_ticket_is_news_once_and_only_for_the_people_of_the_issue() {
        let mine = known(&issue(ME, None, Status::Open));
        let n = for_resolution(me(), &mine, &resolution("482913")).unwrap();
        assert_eq!(n.title, "RSNL ticket 482913 opened for STORE-42");
        assert_eq!(n.body, "Till 3 frozen on boot");
        let seen = Known {
            vendor_ticket: Some("482913".into()),
            ..mine.clone()
        };
        assert_eq!(for_resolution(me(), &seen, &resolution("482913")), None);
        assert!(for_resolution(me(), &seen, &resolution("482914")).is_some());
        let theirs = known(&issue(OTHER, None, Status::Open));
        assert_eq!(for_resolution(me(), &theirs, &resolution("482913")), None);
    }

    #[test]
    fn a_vendor_reply_tells_the_people_of_the_issue_its_ticket_and_new_status() {
        let mine = known(&issue(ME, None, Status::Open));
        let told = |k: &Known, ticket, to| -> Vec<String> {
            for_vendor_reply(me(), k, "Amsterdam Centraal", "RSNL", ticket, to)
                .into_iter()
                .map(|n| n.title)
                .collect()
        };
        assert_eq!(
            told(&mine, Some("482913"), Status::WaitingOnVendor),
            [
                "RSNL ticket 482913 opened for STORE-42",
                "STORE-42 is now Waiting on vendor"
            ]
        );
        let n = for_vendor_reply(
            me(),
            &mine,
            "Amsterdam Centraal",
            "RSNL",
            None,
            Status::Resolved,
        );
        assert_eq!(n[0].body, "Till 3 frozen on boot (Amsterdam Centraal)");
        // Nothing new: the same ticket, the same status.
        let seen = Known {
            vendor_ticket: Some("482913".into()),
            ..mine.clone()
        };
        assert_eq!(
            told(&seen, Some("482913"), Status::Open),
            Vec::<String>::new()
        );
        // Someone else's issue, not assigned to me: not my news.
        let theirs = known(&issue(OTHER, None, Status::Open));
        assert_eq!(
            told(&theirs, Some("482913"), Status::WaitingOnVendor),
            Vec::<String>::new()
        );
    }

    fn message(from: u128, to_store: bool) -> Assignment {
        Assignment {
            id: crate::AssignmentId(Uuid::from_u128(5)),
            message: "Please check the back-office PC tonight".into(),
            store: to_store.then(|| StoreSummary {
                id: StoreId(Uuid::from_u128(7)),
                code: "AMS-01".into(),
                name: "Amsterdam Centraal".into(),
            }),
            engineer: (!to_store).then(|| person(ME, "Me")),
            created_by: person(from, "Ana Admin"),
            created_at: AT,
            read_at: None,
        }
    }

    #[test]
    fn a_message_is_news_when_new_and_from_someone_else() {
        let n = for_message(me(), false, &message(OTHER, true)).unwrap();
        assert_eq!(n.title, "Message from Ana Admin to Amsterdam Centraal");
        assert_eq!(n.body, "Please check the back-office PC tonight");
        let n = for_message(me(), false, &message(OTHER, false)).unwrap();
        assert_eq!(n.title, "Message from Ana Admin to you");
        assert_eq!(for_message(me(), true, &message(OTHER, true)), None);
        assert_eq!(for_message(me(), false, &message(ME, true)), None);
    }

    #[test]
    fn a_few_notices_show_one_by_one_and_many_as_one_summary() {
        let one = |t: &str| Notice {
            kind: NoticeKind::Status,
            issue: None,
            title: t.into(),
            body: String::new(),
        };
        let few: Vec<Notice> = ["a", "b", "c"].map(one).into();
        assert_eq!(shown(&few), few);
        let many: Vec<Notice> = ["a", "b", "c", "d", "e"].map(one).into();
        let s = shown(&many);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].title, "5 updates in StoreDesk");
        assert_eq!(s[0].body, "a\nb\nc\n\u{2026} and 2 more");
        assert_eq!(shown(&[]), vec![]);
    }

    #[test]
    fn kinds_round_trip_through_their_names() {
        for k in NoticeKind::ALL {
            assert_eq!(NoticeKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(NoticeKind::parse("nope"), None);
    }
}
