//! The summary of a response (and the start and review comparison): a layout of the prepared
//! [`view::Summary`], nothing more. Which questions apply, what a copy may show, the words of
//! every answer, the scores, deadlines and comparisons are all decided by the view; this
//! module only turns them into markup.
//!
//! The order: the copy and the confidentiality mark, the record (who assessed, when, with
//! whom), the sections with their answers, the line on optional questions left open, the
//! scores (chart and table), the form-specific blocks, the band disclaimer and the signature
//! lines.
//!
//! Charts are inline SVG (no script, no external resource): horizontal bars, one row per
//! score and one bar per series, told apart by fill (solid, hatched, grey) and a legend, so
//! they read in grey print too. Each chart is a `role="img"` named by its title, and the table
//! next to it holds the same figures in words.

use crate::escape::{self, dom_id};
use arvio_core::render::view::{
    AnswerView, Block, Chart, Field, SectionSummary, Signatures, Summary, Table,
};

fn text(out: &mut String, s: &str) {
    escape::text(out, s);
}

/// About how long the markup of `s` is, so the page's buffer is allocated once.
pub(crate) fn size(s: &Summary) -> usize {
    let tables = |t: &Table| 300 + t.rows.iter().map(|r| 60 + r.len() * 60).sum::<usize>();
    let answers: usize = s
        .sections
        .iter()
        .flat_map(|sec| &sec.items)
        .map(|item| match &item.answer {
            AnswerView::Table(t) => tables(t),
            _ => 200,
        })
        .sum();
    let blocks: usize = s
        .blocks
        .iter()
        .map(|b| 1000 + b.tables.iter().map(tables).sum::<usize>())
        .sum();
    8192 + answers + blocks + s.scores.as_ref().map_or(0, tables)
}

/// Writes the body of a summary or comparison (everything under the page's heading and
/// version line).
pub(crate) fn summary(out: &mut String, s: &Summary) {
    out.push_str("<p class=\"meta\">");
    text(out, &s.heading);
    out.push_str("</p>\n<p class=\"marks\"><strong class=\"copy\">");
    text(out, &s.copy_label);
    out.push_str("</strong> <span class=\"confidential\">");
    text(out, &s.confidential);
    out.push_str("</span></p>\n");
    if let Some(e) = &s.errors {
        out.push_str("<p class=\"error\">");
        text(out, e);
        out.push_str("</p>\n");
    }
    record(out, &s.record_title, &s.record);
    for sec in &s.sections {
        section(out, sec);
    }
    if let Some(open) = &s.open {
        out.push_str("<p class=\"hint open\">");
        text(out, open);
        out.push_str("</p>\n");
    }
    if s.scores.is_some() || s.chart.is_some() {
        out.push_str("<section aria-labelledby=\"s-scores\">\n<h2 id=\"s-scores\">");
        let title = s
            .scores
            .as_ref()
            .map(|t| t.caption.as_str())
            .or(s.chart.as_ref().map(|c| c.title.as_str()))
            .unwrap_or_default();
        text(out, title);
        out.push_str("</h2>\n");
        if let Some(c) = &s.chart {
            chart(out, c);
        }
        if let Some(t) = &s.scores {
            table(out, t, TableStyle::Scores);
        }
        out.push_str("</section>\n");
    }
    for b in &s.blocks {
        block(out, b);
    }
    if let Some(d) = &s.band_disclaimer {
        out.push_str("<p class=\"hint disclaimer\">");
        text(out, d);
        out.push_str("</p>\n");
    }
    signatures(out, &s.signatures);
}

/// Who assessed, when and with whom, as a definition list under its heading.
fn record(out: &mut String, title: &str, fields: &[Field]) {
    if fields.is_empty() {
        return;
    }
    out.push_str("<section aria-labelledby=\"s-record\">\n<h2 id=\"s-record\">");
    text(out, title);
    out.push_str("</h2>\n<dl class=\"record\">\n");
    for f in fields {
        out.push_str("<dt>");
        text(out, &f.label);
        out.push_str("</dt>\n<dd>");
        text(out, &f.value);
        out.push_str("</dd>\n");
    }
    out.push_str("</dl>\n</section>\n");
}

