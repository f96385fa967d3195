//! The plug-in contract for renderers, and the prepared view they walk.
//!
//! A renderer turns a form, or a filled response with its validation and score report, into
//! text or bytes in one language. It receives everything prepared: which questions apply and
//! in what order ([`view`]), and a [`Texts`] source that resolves message ids, numbers and
//! dates for the chosen language. Renderers never evaluate conditions or scores themselves.
//!
//! ```
//! use arvio_core::render::{Output, RenderContext, RenderError, Renderer};
//!
//! /// Prints only the form's title.
//! struct TitleOnly;
//! impl Renderer for TitleOnly {
//!     fn name(&self) -> &str { "title" }
//!     fn render(&self, cx: &RenderContext<'_>) -> Result<Output, RenderError> {
//!         Ok(Output::Text(cx.texts.message(&cx.form.title)))
//!     }
//! }
//! let form = arvio_forms::builtin("family-self-assessment").unwrap();
//! let texts = arvio_core::render::IdTexts;
//! let out = TitleOnly.render(&RenderContext::blank(&form, &texts)).unwrap();
//! assert_eq!(out, Output::Text("fsa-own-title".into()));
//! ```

use crate::model::{CopyFor, Form, Part};
use crate::response::Response;
use crate::score::ScoreReport;
use crate::validate::Validation;
use chrono::NaiveDate;

/// A value passed into a localized message.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Arg<'a> {
    /// Text (never answer content in error messages).
    Str(&'a str),
    /// A number, formatted by the localizer for the language (and used for plural forms).
    Num(f64),
}

/// Resolves message ids and formats values for one language. Implemented by `arvio-i18n`
/// over Fluent; the core knows no Fluent.
pub trait Texts {
    /// The language tag of the texts (`fi`, `sv`, `en`).
    fn language(&self) -> &str;
    /// The text of a message without arguments.
    fn message(&self, id: &str) -> String {
        self.message_with(id, &[])
    }
    /// The text of a message with named arguments.
    fn message_with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String;
    /// A number formatted for the language (`2,5` in Finnish and Swedish).
    fn number(&self, n: f64) -> String;
    /// A date formatted for the language (`23.11.2026`, `23 November 2026`).
    fn date(&self, d: NaiveDate) -> String;
}

/// A [`Texts`] that returns message ids themselves: for tests and debugging only.
#[derive(Debug, Clone, Copy, Default)]
pub struct IdTexts;

