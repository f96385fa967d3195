//! validate + score on a full family self-assessment response, and on synthetic forms of
#![allow(missing_docs)] // criterion_group! generates undocumented items
//! 100, 1,000 and 10,000 questions to show the cost grows linearly.

use arvio_core::sample::sample_response;
use arvio_core::{Status, builtin, parse_form, score, validate};
use chrono::NaiveDate;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::fmt::Write;
use std::hint::black_box;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

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

fn bench(c: &mut Criterion) {
    let form = builtin("family-self-assessment").unwrap();
    let response = sample_response(&form, "fi", Status::Submitted, today(), &mut rng(7));
    assert!(validate(&form, &response, today()).is_valid());
    let questions = form.questions().count();
    let mut g = c.benchmark_group("family-self-assessment");
    g.throughput(Throughput::Elements(questions as u64));
    g.bench_function("validate+score", |b| {
        b.iter(|| {
            let v = validate(black_box(&form), black_box(&response), today());
            black_box(score(&form, &v.answers))
        })
    });
    g.bench_function("validate", |b| {
        b.iter(|| black_box(validate(black_box(&form), black_box(&response), today())))
    });
    g.bench_function("parse response JSON", |b| {
        let json = response.to_json();
        b.iter(|| black_box(arvio_core::Response::from_json(black_box(&json)).unwrap()))
    });
    g.finish();

    let mut g = c.benchmark_group("synthetic validate+score");
    for n in [100usize, 1_000, 10_000] {
        let form = parse_form(&synthetic(n), "synthetic.toml").unwrap();
        let response = sample_response(&form, "fi", Status::Submitted, today(), &mut rng(n as u64));
        assert!(validate(&form, &response, today()).is_valid());
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
            b.iter(|| {
                let v = validate(black_box(&form), black_box(&response), today());
                black_box(score(&form, &v.answers))
            })
        });
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).measurement_time(std::time::Duration::from_secs(3)).warm_up_time(std::time::Duration::from_secs(1));
    targets = bench
}
criterion_main!(benches);
