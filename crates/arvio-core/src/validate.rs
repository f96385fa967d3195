//! Validation of responses against a form.
//!
//! [`validate`] never stops at the first problem: it returns every error at once, each typed and
//! with the path of the answer (`network[2].role`), and the answers that were valid, typed
//! ([`Answers`]). No answer is dropped silently: an answer that is not used is an error
//! (unknown question, or a question that does not apply).
//!
//! Conditions are evaluated with three-valued logic: a condition that depends on an invalid
//! answer is *unknown*, and an unknown condition neither requires nor forbids an answer. One
//! wrong answer therefore gives one error, not a cascade.

use crate::model::{
    Condition, DateBound, Form, Literal, Part, Question, QuestionKind, Required, Test,
};
use crate::response::{AnswerPath, Response, Status};
use chrono::NaiveDate;
use rustc_hash::{FxHashMap, FxHashSet};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// A typed, valid answer.
#[derive(Clone, PartialEq)]
pub enum Answer {
    /// Single choice: the option code.
    Choice(String),
    /// Multiple choice: option codes in the order given.
    Choices(Vec<String>),
    /// A scale point.
    Scale(i64),
    /// A scale answered "not applicable / can't say".
    NotApplicable,
    /// A number.
    Number(f64),
    /// Yes (`true`) or no (`false`).
    Bool(bool),
    /// Text.
    Text(String),
    /// A date.
    Date(NaiveDate),
    /// Rows of a repeating group.
    Group(Vec<Row>),
}

/// One row of a repeating group: sub-question id to answer.
pub type Row = BTreeMap<String, Answer>;

impl fmt::Debug for Answer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Never print values: answers are personal data.
        let kind = match self {
            Answer::Choice(_) => "Choice",
            Answer::Choices(_) => "Choices",
            Answer::Scale(_) => "Scale",
            Answer::NotApplicable => "NotApplicable",
            Answer::Number(_) => "Number",
            Answer::Bool(_) => "Bool",
            Answer::Text(_) => "Text",
            Answer::Date(_) => "Date",
            Answer::Group(rows) => return write!(f, "Group(<{} rows>)", rows.len()),
        };
        write!(f, "{kind}(<redacted>)")
    }
}

impl Answer {
    /// The answer as a number, for scales and numbers.
    pub fn as_number(&self) -> Option<f64> {
        match self {
            Answer::Scale(v) => Some(*v as f64),
            Answer::Number(v) => Some(*v),
            _ => None,
        }
    }

    /// Converts back to the response's JSON form.
    pub fn to_json(&self) -> Value {
        match self {
            Answer::Choice(c) => Value::String(c.clone()),
            Answer::Choices(cs) => Value::Array(cs.iter().cloned().map(Value::String).collect()),
            Answer::Scale(v) => Value::from(*v),
            Answer::NotApplicable => Value::String("na".into()),
            Answer::Number(v) => serde_json::Number::from_f64(*v)
                .map(Value::Number)
                .unwrap_or(Value::Null),
            Answer::Bool(b) => Value::Bool(*b),
            Answer::Text(t) => Value::String(t.clone()),
            Answer::Date(d) => Value::String(d.format("%Y-%m-%d").to_string()),
            Answer::Group(rows) => Value::Array(
                rows.iter()
                    .map(|r| {
                        Value::Object(r.iter().map(|(k, v)| (k.clone(), v.to_json())).collect())
                    })
                    .collect(),
            ),
        }
    }
}

/// Serialized as the response's JSON for the answer (an option code, a list of codes, a
/// number, `"na"`, a date as `YYYY-MM-DD`, rows as objects), the same as [`Answer::to_json`].
/// Answers are special-category personal data: serialize them only to where they belong.
impl serde::Serialize for Answer {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.to_json().serialize(s)
    }
}

/// The valid answers of a response, typed, and the ids whose answers were invalid.
///
/// Serialized as `{"values": {id: answer, ...}, "invalid": [id, ...]}`, both sorted by id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Answers {
    pub(crate) values: FxHashMap<String, Answer>,
    pub(crate) invalid: FxHashSet<String>,
}

impl serde::Serialize for Answers {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(serde::Serialize)]
        struct Sorted<'a> {
            values: BTreeMap<&'a str, &'a Answer>,
            invalid: BTreeSet<&'a str>,
        }
        Sorted {
            values: self.values.iter().map(|(k, v)| (k.as_str(), v)).collect(),
            invalid: self.invalid.iter().map(String::as_str).collect(),
        }
        .serialize(s)
    }
}