fn marker(out: &mut String, m: Option<&str>) {
    if let Some(m) = m {
        out.push_str(" <span class=\"marker\">");
        text(out, m);
        out.push_str("</span>");
    }
}

/// One section: its answers as a definition list, group answers as tables between.
fn section(out: &mut String, s: &SectionSummary) {
    let sid = format!("s-{}", dom_id(&s.id));
    out.push_str("<section aria-labelledby=\"");
    escape::attr(out, &sid);
    out.push_str("\">\n<h2 id=\"");
    escape::attr(out, &sid);
    out.push_str("\">");
    text(out, &s.title);
    out.push_str("</h2>\n");
    let mut in_dl = false;
    for item in &s.items {
        if let AnswerView::Table(t) = &item.answer {
            if in_dl {
                out.push_str("</dl>\n");
                in_dl = false;
            }
            table(out, t, TableStyle::Answer(item.marker.as_deref()));
            continue;
        }
        if !in_dl {
            out.push_str("<dl class=\"answers\">\n");
            in_dl = true;
        }
        out.push_str("<dt>");
        text(out, &item.label);
        marker(out, item.marker.as_deref());
        out.push_str("</dt>\n");
        match &item.answer {
            AnswerView::Text(a) => {
                out.push_str("<dd>");
                text(out, a);
            }
            AnswerView::Missing(a) => {
                out.push_str("<dd class=\"missing\">");
                text(out, a);
            }
            // Tables are written above; a kind of answer this renderer does not know yet is
            // left empty rather than guessed at.
            _ => out.push_str("<dd>"),
        }
        out.push_str("</dd>\n");
    }
    if in_dl {
        out.push_str("</dl>\n");
    }
    out.push_str("</section>\n");
}

/// How a table is written.
#[derive(Clone, Copy)]
enum TableStyle<'a> {
    /// The score table: named by the section heading, values marked for finding.
    Scores,
    /// A group answer, with the question's marker in the caption.
    Answer(Option<&'a str>),
    /// A table of a block: its caption, unless it only repeats the block's heading (then the
    /// table is named by that heading, whose id is given).
    Block(&'a str, &'a str),
}

