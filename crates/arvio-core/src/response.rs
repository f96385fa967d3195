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
        Self::from_slice(text.as_bytes())
    }

    /// Parses a response from JSON bytes (UTF-8), as [`Response::from_json`].
    ///
    /// ```
    /// use arvio_core::Response;
    /// let err = Response::from_slice(br#"{"form": "x", "form_version": "1.0.0", "language": "fi"}"#)
    ///     .unwrap_err();
    /// assert_eq!(err.field.as_deref(), Some("status"));
    /// assert_eq!(err.to_string(), "line 1, column 56: field `status`: missing");
    /// ```
    pub fn from_slice(bytes: &[u8]) -> Result<Self, ResponseParseError> {
        serde_json::from_slice(bytes).map_err(|e| {
            let mut err = ResponseParseError::from_serde(&e);
            if e.classify() == serde_json::error::Category::Data {
                // serde_json names a repeated field of the response (only known names, so no
                // personal data); a parsed value would keep the last one and hide it.
                let message = e.to_string();
                let repeated = FIELDS
                    .into_iter()
                    .find(|f| message.starts_with(&format!("duplicate field `{f}`")));
                if let Some(field) = repeated {
                    err.field = Some(field.to_string());
                    err.category = "given twice";
                } else if let Ok(value) = serde_json::from_slice::<serde_json::Value>(bytes) {
                    err.diagnose(&value);
                }
            }
            err
        })
    }

    /// Reads a response from a parsed JSON value (for callers that already hold one, such as a
    /// web framework's JSON body). The error names the wrong top-level field; it has no line or
    /// column (both 0).
    pub fn from_value(value: serde_json::Value) -> Result<Self, ResponseParseError> {
        let mut err = ResponseParseError {
            line: 0,
            column: 0,
            field: None,
            category: NOT_A_RESPONSE,
        };
        err.diagnose(&value);
        serde_json::from_value(value).map_err(|_| err)
    }

    /// Serializes to pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a response always serializes")
    }
}

const NOT_A_RESPONSE: &str =
    "not a response object (expected form, form_version, language, status, answers)";

/// The top-level fields of a response, in the order they are checked.
const FIELDS: [&str; 5] = ["form", "form_version", "language", "status", "answers"];

/// A response that cannot be parsed. Carries a position, the top-level field at fault (when one
/// is) and a category: serde_json's own messages can quote the offending (personal) value.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ResponseParseError {
    /// 1-based line (0 when the response was read from a [`serde_json::Value`]).
    pub line: usize,
    /// 1-based column (0 when the response was read from a [`serde_json::Value`]).
    pub column: usize,
    /// The top-level field at fault: one of `form`, `form_version`, `language`, `status`,
    /// `answers`, or an unknown field's name when it is shaped like an id (otherwise
    /// `<key N>`, its position, as a key can carry personal data).
    pub field: Option<String>,
    /// What is wrong, in general terms.
    pub category: &'static str,
}

impl fmt::Display for ResponseParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "line {}, column {}: ", self.line, self.column)?;
        }
        if let Some(field) = &self.field {
            write!(f, "field `{field}`: ")?;
        }
        f.write_str(self.category)
    }
}

impl std::error::Error for ResponseParseError {}

impl ResponseParseError {
    fn from_serde(e: &serde_json::Error) -> Self {
        ResponseParseError {
            line: e.line(),
            column: e.column(),
            field: None,
            category: match e.classify() {
                serde_json::error::Category::Syntax => "malformed JSON",
                serde_json::error::Category::Eof => "unexpected end of JSON",
                serde_json::error::Category::Data => NOT_A_RESPONSE,
                serde_json::error::Category::Io => "read error",
            },
        }
    }

    /// Finds the first top-level field that keeps `value` from being a response.
    fn diagnose(&mut self, value: &serde_json::Value) {
        use serde_json::Value;
        let Value::Object(map) = value else {
            self.category = NOT_A_RESPONSE;
            return;
        };
        for field in FIELDS {
            let problem = match (field, map.get(field)) {
                ("answers", None) => None,
                (_, None) => Some("missing"),
                ("status", Some(Value::String(s))) if s == "draft" || s == "submitted" => None,
                ("status", Some(_)) => Some("expected \"draft\" or \"submitted\""),
                ("answers", Some(Value::Object(_))) => None,
                ("answers", Some(_)) => Some("expected an object of answers by question id"),
                (_, Some(Value::String(_))) => None,
                (_, Some(_)) => Some("expected a string"),
            };
            if let Some(problem) = problem {
                self.field = Some(field.to_string());
                self.category = problem;
                return;
            }
        }
        if let Some(key) = map.keys().find(|k| !FIELDS.contains(&k.as_str())) {
            self.field = Some(AnswerPath::unknown_key(key, map.iter()).0);
            self.category = "unknown field";
        }
    }
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
