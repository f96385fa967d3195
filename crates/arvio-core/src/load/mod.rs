//! Form files: TOML read into serde types, then lowered into a checked [`Form`].
//!
//! The file format is not the model: [`parse_form`] deserializes the raw file (keeping every
//! position), then checks it and builds the model. Every problem found is reported at once, as
//! a [`Finding`] with `file:line:column`.

use crate::limits;
use crate::model::*;
use crate::validate::parse_date;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::ops::Range;
use toml::Spanned;

/// A place in a form or locale file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    /// File name as given by the caller (`forms/x.toml`, or `builtin:x` for embedded forms).
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

impl Location {
    /// The location of a byte offset in `text`.
    pub fn at(file: &str, text: &str, offset: usize) -> Self {
        let offset = offset.min(text.len());
        let before = &text[..text.floor_char_boundary(offset)];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        Location {
            file: file.to_string(),
            line,
            column,
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

/// What is wrong in a form file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum FindingKind {
    /// The TOML cannot be read, or a field is missing, unknown or of the wrong type.
    #[error("{0}")]
    Syntax(String),
    /// An id that is not in the required form (kebab-case form ids, snake_case question ids).
    #[error("invalid id `{id}`: {rule}")]
    InvalidId {
        /// The id.
        id: String,
        /// The rule it breaks.
        rule: &'static str,
    },
    /// A version that is not semver.
    #[error("version `{0}` is not a semantic version (e.g. 1.0.0)")]
    InvalidVersion(String),
    /// Two things share an id.
    #[error("duplicate {what} `{id}`")]
    Duplicate {
        /// What kind of thing (`question id`, `option code`, ...).
        what: &'static str,
        /// The id.
        id: String,
    },
    /// An unknown question kind.
    #[error(
        "unknown question kind `{0}` (expected single_choice, multiple_choice, scale, yes_no, short_text, long_text, number, date, group or info)"
    )]
    UnknownKind(String),
    /// A field that does not belong to this question kind, or one it needs that is missing.
    #[error("{0}")]
    Field(String),
    /// A condition or score names a question that does not exist.
    #[error("unknown question `{0}`")]
    UnknownQuestion(String),
    /// A condition names a question that comes later (or the question itself).
    #[error("condition refers to `{0}`, which does not come earlier in the form")]
    ForwardReference(String),
    /// A condition's test does not fit the question's kind.
    #[error("condition on `{question}` ({kind}): {problem}")]
    IncompatibleCondition {
        /// The question tested.
        question: String,
        /// Its kind.
        kind: &'static str,
        /// What does not fit.
        problem: String,
    },
    /// A malformed condition.
    #[error("invalid condition: {0}")]
    InvalidCondition(String),
    /// A score item that cannot be scored.
    #[error(
        "score item `{0}` is not scorable (a scale, yes/no, or single choice with points on every option)"
    )]
    NotScorable(String),
    /// Bands that do not cover the score's range exactly.
    #[error("bands: {0}")]
    Bands(String),
    /// A message id that is not a valid Fluent identifier.
    #[error("invalid message id `{0}` (letters, digits, `-` and `_`, starting with a letter)")]
    InvalidMessageId(String),
    /// A family (or child) question or section depends on a worker-only answer: the family
    /// could not tell whether it applies or must be answered.
    #[error("{what} reads `{question}`, a worker-only answer")]
    ReadsWorkerAnswer {
        /// What depends on it ("a required family question `x`", "a family section").
        what: String,
        /// The worker question it reads.
        question: String,
    },
    /// The form file cannot be read (or is larger than
    /// [`crate::limits::MAX_FILE_BYTES`]).
    #[error("cannot read: {0}")]
    Io(String),
    /// A size beyond one of the bounds of [`crate::limits`], placed at the offending value (or
    /// at the first item past the bound).
    #[error("{what} is {value}, more than {limit} (arvio_core::limits::{constant})")]
    TooLarge {
        /// What is counted or measured, e.g. `` `max_rows` `` or `options of question `x``.
        what: String,
        /// Its value in the file.
        value: u64,
        /// The bound.
        limit: u64,
        /// The name of the bound's constant in [`crate::limits`], e.g. `MAX_ROWS`.
        constant: &'static str,
    },
    /// A `[migration]` declaration that does not fit the versions it migrates between (an
    /// unknown question id in either version, a remap to a code that does not exist, ...).
    #[error("migration: {0}")]
    Migration(String),
    /// Two consecutive versions of a form differ in a way no migration covers (a question id
    /// that disappeared, an option code that disappeared, a scale range or a question kind
    /// that changed).
    #[error("not covered by a migration: {0}")]
    UncoveredChange(String),
}