impl Answers {
    /// The valid answer to a top-level question.
    pub fn get(&self, id: &str) -> Option<&Answer> {
        self.values.get(id)
    }
    /// Whether the question had an answer that was invalid.
    pub fn is_invalid(&self, id: &str) -> bool {
        self.invalid.contains(id)
    }
    /// Iterates over valid answers by question id (in no particular order).
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Answer)> {
        self.values.iter().map(|(k, v)| (k.as_str(), v))
    }
    /// Number of valid answers.
    pub fn len(&self) -> usize {
        self.values.len()
    }
    /// Whether there are no valid answers.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

/// The kinds of validation error.
///
/// Serialized as its [`code`](ErrorKind::code) under `kind`, with the kind's parameters beside
/// it: `{"kind": "too-long", "max": 2000}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum ErrorKind {
    /// A required question that applies has no answer (submitted responses only).
    MissingRequired,
    /// The JSON type does not fit the question kind.
    WrongType {
        /// What the question takes, e.g. `"an option code"`.
        expected: &'static str,
    },
    /// A code that is not one of the question's options.
    UnknownOption,
    /// The same option selected twice.
    DuplicateOption,
    /// A number, scale point or date outside the allowed range.
    OutOfRange,
    /// A decimal where only whole numbers are accepted.
    NotInteger,
    /// Not a valid `YYYY-MM-DD` date.
    InvalidDate,
    /// Text longer than allowed.
    TooLong {
        /// Maximum length in characters.
        max: u32,
    },
    /// Text holding a character that answers may not hold (a control character, a bidi
    /// control, a line or paragraph separator: see [`crate::chars`]). Names the first such
    /// character by its code point and its position, never the text.
    ControlCharacter {
        /// The character's Unicode code point, e.g. `0x1B` for ESC.
        code_point: u32,
        /// Its position in the text, in characters from 0.
        at: usize,
    },
    /// Fewer selections than allowed.
    TooFewSelections {
        /// Minimum.
        min: u32,
    },
    /// More selections than allowed.
    TooManySelections {
        /// Maximum.
        max: u32,
    },
    /// Fewer group rows than required (submitted responses only).
    TooFewRows {
        /// Minimum.
        min: u32,
    },
    /// More group rows than allowed.
    TooManyRows {
        /// Maximum.
        max: u32,
    },
    /// An answer to a question that does not apply given the earlier answers.
    DoesNotApply,
    /// An answer keyed by an id the form does not have (or an information block).
    UnknownQuestion,
    /// The response is for another form.
    WrongForm {
        /// The id of the form validated against.
        expected: String,
    },
    /// The response is for another version of the form.
    WrongFormVersion {
        /// The version of the form validated against.
        expected: String,
    },
    /// The response names a version of the form that is not known (neither built in nor found
    /// beside the form file).
    UnknownFormVersion {
        /// The known versions, newest first.
        known: Vec<String>,
    },
}

