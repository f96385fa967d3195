//! The blank form for pen and paper.
//!
//! Conditions are put in words by [`phrase`], the phrasing every renderer shares.

use crate::hyphen::unbreakable_width;
use crate::layout::{CONTENT_W, Ink, MARGIN_X, Writer, keep_together};
use crate::styles::*;
use crate::summary::fit_columns;
use crate::tag::{Role, Scope};
use arvio_core::model::{Condition, Form, Part, Question, QuestionKind, Required, Section};
use arvio_core::render::view::Signatures;
use arvio_core::render::{Arg, RenderContext, Texts, common, phrase};

/// What the form's questions need to put their conditions in words: the form (for the
/// questions a condition names) and the part offered for filling in.
#[derive(Clone, Copy)]
struct Ctx<'a> {
    form: &'a Form,
    t: &'a dyn Texts,
    part: Part,
}

impl Ctx<'_> {
    /// Whether a question is offered in this part (a family's form leaves out the worker's).
    fn offers(&self, q: &Question) -> bool {
        self.part.covers(q.audience)
    }
    /// "Answer this if …": the note under a question or section that applies only
    /// sometimes. `siblings`: the other questions of its group row.
    fn answer_if(&self, siblings: &[Question], c: &Condition) -> String {
        phrase::answer_if(self.form, siblings, c, self.t)
    }
}

/// Height of one handwriting line.
const WRITE_LINE: f32 = 22.0;
/// Side of a tick box.
const BOX: f32 = 9.0;

/// Lines to write on for a text answer of at most `max_length` characters.
pub(crate) fn ruled_lines(kind: &QuestionKind) -> usize {
    match kind {
        QuestionKind::ShortText { max_length } => {
            if *max_length > 90 {
                2
            } else {
                1
            }
        }
        // About 100 handwritten characters a line; from 3 to 15 lines.
        QuestionKind::LongText { max_length } => (*max_length as usize).div_ceil(100).clamp(3, 15),
        _ => 0,
    }
}

pub(crate) fn render(w: &mut Writer<'_>, cx: &RenderContext<'_>) {
    let form = cx.form;
    let t = cx.texts;
    let c = Ctx {
        form,
        t,
        part: cx.part,
    };
    let version = t.message_with(
        common::VERSION,
        &[("version", Arg::Str(&form.version.to_string()))],
    );
    crate::summary::title_block(w, &t.message(&form.title), &version, None);
    if let Some(d) = &form.description {
        w.paragraph(MARGIN_X, CONTENT_W, &t.message(d), BODY);
        w.y += 4.0;
    }
    let mut number = 0usize;
    for s in &form.sections {
        let questions: Vec<&Question> = s.questions.iter().filter(|q| c.offers(q)).collect();
        if !questions.iter().any(|q| q.takes_answer()) {
            continue;
        }
        // The heading, its notes and the first question go on one page when they fit.
        let first = questions.first().copied();
        let first_number = number + usize::from(first.is_some_and(|q| q.takes_answer()));
        keep_together(w, |w| {
            section_start(w, s, c);
            if let Some(q) = first {
                question_block(w, q, c, first_number);
            }
        });
        w.open(Role::Sect);
        section_start(w, s, c);
        for q in questions {
            if q.takes_answer() {
                number += 1;
            }
            question(w, q, c, number);
        }
        w.close();
    }
    w.y += 6.0;
    crate::summary::signatures(w, &Signatures::new(t));
}

/// Gap between a question's answer space and the next question.
const AFTER_QUESTION: f32 = 12.0;

/// A section's heading, help and "answer this if ..." note.
fn section_start(w: &mut Writer<'_>, s: &Section, c: Ctx<'_>) {
    let t = c.t;
    crate::summary::section_heading(w, &t.message(&s.title));
    if let Some(h) = &s.help {
        w.paragraph(MARGIN_X, CONTENT_W, &t.message(h), HELP);
        w.y += 2.0;
    }
    if let Some(cond) = &s.applies_if {
        w.paragraph(MARGIN_X, CONTENT_W, &note(&c.answer_if(&[], cond)), NOTE);
        w.y += 2.0;
    }
    if s.help.is_some() || s.applies_if.is_some() {
        w.y += 4.0;
    }
}

