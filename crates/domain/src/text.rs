//! Value objects for user-typed text. Parse, don't validate: once a `Title` exists it is trimmed,
//! non-empty and short enough, and every layer (UI, desktop, server) applies the same rule.
//!
//! Each rule is written once, here, and read two ways: `parse_field` applies it, and (with the
//! `openapi` feature) the same rule is published in the API schema as a JSON Schema `pattern`
//! plus length bounds. The two must accept exactly the same strings, so a client generated from
//! the schema never sends a value the server refuses, and the server never accepts a value the
//! schema calls invalid; `tests::schema_patterns_agree_with_parse` checks that on random input.
//!
//! Lengths are counted in characters (code points, as JSON Schema counts them) of the raw input,
//! before trimming: the limit a user sees is the limit of what they typed.

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
    pub const USERNAME_MIN: usize = 3;
    pub const USERNAME_MAX: usize = 32;
    pub const STORE_CODE_MIN: usize = 2;
    pub const STORE_CODE_MAX: usize = 16;
    pub const EMAIL: usize = 254;
    /// What a login form may send (a username or an email address).
    pub const LOGIN: usize = 254;
    /// What a login form may send as the password (longer than any password we accept, so an old
    /// long password never locks anyone out; shorter than a denial-of-service payload).
    pub const LOGIN_PASSWORD: usize = 1024;
    /// Refresh tokens are 43 characters; anything much longer is not one of ours.
    pub const REFRESH_TOKEN: usize = 1024;
}

/// Regex classes for the published patterns (ECMA-262 and Python `re` read them alike).
pub mod class {
    /// Control characters (Unicode Cc), what `char::is_control` refuses.
    pub const CONTROL: &str = r"\x00-\x1F\x7F-\x9F";
    /// Control characters a multi-line text may not hold (all but tab, line feed, return).
    pub const CONTROL_MULTILINE: &str = r"\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F";
    /// White space that is not a control character; with the Cc white space (tab to return,
    /// U+0085) this is exactly what `str::trim` removes (Unicode White_Space).
    pub const SPACE: &str = r" \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000";
    /// Everything `str::trim` removes.
    pub const TRIMMED: &str =
        r"\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000";
}

/// PostgreSQL text cannot hold NUL (and JSON's unpaired surrogates never become a Rust
/// `String`), so NUL is refused in every string an API request carries, whatever the field;
/// the request extractors call this on each one. `field` names the input in the error.
pub fn check_storable(field: &str, s: &str) -> Result<(), FieldError> {
    if s.contains('\0') {
        return Err(FieldError::new(
            field,
            "invalid_characters",
            format!("{field} must not contain NUL characters"),
        ));
    }
    Ok(())
}

/// The published pattern of a string that may hold anything but NUL.
pub const STORABLE_PATTERN: &str = r"^[^\x00]*$";

fn too_long(field: &str, max: usize, n: usize) -> FieldError {
    FieldError::new(
        field,
        "too_long",
        format!("{field} must be at most {max} characters (got {n})"),
    )
}

fn check_max(field: &str, raw: &str, max: usize) -> Result<(), FieldError> {
    let n = raw.chars().count();
    if n > max {
        return Err(too_long(field, max, n));
    }
    Ok(())
}

/// Which control characters a free text may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lines {
    /// None: they break mail subjects (header injection) and lists.
    Single,
    /// Tab, line feed and carriage return only.
    Multi,
}

/// A free text: trimmed, `required` or not, at most `max` characters as typed.
#[derive(Debug, Clone, Copy)]
struct FreeText {
    required: bool,
    max: usize,
    lines: Lines,
}

