//! A small page writer: A4 pages, a cursor that moves down, word wrapping that never loses a
//! character, and page breaks. Everything is in points, with `y` measured from the top of the
//! page (converted to PDF's bottom-up coordinates when an operation is emitted).

use crate::fonts::{Fonts, sanitize};
use crate::hyphen::End;
use crate::hyphen::Lang;
use crate::tag::{Role, Tree};
use printpdf::{
    Color, DictItem, FontId, Line, LinePoint, Op, PaintMode, PdfFontHandle, Point, Polygon,
    PolygonRing, Pt, Rect, Rgb, TextItem, WindingOrder,
};
use std::collections::BTreeMap;

/// A4 width in points.
pub(crate) const PAGE_W: f32 = 595.276;
/// A4 height in points.
pub(crate) const PAGE_H: f32 = 841.89;
/// Left and right margin.
pub(crate) const MARGIN_X: f32 = 56.7;
/// Top margin.
pub(crate) const MARGIN_TOP: f32 = 56.7;
/// Bottom of the text area (the footer lies below it).
pub(crate) const BOTTOM: f32 = PAGE_H - 62.0;
/// Width of the text area.
pub(crate) const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN_X;

/// Resource names of the two embedded fonts (fixed, so output is deterministic).
pub(crate) const FONT_REGULAR: &str = "ARVREG";
/// Bold.
pub(crate) const FONT_BOLD: &str = "ARVBLD";

/// Text colours.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Ink {
    /// Body text.
    Text,
    /// Secondary text (help, notes, footers).
    Muted,
    /// Headings.
    Accent,
    /// Rules and boxes.
    Rule,
    /// Light fills (table headers, header box).
    Fill,
    /// The marker of replaced characters, flagged cells.
    Warn,
    /// A neutral grey (0 black, 1 white): chart bars, told apart in grey print.
    Grey(f32),
}

impl Ink {
    fn color(self) -> Color {
        let (r, g, b) = match self {
            Ink::Text => (0.10, 0.10, 0.12),
            Ink::Muted => (0.36, 0.38, 0.42),
            Ink::Accent => (0.09, 0.25, 0.42),
            Ink::Rule => (0.55, 0.58, 0.62),
            Ink::Fill => (0.93, 0.95, 0.97),
            Ink::Warn => (0.70, 0.10, 0.10),
            Ink::Grey(g) => (g, g, g),
        };
        Color::Rgb(Rgb {
            r,
            g,
            b,
            icc_profile: None,
        })
    }
}

/// A text style.
#[derive(Clone, Copy)]
pub(crate) struct Style {
    pub(crate) size: f32,
    pub(crate) bold: bool,
    pub(crate) ink: Ink,
}

impl Style {
    pub(crate) const fn new(size: f32, bold: bool, ink: Ink) -> Style {
        Style { size, bold, ink }
    }
    /// Distance between baselines.
    pub(crate) fn leading(self) -> f32 {
        self.size * 1.32
    }
}

/// The page writer.
pub(crate) struct Writer<'f> {
    pub(crate) fonts: &'f Fonts,
    pub(crate) pages: Vec<Vec<Op>>,
    /// Top of the free space on the current page.
    pub(crate) y: f32,
    /// Characters replaced so far.
    pub(crate) replaced: Vec<char>,
    /// Called on each new page after the first (e.g. to repeat a table header); returns the
    /// height it used.
    pub(crate) top_of_page: f32,
    /// The logical structure drawn so far (see [`crate::tag`]).
    pub(crate) tags: Tree,
    /// The marked-content sequence open on the current page.
    marked: Marked,
    /// Above zero while drawing page furniture ([`Writer::artifact`]).
    artifact: u32,
    /// Whether this is a scratch page that measures a block ([`keep_within`]).
    probe: bool,
    /// The document's language, whose patterns hyphenate long words (see [`crate::hyphen`]).
    pub(crate) lang: Option<Lang>,
}

/// A marked-content sequence: content of a structure element, or an artifact.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Marked {
    /// None open.
    None,
    /// Page furniture: rules, boxes, repeated table headers.
    Artifact,
    /// A page footer (a pagination artifact).
    Footer,
    /// Content of a structure element.
    Content(usize),
}

fn pt(x: f32, y_from_top: f32) -> Point {
    Point {
        x: Pt(x),
        y: Pt(PAGE_H - y_from_top),
    }
}

