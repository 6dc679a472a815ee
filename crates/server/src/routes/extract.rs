//! Extractors whose rejections become problem+json (via `ApiError`) instead of axum's plain text.

use crate::error::ApiError;
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use serde::de::{DeserializeOwned, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::Deserializer;
use serde_json::{Map, Value};
use storedesk_domain::text::check_storable;
use storedesk_domain::FieldError;

/// A JSON body, parsed in two steps so the error says what is wrong: bytes that are not JSON,
/// or JSON with a key twice in one object, are a 400 `malformed_json`; a string PostgreSQL
/// cannot store (NUL, an unpaired surrogate) anywhere in the document is a 422 on its field; JSON
/// of the wrong shape (types, unknown or missing fields) is a 422 naming the field.
pub struct Body<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for Body<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .is_some_and(|m| {
                let m = m.trim();
                m == "application/json" || (m.starts_with("application/") && m.ends_with("+json"))
            });
        if !json {
            return Err(ApiError::UnsupportedMediaType);
        }
        let bytes = Bytes::from_request(req, state).await.map_err(|e| {
            if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::PayloadTooLarge
            } else {
                ApiError::MalformedJson(e.body_text())
            }
        })?;
        let value = strict_value(&bytes)?;
        serde_path_to_error::deserialize(value)
            .map(Body)
            .map_err(|e| {
                let message = e.inner().to_string();
                let path = e.path().to_string();
                let field = if path == "." {
                    // Unknown and missing fields are reported on the parent: name the field itself.
                    message.split('`').nth(1).unwrap_or("body").to_owned()
                } else {
                    path
                };
                ApiError::Validation(vec![FieldError::new(field, "invalid", message)])
            })
    }
}

/// Parses a JSON document, refusing what serde_json would silently accept or report without a
/// field: a repeated key (the last one would win) and strings that cannot be stored.
fn strict_value(bytes: &[u8]) -> Result<Value, ApiError> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let mut track = serde_path_to_error::Track::new();
    let parsed =
        StrictValue.deserialize(serde_path_to_error::Deserializer::new(&mut de, &mut track));
    let value = parsed.and_then(|v| de.end().map(|()| v));
    value.map_err(|e| {
        let path = track.path().to_string();
        let field = if path == "." { "body".to_owned() } else { path };
        let message = e.to_string();
        if let Some(rest) = message.strip_prefix(UNSTORABLE) {
            let reason = rest.split(" at line ").next().unwrap_or(rest);
            return ApiError::Validation(vec![FieldError::new(
                field.clone(),
                "invalid_characters",
                format!("{field} {reason}"),
            )]);
        }
        // serde_json's words for a \uD800-\uDFFF escape without its pair.
        if message.starts_with("lone leading surrogate")
            || message.starts_with("unexpected end of hex escape")
        {
            return ApiError::Validation(vec![FieldError::new(
                field.clone(),
                "invalid_characters",
                format!("{field} must not contain unpaired surrogates"),
            )]);
        }
        ApiError::MalformedJson(format!("the body is not valid JSON: {message}"))
    })
}

const UNSTORABLE: &str = "unstorable: ";

/// Builds a `serde_json::Value` like serde_json does, but errors on a key seen twice in one
/// object and on NUL in any string or key.
struct StrictValue;

impl<'de> DeserializeSeed<'de> for StrictValue {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

fn storable<E: serde::de::Error>(s: &str) -> Result<(), E> {
    check_storable("", s)
        .map_err(|_| E::custom(format!("{UNSTORABLE}must not contain NUL characters")))
}

impl<'de> Visitor<'de> for StrictValue {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Value, E> {
        storable(v)?;
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Value, E> {
        storable(&v)?;
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::new();
        while let Some(v) = seq.next_element_seed(StrictValue)? {
            out.push(v);
        }
        Ok(Value::Array(out))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            storable(&key)?;
            if out.contains_key(&key) {
                return Err(serde::de::Error::custom(format!(
                    "the key `{}` appears twice in one object",
                    key.chars().take(64).collect::<String>()
                )));
            }
            let v = map.next_value_seed(StrictValue)?;
            out.insert(key, v);
        }
        Ok(Value::Object(out))
    }
}

#[derive(FromRequestParts)]
#[from_request(via(axum::extract::Path), rejection(ApiError))]
pub struct PathId<T>(pub T);

/// Query parameters; a value PostgreSQL cannot store (NUL) is a 422 on its parameter, a value of
/// the wrong shape a 400 naming it.
pub struct Params<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for Params<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiError> {
        let query = parts.uri.query().unwrap_or_default();
        for (name, value) in form_urlencoded_pairs(query) {
            if let Err(e) = check_storable(&name, &value) {
                return Err(ApiError::Validation(vec![e]));
            }
        }
        let axum::extract::Query(v) = axum::extract::Query::<T>::try_from_uri(&parts.uri)?;
        Ok(Params(v))
    }
}

fn form_urlencoded_pairs(query: &str) -> Vec<(String, String)> {
    serde_urlencoded::from_str::<Vec<(String, String)>>(query).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(bytes: &str) -> (u16, Vec<FieldError>) {
        match strict_value(bytes.as_bytes()) {
            Ok(_) => (200, vec![]),
            Err(e) => {
                let p = e.problem();
                (p.status, p.errors)
            }
        }
    }

    #[test]
    fn duplicate_keys_are_malformed() {
        assert_eq!(code(r#"{"a": 1, "a": 2}"#).0, 400);
        assert_eq!(code(r#"{"a": {"b": 1, "b": 1}}"#).0, 400);
        assert_eq!(code(r#"{"a": 1, "b": {"a": 2}}"#).0, 200);
    }

    #[test]
    fn nul_and_lone_surrogates_name_their_field() {
        let (status, errors) = code(r#"{"issue": {"title": "a\u0000b"}}"#);
        assert_eq!(status, 422);
        assert_eq!(errors[0].field, "issue.title");
        let (status, errors) = code(r#"{"list": ["ok", "\ud800"]}"#);
        assert_eq!(status, 422, "{errors:?}");
        assert_eq!(errors[0].field, "list[1]");
        assert_eq!(code(r#"{"t": "\ud83d\ude00"}"#).0, 200);
        assert_eq!(code(r#"{"t": 1} x"#).0, 400);
        assert_eq!(code(r#"{"t": "#).0, 400);
    }
}
