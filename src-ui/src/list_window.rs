//! Which rows the issue list must hold to show what is on screen. The list renders only the
//! visible rows of a fixed-height grid, so 10,000 issues scroll like 40; this decides when the
//! window of fetched rows no longer covers the viewport and which window to fetch instead.

/// Height of one row in CSS pixels (the design's 32-36 px).
pub const ROW_HEIGHT: f64 = 34.0;
/// Rows fetched beyond each edge of the viewport, so scrolling rarely waits.
const MARGIN: u32 = 40;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub offset: u32,
    pub limit: u32,
}

/// The rows on screen for a scroll position: `[first, end)`, clamped to the list.
pub fn visible(scroll_top: f64, viewport: f64, total: u32) -> (u32, u32) {
    let first = (scroll_top.max(0.0) / ROW_HEIGHT).floor() as u32;
    let count = (viewport.max(0.0) / ROW_HEIGHT).ceil() as u32 + 1;
    let first = first.min(total);
    (first, first.saturating_add(count).min(total))
}

/// The window to fetch, or `None` when `have` (offset, rows held) already covers the screen.
pub fn needed(
    scroll_top: f64,
    viewport: f64,
    total: u32,
    have: Option<(u32, u32)>,
) -> Option<Window> {
    let (first, end) = visible(scroll_top, viewport, total);
    if let Some((offset, len)) = have {
        let held_end = offset.saturating_add(len).min(total);
        if offset <= first && end <= held_end {
            return None;
        }
    }
    let offset = first.saturating_sub(MARGIN);
    let limit = (end - first) + 2 * MARGIN;
    Some(Window { offset, limit })
}

/// Where the selection goes on `j`/`k`: one row down or up, staying inside the list.
pub fn step(selected: Option<u32>, delta: i32, total: u32) -> Option<u32> {
    if total == 0 {
        return None;
    }
    Some(match selected {
        None => 0,
        Some(i) => (i as i64 + delta as i64).clamp(0, total as i64 - 1) as u32,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_screen_needs_a_window_from_the_top() {
        assert_eq!(
            needed(0.0, 340.0, 10_000, None),
            Some(Window {
                offset: 0,
                limit: 11 + 80
            })
        );
    }

    #[test]
    fn a_held_window_that_covers_the_screen_is_kept() {
        assert_eq!(needed(340.0, 340.0, 10_000, Some((0, 91))), None);
    }

    #[test]
    fn scrolling_past_the_held_rows_fetches_around_the_new_position() {
        // Row 3,000 at the top of a 680 px viewport.
        let w = needed(3_000.0 * ROW_HEIGHT, 680.0, 10_000, Some((0, 91))).unwrap();
        assert_eq!(w.offset, 3_000 - 40);
        assert!(w.offset + w.limit >= 3_000 + 21);
    }

    #[test]
    fn the_end_of_the_list_is_not_overrun() {
        let (first, end) = visible(1_000_000.0, 340.0, 50);
        assert_eq!((first, end), (50, 50));
        assert_eq!(needed(0.0, 340.0, 5, Some((0, 5))), None);
    }

    #[test]
    fn selection_steps_inside_the_list() {
        assert_eq!(step(None, 1, 3), Some(0));
        assert_eq!(step(Some(2), 1, 3), Some(2));
        assert_eq!(step(Some(0), -1, 3), Some(0));
        assert_eq!(step(Some(1), -1, 3), Some(0));
        assert_eq!(step(Some(1), 1, 0), None);
    }
}
