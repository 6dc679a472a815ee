//! Password hashing: argon2id at the crate's defaults (m = 19 MiB, t = 2, p = 1: OWASP's
//! recommended minimum). The server and the desktop's local mode both store exactly this hash.
//! These calls are slow on purpose: callers run them on a blocking thread.

use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::Argon2;
use std::sync::OnceLock;

#[derive(Debug, thiserror::Error)]
pub enum PasswordError {
    #[error("hashing failed: {0}")]
    Hash(String),
    #[error("the stored password hash is damaged: {0}")]
    Stored(String),
}

pub fn hash(password: &str) -> Result<String, PasswordError> {
    let salt = SaltString::generate(&mut OsRng);
    Ok(Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map_err(|e| PasswordError::Hash(e.to_string()))?
        .to_string())
}

/// Verifies against the stored hash; with no user, verifies against a fixed dummy hash so an
/// unknown login takes as long as a wrong password (no user enumeration by timing).
pub fn verify(password: &str, stored: Option<&str>) -> Result<bool, PasswordError> {
    let (hash, real) = match stored {
        Some(h) => (h, true),
        None => (dummy_hash(), false),
    };
    let parsed = PasswordHash::new(hash).map_err(|e| PasswordError::Stored(e.to_string()))?;
    let ok = Argon2::default()
        .verify_password(password.as_bytes(), &parsed)
        .is_ok();
    Ok(ok && real)
}

fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| hash("not-a-real-password").expect("argon2 with defaults"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_hash_verifies_its_password_only() {
        let h = super::hash("correct horse battery").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(super::verify("correct horse battery", Some(&h)).unwrap());
        assert!(!super::verify("wrong horse battery", Some(&h)).unwrap());
        assert!(!super::verify("not-a-real-password", None).unwrap());
    }
}
