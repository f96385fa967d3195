//! # arvio-text
//!
//! A small plain-text renderer: the proof that the [`Renderer`] trait is enough for a
//! renderer living outside arvio-core.
//!
//! - A blank form is an outline: one line per question with its kind and options, then the
//!   signature lines. With [`RenderContext::with_part`] only the questions of that part are
//!   listed.
//! - A summary (and a start and review comparison, [`RenderKind::Compare`]) lays out the
//!   prepared [`view::summary`]: the copy's heading, the record of who assessed, the sections
//!   with their answers (group answers as aligned tables), the optional questions left open,
//!   the score table with its chart as text bars, the form-specific blocks (deadlines, the
//!   comparison), the band disclaimer and the signature lines. The view already filtered the
//!   copy: the text adds nothing of its own, so a family's copy shows no worker-only question
//!   and no private answer.
//!
//! Cells drawn to the reader's attention (an overdue deadline) are marked with `!`.
//!
//! ```
//! use arvio_core::render::{IdTexts, Output, RenderContext, Renderer};
//! use arvio_text::TextRenderer;
//!
//! let form = arvio_forms::builtin("family-self-assessment").unwrap();
//! let out = TextRenderer.render(&RenderContext::blank(&form, &IdTexts)).unwrap();
//! let Output::Text(text) = out else { unreachable!() };
//! assert!(text.starts_with("fsa-own-title\n"));
//! assert!(text.contains("arvio-signature: "));
//! ```

use arvio_core::model::{Part, Question, QuestionKind, Required};
use arvio_core::render::view::{self, AnswerView, Block, Chart, Signatures, Summary, Table};
use arvio_core::render::{
    Arg, Output, RenderContext, RenderError, RenderKind, Renderer, Texts, common,
};
use std::fmt::Write;

/// The plain-text renderer (name `text`).
#[derive(Debug, Clone, Copy, Default)]
pub struct TextRenderer;

/// Answers longer than this (in characters) go on their own, indented lines.
const INLINE_ANSWER: usize = 60;
/// Tables wider than this are written one line per row instead of in aligned columns.
const TABLE_WIDTH: usize = 100;
/// The length of a chart's bar at the top of the axis.
const BAR: usize = 20;
/// The blank a signature, name or date is written on.
const BLANK: &str = "____________________";

impl Renderer for TextRenderer {
    fn name(&self) -> &str {
        "text"
    }

    fn render(&self, cx: &RenderContext<'_>) -> Result<Output, RenderError> {
        let mut out = String::new();
        match cx.kind {
            RenderKind::Summary | RenderKind::Compare => {
                let s = view::summary(cx)?;
                write_summary(&mut out, &s, &cx.form.id);
            }
            _ => write_outline(&mut out, cx),
        }
        Ok(Output::Text(out))
    }
}

/// The title underlined, as every output starts.
fn write_title(out: &mut String, title: &str) {
    let _ = writeln!(out, "{title}");
    let _ = writeln!(out, "{}", "=".repeat(title.chars().count()));
}

fn write_heading(out: &mut String, heading: &str) {
    let _ = writeln!(out, "\n## {heading}");
}