impl Texts for IdTexts {
    fn language(&self) -> &str {
        "und"
    }
    fn message_with(&self, id: &str, _args: &[(&str, Arg<'_>)]) -> String {
        id.to_string()
    }
    fn number(&self, n: f64) -> String {
        format!("{n}")
    }
    fn date(&self, d: NaiveDate) -> String {
        d.format("%Y-%m-%d").to_string()
    }
}

/// Message ids every renderer may use besides a form's own; every locale defines them.
pub mod common {
    /// "Yes".
    pub const YES: &str = "arvio-yes";
    /// "No".
    pub const NO: &str = "arvio-no";
    /// "Not answered".
    pub const NOT_ANSWERED: &str = "arvio-not-answered";
    /// "Required" (said in words next to required questions).
    pub const REQUIRED: &str = "arvio-required";
    /// "Optional".
    pub const OPTIONAL: &str = "arvio-optional";
    /// "Scores".
    pub const SCORES: &str = "arvio-scores";
    /// "Score".
    pub const SCORE: &str = "arvio-score";
    /// "Range".
    pub const RANGE: &str = "arvio-range";
    /// "Band" / interpretation.
    pub const BAND: &str = "arvio-band";
    /// "Incomplete" with `$missing`.
    pub const INCOMPLETE: &str = "arvio-score-incomplete";
    /// "Partial: n items missing" with `$missing`.
    pub const PARTIAL: &str = "arvio-score-partial";
    /// "Does not apply": none of a score's questions applies (no value, nothing missing).
    pub const SCORE_NOT_APPLICABLE: &str = "arvio-score-not-applicable";
    /// "Answer this if ..." lead-in.
    pub const ANSWER_IF: &str = "arvio-answer-if";
    /// "Row" with `$number`.
    pub const ROW: &str = "arvio-row";
    /// "Form version" with `$version`.
    pub const VERSION: &str = "arvio-form-version";
    /// "Summary".
    pub const SUMMARY: &str = "arvio-summary";
    /// "Select one".
    pub const SELECT_ONE: &str = "arvio-select-one";
    /// "Select all that apply".
    pub const SELECT_MANY: &str = "arvio-select-many";
    /// "Errors" heading with `$count`.
    pub const ERRORS: &str = "arvio-errors";
    /// "The response is valid."
    pub const VALID: &str = "arvio-valid";

    // Words the renderers print beyond the form's own texts: page furniture, summary
    // headings, and the words of "answer this if …" notes.

    /// "Page 2 of 3", with `$page` and `$pages`.
    pub const PAGE_OF: &str = "arvio-page-of";
    /// "Created on 23 November 2026", with `$date` (already formatted).
    pub const GENERATED_ON: &str = "arvio-generated-on";
    /// The name of Finnish, in the reader's language.
    pub const LANGUAGE_NAME_FI: &str = "arvio-language-name-fi";
    /// The name of Swedish, in the reader's language.
    pub const LANGUAGE_NAME_SV: &str = "arvio-language-name-sv";
    /// The name of English, in the reader's language.
    pub const LANGUAGE_NAME_EN: &str = "arvio-language-name-en";
    /// "The interpretation is guidance, not a decision": shown with score bands.
    pub const BAND_DISCLAIMER: &str = "arvio-band-disclaimer";
    /// "Confidential (JulkL 621/1999 24 § 1 mom. 25 k.)": the confidentiality mark of a
    /// summary, with its legal basis (Act on the Openness of Government Activities 621/1999,
    /// section 24(1)(25): social welfare client documents).
    pub const CONFIDENTIAL: &str = "arvio-confidential";
    /// "Confidential": the mark alone, where a line has no room for the legal basis (a PDF
    /// page's footer; the basis stands at the top of the summary).
    pub const CONFIDENTIAL_SHORT: &str = "arvio-confidential-short";
    /// "and": joins the parts of a condition that must all hold.
    pub const COND_AND: &str = "arvio-cond-and";
    /// "or": joins alternatives in a condition.
    pub const COND_OR: &str = "arvio-cond-or";
    /// "on some row": between a repeating group's name and the condition one of its rows
    /// meets (`“Carers”, on some row: “Able?”: No`).
    pub const COND_ANY_ROW: &str = "arvio-cond-any-row";
    /// "not": before a negated condition in parentheses.
    pub const COND_NOT: &str = "arvio-cond-not";
    /// "other than": `“Partner?”: other than Yes`.
    pub const COND_OTHER_THAN: &str = "arvio-cond-other-than";
    /// "is answered": after a quoted question label.
    pub const COND_ANSWERED: &str = "arvio-cond-answered";
    /// "is not answered": after a quoted question label.
    pub const COND_NOT_ANSWERED: &str = "arvio-cond-not-answered";
    /// "Required if": before a condition, on a conditionally required question.
    pub const REQUIRED_IF: &str = "arvio-required-if";
    /// The opening quotation mark around a question label (`“` in English, `”` in Finnish and
    /// Swedish).
    pub const QUOTE_OPEN: &str = "arvio-quote-open";
    /// The closing quotation mark around a question label.
    pub const QUOTE_CLOSE: &str = "arvio-quote-close";
    /// "Assessment date": heading of the date in a summary's details.
    pub const ASSESSMENT_DATE: &str = "arvio-assessment-date";
    /// "Language": heading of the summary's language in its details.
    pub const LANGUAGE: &str = "arvio-language";
    /// "Value": column heading of the score values.
    pub const SCORE_VALUE: &str = "arvio-score-value";
    /// "Completeness": column heading saying how many of a score's items were answered.
    pub const SCORE_COMPLETENESS: &str = "arvio-score-completeness";
    /// "Deadlines": heading of the statutory deadlines table.
    pub const DEADLINES: &str = "arvio-deadlines";
    /// "Step": column heading of the deadlines' names.
    pub const DEADLINE_STEP: &str = "arvio-deadline-step";
    /// "Due": column heading of the dates a deadline falls on.
    pub const DEADLINE_DUE: &str = "arvio-deadline-due";
    /// "Done": column heading of the dates a step was done.
    pub const DEADLINE_DONE: &str = "arvio-deadline-done";
    /// "Status": column heading of a deadline's status.
    pub const DEADLINE_STATUS: &str = "arvio-deadline-status";
    /// "No rows.": shown for a group (table question) without rows.
    pub const NO_ROWS: &str = "arvio-no-rows";
    /// The note under a PDF whose font lacked some characters, replaced by `�`.
    pub const REPLACED_CHARS_NOTE: &str = "arvio-replaced-chars-note";

    // Copies, the record of who assessed, signatures, open questions, comparison and charts.

    /// "Worker's copy": names the copy at the top of a summary.
    pub const COPY_WORKER: &str = "arvio-copy-worker";
    /// "Family's copy": names the copy at the top of a summary.
    pub const COPY_FAMILY: &str = "arvio-copy-family";
    /// "Filled in by the worker": marks worker-only questions in the worker's copy.
    pub const WORKER_ONLY: &str = "arvio-worker-only";
    /// "Private: for the worker only": marks a private answer in the worker's copy.
    pub const PRIVATE: &str = "arvio-private";
    /// "Assessment": heading of who made the assessment, when and with whom.
    pub const RECORD: &str = "arvio-record";
    /// "n optional questions were left open", with `$count` and `$sections` (section titles).
    pub const OPEN_QUESTIONS: &str = "arvio-open-questions";
    /// "Signatures": heading of the signature lines.
    pub const SIGNATURES: &str = "arvio-signatures";
    /// "Signature": under a signature line.
    pub const SIGNATURE: &str = "arvio-signature";
    /// "Name in block letters": under a signature line.
    pub const SIGNATURE_NAME: &str = "arvio-signature-name";
    /// "Date": beside a signature line.
    pub const SIGNATURE_DATE: &str = "arvio-signature-date";
    /// "Worker": whose signature line.
    pub const SIGNER_WORKER: &str = "arvio-signer-worker";
    /// "Family": whose signature line.
    pub const SIGNER_FAMILY: &str = "arvio-signer-family";
    /// "Start and review": title of a comparison of two responses.
    pub const COMPARE_TITLE: &str = "arvio-compare-title";
    /// "At start": column and chart series of the start response.
    pub const COMPARE_START: &str = "arvio-compare-start";
    /// "At review": column and chart series of the review response.
    pub const COMPARE_REVIEW: &str = "arvio-compare-review";
    /// "Change": column of review minus start.
    pub const COMPARE_CHANGE: &str = "arvio-compare-change";
    /// "Start response of $date" with `$date`: names the response compared with.
    pub const COMPARE_START_OF: &str = "arvio-compare-start-of";
    /// "The chart shows the same figures as the table": the chart's text alternative.
    pub const CHART_ALT: &str = "arvio-chart-alt";

    /// Every common message id.
    pub const ALL: &[&str] = &[
        YES,
        NO,
        NOT_ANSWERED,
        REQUIRED,
        OPTIONAL,
        SCORES,
        SCORE,
        RANGE,
        BAND,
        INCOMPLETE,
        PARTIAL,
        SCORE_NOT_APPLICABLE,
        ANSWER_IF,
        ROW,
        VERSION,
        SUMMARY,
        SELECT_ONE,
        SELECT_MANY,
        ERRORS,
        VALID,
        PAGE_OF,
        GENERATED_ON,
        LANGUAGE_NAME_FI,
        LANGUAGE_NAME_SV,
        LANGUAGE_NAME_EN,
        BAND_DISCLAIMER,
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
        COPY_WORKER,
        COPY_FAMILY,
        WORKER_ONLY,
        PRIVATE,
        RECORD,
        OPEN_QUESTIONS,
        SIGNATURES,
        SIGNATURE,
        SIGNATURE_NAME,
        SIGNATURE_DATE,
        SIGNER_WORKER,
        SIGNER_FAMILY,
        COMPARE_TITLE,
        COMPARE_START,
        COMPARE_REVIEW,
        COMPARE_CHANGE,
        COMPARE_START_OF,
        CHART_ALT,
    ];

    /// Message id of a validation error kind: `arvio-error-<code>`, with `$question` (the
    /// question's label) and the kind's own numbers (`$max`, `$min`) as arguments.
    pub fn error_message_id(kind: &crate::validate::ErrorKind) -> String {
        format!("arvio-error-{}", kind.code())
    }

    /// Every error kind code, for locale checks.
    pub const ERROR_CODES: &[&str] = &[
        "missing-required",
        "wrong-type",
        "unknown-option",
        "duplicate-option",
        "out-of-range",
        "not-integer",
        "invalid-date",
        "too-long",
        "control-character",
        "too-few-selections",
        "too-many-selections",
        "too-few-rows",
        "too-many-rows",
        "does-not-apply",
        "unknown-question",
        "wrong-form",
        "wrong-form-version",
        "unknown-form-version",
    ];
}

/// What is being rendered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum RenderKind {
    /// The form to fill in: blank, or (with [`RenderContext::filled`]) refilled with a
    /// response and its errors.
    Form,
    /// A summary of a response: answers that apply, in form order, and the score table.
    Summary,
    /// A comparison of two responses of one family (start and review): the record, and the
    /// comparison [`view::Block`]s the caller prepared; no answers.
    Compare,
}

/// A response with its validation and scores.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct Filled<'a> {
    /// The response as received (raw values, for showing back what a person typed).
    pub response: &'a Response,
    /// Its validation (errors and typed valid answers).
    pub validation: &'a Validation,
    /// Its scores.
    pub scores: &'a ScoreReport,
}

