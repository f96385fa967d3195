//! The assessment summary and the start-and-review comparison, laid out from the prepared
//! [`view::summary`], and the parts the blank form shares with them (title, headings, tables,
//! signature lines, footers).
//!
//! Nothing here decides what a copy shows or evaluates a condition: the view has done that.

use crate::hyphen::unbreakable_width;
use crate::layout::{
    BOTTOM, CONTENT_W, Ink, MARGIN_TOP, MARGIN_X, PAGE_H, PAGE_W, Style, Writer, keep_within,
};
use crate::styles::*;
use crate::tag::{Role, Scope};
use crate::words::{self, page_of};
use arvio_core::chrono::NaiveDate;
use arvio_core::model::QuestionKind;
use arvio_core::render::view::{self, AnswerView, Chart, Signatures};
use arvio_core::render::{Arg, RenderContext, RenderError, Texts};
use arvio_core::{Answer, Form};

/// The band at the top of a summary: whose copy, the confidentiality mark, the errors line,
/// and the information box (the record beside the document's details).
pub(crate) struct Head {
    /// "Worker's copy".
    pub(crate) copy_label: String,
    /// "Confidential".
    pub(crate) confidential: String,
    /// "The response has 3 errors".
    pub(crate) errors: Option<String>,
    /// The record's heading and label/value rows (who assessed, when, with whom).
    pub(crate) record: (String, Vec<(String, String)>),
    /// The document's details: assessment date, language, creation date.
    pub(crate) details: Vec<(String, String)>,
}

/// The tallest heading (or label) and table moved to a new page together: a table up to
/// [`KEEP_MAX`](crate::layout::KEEP_MAX) is kept whole, so the heading before it must go
/// with it, or it would stay alone at the foot of the page.
const KEEP_WITH_LEAD: f32 = crate::layout::KEEP_MAX + 60.0;

/// Space between two rows of the information box.
const ROW_GAP: f32 = 2.5;

/// Label/value rows wrapped for one column of the information box.
struct FieldColumn {
    heading: Option<String>,
    label_w: f32,
    rows: Vec<(Vec<String>, Vec<String>)>,
}

impl FieldColumn {
    fn new(
        w: &mut Writer<'_>,
        heading: Option<&str>,
        rows: &[(String, String)],
        width: f32,
    ) -> Self {
        let gap = 14.0;
        let label_w = rows
            .iter()
            .map(|(l, _)| {
                let l = w.clean(l);
                w.width(&l, LABEL)
            })
            .fold(0.0, f32::max)
            .min(width * 0.5);
        let rows = rows
            .iter()
            .map(|(l, v)| {
                let l = w.clean(l);
                let v = w.clean(v);
                let value_w = if l.is_empty() {
                    width
                } else {
                    width - label_w - gap
                };
                let ls = if l.is_empty() {
                    Vec::new()
                } else {
                    w.wrap(&l, label_w, LABEL)
                };
                (ls, w.wrap(&v, value_w, BODY))
            })
            .collect();
        FieldColumn {
            heading: heading.map(|h| w.clean(h)),
            label_w: label_w + gap,
            rows,
        }
    }

    fn height(&self) -> f32 {
        let head = if self.heading.is_some() {
            TABLE_HEAD.leading() + 2.0
        } else {
            0.0
        };
        head + self
            .rows
            .iter()
            .map(|(l, v)| l.len().max(v.len()).max(1) as f32 * BODY.leading() + ROW_GAP)
            .sum::<f32>()
            - ROW_GAP
    }

    fn draw(&self, w: &mut Writer<'_>, x: f32, top: f32) {
        let mut y = top;
        if let Some(h) = &self.heading {
            w.text_at(x, y + TABLE_HEAD.size, h, SMALL_HEAD);
            y += TABLE_HEAD.leading() + 2.0;
        }
        // A label/value table: each label heads its row.
        w.open(Role::Table);
        for (label, value) in &self.rows {
            w.open(Role::TR);
            let vx = if label.is_empty() {
                x
            } else {
                x + self.label_w
            };
            if !label.is_empty() {
                w.tagged(Role::TH(Scope::Row), |w| {
                    for (i, l) in label.iter().enumerate() {
                        w.text_at(x, y + BODY.size + i as f32 * BODY.leading(), l, LABEL);
                    }
                });
            }
            w.tagged(Role::TD, |w| {
                for (i, v) in value.iter().enumerate() {
                    w.text_at(vx, y + BODY.size + i as f32 * BODY.leading(), v, BODY);
                }
            });
            w.close();
            y += label.len().max(value.len()).max(1) as f32 * BODY.leading() + ROW_GAP;
        }
        w.close();
    }
}

