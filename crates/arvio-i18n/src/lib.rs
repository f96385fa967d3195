//! # arvio-i18n
//!
//! Finnish, Swedish and English texts for arvio's forms, over [Fluent](https://projectfluent.org).
//!
//! - [`Catalog`]: the Fluent files, embedded in the crate ([`Catalog::embedded`]) or read
//!   from a working copy ([`Catalog::from_dir`]). A custom form's texts are added to the
//!   embedded ones from a directory laid out like `locales/` ([`Catalog::with_dir`],
//!   [`Localizer::builder`]): they must parse and may only define new ids. A tool checks
//!   [`Localizer::missing_ids`] before showing such a form rather than show "(text missing)".
//! - [`Localizer`]: implements [`arvio_core::render::Texts`] for the best language of a
//!   request (`["sv-FI", "en"]` gives Swedish). A message missing in that language falls back
//!   to Finnish and is recorded ([`Localizer::warnings`]); a message missing everywhere shows
//!   a generic "(text missing)" text, never its id. Numbers and dates follow the language
//!   ([`format_number`], [`format_date`]): `2,5` and `23.11.2026` in Finnish and Swedish,
//!   `2.5` and `23 November 2026` in English.
//! - [`error_message`]: a validation error as a sentence naming the question by its label.
//! - [`json`]: validation errors and score reports as JSON data (`arvio validate --json`,
//!   `arvio score --json`, arvio-serve's API), with their texts in the reader's language.
//! - [`lint()`]: checks the files against the forms (syntax, missing, unused, variables that
//!   differ between languages, duplicates), with file and line.
//!
//! No Fluent type appears in the public API.
//!
//! ```
//! use arvio_core::render::{Arg, Texts};
//! use arvio_i18n::{Localizer, error_message};
//!
//! let sv = Localizer::new(&["sv-FI", "en"]);
//! assert_eq!(sv.language(), "sv");
//! assert_eq!(sv.message("arvio-yes"), "Ja");
//! assert_eq!(sv.message_with("arvio-page-of", &[("page", Arg::Num(2.0)), ("pages", Arg::Num(3.0))]),
//!            "Sida 2 / 3");
//! assert_eq!(sv.number(2.5), "2,5");
//! let day = arvio_core::chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
//! assert_eq!(Localizer::new(&["en"]).date(day), "23 November 2026");
//!
//! // Unknown ids never show: the generic text is used and the miss is recorded.
//! assert_eq!(sv.message("no-such-message"), "(text saknas)");
//! assert_eq!(sv.warnings()[0].id, "no-such-message");
//!
//! // Validation errors in the reader's language.
//! let form = arvio_forms::builtin("family-self-assessment").unwrap();
//! let err = arvio_core::ValidationError {
//!     path: arvio_core::AnswerPath::question("nowhere"),
//!     kind: arvio_core::ErrorKind::UnknownQuestion,
//! };
//! assert_eq!(error_message(&sv, &form, &err),
//!            "Svaret innehåller en punkt som inte finns på den här blanketten.");
//! ```

mod catalog;
mod errors;
mod format;
pub mod json;
mod language;
mod lint;
mod localizer;