impl FreeText {
    fn parse(self, field: &str, raw: &str) -> Result<String, FieldError> {
        check_max(field, raw, self.max)?;
        let s = raw.trim();
        let allowed = |c: char| match self.lines {
            Lines::Single => !c.is_control(),
            Lines::Multi => !c.is_control() || matches!(c, '\t' | '\n' | '\r'),
        };
        if !s.chars().all(allowed) {
            return Err(FieldError::new(
                field,
                "invalid_characters",
                match self.lines {
                    Lines::Single => {
                        format!("{field} must be a single line without control characters")
                    }
                    Lines::Multi => format!("{field} contains control characters"),
                },
            ));
        }
        if self.required && s.is_empty() {
            return Err(FieldError::new(
                field,
                "required",
                format!("{field} must not be empty"),
            ));
        }
        Ok(s.to_owned())
    }

    /// The same rule as a regex (a full match; `max` is published as `maxLength`).
    fn pattern(self) -> String {
        let forbidden = match self.lines {
            Lines::Single => class::CONTROL,
            Lines::Multi => class::CONTROL_MULTILINE,
        };
        let t = class::TRIMMED;
        if self.required {
            // What trim removes, then a text without forbidden controls holding at least one
            // character that is neither space nor control, then what trim removes.
            format!(
                "^[{t}]*[^{forbidden}]*[^{}{}][^{forbidden}]*[{t}]*$",
                class::CONTROL,
                class::SPACE
            )
        } else {
            format!("^[{t}]*[^{forbidden}]*[{t}]*$")
        }
    }
}

#[cfg(feature = "openapi")]
fn string_schema(
    description: &str,
    min: Option<usize>,
    max: usize,
    pattern: String,
) -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
    use utoipa::openapi::schema::{ObjectBuilder, Type};
    ObjectBuilder::new()
        .schema_type(Type::String)
        .description(Some(description))
        .min_length(min)
        .max_length(Some(max))
        .pattern(Some(pattern))
        .into()
}

macro_rules! text_type {
    ($(#[$doc:meta])* $name:ident, required = $req:expr, max = $max:expr, lines = $lines:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            const RULE: FreeText = FreeText { required: $req, max: $max, lines: $lines };

            /// Checks length and characters, then trims. `field` names the input in the error.
            pub fn parse_field(field: &str, raw: &str) -> Result<Self, FieldError> {
                Self::RULE.parse(field, raw).map(Self)
            }

            /// The published pattern of this rule.
            pub fn pattern() -> String {
                Self::RULE.pattern()
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }

            pub fn into_inner(self) -> String {
                self.0
            }
        }

        #[cfg(feature = "openapi")]
        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                let what = match ($req, $lines) {
                    (true, Lines::Single) => "One line, not blank, no control characters; trimmed.",
                    (false, Lines::Single) => "One line, no control characters; trimmed.",
                    (true, Lines::Multi) => "Not blank; tab and line breaks are the only control characters allowed; trimmed.",
                    (false, Lines::Multi) => "Tab and line breaks are the only control characters allowed; trimmed.",
                };
                string_schema(what, $req.then_some(1), $max, Self::pattern())
            }
        }

        #[cfg(feature = "openapi")]
        impl utoipa::ToSchema for $name {}
    };
}

text_type!(/// An issue title: one line, 1 to 200 characters.
    Title, required = true, max = limits::TITLE, lines = Lines::Single);
text_type!(/// An issue description: may be empty, multi-line.
    Description, required = false, max = limits::DESCRIPTION, lines = Lines::Multi);
text_type!(/// A comment body: not empty, multi-line.
    CommentBody, required = true, max = limits::COMMENT, lines = Lines::Multi);
text_type!(/// A person's or a store's display name.
    Name, required = true, max = limits::NAME, lines = Lines::Single);
text_type!(/// A postal address (may be empty).
    Address, required = false, max = limits::ADDRESS, lines = Lines::Multi);
text_type!(/// A message to a store or an engineer.
    Message, required = true, max = limits::MESSAGE, lines = Lines::Multi);
text_type!(/// Why an issue is reopened.
    Reason, required = true, max = limits::REASON, lines = Lines::Multi);
text_type!(/// The vendor's ticket id exactly as the vendor writes it (e.g. `INC0012345`).
    VendorTicketId, required = true, max = limits::VENDOR_TICKET_ID, lines = Lines::Single);

