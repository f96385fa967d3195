//! The prepared view renderers walk.
//!
//! [`summary`] builds, once per (form, response, copy, language), everything a summary shows,
//! already in words: the record (who assessed, when, with whom), the sections and answers that
//! apply and that the copy may show, group answers as tables, the score table and chart, the
//! count of optional questions left open, the form-specific [`Block`]s the caller prepared
//! (deadlines, a start and review comparison) and the signature lines. Text, HTML and PDF only
//! lay it out, so a family's copy is filtered in one place and every format says the same.
//!
//! [`applicable`] and [`answer_text`] are the lower-level pieces, for renderers that walk the
//! form themselves (the fill-in forms).

use super::phrase::plain_number;
use super::{Arg, RenderContext, RenderError, RenderKind, Texts, common};
use crate::model::{CopyFor, Form, Question, QuestionKind, Required, ScoreDef, Section};
use crate::score::{Completeness, ScoreResult};
use crate::validate::{Answer, Answers, eval};

/// A table: a caption, column headings and rows whose first cell heads the row.
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Table {
    /// A stable id (for anchors), e.g. `scores`, `q-network`, `deadlines`.
    pub id: String,
    /// The caption.
    pub caption: String,
    /// Column headings, one per cell of a row.
    pub headers: Vec<String>,
    /// Rows; the first cell of each row is its heading.
    pub rows: Vec<Vec<Cell>>,
    /// Notes printed under the table.
    pub notes: Vec<String>,
}

impl Table {
    /// A table with a caption and headings, and no rows yet.
    pub fn new(id: impl Into<String>, caption: impl Into<String>, headers: Vec<String>) -> Self {
        Table {
            id: id.into(),
            caption: caption.into(),
            headers,
            rows: Vec::new(),
            notes: Vec::new(),
        }
    }
}

/// One table cell.
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Cell {
    /// The text.
    pub text: String,
    /// Drawn to the reader's attention (an overdue deadline, a flagged band).
    pub flagged: bool,
}

impl Cell {
    /// A plain cell.
    pub fn new(text: impl Into<String>) -> Self {
        Cell {
            text: text.into(),
            flagged: false,
        }
    }
    /// A cell drawn to the reader's attention.
    pub fn flagged(text: impl Into<String>) -> Self {
        Cell {
            text: text.into(),
            flagged: true,
        }
    }
}

/// A horizontal bar chart: one row per score (or domain), one bar per series.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct Chart {
    /// A stable id, e.g. `chart-scores`.
    pub id: String,
    /// The title.
    pub title: String,
    /// The axis from `min` to `max`.
    pub min: f64,
    /// The end of the axis.
    pub max: f64,
    /// Tick marks on the axis: position and label.
    pub ticks: Vec<(f64, String)>,
    /// Series names (one: the scores; two: start and review).
    pub series: Vec<String>,
    /// One row per score: its label, and per series the value with its text.
    pub rows: Vec<ChartRow>,
    /// A sentence for readers who do not see the chart: where the same figures are in words.
    pub alt: String,
}

/// One row of a [`Chart`].
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct ChartRow {
    /// The row's label.
    pub label: String,
    /// Per series: the value and how it is written, or `None` when there is none.
    pub values: Vec<Option<(f64, String)>>,
}

/// Form-specific content prepared outside the engine (by `arvio-forms`): a titled part of a
/// summary with tables, a chart and notes.
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Block {
    /// A stable id, e.g. `deadlines`, `compare`.
    pub id: String,
    /// The heading.
    pub title: String,
    /// Notes printed under the heading, before the tables.
    pub intro: Vec<String>,
    /// A chart, printed before the tables (which are its text alternative).
    pub chart: Option<Chart>,
    /// Tables.
    pub tables: Vec<Table>,
    /// Notes printed after the tables.
    pub notes: Vec<String>,
}

impl Block {
    /// An empty block with a heading.
    pub fn new(id: impl Into<String>, title: impl Into<String>) -> Self {
        Block {
            id: id.into(),
            title: title.into(),
            ..Block::default()
        }
    }
}

/// A label with its value, e.g. "Worker: Liisa Laine".
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct Field {
    /// The question id it comes from.
    pub id: String,
    /// The label.
    pub label: String,
    /// The value in words ("Not answered" when there is none).
    pub value: String,
}

