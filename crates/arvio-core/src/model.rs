//! The checked form model.
//!
//! These types are what a form file lowers into (see [`crate::load`]). A `Form` never holds a
//! dangling reference: every condition and score names a question that exists, comes earlier
//! and has a compatible kind. Construct forms with [`crate::load::parse_form`] or
//! `arvio_forms::builtin`; the model is read-only to the rest of the crate.

use chrono::NaiveDate;
use rustc_hash::FxHashMap;

/// A Fluent message id (for example `fsa-routines-title`). Forms never hold display text.
pub type MessageId = String;

/// A whole assessment form.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Form {
    /// Stable kebab-case id, e.g. `family-self-assessment`.
    pub id: String,
    /// Semantic version of the form definition.
    pub version: semver::Version,
    /// Message id of the form's title.
    pub title: MessageId,
    /// Message id of an introduction shown before the first section.
    pub description: Option<MessageId>,
    /// Sections in display order.
    pub sections: Vec<Section>,
    /// Named scores computed from answers.
    pub scores: Vec<ScoreDef>,
    /// Who made the assessment, when and with whom (shown in every summary).
    pub record: Record,
    /// Top-level question id to (section, question) index, for O(1) lookups.
    pub(crate) index: FxHashMap<String, (usize, usize)>,
}

/// A titled group of questions.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Section {
    /// Id unique within the form.
    pub id: String,
    /// Message id of the heading.
    pub title: MessageId,
    /// Message id of an optional explanation under the heading.
    pub help: Option<MessageId>,
    /// Who answers the section's questions (each question may say otherwise).
    pub audience: Audience,
    /// When present, the whole section applies only if this holds.
    pub applies_if: Option<Condition>,
    /// Questions in display order.
    pub questions: Vec<Question>,
}

/// One question (or an information block that asks nothing).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Question {
    /// Id unique within the form (within its group for sub-questions); the key in responses.
    pub id: String,
    /// Message id of the question text.
    pub label: MessageId,
    /// Message id of help text shown with the question.
    pub help: Option<MessageId>,
    /// What kind of answer it takes.
    pub kind: QuestionKind,
    /// Whether an answer is required (when the question applies).
    pub required: Required,
    /// When present, the question applies only if this holds.
    pub applies_if: Option<Condition>,
    /// Who answers it: the family (default), a child, or the worker. Inherited from the
    /// section (and, in a group, from the group) unless the form file says otherwise.
    pub audience: Audience,
    /// The answer is for the worker only, wherever it was given: a family's copy never shows
    /// it, nor that it exists.
    pub private: bool,
}

/// Who answers a question (or a section).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub enum Audience {
    /// The person or people the form is about (parents, guardians, the carer): the default.
    #[default]
    Family,
    /// A child's or young person's own answers.
    Child,
    /// The professional (social worker, family worker) only.
    Worker,
}

impl Audience {
    /// The name used in form files (`family`, `child`, `worker`).
    pub fn name(self) -> &'static str {
        match self {
            Audience::Family => "family",
            Audience::Child => "child",
            Audience::Worker => "worker",
        }
    }
    /// The part of a response this audience fills in.
    pub fn part(self) -> Part {
        match self {
            Audience::Family | Audience::Child => Part::Family,
            Audience::Worker => Part::Worker,
        }
    }
}

/// A part of a response, filled in turns: the family's (with the child's) and the worker's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Part {
    /// Every question of the family and child audiences.
    Family,
    /// Every worker question.
    Worker,
    /// The whole form (the default).
    #[default]
    All,
}

impl Part {
    /// Whether this part covers questions of the audience.
    pub fn covers(self, audience: Audience) -> bool {
        self == Part::All || audience.part() == self
    }
    /// The name used on the command line (`family`, `worker`, `all`).
    pub fn name(self) -> &'static str {
        match self {
            Part::Family => "family",
            Part::Worker => "worker",
            Part::All => "all",
        }
    }
}

impl std::str::FromStr for Part {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "family" => Ok(Part::Family),
            "worker" => Ok(Part::Worker),
            "all" => Ok(Part::All),
            other => Err(format!("unknown part `{other}` (family, worker or all)")),
        }
    }
}

