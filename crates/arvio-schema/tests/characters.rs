//! Characters no answer may hold (`arvio_core::chars`): the response schema's text `pattern`
//! rejects exactly what the core rejects, at the top level and in group rows, for every
//! built-in form.

mod common;
use common::*;

use arvio_core::QuestionKind;
use arvio_core::render::IdTexts;
use arvio_schema::response_schema;
use serde_json::{Value, json};

/// A draft of `form` holding `text` in every text question: top-level ones, and the text
/// sub-questions of one row of each group. Drafts need nothing else.
fn draft_with(form: &arvio_core::Form, text: &str) -> Value {
    let mut answers = serde_json::Map::new();
    for (_, q) in form.questions() {
        match &q.kind {
            QuestionKind::ShortText { .. } | QuestionKind::LongText { .. }
                if q.applies_if.is_none() =>
            {
                answers.insert(q.id.clone(), json!(text));
            }
            QuestionKind::Group { questions, .. } if q.applies_if.is_none() => {
                let row: serde_json::Map<String, Value> = questions
                    .iter()
                    .filter(|sq| {
                        sq.applies_if.is_none()
                            && matches!(
                                sq.kind,
                                QuestionKind::ShortText { .. } | QuestionKind::LongText { .. }
                            )
                    })
                    .map(|sq| (sq.id.clone(), json!(text)))
                    .collect();
                if !row.is_empty() {
                    answers.insert(q.id.clone(), json!([row]));
                }
            }
            _ => {}
        }
    }
    json!({
        "form": form.id, "form_version": form.version.to_string(), "language": "fi",
        "status": "draft", "answers": answers,
    })
}

#[test]
fn the_pattern_is_the_core_policy() {
    let form = arvio_forms::builtin("family-self-assessment").unwrap();
    let schema = response_schema(&form, &IdTexts);
    let text = serde_json::to_string(&schema).unwrap();
    let pattern = r"^[^\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E-\u200F\u2028-\u202E\u2066-\u2069]*$";
    assert!(
        text.contains(&serde_json::to_string(pattern).unwrap()),
        "the text pattern"
    );
}

#[test]
fn schema_and_core_agree_on_every_kind_of_disallowed_character() {
    let cases: &[(&str, bool)] = &[
        ("Tavallinen vastaus", true),
        ("Rivi 1\n\tRivi 2\n", true),
        ("ä😀€\u{a0}\u{fffd}\u{2068}x", false),
        ("esc \u{1b}]52;c;SGVsbG8=\u{7}", false),
        ("nul \u{0}", false),
        ("crlf\r\n", false),
        ("del \u{7f}", false),
        ("c1 \u{9b}", false),
        ("rlo \u{202e}", false),
        ("lri \u{2066}", false),
        ("rlm \u{200f}", false),
        ("alm \u{61c}", false),
        ("ls \u{2028} x", false),
    ];
    for form in forms() {
        let validator = compile(&response_schema(&form, &IdTexts));
        // Questions that do not apply (by a section's or a question's condition on other
        // answers) are left unanswered.
        let plain = draft_with(&form, "x");
        let response = arvio_core::Response::from_value(plain).unwrap();
        let not_applying: Vec<String> = arvio_core::validate(&form, &response, today())
            .errors
            .into_iter()
            .filter(|e| e.kind == arvio_core::ErrorKind::DoesNotApply)
            .map(|e| e.path.to_string())
            .collect();
        for (text, valid) in cases {
            let mut r = draft_with(&form, text);
            let answers = r["answers"].as_object_mut().unwrap();
            answers.retain(|id, _| !not_applying.contains(id));
            assert!(
                r["answers"].as_object().is_some_and(|a| !a.is_empty()),
                "{}: no text question",
                form.id
            );
            assert_eq!(
                core_valid(&form, &r),
                *valid,
                "{} core on {text:?}",
                form.id
            );
            assert_eq!(
                validator.is_valid(&r),
                *valid,
                "{} schema on {text:?}",
                form.id
            );
        }
    }
}
