//! "3 min ago": how the list says when an issue last changed (the exact time is in the tooltip).

use chrono::{DateTime, Utc};

pub fn ago(then: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let s = (now - then).num_seconds().max(0);
    match s {
        0..=44 => "just now".to_owned(),
        45..=3_599 => format!("{} min ago", (s + 30) / 60),
        3_600..=86_399 => format!("{} h ago", s / 3_600),
        86_400..=172_799 => "yesterday".to_owned(),
        _ if s < 30 * 86_400 => format!("{} days ago", s / 86_400),
        _ => then.format("%-d %b %Y").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::ago;
    use chrono::{Duration, TimeZone, Utc};

    #[test]
    fn reads_like_a_person_would_say_it() {
        let now = Utc.with_ymd_and_hms(2026, 12, 1, 12, 0, 0).unwrap();
        assert_eq!(ago(now - Duration::seconds(10), now), "just now");
        assert_eq!(ago(now - Duration::minutes(3), now), "3 min ago");
        assert_eq!(ago(now - Duration::hours(5), now), "5 h ago");
        assert_eq!(ago(now - Duration::hours(30), now), "yesterday");
        assert_eq!(ago(now - Duration::days(6), now), "6 days ago");
        assert_eq!(ago(now - Duration::days(90), now), "2 Sep 2026");
        assert_eq!(ago(now + Duration::minutes(2), now), "just now");
    }
}
