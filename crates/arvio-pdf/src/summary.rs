//! The assessment summary, and the parts the blank form shares with it (title, headings,
//! tables, footers).

use crate::layout::{BOTTOM, CONTENT_W, Ink, MARGIN_X, PAGE_H, PAGE_W, Style, Writer};
use crate::styles::*;
use crate::words::{self, page_of};
use arvio_core::chrono::NaiveDate;
use arvio_core::model::{Form, QuestionKind};
use arvio_core::render::view::{answer_text, applicable};
use arvio_core::render::{Arg, Filled, Texts, common};
use arvio_core::{Answer, Completeness};
use arvio_forms::deadlines::deadlines;

/// Rows of the information box under the title.
pub(crate) struct Meta {
    pub(crate) rows: Vec<(String, String)>,
}

/// The title, the version line and (for a summary) the information box.
pub(crate) fn title_block(w: &mut Writer<'_>, form: &Form, t: &dyn Texts, meta: Option<&Meta>) {
    w.paragraph(MARGIN_X, CONTENT_W, &t.message(&form.title), TITLE);
    w.y += 1.0;
    let version = t.message_with(
        common::VERSION,
        &[("version", Arg::Str(&form.version.to_string()))],
    );
    let sub = match meta {
        Some(_) => format!("{} · {version}", t.message(common::SUMMARY)),
        None => version,
    };
    w.paragraph(MARGIN_X, CONTENT_W, &sub, SUBTITLE);
    w.y += 6.0;
    if let Some(meta) = meta {
        let label_w = meta
            .rows
            .iter()
            .map(|(l, _)| {
                let l = w.clean(l);
                w.width(&l, LABEL)
            })
            .fold(0.0, f32::max)
            + 16.0;
        let pad = 8.0;
        let top = w.y;
        let h = meta.rows.len() as f32 * BODY.leading() + 2.0 * pad;
        w.rect(MARGIN_X, top, CONTENT_W, h, Some(Ink::Fill), None);
        w.rect(MARGIN_X, top, 3.0, h, Some(Ink::Accent), None);
        let mut y = top + pad;
        for (l, v) in &meta.rows {
            let l = w.clean(l);
            let v = w.clean(v);
            w.text_at(MARGIN_X + 14.0, y + BODY.size, &l, LABEL);
            w.text_at(MARGIN_X + 14.0 + label_w, y + BODY.size, &v, BODY);
            y += BODY.leading();
        }
        w.y = top + h + 8.0;
    }
    w.line(MARGIN_X, w.y, MARGIN_X + CONTENT_W, w.y, 1.2, Ink::Accent);
    w.y += 10.0;
}

/// A section heading, kept with at least a few lines of what follows.
pub(crate) fn section_heading(w: &mut Writer<'_>, title: &str) {
    let title = w.clean(title);
    let lines = w.wrap(&title, CONTENT_W, HEADING);
    w.ensure(lines.len() as f32 * HEADING.leading() + 60.0);
    w.y += 8.0;
    w.lines(MARGIN_X, &lines, HEADING);
    w.y += 1.0;
    w.line(MARGIN_X, w.y, MARGIN_X + CONTENT_W, w.y, 0.6, Ink::Rule);
    w.y += 7.0;
}

/// Footers on every page: form id and version on the left, the page number on the right,
/// and (for a summary) "Confidential" in the middle.
pub(crate) fn footers(w: &mut Writer<'_>, form: &Form, t: &dyn Texts, confidential: bool) {
    let pages = w.pages.len();
    let left = format!(
        "{} · {}",
        form.id,
        t.message_with(
            common::VERSION,
            &[("version", Arg::Str(&form.version.to_string()))]
        )
    );
    let left = w.clean(&left);
    let left_w = w.width(&left, FOOTER);
    let middle = confidential.then(|| t.message("arvio-confidential"));
    let middle = middle.map(|m| w.clean(&m));
    let saved_y = w.y;
    let baseline = PAGE_H - 34.0;
    let rule_y = BOTTOM + 14.0;
    // Write each page's footer into that page's operations.
    let mut all = std::mem::take(&mut w.pages);
    for (i, ops) in all.iter_mut().enumerate() {
        w.pages = vec![std::mem::take(ops)];
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
    let draw_head = |w: &mut Writer<'_>| {
        let top = w.y;
        w.rect(x, top, total_w, head_h, Some(Ink::Fill), None);
        let mut cx = x;
        for (ls, cw) in head.iter().zip(widths) {
            w.y = top + pad;
            w.lines(cx + pad, ls, TABLE_HEAD);
            cx += cw;
        }
        w.y = top + head_h;
        w.line(x, w.y, x + total_w, w.y, 0.6, Ink::Rule);
    };
    let first_row_h = rows
        .first()
        .map(|r| r.iter().map(|c| c.style.leading()).fold(0.0, f32::max))
        .unwrap_or(0.0);
    w.ensure(head_h + first_row_h * 2.0 + 2.0 * pad);
    draw_head(w);
    for row in rows {
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
        let mut start = 0;
        while start < n {
            let avail = BOTTOM - w.y - 2.0 * pad;
            let fit = (avail / lead).floor().max(0.0) as usize;
            // Keep short rows whole; split only rows longer than what is left.
            if fit == 0 || (fit < n - start && n - start <= 4) {
                w.new_page();
                draw_head(w);
                continue;
            }
            let take = fit.min(n - start);
            let top = w.y;
            let mut cx = x;
            for ((ls, style), cw) in cells.iter().zip(widths) {
                let end = (start + take).min(ls.len());
                if start < end {
                    w.y = top + pad;
                    w.lines(cx + pad, &ls[start..end], *style);
                }
                cx += cw;
            }
            w.y = top + take as f32 * lead + 2.0 * pad;
            w.line(x, w.y, x + total_w, w.y, 0.4, Ink::Rule);
            start += take;
            if start < n {
                w.new_page();
                draw_head(w);
            }
        }
    }
    w.y += 8.0;
}

