//! Validate and score a response to a built-in form, with messages in Swedish.
//!
//! ```sh
//! cargo run -p arvio-cli --example validate_and_score
//! ```

use arvio_core::render::Texts;
use arvio_core::{Response, score, validate};
use arvio_forms::builtin;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let form = builtin("family-self-assessment").ok_or("no such built-in form")?;
    let json = include_str!("responses/family-self-assessment-sv.json");
    let response = Response::from_json(json)?;
    let texts = arvio_i18n::Localizer::new(&["sv-FI", "en"]);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date");

    let checked = validate(&form, &response, today);
    for error in &checked.errors {
        println!(
            "{}: {}",
            error.path,
            arvio_i18n::error_message(&texts, &form, error)
        );
    }
    let report = score(&form, &checked.answers);
    for s in &report.scores {
        let value = s.value.map_or("–".to_string(), |v| texts.number(v));
        let band = s
            .band
            .as_ref()
            .map_or(String::new(), |b| texts.message(&b.label));
        println!("{}: {value} {band}", texts.message(&s.label));
    }
    Ok(())
}
