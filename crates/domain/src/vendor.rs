//! What a vendor's answer does to our issue. One rule, applied by the server's mail loop and by
//! the desktop's local mode alike.

use crate::issue::Status;

/// What the vendor's mail said (triage's event, once it is sure enough to act on).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VendorNews {
    Acknowledged,
    Update,
    Resolved,
    Closed,
}

/// The vendor profile's choice: does the vendor's "resolved" resolve our issue, or wait for
/// the engineer to confirm it?
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnVendorResolution {
    ResolveIssue,
    AwaitConfirmation,
}

/// The statuses the issue passes through, in order, each a move the state machine allows
/// (an open issue goes through In Progress to reach Waiting on vendor). Empty when the news
/// moves nothing: an update, a receipt for an issue already past waiting, a resolution the
/// engineer must confirm, or news about an issue we finished ourselves.
pub fn status_path(current: Status, news: VendorNews, on: OnVendorResolution) -> Vec<Status> {
    let target = match (news, on) {
        (VendorNews::Acknowledged, _) => Status::WaitingOnVendor,
        (VendorNews::Resolved | VendorNews::Closed, OnVendorResolution::ResolveIssue) => {
            Status::Resolved
        }
        _ => return Vec::new(),
    };
    match (current, target) {
        (Status::Open, _) => vec![Status::InProgress, target],
        (Status::InProgress, _) => vec![target],
        (Status::WaitingOnVendor, Status::Resolved) => vec![Status::Resolved],
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NEWS: [VendorNews; 4] = [
        VendorNews::Acknowledged,
        VendorNews::Update,
        VendorNews::Resolved,
        VendorNews::Closed,
    ];

    #[test]
    fn every_path_is_allowed_by_the_state_machine() {
        for from in Status::ALL {
            for news in NEWS {
                for on in [
                    OnVendorResolution::ResolveIssue,
                    OnVendorResolution::AwaitConfirmation,
                ] {
                    let mut at = from;
                    for step in status_path(from, news, on) {
                        assert!(
                            at.transition(step, None).is_ok(),
                            "{from} -> {step} on {news:?}"
                        );
                        at = step;
                    }
                }
            }
        }
    }

    #[test]
    fn the_moves() {
        use OnVendorResolution::{AwaitConfirmation, ResolveIssue};
        use Status::{Closed, InProgress, Open, Resolved, WaitingOnVendor};
        let path = |from, news| status_path(from, news, ResolveIssue);
        assert_eq!(
            path(Open, VendorNews::Acknowledged),
            [InProgress, WaitingOnVendor]
        );
        assert_eq!(
            path(InProgress, VendorNews::Acknowledged),
            [WaitingOnVendor]
        );
        assert!(path(WaitingOnVendor, VendorNews::Acknowledged).is_empty());
        assert_eq!(path(WaitingOnVendor, VendorNews::Resolved), [Resolved]);
        assert_eq!(path(Open, VendorNews::Closed), [InProgress, Resolved]);
        assert!(status_path(WaitingOnVendor, VendorNews::Resolved, AwaitConfirmation).is_empty());
        assert!(path(InProgress, VendorNews::Update).is_empty());
        assert!(path(Closed, VendorNews::Resolved).is_empty());
    }
}
