//! Value objects for user-typed text. Parse, don't validate: once a `Title` exists it is trimmed,
//! non-empty and short enough, and every layer (UI, desktop, server) applies the same rule.

use crate::FieldError;
use serde::{Deserialize, Serialize};

/// Length limits in characters (not bytes), shared by every layer and the database checks.
pub mod limits {
    pub const TITLE: usize = 200;
    pub const DESCRIPTION: usize = 20_000;
    pub const COMMENT: usize = 10_000;
    pub const NAME: usize = 120;
    pub const ADDRESS: usize = 500;
    pub const MESSAGE: usize = 5_000;
    pub const REASON: usize = 1_000;
    pub const VENDOR_TICKET_ID: usize = 64;
    pub const SEARCH: usize = 200;
    pub const PASSWORD_MIN: usize = 10;
    pub const PASSWORD_MAX: usize = 256;
}

fn check_len(field: &str, s: &str, min: usize, max: usize) -> Result<(), FieldError> {
    let n = s.chars().count();
    if n < min {
        return Err(if min == 1 {
            FieldError::new(field, "required", format!("{field} must not be empty"))
        } else {
            FieldError::new(
                field,
                "too_short",
                format!("{field} must be at least {min} characters"),
            )
        });
    }
    if n > max {
        return Err(FieldError::new(
            field,
            "too_long",
            format!("{field} must be at most {max} characters (got {n})"),
        ));
    }
    Ok(())
}

/// Single-line text: control characters (other than none) are refused; they break mail
/// subjects (header injection) and lists.
fn check_single_line(field: &str, s: &str) -> Result<(), FieldError> {
    if s.chars().any(char::is_control) {
        return Err(FieldError::new(
            field,
            "invalid_characters",
            format!("{field} must be a single line without control characters"),
        ));
    }
    Ok(())
}

fn check_multi_line(field: &str, s: &str) -> Result<(), FieldError> {
    if s.chars()
        .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
    {
        return Err(FieldError::new(
            field,
            "invalid_characters",
            format!("{field} contains control characters"),
        ));
    }
    Ok(())
}

macro_rules! text_type {
    ($(#[$doc:meta])* $name:ident, min = $min:expr, max = $max:expr, single_line = $single:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            /// Trims, then checks length and characters. `field` names the input in the error.
            pub fn parse_field(field: &str, raw: &str) -> Result<Self, FieldError> {
                let s = raw.trim();
                check_len(field, s, $min, $max)?;
                if $single {
                    check_single_line(field, s)?;
                } else {
                    check_multi_line(field, s)?;
                }
                Ok(Self(s.to_owned()))
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }

            pub fn into_inner(self) -> String {
                self.0
            }
        }
    };
}

text_type!(/// An issue title: one line, 1 to 200 characters.
    Title, min = 1, max = limits::TITLE, single_line = true);
text_type!(/// An issue description: may be empty, multi-line.
    Description, min = 0, max = limits::DESCRIPTION, single_line = false);
text_type!(/// A comment body: not empty, multi-line.
    CommentBody, min = 1, max = limits::COMMENT, single_line = false);
text_type!(/// A person's or a store's display name.
    Name, min = 1, max = limits::NAME, single_line = true);
text_type!(/// A postal address (may be empty).
    Address, min = 0, max = limits::ADDRESS, single_line = false);
text_type!(/// A message to a store or an engineer.
    Message, min = 1, max = limits::MESSAGE, single_line = false);
text_type!(/// Why an issue is reopened.
    Reason, min = 1, max = limits::REASON, single_line = false);
text_type!(/// The vendor's ticket id exactly as the vendor writes it (e.g. `INC0012345`).
    VendorTicketId, min = 1, max = limits::VENDOR_TICKET_ID, single_line = true);

/// Login name: 3 to 32 of `a-z 0-9 . _ -`, stored lowercase so `Alice` and `alice` are one user.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Username(String);

