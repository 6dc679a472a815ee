//! Who may do what. The server enforces these on every endpoint; the UI uses the same functions
//! only to hide buttons it knows would be refused.
//!
//! - admin: everything;
//! - store manager: the stores they manage (their issues, comments, resolutions, messages);
//! - engineer: the stores they are assigned to, and any issue assigned to them.

use crate::{Role, StoreId, UserId};
use chrono::{DateTime, Duration, Utc};

/// The authenticated caller and the stores they reach, loaded once per request.
#[derive(Debug, Clone, PartialEq)]
pub struct Actor {
    pub id: UserId,
    pub role: Role,
    pub managed_stores: Vec<StoreId>,
    pub engineer_stores: Vec<StoreId>,
}

/// The facts about an issue that decide access to it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct IssueScope {
    pub store_id: StoreId,
    pub assigned_to: Option<UserId>,
}

/// Who a logged change is for (the `changes` table's audience columns): the change feed and the
/// live channel decide with `Actor::sees_change`; the feed's SQL applies the same rule in bulk
/// (`store/changes.rs`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChangeScope {
    pub store_id: Option<StoreId>,
    pub issue_assignee: Option<UserId>,
    /// Grants and revokes are for one user only.
    pub audience: Option<UserId>,
}

/// How long an author may still edit or delete their own comment.
pub const COMMENT_EDIT_WINDOW: Duration = Duration::minutes(15);

impl Actor {
    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }

    pub fn manages(&self, store: StoreId) -> bool {
        self.role == Role::StoreManager && self.managed_stores.contains(&store)
    }

    /// Member of a store: its manager or one of its engineers.
    pub fn reaches_store(&self, store: StoreId) -> bool {
        self.is_admin()
            || self.managed_stores.contains(&store)
            || self.engineer_stores.contains(&store)
    }

    /// A change is for its audience alone when it has one; otherwise for admins, for everyone
    /// when it is about no store (the user directory), for the store's members, and for the
    /// assignee of the issue it is about.
    pub fn sees_change(&self, c: ChangeScope) -> bool {
        match c.audience {
            Some(u) => u == self.id,
            None => match c.store_id {
                None => true,
                Some(s) => self.reaches_store(s) || c.issue_assignee == Some(self.id),
            },
        }
    }

    pub fn can_view_issue(&self, issue: IssueScope) -> bool {
        self.reaches_store(issue.store_id) || issue.assigned_to == Some(self.id)
    }

    /// Create an issue in a store: its members (and admins).
    pub fn can_create_issue_in(&self, store: StoreId) -> bool {
        self.reaches_store(store)
    }

    /// Edit, change status, comment, record a resolution: anyone who can see the issue.
    pub fn can_work_on_issue(&self, issue: IssueScope) -> bool {
        self.can_view_issue(issue)
    }

    /// Assign to someone else: admins and the store's manager. An engineer may take an issue of
    /// their store for themselves, or hand back one assigned to them.
    pub fn can_assign(&self, issue: IssueScope, assignee: Option<UserId>) -> bool {
        if self.is_admin() || self.manages(issue.store_id) {
            return true;
        }
        match assignee {
            Some(a) => a == self.id && self.reaches_store(issue.store_id),
            None => issue.assigned_to == Some(self.id),
        }
    }

    pub fn can_manage_users(&self) -> bool {
        self.is_admin()
    }

    pub fn can_manage_stores(&self) -> bool {
        self.is_admin()
    }

    /// Send a message to a store: admins, and that store's manager.
    pub fn can_message_store(&self, store: StoreId) -> bool {
        self.is_admin() || self.manages(store)
    }

    /// Send a message to an engineer: admins, and a manager of a store the engineer works in.
    pub fn can_message_engineer(&self, engineer_stores: &[StoreId]) -> bool {
        self.is_admin() || engineer_stores.iter().any(|s| self.manages(*s))
    }

    /// Edit or delete a comment: its author within the window; admins at any time (moderation).
    pub fn can_change_comment(
        &self,
        author: UserId,
        created_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> bool {
        self.is_admin() || (author == self.id && now - created_at <= COMMENT_EDIT_WINDOW)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    fn actor(role: Role, managed: &[StoreId], eng: &[StoreId]) -> Actor {
        Actor {
            id: UserId(Uuid::from_u128(1)),
            role,
            managed_stores: managed.to_vec(),
            engineer_stores: eng.to_vec(),
        }
    }

    const A: StoreId = StoreId(Uuid::from_u128(10));
    const B: StoreId = StoreId(Uuid::from_u128(11));

    #[test]
    fn engineers_see_their_stores_and_their_assignments() {
        let e = actor(Role::Engineer, &[], &[A]);
        let mine = IssueScope {
            store_id: B,
            assigned_to: Some(e.id),
        };
        let other = IssueScope {
            store_id: B,
            assigned_to: None,
        };
        assert!(e.can_view_issue(IssueScope {
            store_id: A,
            assigned_to: None
        }));
        assert!(e.can_view_issue(mine));
        assert!(!e.can_view_issue(other));
        assert!(
            !e.can_assign(other, Some(e.id)),
            "cannot take an issue of a foreign store"
        );
        assert!(e.can_assign(mine, None), "may hand back their own");
    }

    #[test]
    fn managers_reach_only_managed_stores() {
        let m = actor(Role::StoreManager, &[A], &[]);
        assert!(m.can_message_store(A));
        assert!(!m.can_message_store(B));
        assert!(m.can_message_engineer(&[B, A]));
        assert!(!m.can_message_engineer(&[B]));
        assert!(!m.can_manage_users());
    }

    #[test]
    fn comment_window() {
        let e = actor(Role::Engineer, &[], &[A]);
        let t0 = DateTime::<Utc>::from_timestamp(1_700_000_000, 0).unwrap();
        assert!(e.can_change_comment(e.id, t0, t0 + Duration::minutes(14)));
        assert!(!e.can_change_comment(e.id, t0, t0 + Duration::minutes(16)));
        assert!(!e.can_change_comment(UserId(Uuid::from_u128(2)), t0, t0));
        let a = actor(Role::Admin, &[], &[]);
        assert!(a.can_change_comment(e.id, t0, t0 + Duration::days(3)));
    }
}