fn write_summary(out: &mut String, s: &Summary, form_id: &str) {
    write_title(out, &s.title);
    let _ = writeln!(out, "{} – {}", s.heading, s.copy_label);
    let _ = writeln!(out, "{} ({form_id})", s.version);
    // As written: the mark carries its legal basis, whose abbreviations keep their case
    // (JulkL, OffL).
    let _ = writeln!(out, "{}", s.confidential);
    if let Some(e) = &s.errors {
        let _ = writeln!(out, "! {e}");
    }
    if !s.record.is_empty() {
        write_heading(out, &s.record_title);
        for f in &s.record {
            write_item(out, &f.label, &f.value);
        }
    }
    for section in &s.sections {
        write_heading(out, &section.title);
        for item in &section.items {
            let label = match &item.marker {
                Some(m) => format!("{} [{m}]", item.label),
                None => item.label.clone(),
            };
            match &item.answer {
                AnswerView::Text(text) | AnswerView::Missing(text) => {
                    write_item(out, &label, text);
                }
                AnswerView::Table(table) => {
                    let _ = writeln!(out, "- {label}:");
                    write_table_body(out, table, "    ");
                }
                // A later kind of answer view: shown by renderers that know it.
                _ => {}
            }
        }
    }
    if let Some(open) = &s.open {
        let _ = writeln!(out, "\n{open}");
    }
    if let Some(scores) = &s.scores {
        write_heading(out, &scores.caption);
        write_table_body(out, scores, "");
    }
    if let Some(chart) = &s.chart {
        let _ = writeln!(out);
        let titled = s.scores.as_ref().is_none_or(|t| t.caption != chart.title);
        write_chart(out, chart, titled);
    }
    if let Some(d) = &s.band_disclaimer {
        let _ = writeln!(out, "\n{d}");
    }
    for block in &s.blocks {
        write_block(out, block);
    }
    write_signatures(out, &s.signatures);
}

/// `- label: answer`, or the answer on indented lines under the label when it is long or
/// has line breaks.
fn write_item(out: &mut String, label: &str, text: &str) {
    if text.contains('\n') || text.chars().count() > INLINE_ANSWER {
        let _ = writeln!(out, "- {label}:");
        for line in text.lines() {
            let _ = writeln!(out, "    {line}");
        }
    } else {
        let _ = writeln!(out, "- {label}: {text}");
    }
}

fn write_block(out: &mut String, b: &Block) {
    write_heading(out, &b.title);
    for line in &b.intro {
        let _ = writeln!(out, "{line}");
    }
    if let Some(chart) = &b.chart {
        let _ = writeln!(out);
        write_chart(out, chart, chart.title != b.title);
    }
    for table in &b.tables {
        // A table captioned like its block needs no caption of its own; one with its own
        // caption is indented under it.
        if table.caption == b.title {
            let _ = writeln!(out);
            write_table_body(out, table, "");
        } else {
            let _ = writeln!(out, "\n{}", table.caption);
            write_table_body(out, table, "  ");
        }
    }
    if !b.notes.is_empty() {
        let _ = writeln!(out);
        for line in &b.notes {
            let _ = writeln!(out, "{line}");
        }
    }
}

/// A cell as written: flagged cells get a leading `!`; line breaks become spaces.
fn cell_text(c: &view::Cell) -> String {
    let text = c.text.split_whitespace().collect::<Vec<_>>().join(" ");
    if c.flagged { format!("! {text}") } else { text }
}

/// The rows and notes of a table (without its caption): aligned columns under a rule when
/// the table is narrow enough, otherwise one line per row with the headings repeated.
fn write_table_body(out: &mut String, table: &Table, indent: &str) {
    let rows: Vec<Vec<String>> = table
        .rows
        .iter()
        .map(|r| r.iter().map(cell_text).collect())
        .collect();
    let columns = table
        .headers
        .len()
        .max(rows.iter().map(Vec::len).max().unwrap_or(0));
    let mut widths = vec![0; columns];
    for (i, h) in table.headers.iter().enumerate() {
        widths[i] = widths[i].max(h.chars().count());
    }
    for r in &rows {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(c.chars().count());
        }
    }
    let total: usize = widths.iter().sum::<usize>() + 2 * columns.saturating_sub(1);
    if !rows.is_empty() {
        if total + indent.len() <= TABLE_WIDTH {
            let line = |cells: &[String]| {
                let mut s = String::from(indent);
                for (i, c) in cells.iter().enumerate() {
                    if i > 0 {
                        s.push_str("  ");
                    }
                    s.push_str(c);
                    if i + 1 < cells.len() {
                        s.push_str(&" ".repeat(widths[i] - c.chars().count()));
                    }
                }
                s.trim_end().to_string()
            };
            let _ = writeln!(out, "{}", line(&table.headers));
            let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
            let _ = writeln!(out, "{}", line(&rule));
            for r in &rows {
                let _ = writeln!(out, "{}", line(r));
            }
        } else {
            for (n, r) in rows.iter().enumerate() {
                let head = r.first().map(String::as_str).unwrap_or_default();
                let fields =
                    r.iter()
                        .enumerate()
                        .skip(1)
                        .map(|(i, c)| match table.headers.get(i) {
                            Some(h) if !h.is_empty() => format!("{h}: {c}"),
                            _ => c.clone(),
                        });
                if !head.is_empty() && head.chars().all(|c| c.is_ascii_digit()) {
                    // A numbered row: "1. first field", the others aligned under it.
                    let number = format!("{head}. ");
                    let under = " ".repeat(number.chars().count());
                    for (k, f) in fields.enumerate() {
                        let lead = if k == 0 {
                            number.as_str()
                        } else {
                            under.as_str()
                        };
                        let _ = writeln!(out, "{indent}{lead}{f}");
                    }
                } else {
                    // A row headed by a name: the name, then its fields indented.
                    if n > 0 {
                        let _ = writeln!(out);
                    }
                    let _ = writeln!(out, "{indent}{head}");
                    for f in fields {
                        let _ = writeln!(out, "{indent}  {f}");
                    }
                }
            }
        }
    }
    for n in &table.notes {
        let _ = writeln!(out, "{indent}{n}");
    }
}