impl<'f> Writer<'f> {
    pub(crate) fn new(fonts: &'f Fonts) -> Writer<'f> {
        Writer {
            fonts,
            pages: vec![Vec::with_capacity(512)],
            y: MARGIN_TOP,
            replaced: Vec::new(),
            top_of_page: MARGIN_TOP,
            tags: Tree::default(),
            marked: Marked::None,
            artifact: 0,
            probe: false,
            lang: None,
        }
    }

    /// Switches the open marked-content sequence to `want`: ends the open one and begins
    /// the new one (a new marked-content id for structure content).
    fn mark(&mut self, want: Marked) {
        if self.marked == want {
            return;
        }
        self.end_marked();
        let page = self.pages.len().saturating_sub(1);
        let op = match want {
            Marked::None => return,
            Marked::Artifact => Op::BeginMarkedContent {
                tag: "Artifact".into(),
            },
            Marked::Footer => Op::BeginMarkedContentWithProperties {
                tag: "Artifact".into(),
                properties: DictItem::Dict {
                    map: BTreeMap::from([
                        ("Type".into(), DictItem::Name(b"Pagination".to_vec())),
                        ("Subtype".into(), DictItem::Name(b"Footer".to_vec())),
                    ]),
                },
            },
            Marked::Content(node) => {
                let mcid = self.tags.content(page, node);
                Op::BeginMarkedContentWithProperties {
                    tag: self.tags.nodes[node].role.name().into(),
                    properties: DictItem::Dict {
                        map: BTreeMap::from([("MCID".into(), DictItem::Int(mcid as i64))]),
                    },
                }
            }
        };
        self.ops().push(op);
        self.marked = want;
    }

    /// Ends the open marked-content sequence, if any.
    pub(crate) fn end_marked(&mut self) {
        if self.marked != Marked::None {
            self.ops().push(Op::EndMarkedContent);
            self.marked = Marked::None;
        }
    }

    /// The sequence text goes into: an artifact while drawing furniture, else the content of
    /// the innermost open element (a paragraph of its own when that is a section, list or
    /// table row).
    fn text_marked(&mut self) -> Marked {
        if self.artifact > 0 {
            return self.furniture();
        }
        let mut node = self.tags.current();
        if self.tags.nodes[node].role.is_grouping() {
            // Text straight in a grouping element: a paragraph of its own.
            node = self.tags.child(Role::P);
        }
        Marked::Content(node)
    }

    /// The sequence a drawing (rule, box, circle) goes into: a figure's content inside a
    /// figure, else an artifact.
    fn graphic_marked(&mut self) -> Marked {
        let node = self.tags.current();
        if self.artifact == 0 && self.tags.nodes[node].role == Role::Figure {
            Marked::Content(node)
        } else {
            self.furniture()
        }
    }

    fn furniture(&self) -> Marked {
        if self.marked == Marked::Footer {
            Marked::Footer
        } else {
            Marked::Artifact
        }
    }

    /// Opens a structure element under the innermost open one; returns its index.
    pub(crate) fn open(&mut self, role: Role) -> usize {
        self.tags.open(role)
    }

    /// Closes the innermost open structure element.
    pub(crate) fn close(&mut self) {
        self.tags.close();
    }

    /// Draws `draw` inside a new structure element.
    pub(crate) fn tagged<R>(&mut self, role: Role, draw: impl FnOnce(&mut Self) -> R) -> R {
        self.open(role);
        let r = draw(self);
        self.close();
        r
    }

    /// Draws `draw` into an element made earlier (a table cell that continues).
    pub(crate) fn within<R>(&mut self, node: usize, draw: impl FnOnce(&mut Self) -> R) -> R {
        self.tags.enter(node);
        let r = draw(self);
        self.close();
        r
    }

    /// Draws `draw` as page furniture: an artifact, outside the structure.
    pub(crate) fn artifact<R>(&mut self, draw: impl FnOnce(&mut Self) -> R) -> R {
        self.artifact += 1;
        let r = draw(self);
        self.artifact -= 1;
        r
    }

    /// Draws `draw` as the page footer (a pagination artifact).
    pub(crate) fn footer<R>(&mut self, draw: impl FnOnce(&mut Self) -> R) -> R {
        self.mark(Marked::Footer);
        let r = self.artifact(draw);
        self.end_marked();
        r
    }

    fn ops(&mut self) -> &mut Vec<Op> {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// Starts a new page.
    pub(crate) fn new_page(&mut self) {
        self.end_marked();
        self.pages.push(Vec::with_capacity(512));
        self.y = self.top_of_page;
    }

    /// Makes sure `h` points fit below the cursor, breaking the page if not (unless the page
    /// is still empty). Returns whether a page break happened.
    pub(crate) fn ensure(&mut self, h: f32) -> bool {
        if self.y + h > BOTTOM && self.y > self.top_of_page + 0.5 {
            self.new_page();
            true
        } else {
            false
        }
    }

    /// Cleans text for the fonts (see [`sanitize`]).
    pub(crate) fn clean(&mut self, text: &str) -> String {
        sanitize(self.fonts, text, &mut self.replaced)
    }

    /// Width of (already clean) text.
    pub(crate) fn width(&self, text: &str, style: Style) -> f32 {
        self.fonts.face(style.bold).width(text, style.size)
    }

    /// Draws one line of clean text with its baseline at `baseline` (from the top).
    pub(crate) fn text_at(&mut self, x: f32, baseline: f32, text: &str, style: Style) {
        if text.is_empty() {
            return;
        }
        let font = if style.bold { FONT_BOLD } else { FONT_REGULAR };
        let marked = self.text_marked();
        self.mark(marked);
        let ops = self.ops();
        ops.push(Op::StartTextSection);
        ops.push(Op::SetFillColor {
            col: style.ink.color(),
        });
        ops.push(Op::SetFont {
            font: PdfFontHandle::External(FontId(font.to_string())),
            size: Pt(style.size),
        });
        ops.push(Op::SetTextCursor {
            pos: pt(x, baseline),
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::Text(text.to_string())],
        });
        ops.push(Op::EndTextSection);
    }

    /// Wraps clean text into lines no wider than `width`. Lines break between words (the
    /// spaces at a break are dropped); a word wider than a line is broken at a legal point
    /// of the document's language, and only if it has none that fits, between characters
    /// (see [`crate::hyphen`]). A line that ends inside a word ends with a drawn
    /// [`SOFT_HYPHEN`](crate::hyphen::SOFT_HYPHEN); every other character is kept. A line
    /// that broke at a space or a line break of the text, but the last, keeps a space at its
    /// end (invisible there), so that text extraction and screen readers read its last word
    /// apart from the next line's first.
    pub(crate) fn wrap(&self, text: &str, width: f32, style: Style) -> Vec<String> {
        let face = self.fonts.face(style.bold);
        let scale = style.size / 1000.0;
        let fallback = face.advance(self.fonts.replacement).unwrap_or(600.0);
        let adv = |c: char| face.advance(c).unwrap_or(fallback) * scale;
        let lines = crate::hyphen::wrap(text, width, &adv, self.lang);
        let n = lines.len();
        lines
            .into_iter()
            .enumerate()
            .map(|(i, l)| {
                let space = i + 1 < n && matches!(l.end, End::Space | End::Paragraph);
                let mut drawn = l.drawn();
                if space {
                    drawn.push(' ');
                }
                drawn
            })
            .collect()
    }

    /// Writes a wrapped paragraph at the cursor, breaking pages between lines; moves the
    /// cursor below it. `text` is raw (it is cleaned here).
    pub(crate) fn paragraph(&mut self, x: f32, width: f32, text: &str, style: Style) {
        let clean = self.clean(text);
        let lines = self.wrap(&clean, width, style);
        self.lines(x, &lines, style);
    }

    /// Writes prepared lines at the cursor, breaking pages between lines.
    /// Lines drawn while a grouping element (a section, a list) is open become a paragraph
    /// of their own; inside a heading, cell or list body they are its content.
    pub(crate) fn lines(&mut self, x: f32, lines: &[String], style: Style) {
        if lines.is_empty() {
            return;
        }
        let own_paragraph =
            self.artifact == 0 && self.tags.nodes[self.tags.current()].role.is_grouping();
        if own_paragraph {
            self.open(Role::P);
        }
        let lead = style.leading();
        for l in lines {
            self.ensure(lead);
            let baseline = self.y + style.size;
            self.text_at(x, baseline, l, style);
            self.y += lead;
        }
        if own_paragraph {
            self.close();
        }
    }

    /// A straight line.
    pub(crate) fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, width: f32, ink: Ink) {
        let marked = self.graphic_marked();
        self.mark(marked);
        let ops = self.ops();
        ops.push(Op::SetOutlineColor { col: ink.color() });
        ops.push(Op::SetOutlineThickness { pt: Pt(width) });
        ops.push(Op::DrawLine {
            line: Line {
                points: vec![
                    LinePoint {
                        p: pt(x1, y1),
                        bezier: false,
                    },
                    LinePoint {
                        p: pt(x2, y2),
                        bezier: false,
                    },
                ],
                is_closed: false,
            },
        });
    }

