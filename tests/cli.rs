//! The `arvio` command end to end: outputs, exit codes (0 ok, 1 findings, 2 unreadable input
//! or usage), one-line errors, and no answer content on stderr.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn arvio(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_arvio"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("runs")
}

fn code(o: &Output) -> i32 {
    o.status.code().expect("exited")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn tmp(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("arvio-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

const EX: &str = "examples/responses/family-self-assessment-fi.json";
const TODAY: &str = "--today=2026-11-23";

#[test]
fn forms_lists_the_built_ins() {
    let o = arvio(&["forms", "--lang", "en"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let out = stdout(&o);
    let ids: Vec<&str> = out.lines().filter_map(|l| l.split('\t').next()).collect();
    assert_eq!(
        ids,
        [
            "family-self-assessment",
            "caregiver-support",
            "service-need"
        ],
        "{out}"
    );
}

#[test]
fn score_of_the_example_succeeds() {
    let o = arvio(&["score", "family-self-assessment", EX, TODAY]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), 9);
    let o = arvio(&["score", "family-self-assessment", EX, TODAY, "--json"]);
    assert_eq!(code(&o), 0);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["scores"].as_array().unwrap().len(), 9);
    assert_eq!(v["valid"], true);
}

#[test]
fn every_example_response_validates() {
    for entry in std::fs::read_dir(root().join("examples/responses")).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let name = p.file_stem().unwrap().to_string_lossy().to_string();
        let (form, lang) = name.rsplit_once('-').unwrap();
        let o = arvio(&["validate", form, p.to_str().unwrap(), "--lang", lang, TODAY]);
        assert_eq!(code(&o), 0, "{name}: {}{}", stdout(&o), stderr(&o));
    }
}

#[test]
fn exit_codes() {
    // 1: findings in the response.
    let bad = tmp(
        "bad.json",
        r#"{"form":"family-self-assessment","form_version":"1.0.0","language":"fi","status":"submitted","answers":{"routines_meals":9}}"#,
    );
    let o = arvio(&[
        "validate",
        "family-self-assessment",
        bad.to_str().unwrap(),
        TODAY,
    ]);
    assert_eq!(code(&o), 1);
    assert!(stdout(&o).contains("routines_meals: "), "{}", stdout(&o));
    // 2: malformed JSON, missing file, unknown form, wrong usage.
    let malformed = tmp(
        "malformed.json",
        "{\"form\": \"family-self-assessment\", \"answers\": {\"x\": \"Matti Meikäläinen\"",
    );
    let o = arvio(&[
        "validate",
        "family-self-assessment",
        malformed.to_str().unwrap(),
    ]);
    assert_eq!(code(&o), 2);
    assert_eq!(stderr(&o).lines().count(), 1, "{}", stderr(&o));
    assert!(!stderr(&o).contains("Matti"));
    let o = arvio(&["validate", "family-self-assessment", "no/such/file.json"]);
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr(&o).trim(),
        "arvio: no/such/file.json: cannot read: entity not found"
    );
    let o = arvio(&["score", "no-such-form", EX]);
    assert_eq!(code(&o), 2);
    let o = arvio(&["frobnicate"]);
    assert_eq!(code(&o), 2);
    let o = arvio(&[
        "validate",
        "family-self-assessment",
        EX,
        "--today",
        "tomorrow",
    ]);
    assert_eq!(code(&o), 2);
    let o = arvio(&["--help"]);
    assert_eq!(code(&o), 0);
}

#[test]
fn a_wrongly_typed_value_is_not_echoed() {
    let secret = "Matti Meikäläinen 010101-123X";
    let r = tmp(
        "secret.json",
        &format!(
            r#"{{"form":"family-self-assessment","form_version":"1.0.0","language":"fi","status":"submitted","answers":{{"filled_on":"{secret}","routines_meals":"{secret}","{secret}":1}}}}"#
        ),
    );
    for cmd in ["validate", "score", "summary"] {
        let o = arvio(&[cmd, "family-self-assessment", r.to_str().unwrap(), TODAY]);
        assert_eq!(code(&o), 1, "{cmd}");
        let err = stderr(&o);
        assert!(!err.contains("Matti"), "{cmd}: {err}");
        if cmd != "summary" {
            assert!(!stdout(&o).contains("Matti"), "{cmd}");
        }
    }
}

#[test]
fn form_files_with_findings_exit_1_with_places() {
    let (_, text) = arvio_core::builtin_source("family-self-assessment").unwrap();
    let broken = tmp(
        "broken.toml",
        &text.replace("from = 2.5, to = 4.0", "from = 2.6, to = 4.0"),
    );
    let o = arvio(&["lint", broken.to_str().unwrap()]);
    assert_eq!(code(&o), 1);
    let first = stdout(&o).lines().next().unwrap().to_string();
    assert!(
        first.starts_with(&format!("{}:", broken.display())),
        "{first}"
    );
    assert!(
        first.ends_with("bands: gap between `worry` (to 2.5) and `mixed` (from 2.6)"),
        "{first}"
    );
    let unreadable = tmp("syntax.toml", "id = \"x\"\nversion = ");
    let o = arvio(&["lint", unreadable.to_str().unwrap()]);
    assert_eq!(code(&o), 1);
    let o = arvio(&["lint", "no/such/form.toml"]);
    assert_eq!(code(&o), 2);
}

#[test]
fn lint_passes_on_the_built_ins() {
    let o = arvio(&["lint"]);
    assert_eq!(code(&o), 0, "{}{}", stdout(&o), stderr(&o));
}

#[test]
fn render_text_in_three_languages() {
    for lang in ["fi", "sv", "en"] {
        let o = arvio(&[
            "render",
            "family-self-assessment",
            "--to",
            "text",
            "--lang",
            lang,
        ]);
        assert_eq!(code(&o), 0);
        let out = stdout(&o);
        assert!(!out.contains("fsa-"), "{lang}: raw message id in {out}");
    }
}

/// A copy of `locales/` to break in one place.
fn locales_copy(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("arvio-locales-{tag}-{}", std::process::id()));
    for lang in ["fi", "sv", "en"] {
        let d = dir.join("locales").join(lang);
        std::fs::create_dir_all(&d).unwrap();
        for e in std::fs::read_dir(root().join("locales").join(lang)).unwrap() {
            let p = e.unwrap().path();
            std::fs::copy(&p, d.join(p.file_name().unwrap())).unwrap();
        }
    }
    dir.join("locales")
}

