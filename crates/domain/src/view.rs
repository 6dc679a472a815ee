//! What the desktop engine (`crates/client`) shows the UI (`src-ui`) through the Tauri shell's
//! commands. Both sides use these types, so a command's answer cannot drift from what the UI
//! reads. Rows are flat and small: the list holds 10,000 of them.

use crate::api::comment::Comment;
use crate::api::store::StoreSummary;
use crate::api::user::UserSummary;
use crate::{FieldError, IssueId, Priority, Role, Status, StoreId, UserId};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Where the data lives: only on this computer, or on a company server (cached here).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    Local,
    Connected,
}

/// The signed-in person, as the UI needs them (menus, "assign to me", hiding buttons).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionUser {
    pub id: UserId,
    pub username: String,
    pub display_name: String,
    pub role: Role,
    pub managed_stores: Vec<StoreId>,
    pub engineer_stores: Vec<StoreId>,
}

impl SessionUser {
    pub fn actor(&self) -> crate::policy::Actor {
        crate::policy::Actor {
            id: self.id,
            role: self.role,
            managed_stores: self.managed_stores.clone(),
            engineer_stores: self.engineer_stores.clone(),
        }
    }
}

/// What the UI shows at start: the welcome screen, the login form, or the workspace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AppStatus {
    pub mode: Option<Mode>,
    /// Local mode with no admin yet: the first-run form.
    pub needs_first_admin: bool,
    pub user: Option<SessionUser>,
    /// "On this computer", or the server's address.
    pub location: String,
}

/// How the cache stands with the server, for the status bar (always visible). In local mode the
/// phase is `Local`: there is no server to be in step with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SyncStatus {
    pub phase: SyncPhase,
    /// Changes made here that the server has not confirmed yet.
    pub pending: i64,
    /// Changes the server refused (each has its reason in the list of refused changes).
    pub refused: i64,
    pub last_synced: Option<DateTime<Utc>>,
    /// Why the last round failed, as a sentence (offline, error).
    pub message: Option<String>,
    /// Seconds until the next attempt after a failure.
    pub retry_in_secs: Option<u64>,
    /// No OS keychain could keep the session: the password is asked at each start.
    pub keychain_missing: bool,
    /// Bumped whenever synced data changed the cache, so open screens reload.
    pub data_version: u64,
    /// Notifications not yet seen in the app's list (the bell's badge).
    #[serde(default)]
    pub unread_notices: i64,
}

/// One entry of the app's list of recent notifications.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecentNotice {
    pub seq: i64,
    pub notice: crate::notice::Notice,
    pub at: DateTime<Utc>,
    pub read: bool,
}

/// Light or dark: the OS's choice unless the person picks one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// Whether the screen is dark, given what the OS prefers.
    pub fn is_dark(self, os_prefers_dark: bool) -> bool {
        match self {
            Theme::System => os_prefers_dark,
            Theme::Light => false,
            Theme::Dark => true,
        }
    }
}

/// This computer's settings for the app (kept by the shell in tauri-plugin-store; secrets are
/// never here, they live in the OS keychain).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct AppSettings {
    pub theme: Theme,
    /// StoreDesk starts, hidden in the tray, when the person logs in to the computer.
    pub start_at_login: bool,
}

/// Which kinds of notification the person wants shown natively (all, unless turned off).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeSettings {
    pub off: Vec<crate::notice::NoticeKind>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SyncPhase {
    Local,
    Synced,
    Syncing,
    Offline,
    SignedOut,
    Error,
}

impl SyncStatus {
    pub fn local() -> SyncStatus {
        SyncStatus {
            phase: SyncPhase::Local,
            pending: 0,
            refused: 0,
            last_synced: None,
            message: None,
            retry_in_secs: None,
            keychain_missing: false,
            data_version: 0,
            unread_notices: 0,
        }
    }
}

/// Whether a row is on the server yet. In local mode every row is `Synced` (there is no remote).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RowSync {
    Synced,
    Pending,
    Rejected,
}

impl RowSync {
    pub fn as_str(self) -> &'static str {
        match self {
            RowSync::Synced => "synced",
            RowSync::Pending => "pending",
            RowSync::Rejected => "rejected",
        }
    }

    pub fn parse(s: &str) -> Option<RowSync> {
        [RowSync::Synced, RowSync::Pending, RowSync::Rejected]
            .into_iter()
            .find(|r| r.as_str() == s)
    }
}

/// One line of the issue list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IssueRow {
    pub id: IssueId,
    /// `None` until the server has numbered it (connected mode, offline creation).
    pub number: Option<i64>,
    pub title: String,
    pub store_code: String,
    pub store_name: String,
    pub priority: Priority,
    pub status: Status,
    pub assignee: Option<String>,
    pub vendor_ticket: Option<String>,
    pub updated_at: DateTime<Utc>,
    pub sync: RowSync,
    pub reject_reason: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IssueSort {
    #[default]
    Updated,
    Newest,
    Priority,
    /// Best match first; only with a search text (otherwise as `Updated`).
    Relevance,
}

/// Which of the sidebar's views the list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IssueView {
    /// Everything the user may see.
    #[default]
    All,
    /// Assigned to me.
    Mine,
    /// Not yet resolved or closed, in the stores I manage or work in: a manager's or an
    /// engineer's queue.
    OpenInMyStores,
    /// Waiting on the vendor.
    WaitingOnVendor,
    /// Resolved or closed in the last 7 days.
    RecentlyResolved,
}

