//! Characters no answer may hold (`arvio_core::chars`) through the `arvio` command: an answer
//! carrying a terminal escape sequence (an OSC 52 clipboard write), a CR and a bidi override
//! is reported by `validate` (exit 1, code point and position, never the text), and no
//! output of `summary` carries those characters to the terminal.

use serde_json::Value;
use std::path::PathBuf;

mod common;
use common::*;

/// ESC ] 52 ; c ; <base64> BEL: asks a terminal to write its clipboard.
const OSC52: &str = "\u{1b}]52;c;SGVsbG8=\u{7}";

/// The Finnish example with two answers made hostile: a long text at the top level and a
/// text sub-question in a group row; every other answer as it was.
fn hostile(status: &str) -> PathBuf {
    let text = std::fs::read_to_string(root().join(EXAMPLE)).unwrap();
    let mut v: Value = serde_json::from_str(&text).unwrap();
    v["status"] = status.into();
    v["answers"]["routines_change"] = format!("Aamuisin{OSC52} kiire\r\n\u{202e}loppu").into();
    v["answers"]["network_contacts"][1]["role"] = "Tapaa\u{202e} lasta\r".into();
    let p = tmp_dir("characters", status).join("response.json");
    write(&p, &serde_json::to_string_pretty(&v).unwrap());
    p
}

const EXAMPLE: &str = "examples/responses/family-self-assessment-fi.json";

/// The bytes no output may carry to a terminal: ESC, BEL, CR, and U+202E (RLO) as UTF-8.
fn assert_no_controls(what: &str, bytes: &[u8]) {
    for b in [0x1B, 0x07, 0x0D] {
        assert!(!bytes.contains(&b), "{what}: byte {b:#04x}");
    }
    let text = String::from_utf8_lossy(bytes);
    assert!(!text.contains('\u{202e}'), "{what}: U+202E");
    // The answer's text is left out, not echoed in part.
    assert!(!text.contains("SGVsbG8"), "{what}: the answer's content");
}

#[test]
fn validate_names_the_code_point_and_position_and_exits_1() {
    for status in ["draft", "submitted"] {
        let p = hostile(status);
        let o = arvio(&[
            "validate",
            "family-self-assessment",
            p.to_str().unwrap(),
            "--lang",
            "en",
            TODAY,
        ]);
        assert_eq!(code(&o), 1, "{status}: {}", stderr(&o));
        assert_no_controls("validate stdout", &o.stdout);
        assert_no_controls("validate stderr", &o.stderr);
        let lines: Vec<String> = stdout(&o).lines().map(str::to_string).collect();
        assert_eq!(lines.len(), 2, "{status}: {lines:#?}");
        assert!(
            lines[0].starts_with("routines_change: ") && lines[0].contains("(U+001B, character 9)"),
            "{}",
            lines[0]
        );
        assert!(
            lines[1].starts_with("network_contacts[1].role: ")
                && lines[1].contains("(U+202E, character 6)"),
            "{}",
            lines[1]
        );
    }
}

#[test]
fn validate_json_reports_control_character_with_its_parameters() {
    let p = hostile("submitted");
    let o = arvio(&[
        "validate",
        "family-self-assessment",
        p.to_str().unwrap(),
        "--json",
        "--lang",
        "fi",
        TODAY,
    ]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert_no_controls("validate --json", &o.stdout);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let errors = v["errors"].as_array().unwrap();
    let shape: Vec<(&str, &str, u64, u64)> = errors
        .iter()
        .map(|e| {
            (
                e["path"].as_str().unwrap(),
                e["kind"].as_str().unwrap(),
                e["code_point"].as_u64().unwrap(),
                e["at"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        shape,
        [
            ("routines_change", "control-character", 0x1B, 8),
            ("network_contacts[1].role", "control-character", 0x202E, 5),
        ]
    );
    assert!(
        errors[0]["message"]
            .as_str()
            .unwrap()
            .contains("(U+001B, 9. merkki). Poista se."),
        "{}",
        errors[0]["message"]
    );
    // The documented shape of the output accepts the new kind.
    let doc: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("docs/validate-output.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::draft202012::options().build(&doc).unwrap();
    let problems: Vec<String> = validator.iter_errors(&v).map(|e| e.to_string()).collect();
    assert!(problems.is_empty(), "{problems:#?}");
}

/// A summary of the response leaves the invalid answers out (exit 1, as for any invalid
/// response) and shows the others; no control character reaches standard output in either
/// format, nor standard error.
#[test]
fn summary_carries_no_control_character_to_the_terminal() {
    let p = hostile("draft");
    for to in ["text", "html"] {
        let o = arvio(&[
            "summary",
            "family-self-assessment",
            p.to_str().unwrap(),
            "--to",
            to,
            TODAY,
        ]);
        assert_eq!(code(&o), 1, "{to}: {}", stderr(&o));
        assert_no_controls(to, &o.stdout);
        assert_no_controls(to, &o.stderr);
        let out = stdout(&o);
        assert!(
            out.contains("Että osaisimme sopia riidat lasten kanssa ilman huutamista."),
            "{to}: the valid answers are shown"
        );
        assert!(
            !out.contains("Aamuisin"),
            "{to}: the invalid answer is left out"
        );
        assert!(
            !out.contains("Tapaa"),
            "{to}: the invalid sub-answer is left out"
        );
        let err = stderr(&o);
        assert!(err.contains("routines_change: "), "{to}: {err}");
        assert!(err.contains("U+001B"), "{to}: {err}");
    }
}
