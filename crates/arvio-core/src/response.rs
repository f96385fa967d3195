//! Responses: the JSON contract other systems and tests rely on.
//!
//! ```json
//! {"form": "family-self-assessment", "form_version": "1.0.0", "language": "fi",
//!  "status": "submitted", "answers": {"routines_morning": 4}}
//! ```
//!
//! Answer values are kept as the JSON the caller sent ([`AnswerValue`]) and interpreted against
//! the form by [`crate::validate()`]. Their `Debug` output is redacted: answers are
//! special-category personal data and must not reach logs.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// A filled-in (or partly filled-in) form.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Response {
    /// Id of the form answered.
    pub form: String,
    /// Version of the form answered.
    pub form_version: String,
    /// Language tag the response was filled in (`fi`, `sv`, `en`, ...).
    pub language: String,
    /// Draft or submitted.
    pub status: Status,
    /// Answers by question id.
    #[serde(default)]
    pub answers: BTreeMap<String, AnswerValue>,
}

impl fmt::Debug for Response {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Response")
            .field("form", &self.form)
            .field("form_version", &self.form_version)
            .field("language", &self.language)
            .field("status", &self.status)
            .field("answers", &format_args!("<{} answers>", self.answers.len()))
            .finish()
    }
}

impl Response {
    /// An empty draft of a form.
    pub fn new(form: &crate::Form, language: &str) -> Self {
        Response {
            form: form.id.clone(),
            form_version: form.version.to_string(),
            language: language.to_string(),
            status: Status::Draft,
            answers: BTreeMap::new(),
        }
    }

    /// Parses a response from JSON text. The error says where the JSON is malformed or which
    /// top-level field is wrong, never what the answers contain.
    pub fn from_json(text: &str) -> Result<Self, ResponseParseError> {
        serde_json::from_str(text).map_err(|e| ResponseParseError {
            line: e.line(),
            column: e.column(),
            category: match e.classify() {
                serde_json::error::Category::Syntax => "malformed JSON",
                serde_json::error::Category::Eof => "unexpected end of JSON",
                serde_json::error::Category::Data => {
                    "not a response object (expected form, form_version, language, status, answers)"
                }
                serde_json::error::Category::Io => "read error",
            },
        })
    }

    /// Serializes to pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a response always serializes")
    }
}

/// A response that cannot be parsed. Carries only a position and a category: serde_json's own
/// messages can quote the offending (personal) value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}, column {column}: {category}")]
pub struct ResponseParseError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What is wrong, in general terms.
    pub category: &'static str,
}

/// Whether a response is a draft or submitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// May lack required answers; every answer it has must still be valid.
    Draft,
    /// Must be complete.
    Submitted,
}

/// One answer as JSON, with a redacted `Debug`.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AnswerValue(pub serde_json::Value);

impl fmt::Debug for AnswerValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AnswerValue(<redacted>)")
    }
}

impl From<serde_json::Value> for AnswerValue {
    fn from(v: serde_json::Value) -> Self {
        AnswerValue(v)
    }
}

/// A path to an answer: `network[2].role`.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AnswerPath(pub String);

impl AnswerPath {
    /// Path of a top-level question.
    pub fn question(id: &str) -> Self {
        AnswerPath(id.to_string())
    }
    /// Path of a sub-question in a group row.
    pub fn row(group: &str, row: usize, sub: &str) -> Self {
        AnswerPath(format!("{group}[{row}].{sub}"))
    }
    /// Path of a group row itself.
    pub fn row_only(group: &str, row: usize) -> Self {
        AnswerPath(format!("{group}[{row}]"))
    }
    /// The path of an answer keyed by an id the form does not have. A key shaped like an id
    /// (`a-z`, `0-9`, `_`, at most 64 characters) is kept; any other key could carry personal
    /// data, so it is named by its position among the keys instead: `<key 3>`.
    pub fn unknown_key<'a, V: 'a>(
        key: &str,
        keys: impl IntoIterator<Item = (&'a String, V)>,
    ) -> Self {
        let plausible = key.len() <= 64
            && key.starts_with(|c: char| c.is_ascii_lowercase())
            && key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if plausible {
            AnswerPath(key.to_string())
        } else {
            let pos = keys.into_iter().position(|(k, _)| k == key).unwrap_or(0);
            AnswerPath(format!("<key {pos}>"))
        }
    }
    /// The path as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// The top-level question id the path starts with.
    pub fn question_id(&self) -> &str {
        self.0.split(['[', '.']).next().unwrap_or("")
    }
}

impl fmt::Display for AnswerPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for AnswerPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.0)
    }
}
