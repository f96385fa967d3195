//! # arvio-pdf
//!
//! The PDF renderer of arvio (name `pdf`), on [printpdf] 0.12. It draws three documents on
//! A4:
//!
//! - **the blank form** for pen and paper: title, section headings, tick boxes for choices,
//!   numbered circles for scale points with the end labels under them, ruled lines sized to
//!   the longest answer a text question takes, a table with empty rows for repeating groups,
//!   an "answer this if ..." note under every question or section that applies only
//!   sometimes and a "required if ..." note under a conditionally required one (both worded
//!   by [`arvio_core::render::phrase`], as in every other format), and at the end the
//!   signature lines. With [`RenderContext::with_part`]`(`[`Part::Family`](arvio_core::Part::Family)`)` the worker's
//!   questions are left out;
//! - **the assessment summary** for a meeting, laid out from
//!   [`arvio_core::render::view::summary`], which has already decided what the copy
//!   ([`RenderContext::with_copy`]) may show: whose copy and the confidentiality mark, the
//!   form's name and version, an information box with the record (who assessed, when, with
//!   whom) beside the assessment date, language and creation date; the answers that apply,
//!   in form order, with the worker's copy marking worker-only questions and private
//!   answers; repeating groups as tables; a line on the optional questions left open; the
//!   score table with bands and the scores as a bar chart; the blocks the caller prepared
//!   ([`RenderContext::with_blocks`], e.g. `arvio_forms::blocks::summary_blocks`: the
//!   statutory deadlines); and at the end the signature lines (per signer a line for the
//!   signature, one for the date and one for the name in block letters). Long free text is
//!   wrapped and continues across pages without losing a character; a word longer than a
//!   line (or table column) is hyphenated, never split without a hyphen;
//! - **the comparison** of a start and a review response ([`RenderKind::Compare`]): the same
//!   header, the comparison blocks (`arvio_forms::blocks::comparison_blocks`: a chart of the
//!   scores at start and at review, the tables of scores and goals) and the signature lines.
//!
//! Charts are vector drawings: one row per score, one horizontal bar per series (start and
//! review), the series told apart by grey level (every bar outlined in black) and named in a
//! legend, gridlines and an axis with the chart's ticks, each bar's value written beside it,
//! and the chart's text alternative under it (the same figures are in the table). Flagged
//! table cells (an overdue deadline) are bold and red and start with `!`, so the mark
//! survives grey print. The renderer computes nothing itself: no deadline, no score, no
//! condition.
//!
//! On the blank form a question and its answer space stay on one page, and a section
//! heading stays with its first question, unless the block is taller than a third of a
//! page (long-text writing lines), which then starts where it is with at least five lines
//! under its label. In a summary a heading stays with its table (or chart), and a short
//! table is not split.
//!
//! Every page has a footer with the form id and version and the page number in the reader's
//! language ("Sivu 2 / 3", "Sida 2 / 3", "Page 2 of 3").
//!
//! ```
//! use arvio_core::chrono::NaiveDate;
//! use arvio_core::render::{IdTexts, Output, RenderContext, Renderer};
//! use arvio_pdf::PdfRenderer;
//!
//! let form = arvio_forms::builtin("family-self-assessment").unwrap();
//! let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
//! let renderer = PdfRenderer::new().created_on(day);
//! let cx = RenderContext::blank(&form, &IdTexts);
//!
//! // Through the renderer trait: the PDF's bytes.
//! let Output::Bytes(pdf) = renderer.render(&cx).unwrap() else { unreachable!() };
//! assert!(pdf.starts_with(b"%PDF-1.7"));
//!
//! // Directly: the bytes, the page count and the characters the font could not show.
//! let doc = renderer.render_pdf(&cx).unwrap();
//! assert!(doc.pages > 1);
//! assert!(doc.replaced_chars.is_empty());
//! assert_eq!(doc.bytes, pdf, "same date, same bytes");
//! ```
//!
//! ## Fonts and characters
//!
//! The text is set in DejaVu Sans and DejaVu Sans Bold (`assets/fonts/`, Bitstream Vera
//! license), compiled into the crate and embedded in every PDF as a subset holding only the
//! glyphs used. They cover Finnish, Swedish and the Sámi letters (á č đ ŋ š ŧ ž and capitals).
//! A character the fonts lack is never dropped: it is drawn as U+FFFD (a question mark in a
//! black diamond), listed in [`PdfDocument::replaced_chars`], and a note under the last
//! section says what the sign means. Whitespace (tabs, non-breaking spaces) is drawn as a
//! space, and line breaks in answers are kept.
//!
//! Text is measured with the fonts' advance widths (no kerning), and wrapped by this crate
//! rather than by printpdf's `shape_text`, so that page breaks fall between lines and no text
//! is ever cut at the bottom of a page. Lines break between words; a word wider than its
//! line or table column is broken after a hyphen it has, else at a hyphenation point of the
//! document's language (Knuth–Liang patterns for Finnish, Swedish and English, from TeX's
//! hyph-utf8 via the `hyphenation` crate), and only a word with no such point (a long
//! number, an address) between characters; every break inside a word draws a hyphen, the
//! character U+00AD SOFT HYPHEN, as the PDF standard asks, so that text extraction can
//! join the word again. Table columns are sized by their content: narrow columns (numbers,
//! dates, short choices) get their natural width, free text the room that is left.
//!
//! ## Metadata, PDF/A-2a and tagging
//!
//! Every PDF carries its title, language (`/Lang` and `dc:language`), creation date and
//! producer `arvio`, both in the Info dictionary and in XMP metadata. The creation date is
//! the one set with [`PdfRenderer::created`] (or the current time): with a fixed date the
//! output is byte-for-byte deterministic.
//!
//! The output is PDF/A-2a: archivable (PDF/A-2, ISO 19005-2) and tagged (the "a", accessible,
//! level), with PDF/UA-1 as the aim for screen readers. printpdf 0.12 draws the pages and
//! embeds the fonts; everything else is written into the `lopdf` document printpdf builds
//! (`PdfDocument::to_lopdf_document`), before it is saved:
//!
//! - **identification and colour** (`pdfa.rs`): the Info dictionary, the XMP packet
//!   (`pdfaid:part 2`, `pdfaid:conformance A`; its stream left uncompressed), a GTS_PDFA1
//!   output intent whose `/DestOutputProfile` is a 400-byte sRGB profile built in code
//!   (`icc.rs`), `/Lang`, a content-derived file id, and header version 1.7 with the binary
//!   comment line. printpdf's own conformance setting is not used: it writes a PDF/X intent
//!   with a 650 KB CMYK profile and random ids;
//! - **fonts** (`unhint.rs`): printpdf embeds CIDFontType2 subsets with widths and a
//!   ToUnicode map (so text can be searched and copied); this crate adds `/CIDToGIDMap
//!   /Identity` and a `/CIDSet` listing every glyph of the subset, and rewrites each font
//!   program without TrueType hinting and without the tables a PDF viewer does not read
//!   (same glyph ids, outlines and widths: about 5.5 KB instead of 28 KB per face);
//! - **structure** (`tag.rs`): while it draws, the page writer keeps the logical structure.
//!   Every text is a marked-content sequence (`BDC` with an `/MCID`, printpdf's
//!   `Op::BeginMarkedContentWithProperties`) of a structure element: the document's title
//!   `H1`; each section a `Sect` with its heading `H2`; labels, answers and notes `P`;
//!   choice options and scale points `L`/`LI` (with `Lbl`/`LBody`); the information box, the
//!   group answers, the score and block tables, and the blank form's group tables
//!   `Table`/`TR`/`TH`/`TD`, each header cell with its `/Scope` (the information box's labels
//!   head their rows); a chart a `Figure` whose `/Alt` gives every bar's label and value in
//!   words. Rules, boxes, tick boxes, the header row repeated on a continuation page and the
//!   dots of a date are artifacts, the footers pagination artifacts. printpdf writes marked
//!   content but no structure tree, so `tag.rs` writes it with lopdf: the `StructTreeRoot`,
//!   one `StructElem` per element in reading order, the `ParentTree` from every page's
//!   marked-content ids back to their elements, `/StructParents` and `/Tabs /S` on each
//!   page, and in the catalog `/MarkInfo <</Marked true>>` and `/ViewerPreferences
//!   <</DisplayDocTitle true>>`. A line of text keeps, invisible at its end, the space it
//!   broke at, so that text extraction and screen readers read the words apart;
//! - **saving**: object streams and a cross-reference stream (PDF 1.5, allowed by PDF/A-2)
//!   compress the structure tree's many small dictionaries together.
//!
//! There is no transparency, no encryption, no JavaScript and no external content. The Finnish
//! family self-assessment summary (six pages) is about 32 KB. How it is checked, in the test
//! suite: PDFBox's preflight validator (`tests/pdfa.rs`; it knows the PDF/A-1b rules, and
//! reports nothing but the two findings PDF/A-2 allows: `pdfaid:part` 2, and cross-reference
//! streams), the identification, output intent and fonts read back with lopdf and poppler's
//! `pdffonts` (`tests/pdfa.rs`, `tests/fonts.rs`), and the structure read back with poppler's
//! `pdfinfo -struct-text` (`tests/structure.rs`: every word of every page is in the structure
//! or an artifact, in the order it is read; headings, lists and tables where they belong;
//! every marked-content id in the parent tree). No PDF/UA validator runs here (veraPDF and
//! PAC are not available on the build machines).
//!
//! ## Texts
//!
//! Every word on the page comes from the context's [`Texts`](arvio_core::render::Texts):
//! the form's messages, the core's [`common`](arvio_core::render::common) ids, and the
//! renderer words of `locales/*/common.ftl` that `arvio_i18n::common_ids` registers (so
//! `arvio lint` reports one missing in a language). The summary's and the comparison's
//! words come prepared in the view; the crate itself asks only for the details' headings
//! (`arvio-assessment-date`, `arvio-language`, `arvio-generated-on`, the language names),
//! `arvio-page-of`, and `arvio-replaced-chars-note`. The crate
//! holds no wording of its own: with [`IdTexts`](arvio_core::render::IdTexts) every text
//! is its id.
//!
//! [printpdf]: https://docs.rs/printpdf/0.12

