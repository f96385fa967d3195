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
    /// Answers by question id. A key given twice, here or in any object inside an answer,
    /// is refused ([`ParseErrorKind::DuplicateKey`]): JSON parsers disagree on which value
    /// wins, so a repeated key could change a score unseen.
    #[serde(default, deserialize_with = "strict::answers")]
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
        // From a `str`, serde_json need not check the UTF-8 of every string again.
        serde_json::from_str(text).map_err(|e| parse_error(&e, text.as_bytes()))
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
    ///
    /// A key given twice in one JSON object is refused at any depth, with the path of the key
    /// ([`ParseErrorKind::DuplicateKey`]):
    ///
    /// ```
    /// use arvio_core::{Response, response::ParseErrorKind};
    /// let text = r#"{"form": "x", "form_version": "1.0.0", "language": "fi", "status": "draft",
    ///     "answers": {"network": [{"role": "friend", "role": "parent"}]}}"#;
    /// let err = Response::from_json(text).unwrap_err();
    /// assert_eq!(
    ///     err.kind,
    ///     ParseErrorKind::DuplicateKey {
    ///         path: "answers.network[0].role".into(),
    ///         key: Some("role".into()),
    ///     }
    /// );
    /// assert_eq!(
    ///     err.to_string(),
    ///     "line 2, column 53: `answers.network[0].role`: key given twice"
    /// );
    /// ```
    pub fn from_slice(bytes: &[u8]) -> Result<Self, ResponseParseError> {
        serde_json::from_slice(bytes).map_err(|e| parse_error(&e, bytes))
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
            kind: ParseErrorKind::NotAResponse,
        };
        err.diagnose(&value);
        serde_json::from_value(value).map_err(|_| err)
    }

    /// Serializes to pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a response always serializes")
    }
}

/// The error of a response that serde_json could not read from `bytes`: position and
/// category, the top-level field at fault, or the repeated key's path; never a value.
fn parse_error(e: &serde_json::Error, bytes: &[u8]) -> ResponseParseError {
    let mut err = ResponseParseError::from_serde(e);
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
            err.kind = ParseErrorKind::DuplicateKey {
                path: field.to_string(),
                key: Some(field.to_string()),
            };
        } else if let Some(kind) = strict::duplicate_from_message(&message) {
            // Only `answers` reads its keys with the duplicate check.
            err.field = Some("answers".to_string());
            err.category = "key given twice";
            err.kind = kind;
        } else if let Ok(value) = serde_json::from_slice::<serde_json::Value>(bytes) {
            err.diagnose(&value);
        }
    }
    err
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
    /// What is wrong, as data.
    pub kind: ParseErrorKind,
}

/// The kinds of [`ResponseParseError`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParseErrorKind {
    /// The text is not well-formed JSON, ends early or cannot be read.
    Json,
    /// Well-formed JSON that is not a response: a top-level field missing, unknown or of the
    /// wrong type (see [`ResponseParseError::field`] and [`ResponseParseError::category`]).
    NotAResponse,
    /// A key given twice in one JSON object: at the top level (a field of the response, whose
    /// name is also [`ResponseParseError::field`]), in `answers`, or in any object inside an
    /// answer (a group row, a nested object). The line and column are those of the repeated
    /// key's closing quote.
    DuplicateKey {
        /// The JSON path of the repeated key, as far as it is made of keys shaped like ids
        /// (`A-Z`, `a-z`, `0-9`, `_`, `-`, at most 64 characters) and array indices:
        /// `answers.network[0].role`. When a key on the way (or the repeated key itself) has
        /// another shape, the path stops before it, as such a key could carry personal data:
        /// `answers.network[0]` then names the object that holds the repeated key.
        path: String,
        /// The repeated key when it is shaped like an id (then `path` ends with it);
        /// otherwise `None`.
        key: Option<String>,
    },
}