/// An answer in a summary.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum AnswerView {
    /// The answer in words (may hold line breaks, for long text).
    Text(String),
    /// A required question without an answer: "Not answered".
    Missing(String),
    /// A group answer: one row per row of the answer.
    Table(Table),
}

/// One question of a summary.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct ItemSummary {
    /// The question id.
    pub id: String,
    /// The question's label.
    pub label: String,
    /// A mark after the label in the worker's copy ("Filled in by the worker", "Private").
    pub marker: Option<String>,
    /// The answer.
    pub answer: AnswerView,
}

/// One section of a summary, with the questions it shows.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct SectionSummary {
    /// The section id.
    pub id: String,
    /// The heading.
    pub title: String,
    /// The questions shown, in form order.
    pub items: Vec<ItemSummary>,
}

/// The signature lines at the end of a summary (and of a blank form).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Signatures {
    /// The heading ("Signatures").
    pub title: String,
    /// Whose lines, in order ("Worker", "Family").
    pub signers: Vec<String>,
    /// Under the line: "Signature".
    pub signature: String,
    /// Under the line: "Name in block letters".
    pub name: String,
    /// Beside the line: "Date".
    pub date: String,
}

impl Signatures {
    /// The signature lines in the reader's language: one for the worker, one for the family.
    pub fn new(t: &dyn Texts) -> Self {
        Signatures {
            title: t.message(common::SIGNATURES),
            signers: vec![
                t.message(common::SIGNER_WORKER),
                t.message(common::SIGNER_FAMILY),
            ],
            signature: t.message(common::SIGNATURE),
            name: t.message(common::SIGNATURE_NAME),
            date: t.message(common::SIGNATURE_DATE),
        }
    }
}

/// Everything a summary (or a comparison) shows, in words, for one copy and language.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct Summary {
    /// Summary or comparison.
    pub kind: RenderKind,
    /// The language tag of the texts.
    pub language: String,
    /// The form's title.
    pub title: String,
    /// "Summary" or "Start and review".
    pub heading: String,
    /// "Form version 1.1.0".
    pub version: String,
    /// Whose copy.
    pub copy: CopyFor,
    /// "Worker's copy" / "Family's copy".
    pub copy_label: String,
    /// The confidentiality mark.
    pub confidential: String,
    /// "The response has 3 errors", when it has any.
    pub errors: Option<String>,
    /// The heading of the record ("Assessment").
    pub record_title: String,
    /// Who assessed, when, and with whom (the form's `[record]` questions).
    pub record: Vec<Field>,
    /// The sections that apply and show something in this copy.
    pub sections: Vec<SectionSummary>,
    /// One line on the optional questions left open (the worker's copy only).
    pub open: Option<String>,
    /// The scores this copy may show (`None` when the form has none to show).
    pub scores: Option<Table>,
    /// The scores as a chart (scores that share one range, two or more).
    pub chart: Option<Chart>,
    /// "Interpretations are guidance, not decisions", with scores.
    pub band_disclaimer: Option<String>,
    /// Form-specific content (deadlines, comparison).
    pub blocks: Vec<Block>,
    /// The signature lines.
    pub signatures: Signatures,
}

impl Table {
    /// Every text of the table: caption, headings, cells, notes.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.caption.as_str())
            .chain(self.headers.iter().map(String::as_str))
            .chain(self.rows.iter().flatten().map(|c| c.text.as_str()))
            .chain(self.notes.iter().map(String::as_str))
    }
}

impl Chart {
    /// Every text of the chart: title, ticks, series, row labels and values.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.title.as_str())
            .chain(self.ticks.iter().map(|(_, t)| t.as_str()))
            .chain(self.series.iter().map(String::as_str))
            .chain(self.rows.iter().flat_map(|r| {
                std::iter::once(r.label.as_str())
                    .chain(r.values.iter().flatten().map(|(_, t)| t.as_str()))
            }))
            .chain(std::iter::once(self.alt.as_str()))
    }
}

