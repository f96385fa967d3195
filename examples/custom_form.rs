//! A custom form from TOML text: checked on load, with findings at file:line:column.
//!
//! ```sh
//! cargo run -p arvio-cli --example custom_form
//! ```

use arvio_core::{Response, Status, parse_form, validate};

const FORM: &str = r#"
id = "evening-check"
version = "1.0.0"
title = "ec-title"

[[sections]]
id = "evening"
title = "ec-evening"

[[sections.questions]]
id = "bedtime_ok"
kind = "yes_no"
label = "ec-bedtime-ok"
required = true

[[sections.questions]]
id = "what_helps"
kind = "long_text"
label = "ec-what-helps"
max_length = 500
applies_if = { question = "bedtime_ok", equals = false }
"#;

fn main() {
    let form = parse_form(FORM, "evening-check.toml").expect("a valid form");
    let mut response = Response::new(&form, "fi");
    response.status = Status::Submitted;
    response
        .answers
        .insert("what_helps".into(), serde_json::json!("Iltasatu").into());
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date");
    for e in validate(&form, &response, today).errors {
        println!("{e}"); // bedtime_ok: required answer missing
    }

    // A condition on a later question is a finding with its place.
    let broken = FORM.replace("question = \"bedtime_ok\"", "question = \"later\"");
    if let Err(e) = parse_form(&broken, "evening-check.toml") {
        println!("{e}"); // evening-check.toml:24:27: unknown question `later`
    }
}