mod blank;
mod fonts;
mod hyphen;
mod icc;
mod layout;
mod pdfa;
mod styles;
mod summary;
mod tag;
mod unhint;
mod words;

use arvio_core::chrono::{NaiveDate, NaiveDateTime, Utc};
use arvio_core::render::{Output, RenderContext, RenderError, RenderKind, Renderer};
use printpdf::{FontId, Mm, PdfFont, PdfPage, PdfSaveOptions};
use std::fmt;

pub use fonts::REPLACEMENT;

/// Options of a PDF rendering. Build with [`PdfOptions::new`] and the setters, or through
/// [`PdfRenderer`]'s.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct PdfOptions {
    /// The document's creation date and time (UTC). `None`: the current time. Set it for
    /// deterministic output.
    pub created: Option<NaiveDateTime>,
    /// The assessment date shown in a summary's details. `None`: when the form's record has
    /// a date question, the record shows that date and the details none; otherwise the
    /// first date answer of the form (for example the date the form was filled in), else
    /// the creation date.
    pub assessment_date: Option<NaiveDate>,
    /// The day the document is made, printed as its creation date ("Created on …") when no
    /// [`created`](Self::created) time is set. It affects nothing else: deadlines are judged
    /// by whoever prepares the context's blocks (`arvio_forms::blocks`).
    pub today: Option<NaiveDate>,
}