/// A chart as text bars: `#` up to the value on an axis of [`BAR`] characters, one line per
/// series of every row; its title first when `titled` (not when the heading above says it).
fn write_chart(out: &mut String, chart: &Chart, titled: bool) {
    if titled {
        let _ = writeln!(out, "{}", chart.title);
    }
    let span = chart.max - chart.min;
    let many = chart.series.len() > 1;
    let labels = chart.rows.iter().map(|r| r.label.chars().count());
    let series = chart.series.iter().map(|s| s.chars().count());
    let width = if many {
        series.max().unwrap_or(0)
    } else {
        labels.max().unwrap_or(0)
    };
    let axis = match (chart.ticks.first(), chart.ticks.last()) {
        (Some(a), Some(b)) => format!("{}–{}", a.1, b.1),
        _ => String::new(),
    };
    for row in &chart.rows {
        if many {
            let _ = writeln!(out, "  {}", row.label);
        }
        for (i, value) in row.values.iter().enumerate() {
            let name = if many {
                chart.series.get(i).map_or("", String::as_str)
            } else {
                row.label.as_str()
            };
            let pad = " ".repeat(width - name.chars().count().min(width));
            let indent = if many { "    " } else { "  " };
            let (bar, text) = match value {
                Some((v, text)) => {
                    let filled = if span > 0.0 {
                        (((v - chart.min) / span) * BAR as f64)
                            .round()
                            .clamp(0.0, BAR as f64) as usize
                    } else {
                        0
                    };
                    (
                        format!("{}{}", "#".repeat(filled), ".".repeat(BAR - filled)),
                        text.as_str(),
                    )
                }
                None => (".".repeat(BAR), "–"),
            };
            let _ = writeln!(out, "{indent}{name}{pad}  |{bar}| {text}");
        }
    }
    if !axis.is_empty() {
        let _ = writeln!(out, "  ({axis})");
    }
}

/// The signature lines: one per signer, with a blank for the signature, the name in block
/// letters and the date.
fn write_signatures(out: &mut String, s: &Signatures) {
    write_heading(out, &s.title);
    for signer in &s.signers {
        let _ = writeln!(out, "\n{signer}");
        let _ = writeln!(
            out,
            "{}: {BLANK}  {}: {BLANK}  {}: __________",
            s.signature, s.name, s.date
        );
    }
}