impl Summary {
    /// Every text the summary shows, in reading order: what any renderer of it may print.
    /// For checks such as "nothing of a private answer is in the family's copy".
    pub fn texts(&self) -> Vec<&str> {
        let mut out: Vec<&str> = vec![
            &self.title,
            &self.heading,
            &self.version,
            &self.copy_label,
            &self.confidential,
        ];
        out.extend(self.errors.as_deref());
        out.push(&self.record_title);
        for f in &self.record {
            out.push(&f.label);
            out.push(&f.value);
        }
        for s in &self.sections {
            out.push(&s.title);
            for i in &s.items {
                out.push(&i.label);
                out.extend(i.marker.as_deref());
                match &i.answer {
                    AnswerView::Text(t) | AnswerView::Missing(t) => out.push(t),
                    AnswerView::Table(t) => out.extend(t.texts()),
                }
            }
        }
        out.extend(self.open.as_deref());
        if let Some(t) = &self.scores {
            out.extend(t.texts());
        }
        if let Some(c) = &self.chart {
            out.extend(c.texts());
        }
        out.extend(self.band_disclaimer.as_deref());
        for b in &self.blocks {
            out.push(&b.title);
            out.extend(b.intro.iter().map(String::as_str));
            if let Some(c) = &b.chart {
                out.extend(c.texts());
            }
            for t in &b.tables {
                out.extend(t.texts());
            }
            out.extend(b.notes.iter().map(String::as_str));
        }
        let sig = &self.signatures;
        out.push(&sig.title);
        out.extend(sig.signers.iter().map(String::as_str));
        out.extend([sig.signature.as_str(), sig.name.as_str(), sig.date.as_str()]);
        out
    }
}

// Every type above holds answers in words (special-category personal data): their `Debug`
// shows ids, kinds and counts only, never a text.
macro_rules! redacted_debug {
    ($t:ty, |$s:ident, $d:ident| $body:expr) => {
        impl std::fmt::Debug for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                let $s = self;
                let mut $d = f.debug_struct(stringify!($t));
                $body;
                $d.finish_non_exhaustive()
            }
        }
    };
}
redacted_debug!(Table, |s, d| d
    .field("id", &s.id)
    .field("rows", &s.rows.len()));
redacted_debug!(Cell, |s, d| d.field("flagged", &s.flagged));
redacted_debug!(Chart, |s, d| d
    .field("id", &s.id)
    .field("rows", &s.rows.len()));
redacted_debug!(ChartRow, |s, d| d.field("values", &s.values.len()));
redacted_debug!(Block, |s, d| d
    .field("id", &s.id)
    .field("tables", &s.tables));
redacted_debug!(Field, |s, d| d.field("id", &s.id));
redacted_debug!(AnswerView, |s, d| d.field(
    "kind",
    &match s {
        AnswerView::Text(_) => "text",
        AnswerView::Missing(_) => "missing",
        AnswerView::Table(_) => "table",
    }
));
redacted_debug!(ItemSummary, |s, d| d
    .field("id", &s.id)
    .field("answer", &s.answer));
redacted_debug!(SectionSummary, |s, d| d
    .field("id", &s.id)
    .field("items", &s.items));
redacted_debug!(Summary, |s, d| d
    .field("kind", &s.kind)
    .field("copy", &s.copy)
    .field("record", &s.record)
    .field("sections", &s.sections)
    .field("blocks", &s.blocks));

/// Whether a top-level question shows in a copy's sections (record questions are shown in the
/// record instead).
fn shows(form: &Form, copy: CopyFor, q: &Question) -> bool {
    copy.shows(q) && !form.record.contains(&q.id)
}

/// Whether a score may be shown in a copy: in the family's, only when every question it reads
/// (items and override conditions) is one the family's copy shows.
pub fn score_shows(form: &Form, copy: CopyFor, def: &ScoreDef) -> bool {
    if copy == CopyFor::Worker {
        return true;
    }
    def.items
        .iter()
        .map(String::as_str)
        .chain(def.overrides.iter().flat_map(|o| o.when.questions()))
        .all(|id| form.question(id).is_some_and(|q| copy.shows(q)))
}

/// A mark for a question in the worker's copy.
fn marker(q: &Question, copy: CopyFor, t: &dyn Texts) -> Option<String> {
    if copy != CopyFor::Worker {
        return None;
    }
    if q.private {
        Some(t.message(common::PRIVATE))
    } else if q.audience == crate::model::Audience::Worker {
        Some(t.message(common::WORKER_ONLY))
    } else {
        None
    }
}