impl PdfOptions {
    /// Default options: created now, dates taken from the response.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets the creation date and time (UTC).
    pub fn created(mut self, at: NaiveDateTime) -> Self {
        self.created = Some(at);
        self
    }
    /// Sets the assessment date shown in a summary's header.
    pub fn assessment_date(mut self, d: NaiveDate) -> Self {
        self.assessment_date = Some(d);
        self
    }
    /// Sets the day the document is made: printed as its creation date when no creation
    /// time is set (see [`PdfOptions::today`]).
    pub fn today(mut self, d: NaiveDate) -> Self {
        self.today = Some(d);
        self
    }
}

/// A rendered PDF.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct PdfDocument {
    /// The PDF file.
    pub bytes: Vec<u8>,
    /// Characters the fonts cannot show, each once, in order of first appearance. They are
    /// drawn as [`REPLACEMENT`]. Empty when everything could be drawn.
    pub replaced_chars: Vec<char>,
    /// Number of pages.
    pub pages: usize,
}

impl fmt::Debug for PdfDocument {
    // The bytes and the replaced characters come from answers: show only their sizes.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PdfDocument")
            .field("bytes", &format_args!("<{} bytes>", self.bytes.len()))
            .field("replaced_chars", &self.replaced_chars.len())
            .field("pages", &self.pages)
            .finish()
    }
}

