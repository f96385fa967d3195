//! # arvio-i18n
//!
//! Finnish, Swedish and English texts for arvio's forms, over [Fluent](https://projectfluent.org).
//!
//! - [`Catalog`]: the Fluent files, embedded in the crate ([`Catalog::embedded`]) or read
//!   from a working copy ([`Catalog::from_dir`]).
//! - [`Localizer`]: implements [`arvio_core::render::Texts`] for the best language of a
//!   request (`["sv-FI", "en"]` gives Swedish). A message missing in that language falls back
//!   to Finnish and is recorded ([`Localizer::warnings`]); a message missing everywhere shows
//!   a generic "(text missing)" text, never its id. Numbers and dates follow the language
//!   ([`format_number`], [`format_date`]): `2,5` and `23.11.2026` in Finnish and Swedish,
//!   `2.5` and `23 November 2026` in English.
//! - [`error_message`]: a validation error as a sentence naming the question by its label.
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
pub use localizer::{Localizer, MISSING_TEXT, MissingMessage, WarningKind};
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

/// Every message id of `common.ftl`: [`arvio_core::render::common::ALL`], one
/// `arvio-error-<code>` per [`arvio_core::render::common::ERROR_CODES`], and the ids this crate
/// adds for renderers. Every language defines them all ([`lint()`] checks it, together with
/// any id the core adds to its lists later), and they count as used even when no form refers
/// to them.
pub const COMMON_IDS: &[&str] = &[
    // arvio_core::render::common::ALL
    "arvio-yes",
    "arvio-no",
    "arvio-not-answered",
    "arvio-required",
    "arvio-optional",
    "arvio-scores",
    "arvio-score",
    "arvio-range",
    "arvio-band",
    "arvio-score-incomplete",
    "arvio-score-partial",
    "arvio-score-not-applicable",
    "arvio-answer-if",
    "arvio-row",
    "arvio-form-version",
    "arvio-summary",
    "arvio-select-one",
    "arvio-select-many",
    "arvio-errors",
    "arvio-valid",
    // arvio-error-<code> for every ERROR_CODES entry
    "arvio-error-missing-required",
    "arvio-error-wrong-type",
    "arvio-error-unknown-option",
    "arvio-error-duplicate-option",
    "arvio-error-out-of-range",
    "arvio-error-not-integer",
    "arvio-error-invalid-date",
    "arvio-error-too-long",
    "arvio-error-too-few-selections",
    "arvio-error-too-many-selections",
    "arvio-error-too-few-rows",
    "arvio-error-too-many-rows",
    "arvio-error-does-not-apply",
    "arvio-error-unknown-question",
    "arvio-error-wrong-form",
    "arvio-error-wrong-form-version",
    // This crate's own.
    MISSING_TEXT,
    QUESTION_IN_ROW,
    QUESTION_ROW,
    QUESTION_UNKNOWN,
    TODAY,
    PAGE_OF,
    GENERATED_ON,
    LANGUAGE_NAME_FI,
    LANGUAGE_NAME_SV,
    LANGUAGE_NAME_EN,
    SUBMIT,
    SAVE_DRAFT,
    ADD_ROW,
    REMOVE_ROW,
    ERROR_SUMMARY_TITLE,
    WORKER_ONLY,
    BAND_DISCLAIMER,
    MAX_LENGTH,
    CONFIDENTIAL,
    CONFIDENTIAL_SHORT,
    COND_AND,
    COND_OR,
    COND_ANY_ROW,
    COND_NOT,
    COND_OTHER_THAN,
    COND_ANSWERED,
    COND_NOT_ANSWERED,
    REQUIRED_IF,
    QUOTE_OPEN,
    QUOTE_CLOSE,
    ASSESSMENT_DATE,
    LANGUAGE,
    SCORE_VALUE,
    SCORE_COMPLETENESS,
    DEADLINES,
    DEADLINE_STEP,
    DEADLINE_DUE,
    DEADLINE_DONE,
    DEADLINE_STATUS,
    NO_ROWS,
    REPLACED_CHARS_NOTE,
    "arvio-copy-worker",
    "arvio-copy-family",
    "arvio-private",
    "arvio-record",
    "arvio-open-questions",
    "arvio-signatures",
    "arvio-signature",
    "arvio-signature-name",
    "arvio-signature-date",
    "arvio-signer-worker",
    "arvio-signer-family",
    "arvio-compare-title",
    "arvio-compare-start",
    "arvio-compare-review",
    "arvio-compare-change",
    "arvio-compare-start-of",
    "arvio-chart-alt",
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
];

#[cfg(test)]
mod tests {
    use super::*;
    use arvio_core::render::common;

    #[test]
    fn common_ids_cover_core() {
        for id in common::ALL {
            assert!(COMMON_IDS.contains(id), "{id}");
        }
        for code in common::ERROR_CODES {
            let id = format!("arvio-error-{code}");
            assert!(COMMON_IDS.contains(&id.as_str()), "{id}");
        }
        let unique: std::collections::HashSet<_> = COMMON_IDS.iter().collect();
        assert_eq!(unique.len(), COMMON_IDS.len());
    }
}