/// The title, the line under it and (for a summary) the copy, the confidentiality mark and
/// the information box.
pub(crate) fn title_block(w: &mut Writer<'_>, title: &str, subtitle: &str, head: Option<&Head>) {
    if let Some(head) = head {
        // Whose copy on the left, "Confidential" on the right, above the title.
        let copy = w.clean(&head.copy_label);
        let conf = w.clean(&head.confidential);
        let cw = w.width(&conf, STAMP);
        let baseline = w.y + STAMP.size;
        w.text_at(MARGIN_X, baseline, &copy, STAMP);
        let box_w = cw + 12.0;
        let bx = MARGIN_X + CONTENT_W - box_w;
        w.rect(
            bx,
            w.y - 3.0,
            box_w,
            STAMP.size + 7.0,
            None,
            Some((Ink::Accent, 0.8)),
        );
        w.text_at(bx + 6.0, baseline, &conf, STAMP);
        w.y += STAMP.leading() + 8.0;
    }
    w.tagged(Role::H1, |w| w.paragraph(MARGIN_X, CONTENT_W, title, TITLE));
    w.y += 1.0;
    w.paragraph(MARGIN_X, CONTENT_W, subtitle, SUBTITLE);
    w.y += 6.0;
    if let Some(head) = head {
        if let Some(e) = &head.errors {
            w.paragraph(MARGIN_X, CONTENT_W, e, WARN_NOTE);
            w.y += 4.0;
        }
        let pad = 8.0;
        let inner_x = MARGIN_X + 14.0;
        let inner_w = CONTENT_W - 14.0 - pad;
        let (record_title, record) = &head.record;
        let columns: Vec<(f32, FieldColumn)> = if record.is_empty() {
            vec![(inner_x, FieldColumn::new(w, None, &head.details, inner_w))]
        } else {
            // The record on the left, the document's details on the right.
            let gap = 18.0;
            let left_w = inner_w * 0.68;
            let right_w = inner_w - left_w - gap;
            vec![
                (
                    inner_x,
                    FieldColumn::new(w, Some(record_title), record, left_w),
                ),
                (
                    inner_x + left_w + gap,
                    FieldColumn::new(w, None, &head.details, right_w),
                ),
            ]
        };
        let h = columns.iter().map(|(_, c)| c.height()).fold(0.0, f32::max) + 2.0 * pad;
        w.ensure(h);
        let top = w.y;
        w.rect(MARGIN_X, top, CONTENT_W, h, Some(Ink::Fill), None);
        w.rect(MARGIN_X, top, 3.0, h, Some(Ink::Accent), None);
        for (x, c) in &columns {
            c.draw(w, *x, top + pad);
        }
        w.y = top + h + 8.0;
    }
    w.line(MARGIN_X, w.y, MARGIN_X + CONTENT_W, w.y, 1.2, Ink::Accent);
    w.y += 10.0;
}

/// A section heading, kept with at least `keep` points of what follows.
pub(crate) fn heading_keeping(w: &mut Writer<'_>, title: &str, keep: f32) {
    let title = w.clean(title);
    let lines = w.wrap(&title, CONTENT_W, HEADING);
    w.ensure(lines.len() as f32 * HEADING.leading() + 16.0 + keep);
    w.y += 8.0;
    w.tagged(Role::H2, |w| w.lines(MARGIN_X, &lines, HEADING));
    w.y += 1.0;
    w.line(MARGIN_X, w.y, MARGIN_X + CONTENT_W, w.y, 0.6, Ink::Rule);
    w.y += 7.0;
}

/// A section heading, kept with at least a few lines of what follows.
pub(crate) fn section_heading(w: &mut Writer<'_>, title: &str) {
    heading_keeping(w, title, 44.0);
}

/// Footers on every page: form id and version on the left, the page number on the right,
/// and (for a summary) the confidentiality mark in the middle.
pub(crate) fn footers(w: &mut Writer<'_>, form: &Form, t: &dyn Texts, confidential: Option<&str>) {
    let pages = w.pages.len();
    let left = format!(
        "{} · {}",
        form.id,
        t.message_with(
            arvio_core::render::common::VERSION,
            &[("version", Arg::Str(&form.version.to_string()))]
        )
    );
    let left = w.clean(&left);
    let left_w = w.width(&left, FOOTER);
    let middle = confidential.map(|m| w.clean(m));
    let saved_y = w.y;
    let baseline = PAGE_H - 34.0;
    let rule_y = BOTTOM + 14.0;
    // Write each page's footer into that page's operations.
    let mut all = std::mem::take(&mut w.pages);
    for (i, ops) in all.iter_mut().enumerate() {
        w.pages = vec![std::mem::take(ops)];
        w.footer(|w| {
            w.line(MARGIN_X, rule_y, PAGE_W - MARGIN_X, rule_y, 0.5, Ink::Rule);
            w.text_at(MARGIN_X, baseline, &left, FOOTER);
            let right = w.clean(&page_of(t, i + 1, pages));
            let rw = w.width(&right, FOOTER);
            if let Some(m) = &middle {
                // Centred, but never closer than a clear gap to the texts at either side.
                let mw = w.width(m, FOOTER);
                let gap = 24.0;
                let mx = ((PAGE_W - mw) / 2.0)
                    .max(MARGIN_X + left_w + gap)
                    .min(PAGE_W - MARGIN_X - rw - gap - mw);
                w.text_at(mx, baseline, m, FOOTER);
            }
            w.text_at(PAGE_W - MARGIN_X - rw, baseline, &right, FOOTER);
        });
        *ops = w.pages.pop().unwrap_or_default();
    }
    w.pages = all;
    w.y = saved_y;
}