/// One question with its answer space, kept on one page when it fits on one.
fn question(w: &mut Writer<'_>, q: &Question, c: Ctx<'_>, number: usize) {
    keep_together(w, |w| question_block(w, q, c, number));
    question_block(w, q, c, number);
    w.y += if q.takes_answer() {
        AFTER_QUESTION
    } else {
        8.0
    };
}

/// Width of the column holding the question numbers.
const NUMBER_W: f32 = 24.0;

fn question_block(w: &mut Writer<'_>, q: &Question, c: Ctx<'_>, number: usize) {
    let t = c.t;
    if !q.takes_answer() {
        w.ensure(INFO.leading() * 2.0);
        w.paragraph(MARGIN_X, CONTENT_W, &t.message(&q.label), INFO);
        return;
    }
    let indent = MARGIN_X + NUMBER_W;
    let width = CONTENT_W - NUMBER_W;
    // Keep the label with the start of its answer space (when the whole question is taller
    // than a page).
    let label = w.clean(&t.message(&q.label));
    let label_lines = w.wrap(&label, width, LABEL);
    // At least five writing lines stay with the label.
    let lines_h = ruled_lines(&q.kind).min(5) as f32 * WRITE_LINE + 10.0;
    w.ensure(label_lines.len() as f32 * LABEL.leading() + lines_h.max(40.0));
    // The number is right-aligned in its column, so "9." and "10." line up.
    let num = format!("{number}.");
    let num_w = w.width(&num, LABEL_NUM);
    // The number and the label read as one paragraph: "12. Label".
    w.tagged(Role::P, |w| {
        // A space after the number (invisible) keeps it a word of its own in the text.
        let y = w.y + LABEL.size;
        w.text_at(indent - 5.0 - num_w, y, &format!("{num} "), LABEL_NUM);
        w.lines(indent, &label_lines, LABEL);
    });
    let mut hints: Vec<String> = Vec::new();
    if matches!(q.required, Required::Yes) {
        hints.push(t.message(common::REQUIRED));
    }
    match &q.kind {
        QuestionKind::SingleChoice { .. } => hints.push(t.message(common::SELECT_ONE)),
        QuestionKind::MultipleChoice { .. } => hints.push(t.message(common::SELECT_MANY)),
        _ => {}
    }
    if !hints.is_empty() {
        w.paragraph(indent, width, &hints.join(" · "), HINT);
    }
    if let Some(h) = &q.help {
        w.paragraph(indent, width, &t.message(h), HELP);
    }
    if let Some(cond) = &q.applies_if {
        w.paragraph(indent, width, &note(&c.answer_if(&[], cond)), NOTE);
    }
    if let Required::If(cond) = &q.required {
        let text = phrase::required_if(c.form, &[], cond, t);
        w.paragraph(indent, width, &note(&text), NOTE);
    }
    w.y += 5.0;
    answer_space(w, q, c, indent, width);
}

/// A note as a sentence: with a full stop.
fn note(text: &str) -> String {
    if text.ends_with(['.', '?', '!']) {
        text.to_string()
    } else {
        format!("{text}.")
    }
}

fn answer_space(w: &mut Writer<'_>, q: &Question, c: Ctx<'_>, x: f32, width: f32) {
    let t = c.t;
    match &q.kind {
        QuestionKind::SingleChoice { options } | QuestionKind::MultipleChoice { options, .. } => {
            let labels: Vec<String> = options.iter().map(|o| t.message(&o.label)).collect();
            choice_grid(w, &labels, x, width);
        }
        QuestionKind::YesNo => {
            let labels = [t.message(common::YES), t.message(common::NO)];
            choice_grid(w, &labels, x, width);
        }
        QuestionKind::Scale {
            min,
            max,
            min_label,
            max_label,
            not_applicable,
            ..
        } => scale(
            w,
            t,
            (*min, *max),
            (&t.message(min_label), &t.message(max_label)),
            not_applicable.as_ref().map(|na| t.message(na)),
            x,
            width,
        ),
        QuestionKind::ShortText { .. } | QuestionKind::LongText { .. } => {
            for _ in 0..ruled_lines(&q.kind) {
                w.ensure(WRITE_LINE);
                w.y += WRITE_LINE;
                w.line(x, w.y, x + width, w.y, 0.5, Ink::Rule);
            }
            w.y += 2.0;
        }
        QuestionKind::Number { unit, .. } => {
            w.ensure(24.0);
            w.rect(x, w.y, 70.0, 20.0, None, Some((Ink::Rule, 0.7)));
            if let Some(u) = unit {
                let u = w.clean(&t.message(u));
                w.text_at(x + 78.0, w.y + 14.0, &u, BODY);
            }
            w.y += 22.0;
        }
        QuestionKind::Date { .. } => {
            w.ensure(24.0);
            let mut cx = x;
            for (i, cw) in [26.0f32, 26.0, 44.0].into_iter().enumerate() {
                w.rect(cx, w.y, cw, 20.0, None, Some((Ink::Rule, 0.7)));
                cx += cw;
                if i < 2 {
                    // The dots between day, month and year are part of the boxes.
                    let y = w.y;
                    w.artifact(|w| w.text_at(cx + 2.5, y + 15.0, ".", BODY));
                    cx += 9.0;
                }
            }
            w.y += 22.0;
        }
        QuestionKind::Group {
            questions,
            min_rows,
            max_rows,
        } => group(w, questions, (*min_rows, *max_rows), c, (x, width)),
        QuestionKind::Info => {}
        // A kind added to the core later: leave room to write.
        #[allow(unreachable_patterns)]
        _ => {
            w.y += WRITE_LINE;
            w.line(x, w.y, x + width, w.y, 0.5, Ink::Rule);
        }
    }
}

