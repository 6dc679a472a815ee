//! The writes people make to issues, with their validation, permission checks and history.
//! REST handlers and the sync push both call these, inside a transaction the caller owns, so a
//! pushed mutation and a REST call obey exactly the same rules.

pub mod comment;
pub mod issue;
pub mod resolution;

use crate::error::ApiError;
use storedesk_domain::policy::{Actor, IssueScope};

/// Someone who cannot see an issue learns nothing about it (404); someone who can see it but
/// may not do this gets 403.
pub fn require(actor: &Actor, scope: IssueScope, allowed: bool) -> Result<(), ApiError> {
    if !actor.can_view_issue(scope) {
        Err(ApiError::NotFound("issue"))
    } else if !allowed {
        Err(ApiError::Forbidden)
    } else {
        Ok(())
    }
}