impl<'a> Filled<'a> {
    /// Bundles a response with its validation and score report.
    pub fn new(
        response: &'a Response,
        validation: &'a Validation,
        scores: &'a ScoreReport,
    ) -> Self {
        Filled {
            response,
            validation,
            scores,
        }
    }
}

/// Everything a renderer gets. `#[non_exhaustive]`: new fields can be added without breaking
/// renderers; build it with the constructors.
#[derive(Clone, Copy)]
#[non_exhaustive]
pub struct RenderContext<'a> {
    /// The form.
    pub form: &'a Form,
    /// Texts in the chosen language.
    pub texts: &'a dyn Texts,
    /// Form or summary.
    pub kind: RenderKind,
    /// The response, when there is one.
    pub filled: Option<Filled<'a>>,
    /// Whose copy a summary is: the family's copy leaves out worker-only questions and
    /// private answers.
    pub copy: CopyFor,
    /// For a form: which part is offered for filling in (a family's page shows only the
    /// family's questions).
    pub part: Part,
    /// Tables and charts that form-specific rules prepared (statutory deadlines, a start and
    /// review comparison), laid out after the scores.
    pub blocks: &'a [view::Block],
}

impl<'a> RenderContext<'a> {
    /// A blank form.
    pub fn blank(form: &'a Form, texts: &'a dyn Texts) -> Self {
        RenderContext {
            form,
            texts,
            kind: RenderKind::Form,
            filled: None,
            copy: CopyFor::Worker,
            part: Part::All,
            blocks: &[],
        }
    }
    /// The form refilled with a response and its errors.
    pub fn refill(form: &'a Form, texts: &'a dyn Texts, filled: Filled<'a>) -> Self {
        RenderContext {
            filled: Some(filled),
            ..Self::blank(form, texts)
        }
    }
    /// A summary of a response.
    pub fn summary(form: &'a Form, texts: &'a dyn Texts, filled: Filled<'a>) -> Self {
        RenderContext {
            kind: RenderKind::Summary,
            filled: Some(filled),
            ..Self::blank(form, texts)
        }
    }
    /// A comparison of a start and a review response: `filled` is the review, `blocks` the
    /// comparison prepared by the form's rules (`arvio_forms::blocks`).
    pub fn compare(
        form: &'a Form,
        texts: &'a dyn Texts,
        filled: Filled<'a>,
        blocks: &'a [view::Block],
    ) -> Self {
        RenderContext {
            kind: RenderKind::Compare,
            filled: Some(filled),
            blocks,
            ..Self::blank(form, texts)
        }
    }
    /// The same context for another copy.
    pub fn with_copy(self, copy: CopyFor) -> Self {
        RenderContext { copy, ..self }
    }
    /// The same context offering only one part of the form for filling in.
    pub fn with_part(self, part: Part) -> Self {
        RenderContext { part, ..self }
    }
    /// The same context with form-specific tables and charts.
    pub fn with_blocks(self, blocks: &'a [view::Block]) -> Self {
        RenderContext { blocks, ..self }
    }
}