/// A group answer as a table: a row number, then one column per sub-question the copy shows.
pub fn group_table(
    q: &Question,
    rows: &[crate::validate::Row],
    copy: CopyFor,
    t: &dyn Texts,
) -> Table {
    let QuestionKind::Group { questions, .. } = &q.kind else {
        return Table::default();
    };
    let subs: Vec<&Question> = questions
        .iter()
        .filter(|sq| sq.takes_answer() && copy.shows(sq))
        .collect();
    let mut headers = vec!["#".to_string()];
    headers.extend(subs.iter().map(|sq| t.message(&sq.label)));
    let mut table = Table::new(format!("q-{}", q.id), t.message(&q.label), headers);
    for (i, row) in rows.iter().enumerate() {
        let mut cells = vec![Cell::new((i + 1).to_string())];
        cells.extend(subs.iter().map(|sq| {
            Cell::new(
                row.get(&sq.id)
                    .map_or_else(|| "–".to_string(), |a| answer_text(sq, a, t)),
            )
        }));
        table.rows.push(cells);
    }
    if rows.is_empty() {
        table.notes.push(t.message(common::NO_ROWS));
    }
    table
}

/// The score table: name, value, range, interpretation and completeness of every score the
/// copy may show.
pub fn score_table(
    form: &Form,
    scores: &[ScoreResult],
    copy: CopyFor,
    t: &dyn Texts,
) -> Option<Table> {
    let shown: Vec<&ScoreResult> = scores
        .iter()
        .filter(|s| {
            form.score(&s.id)
                .is_some_and(|d| score_shows(form, copy, d))
        })
        .collect();
    if shown.is_empty() {
        return None;
    }
    let mut table = Table::new(
        "scores",
        t.message(common::SCORES),
        vec![
            t.message(common::SCORE),
            t.message(common::SCORE_VALUE),
            t.message(common::RANGE),
            t.message(common::BAND),
            t.message(common::SCORE_COMPLETENESS),
        ],
    );
    for s in shown {
        let value = s.value.map_or_else(|| "–".to_string(), |v| t.number(v));
        let range = format!("{}–{}", t.number(s.range.0), t.number(s.range.1));
        let band = s
            .band
            .as_ref()
            .map_or_else(|| "–".to_string(), |b| t.message(&b.label));
        let completeness = match s.completeness {
            Completeness::Complete => format!("{} / {}", s.answered, s.items),
            Completeness::NotApplicable => t.message(common::SCORE_NOT_APPLICABLE),
            Completeness::Partial { missing } => {
                t.message_with(common::PARTIAL, &[("missing", Arg::Num(missing.into()))])
            }
            Completeness::Incomplete { missing } => {
                t.message_with(common::INCOMPLETE, &[("missing", Arg::Num(missing.into()))])
            }
        };
        table.rows.push(vec![
            Cell::new(t.message(&s.label)),
            Cell::new(value),
            Cell::new(range),
            Cell::new(band),
            Cell::new(completeness),
        ]);
    }
    Some(table)
}

/// Ticks for an axis from `min` to `max`: every whole number when there are at most ten,
/// otherwise about five.
pub fn ticks(min: f64, max: f64, t: &dyn Texts) -> Vec<(f64, String)> {
    let span = max - min;
    if span <= 0.0 {
        return vec![(min, plain_number(t, min))];
    }
    let step = if span <= 10.0 {
        1.0
    } else {
        (span / 5.0).ceil()
    };
    let mut out = Vec::new();
    let mut v = min;
    while v <= max + 1e-9 {
        out.push((v, plain_number(t, v)));
        v += step;
    }
    out
}

/// A chart of scores that share one range: the largest set of two or more scores (in form
/// order) with the same range. `series` holds one report per series (one for a summary; start
/// and review for a comparison), each with its name.
pub fn score_chart(
    form: &Form,
    series: &[(String, &[ScoreResult])],
    copy: CopyFor,
    t: &dyn Texts,
) -> Option<Chart> {
    let first = series.first()?.1;
    let shown: Vec<&ScoreResult> = first
        .iter()
        .filter(|s| {
            form.score(&s.id)
                .is_some_and(|d| score_shows(form, copy, d))
        })
        .collect();
    // The range shared by the most scores.
    let mut best: Option<((f64, f64), usize)> = None;
    for s in &shown {
        let n = shown.iter().filter(|o| o.range == s.range).count();
        if best.is_none_or(|(_, m)| n > m) {
            best = Some((s.range, n));
        }
    }
    let ((min, max), n) = best?;
    if n < 2 {
        return None;
    }
    let rows = shown
        .iter()
        .filter(|s| s.range == (min, max))
        .map(|s| ChartRow {
            label: t.message(&s.label),
            values: series
                .iter()
                .map(|(_, report)| {
                    report
                        .iter()
                        .find(|r| r.id == s.id)
                        .and_then(|r| r.value)
                        .map(|v| (v, t.number(v)))
                })
                .collect(),
        })
        .collect();
    Some(Chart {
        id: "chart-scores".into(),
        title: t.message(common::SCORES),
        min,
        max,
        ticks: ticks(min, max, t),
        series: series.iter().map(|(name, _)| name.clone()).collect(),
        rows,
        alt: t.message(common::CHART_ALT),
    })
}

