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
use compact_str::CompactString;
use rustc_hash::{FxHashMap, FxHashSet};
use serde_json::Value;
use std::borrow::Cow;
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
    // Keys inline (an id of up to 24 bytes needs no allocation of its own).
    pub(crate) values: FxHashMap<CompactString, Answer>,
    pub(crate) invalid: FxHashSet<CompactString>,
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
            invalid: self.invalid.iter().map(CompactString::as_str).collect(),
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
    if response.form != form.id {
        return Validation::wrong_form(form);
    }
    // Each answer in its question's slot (form order), read on its own: the form's index finds
    // the slot in constant time, so the cost grows linearly with the number of answers.
    let offsets = slot_offsets(form);
    let mut slots = Slots::new(form);
    let mut unknown = Vec::new();
    for (key, value) in &response.answers {
        match slot_of(form, &offsets, key) {
            Some((slot, q)) => slots.0[slot] = read_value(q, Some(&value.0), today),
            None => unknown.push(AnswerPath::unknown_key(key, &response.answers)),
        }
    }
    judge(
        form,
        &Heading {
            form_version: &response.form_version,
            status: response.status,
        },
        slots,
        unknown,
        part,
    )
}

impl Validation {
    /// The outcome for a response to another form: that one error, no answers.
    pub(crate) fn wrong_form(form: &Form) -> Self {
        Validation {
            errors: vec![ValidationError {
                path: AnswerPath::question("form"),
                kind: ErrorKind::WrongForm {
                    expected: form.id.clone(),
                },
            }],
            answers: Answers::default(),
        }
    }
}

/// Where each section's questions start among the form's top-level slots.
pub(crate) fn slot_offsets(form: &Form) -> Vec<usize> {
    let mut at = 0;
    form.sections
        .iter()
        .map(|s| {
            let start = at;
            at += s.questions.len();
            start
        })
        .collect()
}

/// The slot and question of an id that takes an answer at the top level; `None` for an
/// unknown id or an information block.
pub(crate) fn slot_of<'f>(
    form: &'f Form,
    offsets: &[usize],
    id: &str,
) -> Option<(usize, &'f Question)> {
    let &(s, i) = form.index.get(id)?;
    let q = &form.sections[s].questions[i];
    q.takes_answer().then_some((offsets[s] + i, q))
}

/// One [`Read`] per top-level question, in form order.
pub(crate) struct Slots(pub(crate) Vec<Read>);

impl Slots {
    /// Every question of `form` without an answer.
    pub(crate) fn new(form: &Form) -> Self {
        let n = form.sections.iter().map(|s| s.questions.len()).sum();
        let mut reads = Vec::with_capacity(n);
        reads.resize_with(n, || Read::Missing);
        Slots(reads)
    }
}

/// The fields of a response that validation reads besides its answers.
pub(crate) struct Heading<'a> {
    pub(crate) form_version: &'a str,
    pub(crate) status: Status,
}

/// An answer as its JSON value alone says, before the other answers are known: what
/// [`judge`] needs to decide, in form order, whether the question applies, is required and
/// is answered validly. Reading it needs the question and the day only, so it can be made while
/// the JSON is parsed ([`crate::read`]) or from a parsed [`Value`] ([`read_value`]).
pub(crate) enum Read {
    /// No key for the question.
    Missing,
    /// `null`, a blank string or an empty list: no answer.
    Blank,
    /// A valid answer (any kind but a group).
    Typed(Answer),
    /// The value's one error (for a group: not a list, or too many rows).
    Wrong(ErrorKind),
    /// A group's rows, each read on its own.
    Rows(Vec<ReadRow>),
}

/// One row of a group as read.
pub(crate) enum ReadRow {
    /// Not a JSON object.
    NotObject,
    /// An object: one [`Read`] per sub-question (in the group's order), and the paths within
    /// the row of its keys that take no answer, in key order.
    Object {
        subs: Vec<Read>,
        unknown: Vec<AnswerPath>,
    },
}