/// One problem in a form file, with its place.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{location}: {kind}")]
pub struct Finding {
    /// Where.
    pub location: Location,
    /// What.
    pub kind: FindingKind,
}

/// A form file with findings; [`fmt::Display`] prints one finding per line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct FormError {
    /// Every finding, in file order.
    pub findings: Vec<Finding>,
}

impl fmt::Display for FormError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, x) in self.findings.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{x}")?;
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// Raw file types

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "FormDefinition"))]
#[serde(deny_unknown_fields)]
struct RawForm {
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    id: Spanned<String>,
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    version: Spanned<String>,
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    title: Spanned<String>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>"))]
    description: Option<Spanned<String>>,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<RawSection>"))]
    sections: Vec<Spanned<RawSection>>,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<RawScore>"))]
    scores: Vec<Spanned<RawScore>>,
    record: Option<RawRecord>,
    /// How a response to the previous version becomes one to this version (`arvio migrate`).
    migration: Option<migration::RawMigration>,
}

/// `[record]`: the questions that say who made the assessment, when and with whom.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Record"))]
#[serde(deny_unknown_fields)]
struct RawRecord {
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<String>"))]
    assessor: Vec<Spanned<String>>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>"))]
    date: Option<Spanned<String>>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>"))]
    participants: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Section"))]
#[serde(deny_unknown_fields)]
struct RawSection {
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    id: Spanned<String>,
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    title: Spanned<String>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>"))]
    help: Option<Spanned<String>>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>"))]
    audience: Option<Spanned<String>>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<RawCondition>"))]
    applies_if: Option<Spanned<RawCondition>>,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<RawQuestion>"))]
    questions: Vec<Spanned<RawQuestion>>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Question"))]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    id: Spanned<String>,
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    kind: Spanned<String>,
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    label: Spanned<String>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>"))]
    help: Option<Spanned<String>>,
    #[serde(default)]
    required: bool,
    #[cfg_attr(feature = "schema", schemars(with = "Option<RawCondition>"))]
    required_if: Option<Spanned<RawCondition>>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<RawCondition>"))]
    applies_if: Option<Spanned<RawCondition>>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>"))]
    audience: Option<Spanned<String>>,
    #[serde(default)]
    private: bool,
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<RawOption>>"))]
    options: Option<Vec<Spanned<RawOption>>>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<serde_json::Value>"))]
    min: Option<Spanned<toml::Value>>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<serde_json::Value>"))]
    max: Option<Spanned<toml::Value>>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>"))]
    min_label: Option<Spanned<String>>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>"))]
    max_label: Option<Spanned<String>>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<String>>"))]
    point_labels: Option<Vec<Spanned<String>>>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>"))]
    not_applicable: Option<Spanned<String>>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<u32>"))]
    max_length: Option<Spanned<u32>>,
    integer: Option<bool>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>"))]
    unit: Option<Spanned<String>>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<RawQuestion>>"))]
    questions: Option<Vec<Spanned<RawQuestion>>>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<u32>"))]
    min_rows: Option<Spanned<u32>>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<u32>"))]
    max_rows: Option<Spanned<u32>>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "ChoiceOption"))]
#[serde(deny_unknown_fields)]
struct RawOption {
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    code: Spanned<String>,
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    label: Spanned<String>,
    points: Option<f64>,
}

