//! What the response schema cannot say: one test per difference listed in the crate docs
//! ("What it cannot say"), each on a concrete response, with the core's verdict and the schema's
//! verdict, next to a control response on which both agree. A last test pins the look-alikes
//! the docs say are *not* differences.

mod common;

use arvio_core::render::IdTexts;
use arvio_core::response::ParseErrorKind;
use arvio_core::{AnswerPath, ErrorKind, Response, ValidationError, validate};
use common::{compile, core_valid, root, today};
use serde_json::{Value, json};

fn form() -> arvio_core::Form {
    arvio_forms::builtin("family-self-assessment").expect("built-in form")
}

fn validator() -> jsonschema::Validator {
    compile(&arvio_schema::response_schema(&form(), &IdTexts))
}

/// The example response of the family self-assessment (submitted, valid).
fn example() -> Value {
    let path = root().join("examples/responses/family-self-assessment-fi.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("example response"))
        .expect("example is JSON")
}

/// The core's errors on a response, for exact comparisons.
fn core_errors(r: &Value) -> Vec<ValidationError> {
    let r = Response::from_json(&r.to_string()).expect("parses");
    validate(&form(), &r, today()).errors
}

/// Difference 1: `max = "today"`. The core checks the date against the day of validation; the
/// schema is a fixed document and only says so in a `$comment`.
#[test]
fn date_bound_relative_to_today() {
    let v = validator();
    assert_eq!(today().to_string(), "2026-11-23");

    // Control: today itself is within the bound for both.
    let mut on_the_day = example();
    on_the_day["answers"]["filled_on"] = json!("2026-11-23");
    assert!(core_valid(&form(), &on_the_day));
    assert!(v.is_valid(&on_the_day));

    // The day after: the core says out of range, the schema accepts.
    let mut tomorrow = example();
    tomorrow["answers"]["filled_on"] = json!("2026-11-24");
    assert_eq!(
        core_errors(&tomorrow),
        vec![ValidationError {
            path: AnswerPath::question("filled_on"),
            kind: ErrorKind::OutOfRange,
        }]
    );
    assert!(v.is_valid(&tomorrow), "the schema cannot know today");

    // The schema says so where the bound would be.
    let schema = arvio_schema::response_schema(&form(), &IdTexts);
    let date = &schema["$defs"]["answers"]["properties"]["filled_on"]["anyOf"][0];
    assert_eq!(date["format"], "date");
    assert_eq!(
        date["$comment"],
        "Also not after the day of validation (checked by arvio, not by this schema)."
    );
}

/// Difference 2: a response without `answers`. The core reads it as a response with no answers
/// (a valid draft); the schema requires the key.
#[test]
fn answers_key_is_required_by_the_schema_only() {
    let v = validator();
    let empty = json!({
        "form": "family-self-assessment",
        "form_version": "1.2.0",
        "language": "fi",
        "status": "draft",
        "answers": {},
    });
    assert!(core_valid(&form(), &empty));
    assert!(v.is_valid(&empty));

    let mut without = empty.clone();
    without.as_object_mut().expect("object").remove("answers");
    assert_eq!(core_errors(&without), vec![]);
    let schema_errors: Vec<String> = v.iter_errors(&without).map(|e| e.to_string()).collect();
    assert_eq!(schema_errors, ["\"answers\" is a required property"]);

    // Submitted, both reject it (the core for the missing required answers).
    let mut submitted = without.clone();
    submitted["status"] = json!("submitted");
    assert!(!core_valid(&form(), &submitted));
    assert!(!v.is_valid(&submitted));
}

/// Difference 3: a key repeated in the JSON text, at the top level or at any depth inside
/// `answers`. The core refuses the text; a schema validates parsed JSON, and parsers keep one
/// of the values (serde_json and Python's `json` the last), so the schema sees whichever
/// value came last.
#[test]
fn repeated_top_level_field_in_the_json_text() {
    let v = validator();
    let once = r#"{"form": "family-self-assessment", "form_version": "1.2.0",
        "language": "fi", "status": "draft", "answers": {}}"#;
    let twice = r#"{"form": "family-self-assessment", "form_version": "1.2.0",
        "language": "sv", "language": "fi", "status": "draft", "answers": {}}"#;
    let parse = |t: &str| serde_json::from_str::<Value>(t).expect("JSON");

    assert!(Response::from_json(once).is_ok());
    assert!(v.is_valid(&parse(once)));

    let err = Response::from_json(twice).expect_err("a repeated field");
    assert_eq!(
        (err.field.as_deref(), err.category),
        (Some("language"), "given twice")
    );
    assert_eq!(
        parse(twice),
        parse(once),
        "the parsed JSON keeps the last value"
    );
    assert!(v.is_valid(&parse(twice)));

    // Inside `answers`, the core refuses the text and names the key's path; the schema judges
    // the last value.
    for (text, path, valid) in [
        (
            r#"{"phase": "zz", "phase": "start"}"#,
            "answers.phase",
            true,
        ),
        (
            r#"{"phase": "start", "phase": "zz"}"#,
            "answers.phase",
            false,
        ),
        (
            r#"{"network_contacts": [{"organisation": "a", "role": 5, "role": "b"}]}"#,
            "answers.network_contacts[0].role",
            true,
        ),
        (
            r#"{"network_contacts": [{"organisation": "a", "role": "b", "role": 5}]}"#,
            "answers.network_contacts[0].role",
            false,
        ),
    ] {
        let full = format!(
            r#"{{"form": "family-self-assessment", "form_version": "1.2.0",
            "language": "fi", "status": "draft", "answers": {text}}}"#
        );
        let err = Response::from_json(&full).expect_err("a repeated answer key");
        assert!(
            matches!(&err.kind, ParseErrorKind::DuplicateKey { path: p, .. } if p == path),
            "{text}: {err}"
        );
        assert_eq!(v.is_valid(&parse(&full)), valid, "{text}");
    }
}

