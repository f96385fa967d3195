//! The built-in forms, embedded in the crate so a library user needs no files.

use crate::load::{FormError, parse_form};
use crate::model::Form;

/// `(id, file name, TOML source)` of every built-in form.
const FORMS: &[(&str, &str, &str)] = &[
    (
        "family-self-assessment",
        "forms/family-self-assessment.toml",
        include_str!("../../../forms/family-self-assessment.toml"),
    ),
    (
        "caregiver-support",
        "forms/caregiver-support.toml",
        include_str!("../../../forms/caregiver-support.toml"),
    ),
    (
        "service-need",
        "forms/service-need.toml",
        include_str!("../../../forms/service-need.toml"),
    ),
];

/// Ids of the built-in forms.
pub fn builtin_ids() -> impl Iterator<Item = &'static str> {
    FORMS.iter().map(|f| f.0)
}

/// The file name and TOML source of a built-in form.
pub fn builtin_source(id: &str) -> Option<(&'static str, &'static str)> {
    FORMS.iter().find(|f| f.0 == id).map(|f| (f.1, f.2))
}

/// Parses a built-in form. `None` if there is no built-in form with that id.
///
/// # Panics
/// Never for shipped forms: every built-in form is checked by the test suite; a broken one
/// is reported as `Some(Err(..))` by [`try_builtin`].
pub fn builtin(id: &str) -> Option<Form> {
    try_builtin(id).and_then(Result::ok)
}

/// Parses a built-in form, reporting findings.
pub fn try_builtin(id: &str) -> Option<Result<Form, FormError>> {
    builtin_source(id).map(|(file, text)| parse_form(text, file))
}