/// Tick boxes in as many equal columns (3, 2 or 1) as the longest label allows, filled row
/// by row.
fn choice_grid(w: &mut Writer<'_>, labels: &[String], x: f32, width: f32) {
    let clean: Vec<String> = labels.iter().map(|l| w.clean(l)).collect();
    let widest = clean.iter().map(|l| w.width(l, BODY)).fold(0.0, f32::max);
    let gap = 14.0;
    let cols = [3usize, 2, 1]
        .into_iter()
        .find(|&n| {
            let col_w = (width - gap * (n as f32 - 1.0)) / n as f32;
            widest + BOX + 8.0 <= col_w
        })
        .unwrap_or(1);
    let col_w = (width - gap * (cols as f32 - 1.0)) / cols as f32;
    // Row by row, left to right: the order of the options is the order they are drawn in,
    // so text extraction and a screen reader read them as a sighted reader does.
    let rows = clean.len().div_ceil(cols);
    w.open(Role::L);
    for r in 0..rows {
        let cells: Vec<(usize, Vec<String>)> = (0..cols)
            .filter_map(|c| {
                let i = r * cols + c;
                clean
                    .get(i)
                    .map(|l| (c, w.wrap(l, col_w - BOX - 8.0, BODY)))
            })
            .collect();
        let h = cells.iter().map(|(_, ls)| ls.len()).max().unwrap_or(1) as f32 * BODY.leading();
        w.ensure(h + 4.0);
        let top = w.y;
        for (c, ls) in cells {
            let cx = x + c as f32 * (col_w + gap);
            w.rect(cx, top + 1.5, BOX, BOX, None, Some((Ink::Text, 0.7)));
            w.y = top;
            w.tagged(Role::LI, |w| {
                w.tagged(Role::LBody, |w| w.lines(cx + BOX + 6.0, &ls, BODY))
            });
        }
        w.y = top + h + 4.0;
    }
    w.close();
}

