//! Runs one way of checking a response R times, for instruction counting under
//! `valgrind --tool=callgrind` (see BENCHMARKS.md).
//!
//! `scaling N|FORM R [MODE]`: the first argument is a number of questions (a synthetic form,
//! a response drawn from its domain) or a built-in form's id (its Finnish example response);
//! R is the number of runs; MODE is one of
//!
//! - `validate` (default): `validate` + `score` on the parsed response;
//! - `parse`: reading the response from its JSON text (`Response::from_json`);
//! - `one-pass`: `validate_json` + `score`, from the JSON bytes to errors and scores;
//! - `parse-validate`: `Response::from_json`, then `validate` + `score`;
//! - `value`: `serde_json::from_slice::<Value>` of the same bytes, the floor.

use arvio_core::model::Part;
use arvio_core::sample::{sample_response, synthetic_form, xorshift};
use arvio_core::{Form, Response, Status, parse_form, score, validate, validate_json};
use chrono::NaiveDate;
use std::hint::black_box;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let what = args.first().map_or("1000", String::as_str);
    let reps: usize = args.get(1).map_or(10, |a| a.parse().expect("a number"));
    let mode = args.get(2).map_or("validate", String::as_str);
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let (form, json): (Form, String) = match what.parse::<usize>() {
        Ok(n) => {
            let form = parse_form(&synthetic_form(n), "synthetic.toml").unwrap();
            let response = sample_response(
                &form,
                "fi",
                Status::Submitted,
                today,
                &mut xorshift(n as u64),
            );
            let json = response.to_json();
            (form, json)
        }
        Err(_) => {
            let form = arvio_forms::builtin(what).expect("a number or a built-in form id");
            let path = format!(
                "{}/../../examples/responses/{what}-fi.json",
                env!("CARGO_MANIFEST_DIR")
            );
            (form, std::fs::read_to_string(path).expect("the example"))
        }
    };
    let response = Response::from_json(&json).unwrap();
    let start = std::time::Instant::now();
    for _ in 0..reps {
        match mode {
            "validate" => {
                let v = validate(black_box(&form), black_box(&response), today);
                black_box(score(&form, &v.answers));
            }
            "parse" => {
                black_box(Response::from_json(black_box(&json)).unwrap());
            }
            "one-pass" => {
                let read = validate_json(
                    black_box(&form),
                    black_box(json.as_bytes()),
                    today,
                    Part::All,
                )
                .unwrap();
                black_box(score(&form, &read.validation.answers));
            }
            "parse-validate" => {
                let r = Response::from_json(black_box(&json)).unwrap();
                let v = validate(&form, &r, today);
                black_box(score(&form, &v.answers));
            }
            "value" => {
                black_box(
                    serde_json::from_slice::<serde_json::Value>(black_box(json.as_bytes()))
                        .unwrap(),
                );
            }
            other => panic!("unknown mode {other}"),
        }
    }
    println!(
        "{what}, {mode}: {:.2} µs per run",
        start.elapsed().as_secs_f64() * 1e6 / reps as f64
    );
}
