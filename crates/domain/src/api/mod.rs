//! REST request and response bodies. Requests refuse unknown fields so a typo is a 4xx, not a
//! silently ignored change. Request bodies keep raw strings; `validate()` turns them into value
//! objects and reports every field at fault at once.

pub mod assignment;
pub mod auth;
pub mod comment;
pub mod issue;
pub mod page;
pub mod resolution;
pub mod store;
pub mod user;

use crate::FieldError;
use serde::{Deserialize, Deserializer};

/// Distinguishes an absent field (leave unchanged) from an explicit `null` (clear it).
pub fn double_option<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

/// For optional fields where `null` would mean nothing (patches): absent is `None`, `null` is
/// refused as the wrong type, exactly as the schema (not nullable, not required) says.
pub fn non_null<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(d).map(Some)
}

/// Collects field errors so a form gets all its problems in one round trip.
#[derive(Default)]
pub struct Errors(pub Vec<FieldError>);

impl Errors {
    pub fn take<T>(&mut self, r: Result<T, FieldError>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(e) => {
                self.0.push(e);
                None
            }
        }
    }

    pub fn finish<T>(self, value: impl FnOnce() -> T) -> Result<T, Vec<FieldError>> {
        if self.0.is_empty() {
            Ok(value())
        } else {
            Err(self.0)
        }
    }
}