/// Circles for the scale points, numbered, with the end labels under the first and last.
fn scale(
    w: &mut Writer<'_>,
    t: &dyn Texts,
    (min, max): (i64, i64),
    (lo, hi): (&str, &str),
    na: Option<String>,
    x: f32,
    width: f32,
) {
    let n = (max - min + 1).clamp(1, 21) as usize;
    let step = 38.0f32.min((width * 0.62) / n as f32);
    let r = 7.0;
    w.ensure(54.0);
    let top = w.y;
    // The points are a list, each point's number its label.
    w.open(Role::L);
    for i in 0..n {
        let cx = x + r + 4.0 + i as f32 * step;
        let label = w.clean(&t.number((min + i as i64) as f64));
        let lw = w.width(&label, SMALL);
        w.tagged(Role::LI, |w| {
            w.tagged(Role::Lbl, |w| {
                w.text_at(cx - lw / 2.0, top + SMALL.size, &label, SMALL)
            })
        });
        w.circle(cx, top + 19.0, r, Ink::Text, 0.7);
    }
    w.close();
    let span_end = x + r + 4.0 + (n as f32 - 1.0) * step;
    let lo = w.clean(lo);
    let hi = w.clean(hi);
    // Each end label on one line when both fit side by side under the circles; otherwise
    // each wraps within half of the row.
    let span_w = span_end + r + 4.0 - x;
    let (lo_w, hi_w) = (w.width(&lo, SMALL), w.width(&hi, SMALL));
    let label_w = if lo_w + hi_w + 12.0 <= span_w {
        span_w
    } else {
        (span_w / 2.0 - 6.0).max(80.0)
    };
    let lo_lines = w.wrap(&lo, label_w, SMALL);
    let hi_lines = w.wrap(&hi, label_w, SMALL);
    w.y = top + 31.0;
    w.lines(x, &lo_lines, SMALL_MUTED);
    let after_lo = w.y;
    w.y = top + 31.0;
    w.open(Role::P);
    for l in &hi_lines {
        // Right-aligned by the visible text (without the space a line may end in).
        let lw = w.width(l.trim_end(), SMALL);
        let right = (span_end + r + 4.0).max(x + lw);
        w.text_at(right - lw, w.y + SMALL.size, l, SMALL_MUTED);
        w.y += SMALL.leading();
    }
    w.close();
    let mut bottom = after_lo.max(w.y);
    if let Some(na) = na {
        let na = w.clean(&na);
        let nx = span_end + r + 28.0;
        let avail = x + width - nx - BOX - 6.0;
        if avail > 60.0 {
            let ls = w.wrap(&na, avail, BODY);
            w.rect(nx, top + 14.5, BOX, BOX, None, Some((Ink::Text, 0.7)));
            w.y = top + 13.0;
            w.tagged(Role::L, |w| {
                w.tagged(Role::LI, |w| {
                    w.tagged(Role::LBody, |w| w.lines(nx + BOX + 6.0, &ls, BODY))
                })
            });
            bottom = bottom.max(w.y);
        } else {
            w.y = bottom + 2.0;
            choice_grid(w, &[na], x, width);
            bottom = w.y;
        }
    }
    w.y = bottom + 2.0;
}

/// Padding of a group table's header cell, both sides together.
const HEAD_PAD: f32 = 8.0;

/// Widths of a group table's columns, `total` in all: each column wants its header on one
/// line and the room its answers take by hand (a long text most, a number or a date
/// little), needs its header's longest word and at least 36 points to write in, and in a
/// table too narrow for that, at least the widest piece of its header that hyphenation
/// cannot break; [`fit_columns`] shares the width out, so a column never squeezes a header
/// word while another has room to spare.
fn group_widths(w: &mut Writer<'_>, subs: &[&Question], t: &dyn Texts, total: f32) -> Vec<f32> {
    let (natural, minimum): (Vec<f32>, Vec<(f32, f32)>) = subs
        .iter()
        .map(|s| {
            let label = w.clean(&t.message(&s.label));
            let head = w.width(&label, TABLE_HEAD) + HEAD_PAD;
            let word = label
                .split(' ')
                .map(|wd| w.width(wd, TABLE_HEAD))
                .fold(0.0, f32::max)
                + HEAD_PAD;
            let hyphen_w = w.width("\u{ad}", TABLE_HEAD);
            let measure = |s: &str| w.width(s, TABLE_HEAD);
            let piece = label
                .split(' ')
                .map(|wd| unbreakable_width(wd, w.lang, &measure, hyphen_w))
                .fold(0.0, f32::max)
                + HEAD_PAD;
            // Room to write the answer in by hand.
            let room = match &s.kind {
                QuestionKind::LongText { .. } => 190.0,
                QuestionKind::ShortText { max_length } if *max_length <= 20 => 70.0,
                QuestionKind::ShortText { .. } => 120.0,
                QuestionKind::SingleChoice { .. } | QuestionKind::MultipleChoice { .. } => 70.0,
                QuestionKind::Date { .. } => 62.0,
                _ => 44.0,
            };
            (
                head.max(room),
                (word.min(total * 0.4).max(36.0), piece.max(36.0)),
            )
        })
        .unzip();
    let (minimum, floor): (Vec<f32>, Vec<f32>) = minimum.into_iter().unzip();
    fit_columns(&natural, &minimum, &floor, total)
}