impl fmt::Display for ResponseParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "line {}, column {}: ", self.line, self.column)?;
        }
        // A repeated field of the response is shown as its other errors are.
        if let ParseErrorKind::DuplicateKey { path, key } = &self.kind
            && key.as_deref() != Some(path.as_str())
        {
            return match (key, path.is_empty()) {
                (Some(_), _) => write!(f, "`{path}`: key given twice"),
                (None, false) => write!(f, "a key given twice in `{path}`"),
                (None, true) => f.write_str("a key given twice"),
            };
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
            kind: match e.classify() {
                serde_json::error::Category::Data => ParseErrorKind::NotAResponse,
                _ => ParseErrorKind::Json,
            },
        }
    }

    /// Finds the first top-level field that keeps `value` from being a response.
    fn diagnose(&mut self, value: &serde_json::Value) {
        use serde_json::Value;
        self.kind = ParseErrorKind::NotAResponse;
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
///
/// Deserializing one refuses a key given twice in any object inside it (serde_json's own
/// `Value` keeps the last one): the error's message names the key's path as far as it is made
/// of id-shaped keys and indices, never a value.
#[derive(Clone, PartialEq, Serialize)]
#[serde(transparent)]
pub struct AnswerValue(pub serde_json::Value);

impl<'de> Deserialize<'de> for AnswerValue {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::DeserializeSeed;
        strict::ValueSeed(None).deserialize(d).map(AnswerValue)
    }
}

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

/// Reading JSON objects with a check for repeated keys, at any depth, for `answers` and
/// [`AnswerValue`]. The path of each value is kept as a chain of borrowed segments on the
/// stack, so it costs nothing until a key repeats.
pub(crate) mod strict {
    use super::{AnswerValue, ParseErrorKind};
    use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
    use serde_json::{Map, Number, Value};
    use std::collections::BTreeMap;
    use std::collections::btree_map;
    use std::fmt;

    /// One step of a JSON path.
    #[derive(Clone, Copy)]
    enum Seg<'a> {
        Key(&'a str),
        Index(usize),
    }