/// Builds the summary (or, for [`RenderKind::Compare`], the comparison) of a filled context.
pub fn summary(cx: &RenderContext<'_>) -> Result<Summary, RenderError> {
    let f = cx.filled.ok_or(RenderError::MissingResponse)?;
    let t = cx.texts;
    let form = cx.form;
    let copy = cx.copy;
    let answers = &f.validation.answers;
    let answer_words = |q: &Question| -> String {
        answers
            .get(&q.id)
            .map_or_else(|| t.message(common::NOT_ANSWERED), |a| answer_text(q, a, t))
    };
    let record: Vec<Field> = form
        .record
        .assessor
        .iter()
        .chain(form.record.date.iter())
        .chain(form.record.participants.iter())
        .filter_map(|id| form.question(id))
        .map(|q| Field {
            id: q.id.clone(),
            label: t.message(&q.label),
            value: answer_words(q),
        })
        .collect();
    let compare = cx.kind == RenderKind::Compare;
    let mut sections = Vec::new();
    let mut open: Vec<(String, usize)> = Vec::new();
    if !compare {
        for s in applicable(form, answers) {
            let mut items = Vec::new();
            let mut left_open = 0;
            for item in &s.items {
                let q = item.question;
                if !q.takes_answer() || !shows(form, copy, q) {
                    continue;
                }
                let answer = match item.answer {
                    Some(Answer::Group(rows)) => AnswerView::Table(group_table(q, rows, copy, t)),
                    Some(a) => AnswerView::Text(answer_text(q, a, t)),
                    None if matches!(q.required, Required::No) => {
                        left_open += 1;
                        continue;
                    }
                    None => AnswerView::Missing(t.message(common::NOT_ANSWERED)),
                };
                items.push(ItemSummary {
                    id: q.id.clone(),
                    label: t.message(&q.label),
                    marker: marker(q, copy, t),
                    answer,
                });
            }
            let title = t.message(&s.section.title);
            if left_open > 0 {
                open.push((title.clone(), left_open));
            }
            if !items.is_empty() {
                sections.push(SectionSummary {
                    id: s.section.id.clone(),
                    title,
                    items,
                });
            }
        }
    }
    let open = (copy == CopyFor::Worker && !open.is_empty()).then(|| {
        let count: usize = open.iter().map(|(_, n)| n).sum();
        let list = open
            .iter()
            .map(|(title, n)| format!("{title} ({})", t.number(*n as f64)))
            .collect::<Vec<_>>()
            .join(", ");
        t.message_with(
            common::OPEN_QUESTIONS,
            &[
                ("count", Arg::Num(count as f64)),
                ("sections", Arg::Str(&list)),
            ],
        )
    });
    let (scores, chart) = if compare {
        (None, None)
    } else {
        (
            score_table(form, &f.scores.scores, copy, t),
            score_chart(
                form,
                &[(t.message(common::SCORE), f.scores.scores.as_slice())],
                copy,
                t,
            ),
        )
    };
    let band_disclaimer = scores.as_ref().map(|_| t.message(common::BAND_DISCLAIMER));
    let errors = (!f.validation.errors.is_empty()).then(|| {
        t.message_with(
            common::ERRORS,
            &[("count", Arg::Num(f.validation.errors.len() as f64))],
        )
    });
    Ok(Summary {
        kind: cx.kind,
        language: t.language().to_string(),
        title: t.message(&form.title),
        heading: t.message(if compare {
            common::COMPARE_TITLE
        } else {
            common::SUMMARY
        }),
        version: t.message_with(
            common::VERSION,
            &[("version", Arg::Str(&form.version.to_string()))],
        ),
        copy,
        copy_label: t.message(match copy {
            CopyFor::Worker => common::COPY_WORKER,
            CopyFor::Family => common::COPY_FAMILY,
        }),
        confidential: t.message(common::CONFIDENTIAL),
        errors,
        record_title: t.message(common::RECORD),
        record,
        sections,
        open,
        scores,
        chart,
        band_disclaimer,
        blocks: cx.blocks.to_vec(),
        signatures: Signatures::new(t),
    })
}