pub use catalog::{Catalog, CatalogError, FILE_NAMES};
pub use errors::{
    QUESTION_IN_ROW, QUESTION_ROW, QUESTION_UNKNOWN, TODAY, band_text, error_message, score_name,
};
pub use format::{format_date, format_number};
pub use language::Language;
pub use lint::{LocaleFinding, LocaleFindingKind, USED_BY_CODE, lint};
pub use localizer::{Localizer, LocalizerBuilder, MISSING_TEXT, MissingMessage, WarningKind};
// The renderers' words are defined with the core's other common ids, so a renderer that
// depends only on `arvio-core` names them too; re-exported here where they were first.
pub use arvio_core::render::common::{
    ASSESSMENT_DATE, BAND_DISCLAIMER, COND_AND, COND_ANSWERED, COND_ANY_ROW, COND_NOT,
    COND_NOT_ANSWERED, COND_OR, COND_OTHER_THAN, CONFIDENTIAL, CONFIDENTIAL_SHORT, DEADLINE_DONE,
    DEADLINE_DUE, DEADLINE_STATUS, DEADLINE_STEP, DEADLINES, GENERATED_ON, LANGUAGE,
    LANGUAGE_NAME_EN, LANGUAGE_NAME_FI, LANGUAGE_NAME_SV, NO_ROWS, PAGE_OF, QUOTE_CLOSE,
    QUOTE_OPEN, REPLACED_CHARS_NOTE, REQUIRED_IF, SCORE_COMPLETENESS, SCORE_VALUE, WORKER_ONLY,
};

/// Button: send the form.
pub const SUBMIT: &str = "arvio-submit";
/// Button: save a draft.
pub const SAVE_DRAFT: &str = "arvio-save-draft";
/// Button: add a row to a group.
pub const ADD_ROW: &str = "arvio-add-row";
/// Button: remove a row from a group.
pub const REMOVE_ROW: &str = "arvio-remove-row";
/// Heading of the list of errors above a refilled form.
pub const ERROR_SUMMARY_TITLE: &str = "arvio-error-summary-title";
/// "At most 500 characters", with `$max`: hint under text fields.
pub const MAX_LENGTH: &str = "arvio-max-length";

/// The message ids of `common.ftl` that this crate adds to the core's: words of the
/// localizer and the fill-in pages, the comparison note and the server's pages. With the
/// core's lists they make [`common_ids`].
pub const OWN_IDS: &[&str] = &[
    MISSING_TEXT,
    QUESTION_IN_ROW,
    QUESTION_ROW,
    QUESTION_UNKNOWN,
    TODAY,
    SUBMIT,
    SAVE_DRAFT,
    ADD_ROW,
    REMOVE_ROW,
    ERROR_SUMMARY_TITLE,
    MAX_LENGTH,
    "arvio-compare-attainment",
    "arvio-navigation",
    // The fill-in server's pages (arvio-serve).
    "arvio-serve-forms",
    "arvio-serve-forms-intro",
    "arvio-serve-draft-saved",
    "arvio-serve-draft-link",
    "arvio-serve-all-forms",
    "arvio-serve-not-found",
    "arvio-serve-not-found-text",
    "arvio-serve-conflict",
    "arvio-serve-conflict-text",
    "arvio-serve-latest",
    "arvio-serve-too-large",
    "arvio-serve-too-large-text",
    "arvio-serve-bad-request",
    "arvio-serve-bad-request-text",
    "arvio-serve-server-error",
    "arvio-serve-server-error-text",
    "arvio-serve-already-sent",
    "arvio-serve-already-sent-text",
    "arvio-serve-link-gone",
    "arvio-serve-link-gone-text",
    "arvio-serve-sent",
    "arvio-serve-over-limit",
    "arvio-serve-busy-text",
    "arvio-serve-too-many",
    "arvio-serve-too-many-text",
];

/// Every message id of `common.ftl`: [`arvio_core::render::common::ALL`], one
/// `arvio-error-<code>` per [`arvio_core::render::common::ERROR_CODES`], and [`OWN_IDS`].
/// Every language defines them all ([`lint()`] checks it), and they count as used even when
/// no form refers to them.
pub fn common_ids() -> Vec<String> {
    use arvio_core::render::common;
    common::ALL
        .iter()
        .map(|id| id.to_string())
        .chain(
            common::ERROR_CODES
                .iter()
                .map(|c| format!("arvio-error-{c}")),
        )
        .chain(OWN_IDS.iter().map(|id| id.to_string()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_ids_are_unique() {
        let ids = common_ids();
        let unique: std::collections::HashSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len());
        assert!(ids.iter().any(|id| id == "arvio-error-wrong-form-version"));
    }
}
