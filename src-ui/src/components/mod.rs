pub mod comment_box;
pub mod issue_detail;
pub mod issue_list;
pub mod log_issue;
pub mod notice_bell;
pub mod pill;
pub mod sidebar;
pub mod status_bar;