/// A short code of ASCII characters (a login name, a store code): trimmed, then `min..` of the
/// allowed characters, at most `max` characters as typed, case folded for storage.
struct Code {
    min: usize,
    max: usize,
    /// The allowed characters as a regex class body; `allows` is the same set as a function.
    class: &'static str,
    allows: fn(u8) -> bool,
    message: &'static str,
}

impl Code {
    fn parse(&self, field: &str, raw: &str) -> Result<String, FieldError> {
        check_max(field, raw, self.max)?;
        let s = raw.trim();
        if !s.bytes().all(self.allows) {
            return Err(FieldError::new(field, "invalid_characters", self.message));
        }
        if s.len() < self.min {
            return Err(FieldError::new(
                field,
                "too_short",
                format!("{field} must be at least {} characters", self.min),
            ));
        }
        Ok(s.to_owned())
    }

    fn pattern(&self) -> String {
        format!(
            "^[{t}]*[{c}]{{{min},}}[{t}]*$",
            t = class::TRIMMED,
            c = self.class,
            min = self.min
        )
    }
}

const USERNAME: Code = Code {
    min: limits::USERNAME_MIN,
    max: limits::USERNAME_MAX,
    class: "A-Za-z0-9._-",
    allows: |b| b.is_ascii_alphanumeric() || b"._-".contains(&b),
    message: "username may use letters, digits, '.', '_' and '-' only",
};

const STORE_CODE: Code = Code {
    min: limits::STORE_CODE_MIN,
    max: limits::STORE_CODE_MAX,
    class: "A-Za-z0-9-",
    allows: |b| b.is_ascii_alphanumeric() || b == b'-',
    message: "store code may use letters, digits and '-' only",
};

/// Login name: 3 to 32 of `a-z 0-9 . _ -`, stored lowercase so `Alice` and `alice` are one user.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Username(String);