/// Which copy of a summary is made: what a reader may see.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum CopyFor {
    /// Everything: the worker's own copy, for the case file.
    #[default]
    Worker,
    /// The family's copy: no worker-only question, no private answer, and nothing that shows
    /// that a private answer exists.
    Family,
}

impl CopyFor {
    /// Whether a question appears in this copy (the form's record questions, such as the
    /// assessor's name, are shown in both copies: see [`Form::record`]).
    pub fn shows(self, q: &Question) -> bool {
        match self {
            CopyFor::Worker => true,
            CopyFor::Family => q.audience != Audience::Worker && !q.private,
        }
    }
    /// The name used on the command line (`worker`, `family`).
    pub fn name(self) -> &'static str {
        match self {
            CopyFor::Worker => "worker",
            CopyFor::Family => "family",
        }
    }
}

impl std::str::FromStr for CopyFor {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "worker" => Ok(CopyFor::Worker),
            "family" => Ok(CopyFor::Family),
            other => Err(format!("unknown copy `{other}` (worker or family)")),
        }
    }
}

/// The questions that say who made the assessment, when, and with whom: shown at the top of
/// every summary, in both copies (even when they are worker questions).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Record {
    /// Questions naming the assessor (name, title, unit), in order.
    pub assessor: Vec<String>,
    /// The date question of the assessment.
    pub date: Option<String>,
    /// The question listing the people who took part.
    pub participants: Option<String>,
}

impl Record {
    /// Whether a top-level question is one of the record's.
    pub fn contains(&self, id: &str) -> bool {
        self.assessor.iter().any(|a| a == id)
            || self.date.as_deref() == Some(id)
            || self.participants.as_deref() == Some(id)
    }
}

/// Whether a question must be answered.
#[derive(Debug, Clone, PartialEq)]
pub enum Required {
    /// Never required.
    No,
    /// Always required when the question applies.
    Yes,
    /// Required when the condition holds (and the question applies).
    If(Condition),
}

/// The kinds of question and their value domains.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum QuestionKind {
    /// Pick one option; the response stores its code.
    SingleChoice {
        /// The options in display order.
        options: Vec<ChoiceOption>,
    },
    /// Pick several options; the response stores a list of codes.
    MultipleChoice {
        /// The options in display order.
        options: Vec<ChoiceOption>,
        /// Fewest selections allowed (when answered).
        min: Option<u32>,
        /// Most selections allowed.
        max: Option<u32>,
    },
    /// An integer from `min` to `max` with labelled ends; optionally "not applicable" (`"na"`).
    Scale {
        /// Lowest point.
        min: i64,
        /// Highest point.
        max: i64,
        /// Message id of the label at `min`.
        min_label: MessageId,
        /// Message id of the label at `max`.
        max_label: MessageId,
        /// Optional message ids for every point, `min` first.
        point_labels: Vec<MessageId>,
        /// Message id of the "not applicable / can't say" choice, if offered.
        not_applicable: Option<MessageId>,
    },
    /// `true` or `false`.
    YesNo,
    /// A single line of text.
    ShortText {
        /// Maximum length in characters.
        max_length: u32,
    },
    /// Free text over several lines.
    LongText {
        /// Maximum length in characters.
        max_length: u32,
    },
    /// A number.
    Number {
        /// Only whole numbers are accepted.
        integer: bool,
        /// Smallest allowed value.
        min: Option<f64>,
        /// Largest allowed value.
        max: Option<f64>,
        /// Message id of the unit (e.g. "hours a day").
        unit: Option<MessageId>,
    },
    /// A calendar date, `YYYY-MM-DD`.
    Date {
        /// Earliest allowed date.
        min: Option<DateBound>,
        /// Latest allowed date.
        max: Option<DateBound>,
    },
    /// Rows of sub-questions, e.g. the members of a support network.
    Group {
        /// The sub-questions of each row.
        questions: Vec<Question>,
        /// Fewest rows (when answered).
        min_rows: u32,
        /// Most rows.
        max_rows: u32,
    },
    /// Text shown to the reader; asks nothing and takes no answer.
    Info,
}