    /// A JSON path as a chain from the innermost step outwards.
    #[derive(Clone, Copy)]
    pub(crate) struct JsonPath<'a> {
        parent: Option<&'a JsonPath<'a>>,
        seg: Seg<'a>,
    }

    const ANSWERS: JsonPath<'static> = JsonPath {
        parent: None,
        seg: Seg::Key("answers"),
    };

    /// A key that may be named in an error: short and made of `A-Z`, `a-z`, `0-9`, `_`, `-`.
    fn id_shaped(key: &str) -> bool {
        !key.is_empty()
            && key.len() <= 64
            && key
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    }

    /// The path as text as far as its keys are id-shaped, and whether that is all of it.
    fn shown(path: Option<&JsonPath<'_>>) -> (String, bool) {
        let mut segs = Vec::new();
        let mut at = path;
        while let Some(p) = at {
            segs.push(p.seg);
            at = p.parent;
        }
        let mut out = String::new();
        for seg in segs.into_iter().rev() {
            match seg {
                Seg::Key(k) if id_shaped(k) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(k);
                }
                Seg::Key(_) => return (out, false),
                Seg::Index(i) => {
                    use fmt::Write;
                    let _ = write!(out, "[{i}]");
                }
            }
        }
        (out, true)
    }

    const AT: &str = "key given twice at `";
    const IN: &str = "a key given twice in `";
    const ANY: &str = "a key given twice";

    /// The error for `key` repeated in the object at `object`. Its message is all serde_json
    /// keeps; [`duplicate_from_message`] reads it back.
    fn duplicate<E: de::Error>(object: Option<&JsonPath<'_>>, key: &str) -> E {
        let (mut path, whole) = shown(object);
        if whole && id_shaped(key) {
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(key);
            E::custom(format_args!("{AT}{path}`"))
        } else if path.is_empty() {
            E::custom(ANY)
        } else {
            E::custom(format_args!("{IN}{path}`"))
        }
    }

    /// The [`ParseErrorKind::DuplicateKey`] a message of [`duplicate`] (as serde_json shows
    /// it, with its position after it) describes.
    pub(super) fn duplicate_from_message(message: &str) -> Option<ParseErrorKind> {
        let quoted = |rest: &str| rest.split_once('`').map(|(p, _)| p.to_string());
        if let Some(rest) = message.strip_prefix(AT) {
            let path = quoted(rest)?;
            let key = path
                .rsplit(['.', ']'])
                .next()
                .unwrap_or_default()
                .to_string();
            Some(ParseErrorKind::DuplicateKey {
                path,
                key: Some(key),
            })
        } else if let Some(rest) = message.strip_prefix(IN) {
            Some(ParseErrorKind::DuplicateKey {
                path: quoted(rest)?,
                key: None,
            })
        } else if message.starts_with(ANY) {
            Some(ParseErrorKind::DuplicateKey {
                path: String::new(),
                key: None,
            })
        } else {
            None
        }
    }

    /// Reads `answers`: an object of answers by question id, no id twice, no key twice in any
    /// answer.
    pub(super) fn answers<'de, D: de::Deserializer<'de>>(
        d: D,
    ) -> Result<BTreeMap<String, AnswerValue>, D::Error> {
        struct Answers;
        impl<'de> Visitor<'de> for Answers {
            type Value = BTreeMap<String, AnswerValue>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of answers by question id")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = BTreeMap::new();
                while let Some(key) = map.next_key::<String>()? {
                    match out.entry(key) {
                        btree_map::Entry::Vacant(e) => {
                            let value = {
                                let here = JsonPath {
                                    parent: Some(&ANSWERS),
                                    seg: Seg::Key(e.key()),
                                };
                                map.next_value_seed(ValueSeed(Some(&here)))?
                            };
                            e.insert(AnswerValue(value));
                        }
                        btree_map::Entry::Occupied(e) => {
                            return Err(duplicate(Some(&ANSWERS), e.key()));
                        }
                    }
                }
                Ok(out)
            }
        }
        d.deserialize_map(Answers)
    }

    /// Reads any JSON value as serde_json's `Value` does, refusing a key given twice in an
    /// object. Holds the path of the value read (`None`: the root).
    pub(crate) struct ValueSeed<'a>(pub(crate) Option<&'a JsonPath<'a>>);

    impl<'de> DeserializeSeed<'de> for ValueSeed<'_> {
        type Value = Value;
        fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
            d.deserialize_any(self)
        }
    }

    impl<'de> Visitor<'de> for ValueSeed<'_> {
        type Value = Value;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("any JSON value")
        }
        fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
            Ok(Value::Bool(v))
        }
        fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
            Ok(Value::Number(v.into()))
        }
        fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
            Ok(Value::Number(v.into()))
        }
        fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
            Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
        }
        fn visit_str<E>(self, v: &str) -> Result<Value, E> {
            Ok(Value::String(v.to_owned()))
        }
        fn visit_string<E>(self, v: String) -> Result<Value, E> {
            Ok(Value::String(v))
        }
        fn visit_none<E>(self) -> Result<Value, E> {
            Ok(Value::Null)
        }
        fn visit_unit<E>(self) -> Result<Value, E> {
            Ok(Value::Null)
        }
        fn visit_some<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
            d.deserialize_any(self)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
            let mut out = Vec::new();
            loop {
                let here = JsonPath {
                    parent: self.0,
                    seg: Seg::Index(out.len()),
                };
                match seq.next_element_seed(ValueSeed(Some(&here)))? {
                    Some(v) => out.push(v),
                    None => return Ok(Value::Array(out)),
                }
            }
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
            let mut out = Map::new();
            while let Some(key) = map.next_key::<String>()? {
                match out.entry(key) {
                    serde_json::map::Entry::Vacant(e) => {
                        let value = {
                            let here = JsonPath {
                                parent: self.0,
                                seg: Seg::Key(e.key()),
                            };
                            map.next_value_seed(ValueSeed(Some(&here)))?
                        };
                        e.insert(value);
                    }
                    serde_json::map::Entry::Occupied(e) => {
                        return Err(duplicate(self.0, e.key()));
                    }
                }
            }
            Ok(Value::Object(out))
        }
    }
}