impl ErrorKind {
    /// A stable code for the kind, e.g. `missing-required`; also the suffix of its Fluent
    /// message id (`arvio-error-missing-required`).
    pub fn code(&self) -> &'static str {
        match self {
            ErrorKind::MissingRequired => "missing-required",
            ErrorKind::WrongType { .. } => "wrong-type",
            ErrorKind::UnknownOption => "unknown-option",
            ErrorKind::DuplicateOption => "duplicate-option",
            ErrorKind::OutOfRange => "out-of-range",
            ErrorKind::NotInteger => "not-integer",
            ErrorKind::InvalidDate => "invalid-date",
            ErrorKind::TooLong { .. } => "too-long",
            ErrorKind::ControlCharacter { .. } => "control-character",
            ErrorKind::TooFewSelections { .. } => "too-few-selections",
            ErrorKind::TooManySelections { .. } => "too-many-selections",
            ErrorKind::TooFewRows { .. } => "too-few-rows",
            ErrorKind::TooManyRows { .. } => "too-many-rows",
            ErrorKind::DoesNotApply => "does-not-apply",
            ErrorKind::UnknownQuestion => "unknown-question",
            ErrorKind::WrongForm { .. } => "wrong-form",
            ErrorKind::WrongFormVersion { .. } => "wrong-form-version",
            ErrorKind::UnknownFormVersion { .. } => "unknown-form-version",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::MissingRequired => write!(f, "required answer missing"),
            ErrorKind::WrongType { expected } => write!(f, "wrong type: expected {expected}"),
            ErrorKind::UnknownOption => write!(f, "not one of the options"),
            ErrorKind::DuplicateOption => write!(f, "an option selected twice"),
            ErrorKind::OutOfRange => write!(f, "out of range"),
            ErrorKind::NotInteger => write!(f, "not a whole number"),
            ErrorKind::InvalidDate => write!(f, "not a valid YYYY-MM-DD date"),
            ErrorKind::TooLong { max } => write!(f, "longer than {max} characters"),
            ErrorKind::ControlCharacter { code_point, at } => write!(
                f,
                "holds a character that answers may not hold (U+{code_point:04X}, character {at})"
            ),
            ErrorKind::TooFewSelections { min } => write!(f, "fewer than {min} selections"),
            ErrorKind::TooManySelections { max } => write!(f, "more than {max} selections"),
            ErrorKind::TooFewRows { min } => write!(f, "fewer than {min} rows"),
            ErrorKind::TooManyRows { max } => write!(f, "more than {max} rows"),
            ErrorKind::DoesNotApply => write!(f, "answered, but the question does not apply"),
            ErrorKind::UnknownQuestion => write!(f, "no such question in the form"),
            ErrorKind::WrongForm { expected } => write!(f, "response is not for form {expected}"),
            ErrorKind::WrongFormVersion { expected } => {
                write!(f, "response is not for form version {expected}")
            }
            ErrorKind::UnknownFormVersion { known } => {
                write!(f, "unknown form version (known: {})", known.join(", "))
            }
        }
    }
}

/// One validation error: where and what. Its `Display` names the path and the kind, never the
/// answer's content; so does its serialized form, `{"path": "network[2].role", "question":
/// "network", "kind": "too-long", "max": 2000}` (`question` is `null` when the error is about
/// the whole response, such as `wrong-form`, or about an answer keyed by an unknown id that is
/// named by position).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, thiserror::Error)]
#[error("{path}: {kind}")]
pub struct ValidationError {
    /// The answer's path (`network[2].role`); `form` or `form_version` for form mismatches.
    pub path: AnswerPath,
    /// What is wrong.
    pub kind: ErrorKind,
}

impl serde::Serialize for ValidationError {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(serde::Serialize)]
        struct Flat<'a> {
            path: &'a AnswerPath,
            question: Option<&'a str>,
            #[serde(flatten)]
            kind: &'a ErrorKind,
        }
        let about_question = !matches!(
            self.kind,
            ErrorKind::WrongForm { .. }
                | ErrorKind::WrongFormVersion { .. }
                | ErrorKind::UnknownFormVersion { .. }
        ) && !self.path.as_str().starts_with('<');
        Flat {
            path: &self.path,
            question: about_question.then(|| self.path.question_id()),
            kind: &self.kind,
        }
        .serialize(s)
    }
}

/// The outcome of [`validate`]. Serialized as `{"valid": bool, "errors": [...], "answers":
/// {...}}` (see [`ValidationError`] and [`Answers`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Validation {
    /// Every error, in form order.
    pub errors: Vec<ValidationError>,
    /// The valid answers, typed.
    pub answers: Answers,
}

impl serde::Serialize for Validation {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(serde::Serialize)]
        struct Out<'a> {
            valid: bool,
            errors: &'a [ValidationError],
            answers: &'a Answers,
        }
        Out {
            valid: self.is_valid(),
            errors: &self.errors,
            answers: &self.answers,
        }
        .serialize(s)
    }
}

impl Validation {
    /// Whether the response has no errors.
    pub fn is_valid(&self) -> bool {
        self.errors.is_empty()
    }
}

/// Validates a response against a form. `today` is the date used for "not in the future"
/// bounds (the core reads no clock). The whole form must be complete: see [`validate_part`]
/// for a response filled in turns.
pub fn validate(form: &Form, response: &Response, today: NaiveDate) -> Validation {
    validate_part(form, response, today, Part::All)
}

