//! Rendering benchmarks: every built-in form blank, refilled, and as a summary, and reading
//! a posted form back; with peers on the same input in the same run: the plain-text renderer
//! (`arvio-text`) on the same render context, and serializing the response to JSON.
//!
//! `cargo bench -p arvio-html --bench render` (2 s of measurement per figure).
#![allow(missing_docs)]

use arvio_core::render::{Filled, RenderContext, Renderer};
use arvio_core::{Response, chrono::NaiveDate, score, validate};
use arvio_forms::{builtin, builtin_ids};
use arvio_html::{HtmlRenderer, parse_form_data};
use arvio_i18n::Localizer;
use arvio_text::TextRenderer;
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;

fn example(id: &str) -> Option<Response> {
    let path = format!(
        "{}/../../examples/responses/{id}-fi.json",
        env!("CARGO_MANIFEST_DIR")
    );
    Response::from_json(&std::fs::read_to_string(path).ok()?).ok()
}

fn bench(c: &mut Criterion) {
    let fi = Localizer::new(&["fi"]);
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let r = HtmlRenderer::new().with_today(today);
    for id in builtin_ids() {
        let form = builtin(id).unwrap();
        c.bench_function(&format!("blank/{id}"), |b| {
            b.iter(|| {
                r.render(black_box(&RenderContext::blank(&form, &fi)))
                    .unwrap()
            })
        });
        c.bench_function(&format!("peer-text-blank/{id}"), |b| {
            b.iter(|| {
                TextRenderer
                    .render(black_box(&RenderContext::blank(&form, &fi)))
                    .unwrap()
            })
        });
        let Some(resp) = example(id) else { continue };
        let v = validate(&form, &resp, today);
        let s = score(&form, &v.answers);
        let filled = Filled::new(&resp, &v, &s);
        c.bench_function(&format!("summary/{id}"), |b| {
            b.iter(|| {
                r.render(black_box(&RenderContext::summary(&form, &fi, filled)))
                    .unwrap()
            })
        });
        c.bench_function(&format!("peer-text-summary/{id}"), |b| {
            b.iter(|| {
                TextRenderer
                    .render(black_box(&RenderContext::summary(&form, &fi, filled)))
                    .unwrap()
            })
        });
        c.bench_function(&format!("peer-response-to-json/{id}"), |b| {
            b.iter(|| black_box(&resp).to_json())
        });
        c.bench_function(&format!("refill/{id}"), |b| {
            b.iter(|| {
                r.render(black_box(&RenderContext::refill(&form, &fi, filled)))
                    .unwrap()
            })
        });
        let body = form_body(&form, &resp);
        c.bench_function(&format!("parse_form_data/{id}"), |b| {
            b.iter(|| parse_form_data(&form, black_box(body.as_bytes()), "fi").unwrap())
        });
    }
}

/// The urlencoded body a browser would send for `resp`.
fn form_body(form: &arvio_core::Form, resp: &Response) -> String {
    let mut s = form_urlencoded::Serializer::new(String::new());
    s.append_pair("_action", "submit");
    for (k, v) in &resp.answers {
        append(&mut s, k, &v.0);
    }
    let _ = form;
    s.finish()
}

fn append(s: &mut form_urlencoded::Serializer<'_, String>, key: &str, v: &serde_json::Value) {
    use serde_json::Value;
    match v {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                if let Value::Object(obj) = item {
                    for (sub, sv) in obj {
                        append(s, &format!("{key}[{i}].{sub}"), sv);
                    }
                } else {
                    append(s, key, item);
                }
            }
        }
        Value::String(t) => {
            s.append_pair(key, t);
        }
        other => {
            s.append_pair(key, &other.to_string());
        }
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(50);
    targets = bench
}
criterion_main!(benches);