#[derive(Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Condition"))]
#[serde(deny_unknown_fields)]
struct RawCondition {
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>"))]
    question: Option<Spanned<String>>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<serde_json::Value>"))]
    equals: Option<toml::Value>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<serde_json::Value>>"))]
    one_of: Option<Vec<toml::Value>>,
    gt: Option<f64>,
    gte: Option<f64>,
    lt: Option<f64>,
    lte: Option<f64>,
    answered: Option<bool>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<RawCondition>>"))]
    all: Option<Vec<Spanned<RawCondition>>>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<RawCondition>>"))]
    any: Option<Vec<Spanned<RawCondition>>>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<Box<RawCondition>>"))]
    not: Option<Box<Spanned<RawCondition>>>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>"))]
    any_row: Option<Spanned<String>>,
    #[serde(rename = "where")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Box<RawCondition>>"))]
    where_: Option<Box<Spanned<RawCondition>>>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Score"))]
#[serde(deny_unknown_fields)]
struct RawScore {
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    id: Spanned<String>,
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    label: Spanned<String>,
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    method: Spanned<String>,
    #[cfg_attr(feature = "schema", schemars(with = "Vec<String>"))]
    items: Vec<Spanned<String>>,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<String>"))]
    reverse: Vec<Spanned<String>>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<RawCondition>"))]
    count_if: Option<Spanned<RawCondition>>,
    #[serde(default)]
    max_missing: u32,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<RawBand>"))]
    bands: Vec<Spanned<RawBand>>,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<RawOverride>"))]
    overrides: Vec<Spanned<RawOverride>>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Band"))]
#[serde(deny_unknown_fields)]
struct RawBand {
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    code: Spanned<String>,
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    label: Spanned<String>,
    from: f64,
    to: f64,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "BandOverride"))]
#[serde(deny_unknown_fields)]
struct RawOverride {
    #[cfg_attr(feature = "schema", schemars(with = "RawCondition"))]
    when: Spanned<RawCondition>,
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    band: Spanned<String>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>"))]
    label: Option<Spanned<String>>,
}

/// The JSON Schema (draft 2020-12) of the form-file format, derived from the types form files
/// are read into. It describes the file's shape (fields and their types); the checks
/// [`parse_form`] makes beyond that (ids, references, bands) are not in it.
#[cfg(feature = "schema")]
pub fn form_definition_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(RawForm)).unwrap_or_default()
}

// ---------------------------------------------------------------------------------------------
// Lowering

/// Parses and checks a form file. `file` names the file in findings.
///
/// ```
/// let text = r#"
/// id = "tiny"
/// version = "1.0.0"
/// title = "tiny-title"
/// [[sections]]
/// id = "main"
/// title = "tiny-main"
/// [[sections.questions]]
/// id = "mood"
/// kind = "scale"
/// label = "tiny-mood"
/// min = 1
/// max = 5
/// min_label = "tiny-low"
/// max_label = "tiny-high"
/// required = true
/// "#;
/// let form = arvio_core::parse_form(text, "tiny.toml").unwrap();
/// assert_eq!(form.id, "tiny");
/// ```
pub fn parse_form(text: &str, file: &str) -> Result<Form, FormError> {
    parse_form_file(text, file).map(|f| f.form)
}

/// A parsed form file: the form, and the migration it declares from the previous version
/// (`[migration]`, see [`crate::migrate`](mod@crate::migrate)).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FormFile {
    /// The form.
    pub form: Form,
    /// The migration from the previous version, when the file declares one.
    pub migration: Option<crate::migrate::Migration>,
    /// The file name as given to the parser.
    pub file: String,
    /// Where the file declares its version (the place lint findings about the whole version
    /// point to).
    pub version_location: Location,
}

/// Parses and checks a form file with its `[migration]` declaration. The declaration is checked
/// against this version here (its target question ids and codes); against the version it
/// migrates from when both are known ([`crate::migrate::FormVersions::new`]).
pub fn parse_form_file(text: &str, file: &str) -> Result<FormFile, FormError> {
    let mut raw: RawForm = match toml::from_str(text) {
        Ok(r) => r,
        Err(e) => {
            let offset = e.span().map_or(0, |s| s.start);
            let msg = e.message().trim().to_string();
            return Err(FormError {
                findings: vec![Finding {
                    location: Location::at(file, text, offset),
                    kind: FindingKind::Syntax(msg),
                }],
            });
        }
    };
    let version_location = Location::at(file, text, raw.version.span().start);
    let mut cx = Lower {
        file,
        text,
        findings: Vec::new(),
        earlier: BTreeMap::new(),
        known: raw
            .sections
            .iter()
            .flat_map(|s| {
                s.get_ref()
                    .questions
                    .iter()
                    .map(|q| q.get_ref().id.get_ref().clone())
            })
            .collect(),
        inherit: Audience::Family,
        condition_depth: 0,
    };
    let raw_migration = raw.migration.take();
    let form = cx.form(raw);
    let migration = raw_migration.and_then(|m| cx.migration(m, &form));
    if cx.findings.is_empty() {
        Ok(FormFile {
            form,
            migration,
            file: file.to_string(),
            version_location,
        })
    } else {
        cx.findings.sort_by(|a, b| a.location.cmp(&b.location));
        Err(FormError {
            findings: cx.findings,
        })
    }
}

