//! One response to one form, in every output arvio has: the summary as PDF, HTML and text,
//! the blank form as PDF and HTML, and the JSON Schema of the form's responses. Written to a
//! folder (default `target/every-output`), in English.
//!
//! ```sh
//! cargo run -p arvio-cli --example every_output -- /tmp/arvio-out
//! ```

use arvio_core::render::{Filled, RenderContext, Renderer};
use arvio_core::{Response, score, validate};
use arvio_forms::builtin;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "target/every-output".into()),
    );
    std::fs::create_dir_all(&dir)?;

    let form = builtin("caregiver-support").ok_or("no such built-in form")?;
    let response = Response::from_json(include_str!("responses/caregiver-support-en.json"))?;
    let texts = arvio_i18n::Localizer::new(&["en"]);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date");

    // Validate and score once; every renderer gets the same context.
    let checked = validate(&form, &response, today);
    if !checked.is_valid() {
        return Err(format!("{} validation error(s)", checked.errors.len()).into());
    }
    let report = score(&form, &checked.answers);
    let summary = RenderContext::summary(&form, &texts, Filled::new(&response, &checked, &report));
    let blank = RenderContext::blank(&form, &texts);

    let pdf = arvio_pdf::PdfRenderer::new().created_on(today).today(today);
    let html = arvio_html::HtmlRenderer::new().with_today(today);
    let outputs: [(&str, &dyn Renderer, &RenderContext<'_>); 6] = [
        ("summary.pdf", &pdf, &summary),
        ("summary.html", &html, &summary),
        ("summary.txt", &arvio_text::TextRenderer, &summary),
        ("form.pdf", &pdf, &blank),
        ("form.html", &html, &blank),
        (
            "response.schema.json",
            &arvio_schema::SchemaRenderer,
            &blank,
        ),
    ];
    for (name, renderer, cx) in outputs {
        let bytes = renderer.render(cx)?.into_bytes();
        std::fs::write(dir.join(name), &bytes)?;
        println!(
            "{:<22} {:>8} bytes  ({})",
            name,
            bytes.len(),
            renderer.name()
        );
    }
    Ok(())
}
