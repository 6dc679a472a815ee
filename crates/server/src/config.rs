//! Configuration from flags and environment. The JWT secret must be strong unless the server is
//! explicitly started in development mode.

use clap::Args;
use rand::RngCore;
use storedesk_domain::Secret;

/// Flags are global, so they may come before or after the subcommand (`serve --dev` and
/// `--dev serve` both work). `Debug` is written by hand: the JWT secret never appears in it.
#[derive(Clone, Args)]
pub struct Config {
    /// PostgreSQL connection string.
    #[arg(
        long,
        global = true,
        env = "DATABASE_URL",
        default_value = "postgres://postgres@127.0.0.1:5432/storedesk"
    )]
    pub database_url: String,
    /// Address to listen on.
    #[arg(
        long,
        global = true,
        env = "STOREDESK_BIND",
        default_value = "127.0.0.1:8080"
    )]
    pub bind: String,
    /// PostgreSQL connections in the pool. More connections than the database has cores only
    /// add context switches; the default suits a database on the same small machine.
    #[arg(long, global = true, env = "STOREDESK_DB_POOL", default_value_t = 16, value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub db_pool: u32,
    /// HMAC secret for access tokens: at least 32 bytes.
    #[arg(long, global = true, env = "JWT_SECRET", hide_env_values = true)]
    pub jwt_secret: Option<Secret>,
    /// Development mode: accept a missing or weak JWT secret (a random one is generated).
    /// `STOREDESK_DEV` takes 1/0, true/false, yes/no, on/off.
    #[arg(long, global = true, env = "STOREDESK_DEV", value_parser = clap::builder::BoolishValueParser::new(), default_value_t = false, num_args = 0, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub dev: bool,
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("database_url", &redact_url(&self.database_url))
            .field("bind", &self.bind)
            .field("db_pool", &self.db_pool)
            .field("jwt_secret", &self.jwt_secret)
            .field("dev", &self.dev)
            .finish()
    }
}

/// A connection string with its password (if any) replaced, for logs and `Debug`.
pub fn redact_url(url: &str) -> String {
    match url.split_once("://") {
        Some((scheme, rest)) => match rest.rsplit_once('@') {
            Some((userinfo, host)) => {
                let user = userinfo.split(':').next().unwrap_or_default();
                if userinfo.contains(':') {
                    format!("{scheme}://{user}:***@{host}")
                } else {
                    format!("{scheme}://{user}@{host}")
                }
            }
            None => url.to_owned(),
        },
        None => url.to_owned(),
    }
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum SecretError {
    #[error(
        "JWT_SECRET is missing; set a random secret of at least 32 bytes, or start with --dev"
    )]
    Missing,
    #[error("JWT_SECRET is too weak (at least 32 bytes and not one repeated character); or start with --dev")]
    Weak,
}

pub fn check_secret(secret: Option<&str>) -> Result<Vec<u8>, SecretError> {
    let s = secret.ok_or(SecretError::Missing)?;
    let distinct = s.chars().collect::<std::collections::HashSet<_>>().len();
    if s.len() < 32 || distinct < 8 {
        return Err(SecretError::Weak);
    }
    Ok(s.as_bytes().to_vec())
}

impl Config {
    pub fn jwt_secret(&self) -> anyhow::Result<Vec<u8>> {
        match check_secret(self.jwt_secret.as_ref().map(Secret::expose)) {
            Ok(s) => Ok(s),
            Err(e) if self.dev => {
                tracing::warn!(
                    "{e}: development mode, using a random secret (tokens end with the process)"
                );
                let mut b = vec![0u8; 32];
                rand::thread_rng().fill_bytes(&mut b);
                Ok(b)
            }
            Err(e) => Err(e.into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets() {
        assert_eq!(check_secret(None), Err(SecretError::Missing));
        assert_eq!(check_secret(Some("short")), Err(SecretError::Weak));
        assert_eq!(check_secret(Some(&"a".repeat(64))), Err(SecretError::Weak));
        assert!(check_secret(Some("k3J9x!q2Lm8Zp0Rt5Vw7Yb4Nc6Df1Gh3")).is_ok());
    }

    #[test]
    fn debug_shows_no_secret() {
        let c = Config {
            database_url: "postgres://app:s3cret-pw@db:5432/storedesk".into(),
            bind: "127.0.0.1:8080".into(),
            db_pool: 4,
            jwt_secret: Some(Secret::new("k3J9x!q2Lm8Zp0Rt5Vw7Yb4Nc6Df1Gh3")),
            dev: false,
        };
        let shown = format!("{c:?}");
        assert!(!shown.contains("k3J9x"), "{shown}");
        assert!(!shown.contains("s3cret-pw"), "{shown}");
        assert!(
            shown.contains("postgres://app:***@db:5432/storedesk"),
            "{shown}"
        );
    }
}