/// A window of the issue list: the view, filters, search and sort, and which rows to return
/// (the UI renders only the visible ones and asks for the window it scrolls to).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct IssueQuery {
    #[serde(default)]
    pub view: IssueView,
    #[serde(default)]
    pub statuses: Vec<Status>,
    #[serde(default)]
    pub priorities: Vec<Priority>,
    #[serde(default)]
    pub store_id: Option<StoreId>,
    #[serde(default)]
    pub assignee_id: Option<UserId>,
    #[serde(default)]
    pub search: String,
    #[serde(default)]
    pub sort: IssueSort,
    #[serde(default)]
    pub offset: u32,
    pub limit: u32,
}

/// The biggest window one query returns.
pub const MAX_WINDOW: u32 = 500;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatusCount {
    pub status: Status,
    pub count: u32,
}

/// A window of rows, with the total and the per-status counts of the whole (filtered) list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IssueList {
    pub offset: u32,
    pub rows: Vec<IssueRow>,
    pub total: u32,
    pub counts: Vec<StatusCount>,
}

/// The sidebar's live counts, over everything the user may see.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ViewCounts {
    pub all: u32,
    pub mine: u32,
    pub open_in_my_stores: u32,
    pub waiting_on_vendor: u32,
    pub recently_resolved: u32,
}

/// One event of an issue's timeline: history and comments merged in time order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TimelineItem {
    Change {
        at: DateTime<Utc>,
        actor: Option<String>,
        field: String,
        old_value: Option<String>,
        new_value: Option<String>,
        note: Option<String>,
    },
    Comment(Comment),
}

/// The detail pane: the issue, what the user may do with it, and its timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IssueDetailView {
    pub id: IssueId,
    pub number: Option<i64>,
    pub title: String,
    pub description: String,
    pub store: StoreSummary,
    pub priority: Priority,
    pub status: Status,
    pub created_by: Option<UserSummary>,
    pub assigned_to: Option<UserSummary>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub sync: RowSync,
    pub reject_reason: Option<String>,
    /// The statuses the state machine allows next, when the user may work on the issue.
    pub next_statuses: Vec<Status>,
    pub can_work: bool,
    pub timeline: Vec<TimelineItem>,
    /// The vendor's ticket for the issue, once one is recorded (the vendor panel).
    #[serde(default)]
    pub vendor: Option<VendorTicketView>,
    /// Our mail to the vendor about the issue (local mode's outbox), once one is queued.
    #[serde(default)]
    pub mail: Option<IssueMailView>,
}

/// Where our mail about an issue is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MailState {
    Queued,
    Sending,
    Sent,
    Failed,
}

impl MailState {
    pub fn parse(s: &str) -> Option<MailState> {
        Some(match s {
            "queued" => MailState::Queued,
            "sending" => MailState::Sending,
            "sent" => MailState::Sent,
            "failed" => MailState::Failed,
            _ => return None,
        })
    }
}

/// The vendor panel's mail line: queued, sent (when), or failed with the reason and a resend.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IssueMailView {
    pub state: MailState,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub sent_at: Option<DateTime<Utc>>,
    /// The signed-in person may resend it (failed, and they may work on the issue).
    pub can_resend: bool,
}

/// The vendor panel: which ticket the vendor opened for the issue, and when it answered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VendorTicketView {
    pub vendor: String,
    pub ticket_id: String,
    pub acknowledged_at: Option<DateTime<Utc>>,
    pub resolution_date: Option<DateTime<Utc>>,
    pub last_vendor_status: Option<String>,
}

/// The first admin of a local installation, and whether to load the demo.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FirstRun {
    pub admin: crate::api::user::NewUser,
    pub load_demo: bool,
}

/// "Connect to your company's StoreDesk server": its address and the person's sign-in.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Connect {
    pub server: String,
    pub login: crate::api::auth::LoginRequest,
}

/// How a command failed, for the UI: a stable code, a sentence to show, and the fields at fault.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CommandError {
    pub code: String,
    pub message: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldError>,
}

impl FieldError {
    /// The message as a sentence for a form: the field's name in words, capitalised, with a full
    /// stop ("title must be at most 200 characters" -> "Title must be at most 200 characters.").
    pub fn sentence(&self) -> String {
        let leaf = self.field.rsplit('.').next().unwrap_or(&self.field);
        let words = leaf.replace('_', " ");
        let message = match self.message.strip_prefix(leaf) {
            Some(rest) => format!("{words}{rest}"),
            None => self.message.clone(),
        };
        sentence(&message)
    }
}

/// A message as a sentence: capitalised, ending with a full stop.
pub fn sentence(message: &str) -> String {
    let mut chars = message.chars();
    let mut out: String = match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => return String::new(),
    };
    if !out.ends_with(['.', '!', '?']) {
        out.push('.');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_errors_read_as_sentences() {
        let e = FieldError::new("display_name", "required", "display_name must not be empty");
        assert_eq!(e.sentence(), "Display name must not be empty.");
        let e = FieldError::new(
            "mutations[0].title",
            "too_long",
            "title must be at most 200 characters (got 201)",
        );
        assert_eq!(
            e.sentence(),
            "Title must be at most 200 characters (got 201)."
        );
        let e = FieldError::new(
            "username",
            "invalid_characters",
            "username may use letters, digits, '.', '_' and '-' only",
        );
        assert_eq!(
            e.sentence(),
            "Username may use letters, digits, '.', '_' and '-' only."
        );
    }

    #[test]
    fn row_sync_names_parse_back() {
        for r in [RowSync::Synced, RowSync::Pending, RowSync::Rejected] {
            assert_eq!(RowSync::parse(r.as_str()), Some(r));
        }
    }

    #[test]
    fn the_theme_follows_the_os_unless_chosen() {
        assert!(Theme::System.is_dark(true));
        assert!(!Theme::System.is_dark(false));
        assert!(Theme::Dark.is_dark(false));
        assert!(!Theme::Light.is_dark(true));
    }
}
