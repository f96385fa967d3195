//! Runs validate + score on a synthetic form of N questions (argument), R times (second
//! argument), for instruction counting under `valgrind --tool=callgrind` (see BENCHMARKS.md).

use arvio_core::sample::sample_response;
use arvio_core::{Response, Status, parse_form, score, validate};
use chrono::NaiveDate;
use std::fmt::Write;
use std::hint::black_box;

fn rng(seed: u64) -> impl FnMut() -> u64 {
    let mut x = seed;
    move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    }
}

/// A form of `n` questions in sections of ten: eight scales (one score per section), a
/// single choice and a text that applies only when the choice is "b".
fn synthetic(n: usize) -> String {
    let mut s = String::from("id = \"synthetic\"\nversion = \"1.0.0\"\ntitle = \"t\"\n");
    for sec in 0..n / 10 {
        let _ = write!(s, "\n[[sections]]\nid = \"s{sec}\"\ntitle = \"t\"\n");
        for i in 0..8 {
            let _ = write!(
                s,
                "\n[[sections.questions]]\nid = \"q{sec}_{i}\"\nkind = \"scale\"\nlabel = \"l\"\nmin = 1\nmax = 5\nmin_label = \"a\"\nmax_label = \"b\"\nnot_applicable = \"na\"\nrequired = true\n"
            );
        }
        let _ = write!(
            s,
            "\n[[sections.questions]]\nid = \"c{sec}\"\nkind = \"single_choice\"\nlabel = \"l\"\nrequired = true\noptions = [{{ code = \"a\", label = \"a\" }}, {{ code = \"b\", label = \"b\" }}]\n"
        );
        let _ = write!(
            s,
            "\n[[sections.questions]]\nid = \"t{sec}\"\nkind = \"long_text\"\nlabel = \"l\"\napplies_if = {{ question = \"c{sec}\", equals = \"b\" }}\nrequired_if = {{ question = \"c{sec}\", equals = \"b\" }}\n"
        );
    }
    for sec in 0..n / 10 {
        let items: Vec<String> = (0..8).map(|i| format!("\"q{sec}_{i}\"")).collect();
        let _ = write!(
            s,
            "\n[[scores]]\nid = \"s{sec}\"\nlabel = \"l\"\nmethod = \"mean\"\nitems = [{}]\nmax_missing = 4\nbands = [{{ code = \"lo\", label = \"l\", from = 1, to = 3 }}, {{ code = \"hi\", label = \"h\", from = 3, to = 5 }}]\n",
            items.join(", ")
        );
    }
    s
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let n: usize = args.first().map_or(1000, |a| a.parse().expect("a number"));
    let reps: usize = args.get(1).map_or(10, |a| a.parse().expect("a number"));
    // `parse` times the peer: reading the same response from its JSON text.
    let parse = args.get(2).is_some_and(|a| a == "parse");
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let form = parse_form(&synthetic(n), "synthetic.toml").unwrap();
    let response = sample_response(&form, "fi", Status::Submitted, today, &mut rng(n as u64));
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
