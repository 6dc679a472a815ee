//! The workspace's shortcuts (design: `c` log, `/` or Ctrl/Cmd+K search, `j`/`k` move, `Esc`
//! back, `?` help). Letters act only outside text fields, so typing a title never moves the list.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    LogIssue,
    Search,
    Down,
    Up,
    Back,
    Help,
}

pub fn shortcut(key: &str, ctrl_or_cmd: bool, in_text_field: bool) -> Option<Shortcut> {
    if ctrl_or_cmd {
        return (key.eq_ignore_ascii_case("k")).then_some(Shortcut::Search);
    }
    if key == "Escape" {
        return Some(Shortcut::Back);
    }
    if in_text_field {
        return None;
    }
    match key {
        "c" => Some(Shortcut::LogIssue),
        "/" => Some(Shortcut::Search),
        "j" | "ArrowDown" => Some(Shortcut::Down),
        "k" | "ArrowUp" => Some(Shortcut::Up),
        "?" => Some(Shortcut::Help),
        _ => None,
    }
}

/// The list shown under `?`.
pub const HELP: [(&str, &str); 6] = [
    ("c", "Log an issue"),
    ("/ or Ctrl+K", "Search"),
    ("j / k or arrows", "Move through the list"),
    ("Esc", "Close a dialog, leave the search"),
    ("Ctrl+Enter", "Save the dialog"),
    ("?", "Show these shortcuts"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_act_only_outside_text_fields() {
        assert_eq!(shortcut("c", false, false), Some(Shortcut::LogIssue));
        assert_eq!(shortcut("c", false, true), None);
        assert_eq!(shortcut("j", false, false), Some(Shortcut::Down));
        assert_eq!(shortcut("Escape", false, true), Some(Shortcut::Back));
        assert_eq!(shortcut("K", true, true), Some(Shortcut::Search));
        assert_eq!(shortcut("x", true, false), None);
    }
}