/// Validates one part of a response: a [`Part::Family`] response is complete when every
/// required family (and child) question that applies is answered, a [`Part::Worker`] one
/// likewise for the worker's questions. Answers to another part's questions are still
/// type-checked (and kept), never dropped; only "required" is judged by part.
///
/// ```
/// use arvio_core::{Response, model::Part, validate_part};
/// let form = arvio_forms::builtin("caregiver-support").unwrap();
/// let today = arvio_core::chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
/// let mut response = Response::from_json(
///     include_str!("../../../examples/responses/caregiver-support-fi.json")).unwrap();
/// // The family sends its part: the worker's answers are not there yet.
/// response.answers.retain(|id, _| form.question(id).is_some_and(|q| q.audience.part() == Part::Family));
/// assert!(validate_part(&form, &response, today, Part::Family).is_valid());
/// assert!(!validate_part(&form, &response, today, Part::All).is_valid());
/// ```
pub fn validate_part(form: &Form, response: &Response, today: NaiveDate, part: Part) -> Validation {
    let mut v = Validator {
        today,
        submitted: response.status == Status::Submitted,
        part,
        errors: Vec::new(),
    };
    let mut answers = Answers::default();
    if response.form != form.id {
        v.errors.push(ValidationError {
            path: AnswerPath::question("form"),
            kind: ErrorKind::WrongForm {
                expected: form.id.clone(),
            },
        });
        return Validation {
            errors: v.errors,
            answers,
        };
    }
    if response.form_version != form.version.to_string() {
        v.errors.push(ValidationError {
            path: AnswerPath::question("form_version"),
            kind: ErrorKind::WrongFormVersion {
                expected: form.version.to_string(),
            },
        });
    }
    // The response's answers by id, hashed once: a lookup per question then costs the same
    // whatever the size of the form (a `BTreeMap` lookup grows with its logarithm).
    let raw_answers: FxHashMap<&str, &Value> = response
        .answers
        .iter()
        .map(|(k, v)| (k.as_str(), &v.0))
        .collect();
    // Ids that take an answer, to find answers keyed by unknown ids in one pass.
    let top_level: usize = form.sections.iter().map(|s| s.questions.len()).sum();
    let mut answerable: FxHashSet<&str> =
        FxHashSet::with_capacity_and_hasher(top_level, Default::default());
    for section in &form.sections {
        let section_applies = match &section.applies_if {
            None => Some(true),
            Some(c) => eval(c, &answers, None),
        };
        for q in &section.questions {
            if q.takes_answer() {
                answerable.insert(&q.id);
            }
            let raw = raw_answers.get(q.id.as_str()).copied();
            let applies = and3(
                section_applies,
                q.applies_if
                    .as_ref()
                    .map_or(Some(true), |c| eval(c, &answers, None)),
            );
            let required = required3(&q.required, &answers);
            let path = || AnswerPath::question(&q.id);
            match v.check(q, raw, applies, required, &path, &answers, None) {
                Checked::Valid(a) => {
                    answers.values.insert(q.id.clone(), a);
                }
                Checked::Invalid => {
                    answers.invalid.insert(q.id.clone());
                }
                Checked::Absent => {}
            }
        }
    }
    for key in response.answers.keys() {
        if !answerable.contains(key.as_str()) {
            v.errors.push(ValidationError {
                path: AnswerPath::unknown_key(key, &response.answers),
                kind: ErrorKind::UnknownQuestion,
            });
        }
    }
    Validation {
        errors: v.errors,
        answers,
    }
}

enum Checked {
    Valid(Answer),
    Invalid,
    Absent,
}

struct Validator {
    today: NaiveDate,
    submitted: bool,
    /// Which questions "required" is judged for.
    part: Part,
    errors: Vec<ValidationError>,
}

fn is_blank(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => true,
        Some(Value::String(s)) => s.trim().is_empty(),
        Some(Value::Array(a)) => a.is_empty(),
        _ => false,
    }
}

impl Validator {
    fn err(&mut self, path: AnswerPath, kind: ErrorKind) -> Checked {
        self.errors.push(ValidationError { path, kind });
        Checked::Invalid
    }