/// Not differences (see the crate docs): blank strings by `trim`'s whitespace, numbers with a
/// zero fraction as whole numbers, and a condition on an invalid answer.
#[test]
fn look_alikes_agree() {
    let v = validator();
    let check = |what: &str, edit: &dyn Fn(&mut Value), expected: bool| {
        let mut r = example();
        edit(&mut r);
        assert_eq!(core_valid(&form(), &r), expected, "core: {what}");
        assert_eq!(v.is_valid(&r), expected, "schema: {what}");
    };
    // Whitespace-only text (Unicode White_Space: U+3000, U+0085, U+2028) is no answer.
    check(
        "whitespace-only text",
        &|r| r["answers"]["other_thoughts"] = json!("\u{3000}\u{85}\u{2028}"),
        true,
    );
    // U+200B is not White_Space: an answer, so an unknown option code.
    check(
        "zero-width space for a code",
        &|r| r["answers"]["phase"] = json!("\u{200b}"),
        false,
    );
    // Blank required answer: missing in both.
    check(
        "blank required answer",
        &|r| r["answers"]["phase"] = json!(" \t"),
        false,
    );
    // A whole number written with a fraction of zero is a scale point in both.
    check(
        "3.0 on a scale",
        &|r| r["answers"]["routines_meals"] = json!(3.0),
        true,
    );
    check(
        "2.5 on a scale",
        &|r| r["answers"]["routines_meals"] = json!(2.5),
        false,
    );
    // `has_partner` invalid: the relationship section's condition is unknown to the core, which
    // then neither requires nor forbids its answers, but the response is invalid in both.
    check(
        "condition on an invalid answer",
        &|r| r["answers"]["has_partner"] = json!("yes"),
        false,
    );
    check(
        "condition false, its section answered",
        &|r| r["answers"]["has_partner"] = json!(false),
        false,
    );
    check(
        "condition false, its section blank",
        &|r| {
            r["answers"]["has_partner"] = json!(false);
            for id in [
                "relationship_talk",
                "relationship_agree",
                "relationship_support",
            ] {
                r["answers"][id] = Value::Null;
            }
        },
        true,
    );
}