/// One table cell: text and style.
pub(crate) struct Cell {
    pub(crate) text: String,
    pub(crate) style: Style,
}

impl Cell {
    pub(crate) fn new(text: impl Into<String>, style: Style) -> Cell {
        Cell {
            text: text.into(),
            style,
        }
    }
}

/// A table with a header row repeated on every page it runs onto. A row taller than the
/// rest of a page continues on the next one, line by line, so no text is ever cut.
pub(crate) fn table(
    w: &mut Writer<'_>,
    x: f32,
    widths: &[f32],
    header: &[String],
    rows: &[Vec<Cell>],
) {
    let pad = 4.0;
    let head: Vec<Vec<String>> = header
        .iter()
        .zip(widths)
        .map(|(h, cw)| {
            let h = w.clean(h);
            w.wrap(&h, cw - 2.0 * pad, TABLE_HEAD)
        })
        .collect();
    let head_h =
        head.iter().map(Vec::len).max().unwrap_or(1) as f32 * TABLE_HEAD.leading() + 2.0 * pad;
    let total_w: f32 = widths.iter().sum();
    // The header row: column headers the first time, an artifact when repeated on the
    // pages the table runs onto.
    let draw_head = |w: &mut Writer<'_>, first: bool| {
        let top = w.y;
        w.rect(x, top, total_w, head_h, Some(Ink::Fill), None);
        let mut cx = x;
        if first {
            w.open(Role::TR);
        }
        for (ls, cw) in head.iter().zip(widths) {
            w.y = top + pad;
            if first {
                w.tagged(Role::TH(Scope::Column), |w| {
                    w.lines(cx + pad, ls, TABLE_HEAD)
                });
            } else {
                w.artifact(|w| w.lines(cx + pad, ls, TABLE_HEAD));
            }
            cx += cw;
        }
        if first {
            w.close();
        }
        w.y = top + head_h;
        w.line(x, w.y, x + total_w, w.y, 0.6, Ink::Rule);
    };
    let first_row_h = rows
        .first()
        .map(|r| r.iter().map(|c| c.style.leading()).fold(0.0, f32::max))
        .unwrap_or(0.0);
    w.ensure(head_h + first_row_h * 2.0 + 2.0 * pad);
    w.open(Role::Table);
    draw_head(w, true);
    for row in rows {
        w.open(Role::TR);
        let cell_tags: Vec<usize> = row.iter().map(|_| w.tags.child(Role::TD)).collect();
        let cells: Vec<(Vec<String>, Style)> = row
            .iter()
            .zip(widths)
            .map(|(c, cw)| {
                let text = w.clean(&c.text);
                (w.wrap(&text, cw - 2.0 * pad, c.style), c.style)
            })
            .collect();
        let lead = cells.iter().map(|(_, s)| s.leading()).fold(0.0, f32::max);
        let n = cells
            .iter()
            .map(|(ls, _)| ls.len())
            .max()
            .unwrap_or(1)
            .max(1);
        // The lines a fresh page holds below the repeated header.
        let page_fit = ((BOTTOM - w.top_of_page - head_h - 2.0 * pad) / lead)
            .floor()
            .max(1.0) as usize;
        let mut start = 0;
        while start < n {
            let avail = BOTTOM - w.y - 2.0 * pad;
            let fit = (avail / lead).floor().max(0.0) as usize;
            // Keep a row whole when it fits on a fresh page (a reader, and pdftotext, then
            // read each cell in one piece); split only a row taller than a page. A page that
            // has only the header on it takes what it can.
            let on_fresh_page = w.y <= w.top_of_page + head_h + 0.5;
            if fit == 0 || (fit < n - start && n - start <= page_fit && !on_fresh_page) {
                w.new_page();
                draw_head(w, false);
                continue;
            }
            let take = fit.min(n - start);
            let top = w.y;
            let mut cx = x;
            for (((ls, style), cw), tag) in cells.iter().zip(widths).zip(&cell_tags) {
                let end = (start + take).min(ls.len());
                if start < end {
                    w.y = top + pad;
                    w.within(*tag, |w| w.lines(cx + pad, &ls[start..end], *style));
                }
                cx += cw;
            }
            w.y = top + take as f32 * lead + 2.0 * pad;
            w.line(x, w.y, x + total_w, w.y, 0.4, Ink::Rule);
            start += take;
            if start < n {
                w.new_page();
                draw_head(w, false);
            }
        }
        w.close();
    }
    w.close();
    w.y += 8.0;
}

