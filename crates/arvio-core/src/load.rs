//! Form files: TOML read into serde types, then lowered into a checked [`Form`].
//!
//! The file format is not the model: [`parse_form`] deserializes the raw file (keeping every
//! position), then checks it and builds the model. Every problem found is reported at once, as
//! a [`Finding`] with `file:line:column`.

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
    /// The form file cannot be read.
    #[error("cannot read: {0}")]
    Io(String),
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
    let raw: RawForm = match toml::from_str(text) {
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
    };
    let form = cx.form(raw);
    if cx.findings.is_empty() {
        Ok(form)
    } else {
        cx.findings.sort_by(|a, b| a.location.cmp(&b.location));
        Err(FormError {
            findings: cx.findings,
        })
    }
}

/// Reads a form file from a path and parses it (the only file IO in arvio-core).
pub fn load_form(path: &std::path::Path) -> Result<Form, FormError> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| FormError {
        findings: vec![Finding {
            location: Location {
                file: name.clone(),
                line: 1,
                column: 1,
            },
            kind: FindingKind::Io(e.kind().to_string()),
        }],
    })?;
    parse_form(&text, &name)
}

/// Summary of an earlier question that conditions may test.
#[derive(Clone)]
struct QInfo {
    kind: &'static str,
    codes: Vec<String>,
    scale_na: bool,
}

struct Lower<'a> {
    file: &'a str,
    text: &'a str,
    findings: Vec<Finding>,
    /// Top-level questions seen so far (conditions may only refer to these).
    earlier: BTreeMap<String, QInfo>,
    /// Every top-level question id in the file, to tell a forward reference from a typo.
    known: BTreeSet<String>,
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

