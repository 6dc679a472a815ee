use crate::error::ApiError;
use storedesk_domain::api::page::{DEFAULT_PER_PAGE, MAX_PER_PAGE};
use storedesk_domain::FieldError;

/// `page` from 1, `per_page` from 1 to 100; anything else is a 400 naming the parameter.
pub fn parse(page: Option<&str>, per_page: Option<&str>) -> Result<(u32, u32), ApiError> {
    let num = |name: &str, raw: Option<&str>, default: u32, max: u32| -> Result<u32, ApiError> {
        let Some(raw) = raw else { return Ok(default) };
        match raw.parse::<u32>() {
            Ok(n) if n >= 1 && n <= max => Ok(n),
            _ => Err(ApiError::BadQuery(FieldError::new(
                name,
                "out_of_range",
                format!("{name} must be a whole number from 1 to {max}"),
            ))),
        }
    };
    Ok((
        num("page", page, 1, 1_000_000)?,
        num("per_page", per_page, DEFAULT_PER_PAGE, MAX_PER_PAGE)?,
    ))
}
