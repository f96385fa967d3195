//! FHIR QuestionnaireResponse export and import beside arvio's own response JSON, on the same
//! response: the example `examples/responses/<form>-fi.json` of each built-in form.
//!
//! - `fhir export`: `questionnaire_response` and `serde_json::to_string_pretty`;
//! - `fhir import`: `serde_json::from_str` of that text and `import`;
//! - `to_json (peer)`: `Response::to_json` (pretty JSON);
//! - `from_json (peer)`: `Response::from_json` of that text;
//! - and the halves of each FHIR direction on their own: building the `serde_json::Value`
//!   without writing it out, and `import` of an already parsed `Value`.
#![allow(missing_docs)] // criterion_group! generates undocumented items

use arvio_core::Response;
use arvio_fhir::{DEFAULT_BASE, import, questionnaire_response};
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    for id in [
        "family-self-assessment",
        "caregiver-support",
        "service-need",
    ] {
        let path = format!(
            "{}/../../examples/responses/{id}-fi.json",
            env!("CARGO_MANIFEST_DIR")
        );
        let response = Response::from_json(&std::fs::read_to_string(path).unwrap()).unwrap();
        let form = arvio_forms::for_response(&response.form, &response.form_version).unwrap();
        let qr_text = serde_json::to_string_pretty(
            &questionnaire_response(&form, DEFAULT_BASE, &response).unwrap(),
        )
        .unwrap();
        let json = response.to_json();
        // Both directions are lossless on this response.
        let back = import(&form, &serde_json::from_str(&qr_text).unwrap()).unwrap();
        assert!(back == response);
        eprintln!(
            "{id}: {} answers; response JSON {} bytes, QuestionnaireResponse {} bytes",
            response.answers.len(),
            json.len(),
            qr_text.len()
        );

        let mut g = c.benchmark_group(id);
        g.bench_function("fhir export", |b| {
            b.iter(|| {
                let qr =
                    questionnaire_response(black_box(&form), DEFAULT_BASE, black_box(&response))
                        .unwrap();
                black_box(serde_json::to_string_pretty(&qr).unwrap())
            })
        });
        g.bench_function("to_json (peer)", |b| {
            b.iter(|| black_box(black_box(&response).to_json()))
        });
        g.bench_function("fhir import", |b| {
            b.iter(|| {
                let v: serde_json::Value = serde_json::from_str(black_box(&qr_text)).unwrap();
                black_box(import(black_box(&form), &v).unwrap())
            })
        });
        // Where the time goes: the two halves of each direction on their own.
        g.bench_function("fhir export: build the Value only", |b| {
            b.iter(|| {
                black_box(
                    questionnaire_response(black_box(&form), DEFAULT_BASE, black_box(&response))
                        .unwrap(),
                )
            })
        });
        let qr = serde_json::from_str::<serde_json::Value>(&qr_text).unwrap();
        g.bench_function("fhir import: import the Value only", |b| {
            b.iter(|| black_box(import(black_box(&form), black_box(&qr)).unwrap()))
        });
        g.bench_function("from_json (peer)", |b| {
            b.iter(|| black_box(Response::from_json(black_box(&json)).unwrap()))
        });
        g.finish();
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(30)
        .measurement_time(std::time::Duration::from_secs(3))
        .warm_up_time(std::time::Duration::from_secs(1));
    targets = bench
}
criterion_main!(benches);
