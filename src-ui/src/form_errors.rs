//! A form's field errors from a `CommandError`: the sentence to show under each field, and the
//! sentence for what no field of the form names.

use storedesk_domain::view::CommandError;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormErrors {
    pub fields: Vec<(String, String)>,
    pub general: Option<String>,
}

impl FormErrors {
    /// Errors for the fields a form has; the rest (and errors without fields) go to `general`.
    pub fn from_error(e: &CommandError, form_fields: &[&str]) -> FormErrors {
        let mut out = FormErrors::default();
        let mut others = Vec::new();
        for f in &e.fields {
            // "location.address" is the form's address; "engineer_ids[2]" its engineers list.
            let leaf = f.field.rsplit('.').next().unwrap_or(&f.field);
            let leaf = leaf.split('[').next().unwrap_or(leaf);
            if form_fields.contains(&leaf) {
                out.fields.push((leaf.to_owned(), f.sentence()));
            } else {
                others.push(f.sentence());
            }
        }
        if e.fields.is_empty() {
            out.general = Some(e.message.clone());
        } else if !others.is_empty() {
            out.general = Some(others.join(" "));
        }
        out
    }

    /// The sentence under `field`, as a field message takes it.
    pub fn message(&self, field: &str) -> Option<String> {
        self.get(field).map(str::to_owned)
    }

    /// The input's classes: red-bordered while the field has an error.
    pub fn field_class(&self, field: &str) -> &'static str {
        field_class(self.get(field).is_some())
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.as_str())
    }
}

/// An input's classes, red-bordered when `invalid`.
pub fn field_class(invalid: bool) -> &'static str {
    if invalid {
        "field field-invalid"
    } else {
        "field"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use storedesk_domain::FieldError;

    #[test]
    fn field_errors_go_under_their_field() {
        let e = CommandError {
            code: "validation".into(),
            message: "Some fields need attention.".into(),
            fields: vec![
                FieldError::new("title", "required", "title must not be empty"),
                FieldError::new("store_id", "unknown", "choose one of your stores"),
            ],
        };
        let f = FormErrors::from_error(&e, &["title", "description"]);
        assert_eq!(f.get("title"), Some("Title must not be empty."));
        assert_eq!(f.general.as_deref(), Some("Choose one of your stores."));
    }

    #[test]
    fn a_list_items_error_goes_under_the_list() {
        let e = CommandError {
            code: "conflict".into(),
            message: "Each engineer must be an active engineer.".into(),
            fields: vec![FieldError::new(
                "engineer_ids[1]",
                "invalid_engineer",
                "each engineer must be an active engineer",
            )],
        };
        let f = FormErrors::from_error(&e, &["engineer_ids"]);
        assert_eq!(
            f.get("engineer_ids"),
            Some("Each engineer must be an active engineer.")
        );
        assert_eq!(f.general, None);
    }

    #[test]
    fn an_error_without_fields_is_general() {
        let e = CommandError {
            code: "bad_login".into(),
            message: "The login or password is not right.".into(),
            fields: vec![],
        };
        let f = FormErrors::from_error(&e, &["login"]);
        assert_eq!(f.fields, vec![]);
        assert_eq!(
            f.general.as_deref(),
            Some("The login or password is not right.")
        );
    }
}
