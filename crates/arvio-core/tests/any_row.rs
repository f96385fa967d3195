//! `any_row`: a condition that holds when some row of a repeating group meets a test on the
//! row's own sub-questions (e.g. "some carer does not meet the conditions"), used by questions,
//! requirements and score overrides. Exact outcomes of loading, validation, scoring and the
//! phrase a renderer prints.

use arvio_core::model::{Condition, Test};
use arvio_core::render::IdTexts;
use arvio_core::render::phrase::describe;
use arvio_core::{ErrorKind, FindingKind, Response, parse_form, score, validate};
use chrono::NaiveDate;
use serde_json::json;

fn form(condition: &str) -> String {
    format!(
        r#"
id = "carers"
version = "1.0.0"
title = "c-title"

[[sections]]
id = "s"
title = "c-s"

[[sections.questions]]
id = "able"
kind = "yes_no"
label = "c-top-able"

[[sections.questions]]
id = "carers"
kind = "group"
label = "c-carers"
max_rows = 4

[[sections.questions.questions]]
id = "who"
kind = "short_text"
label = "c-who"
max_length = 50

[[sections.questions.questions]]
id = "able"
kind = "yes_no"
label = "c-able"

[[sections.questions]]
id = "why_not"
kind = "long_text"
label = "c-why-not"
max_length = 500
applies_if = {condition}
required = true

[[scores]]
id = "s"
label = "c-score"
method = "sum"
items = ["able"]
bands = [{{ code = "ok", label = "c-ok", from = 0, to = 1 }}]

[[scores.overrides]]
when = {condition}
band = "no_grounds"
label = "c-no-grounds"
"#
    )
}

const SOME_ROW_NOT_ABLE: &str =
    r#"{ any_row = "carers", where = { question = "able", equals = false } }"#;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn response(answers: serde_json::Value) -> Response {
    Response::from_json(
        &json!({"form": "carers", "form_version": "1.0.0", "language": "fi",
                "status": "submitted", "answers": answers})
        .to_string(),
    )
    .unwrap()
}

#[test]
fn loads_as_a_row_condition_on_the_groups_sub_question() {
    let f = parse_form(&form(SOME_ROW_NOT_ABLE), "carers.toml").unwrap();
    let q = f.question("why_not").unwrap();
    let Condition::AnyRow { group, row } = q.applies_if.as_ref().unwrap() else {
        panic!("not any_row");
    };
    assert_eq!(group, "carers");
    assert!(matches!(
        row.as_ref(),
        Condition::Test { question, test: Test::Equals(_) } if question == "able"
    ));
    // Audience checks read the group.
    assert_eq!(q.applies_if.as_ref().unwrap().questions(), ["carers"]);
}

#[test]
fn holds_when_some_row_meets_it_and_never_reads_a_top_level_answer() {
    let f = parse_form(&form(SOME_ROW_NOT_ABLE), "carers.toml").unwrap();
    let rows = |ables: &[bool]| {
        ables
            .iter()
            .map(|a| json!({"who": "x", "able": a}))
            .collect::<Vec<_>>()
    };
    // Every carer able: the explanation does not apply, and the override does not fire.
    let r = response(json!({"able": false, "carers": rows(&[true, true])}));
    let v = validate(&f, &r, today());
    assert_eq!(v.errors, vec![]);
    let band = score(&f, &v.answers).scores[0].band.clone().unwrap();
    assert_eq!((band.code.as_str(), band.overridden), ("ok", false));

    // One carer not able: the explanation is required, and the override fires.
    let r = response(json!({"able": true, "carers": rows(&[true, false])}));
    let v = validate(&f, &r, today());
    assert_eq!(
        v.errors
            .iter()
            .map(|e| (e.path.0.as_str(), &e.kind))
            .collect::<Vec<_>>(),
        vec![("why_not", &ErrorKind::MissingRequired)]
    );
    let band = score(&f, &v.answers).scores[0].band.clone().unwrap();
    assert_eq!((band.code.as_str(), band.overridden), ("no_grounds", true));

    // A row that leaves `able` unanswered does not meet "able = no", even when the top-level
    // question of the same id says no.
    let r = response(json!({"able": false, "carers": [{"who": "x"}]}));
    let v = validate(&f, &r, today());
    assert_eq!(v.errors, vec![]);
    // No rows at all: nothing meets it.
    let r = response(json!({"able": true}));
    assert_eq!(validate(&f, &r, today()).errors, vec![]);
}

#[test]
fn is_phrased_with_the_group_and_the_rows_question() {
    let f = parse_form(&form(SOME_ROW_NOT_ABLE), "carers.toml").unwrap();
    let c = f.question("why_not").unwrap().applies_if.clone().unwrap();
    assert_eq!(
        describe(&f, &[], &c, &IdTexts),
        "arvio-quote-openc-carersarvio-quote-close, arvio-cond-any-row: \
         arvio-quote-openc-ablearvio-quote-close: arvio-no"
    );
}

#[test]
fn misuse_is_a_finding_at_its_place() {
    let cases = [
        // Not a group.
        (
            r#"{ any_row = "able", where = { question = "able", equals = false } }"#,
            "any_row needs a group question",
        ),
        // `where` names a top-level question, not one of the row's.
        (
            r#"{ any_row = "carers", where = { question = "why", equals = false } }"#,
            "unknown",
        ),
        // `where` without `any_row`, and `any_row` without `where`.
        (
            r#"{ question = "able", equals = false, where = { question = "able", equals = false } }"#,
            "`where` goes with `any_row`",
        ),
        (r#"{ any_row = "carers" }"#, "`where` goes with `any_row`"),
        // A test beside it.
        (
            r#"{ any_row = "carers", equals = true, where = { question = "able", equals = false } }"#,
            "takes no test of its own",
        ),
    ];
    for (condition, expected) in cases {
        let e = parse_form(&form(condition), "carers.toml").unwrap_err();
        let text = e.to_string();
        assert!(text.contains(expected), "{condition}: {text}");
        assert!(text.starts_with("carers.toml:"), "{text}");
        assert!(
            e.findings.iter().all(|f| matches!(
                f.kind,
                FindingKind::InvalidCondition(_)
                    | FindingKind::IncompatibleCondition { .. }
                    | FindingKind::UnknownQuestion(_)
            )),
            "{condition}: {:?}",
            e.findings
        );
    }
}
