//! Validating a response: `arvio-core` (parse + validate) against the `jsonschema` crate with
//! the generated response schema, on each built-in form's example response
//! (`examples/responses/<form>-fi.json`). The schema is compiled once, outside the measured
//! loop; compiling it is measured separately.
//!
//! Run with `cargo bench -p arvio-schema --bench validate`. The bench also writes each form's
//! schema to `target/schema-bench/<form>.schema.json`, which
//! `scripts/bench-schema-python.py` times with Python's `jsonschema` and merges with these
//! figures into one table.

use arvio_core::chrono::NaiveDate;
use arvio_core::model::Part;
use arvio_core::{Form, Response, score, validate, validate_json};
use arvio_i18n::Localizer;
use criterion::{Criterion, criterion_main};
use serde_json::Value;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The day of validation (after every example's dates).
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid date")
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn compile(schema: &Value) -> jsonschema::Validator {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .build(schema)
        .unwrap_or_else(|e| panic!("schema does not compile: {e}"))
}

struct Case {
    form: Form,
    text: String,
    json: Value,
    schema: Value,
}

/// Each built-in form with its Finnish example response and its Finnish response schema; the
/// schemas are written to `target/schema-bench/` for the Python script.
fn cases() -> Vec<Case> {
    let out = root().join("target/schema-bench");
    std::fs::create_dir_all(&out).expect("create target/schema-bench");
    let texts = Localizer::new(&["fi"]);
    arvio_forms::builtin_ids()
        .map(|id| {
            let form = arvio_forms::builtin(id).expect("built-in form");
            let path = root().join(format!("examples/responses/{id}-fi.json"));
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let json: Value = serde_json::from_str(&text).expect("example is JSON");
            let schema = arvio_schema::response_schema(&form, &texts);
            let mut pretty = serde_json::to_string_pretty(&schema).expect("JSON");
            pretty.push('\n');
            std::fs::write(out.join(format!("{id}.schema.json")), pretty)
                .expect("write the schema");
            // Both must find the example valid, or the figures would compare different work.
            let r = Response::from_json(&text).expect("example parses");
            assert!(
                validate(&form, &r, today()).is_valid(),
                "{id}: the core rejects the example"
            );
            assert!(
                compile(&schema).is_valid(&json),
                "{id}: the schema rejects the example"
            );
            Case {
                form,
                text,
                json,
                schema,
            }
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    for case in cases() {
        let id = case.form.id.clone();
        let mut g = c.benchmark_group(&id);
        // From the bytes to a verdict and the scores, in one pass (`validate_json`).
        g.bench_function("core_parse_validate", |b| {
            b.iter(|| {
                let read = validate_json(
                    &case.form,
                    black_box(case.text.as_bytes()),
                    today(),
                    Part::All,
                )
                .expect("parses");
                let scores = score(&case.form, &read.validation.answers);
                black_box((read.validation.is_valid(), scores))
            })
        });
        // The earlier path, kept as a peer: the response parsed into a `Response` (a map of
        // `serde_json::Value`s), then validated.
        g.bench_function("core_from_json_then_validate", |b| {
            b.iter(|| {
                let r = Response::from_json(black_box(&case.text)).expect("parses");
                black_box(validate(&case.form, &r, today()).is_valid())
            })
        });
        // The floor: serde_json parsing the same bytes into a `Value`, nothing else.
        g.bench_function("serde_value_parse", |b| {
            b.iter(|| {
                black_box(
                    serde_json::from_slice::<Value>(black_box(case.text.as_bytes())).expect("JSON"),
                )
            })
        });
        let validator = compile(&case.schema);
        g.bench_function("jsonschema_validate", |b| {
            b.iter(|| black_box(validator.is_valid(black_box(&case.json))))
        });
        g.bench_function("jsonschema_parse_validate", |b| {
            b.iter(|| {
                let v: Value = serde_json::from_str(black_box(&case.text)).expect("JSON");
                black_box(validator.is_valid(&v))
            })
        });
        g.bench_function("jsonschema_compile", |b| {
            b.iter(|| black_box(compile(black_box(&case.schema))))
        });
        g.finish();
    }
}

/// The harness; `criterion_group!` makes an undocumented `pub fn`.
#[allow(missing_docs)]
mod harness {
    use super::{Criterion, Duration, bench};

    criterion::criterion_group! {
        name = benches;
        config = Criterion::default()
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(3))
            .sample_size(30);
        targets = bench
    }
}
criterion_main!(harness::benches);