    #[allow(clippy::too_many_arguments)]
    fn check(
        &mut self,
        q: &Question,
        raw: Option<&Value>,
        applies: Option<bool>,
        required: Option<bool>,
        path: &dyn Fn() -> AnswerPath,
        top: &Answers,
        row_ctx: Option<&Row>,
    ) -> Checked {
        if !q.takes_answer() {
            // Information blocks: an answer to one is reported as an unknown question by the
            // caller (top level) or here (in a row).
            if row_ctx.is_some() && raw.is_some() {
                return self.err(path(), ErrorKind::UnknownQuestion);
            }
            return Checked::Absent;
        }
        if is_blank(raw) {
            if self.submitted
                && applies == Some(true)
                && required == Some(true)
                && self.part.covers(q.audience)
            {
                self.err(path(), ErrorKind::MissingRequired);
            }
            return Checked::Absent;
        }
        let raw = raw.expect("not blank");
        if applies == Some(false) {
            return self.err(path(), ErrorKind::DoesNotApply);
        }
        match self.interpret(q, raw, top) {
            Ok(a) => Checked::Valid(a),
            Err(Some(kind)) => self.err(path(), kind),
            Err(None) => Checked::Invalid,
        }
    }

    /// Interprets a non-blank JSON value. `Err(Some(kind))` is the value's one error;
    /// `Err(None)` means a group whose row errors are recorded already.
    fn interpret(
        &mut self,
        q: &Question,
        raw: &Value,
        top: &Answers,
    ) -> Result<Answer, Option<ErrorKind>> {
        self.interpret_value(q, raw, top)
            .map_err(Some)
            .and_then(|a| match a {
                Some(a) => Ok(a),
                None => Err(None),
            })
    }

