//! Turns what the user types into an FTS5 query: every word must match, the last one as a prefix
//! (search as you type: "prin" finds "printer"). Words are quoted, so FTS5 syntax in the input
//! ("AND", `*`, quotes, column filters) is taken as text and can never make the query fail.

/// `None` when the text holds no word (only spaces or punctuation): no search.
pub fn fts_query(typed: &str) -> Option<String> {
    let words: Vec<&str> = typed
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let last = words.len().checked_sub(1)?;
    Some(
        words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                // Every word is a prefix while typing the last; earlier words are whole.
                if i == last {
                    format!("\"{w}\"*")
                } else {
                    format!("\"{w}\"")
                }
            })
            .collect::<Vec<_>>()
            .join(" "),
    )
}

#[cfg(test)]
mod tests {
    use super::fts_query;

    #[test]
    fn words_are_quoted_and_the_last_is_a_prefix() {
        assert_eq!(
            fts_query("receipt prin").as_deref(),
            Some("\"receipt\" \"prin\"*")
        );
        assert_eq!(fts_query("  ").as_deref(), None);
        assert_eq!(fts_query("\"*) ( -").as_deref(), None);
        assert_eq!(fts_query("\"*) OR (").as_deref(), Some("\"OR\"*"));
        assert_eq!(
            fts_query("title:till NEAR(x)").as_deref(),
            Some("\"title\" \"till\" \"NEAR\" \"x\"*")
        );
        assert_eq!(fts_query("café").as_deref(), Some("\"café\"*"));
    }
}
