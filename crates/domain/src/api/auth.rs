use crate::Secret;
use serde::{Deserialize, Serialize};

/// `login` is a username or an email address.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    #[cfg_attr(feature = "openapi", schema(value_type = crate::text::raw::LoginName))]
    pub login: String,
    #[cfg_attr(feature = "openapi", schema(value_type = crate::text::raw::LoginPassword))]
    pub password: Secret,
}

impl LoginRequest {
    pub fn validate(&self) -> Result<(), Vec<crate::FieldError>> {
        let mut e = super::Errors::default();
        e.take(crate::text::check_login("login", &self.login));
        if self.password.expose().chars().count() > crate::text::limits::LOGIN_PASSWORD {
            e.0.push(crate::FieldError::new(
                "password",
                "too_long",
                format!(
                    "password must be at most {} characters",
                    crate::text::limits::LOGIN_PASSWORD
                ),
            ));
        }
        e.finish(|| ())
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TokenPair {
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub access_token: Secret,
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub refresh_token: Secret,
    pub token_type: String,
    /// Seconds until the access token expires.
    pub expires_in: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RefreshRequest {
    #[cfg_attr(feature = "openapi", schema(value_type = crate::text::raw::RefreshToken))]
    pub refresh_token: Secret,
}

impl RefreshRequest {
    pub fn validate(&self) -> Result<(), Vec<crate::FieldError>> {
        crate::text::check_refresh_token("refresh_token", self.refresh_token.expose())
            .map_err(|e| vec![e])
    }
}