impl Username {
    pub fn parse_field(field: &str, raw: &str) -> Result<Self, FieldError> {
        USERNAME
            .parse(field, raw)
            .map(|s| Username(s.to_ascii_lowercase()))
    }
    pub fn pattern() -> String {
        USERNAME.pattern()
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A store code such as `LON-001`: 2 to 16 of `A-Z 0-9 -`, stored uppercase.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct StoreCode(String);

impl StoreCode {
    pub fn parse_field(field: &str, raw: &str) -> Result<Self, FieldError> {
        STORE_CODE
            .parse(field, raw)
            .map(|s| StoreCode(s.to_ascii_uppercase()))
    }
    pub fn pattern() -> String {
        STORE_CODE.pattern()
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An email address: `local@domain`, a dotted domain that neither starts nor ends with a dot, no
/// spaces or control characters. Deliverability is the mail server's job. Stored with ASCII
/// letters lowercased (non-ASCII letters are kept as typed, so the length never changes).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Email(String);

impl Email {
    pub fn parse_field(field: &str, raw: &str) -> Result<Self, FieldError> {
        check_max(field, raw, limits::EMAIL)?;
        let s = raw.trim();
        let bad = || FieldError::new(field, "invalid_email", "not a valid email address");
        let plain = |c: char| c != '@' && !c.is_whitespace() && !c.is_control();
        let (local, domain) = s.split_once('@').ok_or_else(bad)?;
        let ok = !local.is_empty()
            && local.chars().all(plain)
            && domain.chars().all(plain)
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.');
        if !ok {
            return Err(bad());
        }
        Ok(Email(s.to_ascii_lowercase()))
    }
    pub fn pattern() -> String {
        let t = class::TRIMMED;
        let plain = format!("[^@{}{}]", class::CONTROL, class::SPACE);
        let plain_not_dot = format!("[^@.{}{}]", class::CONTROL, class::SPACE);
        format!("^[{t}]*{plain}+@{plain_not_dot}{plain}*\\.{plain}*{plain_not_dot}[{t}]*$")
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A new password: long enough to resist guessing (NIST 800-63B favours length over rules).
/// Taken as typed: spaces count.
pub fn check_new_password(field: &str, raw: &str) -> Result<(), FieldError> {
    let n = raw.chars().count();
    if n < limits::PASSWORD_MIN {
        return Err(FieldError::new(
            field,
            "too_short",
            format!(
                "{field} must be at least {} characters",
                limits::PASSWORD_MIN
            ),
        ));
    }
    if n > limits::PASSWORD_MAX {
        return Err(too_long(field, limits::PASSWORD_MAX, n));
    }
    Ok(())
}

/// What a login form may send: 1 to 254 characters of anything storable.
pub fn check_login(field: &str, raw: &str) -> Result<(), FieldError> {
    if raw.is_empty() {
        return Err(FieldError::new(
            field,
            "required",
            format!("{field} must not be empty"),
        ));
    }
    check_max(field, raw, limits::LOGIN)
}

/// A refresh token as presented: 1 to 1024 characters (ours are 43).
pub fn check_refresh_token(field: &str, raw: &str) -> Result<(), FieldError> {
    if raw.is_empty() {
        return Err(FieldError::new(
            field,
            "required",
            format!("{field} must not be empty"),
        ));
    }
    check_max(field, raw, limits::REFRESH_TOKEN)
}

/// A full-text search: at most 200 characters as typed; blank means no search.
pub fn parse_search(field: &str, raw: &str) -> Result<Option<String>, FieldError> {
    check_max(field, raw, limits::SEARCH)?;
    check_storable(field, raw)?;
    let s = raw.trim();
    Ok((!s.is_empty()).then(|| s.to_owned()))
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

/// Schema-only names for raw strings that have a rule but no value object (they are never
/// stored as typed): what the OpenAPI document calls them.
pub mod raw {
    /// The `login` of a login form.
    pub struct LoginName;
    /// The password of a login form.
    pub struct LoginPassword;
    /// A new password (user creation, reset).
    pub struct NewPassword;
    /// A full-text search.
    pub struct SearchText;
    /// A refresh token as the server issued it.
    pub struct RefreshToken;
}

#[cfg(feature = "openapi")]
mod schemas {
    use super::raw::*;
    use super::*;

    macro_rules! raw_schema {
        ($name:ident, $what:expr, $min:expr, $max:expr) => {
            impl utoipa::PartialSchema for $name {
                fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                    string_schema($what, $min, $max, STORABLE_PATTERN.to_owned())
                }
            }
            impl utoipa::ToSchema for $name {}
        };
    }

    raw_schema!(
        LoginName,
        "A username or an email address, as typed.",
        Some(1),
        limits::LOGIN
    );
    raw_schema!(
        LoginPassword,
        "The password, as typed.",
        None,
        limits::LOGIN_PASSWORD
    );
    raw_schema!(
        NewPassword,
        "10 to 256 characters, spaces included.",
        Some(limits::PASSWORD_MIN),
        limits::PASSWORD_MAX
    );
    raw_schema!(
        RefreshToken,
        "The opaque refresh token from the last login or refresh.",
        Some(1),
        limits::REFRESH_TOKEN
    );
    raw_schema!(
        SearchText,
        "Web search syntax: words, \"quoted phrases\", -excluded, or.",
        None,
        limits::SEARCH
    );

    macro_rules! code_schema {
        ($name:ident, $what:expr, $min:expr, $max:expr) => {
            impl utoipa::PartialSchema for $name {
                fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                    string_schema($what, Some($min), $max, $name::pattern())
                }
            }
            impl utoipa::ToSchema for $name {}
        };
    }

    code_schema!(
        Username,
        "3 to 32 of letters, digits, '.', '_', '-'; trimmed, stored lowercase.",
        limits::USERNAME_MIN,
        limits::USERNAME_MAX
    );
    code_schema!(
        StoreCode,
        "2 to 16 of letters, digits, '-'; trimmed, stored uppercase.",
        limits::STORE_CODE_MIN,
        limits::STORE_CODE_MAX
    );
    code_schema!(
        Email,
        "local@domain.tld; trimmed, ASCII letters stored lowercase.",
        5,
        limits::EMAIL
    );
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
        assert_eq!(
            Title::parse_field("title", "a\0b").unwrap_err().code,
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
        // The Kelvin sign lowercases to an ASCII 'k' in full Unicode folding: not a letter here.
        assert!(Username::parse_field("u", "\u{212A}elvin").is_err());
        assert_eq!(
            Email::parse_field("e", " A@Example.com ").unwrap().as_str(),
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
    fn storable() {
        assert!(check_storable("q", "printer\0").is_err());
        assert!(check_storable("q", "printer\u{1}").is_ok());
        assert_eq!(parse_search("q", "  ").unwrap(), None);
        assert_eq!(
            parse_search("q", &"x".repeat(201)).unwrap_err().code,
            "too_long"
        );
    }

    #[test]
    fn coordinates() {
        assert!(check_coordinates(Some(51.5), Some(-0.12)).is_ok());
        assert!(check_coordinates(Some(91.0), Some(0.0)).is_err());
        assert!(check_coordinates(Some(1.0), None).is_err());
        assert!(check_coordinates(None, None).is_ok());
    }

    mod agreement {
        use super::super::*;
        use proptest::prelude::*;

        /// Characters that sit on every boundary of the rules: controls, the white space trim
        /// removes, '@', '.', '-', ASCII letters and digits, and other letters.
        fn tricky() -> impl Strategy<Value = String> {
            let c = prop_oneof![
                Just('\0'),
                Just('\t'),
                Just('\n'),
                Just('\r'),
                Just('\u{b}'),
                Just('\u{1c}'),
                Just('\u{7f}'),
                Just('\u{85}'),
                Just('\u{9f}'),
                Just(' '),
                Just('\u{a0}'),
                Just('\u{2028}'),
                Just('\u{3000}'),
                Just('\u{200b}'),
                Just('@'),
                Just('.'),
                Just('-'),
                Just('_'),
                Just('\u{212a}'),
                Just('é'),
                Just('Z'),
                Just('k'),
                Just('7'),
                any::<char>(),
            ];
            proptest::collection::vec(c, 0..12).prop_map(|v| v.into_iter().collect())
        }

        fn matches(pattern: &str, max: usize, s: &str) -> bool {
            let re = regex::Regex::new(pattern).expect("pattern compiles");
            re.is_match(s) && s.chars().count() <= max
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(4000))]
            #[test]
            fn schema_patterns_agree_with_parse(s in tricky()) {
                prop_assert_eq!(Title::parse_field("f", &s).is_ok(), matches(&Title::pattern(), limits::TITLE, &s), "title {:?}", s);
                prop_assert_eq!(Description::parse_field("f", &s).is_ok(), matches(&Description::pattern(), limits::DESCRIPTION, &s), "description {:?}", s);
                prop_assert_eq!(CommentBody::parse_field("f", &s).is_ok(), matches(&CommentBody::pattern(), limits::COMMENT, &s), "comment {:?}", s);
                prop_assert_eq!(Username::parse_field("f", &s).is_ok(), matches(&Username::pattern(), limits::USERNAME_MAX, &s), "username {:?}", s);
                prop_assert_eq!(StoreCode::parse_field("f", &s).is_ok(), matches(&StoreCode::pattern(), limits::STORE_CODE_MAX, &s), "code {:?}", s);
                prop_assert_eq!(Email::parse_field("f", &s).is_ok(), matches(&Email::pattern(), limits::EMAIL, &s), "email {:?}", s);
                prop_assert_eq!(check_storable("f", &s).is_ok(), matches(STORABLE_PATTERN, usize::MAX, &s), "storable {:?}", s);
            }

            #[test]
            fn emails_of_email_shape_agree(local in "[a-zA-Z0-9.é ]{0,4}", dom in "[a-z.]{0,5}", tld in "[a-z.]{0,3}") {
                let s = format!("{local}@{dom}.{tld}");
                prop_assert_eq!(Email::parse_field("f", &s).is_ok(), matches(&Email::pattern(), limits::EMAIL, &s), "email {:?}", s);
            }
        }
    }
}