/// The PDF renderer (name `pdf`). A blank form for [`RenderKind::Form`] (a response given
/// with it is not drawn in), a summary for [`RenderKind::Summary`], a comparison for
/// [`RenderKind::Compare`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PdfRenderer {
    options: PdfOptions,
}

impl PdfRenderer {
    /// A renderer with default options.
    pub fn new() -> Self {
        Self::default()
    }
    /// A renderer with the given options.
    pub fn with_options(options: PdfOptions) -> Self {
        PdfRenderer { options }
    }
    /// Sets the creation date and time (UTC) written into the document.
    pub fn created(mut self, at: NaiveDateTime) -> Self {
        self.options.created = Some(at);
        self
    }
    /// Sets the creation date (at midnight UTC).
    pub fn created_on(self, day: NaiveDate) -> Self {
        self.created(day.and_time(Default::default()))
    }
    /// Sets the assessment date shown in a summary's header.
    pub fn assessment_date(mut self, d: NaiveDate) -> Self {
        self.options.assessment_date = Some(d);
        self
    }
    /// Sets the day the document is made: printed as its creation date when no creation
    /// time is set. Deadlines are not judged here: they come prepared in the context's
    /// blocks (`arvio_forms::blocks`).
    pub fn today(mut self, d: NaiveDate) -> Self {
        self.options.today = Some(d);
        self
    }
    /// The options.
    pub fn options(&self) -> &PdfOptions {
        &self.options
    }
    /// Renders, returning the document with its page count and replaced characters.
    pub fn render_pdf(&self, cx: &RenderContext<'_>) -> Result<PdfDocument, RenderError> {
        render_pdf(cx, &self.options)
    }
}

impl Renderer for PdfRenderer {
    fn name(&self) -> &str {
        "pdf"
    }

    fn render(&self, cx: &RenderContext<'_>) -> Result<Output, RenderError> {
        Ok(Output::Bytes(self.render_pdf(cx)?.bytes))
    }
}

fn failed(message: &str) -> RenderError {
    RenderError::Failed {
        renderer: "pdf".into(),
        message: message.into(),
    }
}

