//! Audiences, private answers, parts and copies on a small inline form: exact outcomes of
//! loading, validation by part, and the prepared summary view of each copy.

use arvio_core::render::view::{AnswerView, summary};
use arvio_core::render::{Filled, IdTexts, RenderContext};
use arvio_core::{
    Audience, CopyFor, ErrorKind, FindingKind, Part, Response, parse_form, score, validate,
    validate_part,
};
use chrono::NaiveDate;
use serde_json::json;

const FORM: &str = r#"
id = "turns"
version = "1.0.0"
title = "t-title"

[record]
assessor = ["worker_name"]
date = "met_on"
participants = "present"

[[sections]]
id = "family"
title = "t-family"

[[sections.questions]]
id = "home"
kind = "long_text"
label = "t-home"
max_length = 100
required = true

[[sections.questions]]
id = "private_wish"
kind = "long_text"
label = "t-private-wish"
max_length = 100
private = true

[[sections.questions]]
id = "note"
kind = "short_text"
label = "t-note"
max_length = 100

[[sections.questions]]
id = "child_view"
kind = "short_text"
label = "t-child-view"
audience = "child"
max_length = 100

[[sections]]
id = "worker"
title = "t-worker"
audience = "worker"

[[sections.questions]]
id = "worker_name"
kind = "short_text"
label = "t-worker-name"
max_length = 100

[[sections.questions]]
id = "met_on"
kind = "date"
label = "t-met-on"

[[sections.questions]]
id = "present"
kind = "short_text"
label = "t-present"
max_length = 100

[[sections.questions]]
id = "verdict"
kind = "long_text"
label = "t-verdict"
max_length = 100
required = true

[[sections.questions]]
id = "people"
kind = "group"
label = "t-people"
[[sections.questions.questions]]
id = "who"
kind = "short_text"
label = "t-who"
max_length = 50
"#;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn response(answers: serde_json::Value) -> Response {
    Response::from_json(
        &json!({"form": "turns", "form_version": "1.0.0", "language": "fi", "status": "submitted", "answers": answers})
            .to_string(),
    )
    .unwrap()
}

#[test]
fn audiences_inherit_from_section_and_group() {
    let form = parse_form(FORM, "turns.toml").unwrap();
    let aud = |id: &str| form.question(id).unwrap().audience;
    assert_eq!(aud("home"), Audience::Family);
    assert_eq!(aud("child_view"), Audience::Child);
    assert_eq!(aud("verdict"), Audience::Worker);
    let people = form.question("people").unwrap();
    assert_eq!(people.audience, Audience::Worker);
    assert!(people.options().is_empty());
    if let arvio_core::QuestionKind::Group { questions, .. } = &people.kind {
        assert_eq!(questions[0].audience, Audience::Worker);
    } else {
        panic!("group");
    }
    assert!(form.question("private_wish").unwrap().private);
    assert_eq!(form.record.assessor, vec!["worker_name".to_string()]);
    assert_eq!(form.record.date.as_deref(), Some("met_on"));
}

#[test]
fn parts_judge_required_answers_by_audience() {
    let form = parse_form(FORM, "turns.toml").unwrap();
    let family_only = response(json!({"home": "x"}));
    assert!(validate_part(&form, &family_only, today(), Part::Family).is_valid());
    let all = validate(&form, &family_only, today());
    assert_eq!(all.errors.len(), 1);
    assert_eq!(all.errors[0].path.to_string(), "verdict");
    assert_eq!(all.errors[0].kind, ErrorKind::MissingRequired);
    let worker_only = response(json!({"verdict": "y"}));
    let w = validate_part(&form, &worker_only, today(), Part::Worker);
    assert!(w.is_valid(), "{:?}", w.errors);
    let f = validate_part(&form, &worker_only, today(), Part::Family);
    assert_eq!(f.errors.len(), 1);
    assert_eq!(f.errors[0].path.to_string(), "home");
    // Another part's answers are still type-checked, and kept.
    let wrong = response(json!({"home": "x", "verdict": 5}));
    let v = validate_part(&form, &wrong, today(), Part::Family);
    assert_eq!(v.errors.len(), 1);
    assert_eq!(v.errors[0].path.to_string(), "verdict");
    assert!(matches!(v.errors[0].kind, ErrorKind::WrongType { .. }));
    let kept = response(json!({"home": "x", "verdict": "y"}));
    let v = validate_part(&form, &kept, today(), Part::Family);
    assert!(v.answers.get("verdict").is_some());
}

#[test]
fn a_family_question_that_reads_a_worker_answer_is_a_finding_with_its_place() {
    let bad = FORM.to_string()
        + r#"
[[sections]]
id = "after"
title = "t-after"

[[sections.questions]]
id = "follow_up"
kind = "short_text"
label = "t-follow-up"
max_length = 10
applies_if = { question = "verdict", answered = true }
required = true
"#;
    let err = parse_form(&bad, "bad.toml").unwrap_err();
    assert_eq!(err.findings.len(), 1, "{err}");
    let f = &err.findings[0];
    assert_eq!(
        f.kind,
        FindingKind::ReadsWorkerAnswer {
            what: "the required family question `follow_up`".into(),
            question: "verdict".into(),
        }
    );
    let line = bad
        .lines()
        .position(|l| l.starts_with("applies_if = { question = \"verdict\""))
        .unwrap()
        + 1;
    assert_eq!((f.location.line, f.location.column), (line, 14));
    assert_eq!(
        f.to_string(),
        format!(
            "bad.toml:{line}:14: the required family question `follow_up` reads `verdict`, a worker-only answer"
        )
    );
    // Optional, it is fine: the family may answer it or not.
    let ok = bad.replace(
        "applies_if = { question = \"verdict\", answered = true }\nrequired = true",
        "applies_if = { question = \"verdict\", answered = true }",
    );
    assert!(parse_form(&ok, "ok.toml").is_ok());
}