/// A table: caption, column headings, rows headed by their first cell, notes under it.
fn table(out: &mut String, t: &Table, style: TableStyle<'_>) {
    out.push_str("<div class=\"table-wrap\">\n<table id=\"t-");
    escape::attr(out, &dom_id(&t.id));
    out.push('"');
    match style {
        TableStyle::Scores => {
            out.push_str(" class=\"scores\" aria-labelledby=\"s-scores\">\n");
        }
        TableStyle::Answer(m) => {
            out.push_str(">\n<caption>");
            text(out, &t.caption);
            marker(out, m);
            out.push_str("</caption>\n");
        }
        TableStyle::Block(heading, heading_id) => {
            if t.caption.is_empty() || t.caption == heading {
                out.push_str(" aria-labelledby=\"");
                escape::attr(out, heading_id);
                out.push_str("\">\n");
            } else {
                out.push_str(">\n");
                out.push_str("<caption>");
                text(out, &t.caption);
                out.push_str("</caption>\n");
            }
        }
    }
    if !t.headers.is_empty() {
        out.push_str("<thead><tr>");
        for h in &t.headers {
            out.push_str("<th scope=\"col\">");
            text(out, h);
            out.push_str("</th>");
        }
        out.push_str("</tr></thead>\n");
    }
    out.push_str("<tbody>\n");
    for row in &t.rows {
        out.push_str("<tr>");
        for (i, c) in row.iter().enumerate() {
            out.push_str(if i == 0 { "<th scope=\"row\">" } else { "<td>" });
            // The value column of the score table, for finding the values.
            let value = matches!(style, TableStyle::Scores) && i == 1 && c.text != "–";
            if c.flagged {
                // Bold with a mark, not colour alone.
                out.push_str("<strong class=\"flag\"><span class=\"flag-mark\">!</span> ");
            }
            if value {
                out.push_str("<span class=\"value\">");
            }
            text(out, &c.text);
            if value {
                out.push_str("</span>");
            }
            if c.flagged {
                out.push_str("</strong>");
            }
            out.push_str(if i == 0 { "</th>" } else { "</td>" });
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</div>\n");
    for n in &t.notes {
        out.push_str("<p class=\"hint\">");
        text(out, n);
        out.push_str("</p>\n");
    }
}

/// A block prepared by the form's rules: heading, intro, chart, tables, notes.
fn block(out: &mut String, b: &Block) {
    let bid = format!("b-{}", dom_id(&b.id));
    out.push_str("<section aria-labelledby=\"");
    escape::attr(out, &bid);
    out.push_str("\" class=\"block\">\n<h2 id=\"");
    escape::attr(out, &bid);
    out.push_str("\">");
    text(out, &b.title);
    out.push_str("</h2>\n");
    for p in &b.intro {
        out.push_str("<p>");
        text(out, p);
        out.push_str("</p>\n");
    }
    if let Some(c) = &b.chart {
        chart(out, c);
    }
    for t in &b.tables {
        table(out, t, TableStyle::Block(&b.title, &bid));
    }
    for n in &b.notes {
        out.push_str("<p class=\"hint\">");
        text(out, n);
        out.push_str("</p>\n");
    }
    out.push_str("</section>\n");
}

/// The signature lines: for each signer, lines for the signature, the date and the name in
/// block letters.
fn signatures(out: &mut String, s: &Signatures) {
    if s.signers.is_empty() {
        return;
    }
    out.push_str(
        "<section aria-labelledby=\"s-signatures\" class=\"signatures\">\n<h2 id=\"s-signatures\">",
    );
    text(out, &s.title);
    out.push_str("</h2>\n");
    let field = |out: &mut String, label: &str, class: &str| {
        out.push_str("<p class=\"sig-field");
        out.push_str(class);
        out.push_str("\"><span class=\"sig-line\"></span>");
        text(out, label);
        out.push_str("</p>");
    };
    for who in &s.signers {
        out.push_str("<div class=\"signer\">\n<h3>");
        text(out, who);
        out.push_str("</h3>\n<div class=\"sig-row\">");
        field(out, &s.signature, " sig-wide");
        field(out, &s.date, "");
        out.push_str("</div>\n<div class=\"sig-row\">");
        field(out, &s.name, " sig-wide");
        out.push_str("</div>\n</div>\n");
    }
    out.push_str("</section>\n");
}

// The chart's geometry, in SVG user units (the picture scales to the page's width).

/// Width of the picture.
const W: f64 = 400.0;
/// Left edge of the axis.
const LEFT: f64 = 12.0;
/// Room right of the axis for the value written after a full bar.
const RIGHT: f64 = 56.0;
/// Font size of labels.
const FONT: f64 = 14.0;
/// Line height of labels.
const LINE: f64 = 18.0;
/// Height of one bar.
const BAR: f64 = 16.0;
/// Space between the bars of one row.
const GAP: f64 = 3.0;
/// Space after a row.
const ROW_GAP: f64 = 12.0;
/// About how wide a character is, as a share of the font size.
const CHAR: f64 = 0.56;

/// A coordinate as SVG text: at most one decimal, no trailing `.0` (what `{x:.1}` writes,
/// without `.0`).
fn n(x: f64) -> String {
    if let Some(tenths) = tenths(x) {
        let (whole, tenth) = (tenths / 10, tenths % 10);
        return if tenth == 0 {
            whole.to_string()
        } else {
            format!("{whole}.{tenth}")
        };
    }
    let s = format!("{x:.1}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

/// `x` in tenths, rounded as `{x:.1}` rounds (the exact binary value, ties to even), for a
/// positive `x` below 2^32; `None` for anything else. Exact integer arithmetic: `x` is
/// `m · 2^-shift`, so `10x` is `10m >> shift` plus a remainder compared with one half.
fn tenths(x: f64) -> Option<u64> {
    if x == 0.0 && x.is_sign_positive() {
        return Some(0);
    }
    if !(x > 0.0 && x < 4_294_967_296.0) {
        return None;
    }
    let bits = x.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64;
    if exponent == 0 {
        return None;
    }
    let mantissa = u128::from((bits & ((1 << 52) - 1)) | (1 << 52));
    let shift = 1075 - exponent;
    if !(1..=120).contains(&shift) {
        return None;
    }
    let scaled = mantissa * 10;
    let mut q = scaled >> shift;
    let rest = scaled & ((1u128 << shift) - 1);
    let half = 1u128 << (shift - 1);
    if rest > half || (rest == half && q & 1 == 1) {
        q += 1;
    }
    u64::try_from(q).ok()
}

/// Splits a label into lines of at most `width` characters, at spaces (a longer word keeps its
/// own line).
fn wrap(s: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in s.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// The fill of a series' bars: solid dark, hatched, mid grey, white; each with a dark outline.
fn fill(id: &str, series: usize) -> String {
    match series % 4 {
        0 => "#1a1a1a".into(),
        1 => format!("url(#{id}-hatch)"),
        2 => "#8a8a8a".into(),
        _ => "#ffffff".into(),
    }
}

/// Writes a chart as inline SVG.
fn chart(out: &mut String, c: &Chart) {
    let id = dom_id(&c.id);
    let plot = W - LEFT - RIGHT;
    let span = if c.max > c.min { c.max - c.min } else { 1.0 };
    let x_of = |v: f64| LEFT + ((v - c.min) / span).clamp(0.0, 1.0) * plot;
    let max_chars = ((W - 2.0 * LEFT) / (FONT * CHAR)).floor() as usize;

    // Legend, then rows, then the axis, laid out top to bottom; the grid is drawn first so
    // the bars cover it.
    let mut body = String::new();
    let mut y = 4.0;
    if c.series.len() > 1 {
        let mut x = LEFT;
        for (i, name) in c.series.iter().enumerate() {
            let w = 22.0 + name.chars().count() as f64 * FONT * CHAR + 18.0;
            if x > LEFT && x + w > W {
                x = LEFT;
                y += LINE + 4.0;
            }
            body.push_str(&format!(
                "<rect class=\"swatch\" x=\"{}\" y=\"{}\" width=\"16\" height=\"{}\" fill=\"{}\" stroke=\"#1a1a1a\"/>",
                n(x),
                n(y + 2.0),
                n(BAR - 4.0),
                fill(&id, i)
            ));
            body.push_str(&format!(
                "<text x=\"{}\" y=\"{}\" font-size=\"{}\">",
                n(x + 22.0),
                n(y + FONT),
                n(FONT)
            ));
            escape::text(&mut body, name);
            body.push_str("</text>");
            x += w;
        }
        y += LINE + 10.0;
    }
    // Where the bars of each row are, top and bottom: the grid is drawn there only, so it
    // never crosses a label.
    let mut bands: Vec<(f64, f64)> = Vec::new();
    for row in &c.rows {
        for line in wrap(&row.label, max_chars) {
            body.push_str(&format!(
                "<text class=\"label\" x=\"{}\" y=\"{}\" font-size=\"{}\">",
                n(LEFT),
                n(y + FONT),
                n(FONT)
            ));
            escape::text(&mut body, &line);
            body.push_str("</text>");
            y += LINE;
        }
        y += 2.0;
        let band_top = y - 2.0;
        for (i, v) in row.values.iter().enumerate() {
            match v {
                Some((v, words)) => {
                    let end = x_of(*v);
                    body.push_str(&format!(
                        "<rect class=\"bar\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\" stroke=\"#1a1a1a\"/>",
                        n(LEFT),
                        n(y),
                        n(end - LEFT),
                        n(BAR),
                        fill(&id, i)
                    ));
                    body.push_str(&format!(
                        "<text class=\"label\" x=\"{}\" y=\"{}\" font-size=\"{}\">",
                        n(end + 6.0),
                        n(y + BAR - 3.0),
                        n(FONT - 1.0)
                    ));
                    escape::text(&mut body, words);
                    body.push_str("</text>");
                }
                None => {
                    body.push_str(&format!(
                        "<text x=\"{}\" y=\"{}\" font-size=\"{}\">–</text>",
                        n(LEFT + 6.0),
                        n(y + BAR - 3.0),
                        n(FONT - 1.0)
                    ));
                }
            }
            y += BAR + GAP;
        }
        bands.push((band_top, y));
        y += ROW_GAP - GAP;
    }
    let bottom = y;
    let height = bottom + 28.0;

    out.push_str(
        "<figure class=\"chart\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ",
    );
    out.push_str(&format!(
        "{} {}\" width=\"{}\" height=\"{}\"",
        n(W),
        n(height),
        n(W),
        n(height)
    ));
    out.push_str(" role=\"img\" aria-labelledby=\"");
    escape::attr(out, &format!("{id}-title {id}-desc"));
    out.push_str("\" id=\"");
    escape::attr(out, &id);
    out.push_str("\">\n<title id=\"");
    escape::attr(out, &format!("{id}-title"));
    out.push_str("\">");
    text(out, &c.title);
    out.push_str("</title>\n<desc id=\"");
    escape::attr(out, &format!("{id}-desc"));
    out.push_str("\">");
    text(out, &c.alt);
    out.push_str("</desc>\n");
    out.push_str("<defs><pattern id=\"");
    escape::attr(out, &format!("{id}-hatch"));
    out.push_str("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#1a1a1a\" stroke-width=\"3\"/></pattern></defs>\n");
    // Grid and axis.
    out.push_str(
        "<g class=\"grid\" stroke=\"#8a8a8a\" stroke-width=\"1\" stroke-dasharray=\"3 3\">",
    );
    for (v, _) in &c.ticks {
        let x = x_of(*v);
        for (i, (from, to)) in bands.iter().enumerate() {
            // The last band reaches down to the axis.
            let to = if i + 1 == bands.len() { bottom } else { *to };
            out.push_str(&format!(
                "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
                n(x),
                n(*from),
                n(x),
                n(to)
            ));
        }
    }
    out.push_str("</g>\n<g class=\"axis\">");
    out.push_str(&format!(
        "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#1a1a1a\"/>",
        n(LEFT),
        n(bottom),
        n(LEFT + plot),
        n(bottom)
    ));
    for (v, label) in &c.ticks {
        let x = x_of(*v);
        out.push_str(&format!(
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#1a1a1a\"/><text x=\"{}\" y=\"{}\" font-size=\"{}\" text-anchor=\"middle\">",
            n(x),
            n(bottom),
            n(x),
            n(bottom + 5.0),
            n(x),
            n(bottom + 6.0 + FONT),
            n(FONT - 1.0)
        ));
        text(out, label);
        out.push_str("</text>");
    }
    out.push_str("</g>\n<g class=\"bars\">");
    out.push_str(&body);
    out.push_str("</g>\n</svg>\n</figure>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_wrap_at_spaces() {
        assert_eq!(wrap("a bb ccc", 4), vec!["a bb", "ccc"]);
        assert_eq!(wrap("", 4), vec![String::new()]);
        assert_eq!(wrap("longword x", 3), vec!["longword", "x"]);
    }

    #[test]
    fn coordinates_are_short() {
        assert_eq!(n(12.0), "12");
        assert_eq!(n(12.34), "12.3");
    }

    /// The exact rounding gives what `{x:.1}` gives: ties (quarters), values around every
    /// rounding point, the chart's own coordinates and a spread of others.
    #[test]
    fn coordinates_round_as_formatting_does() {
        fn slow(x: f64) -> String {
            let s = format!("{x:.1}");
            s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
        }
        let mut xs = vec![
            0.0,
            -0.0,
            0.05,
            0.25,
            0.75,
            1.25,
            2.5,
            0.35,
            0.45,
            12.05,
            12.25,
            399.95,
            1e-30,
            -3.5,
            -0.04,
            4e9,
            5e9,
            1e300,
            f64::MIN_POSITIVE,
            5e-324,
        ];
        for i in 0..20_000u32 {
            let base = f64::from(i) / 40.0;
            xs.extend([base, base + 1e-9, base - 1e-9, base * 1.000_000_1]);
            xs.extend([
                f64::from(i).sqrt() * 7.3,
                f64::from(i) * 0.1,
                12.0 + f64::from(i) * 332.0 / 20_000.0,
            ]);
        }
        for x in xs {
            assert_eq!(n(x), slow(x), "{x:e}");
        }
    }
}