/// The blank form as an outline: every question the context's part covers, with its id, its
/// options and whether it is required; then the signature lines.
fn write_outline(out: &mut String, cx: &RenderContext<'_>) {
    let t = cx.texts;
    write_title(out, &t.message(&cx.form.title));
    let _ = writeln!(
        out,
        "{} ({})",
        t.message_with(
            common::VERSION,
            &[("version", Arg::Str(&cx.form.version.to_string()))]
        ),
        cx.form.id
    );
    if let Some(d) = &cx.form.description {
        let _ = writeln!(out, "\n{}", t.message(d));
    }
    for s in &cx.form.sections {
        let questions: Vec<&Question> = s
            .questions
            .iter()
            .filter(|q| cx.part.covers(q.audience))
            .collect();
        if questions.is_empty() {
            continue;
        }
        write_heading(out, &t.message(&s.title));
        if let Some(h) = &s.help {
            let _ = writeln!(out, "{}", t.message(h));
        }
        for q in questions {
            write_question(out, q, t, cx.part, "");
        }
    }
    write_signatures(out, &Signatures::new(t));
}

fn write_question(out: &mut String, q: &Question, t: &dyn Texts, part: Part, indent: &str) {
    let label = t.message(&q.label);
    if !q.takes_answer() {
        let _ = writeln!(out, "{indent}{label}");
        return;
    }
    let req = if matches!(q.required, Required::Yes) {
        format!(" ({})", t.message(common::REQUIRED))
    } else {
        String::new()
    };
    let _ = writeln!(out, "{indent}- [{}] {label}{req}", q.id);
    match &q.kind {
        QuestionKind::SingleChoice { options } | QuestionKind::MultipleChoice { options, .. } => {
            for o in options {
                let _ = writeln!(out, "{indent}    ( ) {} [{}]", t.message(&o.label), o.code);
            }
        }
        QuestionKind::Scale {
            min,
            max,
            min_label,
            max_label,
            not_applicable,
            ..
        } => {
            let _ = writeln!(
                out,
                "{indent}    {} {} … {} {}",
                t.number(*min as f64),
                t.message(min_label),
                t.number(*max as f64),
                t.message(max_label)
            );
            if let Some(na) = not_applicable {
                let _ = writeln!(out, "{indent}    ( ) {na}", na = t.message(na));
            }
        }
        QuestionKind::Group { questions, .. } => {
            for sq in questions.iter().filter(|sq| part.covers(sq.audience)) {
                write_question(out, sq, t, part, &format!("{indent}    "));
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use arvio_core::render::IdTexts;
    use arvio_core::render::view::Cell;

    #[test]
    fn narrow_tables_are_aligned_and_flagged_cells_marked() {
        let mut t = Table::new("x", "X", vec!["Step".into(), "Due".into()]);
        t.rows
            .push(vec![Cell::new("Decision"), Cell::flagged("late")]);
        t.rows.push(vec![Cell::new("Start"), Cell::new("ok")]);
        let mut out = String::new();
        write_table_body(&mut out, &t, "");
        assert_eq!(
            out,
            "Step      Due\n--------  ------\nDecision  ! late\nStart     ok\n"
        );
    }

    #[test]
    fn wide_tables_go_one_line_per_row() {
        let long = "x".repeat(120);
        let mut t = Table::new("g", "G", vec!["#".into(), "Goal".into(), "Level".into()]);
        t.rows
            .push(vec![Cell::new("1"), Cell::new(&long), Cell::new("0")]);
        let mut out = String::new();
        write_table_body(&mut out, &t, "  ");
        assert_eq!(out, format!("  1. Goal: {long}\n     Level: 0\n"));
    }

    #[test]
    fn the_outline_ends_with_signature_lines() {
        let form = arvio_forms::builtin("service-need").unwrap();
        let Output::Text(all) = TextRenderer
            .render(&RenderContext::blank(&form, &IdTexts))
            .unwrap()
        else {
            unreachable!()
        };
        assert!(all.trim_end().ends_with("arvio-signature-date: __________"));
        let Output::Text(family) = TextRenderer
            .render(&RenderContext::blank(&form, &IdTexts).with_part(arvio_core::Part::Family))
            .unwrap()
        else {
            unreachable!()
        };
        assert!(family.len() < all.len());
        for (_, q) in form.questions() {
            if q.audience == arvio_core::Audience::Worker {
                assert!(!family.contains(&format!("[{}]", q.id)), "{}", q.id);
            }
        }
    }
}
