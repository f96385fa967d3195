//! The registry of renderers (it lives in the driver, never in the core) and score output.

use crate::{Fail, Format};
use arvio_core::render::{Arg, RenderContext, Renderer, Texts, common};
use arvio_core::{Completeness, ScoreResult};
use chrono::NaiveDate;

/// Renders with the renderer registered for `format`, as the bytes to write.
///
/// A PDF whose answers hold characters the embedded font lacks is still written (they are
/// drawn as a visible replacement mark); how many were replaced goes to stderr, without the
/// characters themselves, since they come from answers.
pub fn render(format: Format, cx: &RenderContext<'_>, today: NaiveDate) -> Result<Vec<u8>, Fail> {
    let (bytes, replaced) = render_counted(format, cx, today)?;
    warn_replaced(replaced);
    Ok(bytes)
}

/// As [`render`], without the warning: the bytes and how many distinct characters the PDF
/// font lacked (0 for text and HTML).
pub fn render_counted(
    format: Format,
    cx: &RenderContext<'_>,
    today: NaiveDate,
) -> Result<(Vec<u8>, usize), Fail> {
    let failed = |e: arvio_core::render::RenderError| Fail::input(e.to_string());
    let output = match format {
        Format::Text => arvio_text::TextRenderer.render(cx),
        Format::Html => arvio_html::HtmlRenderer::new().with_today(today).render(cx),
        Format::Pdf => {
            // Called directly rather than through `Renderer`, for the replaced characters.
            let doc = arvio_pdf::PdfRenderer::new()
                .today(today)
                .render_pdf(cx)
                .map_err(failed)?;
            return Ok((doc.bytes, doc.replaced_chars.len()));
        }
    };
    output.map(|o| (o.into_bytes(), 0)).map_err(failed)
}

/// The warning on stderr when `replaced` (distinct characters the PDF font lacks) is not 0;
/// never the characters themselves, since they come from answers.
pub fn warn_replaced(replaced: usize) {
    if replaced > 0 {
        eprintln!(
            "arvio: warning: {replaced} distinct character(s) the PDF font lacks were replaced with {}",
            arvio_pdf::REPLACEMENT
        );
    }
}

fn completeness_note(s: &ScoreResult, t: &dyn Texts) -> Option<String> {
    match s.completeness {
        Completeness::Complete => None,
        Completeness::NotApplicable => Some(t.message(common::SCORE_NOT_APPLICABLE)),
        Completeness::Partial { missing } => {
            Some(t.message_with(common::PARTIAL, &[("missing", Arg::Num(missing.into()))]))
        }
        Completeness::Incomplete { missing } => {
            Some(t.message_with(common::INCOMPLETE, &[("missing", Arg::Num(missing.into()))]))
        }
    }
}

/// One line per score: `name: value (min–max): band`.
pub fn score_line(s: &ScoreResult, t: &dyn Texts) -> String {
    let value = s.value.map_or_else(|| "–".to_string(), |v| t.number(v));
    let mut line = format!(
        "{}: {value} ({}–{})",
        t.message(&s.label),
        t.number(s.range.0),
        t.number(s.range.1)
    );
    if let Some(n) = completeness_note(s, t) {
        line.push_str(&format!(" [{n}]"));
    }
    if let Some(b) = &s.band {
        line.push_str(&format!(": {}", t.message(&b.label)));
    }
    line
}

/// The score report as JSON (see [`arvio_i18n::json::score_json`]).
pub use arvio_i18n::json::score_json;
/// The output of `validate --json` (see [`arvio_i18n::json::validation_json`]).
pub use arvio_i18n::json::validation_json;