/// A table with a column per sub-question and empty rows to write in; options of choice
/// sub-questions are listed under it.
fn group(
    w: &mut Writer<'_>,
    all_subs: &[Question],
    (min_rows, max_rows): (u32, u32),
    c: Ctx<'_>,
    (x, width): (f32, f32),
) {
    let t = c.t;
    let rows = min_rows.max(3).min(max_rows.max(1)) as usize;
    let subs: Vec<&Question> = all_subs.iter().filter(|q| c.offers(q)).collect();
    let num_w = 18.0;
    let cols = subs.len().max(1);
    // Columns sized by their headers and the room their answers take.
    let col_ws = group_widths(w, &subs, t, width - num_w);
    let col_x = |i: usize| x + num_w + col_ws[..i.min(col_ws.len())].iter().sum::<f32>();
    let headers: Vec<Vec<String>> = subs
        .iter()
        .zip(&col_ws)
        .map(|(s, cw)| {
            let l = w.clean(&t.message(&s.label));
            w.wrap(&l, cw - 8.0, TABLE_HEAD)
        })
        .collect();
    let head_h =
        headers.iter().map(Vec::len).max().unwrap_or(1) as f32 * TABLE_HEAD.leading() + 8.0;
    let row_h = 26.0;
    // The header row: column headers (after an empty one over the row numbers) the first
    // time, an artifact when repeated on a new page.
    let draw_head = |w: &mut Writer<'_>, first: bool| {
        let top = w.y;
        w.rect(
            x,
            top,
            width,
            head_h,
            Some(Ink::Fill),
            Some((Ink::Rule, 0.5)),
        );
        if first {
            w.open(Role::TR);
            w.tags.child(Role::TH(Scope::Column));
        }
        for (i, ls) in headers.iter().enumerate() {
            w.y = top + 4.0;
            let hx = col_x(i) + 4.0;
            if first {
                w.tagged(Role::TH(Scope::Column), |w| w.lines(hx, ls, TABLE_HEAD));
            } else {
                w.artifact(|w| w.lines(hx, ls, TABLE_HEAD));
            }
        }
        if first {
            w.close();
        }
        w.y = top + head_h;
    };
    w.ensure(head_h + row_h * 2.0);
    w.open(Role::Table);
    draw_head(w, true);
    for r in 0..rows {
        if w.ensure(row_h) {
            draw_head(w, false);
        }
        let top = w.y;
        w.rect(x, top, width, row_h, None, Some((Ink::Rule, 0.5)));
        let n = w.clean(&format!("{}", r + 1));
        // A row: its number, then an empty cell per column to write in.
        w.open(Role::TR);
        w.tagged(Role::TD, |w| {
            w.text_at(x + 5.0, top + 15.0, &n, SMALL_MUTED)
        });
        for _ in 0..cols {
            w.tags.child(Role::TD);
        }
        w.close();
        for c in 0..cols {
            let lx = col_x(c);
            w.line(lx, top, lx, top + row_h, 0.5, Ink::Rule);
        }
        w.y = top + row_h;
    }
    w.close();
    w.y += 4.0;
    for s in &subs {
        let label = t.message(&s.label);
        let choices: Vec<String> = match &s.kind {
            QuestionKind::SingleChoice { options }
            | QuestionKind::MultipleChoice { options, .. } => {
                options.iter().map(|o| t.message(&o.label)).collect()
            }
            QuestionKind::YesNo => vec![t.message(common::YES), t.message(common::NO)],
            QuestionKind::Scale {
                min,
                max,
                min_label,
                max_label,
                ..
            } => vec![
                format!("{} = {}", t.number(*min as f64), t.message(min_label)),
                format!("{} = {}", t.number(*max as f64), t.message(max_label)),
            ],
            _ => Vec::new(),
        };
        // "Label: …", without a colon after a label that ends in a question mark.
        let lead = if label.ends_with(['?', '!', ':', '.']) {
            label.clone()
        } else {
            format!("{label}:")
        };
        let mut line = String::new();
        if !choices.is_empty() {
            line = format!("{lead} {}", choices.join(" · "));
        }
        // A condition of a column may name another column or a question outside the group.
        if let Some(cond) = &s.applies_if {
            let when = note(&c.answer_if(all_subs, cond));
            line = if line.is_empty() {
                format!("{lead} {when}")
            } else {
                format!("{line}. {when}")
            };
        }
        if !line.is_empty() {
            w.paragraph(x, width, &line, SMALL_MUTED);
        }
    }
}