/// A bound on a date answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateBound {
    /// A fixed date.
    Fixed(NaiveDate),
    /// The date of validation ("not in the future" is `max = Today`).
    Today,
}

/// One option of a choice question.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ChoiceOption {
    /// Stable code stored in responses.
    pub code: String,
    /// Message id of the option text.
    pub label: MessageId,
    /// Points for scoring, if the option scores.
    pub points: Option<f64>,
}

/// A condition over earlier answers.
#[derive(Debug, Clone, PartialEq)]
pub enum Condition {
    /// A test on one question's answer.
    Test {
        /// The question tested (a top-level id, or a sibling in the same group row).
        question: String,
        /// The test.
        test: Test,
    },
    /// All must hold.
    All(Vec<Condition>),
    /// At least one must hold.
    Any(Vec<Condition>),
    /// Must not hold.
    Not(Box<Condition>),
    /// At least one row of a repeating group satisfies `row`, whose tests name the group's
    /// sub-questions (in a form file: `{ any_row = "group", where = { ... } }`). Only at top
    /// level, never inside a group row.
    AnyRow {
        /// The group question (a top-level id).
        group: String,
        /// The condition one row must satisfy.
        row: Box<Condition>,
    },
}

impl Condition {
    /// Every question id the condition reads, in order (with repeats).
    pub fn questions(&self) -> Vec<&str> {
        let mut out = Vec::new();
        fn walk<'a>(c: &'a Condition, out: &mut Vec<&'a str>) {
            match c {
                Condition::Test { question, .. } => out.push(question),
                Condition::All(cs) | Condition::Any(cs) => cs.iter().for_each(|c| walk(c, out)),
                Condition::Not(c) => walk(c, out),
                // The rows' sub-questions are read through their group.
                Condition::AnyRow { group, .. } => out.push(group),
            }
        }
        walk(self, &mut out);
        out
    }
}

/// A test on an answer value.
#[derive(Debug, Clone, PartialEq)]
pub enum Test {
    /// The answer equals the literal (for multiple choice: contains the code).
    Equals(Literal),
    /// The answer equals one of the literals (for multiple choice: contains one of them).
    OneOf(Vec<Literal>),
    /// Numeric comparison of a number or scale answer.
    Compare(CmpOp, f64),
    /// The question has (`true`) or lacks (`false`) an answer.
    Answered(bool),
}

/// A literal value in a condition.
#[derive(Debug, Clone, PartialEq)]
pub enum Literal {
    /// An option code (or `"na"` for a scale).
    Code(String),
    /// A yes/no value.
    Bool(bool),
    /// A number.
    Number(f64),
}

/// A numeric comparison operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    /// `>`
    Gt,
    /// `>=`
    Gte,
    /// `<`
    Lt,
    /// `<=`
    Lte,
}

impl CmpOp {
    /// Applies the comparison.
    pub fn holds(self, a: f64, b: f64) -> bool {
        match self {
            CmpOp::Gt => a > b,
            CmpOp::Gte => a >= b,
            CmpOp::Lt => a < b,
            CmpOp::Lte => a <= b,
        }
    }
}

/// How a score combines its items.
#[derive(Debug, Clone, PartialEq)]
pub enum ScoreMethod {
    /// Sum of item points.
    Sum,
    /// Mean of item points over answered items.
    Mean,
    /// Number of answered items whose answer passes the test.
    Count(Test),
}

/// A named score.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ScoreDef {
    /// Id unique among the form's scores.
    pub id: String,
    /// Message id of the score's name.
    pub label: MessageId,
    /// How items combine.
    pub method: ScoreMethod,
    /// Item question ids (top-level scorable questions).
    pub items: Vec<String>,
    /// Items whose points are reversed (`min + max - points`).
    pub reverse: Vec<String>,
    /// How many unanswered items are tolerated: up to this many missing items a sum is
    /// prorated, a mean uses the answered items and a count counts among them; beyond it the
    /// score is incomplete.
    pub max_missing: u32,
    /// Bands covering the score's range, in ascending order.
    pub bands: Vec<Band>,
    /// Rules that choose a band regardless of the value, checked in order.
    pub overrides: Vec<BandOverride>,
}

