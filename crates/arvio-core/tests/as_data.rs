//! Errors, typed answers and responses as data: `Serialize` shapes, and parse errors that name
//! the top-level field without its content.

use arvio_core::{Response, validate};
use serde_json::{Value, json};

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

#[test]
fn a_validation_serializes_errors_and_typed_answers() {
    let form = arvio_forms::builtin("family-self-assessment").unwrap();
    let response = Response::from_value(json!({
        "form": "family-self-assessment",
        "form_version": "1.2.0",
        "language": "fi",
        "status": "draft",
        "answers": {
            "routines_mornings": 4,
            "routines_meals": "na",
            "routines_sleep": 7,
            "filled_on": "2026-11-02",
            "respondents": ["parent", "child"],
            "routines_change": "x".repeat(2001),
        }
    }))
    .unwrap();
    let v = validate(&form, &response, today());
    let out = serde_json::to_value(&v).unwrap();
    assert_eq!(
        out,
        json!({
            "valid": false,
            "errors": [
                {"path": "routines_sleep", "question": "routines_sleep", "kind": "out-of-range"},
                {"path": "routines_change", "question": "routines_change", "kind": "too-long", "max": 2000},
            ],
            "answers": {
                "values": {
                    "filled_on": "2026-11-02",
                    "respondents": ["parent", "child"],
                    "routines_mornings": 4,
                    "routines_meals": "na",
                },
                "invalid": ["routines_change", "routines_sleep"],
            },
        })
    );
}

#[test]
fn kinds_serialize_with_their_parameters() {
    use arvio_core::ErrorKind;
    let k = ErrorKind::UnknownFormVersion {
        known: vec!["2.0.0".into(), "1.0.0".into()],
    };
    assert_eq!(
        serde_json::to_value(&k).unwrap(),
        json!({"kind": "unknown-form-version", "known": ["2.0.0", "1.0.0"]})
    );
    assert_eq!(k.code(), "unknown-form-version");
    assert_eq!(
        serde_json::to_value(ErrorKind::WrongType { expected: "a date" }).unwrap(),
        json!({"kind": "wrong-type", "expected": "a date"})
    );
}

#[test]
fn from_slice_names_the_field_and_never_its_value() {
    let cases: [(&str, Option<&str>, &str); 7] = [
        (
            r#"{"form_version": "1", "language": "fi", "status": "draft"}"#,
            Some("form"),
            "missing",
        ),
        (
            r#"{"form": 7, "form_version": "1", "language": "fi", "status": "draft"}"#,
            Some("form"),
            "expected a string",
        ),
        (
            r#"{"form": "f", "form_version": "1", "language": "fi", "status": "Maija Meikäläinen"}"#,
            Some("status"),
            "expected \"draft\" or \"submitted\"",
        ),
        (
            r#"{"form": "f", "form_version": "1", "language": "fi", "status": "draft", "answers": ["Maija"]}"#,
            Some("answers"),
            "expected an object of answers by question id",
        ),
        (
            r#"{"form": "f", "form_version": "1", "language": "fi", "status": "draft", "notes": "Maija"}"#,
            Some("notes"),
            "unknown field",
        ),
        (
            r#"{"form": "f", "form_version": "1", "language": "fi", "status": "draft", "Maija M.": 1}"#,
            Some("<key 0>"),
            "unknown field",
        ),
        (
            r#"["Maija"]"#,
            None,
            "not a response object (expected form, form_version, language, status, answers)",
        ),
    ];
    for (text, field, category) in cases {
        let e = Response::from_slice(text.as_bytes()).unwrap_err();
        assert_eq!(
            (e.field.as_deref(), e.category),
            (field, category),
            "{text}"
        );
        assert!(e.line >= 1, "{text}");
        assert!(!e.to_string().contains("Maija"), "{e}");
        // The same verdict from a parsed value, without a position.
        let value: Value = serde_json::from_str(text).unwrap();
        let e2 = Response::from_value(value).unwrap_err();
        assert_eq!(
            (e2.field.as_deref(), e2.category, e2.line),
            (field, category, 0)
        );
        assert!(!e2.to_string().contains("line"), "{e2}");
    }
    let twice = r#"{"form": "f", "form_version": "1", "language": "sv", "language": "fi", "status": "draft"}"#;
    let e = Response::from_slice(twice.as_bytes()).unwrap_err();
    assert_eq!(
        (e.field.as_deref(), e.category),
        (Some("language"), "given twice")
    );
    let e = Response::from_slice(b"{\"form\": ").unwrap_err();
    assert_eq!(
        (e.line, e.column, e.field, e.category),
        (1, 9, None, "unexpected end of JSON")
    );
}

#[test]
fn from_value_and_from_slice_read_what_to_json_writes() {
    let text = include_str!("../../../examples/responses/caregiver-support-fi.json");
    let r = Response::from_json(text).unwrap();
    assert_eq!(Response::from_slice(r.to_json().as_bytes()).unwrap(), r);
    let value: Value = serde_json::from_str(text).unwrap();
    assert_eq!(Response::from_value(value).unwrap(), r);
}
