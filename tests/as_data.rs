//! Errors and responses as data: `arvio validate --json`, checked against its documented shape
//! (docs/validate-output.schema.json) by the jsonschema crate, with the same exit codes as
//! without `--json` and no answer content in it.

use serde_json::{Value, json};
use std::path::{Path, PathBuf};

mod common;
use common::*;

fn tmp(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("arvio-as-data-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn validator() -> jsonschema::Validator {
    let text = std::fs::read_to_string(root().join("docs/validate-output.schema.json")).unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the documented shape is a valid schema")
}

/// Runs `validate --json` and checks the output against the documented shape.
fn validate_json(form: &str, response: &Path, lang: &str) -> (i32, Value) {
    let o = arvio(&[
        "validate",
        form,
        response.to_str().unwrap(),
        "--json",
        "--lang",
        lang,
        TODAY,
    ]);
    let code = o.status.code().unwrap();
    let out: Value = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is JSON ({e}): {}",
            String::from_utf8_lossy(&o.stdout)
        )
    });
    let errors: Vec<String> = validator()
        .iter_errors(&out)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}\n{out:#}");
    (code, out)
}

#[test]
fn every_example_is_valid_as_json() {
    let dir = root().join("examples/responses");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let v: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let form = v["form"].as_str().unwrap();
        let (code, out) = validate_json(form, &path, "en");
        assert_eq!(code, 0, "{}: {out}", path.display());
        assert_eq!(
            out,
            json!({"valid": true, "errors": []}),
            "{}",
            path.display()
        );
        n += 1;
    }
    assert!(n >= 15, "{n} examples");
}

#[test]
fn errors_carry_path_kind_question_and_message_but_no_content() {
    let secret = "Salainen diagnoosi 4711";
    let text = json!({
        "form": "family-self-assessment",
        "form_version": "1.2.0",
        "language": "fi",
        "status": "submitted",
        "answers": {
            "routines_mornings": 9,
            "routines_change": secret.repeat(200),
            "Henkilötunnus 010101-123A": secret,
        }
    });
    let p = tmp("bad.json", &text.to_string());
    for lang in ["fi", "sv", "en"] {
        let (code, out) = validate_json("family-self-assessment", &p, lang);
        assert_eq!(code, 1, "{out}");
        let shown = out.to_string();
        assert!(
            !shown.contains("Salainen") && !shown.contains("010101"),
            "{shown}"
        );
        assert_eq!(out["valid"], false);
        let errors = out["errors"].as_array().unwrap();
        let by_path = |p: &str| {
            errors
                .iter()
                .find(|e| e["path"] == p)
                .unwrap_or_else(|| panic!("{p} in {out:#}"))
        };
        let range = by_path("routines_mornings");
        assert_eq!(range["kind"], "out-of-range");
        assert_eq!(range["question"], "routines_mornings");
        assert!(!range["message"].as_str().unwrap().is_empty());
        let long = by_path("routines_change");
        assert_eq!(long["kind"], "too-long");
        assert_eq!(long["max"], 2000);
        let unknown = by_path("<key 0>");
        assert_eq!(unknown["kind"], "unknown-question");
        assert_eq!(unknown["question"], Value::Null);
    }
}

#[test]
fn exit_codes_are_the_same_with_json() {
    // Unreadable: exit 2, no JSON on stdout.
    let p = tmp("broken.json", "{\"form\": ");
    for json in [true, false] {
        let mut args = vec![
            "validate",
            "family-self-assessment",
            p.to_str().unwrap(),
            TODAY,
        ];
        if json {
            args.push("--json");
        }
        let o = arvio(&args);
        assert_eq!(o.status.code(), Some(2));
        assert!(o.stdout.is_empty());
    }
    // A wrong form: exit 1 with `wrong-form` and no question.
    let resp = std::fs::read_to_string(root().join("examples/responses/caregiver-support-fi.json"))
        .unwrap();
    let p = tmp("other.json", &resp);
    let form = root().join("forms/family-self-assessment.toml");
    let (code, out) = validate_json(form.to_str().unwrap(), &p, "en");
    assert_eq!(code, 1);
    assert_eq!(out["errors"][0]["kind"], "wrong-form");
    assert_eq!(out["errors"][0]["question"], Value::Null);
    assert_eq!(out["errors"][0]["expected"], "family-self-assessment");
}

#[test]
fn a_bad_top_level_field_is_named() {
    let p = tmp(
        "status.json",
        r#"{"form": "service-need", "form_version": "2.0.0", "language": "fi", "status": "sent"}"#,
    );
    let o = arvio(&["validate", "service-need", p.to_str().unwrap(), "--json"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.trim_end()
            .ends_with(r#"field `status`: expected "draft" or "submitted""#),
        "{err}"
    );
    assert!(!err.contains("sent"), "{err}");
}