/// The summary of a filled form.
pub(crate) fn render(
    w: &mut Writer<'_>,
    form: &Form,
    t: &dyn Texts,
    f: Filled<'_>,
    dates: (NaiveDate, Option<NaiveDate>, NaiveDate),
) {
    let (created, assessment, today) = dates;
    let answers = &f.validation.answers;
    let assessment = assessment.or_else(|| {
        form.questions()
            .find_map(|(_, q)| match answers.get(&q.id) {
                Some(Answer::Date(d)) if matches!(q.kind, QuestionKind::Date { .. }) => Some(*d),
                _ => None,
            })
    });
    let lang = t
        .language()
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_string();
    let lang_name = if ["fi", "sv", "en"].contains(&lang.as_str()) {
        t.message(&format!("arvio-language-name-{lang}"))
    } else {
        lang.clone()
    };
    let mut rows = vec![(
        t.message(words::ASSESSMENT_DATE),
        t.date(assessment.unwrap_or(created)),
    )];
    rows.push((t.message(words::LANGUAGE), lang_name));
    let generated = t.message_with(
        "arvio-generated-on",
        &[("date", Arg::Str(&t.date(created)))],
    );
    rows.push((String::new(), generated));
    title_block(w, form, t, Some(&Meta { rows }));

    // Half the width for the question: most labels then take one or two lines, and the
    // answers (mostly an option or a scale point) fit in the other half.
    let label_w = CONTENT_W * 0.48;
    let gap = 12.0;
    let answer_x = MARGIN_X + label_w + gap;
    let answer_w = CONTENT_W - label_w - gap;
    for s in applicable(form, answers) {
        let items: Vec<_> = s
            .items
            .iter()
            .filter(|i| i.question.takes_answer())
            .collect();
        if items.is_empty() {
            continue;
        }
        section_heading(w, &t.message(&s.section.title));
        for item in items {
            let q = item.question;
            let label = w.clean(&t.message(&q.label));
            match (item.answer, &q.kind) {
                (Some(Answer::Group(rows)), QuestionKind::Group { questions, .. }) => {
                    let lines = w.wrap(&label, CONTENT_W, LABEL);
                    w.ensure(lines.len() as f32 * LABEL.leading() + 50.0);
                    w.lines(MARGIN_X, &lines, LABEL);
                    w.y += 3.0;
                    let num_w = 22.0;
                    let col_w = (CONTENT_W - num_w) / questions.len().max(1) as f32;
                    let mut widths = vec![num_w];
                    widths.extend(std::iter::repeat_n(col_w, questions.len()));
                    let mut header = vec![String::new()];
                    header.extend(questions.iter().map(|sq| t.message(&sq.label)));
                    let body: Vec<Vec<Cell>> = rows
                        .iter()
                        .enumerate()
                        .map(|(i, r)| {
                            let mut cells = vec![Cell::new(format!("{}", i + 1), SMALL_MUTED)];
                            cells.extend(questions.iter().map(|sq| match r.get(&sq.id) {
                                Some(a) => Cell::new(answer_text(sq, a, t), CELL),
                                None => Cell::new("–", CELL_MUTED),
                            }));
                            cells
                        })
                        .collect();
                    table(w, MARGIN_X, &widths, &header, &body);
                }
                (answer, _) => {
                    let (text, style) = match answer {
                        Some(a) => (w.clean(&answer_text(q, a, t)), BODY),
                        None => (w.clean(&t.message(common::NOT_ANSWERED)), BODY_MUTED),
                    };
                    let label_lines = w.wrap(&label, label_w, LABEL);
                    let answer_lines = w.wrap(&text, answer_w, style);
                    let side_by_side = answer_lines.len() <= 8 && !text.contains('\n');
                    if side_by_side {
                        let h = (label_lines.len() as f32 * LABEL.leading())
                            .max(answer_lines.len() as f32 * style.leading());
                        w.ensure(h + 6.0);
                        let top = w.y;
                        w.lines(MARGIN_X, &label_lines, LABEL);
                        w.y = top;
                        w.lines(answer_x, &answer_lines, style);
                        w.y = top + h + 3.0;
                    } else {
                        let label_lines = w.wrap(&label, CONTENT_W, LABEL);
                        w.ensure(
                            label_lines.len() as f32 * LABEL.leading() + 3.0 * style.leading(),
                        );
                        w.lines(MARGIN_X, &label_lines, LABEL);
                        w.y += 2.0;
                        let lines = w.wrap(&text, CONTENT_W - 12.0, style);
                        w.lines(MARGIN_X + 12.0, &lines, style);
                        w.y += 3.0;
                    }
                    w.line(MARGIN_X, w.y, MARGIN_X + CONTENT_W, w.y, 0.3, Ink::Fill);
                    w.y += 5.0;
                }
            }
        }
    }

    if !f.scores.scores.is_empty() {
        section_heading(w, &t.message(common::SCORES));
        let widths = [
            CONTENT_W * 0.34,
            CONTENT_W * 0.12,
            CONTENT_W * 0.14,
            CONTENT_W * 0.40,
        ];
        let header = [
            t.message(common::SCORE),
            t.message(words::SCORE_VALUE),
            t.message(common::RANGE),
            t.message(common::BAND),
        ];
        let rows: Vec<Vec<Cell>> = f
            .scores
            .scores
            .iter()
            .map(|s| {
                let mut name = t.message(&s.label);
                match s.completeness {
                    Completeness::Complete => {}
                    Completeness::NotApplicable => {
                        name = format!("{name} ({})", t.message(common::SCORE_NOT_APPLICABLE))
                    }
                    Completeness::Partial { missing } => {
                        name = format!(
                            "{name} ({})",
                            t.message_with(
                                common::PARTIAL,
                                &[("missing", Arg::Num(missing.into()))]
                            )
                        )
                    }
                    Completeness::Incomplete { missing } => {
                        name = format!(
                            "{name} ({})",
                            t.message_with(
                                common::INCOMPLETE,
                                &[("missing", Arg::Num(missing.into()))]
                            )
                        )
                    }
                }
                vec![
                    Cell::new(name, CELL),
                    Cell::new(
                        s.value.map_or_else(|| "–".to_string(), |v| t.number(v)),
                        CELL_BOLD,
                    ),
                    Cell::new(
                        format!("{}–{}", t.number(s.range.0), t.number(s.range.1)),
                        CELL,
                    ),
                    Cell::new(
                        s.band
                            .as_ref()
                            .map_or_else(|| "–".to_string(), |b| t.message(&b.label)),
                        CELL,
                    ),
                ]
            })
            .collect();
        table(w, MARGIN_X, &widths, &header, &rows);
        w.paragraph(
            MARGIN_X,
            CONTENT_W,
            &t.message("arvio-band-disclaimer"),
            HELP,
        );
        w.y += 4.0;
    }

    let dls = deadlines(form, answers, today);
    if !dls.is_empty() {
        section_heading(w, &t.message(words::DEADLINES));
        let widths = [
            CONTENT_W * 0.44,
            CONTENT_W * 0.18,
            CONTENT_W * 0.18,
            CONTENT_W * 0.20,
        ];
        let header = [
            String::new(),
            t.message(words::DEADLINE_DUE),
            t.message(words::DEADLINE_DONE),
            t.message(words::DEADLINE_STATUS),
        ];
        let rows: Vec<Vec<Cell>> = dls
            .iter()
            .map(|d| {
                vec![
                    Cell::new(t.message(d.id), CELL),
                    Cell::new(t.date(d.due), CELL),
                    Cell::new(
                        d.done_on.map_or_else(|| "–".to_string(), |x| t.date(x)),
                        CELL,
                    ),
                    Cell::new(
                        t.message(d.status.message_id()),
                        if d.status.is_flagged() {
                            CELL_WARN
                        } else {
                            CELL
                        },
                    ),
                ]
            })
            .collect();
        table(w, MARGIN_X, &widths, &header, &rows);
        if form.id == arvio_forms::deadlines::SERVICE_NEED_FORM {
            w.paragraph(MARGIN_X, CONTENT_W, &t.message("sn-deadlines-note"), HELP);
        }
    }
}