/// Column widths for a table of `total` width, by content (see [`fit_columns`]): each
/// column wants its cells unwrapped and needs at least its longest word (a word longer than
/// two fifths of the table is hyphenated rather than given the room).
fn column_widths(w: &mut Writer<'_>, t: &view::Table, total: f32) -> Vec<f32> {
    // The cell padding of `table`, and a little to spare.
    let pad = 10.0;
    let n = t
        .rows
        .iter()
        .map(Vec::len)
        .chain(std::iter::once(t.headers.len()))
        .max()
        .unwrap_or(1)
        .max(1);
    let mut cells: Vec<(usize, String, Style)> = Vec::new();
    for (i, h) in t.headers.iter().enumerate() {
        cells.push((i, w.clean(h), TABLE_HEAD));
    }
    for row in &t.rows {
        for (i, c) in row.iter().enumerate() {
            cells.push((i, w.clean(&flag_text(c)), CELL_BOLD));
        }
    }
    let mut natural = vec![16.0f32; n];
    let mut minimum = vec![16.0f32; n];
    for (i, text, style) in &cells {
        let full = text
            .split('\n')
            .map(|l| w.width(l, *style))
            .fold(0.0, f32::max);
        let word = text
            .split_whitespace()
            .map(|wd| w.width(wd, *style))
            .fold(0.0, f32::max);
        natural[*i] = natural[*i].max(full + pad);
        minimum[*i] = minimum[*i].max((word + pad).min(total * 0.4));
    }
    // The widest pieces hyphenation cannot break matter only when the longest words do not
    // fit side by side.
    let mut floor = minimum.clone();
    if minimum.iter().sum::<f32>() > total {
        floor = vec![16.0f32; n];
        for (i, text, style) in &cells {
            let hyphen_w = w.width("\u{ad}", *style);
            let measure = |s: &str| w.width(s, *style);
            let piece = text
                .split_whitespace()
                .map(|wd| unbreakable_width(wd, w.lang, &measure, hyphen_w))
                .fold(0.0, f32::max);
            floor[*i] = floor[*i].max((piece + pad).min(total * 0.4));
        }
    }
    fit_columns(&natural, &minimum, &floor, total)
}

/// Shares `total` out among columns that each want `natural` (their text unwrapped), need
/// `minimum` (their longest word) and cannot go below `floor` (their widest piece that
/// hyphenation cannot break: a date, a number, a syllable):
///
/// - when every column fits unwrapped, each gets its natural width and the rest of the
///   width in proportion to it;
/// - else every column gets its minimum, and the width left over is poured in like water
///   ([`pour`]): the column that lacks least is filled up first, so narrow columns
///   (numbers, dates, yes/no, short choices) get their natural width and the free-text
///   columns share what remains in equal parts (never more than they want);
/// - when even the minimums do not fit, every column gets its floor and the rest is poured
///   in up to the minimums the same way: a date or a number keeps its width (its floor is
///   its minimum) and only long words that can be hyphenated are;
/// - when not even the floors fit, the width goes in proportion to them.
pub(crate) fn fit_columns(natural: &[f32], minimum: &[f32], floor: &[f32], total: f32) -> Vec<f32> {
    let natural: Vec<f32> = natural.iter().map(|v| v.max(1.0)).collect();
    let minimum: Vec<f32> = minimum
        .iter()
        .zip(&natural)
        .map(|(m, nat)| m.clamp(1.0, *nat))
        .collect();
    let floor: Vec<f32> = floor
        .iter()
        .zip(&minimum)
        .map(|(f, m)| f.clamp(1.0, *m))
        .collect();
    let sum = |v: &[f32]| v.iter().sum::<f32>();
    if natural.is_empty() {
        Vec::new()
    } else if sum(&natural) <= total {
        let s = sum(&natural);
        natural.iter().map(|v| v * total / s).collect()
    } else if sum(&minimum) <= total {
        pour(&minimum, &natural, total)
    } else if sum(&floor) <= total {
        pour(&floor, &minimum, total)
    } else {
        let s = sum(&floor);
        floor.iter().map(|v| v * total / s).collect()
    }
}

/// Widths from `from` towards `to` (each `from` at most its `to`, their sums around
/// `total`): the width left over after `from` goes to the columns in order of what they
/// lack, smallest first, each taking at most an equal share of what is still left.
fn pour(from: &[f32], to: &[f32], total: f32) -> Vec<f32> {
    let n = from.len();
    let mut widths = from.to_vec();
    let mut spare = (total - from.iter().sum::<f32>()).max(0.0);
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| (to[a] - from[a]).total_cmp(&(to[b] - from[b])));
    for (k, &i) in order.iter().enumerate() {
        let share = spare / (n - k) as f32;
        let give = (to[i] - from[i]).min(share);
        widths[i] += give;
        spare -= give;
    }
    widths
}

/// The text of a cell, with a flagged cell marked in words as well as in colour (so the mark
/// survives grey print).
fn flag_text(c: &view::Cell) -> String {
    if c.flagged {
        format!("! {}", c.text)
    } else {
        c.text.clone()
    }
}

/// A prepared table: its caption, the table and its notes, kept on one page when short; a
/// long one starts on the page where its caption, header and first row fit.
fn view_table(w: &mut Writer<'_>, t: &view::Table, caption: bool) {
    keep_lead(
        w,
        crate::layout::KEEP_MAX,
        |w| table_body(w, t, caption, Rows::All),
        |w| table_body(w, t, caption, Rows::First),
    );
    table_body(w, t, caption, Rows::All);
}

/// How much of a table to draw.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Rows {
    /// Every row, and the notes under it.
    All,
    /// The header and the first row only (columns sized for every row): what must not be
    /// parted from the heading, label or caption before the table.
    First,
}