/// Renders a blank form, a summary or a comparison as PDF.
///
/// Errors: [`RenderError::MissingResponse`] for a summary or comparison without a response;
/// [`RenderError::Failed`] if the embedded fonts cannot be read or the file cannot be
/// written (neither happens with the fonts this crate ships).
pub fn render_pdf(
    cx: &RenderContext<'_>,
    options: &PdfOptions,
) -> Result<PdfDocument, RenderError> {
    let created = options
        .created
        .unwrap_or_else(|| Utc::now().naive_utc().with_nanosecond_zero());
    // The day printed as the creation date ("Created on …").
    let created_on = match (options.created, options.today) {
        (None, Some(today)) => today,
        _ => created.date(),
    };
    let fonts =
        fonts::Fonts::get().ok_or_else(|| failed("the embedded fonts could not be read"))?;
    let t = cx.texts;
    let mut w = layout::Writer::new(fonts);
    w.lang = hyphen::Lang::from_code(t.language());
    let summary = match (cx.kind, cx.filled) {
        (RenderKind::Summary | RenderKind::Compare, None) => {
            return Err(RenderError::MissingResponse);
        }
        (RenderKind::Summary | RenderKind::Compare, Some(_)) => Some(summary::render(
            &mut w,
            cx,
            created_on,
            options.assessment_date,
        )?),
        _ => {
            blank::render(&mut w, cx);
            None
        }
    };
    if !w.replaced.is_empty() {
        let note = t.message(words::REPLACED_CHARS_NOTE);
        w.y += 6.0;
        w.paragraph(
            layout::MARGIN_X,
            layout::CONTENT_W,
            &note,
            styles::WARN_NOTE,
        );
    }
    w.end_marked();
    // The footer has room for the mark alone; its legal basis stands at the top of page 1.
    let short_mark = t.message(arvio_core::render::common::CONFIDENTIAL_SHORT);
    summary::footers(
        &mut w,
        cx.form,
        t,
        summary.as_ref().map(|_| short_mark.as_str()),
    );

    let title = match &summary {
        Some(s) => format!("{} – {}", s.title, s.heading),
        None => t.message(&cx.form.title),
    };
    let mut doc = printpdf::PdfDocument::new(&title);
    doc.resources.fonts.map.insert(
        FontId(layout::FONT_REGULAR.into()),
        PdfFont::new(fonts.regular.font.clone()),
    );
    doc.resources.fonts.map.insert(
        FontId(layout::FONT_BOLD.into()),
        PdfFont::new(fonts.bold.font.clone()),
    );
    let pages = w.pages.len();
    doc.pages = w
        .pages
        .into_iter()
        .map(|ops| PdfPage::new(Mm(210.0), Mm(297.0), ops))
        .collect();
    let save = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut lo = doc.to_lopdf_document(&save, &mut warnings);
    let meta = pdfa::Metadata {
        title: &title,
        language: t.language(),
        created,
    };
    pdfa::finish(&mut lo, &meta).map_err(|_| failed("the PDF structure could not be completed"))?;
    // Embedded fonts without TrueType hinting, and their /CIDSet.
    unhint::unhint_fonts(&mut lo);
    unhint::add_cid_sets(&mut lo);
    tag::write(&mut lo, &w.tags)
        .map_err(|_| failed("the PDF structure tree could not be written"))?;
    lo.compress();
    let mut bytes = Vec::new();
    // Object streams: the structure tree's many small dictionaries are compressed together
    // (PDF 1.5; PDF/A-2 allows them).
    let save = lopdf::SaveOptions::builder()
        .use_object_streams(true)
        .use_xref_streams(true)
        .compression_level(9)
        .build();
    lo.save_with_options(&mut bytes, save)
        .map_err(|_| failed("the PDF could not be written"))?;
    Ok(PdfDocument {
        bytes,
        replaced_chars: w.replaced,
        pages,
    })
}

trait NoNanos {
    fn with_nanosecond_zero(self) -> Self;
}

impl NoNanos for NaiveDateTime {
    fn with_nanosecond_zero(self) -> Self {
        use arvio_core::chrono::Timelike;
        self.with_nanosecond(0).unwrap_or(self)
    }
}
