//! Runs validate + score on a synthetic form of N questions (argument), R times (second
//! argument), for instruction counting under `valgrind --tool=callgrind` (see BENCHMARKS.md).

use arvio_core::sample::{sample_response, synthetic_form, xorshift};
use arvio_core::{Response, Status, parse_form, score, validate};
use chrono::NaiveDate;
use std::hint::black_box;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let n: usize = args.first().map_or(1000, |a| a.parse().expect("a number"));
    let reps: usize = args.get(1).map_or(10, |a| a.parse().expect("a number"));
    // `parse` times the peer: reading the same response from its JSON text.
    let parse = args.get(2).is_some_and(|a| a == "parse");
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let form = parse_form(&synthetic_form(n), "synthetic.toml").unwrap();
    let response = sample_response(
        &form,
        "fi",
        Status::Submitted,
        today,
        &mut xorshift(n as u64),
    );
    let json = response.to_json();
    let start = std::time::Instant::now();
    for _ in 0..reps {
        if parse {
            black_box(Response::from_json(black_box(&json)).unwrap());
        } else {
            let v = validate(black_box(&form), black_box(&response), today);
            black_box(score(&form, &v.answers));
        }
    }
    println!(
        "{n} questions, {}: {:.2} µs per run",
        if parse {
            "parse JSON"
        } else {
            "validate+score"
        },
        start.elapsed().as_secs_f64() * 1e6 / reps as f64
    );
}