/// A section that applies, with its questions that apply.
#[derive(Debug, Clone)]
pub struct SectionView<'a> {
    /// The section.
    pub section: &'a Section,
    /// Its questions that apply, in order, with their valid answers.
    pub items: Vec<ItemView<'a>>,
}

/// A question that applies, with its answer (if any, and valid).
#[derive(Debug, Clone)]
pub struct ItemView<'a> {
    /// The question.
    pub question: &'a Question,
    /// Its valid answer.
    pub answer: Option<&'a Answer>,
}

/// Sections and questions of a filled form that apply (conditions that cannot be decided
/// because of an invalid answer count as applying), in form order.
pub fn applicable<'a>(form: &'a Form, answers: &'a Answers) -> Vec<SectionView<'a>> {
    form.sections
        .iter()
        .filter(|s| {
            s.applies_if
                .as_ref()
                .is_none_or(|c| eval(c, answers, None) != Some(false))
        })
        .map(|s| SectionView {
            section: s,
            items: s
                .questions
                .iter()
                .filter(|q| {
                    q.applies_if
                        .as_ref()
                        .is_none_or(|c| eval(c, answers, None) != Some(false))
                })
                .map(|q| ItemView {
                    question: q,
                    answer: answers.get(&q.id),
                })
                .collect(),
        })
        .filter(|s| !s.items.is_empty())
        .collect()
}

/// A typed answer as text in the reader's language: option labels for codes, formatted
/// numbers and dates, "yes"/"no"; multiple choices in the form's option order. Group
/// answers give one line per row.
pub fn answer_text(q: &Question, a: &Answer, texts: &dyn Texts) -> String {
    let label_of = |code: &str| {
        q.options()
            .iter()
            .find(|o| o.code == code)
            .map_or_else(|| code.to_string(), |o| texts.message(&o.label))
    };
    match (a, &q.kind) {
        (Answer::Choice(c), _) => label_of(c),
        // In the form's option order, whatever order the response stored them in.
        (Answer::Choices(cs), _) => {
            let options = q.options();
            let mut listed: Vec<&str> = options
                .iter()
                .filter(|o| cs.contains(&o.code))
                .map(|o| o.code.as_str())
                .collect();
            listed.extend(
                cs.iter()
                    .filter(|c| !options.iter().any(|o| &o.code == *c))
                    .map(String::as_str),
            );
            listed
                .iter()
                .map(|c| label_of(c))
                .collect::<Vec<_>>()
                .join("; ")
        }
        (Answer::Scale(v), kind @ QuestionKind::Scale { max, .. }) => {
            let n = texts.number(*v as f64);
            match kind.scale_point_label(*v) {
                Some(l) => format!("{n} ({})", texts.message(l)),
                None => format!("{n} / {}", texts.number(*max as f64)),
            }
        }
        (Answer::Scale(v), _) => texts.number(*v as f64),
        (
            Answer::NotApplicable,
            QuestionKind::Scale {
                not_applicable: Some(l),
                ..
            },
        ) => texts.message(l),
        (Answer::NotApplicable, _) => "-".into(),
        (Answer::Number(n), QuestionKind::Number { unit: Some(u), .. }) => {
            format!("{} {}", texts.number(*n), texts.message(u))
        }
        (Answer::Number(n), _) => texts.number(*n),
        (Answer::Bool(b), _) => texts.message(if *b { common::YES } else { common::NO }),
        // Disallowed characters (controls, bidi controls) as U+FFFD: validation rejects them,
        // but answers may reach a renderer without it (`arvio_core::chars`).
        (Answer::Text(t), _) => crate::chars::clean(t).into_owned(),
        (Answer::Date(d), _) => texts.date(*d),
        (Answer::Group(rows), QuestionKind::Group { questions, .. }) => rows
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let cells: Vec<String> = questions
                    .iter()
                    .filter_map(|sq| {
                        r.get(&sq.id).map(|a| {
                            format!(
                                "{}: {}",
                                texts.message(&sq.label),
                                answer_text(sq, a, texts)
                            )
                        })
                    })
                    .collect();
                format!("{}. {}", i + 1, cells.join("; "))
            })
            .collect::<Vec<_>>()
            .join("\n"),
        (Answer::Group(_), _) => String::new(),
    }
}
