//! Runs one way of checking a built-in form's Finnish example response R times, for
//! instruction counting under `valgrind --tool=callgrind` beside the criterion bench
//! (`benches/validate.rs`), whose figures move with the machine's load:
//!
//! `validate_count FORM R MODE`, MODE one of `one-pass` (`validate_json` + `score`, the
//! bench's `core_parse_validate`), `jsonschema` (`serde_json::from_str` + the jsonschema
//! crate's `is_valid`, compiled once outside the runs: `jsonschema_parse_validate`), `value`
//! (`serde_json::from_slice::<Value>`: `serde_value_parse`) and `from-json`
//! (`Response::from_json` + `validate`: `core_from_json_then_validate`).

use arvio_core::chrono::NaiveDate;
use arvio_core::model::Part;
use arvio_core::{Response, score, validate, validate_json};
use arvio_i18n::Localizer;
use serde_json::Value;
use std::hint::black_box;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let id = args
        .first()
        .map_or("family-self-assessment", String::as_str);
    let reps: usize = args.get(1).map_or(10, |a| a.parse().expect("a number"));
    let mode = args.get(2).map_or("one-pass", String::as_str);
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date");
    let form = arvio_forms::builtin(id).expect("a built-in form id");
    let path = format!(
        "{}/../../examples/responses/{id}-fi.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(path).expect("the example");
    let schema = arvio_schema::response_schema(&form, &Localizer::new(&["fi"]));
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .build(&schema)
        .expect("the schema compiles");
    for _ in 0..reps {
        match mode {
            "one-pass" => {
                let read = validate_json(&form, black_box(text.as_bytes()), today, Part::All)
                    .expect("parses");
                black_box(score(&form, &read.validation.answers));
            }
            "jsonschema" => {
                let v: Value = serde_json::from_str(black_box(&text)).expect("JSON");
                black_box(validator.is_valid(&v));
            }
            "value" => {
                black_box(
                    serde_json::from_slice::<Value>(black_box(text.as_bytes())).expect("JSON"),
                );
            }
            "from-json" => {
                let r = Response::from_json(black_box(&text)).expect("parses");
                black_box(validate(&form, &r, today).is_valid());
            }
            other => panic!("unknown mode {other}"),
        }
    }
}