fn is_snake(s: &str) -> bool {
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
        if !is_message_id(m.get_ref()) {
            let span = m.span();
            self.find(span, FindingKind::InvalidMessageId(m.get_ref().clone()));
        }
        m.into_inner()
    }

    fn opt_msg(&mut self, m: Option<Spanned<String>>) -> Option<String> {
        m.map(|m| self.msg(m))
    }

    fn form(&mut self, raw: RawForm) -> Form {
        if !is_kebab(raw.id.get_ref()) {
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
            if !is_snake(s.id.get_ref()) {
                self.find(
                    s.id.span(),
                    FindingKind::InvalidId {
                        id: s.id.get_ref().clone(),
                        rule: "section ids are snake_case",
                    },
                );
            }
            let applies_if = s.applies_if.and_then(|c| self.condition(c, None));
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
            index: Default::default(),
        };
        form.reindex();
        let mut score_ids = BTreeSet::new();
        for sc in raw.scores {
            if let Some(s) = self.score(sc, &form, &mut score_ids) {
                form.scores.push(s);
            }
        }
        form
    }

    /// Lowers a question. `group` holds the earlier siblings when inside a group.
    fn question(
        &mut self,
        q: Spanned<RawQuestion>,
        group: Option<&mut BTreeMap<String, QInfo>>,
    ) -> Option<Question> {
        let qspan = q.span();
        let q = q.into_inner();
        let id = q.id.get_ref().clone();
        if !is_snake(&id) {
            self.find(
                q.id.span(),
                FindingKind::InvalidId {
                    id: id.clone(),
                    rule: "question ids are snake_case (a-z, 0-9, _), starting with a letter",
                },
            );
        }
        let duplicate = match group.as_deref() {
            Some(g) => g.contains_key(&id),
            None => self.earlier.contains_key(&id),
        };
        if duplicate {
            self.find(
                q.id.span(),
                FindingKind::Duplicate {
                    what: "question id",
                    id: id.clone(),
                },
            );
        }
        // Conditions are checked before the question itself is added, so a question cannot
        // depend on itself.
        let applies_if = q
            .applies_if
            .and_then(|c| self.condition(c, group.as_deref()));
        let required = match (q.required, q.required_if) {
            (_, None) if !q.required => Required::No,
            (true, None) => Required::Yes,
            (false, Some(c)) => match self.condition(c, group.as_deref()) {
                Some(c) => Required::If(c),
                None => Required::No,
            },
            (true, Some(c)) => {
                self.find(
                    c.span(),
                    FindingKind::Field(
                        "use either `required = true` or `required_if`, not both".into(),
                    ),
                );
                Required::Yes
            }
            _ => Required::No,
        };
        let audience = match q.audience.as_ref().map(|a| a.get_ref().as_str()) {
            None | Some("all") => Audience::All,
            Some("worker") => Audience::Worker,
            Some(_) => {
                let a = q.audience.as_ref().expect("some");
                self.find(
                    a.span(),
                    FindingKind::Field("audience is `all` or `worker`".into()),
                );
                Audience::All
            }
        };
        let label = self.msg(q.label);
        let help = self.opt_msg(q.help);
        let kind_name = q.kind.get_ref().clone();
        let kspan = q.kind.span();

        // Which optional fields each kind accepts.
        let present: Vec<(&str, bool)> = vec![
            ("options", q.options.is_some()),
            ("min", q.min.is_some()),
            ("max", q.max.is_some()),
            ("min_label", q.min_label.is_some()),
            ("max_label", q.max_label.is_some()),
            ("point_labels", q.point_labels.is_some()),
            ("not_applicable", q.not_applicable.is_some()),
            ("max_length", q.max_length.is_some()),
            ("integer", q.integer.is_some()),
            ("unit", q.unit.is_some()),
            ("questions", q.questions.is_some()),
            ("min_rows", q.min_rows.is_some()),
            ("max_rows", q.max_rows.is_some()),
        ];
        let allowed: &[&str] = match kind_name.as_str() {
            "single_choice" => &["options"],
            "multiple_choice" => &["options", "min", "max"],
            "scale" => &[
                "min",
                "max",
                "min_label",
                "max_label",
                "point_labels",
                "not_applicable",
            ],
            "yes_no" | "info" => &[],
            "short_text" | "long_text" => &["max_length"],
            "number" => &["min", "max", "integer", "unit"],
            "date" => &["min", "max"],
            "group" => &["questions", "min_rows", "max_rows"],
            other => {
                self.find(kspan, FindingKind::UnknownKind(other.to_string()));
                return None;
            }
        };
        for (name, is) in present {
            if is && !allowed.contains(&name) {
                self.find(
                    qspan.clone(),
                    FindingKind::Field(format!(
                        "question `{id}`: `{name}` does not belong to kind `{kind_name}`"
                    )),
                );
            }
        }
        let kind = match kind_name.as_str() {
            "single_choice" | "multiple_choice" => {
                let options = self.options(q.options, &id, qspan.clone());
                if kind_name == "single_choice" {
                    QuestionKind::SingleChoice { options }
                } else {
                    let min = self.count_bound(q.min);
                    let max = self.count_bound(q.max);
                    if let (Some(a), Some(b)) = (min, max)
                        && a > b
                    {
                        self.find(
                            qspan.clone(),
                            FindingKind::Field(format!("question `{id}`: min is greater than max")),
                        );
                    }
                    if max.is_some_and(|m| m as usize > options.len()) {
                        self.find(
                            qspan.clone(),
                            FindingKind::Field(format!(
                                "question `{id}`: max is greater than the number of options"
                            )),
                        );
                    }
                    QuestionKind::MultipleChoice { options, min, max }
                }
            }
            "scale" => {
                let min = self.int_bound(q.min.as_ref(), &id, "min", qspan.clone());
                let max = self.int_bound(q.max.as_ref(), &id, "max", qspan.clone());
                if min >= max {
                    self.find(
                        qspan.clone(),
                        FindingKind::Field(format!("question `{id}`: a scale needs min < max")),
                    );
                }
                if max - min > 100 {
                    self.find(
                        qspan.clone(),
                        FindingKind::Field(format!(
                            "question `{id}`: a scale has at most 101 points"
                        )),
                    );
                }
                let min_label = self.required_msg(q.min_label, &id, "min_label", qspan.clone());
                let max_label = self.required_msg(q.max_label, &id, "max_label", qspan.clone());
                let point_labels: Vec<String> = q
                    .point_labels
                    .unwrap_or_default()
                    .into_iter()
                    .map(|m| self.msg(m))
                    .collect();
                if !point_labels.is_empty() && point_labels.len() as i64 != max - min + 1 {
                    self.find(qspan.clone(), FindingKind::Field(format!("question `{id}`: point_labels needs one label for each point from min to max")));
                }
                let not_applicable = self.opt_msg(q.not_applicable);
                QuestionKind::Scale {
                    min,
                    max,
                    min_label,
                    max_label,
                    point_labels,
                    not_applicable,
                }
            }
            "yes_no" => QuestionKind::YesNo,
            "info" => {
                if !matches!(required, Required::No) {
                    self.find(
                        qspan.clone(),
                        FindingKind::Field(format!(
                            "question `{id}`: an info block cannot be required"
                        )),
                    );
                }
                QuestionKind::Info
            }
            "short_text" | "long_text" => {
                let default = if kind_name == "short_text" { 200 } else { 5000 };
                let max_length = q.max_length.map_or(default, |m| {
                    if *m.get_ref() == 0 {
                        self.find(
                            m.span(),
                            FindingKind::Field("max_length must be at least 1".into()),
                        );
                    }
                    m.into_inner()
                });
                if kind_name == "short_text" {
                    QuestionKind::ShortText { max_length }
                } else {
                    QuestionKind::LongText { max_length }
                }
            }
            "number" => {
                let min = self.num_bound(q.min.as_ref());
                let max = self.num_bound(q.max.as_ref());
                if let (Some(a), Some(b)) = (min, max)
                    && a > b
                {
                    self.find(
                        qspan.clone(),
                        FindingKind::Field(format!("question `{id}`: min is greater than max")),
                    );
                }
                QuestionKind::Number {
                    integer: q.integer.unwrap_or(false),
                    min,
                    max,
                    unit: self.opt_msg(q.unit),
                }
            }
            "date" => {
                let min = self.date_bound(q.min.as_ref());
                let max = self.date_bound(q.max.as_ref());
                if let (Some(DateBound::Fixed(a)), Some(DateBound::Fixed(b))) = (min, max)
                    && a > b
                {
                    self.find(
                        qspan.clone(),
                        FindingKind::Field(format!("question `{id}`: min is after max")),
                    );
                }
                QuestionKind::Date { min, max }
            }
            "group" => {
                if group.is_some() {
                    self.find(
                        qspan.clone(),
                        FindingKind::Field(format!("question `{id}`: groups cannot be nested")),
                    );
                    return None;
                }
                let mut siblings: BTreeMap<String, QInfo> = BTreeMap::new();
                let mut subs = Vec::new();
                let raw_subs = q.questions.unwrap_or_default();
                if raw_subs.is_empty() {
                    self.find(
                        qspan.clone(),
                        FindingKind::Field(format!("question `{id}`: a group needs sub-questions")),
                    );
                }
                for s in raw_subs {
                    if let Some(sq) = self.question(s, Some(&mut siblings)) {
                        subs.push(sq);
                    }
                }
                let min_rows = q.min_rows.map_or(0, Spanned::into_inner);
                let max_rows = q.max_rows.map_or(50, Spanned::into_inner);
                if min_rows > max_rows || max_rows == 0 {
                    self.find(
                        qspan.clone(),
                        FindingKind::Field(format!(
                            "question `{id}`: needs 0 <= min_rows <= max_rows and max_rows >= 1"
                        )),
                    );
                }
                QuestionKind::Group {
                    questions: subs,
                    min_rows,
                    max_rows,
                }
            }
            _ => unreachable!("checked above"),
        };
        let question = Question {
            id: id.clone(),
            label,
            help,
            kind,
            required,
            applies_if,
            audience,
        };
        let info = QInfo {
            kind: question.kind.name(),
            codes: question.options().iter().map(|o| o.code.clone()).collect(),
            scale_na: matches!(
                &question.kind,
                QuestionKind::Scale {
                    not_applicable: Some(_),
                    ..
                }
            ),
        };
        match group {
            Some(g) => {
                g.insert(id, info);
            }
            None => {
                self.earlier.insert(id, info);
            }
        }
        Some(question)
    }

    fn required_msg(
        &mut self,
        m: Option<Spanned<String>>,
        id: &str,
        field: &str,
        span: Range<usize>,
    ) -> String {
        match m {
            Some(m) => self.msg(m),
            None => {
                self.find(
                    span,
                    FindingKind::Field(format!(
                        "question `{id}`: `{field}` is required for this kind"
                    )),
                );
                String::new()
            }
        }
    }

    fn options(
        &mut self,
        raw: Option<Vec<Spanned<RawOption>>>,
        id: &str,
        span: Range<usize>,
    ) -> Vec<ChoiceOption> {
        let raw = raw.unwrap_or_default();
        if raw.is_empty() {
            self.find(
                span,
                FindingKind::Field(format!("question `{id}`: a choice question needs options")),
            );
        }
        let mut codes = BTreeSet::new();
        let mut out = Vec::new();
        let with_points = raw.iter().filter(|o| o.get_ref().points.is_some()).count();
        for o in raw {
            let ospan = o.span();
            let o = o.into_inner();
            let code = o.code.get_ref().clone();
            if !is_code(&code) {
                self.find(
                    o.code.span(),
                    FindingKind::InvalidId {
                        id: code.clone(),
                        rule: "option codes use a-z, 0-9, _ and -",
                    },
                );
            }
            if !codes.insert(code.clone()) {
                self.find(
                    o.code.span(),
                    FindingKind::Duplicate {
                        what: "option code",
                        id: code.clone(),
                    },
                );
            }
            if o.points.is_some_and(|p| !p.is_finite()) {
                self.find(
                    ospan.clone(),
                    FindingKind::Field("points must be a finite number".into()),
                );
            }
            if with_points > 0 && o.points.is_none() {
                self.find(
                    ospan,
                    FindingKind::Field(format!(
                        "question `{id}`: option `{code}` has no points while others have"
                    )),
                );
            }
            let label = self.msg(o.label);
            out.push(ChoiceOption {
                code,
                label,
                points: o.points,
            });
        }
        out
    }

    fn count_bound(&mut self, v: Option<Spanned<toml::Value>>) -> Option<u32> {
        let v = v?;
        match v.get_ref().as_integer() {
            Some(n) if (0..=u32::MAX as i64).contains(&n) => Some(n as u32),
            _ => {
                self.find(
                    v.span(),
                    FindingKind::Field("expected a whole number of selections".into()),
                );
                None
            }
        }
    }

    fn int_bound(
        &mut self,
        v: Option<&Spanned<toml::Value>>,
        id: &str,
        field: &str,
        span: Range<usize>,
    ) -> i64 {
        match v {
            None => {
                self.find(
                    span,
                    FindingKind::Field(format!(
                        "question `{id}`: `{field}` is required for a scale"
                    )),
                );
                0
            }
            Some(v) => match v.get_ref().as_integer() {
                Some(n) if n.abs() <= 1_000_000 => n,
                _ => {
                    self.find(
                        v.span(),
                        FindingKind::Field(
                            "expected a whole number (at most 1000000 in size)".into(),
                        ),
                    );
                    0
                }
            },
        }
    }

    fn num_bound(&mut self, v: Option<&Spanned<toml::Value>>) -> Option<f64> {
        let v = v?;
        match v.get_ref() {
            toml::Value::Integer(n) => Some(*n as f64),
            toml::Value::Float(f) if f.is_finite() => Some(*f),
            _ => {
                self.find(v.span(), FindingKind::Field("expected a number".into()));
                None
            }
        }
    }

    fn date_bound(&mut self, v: Option<&Spanned<toml::Value>>) -> Option<DateBound> {
        let v = v?;
        match v.get_ref() {
            toml::Value::String(s) if s == "today" => Some(DateBound::Today),
            toml::Value::String(s) => match parse_date(s) {
                Some(d) => Some(DateBound::Fixed(d)),
                None => {
                    self.find(
                        v.span(),
                        FindingKind::Field("expected \"today\" or a date \"YYYY-MM-DD\"".into()),
                    );
                    None
                }
            },
            toml::Value::Datetime(dt) => match dt.date.and_then(|d| {
                chrono::NaiveDate::from_ymd_opt(d.year as i32, d.month as u32, d.day as u32)
            }) {
                Some(d) if dt.time.is_none() => Some(DateBound::Fixed(d)),
                _ => {
                    self.find(
                        v.span(),
                        FindingKind::Field("expected a date without a time".into()),
                    );
                    None
                }
            },
            _ => {
                self.find(
                    v.span(),
                    FindingKind::Field("expected \"today\" or a date \"YYYY-MM-DD\"".into()),
                );
                None
            }
        }
    }

    /// Lowers a condition; ids resolve to earlier siblings in `group`, then to earlier
    /// top-level questions.
    fn condition(
        &mut self,
        c: Spanned<RawCondition>,
        group: Option<&BTreeMap<String, QInfo>>,
    ) -> Option<Condition> {
        let span = c.span();
        let c = c.into_inner();
        let combinators = [c.all.is_some(), c.any.is_some(), c.not.is_some()]
            .iter()
            .filter(|b| **b)
            .count();
        let tests = [
            c.equals.is_some(),
            c.one_of.is_some(),
            c.gt.is_some(),
            c.gte.is_some(),
            c.lt.is_some(),
            c.lte.is_some(),
            c.answered.is_some(),
        ]
        .iter()
        .filter(|b| **b)
        .count();
        if combinators + usize::from(c.question.is_some()) != 1 {
            self.find(span, FindingKind::InvalidCondition(
                "a condition is exactly one of: { question = ..., <test> }, { all = [...] }, { any = [...] }, { not = {...} }".into(),
            ));
            return None;
        }
        let lists = match (c.all, c.any) {
            (Some(l), _) => Some((l, true)),
            (None, Some(l)) => Some((l, false)),
            (None, None) => None,
        };
        if let Some((list, is_all)) = lists {
            if list.is_empty() {
                self.find(span, FindingKind::InvalidCondition("an empty list".into()));
                return None;
            }
            let parts: Option<Vec<_>> =
                list.into_iter().map(|x| self.condition(x, group)).collect();
            let parts = parts?;
            return Some(if is_all {
                Condition::All(parts)
            } else {
                Condition::Any(parts)
            });
        }
        if let Some(inner) = c.not {
            return self
                .condition(*inner, group)
                .map(|x| Condition::Not(Box::new(x)));
        }
        let q = c.question.expect("checked above");
        let qid = q.get_ref().clone();
        if tests != 1 {
            self.find(span, FindingKind::InvalidCondition(format!(
                "the test on `{qid}` needs exactly one of equals, one_of, gt, gte, lt, lte, answered"
            )));
            return None;
        }
        let info = group
            .and_then(|g| g.get(&qid))
            .or_else(|| self.earlier.get(&qid))
            .cloned();
        let Some(info) = info else {
            let kind = if self.known.contains(&qid) {
                FindingKind::ForwardReference(qid)
            } else {
                FindingKind::UnknownQuestion(qid)
            };
            self.find(q.span(), kind);
            return None;
        };
        let test = if let Some(v) = c.equals {
            Test::Equals(self.literal(&v, &qid, &info, span.clone())?)
        } else if let Some(vs) = c.one_of {
            if vs.is_empty() {
                self.find(
                    span,
                    FindingKind::InvalidCondition("one_of needs at least one value".into()),
                );
                return None;
            }
            let lits: Option<Vec<_>> = vs
                .iter()
                .map(|v| self.literal(v, &qid, &info, span.clone()))
                .collect();
            Test::OneOf(lits?)
        } else if let Some(a) = c.answered {
            if info.kind == "info" {
                self.incompatible(span, &qid, &info, "an info block has no answer");
                return None;
            }
            Test::Answered(a)
        } else {
            let (op, n) = [
                (CmpOp::Gt, c.gt),
                (CmpOp::Gte, c.gte),
                (CmpOp::Lt, c.lt),
                (CmpOp::Lte, c.lte),
            ]
            .into_iter()
            .find_map(|(op, v)| v.map(|n| (op, n)))
            .expect("one test");
            if !matches!(info.kind, "number" | "scale") {
                self.incompatible(
                    span,
                    &qid,
                    &info,
                    "numeric comparison needs a number or scale question",
                );
                return None;
            }
            Test::Compare(op, n)
        };
        Some(Condition::Test {
            question: qid,
            test,
        })
    }

    fn incompatible(&mut self, span: Range<usize>, qid: &str, info: &QInfo, problem: &str) {
        self.find(
            span,
            FindingKind::IncompatibleCondition {
                question: qid.to_string(),
                kind: info.kind,
                problem: problem.to_string(),
            },
        );
    }

    fn literal(
        &mut self,
        v: &toml::Value,
        qid: &str,
        info: &QInfo,
        span: Range<usize>,
    ) -> Option<Literal> {
        match (info.kind, v) {
            ("single_choice" | "multiple_choice", toml::Value::String(s)) => {
                if info.codes.contains(s) {
                    Some(Literal::Code(s.clone()))
                } else {
                    self.incompatible(
                        span,
                        qid,
                        info,
                        &format!("`{s}` is not one of its option codes"),
                    );
                    None
                }
            }
            ("scale", toml::Value::String(s)) if s == "na" && info.scale_na => {
                Some(Literal::Code(s.clone()))
            }
            ("yes_no", toml::Value::Boolean(b)) => Some(Literal::Bool(*b)),
            ("scale" | "number", toml::Value::Integer(n)) => Some(Literal::Number(*n as f64)),
            ("number", toml::Value::Float(f)) => Some(Literal::Number(*f)),
            _ => {
                self.incompatible(
                    span,
                    qid,
                    info,
                    "the value does not fit the question's kind",
                );
                None
            }
        }
    }

    fn score(
        &mut self,
        sc: Spanned<RawScore>,
        form: &Form,
        ids: &mut BTreeSet<String>,
    ) -> Option<ScoreDef> {
        let span = sc.span();
        let sc = sc.into_inner();
        let id = sc.id.get_ref().clone();
        if !is_snake(&id) {
            self.find(
                sc.id.span(),
                FindingKind::InvalidId {
                    id: id.clone(),
                    rule: "score ids are snake_case",
                },
            );
        }
        if !ids.insert(id.clone()) {
            self.find(
                sc.id.span(),
                FindingKind::Duplicate {
                    what: "score id",
                    id: id.clone(),
                },
            );
        }
        let label = self.msg(sc.label);
        let mut ok = true;
        let mut items = Vec::new();
        let mut seen = BTreeSet::new();
        // Scores come after every question: `self.earlier` holds all top-level questions.
        for it in &sc.items {
            let qid = it.get_ref();
            match form.question(qid) {
                None => {
                    self.find(it.span(), FindingKind::UnknownQuestion(qid.clone()));
                    ok = false;
                }
                Some(q) if q.points_range().is_none() && sc.method.get_ref() != "count" => {
                    self.find(it.span(), FindingKind::NotScorable(qid.clone()));
                    ok = false;
                }
                Some(q) if !q.takes_answer() || matches!(q.kind, QuestionKind::Group { .. }) => {
                    self.find(it.span(), FindingKind::NotScorable(qid.clone()));
                    ok = false;
                }
                Some(_) => {}
            }
            if !seen.insert(qid.clone()) {
                self.find(
                    it.span(),
                    FindingKind::Duplicate {
                        what: "score item",
                        id: qid.clone(),
                    },
                );
            }
            items.push(qid.clone());
        }
        if items.is_empty() {
            self.find(
                span.clone(),
                FindingKind::Field(format!("score `{id}` has no items")),
            );
            ok = false;
        }
        for r in &sc.reverse {
            if !items.contains(r.get_ref()) {
                self.find(
                    r.span(),
                    FindingKind::Field(format!(
                        "reverse item `{}` is not among the score's items",
                        r.get_ref()
                    )),
                );
                ok = false;
            }
        }
        let method = match sc.method.get_ref().as_str() {
            "sum" => ScoreMethod::Sum,
            "mean" => ScoreMethod::Mean,
            "count" => {
                let Some(c) = sc.count_if else {
                    self.find(sc.method.span(), FindingKind::Field(format!("score `{id}`: method `count` needs `count_if` (a test without `question`)")));
                    return None;
                };
                let cspan = c.span();
                // The test applies to each item: check it against every item's kind.
                let raw = c.into_inner();
                if raw.question.is_some()
                    || raw.all.is_some()
                    || raw.any.is_some()
                    || raw.not.is_some()
                {
                    self.find(cspan, FindingKind::InvalidCondition("count_if is a single test (equals, one_of, gt, gte, lt, lte) without `question`".into()));
                    return None;
                }
                let mut test = None;
                for it in &items {
                    let mut probe = RawCondition {
                        question: Some(Spanned::new(cspan.clone(), it.clone())),
                        equals: raw.equals.clone(),
                        one_of: raw.one_of.clone(),
                        gt: raw.gt,
                        gte: raw.gte,
                        lt: raw.lt,
                        lte: raw.lte,
                        answered: raw.answered,
                        ..Default::default()
                    };
                    probe.all = None;
                    let lowered = self.condition(Spanned::new(cspan.clone(), probe), None);
                    match lowered {
                        Some(Condition::Test { test: t, .. }) => test = Some(t),
                        _ => ok = false,
                    }
                }
                match test {
                    Some(t) => ScoreMethod::Count(t),
                    None => return None,
                }
            }
            other => {
                self.find(
                    sc.method.span(),
                    FindingKind::Field(format!("score method `{other}` is not sum, mean or count")),
                );
                return None;
            }
        };
        if matches!(method, ScoreMethod::Count(_)) && !sc.reverse.is_empty() {
            self.find(
                span.clone(),
                FindingKind::Field(format!(
                    "score `{}`: a count has no reverse items",
                    sc.id.get_ref()
                )),
            );
            ok = false;
        }
        let mut bands = Vec::new();
        let mut codes = BTreeSet::new();
        for b in sc.bands {
            let b = b.into_inner();
            if !codes.insert(b.code.get_ref().clone()) {
                self.find(
                    b.code.span(),
                    FindingKind::Duplicate {
                        what: "band code",
                        id: b.code.get_ref().clone(),
                    },
                );
            }
            let label = self.msg(b.label);
            bands.push((
                b.code.span(),
                Band {
                    code: b.code.into_inner(),
                    label,
                    from: b.from,
                    to: b.to,
                },
            ));
        }
        let mut overrides = Vec::new();
        for o in sc.overrides {
            let o = o.into_inner();
            let when = self.condition(o.when, None);
            let band_code = o.band.get_ref().clone();
            let label = match (bands.iter().find(|(_, b)| b.code == band_code), o.label) {
                (Some((_, b)), None) => b.label.clone(),
                (_, Some(l)) => self.msg(l),
                (None, None) => {
                    self.find(
                        o.band.span(),
                        FindingKind::Field(format!(
                            "override band `{band_code}` is not one of the bands: give it a `label`"
                        )),
                    );
                    String::new()
                }
            };
            if let Some(when) = when {
                overrides.push(BandOverride {
                    when,
                    band: band_code,
                    label,
                });
            }
        }
        let mut def = ScoreDef {
            id,
            label,
            method,
            items,
            reverse: sc.reverse.into_iter().map(Spanned::into_inner).collect(),
            max_missing: sc.max_missing,
            bands: bands.iter().map(|(_, b)| b.clone()).collect(),
            overrides,
        };
        if ok {
            let (lo, hi) = def.range(form);
            self.check_bands(&bands, lo, hi, span);
        }
        if def.max_missing as usize >= def.items.len() && !def.items.is_empty() {
            def.max_missing = def.items.len() as u32 - 1;
        }
        ok.then_some(def)
    }

    fn check_bands(
        &mut self,
        bands: &[(Range<usize>, Band)],
        lo: f64,
        hi: f64,
        span: Range<usize>,
    ) {
        if bands.is_empty() {
            self.find(
                span,
                FindingKind::Bands(format!("no bands; the range {lo}..{hi} must be covered")),
            );
            return;
        }
        for (s, b) in bands {
            if b.from.partial_cmp(&b.to) != Some(std::cmp::Ordering::Less) {
                self.find(
                    s.clone(),
                    FindingKind::Bands(format!("band `{}` needs from < to", b.code)),
                );
            }
        }
        let (s0, first) = &bands[0];
        if first.from != lo {
            self.find(
                s0.clone(),
                FindingKind::Bands(format!(
                    "the first band starts at {} but the score's range starts at {lo}",
                    first.from
                )),
            );
        }
        for w in bands.windows(2) {
            let (a, b) = (&w[0].1, &w[1]);
            if b.1.from > a.to {
                self.find(
                    b.0.clone(),
                    FindingKind::Bands(format!(
                        "gap between `{}` (to {}) and `{}` (from {})",
                        a.code, a.to, b.1.code, b.1.from
                    )),
                );
            } else if b.1.from < a.to {
                self.find(
                    b.0.clone(),
                    FindingKind::Bands(format!(
                        "`{}` (from {}) overlaps `{}` (to {})",
                        b.1.code, b.1.from, a.code, a.to
                    )),
                );
            }
        }
        let (sl, last) = bands.last().expect("non-empty");
        if last.to != hi {
            self.find(
                sl.clone(),
                FindingKind::Bands(format!(
                    "the last band ends at {} but the score's range ends at {hi}",
                    last.to
                )),
            );
        }
    }
}
