//! [`FhirError`]: why a response cannot be exported, or a QuestionnaireResponse imported.
//!
//! Every error names a place (an answer path such as `network[2].role`, or a JSON pointer
//! into the QuestionnaireResponse with the item's link id) and never an answer's content:
//! answers are special-category personal data. A key or link id that is not shaped like an id
//! could itself carry personal data, so it is named by its position instead.

use arvio_core::AnswerPath;
use std::fmt;

/// Why a response cannot be exported as a QuestionnaireResponse, or a QuestionnaireResponse
/// cannot be imported as a response.
///
/// `Display` and `Debug` carry places and expectations only, never an answer value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum FhirError {
    /// Export: the response is for another form.
    #[error("the response is for another form than `{expected}`")]
    WrongForm {
        /// The id of the form exported against.
        expected: String,
    },
    /// Export: the response is for another version of the form.
    #[error("the response is for another version of the form than {expected}")]
    WrongFormVersion {
        /// The version of the form exported against.
        expected: String,
    },
    /// Export: the response's language tag is not a FHIR `code` (empty, or with blanks).
    #[error("the response's language is not a language tag")]
    InvalidLanguage,
    /// Export: an answer keyed by an id the form does not have, or an answer to an
    /// information block (which takes none).
    #[error("{path}: not a question of the form")]
    UnknownQuestion {
        /// Where the answer is (an unlikely-looking key is named by position: `<key 3>`).
        path: AnswerPath,
    },
    /// Export: the answer's JSON does not fit the FHIR type of its item (a yes/no answered
    /// with a string, a whole number beyond FHIR's 32-bit `integer`, a date that is not a FHIR
    /// date, a code with blanks).
    #[error("{path}: the answer is not {expected}")]
    DoesNotFit {
        /// Where the answer is.
        path: AnswerPath,
        /// What the item takes, e.g. `"true or false"`.
        expected: &'static str,
    },
    /// Import: the text is not JSON. Carries only the position and a category (serde_json's
    /// own messages can quote the offending value).
    #[error("line {line}, column {column}: {category}")]
    Json {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong, in general terms.
        category: &'static str,
    },
    /// Import: the QuestionnaireResponse is malformed or does not fit the form.
    #[error("{at}{}: {problem}", LinkIdSuffix(.link_id.as_deref()))]
    Invalid {
        /// JSON pointer to the offending element, e.g. `/item/1/item/0/answer/0`.
        at: String,
        /// The link id of the item concerned, when there is one (a link id not shaped like
        /// an id is replaced by `<redacted>`).
        link_id: Option<String>,
        /// What is wrong.
        problem: ImportProblem,
    },
}

impl FhirError {
    /// Whether the input is malformed (not JSON, or not a QuestionnaireResponse of the right
    /// shape) rather than a well-formed QuestionnaireResponse that does not fit the form. The
    /// command line exits 2 on the first and 1 on the second.
    pub fn is_malformed(&self) -> bool {
        matches!(
            self,
            FhirError::Json { .. }
                | FhirError::Invalid {
                    problem: ImportProblem::NotQuestionnaireResponse
                        | ImportProblem::Malformed { .. },
                    ..
                }
        )
    }

    /// An import error at `at`, about the item with `link_id`.
    pub(crate) fn invalid(
        at: impl fmt::Display,
        link_id: Option<&str>,
        problem: ImportProblem,
    ) -> Self {
        let at = at.to_string();
        FhirError::Invalid {
            at: if at.is_empty() { "/".into() } else { at },
            link_id: link_id.map(redact_link_id),
            problem,
        }
    }

    /// The error of JSON text that cannot be parsed: its position and category, never the text.
    pub(crate) fn from_serde(e: &serde_json::Error) -> Self {
        FhirError::Json {
            line: e.line(),
            column: e.column(),
            category: match e.classify() {
                serde_json::error::Category::Syntax => "malformed JSON",
                serde_json::error::Category::Eof => "unexpected end of JSON",
                serde_json::error::Category::Data if e.to_string().contains("key given twice") => {
                    crate::response::DUPLICATE_KEY
                }
                serde_json::error::Category::Data => "unexpected JSON data",
                serde_json::error::Category::Io => "read error",
            },
        }
    }
}

/// What is wrong with an imported QuestionnaireResponse (see [`FhirError::Invalid`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ImportProblem {
    /// `resourceType` is not `QuestionnaireResponse`.
    #[error("not a FHIR QuestionnaireResponse")]
    NotQuestionnaireResponse,
    /// A required element is missing or has the wrong JSON type.
    #[error("expected {expected}")]
    Malformed {
        /// What was expected there, e.g. `"an array of items"`.
        expected: &'static str,
    },
    /// `questionnaire` does not name this form and version.
    #[error("the response is not to Questionnaire {expected}")]
    WrongQuestionnaire {
        /// The form's id and version, `ID|VERSION`.
        expected: String,
    },
    /// `status` is neither `in-progress` (a draft) nor `completed` (submitted).
    #[error("status must be in-progress or completed")]
    UnsupportedStatus,
    /// The QuestionnaireResponse has no `language` (optional in FHIR, but every arvio
    /// response records the language it was filled in).
    #[error("the response has no language; arvio needs it")]
    MissingLanguage,
    /// No item of the form has this link id.
    #[error("unknown linkId")]
    UnknownLinkId,
    /// The link id is the form's, but the item is in the wrong place (a question outside its
    /// section or group, a section inside a section).
    #[error("the item is not where the form has it")]
    Misplaced,
    /// The same question is answered by more than one item.
    #[error("the question is answered more than once")]
    Duplicate,
    /// A question that takes one answer has several.
    #[error("expected exactly one answer")]
    AnswerCount,
    /// The answer has another type than the item takes.
    #[error("the answer should be {expected}")]
    WrongValue {
        /// What the item takes, e.g. `"valueBoolean"`.
        expected: &'static str,
    },
    /// A coding's `system` is not the form's code system.
    #[error("the coding's system is not the form's code system")]
    WrongSystem,
    /// A scale answer's code is neither a whole number nor `na`.
    #[error("the code is not a scale point or \"na\"")]
    InvalidCode,
    /// An element arvio does not map (a modifier extension, items nested in answers, ...).
    #[error("{what} is not supported")]
    Unsupported {
        /// What was found.
        what: &'static str,
    },
}

/// Whether a link id or key looks like an id (so it may be named in an error): ASCII
/// lowercase letters, digits, `_`, `-` and `.`, at most 128 characters.
pub(crate) fn plausible_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 128
        && s.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-' || b == b'.'
        })
}

fn redact_link_id(s: &str) -> String {
    if plausible_id(s) {
        s.to_string()
    } else {
        "<redacted>".to_string()
    }
}

struct LinkIdSuffix<'a>(Option<&'a str>);

impl fmt::Display for LinkIdSuffix<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(id) => write!(f, " (linkId `{id}`)"),
            None => Ok(()),
        }
    }
}
