//! All PostgreSQL SQL of the API lives under this module, one file per aggregate. Handlers call
//! these functions and never write SQL themselves. Every query is parameterised.

pub mod assignments;
pub mod changes;
pub mod comments;
pub mod idempotency;
pub mod issues;
pub mod mail;
pub mod prune;
pub mod resolutions;
pub mod stores;
pub mod tokens;
pub mod users;

/// JSON of a user as nested in other records (the `UserSummary` DTO), for SQL that builds
/// nested documents in one statement. `$1` is the table alias.
pub(crate) fn user_summary_json(alias: &str) -> String {
    format!(
        "json_build_object('id', {a}.id, 'username', {a}.username, 'display_name', {a}.display_name)",
        a = alias
    )
}

/// Decodes a JSON document built by SQL into its DTO. A mismatch is our bug, hence internal.
pub(crate) fn decode<T: serde::de::DeserializeOwned>(
    j: serde_json::Value,
) -> crate::error::ApiResult<T> {
    serde_json::from_value(j).map_err(|e| crate::error::ApiError::Internal(e.into()))
}