/// Reads a form file (with its migration declaration) from a path and parses it.
///
/// At most [`crate::limits::MAX_FILE_BYTES`] are read: a larger file (or an endless one, such
/// as `/dev/zero`) is [`FindingKind::Io`] `larger than 16 MiB; ...`.
pub fn load_form_file(path: &std::path::Path) -> Result<FormFile, FormError> {
    let name = path.display().to_string();
    let io = |message: String| FormError {
        findings: vec![Finding {
            location: Location {
                file: name.clone(),
                line: 1,
                column: 1,
            },
            kind: FindingKind::Io(message),
        }],
    };
    let bytes = crate::limits::read_file(path).map_err(|e| io(e.to_string()))?;
    let text =
        String::from_utf8(bytes).map_err(|_| io(std::io::ErrorKind::InvalidData.to_string()))?;
    parse_form_file(&text, &name)
}

/// Reads a form file from a path and parses it (the only file IO in arvio-core, with
/// [`load_form_file`]).
pub fn load_form(path: &std::path::Path) -> Result<Form, FormError> {
    load_form_file(path).map(|f| f.form)
}

/// Summary of an earlier question that conditions may test.
#[derive(Clone)]
struct QInfo {
    kind: &'static str,
    audience: Audience,
    codes: Vec<String>,
    scale_na: bool,
    /// A group's sub-questions, for `any_row` conditions.
    rows: Option<BTreeMap<String, QInfo>>,
}

struct Lower<'a> {
    file: &'a str,
    text: &'a str,
    findings: Vec<Finding>,
    /// Top-level questions seen so far (conditions may only refer to these).
    earlier: BTreeMap<String, QInfo>,
    /// Every top-level question id in the file, to tell a forward reference from a typo.
    known: BTreeSet<String>,
    /// The audience a question gets when its file does not name one (its section's, or in a
    /// group the group's).
    inherit: Audience,
    /// How deep in a condition the lowering is (bounded by [`limits::MAX_CONDITION_DEPTH`]).
    condition_depth: usize,
}