fn table_body(w: &mut Writer<'_>, t: &view::Table, caption: bool, part: Rows) {
    if caption && !t.caption.is_empty() {
        let c = w.clean(&t.caption);
        let lines = w.wrap(&c, CONTENT_W, LABEL);
        w.ensure(lines.len() as f32 * LABEL.leading() + 50.0);
        w.lines(MARGIN_X, &lines, LABEL);
        w.y += 3.0;
    }
    let widths = column_widths(w, t, CONTENT_W);
    let mut header = t.headers.clone();
    header.resize(widths.len(), String::new());
    let shown = match part {
        Rows::All => t.rows.len(),
        Rows::First => 1,
    };
    let rows: Vec<Vec<Cell>> = t
        .rows
        .iter()
        .take(shown)
        .map(|r| {
            let mut cells: Vec<Cell> = r
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let style = if c.flagged {
                        CELL_WARN
                    } else if c.text == "–" || c.text == "-" {
                        CELL_MUTED
                    } else if i == 0 && t.headers.first().is_some_and(|h| h == "#") {
                        SMALL_MUTED
                    } else if i == 1 && t.id == "scores" {
                        CELL_BOLD
                    } else {
                        CELL
                    };
                    Cell::new(flag_text(c), style)
                })
                .collect();
            cells.resize_with(widths.len(), || Cell::new("", CELL));
            cells
        })
        .collect();
    if !rows.is_empty() || t.notes.is_empty() {
        table(w, MARGIN_X, &widths, &header, &rows);
    }
    if part == Rows::All {
        notes(w, &t.notes);
    }
}

fn notes(w: &mut Writer<'_>, notes: &[String]) {
    for n in notes {
        w.paragraph(MARGIN_X, CONTENT_W, n, HELP);
        w.y += 2.0;
    }
    if !notes.is_empty() {
        w.y += 4.0;
    }
}

/// The grey of a chart series: dark, light, then in between; every bar also has a black
/// outline, so even the lightest shows on white.
fn series_grey(i: usize) -> Ink {
    const GREYS: [f32; 4] = [0.28, 0.78, 0.52, 0.92];
    Ink::Grey(GREYS[i % GREYS.len()])
}

/// A horizontal bar chart: one row per score, one bar per series, a legend when there is
/// more than one series, an axis with ticks under the bars and the chart's text alternative
/// under it. Kept on one page when it fits on one.
fn chart(w: &mut Writer<'_>, c: &Chart, show_title: bool) {
    let label_w = CONTENT_W * 0.32;
    let plot_x = MARGIN_X + label_w + 10.0;
    let value_room = 40.0;
    let plot_w = CONTENT_W - label_w - 10.0 - value_room;
    let nser = c.series.len().max(1);
    let bar_h = if nser > 1 { 7.5 } else { 9.0 };
    let bar_gap = 2.0;
    let row_pad = 5.0;
    let (min, max) = if c.max > c.min {
        (c.min, c.max)
    } else {
        (c.min, c.min + 1.0)
    };
    let sx = |v: f64| plot_x + ((v.clamp(min, max) - min) / (max - min)) as f32 * plot_w;
    // Bars grow from zero when the axis runs through it, else from its start.
    let base = if min < 0.0 && max > 0.0 { 0.0 } else { min };

    let title = show_title.then(|| w.clean(&c.title));
    let series: Vec<String> = c.series.iter().map(|s| w.clean(s)).collect();
    let rows: Vec<(Vec<String>, f32)> = c
        .rows
        .iter()
        .map(|r| {
            let l = w.clean(&r.label);
            let lines = w.wrap(&l, label_w, SMALL);
            let bars = nser as f32 * bar_h + (nser as f32 - 1.0) * bar_gap;
            let h = (lines.len() as f32 * SMALL.leading()).max(bars) + 2.0 * row_pad;
            (lines, h)
        })
        .collect();
    let title_h = if title.is_some() {
        LABEL.leading() + 4.0
    } else {
        0.0
    };
    let legend_h = if nser > 1 { 16.0 } else { 0.0 };
    let axis_h = 20.0;
    let body_h: f32 = rows.iter().map(|(_, h)| h).sum();
    let total = title_h + legend_h + body_h + axis_h;
    if total <= BOTTOM - MARGIN_TOP {
        w.ensure(total + HELP.leading());
    }
    if let Some(t) = &title {
        w.text_at(MARGIN_X, w.y + LABEL.size, t, LABEL);
        w.y += title_h;
    }
    // The drawing is one figure, with the chart's figures in words as its alternative.
    let figure = w.open(Role::Figure);
    w.tags.nodes[figure].alt = Some(chart_alt(c));
    if nser > 1 {
        let mut x = plot_x;
        for (i, s) in series.iter().enumerate() {
            w.rect(
                x,
                w.y + 1.0,
                14.0,
                8.0,
                Some(series_grey(i)),
                Some((Ink::Text, 0.5)),
            );
            w.text_at(x + 19.0, w.y + SMALL.size, &format!("{s} "), SMALL);
            x += 19.0 + w.width(s, SMALL) + 18.0;
        }
        w.y += legend_h;
    }
    let mut top = w.y;
    // Grid lines and the axis are drawn per page, for the rows on it.
    let grid = |w: &mut Writer<'_>, from: f32, to: f32| {
        for (v, _) in &c.ticks {
            let x = sx(*v);
            w.line(x, from, x, to, 0.3, Ink::Rule);
        }
        w.line(sx(base), from, sx(base), to, 0.8, Ink::Text);
    };
    for (row, (lines, h)) in c.rows.iter().zip(&rows) {
        if w.ensure(*h + axis_h) {
            grid(w, top, w.y);
            top = w.y;
        }
        let y0 = w.y;
        let label_top = y0 + (h - lines.len() as f32 * SMALL.leading()) / 2.0;
        for (i, l) in lines.iter().enumerate() {
            // The label's last line ends in a space too (invisible), so that its words stay
            // apart from the value's when the figure's text is read as one.
            let l = if i + 1 == lines.len() {
                format!("{l} ")
            } else {
                l.clone()
            };
            w.text_at(
                MARGIN_X,
                label_top + SMALL.size + i as f32 * SMALL.leading(),
                &l,
                SMALL,
            );
        }
        let bars_h = nser as f32 * bar_h + (nser as f32 - 1.0) * bar_gap;
        let mut by = y0 + (h - bars_h) / 2.0;
        for (i, value) in row.values.iter().enumerate().take(nser) {
            let text = match value {
                Some((v, text)) => {
                    let (a, b) = (sx(base), sx(*v));
                    let (left, right) = (a.min(b), a.max(b));
                    if right - left > 0.2 {
                        w.rect(
                            left,
                            by,
                            right - left,
                            bar_h,
                            Some(series_grey(i)),
                            Some((Ink::Text, 0.5)),
                        );
                    }
                    let text = w.clean(text);
                    let tw = w.width(&text, SMALL);
                    let tx = if *v < base {
                        left - 3.0 - tw
                    } else {
                        right + 3.0
                    };
                    (tx, text)
                }
                None => (sx(base) + 3.0, "–".to_string()),
            };
            w.text_at(text.0, by + bar_h - 1.2, &format!("{} ", text.1), SMALL);
            by += bar_h + bar_gap;
        }
        w.y = y0 + h;
    }
    grid(w, top, w.y);
    // The axis with its ticks and their numbers.
    let y = w.y;
    w.line(plot_x, y, plot_x + plot_w, y, 0.8, Ink::Text);
    for (v, label) in &c.ticks {
        let x = sx(*v);
        w.line(x, y, x, y + 3.5, 0.8, Ink::Text);
        let l = w.clean(label);
        let lw = w.width(&l, SMALL_MUTED);
        w.text_at(
            x - lw / 2.0,
            y + 4.0 + SMALL_MUTED.size,
            &format!("{l} "),
            SMALL_MUTED,
        );
    }
    w.y = y + axis_h;
    w.close();
    if !c.alt.is_empty() {
        w.paragraph(MARGIN_X, CONTENT_W, &c.alt, HELP);
    }
    w.y += 8.0;
}

