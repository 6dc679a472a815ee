use serde::{Deserialize, Serialize};

pub const MAX_PER_PAGE: u32 = 100;
pub const DEFAULT_PER_PAGE: u32 = 50;
/// Where a ranked search stops counting its matches.
pub const SEARCH_COUNT_CAP: i64 = 1000;

fn exact() -> bool {
    true
}

/// One page of a list, with the total so a client can draw a pager.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Page<T> {
    pub items: Vec<T>,
    /// How many items the list has; for a ranked search, at most `SEARCH_COUNT_CAP`.
    pub total: i64,
    /// False when `total` is a lower bound: a ranked search stops counting at
    /// `SEARCH_COUNT_CAP` matches ("more than 1,000"), which keeps a common word as fast as a
    /// rare one. Absent in older servers' replies, which always counted.
    #[serde(default = "exact")]
    pub total_exact: bool,
    pub page: u32,
    pub per_page: u32,
}