/// What a question of this kind takes, for [`ErrorKind::WrongType`].
fn expected(q: &Question) -> &'static str {
    match &q.kind {
        QuestionKind::SingleChoice { .. } => "an option code",
        QuestionKind::MultipleChoice { .. } => "a list of option codes",
        QuestionKind::Scale { not_applicable, .. } => {
            if not_applicable.is_some() {
                "a whole number or \"na\""
            } else {
                "a whole number"
            }
        }
        QuestionKind::YesNo => "true or false",
        QuestionKind::ShortText { .. } | QuestionKind::LongText { .. } => "a string",
        QuestionKind::Number { .. } => "a number",
        QuestionKind::Date { .. } => "a date YYYY-MM-DD",
        QuestionKind::Group { .. } => "a list of rows",
        QuestionKind::Info => "no answer",
    }
}

/// A non-blank value of the wrong JSON type for the question.
pub(crate) fn wrong_type(q: &Question) -> Read {
    match q.kind {
        QuestionKind::Info => Read::Wrong(ErrorKind::UnknownQuestion),
        _ => Read::Wrong(ErrorKind::WrongType {
            expected: expected(q),
        }),
    }
}

/// Reads a non-blank string.
pub(crate) fn read_str(q: &Question, s: Cow<'_, str>, today: NaiveDate) -> Read {
    let kind = match &q.kind {
        QuestionKind::SingleChoice { options } => {
            if options.iter().any(|o| o.code == *s) {
                return Read::Typed(Answer::Choice(s.into_owned()));
            }
            ErrorKind::UnknownOption
        }
        QuestionKind::Scale { not_applicable, .. } if not_applicable.is_some() && s == "na" => {
            return Read::Typed(Answer::NotApplicable);
        }
        QuestionKind::ShortText { max_length } | QuestionKind::LongText { max_length } => {
            if s.chars().count() > *max_length as usize {
                ErrorKind::TooLong { max: *max_length }
            } else if let Some((at, c)) = crate::chars::first_disallowed(&s) {
                ErrorKind::ControlCharacter {
                    code_point: u32::from(c),
                    at,
                }
            } else {
                return Read::Typed(Answer::Text(s.into_owned()));
            }
        }
        QuestionKind::Date { min, max } => match parse_date(&s) {
            None => ErrorKind::InvalidDate,
            Some(d) => {
                let bound = |b: &DateBound| match b {
                    DateBound::Fixed(d) => *d,
                    DateBound::Today => today,
                };
                if min.as_ref().is_some_and(|m| d < bound(m))
                    || max.as_ref().is_some_and(|m| d > bound(m))
                {
                    ErrorKind::OutOfRange
                } else {
                    return Read::Typed(Answer::Date(d));
                }
            }
        },
        _ => return wrong_type(q),
    };
    Read::Wrong(kind)
}

/// Reads a number.
pub(crate) fn read_number(q: &Question, n: f64) -> Read {
    let kind = match &q.kind {
        QuestionKind::Scale { min, max, .. } => {
            if n.fract() != 0.0 {
                ErrorKind::NotInteger
            } else if n < *min as f64 || n > *max as f64 {
                ErrorKind::OutOfRange
            } else {
                return Read::Typed(Answer::Scale(n as i64));
            }
        }
        QuestionKind::Number {
            integer, min, max, ..
        } => {
            if *integer && n.fract() != 0.0 {
                ErrorKind::NotInteger
            } else if min.is_some_and(|m| n < m) || max.is_some_and(|m| n > m) {
                ErrorKind::OutOfRange
            } else {
                return Read::Typed(Answer::Number(n));
            }
        }
        _ => return wrong_type(q),
    };
    Read::Wrong(kind)
}

/// Reads `true` or `false`.
pub(crate) fn read_bool(q: &Question, b: bool) -> Read {
    match q.kind {
        QuestionKind::YesNo => Read::Typed(Answer::Bool(b)),
        _ => wrong_type(q),
    }
}

/// Reads a non-empty list whose items are all strings, for a multiple choice.
pub(crate) fn read_codes(q: &Question, codes: Vec<Cow<'_, str>>) -> Read {
    let QuestionKind::MultipleChoice { options, min, max } = &q.kind else {
        return wrong_type(q);
    };
    let kind = if codes.iter().any(|c| !options.iter().any(|o| o.code == **c)) {
        ErrorKind::UnknownOption
    } else if has_repeat(&codes) {
        ErrorKind::DuplicateOption
    } else if let Some(min) = min
        && (codes.len() as u32) < *min
    {
        ErrorKind::TooFewSelections { min: *min }
    } else if let Some(max) = max
        && codes.len() as u32 > *max
    {
        ErrorKind::TooManySelections { max: *max }
    } else {
        return Read::Typed(Answer::Choices(
            codes.into_iter().map(Cow::into_owned).collect(),
        ));
    };
    Read::Wrong(kind)
}