/// A chart in words, for a screen reader: its title, each row's values (named by series
/// when there are several) and the chart's own note.
fn chart_alt(c: &Chart) -> String {
    let rows: Vec<String> = c
        .rows
        .iter()
        .map(|r| {
            let values: Vec<String> = r
                .values
                .iter()
                .zip(&c.series)
                .map(|(v, series)| {
                    let text = v.as_ref().map_or("–", |(_, t)| t.as_str());
                    if c.series.len() > 1 {
                        format!("{series} {text}")
                    } else {
                        text.to_string()
                    }
                })
                .collect();
            format!("{}: {}", r.label, values.join(", "))
        })
        .collect();
    let mut alt = format!("{}. {}.", c.title, rows.join("; "));
    if !c.alt.is_empty() {
        alt.push(' ');
        alt.push_str(&c.alt);
    }
    alt
}

/// The signature lines: per signer a line for the signature with the date beside it, and a
/// line for the name in block letters.
pub(crate) fn signatures(w: &mut Writer<'_>, s: &Signatures) {
    let write_h = 26.0;
    let caption_h = SMALL_MUTED.leading() + 2.0;
    let signer_h = LABEL.leading() + 2.0 * (write_h + caption_h) + 14.0;
    w.open(Role::Sect);
    heading_keeping(w, &s.title, signer_h);
    let sign_w = CONTENT_W * 0.62;
    let date_x = MARGIN_X + sign_w + 24.0;
    let date_w = MARGIN_X + CONTENT_W - date_x;
    let signature = w.clean(&s.signature);
    let name = w.clean(&s.name);
    let date = w.clean(&s.date);
    for signer in &s.signers {
        w.ensure(signer_h);
        let who = w.clean(signer);
        w.text_at(MARGIN_X, w.y + LABEL.size, &who, LABEL);
        w.y += LABEL.leading() + write_h;
        w.line(MARGIN_X, w.y, MARGIN_X + sign_w, w.y, 0.7, Ink::Text);
        w.line(date_x, w.y, date_x + date_w, w.y, 0.7, Ink::Text);
        w.text_at(
            MARGIN_X,
            w.y + 2.0 + SMALL_MUTED.size,
            &signature,
            SMALL_MUTED,
        );
        w.text_at(date_x, w.y + 2.0 + SMALL_MUTED.size, &date, SMALL_MUTED);
        w.y += caption_h + write_h;
        w.line(MARGIN_X, w.y, MARGIN_X + sign_w, w.y, 0.7, Ink::Text);
        w.text_at(MARGIN_X, w.y + 2.0 + SMALL_MUTED.size, &name, SMALL_MUTED);
        w.y += caption_h + 14.0;
    }
    w.close();
}