#[test]
fn lint_names_a_deleted_swedish_message() {
    let dir = locales_copy("deleted");
    let file = dir.join("sv/family-self-assessment.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with("fsa-phase-review ="))
        .collect();
    assert_eq!(
        kept.len() + 1,
        text.lines().count(),
        "the message is on one line"
    );
    std::fs::write(&file, kept.join("\n")).unwrap();
    let o = arvio(&["lint", "--locales", dir.to_str().unwrap()]);
    assert_eq!(code(&o), 1);
    assert_eq!(
        stdout(&o).trim(),
        "locales/sv/family-self-assessment.ftl:1:1: message `fsa-phase-review` used by forms/family-self-assessment.toml is missing in sv"
    );
}

#[test]
fn lint_names_a_variable_added_in_english() {
    let dir = locales_copy("variable");
    let file = dir.join("en/family-self-assessment.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let line = text
        .lines()
        .position(|l| l.starts_with("fsa-phase-start ="))
        .unwrap()
        + 1;
    std::fs::write(
        &file,
        text.replace("fsa-phase-start = ", "fsa-phase-start = { $child }: "),
    )
    .unwrap();
    let o = arvio(&["lint", "--locales", dir.to_str().unwrap()]);
    assert_eq!(code(&o), 1);
    let out = stdout(&o);
    let expected = format!("locales/en/family-self-assessment.ftl:{line}:1: ");
    assert!(
        out.trim().starts_with(&expected)
            && out.contains("fsa-phase-start")
            && out.contains("$child"),
        "{out}"
    );
    assert_eq!(out.trim().lines().count(), 1, "{out}");
}

/// The localized error list of one invalid response, pinned per language in
/// `tests/golden/mixed-errors.<lang>.txt` (regenerate with `UPDATE_GOLDEN=1`).
#[test]
fn localized_error_lists_are_pinned() {
    for lang in ["fi", "sv", "en"] {
        let o = arvio(&[
            "validate",
            "family-self-assessment",
            "tests/golden/mixed-errors.json",
            "--lang",
            lang,
            TODAY,
        ]);
        assert_eq!(code(&o), 1);
        assert_eq!(stderr(&o).trim(), "arvio: 33 error(s)");
        let golden = root().join(format!("tests/golden/mixed-errors.{lang}.txt"));
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            std::fs::write(&golden, &o.stdout).unwrap();
        }
        let expected = std::fs::read_to_string(&golden).unwrap();
        assert_eq!(
            stdout(&o),
            expected,
            "{lang}: run with UPDATE_GOLDEN=1 to accept"
        );
        // Paths and question labels only: nothing the person typed.
        assert!(!stdout(&o).contains("Neuvola") && !stdout(&o).contains("Rauhalliset"));
    }
}