/// An interpretation band: `from <= value < to` (the last band also includes `to`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Band {
    /// Stable band code.
    pub code: String,
    /// Message id of the band's interpretation text.
    pub label: MessageId,
    /// Inclusive lower bound.
    pub from: f64,
    /// Exclusive upper bound (inclusive for the last band).
    pub to: f64,
}

/// A rule that selects a band when its condition holds, whatever the score value.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct BandOverride {
    /// The condition over answers.
    pub when: Condition,
    /// The band code selected (one of the score's bands, or `extra_band`).
    pub band: String,
    /// Message id of the band, when the band code is not one of the range bands.
    pub label: MessageId,
}

impl Form {
    /// All top-level questions in form order, with their section.
    pub fn questions(&self) -> impl Iterator<Item = (&Section, &Question)> {
        self.sections
            .iter()
            .flat_map(|s| s.questions.iter().map(move |q| (s, q)))
    }

    /// Finds a top-level question by id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        let &(s, q) = self.index.get(id)?;
        Some(&self.sections[s].questions[q])
    }

    /// Finds a top-level question by id, with the section it is in.
    pub fn question_in_section(&self, id: &str) -> Option<(&Section, &Question)> {
        let &(s, q) = self.index.get(id)?;
        let section = &self.sections[s];
        Some((section, &section.questions[q]))
    }

    /// Rebuilds the id index after the sections changed.
    pub(crate) fn reindex(&mut self) {
        self.index = self
            .sections
            .iter()
            .enumerate()
            .flat_map(|(si, s)| {
                s.questions
                    .iter()
                    .enumerate()
                    .map(move |(qi, q)| (q.id.clone(), (si, qi)))
            })
            .collect();
    }

    /// Finds a score by id.
    pub fn score(&self, id: &str) -> Option<&ScoreDef> {
        self.scores.iter().find(|s| s.id == id)
    }

    /// Every message id the form refers to, in form order, without duplicates.
    pub fn message_ids(&self) -> Vec<&str> {
        let mut all: Vec<&str> = vec![self.title.as_str()];
        all.extend(self.description.as_deref());
        for s in &self.sections {
            all.push(&s.title);
            all.extend(s.help.as_deref());
            for q in &s.questions {
                q.collect_messages(&mut all);
            }
        }
        for sc in &self.scores {
            all.push(&sc.label);
            for b in &sc.bands {
                all.push(&b.label);
            }
            for o in &sc.overrides {
                all.push(&o.label);
            }
        }
        let mut seen = std::collections::HashSet::new();
        all.retain(|id| seen.insert(*id));
        all
    }
}