/// A group answer: its label (and mark) over its table, or over the table's start (`part`).
fn group_item(
    w: &mut Writer<'_>,
    label: &str,
    marker: Option<&str>,
    table: &view::Table,
    part: Rows,
) {
    let lines = w.wrap(label, CONTENT_W, LABEL);
    let marker_lines = marker
        .map(|m| w.wrap(m, CONTENT_W, MARKER))
        .unwrap_or_default();
    w.ensure(
        lines.len() as f32 * LABEL.leading() + marker_lines.len() as f32 * MARKER.leading() + 50.0,
    );
    w.lines(MARGIN_X, &lines, LABEL);
    w.lines(MARGIN_X, &marker_lines, MARKER);
    w.y += 3.0;
    match part {
        Rows::All => view_table(w, table, false),
        Rows::First => table_body(w, table, false, Rows::First),
    }
}

/// The start of a block: its heading, introduction and chart (or first table).
fn block_start(w: &mut Writer<'_>, b: &view::Block) {
    section_heading(w, &b.title);
    notes(w, &b.intro);
    if let Some(c) = &b.chart {
        chart(w, c, c.title != b.title);
    } else if let Some(t) = b.tables.first() {
        view_table(w, t, t.caption != b.title);
    }
}

/// One answer of a summary: its label (and mark) beside or over the answer, or over its
/// table. With [`Rows::First`] a table answer draws only its beginning (label, header, first
/// row), to measure what a heading must stay with.
fn answer_item(w: &mut Writer<'_>, item: &view::ItemSummary, part: Rows) {
    // Half the width for the question: most labels then take one or two lines, and the
    // answers (mostly an option or a scale point) fit in the other half.
    let label_w = CONTENT_W * 0.48;
    let gap = 12.0;
    let answer_x = MARGIN_X + label_w + gap;
    let answer_w = CONTENT_W - label_w - gap;
    let label = w.clean(&item.label);
    let marker = item.marker.as_ref().map(|m| w.clean(m));
    match &item.answer {
        AnswerView::Table(table) if part == Rows::First => {
            group_item(w, &label, marker.as_deref(), table, Rows::First);
        }
        AnswerView::Table(table) => {
            keep_lead(
                w,
                KEEP_WITH_LEAD,
                |w| group_item(w, &label, marker.as_deref(), table, Rows::All),
                |w| group_item(w, &label, marker.as_deref(), table, Rows::First),
            );
            group_item(w, &label, marker.as_deref(), table, Rows::All);
        }
        AnswerView::Text(text) | AnswerView::Missing(text) => {
            let style = if matches!(item.answer, AnswerView::Missing(_)) {
                BODY_MUTED
            } else {
                BODY
            };
            let text = w.clean(text);
            let label_lines = w.wrap(&label, label_w, LABEL);
            let marker_lines = marker
                .as_ref()
                .map(|m| w.wrap(m, label_w, MARKER))
                .unwrap_or_default();
            let answer_lines = w.wrap(&text, answer_w, style);
            let side_by_side = answer_lines.len() <= 8 && !text.contains('\n');
            let marker_h = marker_lines.len() as f32 * MARKER.leading();
            if side_by_side {
                let h = (label_lines.len() as f32 * LABEL.leading() + marker_h)
                    .max(answer_lines.len() as f32 * style.leading());
                w.ensure(h + 6.0);
                let top = w.y;
                w.lines(MARGIN_X, &label_lines, LABEL);
                w.lines(MARGIN_X, &marker_lines, MARKER);
                w.y = top;
                w.lines(answer_x, &answer_lines, style);
                w.y = top + h + 3.0;
            } else {
                let label_lines = w.wrap(&label, CONTENT_W, LABEL);
                let marker_lines = marker
                    .as_ref()
                    .map(|m| w.wrap(m, CONTENT_W, MARKER))
                    .unwrap_or_default();
                w.ensure(
                    label_lines.len() as f32 * LABEL.leading()
                        + marker_lines.len() as f32 * MARKER.leading()
                        + 3.0 * style.leading(),
                );
                w.lines(MARGIN_X, &label_lines, LABEL);
                w.lines(MARGIN_X, &marker_lines, MARKER);
                w.y += 2.0;
                let lines = w.wrap(&text, CONTENT_W - 12.0, style);
                w.lines(MARGIN_X + 12.0, &lines, style);
                w.y += 3.0;
            }
            w.line(MARGIN_X, w.y, MARGIN_X + CONTENT_W, w.y, 0.3, Ink::Fill);
            w.y += 5.0;
        }
        #[allow(unreachable_patterns)]
        _ => {}
    }
}

