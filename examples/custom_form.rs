//! A custom form with texts of its own: the form file and its Fluent files are read from
//! `examples/custom/` (Finnish and English), added to the built-in texts, and the form is
//! rendered as text in both languages with a validation error in each.
//!
//! ```sh
//! cargo run -p arvio-cli --example custom_form
//! # the same from the command line:
//! arvio render examples/custom/evening-check.toml --locales examples/custom/locales --lang en
//! ```

use arvio_core::render::{RenderContext, Renderer};
use arvio_core::{Response, Status, load_form, parse_form, validate};
use arvio_i18n::{Localizer, error_message};
use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let custom = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/custom");
    let form = load_form(&custom.join("evening-check.toml"))?;

    // Without its texts the form could only show "(text missing)": a tool refuses instead.
    let missing = Localizer::new(&["fi"]).missing_ids(&form);
    println!("built-in texts only, missing: {}\n", missing.join(", "));

    // A response that skips the required question.
    let mut response = Response::new(&form, "fi");
    response.status = Status::Submitted;
    response
        .answers
        .insert("what_helps".into(), serde_json::json!("Iltasatu").into());
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date");
    let validation = validate(&form, &response, today);

    for lang in ["fi", "en"] {
        // The built-in texts (buttons, "Yes"/"No", page words) plus the form's own.
        let texts = Localizer::builder()
            .locales_dir(custom.join("locales"))?
            .languages(&[lang])
            .build();
        assert!(texts.missing_ids(&form).is_empty(), "{lang}");
        let text = arvio_text::TextRenderer
            .render(&RenderContext::blank(&form, &texts))?
            .into_bytes();
        println!("--- {lang} ---\n{}", String::from_utf8(text)?);
        for e in &validation.errors {
            // fi: bedtime_ok: Kysymykseen ”Sujuuko nukkumaanmeno yleensä hyvin?” tarvitaan vastaus.
            println!("{}: {}", e.path, error_message(&texts, &form, e));
        }
        println!();
    }

    // A condition on a later question is a finding with its place.
    let source = std::fs::read_to_string(custom.join("evening-check.toml"))?;
    let broken = source.replace("question = \"bedtime_ok\"", "question = \"later\"");
    if let Err(e) = parse_form(&broken, "evening-check.toml") {
        println!("{e}"); // evening-check.toml:33:27: unknown question `later`
    }
    Ok(())
}