    /// A rectangle with its top-left corner at (`x`, `y`).
    pub(crate) fn rect(
        &mut self,
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Option<Ink>,
        stroke: Option<(Ink, f32)>,
    ) {
        let mode = match (fill, stroke) {
            (Some(_), Some(_)) => PaintMode::FillStroke,
            (Some(_), None) => PaintMode::Fill,
            (None, _) => PaintMode::Stroke,
        };
        let marked = self.graphic_marked();
        self.mark(marked);
        let ops = self.ops();
        if let Some(f) = fill {
            ops.push(Op::SetFillColor { col: f.color() });
        }
        if let Some((ink, width)) = stroke {
            ops.push(Op::SetOutlineColor { col: ink.color() });
            ops.push(Op::SetOutlineThickness { pt: Pt(width) });
        }
        ops.push(Op::DrawRectangle {
            rectangle: Rect {
                x: Pt(x),
                y: Pt(PAGE_H - y - h),
                width: Pt(w),
                height: Pt(h),
                mode: Some(mode),
                winding_order: Some(WindingOrder::NonZero),
            },
        });
    }

    /// A stroked circle centred at (`cx`, `cy`).
    pub(crate) fn circle(&mut self, cx: f32, cy: f32, r: f32, ink: Ink, width: f32) {
        // Four cubic Bézier arcs; k = 4/3 (sqrt 2 - 1).
        let k = 0.552_284_8 * r;
        let p = |x: f32, y: f32, bezier: bool| LinePoint {
            p: pt(x, y),
            bezier,
        };
        let points = vec![
            p(cx + r, cy, false),
            p(cx + r, cy + k, true),
            p(cx + k, cy + r, true),
            p(cx, cy + r, false),
            p(cx - k, cy + r, true),
            p(cx - r, cy + k, true),
            p(cx - r, cy, false),
            p(cx - r, cy - k, true),
            p(cx - k, cy - r, true),
            p(cx, cy - r, false),
            p(cx + k, cy - r, true),
            p(cx + r, cy - k, true),
            p(cx + r, cy, false),
        ];
        let marked = self.graphic_marked();
        self.mark(marked);
        let ops = self.ops();
        ops.push(Op::SetOutlineColor { col: ink.color() });
        ops.push(Op::SetOutlineThickness { pt: Pt(width) });
        ops.push(Op::DrawPolygon {
            polygon: Polygon {
                rings: vec![PolygonRing { points }],
                mode: PaintMode::Stroke,
                winding_order: WindingOrder::NonZero,
            },
        });
    }
}

