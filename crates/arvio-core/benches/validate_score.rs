//! validate + score on a full family self-assessment response, and on synthetic forms of
#![allow(missing_docs)] // criterion_group! generates undocumented items
//! 100, 1,000 and 10,000 questions to show the cost grows linearly.

use arvio_core::sample::{sample_response, synthetic_form, xorshift};
use arvio_core::{Status, parse_form, score, validate};
use arvio_forms::builtin;
use chrono::NaiveDate;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn bench(c: &mut Criterion) {
    let form = builtin("family-self-assessment").unwrap();
    let response = sample_response(&form, "fi", Status::Submitted, today(), &mut xorshift(7));
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
    for n in [60usize, 100, 1_000, 10_000] {
        let form = parse_form(&synthetic_form(n), "synthetic.toml").unwrap();
        let response = sample_response(
            &form,
            "fi",
            Status::Submitted,
            today(),
            &mut xorshift(n as u64),
        );
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