/// What a renderer produces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Output {
    /// Text (plain text, HTML, JSON).
    Text(String),
    /// Binary (PDF).
    Bytes(Vec<u8>),
}

impl Output {
    /// The output as bytes.
    pub fn into_bytes(self) -> Vec<u8> {
        match self {
            Output::Text(s) => s.into_bytes(),
            Output::Bytes(b) => b,
        }
    }
}

/// Why a renderer could not render.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RenderError {
    /// The renderer does not produce this kind of output.
    #[error("renderer `{renderer}` cannot render {what}")]
    Unsupported {
        /// Renderer name.
        renderer: String,
        /// What was asked.
        what: &'static str,
    },
    /// A summary was asked without a response.
    #[error("a summary needs a response")]
    MissingResponse,
    /// A renderer-specific failure (never containing answer content).
    #[error("{renderer}: {message}")]
    Failed {
        /// Renderer name.
        renderer: String,
        /// What went wrong.
        message: String,
    },
}

/// A renderer: one output format.
pub trait Renderer {
    /// Short name used on the command line (`text`, `html`, `pdf`, `schema`).
    fn name(&self) -> &str;
    /// Renders the context.
    fn render(&self, cx: &RenderContext<'_>) -> Result<Output, RenderError>;
}

pub mod phrase;
pub mod view;