#[test]
fn an_unknown_audience_and_record_id_are_findings() {
    let bad = FORM
        .replace("audience = \"child\"", "audience = \"all\"")
        .replace("participants = \"present\"", "participants = \"nobody\"");
    let err = parse_form(&bad, "bad.toml").unwrap_err();
    let kinds: Vec<String> = err.findings.iter().map(|f| f.kind.to_string()).collect();
    assert_eq!(
        kinds,
        vec![
            "unknown question `nobody`".to_string(),
            "audience is `family`, `child` or `worker`".to_string(),
        ]
    );
}

fn texts_of(form: &arvio_core::Form, r: &Response, copy: CopyFor) -> String {
    let v = validate(form, r, today());
    let s = score(form, &v.answers);
    let filled = Filled::new(r, &v, &s);
    let cx = RenderContext::summary(form, &IdTexts, filled).with_copy(copy);
    let s = summary(&cx).unwrap();
    // Debug shows ids only, never an answer.
    let debug = format!("{s:?}");
    assert!(
        !debug.contains("ANSWER") && !debug.contains("WORKERNAME"),
        "{debug}"
    );
    s.texts().join("\n")
}

#[test]
fn the_family_copy_shows_no_worker_question_and_no_private_answer() {
    let form = parse_form(FORM, "turns.toml").unwrap();
    let r = response(json!({
        "home": "HOMEANSWER", "private_wish": "PRIVATEANSWER", "child_view": "CHILDANSWER",
        "worker_name": "WORKERNAME", "met_on": "2026-11-20", "present": "PRESENTPEOPLE",
        "verdict": "VERDICTANSWER", "people": [{"who": "ROWANSWER"}]
    }));
    let v = validate(&form, &r, today());
    assert!(v.is_valid(), "{:?}", v.errors);
    let s = score(&form, &v.answers);
    let filled = Filled::new(&r, &v, &s);
    let family =
        summary(&RenderContext::summary(&form, &IdTexts, filled).with_copy(CopyFor::Family))
            .unwrap();
    let worker = summary(&RenderContext::summary(&form, &IdTexts, filled)).unwrap();
    let ids = |s: &arvio_core::render::view::Summary| -> Vec<String> {
        s.sections
            .iter()
            .flat_map(|s| s.items.iter().map(|i| i.id.clone()))
            .collect()
    };
    assert_eq!(ids(&family), vec!["home", "child_view"]);
    assert_eq!(
        ids(&worker),
        vec!["home", "private_wish", "child_view", "verdict", "people"]
    );
    // The record shows in both copies.
    let record = |s: &arvio_core::render::view::Summary| -> Vec<(String, String)> {
        s.record
            .iter()
            .map(|f| (f.label.clone(), f.value.clone()))
            .collect()
    };
    let expected = vec![
        ("t-worker-name".to_string(), "WORKERNAME".to_string()),
        ("t-met-on".to_string(), "2026-11-20".to_string()),
        ("t-present".to_string(), "PRESENTPEOPLE".to_string()),
    ];
    assert_eq!(record(&family), expected);
    assert_eq!(record(&worker), expected);
    // Markers in the worker's copy only.
    let private = worker.sections[0]
        .items
        .iter()
        .find(|i| i.id == "private_wish")
        .unwrap();
    assert_eq!(private.marker.as_deref(), Some("arvio-private"));
    assert!(
        family
            .sections
            .iter()
            .flat_map(|s| &s.items)
            .all(|i| i.marker.is_none())
    );
    assert_eq!(family.copy_label, "arvio-copy-family");
    assert_eq!(worker.copy_label, "arvio-copy-worker");
    let rows = worker.sections[1]
        .items
        .iter()
        .find(|i| i.id == "people")
        .unwrap();
    let AnswerView::Table(t) = &rows.answer else {
        panic!("table")
    };
    assert_eq!(t.rows[0][1].text, "ROWANSWER");
    // Nothing of the worker's or the private answers anywhere in the family copy.
    let text = texts_of(&form, &r, CopyFor::Family);
    for secret in [
        "PRIVATEANSWER",
        "VERDICTANSWER",
        "ROWANSWER",
        "t-private-wish",
        "arvio-private",
        "t-verdict",
    ] {
        assert!(!text.contains(secret), "{secret} in the family copy");
    }
    let text = texts_of(&form, &r, CopyFor::Worker);
    for shown in ["PRIVATEANSWER", "VERDICTANSWER", "ROWANSWER"] {
        assert!(text.contains(shown), "{shown} missing from the worker copy");
    }
}

#[test]
fn optional_questions_left_open_are_counted_not_listed() {
    let form = parse_form(FORM, "turns.toml").unwrap();
    let r = response(json!({"home": "x", "verdict": "y"}));
    let v = validate(&form, &r, today());
    let s = score(&form, &v.answers);
    let filled = Filled::new(&r, &v, &s);
    let worker = summary(&RenderContext::summary(&form, &IdTexts, filled)).unwrap();
    // private_wish, note, child_view in the family section; people in the worker section
    // (record questions are in the record, not counted).
    assert_eq!(worker.open.as_deref(), Some("arvio-open-questions"));
    let items: Vec<&str> = worker
        .sections
        .iter()
        .flat_map(|s| s.items.iter().map(|i| i.id.as_str()))
        .collect();
    assert_eq!(items, vec!["home", "verdict"]);
    let family =
        summary(&RenderContext::summary(&form, &IdTexts, filled).with_copy(CopyFor::Family))
            .unwrap();
    assert_eq!(family.open, None);
}