/// The tallest block [`keep_together`] moves to a new page whole: a third of the text
/// area. A taller block (a long text's writing lines, a long table) starts where it is, so
/// pages do not end half empty, and continues on the next page.
pub(crate) const KEEP_MAX: f32 = (BOTTOM - MARGIN_TOP) / 3.0;

/// Breaks the page before what `draw` draws if it does not fit in the rest of this page
/// and is at most [`KEEP_MAX`] tall. `draw` is run on a scratch page to measure it (and
/// then thrown away: the caller draws it for real).
pub(crate) fn keep_together(w: &mut Writer<'_>, draw: impl FnOnce(&mut Writer<'_>)) {
    keep_within(w, KEEP_MAX, draw);
}

/// [`keep_together`] for blocks up to `max` points tall.
///
/// On a scratch page itself, it does nothing: a block kept together inside the block being
/// measured only matters when it breaks the scratch page, and then the measured block runs
/// onto a second page whether it is kept or not, so measuring it again would only repeat
/// the work.
pub(crate) fn keep_within(w: &mut Writer<'_>, max: f32, draw: impl FnOnce(&mut Writer<'_>)) {
    if w.probe {
        return;
    }
    let mut probe = Writer::new(w.fonts);
    probe.lang = w.lang;
    probe.probe = true;
    let top = probe.y;
    draw(&mut probe);
    let h = probe.y - top;
    if probe.pages.len() == 1 && h <= max {
        w.ensure(h);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hyphen::{Lang, SOFT_HYPHEN};
    use crate::styles::BODY;

    /// A line that broke at a space (even after a hyphen of the text) or at a line break
    /// keeps the space at its end; one that breaks inside a word ends in the drawn hyphen;
    /// the last line has nothing added.
    #[test]
    fn a_line_keeps_the_space_it_broke_at() {
        let mut w = Writer::new(Fonts::get().unwrap());
        w.lang = Lang::from_code("fi");
        let width = w.width("sosiaali- ja", BODY) - 1.0;
        assert_eq!(
            w.wrap("sosiaali- ja terveys", width, BODY),
            ["sosiaali- ", "ja terveys"]
        );
        assert_eq!(w.wrap("perhe\nlapsi", 200.0, BODY), ["perhe ", "lapsi"]);
        let width = w.width("Luokanopettaja", BODY) - 1.0;
        assert_eq!(
            w.wrap("Luokanopettaja", width, BODY),
            [format!("Luokanopetta{SOFT_HYPHEN}"), "ja".to_string()]
        );
    }
}