impl Question {
    fn collect_messages<'a>(&'a self, out: &mut Vec<&'a str>) {
        out.push(&self.label);
        out.extend(self.help.as_deref());
        match &self.kind {
            QuestionKind::SingleChoice { options }
            | QuestionKind::MultipleChoice { options, .. } => {
                out.extend(options.iter().map(|o| o.label.as_str()))
            }
            QuestionKind::Scale {
                min_label,
                max_label,
                point_labels,
                not_applicable,
                ..
            } => {
                out.push(min_label);
                out.push(max_label);
                out.extend(point_labels.iter().map(String::as_str));
                out.extend(not_applicable.as_deref());
            }
            QuestionKind::Number { unit, .. } => out.extend(unit.as_deref()),
            QuestionKind::Group { questions, .. } => {
                for q in questions {
                    q.collect_messages(out);
                }
            }
            QuestionKind::YesNo
            | QuestionKind::ShortText { .. }
            | QuestionKind::LongText { .. }
            | QuestionKind::Date { .. }
            | QuestionKind::Info => {}
        }
    }

    /// The options of a choice question (empty for other kinds).
    pub fn options(&self) -> &[ChoiceOption] {
        match &self.kind {
            QuestionKind::SingleChoice { options }
            | QuestionKind::MultipleChoice { options, .. } => options,
            _ => &[],
        }
    }

    /// Whether the question takes an answer (everything but [`QuestionKind::Info`]).
    pub fn takes_answer(&self) -> bool {
        !matches!(self.kind, QuestionKind::Info)
    }

    /// The `(min, max)` points an answer can score, if the question is scorable: a scale,
    /// a single choice whose options all carry points, or yes/no (yes = 1, no = 0).
    pub fn points_range(&self) -> Option<(f64, f64)> {
        match &self.kind {
            QuestionKind::Scale { min, max, .. } => Some((*min as f64, *max as f64)),
            QuestionKind::SingleChoice { options } => {
                let pts: Option<Vec<f64>> = options.iter().map(|o| o.points).collect();
                let pts = pts?;
                let lo = pts.iter().copied().fold(f64::INFINITY, f64::min);
                let hi = pts.iter().copied().fold(f64::NEG_INFINITY, f64::max);
                (!pts.is_empty()).then_some((lo, hi))
            }
            QuestionKind::YesNo => Some((0.0, 1.0)),
            _ => None,
        }
    }

    /// A short name of the kind, as used in form files (`single_choice`, `scale`, ...).
    pub fn kind_name(&self) -> &'static str {
        self.kind.name()
    }
}

impl QuestionKind {
    /// The message id that names a point of a scale: its own label (`point_labels`), else
    /// `min_label` at the lowest point and `max_label` at the highest; `None` for an unlabelled
    /// middle point, a point outside the scale, or a kind that is not a scale.
    pub fn scale_point_label(&self, point: i64) -> Option<&MessageId> {
        let QuestionKind::Scale {
            min,
            max,
            min_label,
            max_label,
            point_labels,
            ..
        } = self
        else {
            return None;
        };
        if point < *min || point > *max {
            return None;
        }
        point_labels
            .get((point - *min) as usize)
            .or((point == *min).then_some(min_label))
            .or((point == *max).then_some(max_label))
    }

    /// The kind's name as written in form files.
    pub fn name(&self) -> &'static str {
        match self {
            QuestionKind::SingleChoice { .. } => "single_choice",
            QuestionKind::MultipleChoice { .. } => "multiple_choice",
            QuestionKind::Scale { .. } => "scale",
            QuestionKind::YesNo => "yes_no",
            QuestionKind::ShortText { .. } => "short_text",
            QuestionKind::LongText { .. } => "long_text",
            QuestionKind::Number { .. } => "number",
            QuestionKind::Date { .. } => "date",
            QuestionKind::Group { .. } => "group",
            QuestionKind::Info => "info",
        }
    }
}

impl ScoreDef {
    /// The interval `(min, max)` the score's value always lies in.
    pub fn range(&self, form: &Form) -> (f64, f64) {
        self.range_by(|id| form.question(id))
    }

    /// As [`ScoreDef::range`], with a question lookup (for callers holding an index).
    pub fn range_by<'q>(&self, lookup: impl Fn(&str) -> Option<&'q Question>) -> (f64, f64) {
        let ranges = self
            .items
            .iter()
            .filter_map(|id| lookup(id).and_then(Question::points_range));
        match &self.method {
            ScoreMethod::Sum => ranges.fold((0.0, 0.0), |(lo, hi), (a, b)| (lo + a, hi + b)),
            ScoreMethod::Mean => ranges
                .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), (a, b)| {
                    (lo.min(a), hi.max(b))
                }),
            ScoreMethod::Count(_) => (0.0, self.items.len() as f64),
        }
    }

    /// The band a value falls in (`from <= v < to`, the last band closed at `to`).
    pub fn band_for(&self, value: f64) -> Option<&Band> {
        let last = self.bands.len().checked_sub(1)?;
        self.bands
            .iter()
            .enumerate()
            .find(|(i, b)| value >= b.from && (value < b.to || (*i == last && value <= b.to)))
            .map(|(_, b)| b)
    }
}