/// Keeps a block with what leads it (a heading, a label, a caption): the whole block, drawn
/// by `whole`, on one page when it is at most `max` tall; else at least its start, drawn by
/// `start` (the lead with a table's header and first row), whenever that fits on a page.
fn keep_lead(
    w: &mut Writer<'_>,
    max: f32,
    whole: impl FnOnce(&mut Writer<'_>),
    start: impl FnOnce(&mut Writer<'_>),
) {
    keep_within(w, max, whole);
    keep_within(w, BOTTOM - MARGIN_TOP, start);
}

/// The summary (or the start-and-review comparison) of a filled context. `created` is the
/// creation date; `assessment` the assessment date the caller set, if any.
pub(crate) fn render(
    w: &mut Writer<'_>,
    cx: &RenderContext<'_>,
    created: NaiveDate,
    assessment: Option<NaiveDate>,
) -> Result<view::Summary, RenderError> {
    let s = view::summary(cx)?;
    let t = cx.texts;
    let form = cx.form;

    // The document's details beside the record: the assessment date (unless the record has
    // its own), the language and the creation date.
    let mut details = Vec::new();
    let record_has_date = form
        .record
        .date
        .as_ref()
        .is_some_and(|id| s.record.iter().any(|f| &f.id == id));
    if assessment.is_some() || !record_has_date {
        let answers = cx.filled.map(|f| &f.validation.answers);
        let first_date = || {
            let answers = answers?;
            form.questions()
                .find_map(|(_, q)| match answers.get(&q.id) {
                    Some(Answer::Date(d)) if matches!(q.kind, QuestionKind::Date { .. }) => {
                        Some(*d)
                    }
                    _ => None,
                })
        };
        let day = assessment.or_else(first_date).unwrap_or(created);
        details.push((t.message(words::ASSESSMENT_DATE), t.date(day)));
    }
    let lang = s
        .language
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_string();
    let lang_name = if ["fi", "sv", "en"].contains(&lang.as_str()) {
        t.message(&format!("arvio-language-name-{lang}"))
    } else {
        lang
    };
    details.push((t.message(words::LANGUAGE), lang_name));
    details.push((
        String::new(),
        t.message_with(words::GENERATED_ON, &[("date", Arg::Str(&t.date(created)))]),
    ));
    let head = Head {
        copy_label: s.copy_label.clone(),
        confidential: s.confidential.clone(),
        errors: s.errors.clone(),
        record: (
            s.record_title.clone(),
            s.record
                .iter()
                .map(|f| (f.label.clone(), f.value.clone()))
                .collect(),
        ),
        details,
    };
    title_block(
        w,
        &s.title,
        &format!("{} · {}", s.heading, s.version),
        Some(&head),
    );

    for section in &s.sections {
        // The heading stays with the first answer when the answer is kept whole (a short
        // table), else with its start (a group's label, table header and first row).
        if let Some(first) = section.items.first() {
            keep_lead(
                w,
                KEEP_WITH_LEAD + 40.0,
                |w| {
                    section_heading(w, &section.title);
                    answer_item(w, first, Rows::All);
                },
                |w| {
                    section_heading(w, &section.title);
                    answer_item(w, first, Rows::First);
                },
            );
        }
        w.open(Role::Sect);
        section_heading(w, &section.title);
        for item in &section.items {
            answer_item(w, item, Rows::All);
        }
        w.close();
    }
    if let Some(open) = &s.open {
        w.y += 4.0;
        w.paragraph(MARGIN_X, CONTENT_W, open, INFO);
        w.y += 4.0;
    }

    if let Some(scores) = &s.scores {
        keep_lead(
            w,
            KEEP_WITH_LEAD,
            |w| {
                section_heading(w, &scores.caption);
                view_table(w, scores, false);
            },
            |w| {
                section_heading(w, &scores.caption);
                table_body(w, scores, false, Rows::First);
            },
        );
        w.open(Role::Sect);
        section_heading(w, &scores.caption);
        view_table(w, scores, false);
        if let Some(c) = &s.chart {
            w.y += 2.0;
            chart(w, c, c.title != scores.caption);
        }
        if let Some(d) = &s.band_disclaimer {
            w.paragraph(MARGIN_X, CONTENT_W, d, HELP);
            w.y += 4.0;
        }
        w.close();
    } else if let Some(c) = &s.chart {
        w.open(Role::Sect);
        section_heading(w, &c.title);
        chart(w, c, false);
        w.close();
    }

    for b in &s.blocks {
        // The heading stays with what follows it; a chart is kept whole anyway, so the
        // heading goes with it whenever the chart fits on a page.
        let keep = if b.chart.is_some() {
            BOTTOM - MARGIN_TOP
        } else {
            KEEP_WITH_LEAD
        };
        keep_within(w, keep, |w| block_start(w, b));
        w.open(Role::Sect);
        block_start(w, b);
        let rest = if b.chart.is_some() { 0 } else { 1 };
        for table in b.tables.iter().skip(rest) {
            view_table(w, table, table.caption != b.title);
        }
        notes(w, &b.notes);
        w.close();
    }

    w.y += 6.0;
    signatures(w, &s.signatures);
    Ok(s)
}