    /// As [`Self::interpret`], with `Ok(None)` for a group whose rows had errors.
    fn interpret_value(
        &mut self,
        q: &Question,
        raw: &Value,
        top: &Answers,
    ) -> Result<Option<Answer>, ErrorKind> {
        let answer = match &q.kind {
            QuestionKind::SingleChoice { options } => {
                let code = raw.as_str().ok_or(ErrorKind::WrongType {
                    expected: "an option code",
                })?;
                if options.iter().any(|o| o.code == code) {
                    Ok(Answer::Choice(code.to_string()))
                } else {
                    Err(ErrorKind::UnknownOption)
                }
            }
            QuestionKind::MultipleChoice { options, min, max } => {
                let arr = raw.as_array().ok_or(ErrorKind::WrongType {
                    expected: "a list of option codes",
                })?;
                let mut codes: Vec<String> = Vec::with_capacity(arr.len());
                for item in arr {
                    let c = item.as_str().ok_or(ErrorKind::WrongType {
                        expected: "a list of option codes",
                    })?;
                    codes.push(c.to_string());
                }
                if codes.iter().any(|c| !options.iter().any(|o| &o.code == c)) {
                    return Err(ErrorKind::UnknownOption);
                }
                let distinct: BTreeSet<&String> = codes.iter().collect();
                if distinct.len() != codes.len() {
                    return Err(ErrorKind::DuplicateOption);
                }
                if let Some(min) = min
                    && (codes.len() as u32) < *min
                {
                    return Err(ErrorKind::TooFewSelections { min: *min });
                }
                if let Some(max) = max
                    && codes.len() as u32 > *max
                {
                    return Err(ErrorKind::TooManySelections { max: *max });
                }
                Ok(Answer::Choices(codes))
            }
            QuestionKind::Scale {
                min,
                max,
                not_applicable,
                ..
            } => {
                if raw.as_str() == Some("na") && not_applicable.is_some() {
                    return Ok(Some(Answer::NotApplicable));
                }
                let n = raw.as_f64().ok_or(ErrorKind::WrongType {
                    expected: if not_applicable.is_some() {
                        "a whole number or \"na\""
                    } else {
                        "a whole number"
                    },
                })?;
                if n.fract() != 0.0 {
                    return Err(ErrorKind::NotInteger);
                }
                if n < *min as f64 || n > *max as f64 {
                    return Err(ErrorKind::OutOfRange);
                }
                Ok(Answer::Scale(n as i64))
            }
            QuestionKind::YesNo => raw.as_bool().map(Answer::Bool).ok_or(ErrorKind::WrongType {
                expected: "true or false",
            }),
            QuestionKind::ShortText { max_length } | QuestionKind::LongText { max_length } => {
                let s = raw.as_str().ok_or(ErrorKind::WrongType {
                    expected: "a string",
                })?;
                if s.chars().count() > *max_length as usize {
                    return Err(ErrorKind::TooLong { max: *max_length });
                }
                if let Some((at, c)) = crate::chars::first_disallowed(s) {
                    return Err(ErrorKind::ControlCharacter {
                        code_point: u32::from(c),
                        at,
                    });
                }
                Ok(Answer::Text(s.to_string()))
            }
            QuestionKind::Number {
                integer, min, max, ..
            } => {
                let n = raw.as_f64().ok_or(ErrorKind::WrongType {
                    expected: "a number",
                })?;
                if *integer && n.fract() != 0.0 {
                    return Err(ErrorKind::NotInteger);
                }
                if min.is_some_and(|m| n < m) || max.is_some_and(|m| n > m) {
                    return Err(ErrorKind::OutOfRange);
                }
                Ok(Answer::Number(n))
            }
            QuestionKind::Date { min, max } => {
                let s = raw.as_str().ok_or(ErrorKind::WrongType {
                    expected: "a date YYYY-MM-DD",
                })?;
                let d = parse_date(s).ok_or(ErrorKind::InvalidDate)?;
                let bound = |b: &DateBound| match b {
                    DateBound::Fixed(d) => *d,
                    DateBound::Today => self.today,
                };
                if min.as_ref().is_some_and(|m| d < bound(m))
                    || max.as_ref().is_some_and(|m| d > bound(m))
                {
                    return Err(ErrorKind::OutOfRange);
                }
                Ok(Answer::Date(d))
            }
            QuestionKind::Group {
                questions,
                min_rows,
                max_rows,
            } => {
                let rows = raw.as_array().ok_or(ErrorKind::WrongType {
                    expected: "a list of rows",
                })?;
                if rows.len() as u32 > *max_rows {
                    return Err(ErrorKind::TooManyRows { max: *max_rows });
                }
                if self.submitted && self.part.covers(q.audience) && (rows.len() as u32) < *min_rows
                {
                    return Err(ErrorKind::TooFewRows { min: *min_rows });
                }
                let before = self.errors.len();
                let mut out = Vec::with_capacity(rows.len());
                for (i, row) in rows.iter().enumerate() {
                    let Some(obj) = row.as_object() else {
                        self.errors.push(ValidationError {
                            path: AnswerPath::row_only(&q.id, i),
                            kind: ErrorKind::WrongType {
                                expected: "a row object",
                            },
                        });
                        continue;
                    };
                    let mut typed = Row::new();
                    let mut invalid: BTreeSet<&str> = BTreeSet::new();
                    for sub in questions {
                        let applies = sub
                            .applies_if
                            .as_ref()
                            .map_or(Some(true), |c| eval_row(c, top, &typed, &invalid));
                        let required = match &sub.required {
                            Required::No => Some(false),
                            Required::Yes => Some(true),
                            Required::If(c) => eval_row(c, top, &typed, &invalid),
                        };
                        let p = || AnswerPath::row(&q.id, i, &sub.id);
                        match self.check(
                            sub,
                            obj.get(&sub.id),
                            applies,
                            required,
                            &p,
                            top,
                            Some(&typed),
                        ) {
                            Checked::Valid(a) => {
                                typed.insert(sub.id.clone(), a);
                            }
                            Checked::Invalid => {
                                invalid.insert(&sub.id);
                            }
                            Checked::Absent => {}
                        }
                    }
                    for key in obj.keys() {
                        if !questions.iter().any(|s| &s.id == key && s.takes_answer()) {
                            let sub = AnswerPath::unknown_key(key, obj);
                            self.errors.push(ValidationError {
                                path: AnswerPath::row(&q.id, i, sub.as_str()),
                                kind: ErrorKind::UnknownQuestion,
                            });
                        }
                    }
                    out.push(typed);
                }
                if self.errors.len() > before {
                    // Row errors are recorded already: no second error at the group's path.
                    return Ok(None);
                }
                Ok(Answer::Group(out))
            }
            QuestionKind::Info => Err(ErrorKind::UnknownQuestion),
        };
        answer.map(Some)
    }
}

