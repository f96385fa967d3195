//! # arvio-fhir
//!
//! FHIR R4 for arvio forms: a form as a `Questionnaire`, a response as a
//! `QuestionnaireResponse`, and a `QuestionnaireResponse` back into an arvio response.
//!
//! ## Link ids (shared by the Questionnaire and the QuestionnaireResponse)
//! - a section is a `group` item with link id `section-{section id}` (question ids never
//!   contain `-`, so the two never collide);
//! - a top-level question's link id is its id;
//! - a repeating group question is a `group` item with `repeats = true` and link id = its id;
//!   its sub-questions have link id `{group id}.{sub-question id}`; each row of a response is
//!   one repetition of the group item.

pub use arvio_core::model::Form;

pub mod fhirpath;
pub mod questionnaire;
pub use questionnaire::questionnaire;
pub mod error;
pub mod response;
pub use error::{FhirError, ImportProblem};
pub use response::{
    QuestionnaireRef, extension_url, import, import_str, parse, questionnaire_reference,
    questionnaire_response,
};

/// The canonical base used when none is given: the `.invalid` top-level domain never
/// resolves, so a county sets its own base (`--base` on the command line).
pub const DEFAULT_BASE: &str = "https://arvio.invalid/fhir";

/// The link id of a section's group item.
pub fn section_link_id(section_id: &str) -> String {
    format!("section-{section_id}")
}

/// The link id of a sub-question of a repeating group.
pub fn sub_link_id(group_id: &str, sub_id: &str) -> String {
    format!("{group_id}.{sub_id}")
}

/// The canonical URL of a form's Questionnaire (without version).
pub fn questionnaire_url(base: &str, form: &Form) -> String {
    format!("{}/Questionnaire/{}", base.trim_end_matches('/'), form.id)
}

/// The code system of a form's option codes.
pub fn code_system(base: &str, form: &Form) -> String {
    format!("{}/CodeSystem/{}", base.trim_end_matches('/'), form.id)
}