impl Username {
    pub fn parse_field(field: &str, raw: &str) -> Result<Self, FieldError> {
        let s = raw.trim().to_lowercase();
        check_len(field, &s, 3, 32)?;
        if !s
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b))
        {
            return Err(FieldError::new(
                field,
                "invalid_characters",
                "username may use letters, digits, '.', '_' and '-' only",
            ));
        }
        Ok(Username(s))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An email address: one `@`, a dotted domain, no spaces. Deliverability is the mail server's job.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Email(String);

impl Email {
    pub fn parse_field(field: &str, raw: &str) -> Result<Self, FieldError> {
        let s = raw.trim().to_lowercase();
        check_len(field, &s, 3, 254)?;
        let bad = || FieldError::new(field, "invalid_email", "not a valid email address");
        let (local, domain) = s.split_once('@').ok_or_else(bad)?;
        let ok = !local.is_empty()
            && !domain.contains('@')
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !s.chars().any(|c| c.is_whitespace() || c.is_control());
        if !ok {
            return Err(bad());
        }
        Ok(Email(s))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A new password: long enough to resist guessing (NIST 800-63B favours length over rules).
pub fn check_new_password(field: &str, raw: &str) -> Result<(), FieldError> {
    check_len(field, raw, limits::PASSWORD_MIN, limits::PASSWORD_MAX)
}

/// A store code such as `LON-001`: 2 to 16 of `A-Z 0-9 -`, stored uppercase.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct StoreCode(String);

impl StoreCode {
    pub fn parse_field(field: &str, raw: &str) -> Result<Self, FieldError> {
        let s = raw.trim().to_uppercase();
        check_len(field, &s, 2, 16)?;
        if !s
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
        {
            return Err(FieldError::new(
                field,
                "invalid_characters",
                "store code may use letters, digits and '-' only",
            ));
        }
        Ok(StoreCode(s))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Coordinates must be on the globe.
pub fn check_coordinates(lat: Option<f64>, lon: Option<f64>) -> Result<(), FieldError> {
    match (lat, lon) {
        (None, None) => Ok(()),
        (Some(a), Some(o)) if (-90.0..=90.0).contains(&a) && (-180.0..=180.0).contains(&o) => {
            Ok(())
        }
        (Some(_), Some(_)) => Err(FieldError::new(
            "location.latitude",
            "out_of_range",
            "latitude must be within -90..90 and longitude within -180..180",
        )),
        _ => Err(FieldError::new(
            "location.longitude",
            "required",
            "give both latitude and longitude, or neither",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_is_trimmed_and_bounded() {
        assert_eq!(
            Title::parse_field("title", "  Till 3 dead ")
                .unwrap()
                .as_str(),
            "Till 3 dead"
        );
        assert_eq!(
            Title::parse_field("title", "   ").unwrap_err().code,
            "required"
        );
        let long = "é".repeat(201);
        assert_eq!(
            Title::parse_field("title", &long).unwrap_err().code,
            "too_long"
        );
        assert!(Title::parse_field("title", &"é".repeat(200)).is_ok());
        assert_eq!(
            Title::parse_field("title", "a\r\nBcc: x@y")
                .unwrap_err()
                .code,
            "invalid_characters"
        );
    }

    #[test]
    fn usernames_and_emails() {
        assert_eq!(
            Username::parse_field("u", "Alice.B").unwrap().as_str(),
            "alice.b"
        );
        assert!(Username::parse_field("u", "al ice").is_err());
        assert!(Username::parse_field("u", "ab").is_err());
        assert_eq!(
            Email::parse_field("e", "A@Example.com").unwrap().as_str(),
            "a@example.com"
        );
        for bad in [
            "a@b",
            "@b.com",
            "a@.com",
            "a b@c.com",
            "a@b@c.com",
            "a@b.com.",
        ] {
            assert!(Email::parse_field("e", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn coordinates() {
        assert!(check_coordinates(Some(51.5), Some(-0.12)).is_ok());
        assert!(check_coordinates(Some(91.0), Some(0.0)).is_err());
        assert!(check_coordinates(Some(1.0), None).is_err());
        assert!(check_coordinates(None, None).is_ok());
    }
}