/// Whether an item appears twice: by comparing pairs for the short lists answers are, by
/// sorting for long ones.
fn has_repeat(codes: &[Cow<'_, str>]) -> bool {
    if codes.len() <= 16 {
        codes
            .iter()
            .enumerate()
            .any(|(i, c)| codes[..i].contains(c))
    } else {
        codes.iter().collect::<BTreeSet<_>>().len() != codes.len()
    }
}

/// Whether `text` is `version` written out, without writing it into a new string.
fn is_version(text: &str, version: &semver::Version) -> bool {
    struct Rest<'a>(&'a str);
    impl fmt::Write for Rest<'_> {
        fn write_str(&mut self, s: &str) -> fmt::Result {
            self.0 = self.0.strip_prefix(s).ok_or(fmt::Error)?;
            Ok(())
        }
    }
    let mut rest = Rest(text);
    fmt::write(&mut rest, format_args!("{version}")).is_ok() && rest.0.is_empty()
}

/// Reads a non-empty list of rows, for a group.
pub(crate) fn read_rows(q: &Question, rows: Vec<ReadRow>) -> Read {
    match &q.kind {
        QuestionKind::Group { max_rows, .. } if rows.len() as u32 > *max_rows => {
            Read::Wrong(ErrorKind::TooManyRows { max: *max_rows })
        }
        QuestionKind::Group { .. } => Read::Rows(rows),
        _ => wrong_type(q),
    }
}

/// Reads a parsed JSON value (`None`: no key) for a question.
pub(crate) fn read_value(q: &Question, value: Option<&Value>, today: NaiveDate) -> Read {
    let Some(value) = value else {
        return Read::Missing;
    };
    match value {
        Value::Null => Read::Blank,
        Value::String(s) if s.trim().is_empty() => Read::Blank,
        Value::Array(items) if items.is_empty() => Read::Blank,
        Value::String(s) => read_str(q, Cow::Borrowed(s), today),
        Value::Number(n) => n
            .as_f64()
            .map_or_else(|| wrong_type(q), |n| read_number(q, n)),
        Value::Bool(b) => read_bool(q, *b),
        Value::Array(items) => match &q.kind {
            QuestionKind::MultipleChoice { .. } => items
                .iter()
                .map(|i| i.as_str().map(Cow::Borrowed))
                .collect::<Option<Vec<_>>>()
                .map_or_else(|| wrong_type(q), |codes| read_codes(q, codes)),
            QuestionKind::Group { questions, .. } => {
                let rows = items
                    .iter()
                    .map(|row| match row.as_object() {
                        None => ReadRow::NotObject,
                        Some(obj) => ReadRow::Object {
                            subs: questions
                                .iter()
                                .map(|sub| read_value(sub, obj.get(&sub.id), today))
                                .collect(),
                            unknown: obj
                                .keys()
                                .filter(|k| {
                                    !questions.iter().any(|s| &s.id == *k && s.takes_answer())
                                })
                                .map(|k| AnswerPath::unknown_key(k, obj))
                                .collect(),
                        },
                    })
                    .collect();
                read_rows(q, rows)
            }
            _ => wrong_type(q),
        },
        Value::Object(_) => wrong_type(q),
    }
}