/// Parses a strict `YYYY-MM-DD` date.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    if !b
        .iter()
        .enumerate()
        .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
    {
        return None;
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

fn and3(a: Option<bool>, b: Option<bool>) -> Option<bool> {
    match (a, b) {
        (Some(false), _) | (_, Some(false)) => Some(false),
        (Some(true), Some(true)) => Some(true),
        _ => None,
    }
}

fn required3(r: &Required, top: &Answers) -> Option<bool> {
    match r {
        Required::No => Some(false),
        Required::Yes => Some(true),
        Required::If(c) => eval(c, top, None),
    }
}

fn eval_row(c: &Condition, top: &Answers, row: &Row, invalid: &BTreeSet<&str>) -> Option<bool> {
    eval(c, top, Some((row, invalid)))
}

/// Evaluates a condition (three-valued: `None` when it depends on an invalid answer).
/// In a group row, ids resolve to the row's earlier sub-questions first.
pub(crate) fn eval(
    c: &Condition,
    top: &Answers,
    row: Option<(&Row, &BTreeSet<&str>)>,
) -> Option<bool> {
    match c {
        Condition::All(cs) => cs
            .iter()
            .map(|c| eval(c, top, row))
            .try_fold(Some(true), |acc, x| match and3(acc, x) {
                Some(false) => Err(()),
                other => Ok(other),
            })
            .unwrap_or(Some(false)),
        Condition::Any(cs) => {
            let mut unknown = false;
            for c in cs {
                match eval(c, top, row) {
                    Some(true) => return Some(true),
                    None => unknown = true,
                    Some(false) => {}
                }
            }
            if unknown { None } else { Some(false) }
        }
        Condition::Not(c) => eval(c, top, row).map(|b| !b),
        Condition::AnyRow { group, row: cond } => {
            if top.is_invalid(group) {
                return None;
            }
            let Some(Answer::Group(rows)) = top.get(group) else {
                return Some(false);
            };
            // The row's tests read its sub-questions only: an id the row leaves unanswered is
            // unanswered, never a top-level question of the same id.
            let none = Answers::default();
            let no_invalid = BTreeSet::new();
            let mut unknown = false;
            for r in rows {
                match eval(cond, &none, Some((r, &no_invalid))) {
                    Some(true) => return Some(true),
                    None => unknown = true,
                    Some(false) => {}
                }
            }
            if unknown { None } else { Some(false) }
        }
        Condition::Test { question, test } => {
            let (answer, invalid) = match row {
                Some((r, inv)) if r.contains_key(question) || inv.contains(question.as_str()) => {
                    (r.get(question), inv.contains(question.as_str()))
                }
                _ => (top.get(question), top.is_invalid(question)),
            };
            if invalid {
                return None;
            }
            Some(test_answer(test, answer))
        }
    }
}

/// Whether a condition holds over validated answers, exactly as validation decides whether a
/// question applies: `None` when it depends on an invalid answer. `row` is the row of a
/// repeating group the condition is evaluated in (for a sub-question's condition): its ids
/// resolve to the row's answers first, then to top-level answers.
///
/// ```
/// use arvio_core::model::{Condition, Test};
/// use arvio_core::validate::condition_holds;
/// let answers = arvio_core::Answers::default();
/// let c = Condition::Test { question: "intake_channel".into(), test: Test::Answered(false) };
/// assert_eq!(condition_holds(&c, &answers, None), Some(true));
/// ```
pub fn condition_holds(c: &Condition, answers: &Answers, row: Option<&Row>) -> Option<bool> {
    let none = BTreeSet::new();
    eval(c, answers, row.map(|r| (r, &none)))
}

/// Applies a test to an answer (`None` = unanswered).
pub fn test_answer(test: &Test, answer: Option<&Answer>) -> bool {
    match test {
        Test::Answered(want) => answer.is_some() == *want,
        Test::Equals(lit) => answer.is_some_and(|a| matches_literal(a, lit)),
        Test::OneOf(lits) => answer.is_some_and(|a| lits.iter().any(|l| matches_literal(a, l))),
        Test::Compare(op, b) => answer
            .and_then(Answer::as_number)
            .is_some_and(|a| op.holds(a, *b)),
    }
}

fn matches_literal(a: &Answer, lit: &Literal) -> bool {
    match (a, lit) {
        (Answer::Choice(c), Literal::Code(l)) => c == l,
        (Answer::Choices(cs), Literal::Code(l)) => cs.iter().any(|c| c == l),
        (Answer::NotApplicable, Literal::Code(l)) => l == "na",
        (Answer::Bool(b), Literal::Bool(l)) => b == l,
        (Answer::Scale(v), Literal::Number(l)) => (*v as f64) == *l,
        (Answer::Number(v), Literal::Number(l)) => v == l,
        _ => false,
    }
}
