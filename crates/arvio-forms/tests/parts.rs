//! The family's part and the worker's part of the built-in forms, measured on the examples.
//!
//! A family sends its part before the worker has written anything: with every worker answer
//! taken out of an example, the family part must be complete on its own (no family question
//! may wait for a worker answer), while the whole form is not (the worker's required questions
//! are missing, and only those). Private answers the family gives stay in the family's part.

use arvio_core::model::Required;
use arvio_core::{Audience, ErrorKind, Part, Response, Validation, validate, validate_part};
use arvio_forms::builtin;
use serde_json::json;
use std::collections::BTreeSet;

mod common;
use common::{root, today};

const LANGS: [&str; 3] = ["fi", "sv", "en"];

fn example(name: &str) -> Response {
    let path = root().join("examples/responses").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
    Response::from_json(&text).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The example with every answer to a top-level worker question taken out; returns the ids
/// taken out.
fn family_part(form_id: &str, r: &mut Response) -> BTreeSet<String> {
    let form = builtin(form_id).unwrap();
    let worker: BTreeSet<String> = r
        .answers
        .keys()
        .filter(|id| {
            form.question(id)
                .is_some_and(|q| q.audience == Audience::Worker)
        })
        .cloned()
        .collect();
    r.answers.retain(|id, _| !worker.contains(id));
    worker
}

fn codes(v: &Validation) -> Vec<(String, &'static str)> {
    v.errors
        .iter()
        .map(|e| (e.path.0.clone(), e.kind.code()))
        .collect()
}

/// The family part of each example is valid alone; the whole form then misses exactly the
/// required worker questions.
fn check_family_part_alone(form_id: &str) {
    let form = builtin(form_id).unwrap();
    for lang in LANGS {
        let name = format!("{form_id}-{lang}.json");
        let mut r = example(&name);
        let removed = family_part(form_id, &mut r);
        assert!(!removed.is_empty(), "{name}: no worker answers");
        // What the family answered stays, private answers included.
        assert!(
            r.answers
                .keys()
                .all(|id| form.question(id).unwrap().audience != Audience::Worker)
        );

        let family = validate_part(&form, &r, today(), Part::Family);
        assert_eq!(codes(&family), vec![], "{name}: family part");

        let all = validate(&form, &r, today());
        assert!(
            !all.is_valid(),
            "{name}: whole form valid without the worker"
        );
        let missing: BTreeSet<String> = all.errors.iter().map(|e| e.path.0.clone()).collect();
        for e in &all.errors {
            assert_eq!(e.kind, ErrorKind::MissingRequired, "{name}");
            let q = form.question(&e.path.0).unwrap();
            assert_eq!(q.audience, Audience::Worker, "{name}: {}", q.id);
        }
        // Every unconditionally required worker question the example had answered is missing
        // now (a conditional one may not apply once the answers it reads are gone).
        for id in &removed {
            let (section, q) = form.question_in_section(id).unwrap();
            if q.required == Required::Yes && q.applies_if.is_none() && section.applies_if.is_none()
            {
                assert!(missing.contains(id), "{name}: {id} not reported");
            }
        }
        // The worker's part of the stripped response is incomplete too.
        assert!(!validate_part(&form, &r, today(), Part::Worker).is_valid());
        eprintln!(
            "{name}: {} worker answers removed, {} family answers kept, {} missing-required under all",
            removed.len(),
            r.answers.len(),
            all.errors.len()
        );
    }
}

#[test]
fn caregiver_support_family_part_is_complete_without_the_worker() {
    check_family_part_alone("caregiver-support");
}

#[test]
fn service_need_family_part_is_complete_without_the_worker() {
    check_family_part_alone("service-need");
}

#[test]
fn service_need_private_and_child_answers_are_marked() {
    let form = builtin("service-need").unwrap();
    let q = form.question("concern_raised_by").unwrap();
    assert_eq!((q.audience, q.private), (Audience::Worker, true));
    for id in ["child_view", "child_opinion"] {
        assert_eq!(form.question(id).unwrap().audience, Audience::Child, "{id}");
    }
    for id in ["guardian_opinions", "household", "designated_client_view"] {
        assert_eq!(
            form.question(id).unwrap().audience,
            Audience::Family,
            "{id}"
        );
    }
}

#[test]
fn full_examples_are_valid_for_every_part() {
    for form_id in [
        "caregiver-support",
        "service-need",
        "family-self-assessment",
    ] {
        let form = builtin(form_id).unwrap();
        for lang in LANGS {
            let name = format!("{form_id}-{lang}.json");
            let r = example(&name);
            for part in [Part::All, Part::Family, Part::Worker] {
                let v = validate_part(&form, &r, today(), part);
                assert_eq!(codes(&v), vec![], "{name}: {}", part.name());
            }
        }
    }
}

#[test]
fn the_self_assessment_needs_nothing_from_the_worker() {
    // Its worker questions are the optional record: without them the whole form is valid, and
    // the family's private answer stays in its part.
    let form = builtin("family-self-assessment").unwrap();
    assert!(form.question("safety_private").unwrap().private);
    assert_eq!(
        form.question("safety_private").unwrap().audience,
        Audience::Family
    );
    for lang in LANGS {
        for name in [
            format!("family-self-assessment-{lang}.json"),
            format!("family-self-assessment-review-{lang}.json"),
        ] {
            let mut r = example(&name);
            let removed = family_part("family-self-assessment", &mut r);
            assert_eq!(
                removed,
                BTreeSet::from(
                    [
                        "assessor_name",
                        "assessor_title",
                        "assessor_unit",
                        "participants"
                    ]
                    .map(String::from)
                ),
                "{name}"
            );
            assert_eq!(
                codes(&validate_part(&form, &r, today(), Part::Family)),
                vec![]
            );
            assert_eq!(codes(&validate(&form, &r, today())), vec![], "{name}");
        }
    }
}

#[test]
fn another_parts_answers_are_still_type_checked() {
    let cases = [
        (
            "caregiver-support",
            "proposed_class",
            json!(2),
            "wrong-type",
        ),
        (
            "caregiver-support",
            "cond_care_at_home",
            json!("yes"),
            "wrong-type",
        ),
        (
            "service-need",
            "concern_raised_by",
            json!("school"),
            "wrong-type",
        ),
        (
            "service-need",
            "completed_on",
            json!("2026-02-30"),
            "invalid-date",
        ),
        (
            "family-self-assessment",
            "assessor_name",
            json!(7),
            "wrong-type",
        ),
    ];
    for (form_id, id, value, code) in cases {
        let form = builtin(form_id).unwrap();
        assert_eq!(form.question(id).unwrap().audience, Audience::Worker);
        for lang in LANGS {
            let mut r = example(&format!("{form_id}-{lang}.json"));
            r.answers.insert(id.into(), value.clone().into());
            for part in [Part::Family, Part::Worker, Part::All] {
                let v = validate_part(&form, &r, today(), part);
                assert_eq!(
                    codes(&v),
                    vec![(id.to_string(), code)],
                    "{form_id}-{lang}: {}",
                    part.name()
                );
            }
        }
    }
    // And a family answer of the wrong type is an error in the worker's part.
    let form = builtin("caregiver-support").unwrap();
    let mut r = example("caregiver-support-fi.json");
    r.answers.insert("siblings".into(), json!("two").into());
    let v = validate_part(&form, &r, today(), Part::Worker);
    assert_eq!(codes(&v), vec![("siblings".to_string(), "wrong-type")]);
}