/// Decides, in form order, what the answers as read mean: whether each question applies and
/// is required given the earlier answers, and which answers are valid. `slots` holds one
/// [`Read`] per top-level question in form order; `unknown` the paths of the answers keyed by
/// ids that take no answer, in key order. Both ways of reading a response end here, so they
/// judge alike.
pub(crate) fn judge(
    form: &Form,
    heading: &Heading<'_>,
    slots: Slots,
    unknown: Vec<AnswerPath>,
    part: Part,
) -> Validation {
    let mut v = Validator {
        submitted: heading.status == Status::Submitted,
        part,
        errors: Vec::new(),
    };
    let n = slots.0.len();
    let mut answers = Answers {
        values: FxHashMap::with_capacity_and_hasher(n, Default::default()),
        invalid: FxHashSet::default(),
    };
    if !is_version(heading.form_version, &form.version) {
        v.errors.push(ValidationError {
            path: AnswerPath::question("form_version"),
            kind: ErrorKind::WrongFormVersion {
                expected: form.version.to_string(),
            },
        });
    }
    let mut reads = slots.0.into_iter();
    for section in &form.sections {
        let section_applies = match &section.applies_if {
            None => Some(true),
            Some(c) => eval(c, &answers, None),
        };
        for q in &section.questions {
            let read = reads.next().unwrap_or(Read::Missing);
            let applies = and3(
                section_applies,
                q.applies_if
                    .as_ref()
                    .map_or(Some(true), |c| eval(c, &answers, None)),
            );
            let required = required3(&q.required, &answers);
            let path = || AnswerPath::question(&q.id);
            match v.check(q, read, applies, required, &path, &answers, None) {
                Checked::Valid(a) => {
                    answers.values.insert(q.id.as_str().into(), a);
                }
                Checked::Invalid => {
                    answers.invalid.insert(q.id.as_str().into());
                }
                Checked::Absent => {}
            }
        }
    }
    v.errors
        .extend(unknown.into_iter().map(|path| ValidationError {
            path,
            kind: ErrorKind::UnknownQuestion,
        }));
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
    submitted: bool,
    /// Which questions "required" is judged for.
    part: Part,
    errors: Vec<ValidationError>,
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
        read: Read,
        applies: Option<bool>,
        required: Option<bool>,
        path: &dyn Fn() -> AnswerPath,
        top: &Answers,
        row_ctx: Option<&Row>,
    ) -> Checked {
        if !q.takes_answer() {
            // Information blocks: an answer to one is reported as an unknown question by the
            // caller (top level) or here (in a row).
            if row_ctx.is_some() && !matches!(read, Read::Missing) {
                return self.err(path(), ErrorKind::UnknownQuestion);
            }
            return Checked::Absent;
        }
        if matches!(read, Read::Missing | Read::Blank) {
            if self.submitted
                && applies == Some(true)
                && required == Some(true)
                && self.part.covers(q.audience)
            {
                self.err(path(), ErrorKind::MissingRequired);
            }
            return Checked::Absent;
        }
        if applies == Some(false) {
            return self.err(path(), ErrorKind::DoesNotApply);
        }
        match read {
            Read::Typed(a) => Checked::Valid(a),
            Read::Wrong(kind) => self.err(path(), kind),
            Read::Rows(rows) => self.rows(q, rows, path, top),
            Read::Missing | Read::Blank => Checked::Absent,
        }
    }

    /// Judges a group's rows (no more than its maximum: [`read_rows`] saw to that).
    fn rows(
        &mut self,
        q: &Question,
        rows: Vec<ReadRow>,
        path: &dyn Fn() -> AnswerPath,
        top: &Answers,
    ) -> Checked {
        let QuestionKind::Group {
            questions,
            min_rows,
            ..
        } = &q.kind
        else {
            return self.err(path(), ErrorKind::UnknownQuestion);
        };
        if self.submitted && self.part.covers(q.audience) && (rows.len() as u32) < *min_rows {
            return self.err(path(), ErrorKind::TooFewRows { min: *min_rows });
        }
        let before = self.errors.len();
        let mut out = Vec::with_capacity(rows.len());
        for (i, row) in rows.into_iter().enumerate() {
            let ReadRow::Object { subs, unknown } = row else {
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
            for (sub, read) in questions.iter().zip(subs) {
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
                match self.check(sub, read, applies, required, &p, top, Some(&typed)) {
                    Checked::Valid(a) => {
                        typed.insert(sub.id.clone(), a);
                    }
                    Checked::Invalid => {
                        invalid.insert(&sub.id);
                    }
                    Checked::Absent => {}
                }
            }
            for sub in unknown {
                self.errors.push(ValidationError {
                    path: AnswerPath::row(&q.id, i, sub.as_str()),
                    kind: ErrorKind::UnknownQuestion,
                });
            }
            out.push(typed);
        }
        if self.errors.len() > before {
            // Row errors are recorded already: no second error at the group's path.
            return Checked::Invalid;
        }
        Checked::Valid(Answer::Group(out))
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