fn is_kebab(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|p| {
            !p.is_empty()
                && p.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
        && s.starts_with(|c: char| c.is_ascii_lowercase())
}

pub(crate) fn is_snake(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

fn is_code(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
}

fn is_message_id(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_alphabetic())
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

impl<'a> Lower<'a> {
    fn find(&mut self, span: Range<usize>, kind: FindingKind) {
        self.findings.push(Finding {
            location: Location::at(self.file, self.text, span.start),
            kind,
        });
    }

    fn msg(&mut self, m: Spanned<String>) -> String {
        if m.get_ref().len() > limits::MAX_MESSAGE_ID_LENGTH {
            let what = "a message id's length".to_string();
            self.too_large(
                m.span(),
                what,
                m.get_ref().len(),
                limits::MAX_MESSAGE_ID_LENGTH,
                "MAX_MESSAGE_ID_LENGTH",
            );
        } else if !is_message_id(m.get_ref()) {
            let span = m.span();
            self.find(span, FindingKind::InvalidMessageId(m.get_ref().clone()));
        }
        m.into_inner()
    }

    /// A [`FindingKind::TooLarge`] at `span`.
    fn too_large(
        &mut self,
        span: Range<usize>,
        what: String,
        value: impl TryInto<u64>,
        limit: impl TryInto<u64>,
        constant: &'static str,
    ) {
        self.find(
            span,
            FindingKind::TooLarge {
                what,
                value: value.try_into().unwrap_or(u64::MAX),
                limit: limit.try_into().unwrap_or(u64::MAX),
                constant,
            },
        );
    }

    /// Refuses an id longer than [`limits::MAX_ID_LENGTH`]; `true` when it is within.
    fn id_length(&mut self, id: &Spanned<String>, what: &str) -> bool {
        let len = id.get_ref().len();
        if len > limits::MAX_ID_LENGTH {
            self.too_large(
                id.span(),
                format!("the length of a {what}"),
                len,
                limits::MAX_ID_LENGTH,
                "MAX_ID_LENGTH",
            );
            return false;
        }
        true
    }

    /// Refuses more than `limit` items: the finding is at the first item past the bound.
    fn count<T>(
        &mut self,
        items: &[Spanned<T>],
        what: String,
        limit: usize,
        constant: &'static str,
    ) {
        if let Some(first_over) = items.get(limit) {
            self.too_large(first_over.span(), what, items.len(), limit, constant);
        }
    }

    fn opt_msg(&mut self, m: Option<Spanned<String>>) -> Option<String> {
        m.map(|m| self.msg(m))
    }

    fn form(&mut self, raw: RawForm) -> Form {
        self.count(
            &raw.sections,
            "the number of sections".into(),
            limits::MAX_SECTIONS,
            "MAX_SECTIONS",
        );
        self.count(
            &raw.scores,
            "the number of scores".into(),
            limits::MAX_SCORES,
            "MAX_SCORES",
        );
        let questions: Vec<Range<usize>> = raw
            .sections
            .iter()
            .flat_map(|s| s.get_ref().questions.iter())
            .flat_map(|q| {
                std::iter::once(q.span())
                    .chain(q.get_ref().questions.iter().flatten().map(Spanned::span))
            })
            .collect();
        if let Some(first_over) = questions.get(limits::MAX_QUESTIONS) {
            self.too_large(
                first_over.clone(),
                "the number of questions".into(),
                questions.len(),
                limits::MAX_QUESTIONS,
                "MAX_QUESTIONS",
            );
        }
        if self.id_length(&raw.id, "form id") && !is_kebab(raw.id.get_ref()) {
            self.find(
                raw.id.span(),
                FindingKind::InvalidId {
                    id: raw.id.get_ref().clone(),
                    rule: "form ids are kebab-case (e.g. family-self-assessment)",
                },
            );
        }
        let version = match semver::Version::parse(raw.version.get_ref()) {
            Ok(v) => v,
            Err(_) => {
                self.find(
                    raw.version.span(),
                    FindingKind::InvalidVersion(raw.version.get_ref().clone()),
                );
                semver::Version::new(0, 0, 0)
            }
        };
        let title = self.msg(raw.title);
        let description = self.opt_msg(raw.description);
        let mut section_ids = BTreeSet::new();
        let mut sections = Vec::new();
        for s in raw.sections {
            let span = s.span();
            let s = s.into_inner();
            if !section_ids.insert(s.id.get_ref().clone()) {
                self.find(
                    s.id.span(),
                    FindingKind::Duplicate {
                        what: "section id",
                        id: s.id.get_ref().clone(),
                    },
                );
            }
            if self.id_length(&s.id, "section id") && !is_snake(s.id.get_ref()) {
                self.find(
                    s.id.span(),
                    FindingKind::InvalidId {
                        id: s.id.get_ref().clone(),
                        rule: "section ids are snake_case",
                    },
                );
            }
            let audience = self.audience(s.audience.as_ref(), Audience::Family);
            let applies_if = s.applies_if.and_then(|c| {
                let span = c.span();
                let c = self.condition(c, None)?;
                if audience != Audience::Worker {
                    self.check_reads_no_worker_answer(&c, span, None, "a family section");
                }
                Some(c)
            });
            self.inherit = audience;
            let title = self.msg(s.title);
            let help = self.opt_msg(s.help);
            let mut questions = Vec::new();
            for q in s.questions {
                if let Some(q) = self.question(q, None) {
                    questions.push(q);
                }
            }
            let _ = span;
            sections.push(Section {
                id: s.id.into_inner(),
                title,
                help,
                audience,
                applies_if,
                questions,
            });
        }
        let mut form = Form {
            id: raw.id.into_inner(),
            version,
            title,
            description,
            sections,
            scores: Vec::new(),
            record: Record::default(),
            index: Default::default(),
        };
        form.reindex();
        if let Some(r) = raw.record {
            form.record = self.record(r, &form);
        }
        let mut score_ids = BTreeSet::new();
        for sc in raw.scores {
            if let Some(s) = self.score(sc, &form, &mut score_ids) {
                form.scores.push(s);
            }
        }
        form
    }
}

mod audience;
mod conditions;
mod migration;
mod questions;
mod scores;
