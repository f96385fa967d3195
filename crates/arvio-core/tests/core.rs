//! Exact outcomes of form checking, validation and scoring on a small inline form.

use arvio_core::model::Required;
use arvio_core::{Answer, Completeness, ErrorKind, Response, Status, parse_form, score, validate};
use arvio_forms::builtin;
use chrono::NaiveDate;
use serde_json::json;

const TINY: &str = r#"
id = "tiny"
version = "1.2.0"
title = "t-title"

[[sections]]
id = "main"
title = "t-main"

[[sections.questions]]
id = "mood"
kind = "scale"
label = "t-mood"
min = 1
max = 5
min_label = "t-low"
max_label = "t-high"
not_applicable = "t-na"
required = true

[[sections.questions]]
id = "sleep"
kind = "scale"
label = "t-sleep"
min = 1
max = 5
min_label = "t-low"
max_label = "t-high"
required = true

[[sections.questions]]
id = "worry"
kind = "single_choice"
label = "t-worry"
required = true
options = [
  { code = "none", label = "t-none", points = 0 },
  { code = "some", label = "t-some", points = 1 },
  { code = "lots", label = "t-lots", points = 2 },
]

[[sections.questions]]
id = "why"
kind = "long_text"
label = "t-why"
max_length = 10
applies_if = { question = "worry", one_of = ["some", "lots"] }
required_if = { question = "worry", equals = "lots" }

[[sections.questions]]
id = "seen"
kind = "date"
label = "t-seen"
max = "today"

[[sections.questions]]
id = "kids"
kind = "group"
label = "t-kids"
max_rows = 2

[[sections.questions.questions]]
id = "age"
kind = "number"
label = "t-age"
integer = true
min = 0
max = 17
required = true

[[sections.questions.questions]]
id = "school"
kind = "short_text"
label = "t-school"
applies_if = { question = "age", gte = 7 }

[[scores]]
id = "total"
label = "t-total"
method = "sum"
items = ["mood", "sleep", "worry"]
reverse = ["worry"]
max_missing = 1
bands = [
  { code = "low", label = "t-band-low", from = 2, to = 6 },
  { code = "high", label = "t-band-high", from = 6, to = 12 },
]
[[scores.overrides]]
when = { question = "worry", equals = "lots" }
band = "flag"
label = "t-band-flag"
"#;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn response(answers: serde_json::Value) -> Response {
    Response::from_json(
        &json!({"form": "tiny", "form_version": "1.2.0", "language": "fi",
                "status": "submitted", "answers": answers})
        .to_string(),
    )
    .unwrap()
}

fn errors(answers: serde_json::Value) -> Vec<(String, ErrorKind)> {
    let form = parse_form(TINY, "tiny.toml").unwrap();
    validate(&form, &response(answers), today())
        .errors
        .into_iter()
        .map(|e| (e.path.to_string(), e.kind))
        .collect()
}

#[test]
fn tiny_form_lowers() {
    let form = parse_form(TINY, "tiny.toml").unwrap();
    assert_eq!(form.questions().count(), 6);
    let why = form.question("why").unwrap();
    assert!(matches!(why.required, Required::If(_)));
    assert_eq!(form.scores[0].range(&form), (2.0, 12.0));
}

#[test]
fn valid_response_has_no_errors() {
    let e = errors(
        json!({"mood": 4, "sleep": 3, "worry": "some", "why": "work",
        "seen": "2026-11-23", "kids": [{"age": 9, "school": "Koulu"}, {"age": 3}]}),
    );
    assert_eq!(e, vec![]);
}

#[test]
fn every_error_is_reported_at_once() {
    let e = errors(json!({
        "mood": 6, "worry": "maybe", "seen": "2026-11-24",
        "kids": [{"age": 3, "school": "x"}, {"age": 2.5, "pet": "cat"}],
        "extra": 1
    }));
    assert_eq!(
        e,
        vec![
            ("mood".into(), ErrorKind::OutOfRange),
            ("sleep".into(), ErrorKind::MissingRequired),
            ("worry".into(), ErrorKind::UnknownOption),
            ("seen".into(), ErrorKind::OutOfRange),
            ("kids[0].school".into(), ErrorKind::DoesNotApply),
            ("kids[1].age".into(), ErrorKind::NotInteger),
            ("kids[1].pet".into(), ErrorKind::UnknownQuestion),
            ("extra".into(), ErrorKind::UnknownQuestion),
        ]
    );
}

#[test]
fn conditions_require_and_forbid() {
    // `why` is required when worry = lots, and does not apply when worry = none.
    assert_eq!(
        errors(json!({"mood": 1, "sleep": 1, "worry": "lots"})),
        vec![("why".into(), ErrorKind::MissingRequired)]
    );
    assert_eq!(
        errors(json!({"mood": 1, "sleep": 1, "worry": "none", "why": "x"})),
        vec![("why".into(), ErrorKind::DoesNotApply)]
    );
    // An invalid answer makes dependent conditions unknown: one error, not a cascade.
    assert_eq!(
        errors(json!({"mood": 1, "sleep": 1, "worry": 3, "why": "x"})),
        vec![(
            "worry".into(),
            ErrorKind::WrongType {
                expected: "an option code"
            }
        )]
    );
}

#[test]
fn drafts_may_lack_required_answers_but_not_valid_values() {
    let form = parse_form(TINY, "tiny.toml").unwrap();
    let mut r = response(json!({"mood": "na", "why": "01234567890"}));
    r.status = Status::Draft;
    let e: Vec<_> = validate(&form, &r, today())
        .errors
        .into_iter()
        .map(|e| (e.path.to_string(), e.kind))
        .collect();
    // `why` does not apply without a worry answer; it is also too long, but one error per answer.
    assert_eq!(e, vec![("why".into(), ErrorKind::DoesNotApply)]);
}

#[test]
fn wrong_form_and_version() {
    let form = parse_form(TINY, "tiny.toml").unwrap();
    let mut r = response(json!({}));
    r.form_version = "1.0.0".into();
    let e = validate(&form, &r, today()).errors;
    assert_eq!(
        e[0].kind,
        ErrorKind::WrongFormVersion {
            expected: "1.2.0".into()
        }
    );
    r.form = "other".into();
    let e = validate(&form, &r, today()).errors;
    assert_eq!(e.len(), 1);
    assert_eq!(
        e[0].kind,
        ErrorKind::WrongForm {
            expected: "tiny".into()
        }
    );
}

#[test]
fn error_display_never_shows_answer_content() {
    let secret = "Matti Meikäläinen 010101-123X";
    let form = parse_form(TINY, "tiny.toml").unwrap();
    let r = response(
        json!({"mood": secret, "worry": secret, "why": secret, "seen": secret,
        "kids": [{"age": secret, "school": secret, secret: 1}], secret: secret}),
    );
    let v = validate(&form, &r, today());
    let shown: String = v.errors.iter().map(|e| format!("{e} {e:?}\n")).collect();
    assert!(!shown.contains("Matti"), "{shown}");
    assert!(!format!("{r:?} {:?}", v.answers).contains("Matti"));
    // A key that is not shaped like an id is named by its position.
    assert!(shown.contains("<key 0>: no such question"), "{shown}");
    assert!(
        shown.contains("kids[0].<key 0>: no such question"),
        "{shown}"
    );
}

#[test]
fn scoring_prorates_reverses_and_overrides() {
    let form = parse_form(TINY, "tiny.toml").unwrap();
    let s = |answers| {
        let v = validate(&form, &response(answers), today());
        score(&form, &v.answers).scores.into_iter().next().unwrap()
    };
    // worry reversed: none (0) -> 2. 5 + 4 + 2 = 11.
    let full = s(json!({"mood": 5, "sleep": 4, "worry": "none"}));
    assert_eq!(full.value, Some(11.0));
    assert_eq!(full.completeness, Completeness::Complete);
    assert_eq!(full.band.unwrap().code, "high");
    // mood "na" is missing: (4 + 2) * 3 / 2 = 9, prorated.
    let partial = s(json!({"mood": "na", "sleep": 4, "worry": "none"}));
    assert_eq!(partial.value, Some(9.0));
    assert_eq!(partial.completeness, Completeness::Partial { missing: 1 });
    // Two missing: incomplete, never counted as zero.
    let none = s(json!({"worry": "some", "why": "x"}));
    assert_eq!(none.value, None);
    assert_eq!(none.completeness, Completeness::Incomplete { missing: 2 });
    assert_eq!(none.band, None);
    // The override wins over the value band.
    let flagged = s(json!({"mood": 5, "sleep": 5, "worry": "lots", "why": "x"}));
    assert_eq!(flagged.value, Some(10.0));
    let band = flagged.band.unwrap();
    assert_eq!((band.code.as_str(), band.overridden), ("flag", true));
}

fn findings(text: &str) -> Vec<String> {
    parse_form(text, "f.toml")
        .unwrap_err()
        .findings
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn form_findings_name_file_line_column() {
    assert_eq!(
        findings(&TINY.replace("from = 6, to = 12", "from = 7, to = 12")),
        vec!["f.toml:86:12: bands: gap between `low` (to 6) and `high` (from 7)"]
    );
    assert_eq!(
        findings(&TINY.replace(
            r#"{ question = "worry", one_of"#,
            r#"{ question = "seen", one_of"#
        )),
        vec!["f.toml:47:27: condition refers to `seen`, which does not come earlier in the form"]
    );
    assert_eq!(
        findings(&TINY.replace(r#"{ code = "lots""#, r#"{ code = "some""#)),
        vec![
            "f.toml:39:12: duplicate option code `some`",
            "f.toml:47:14: condition on `worry` (single_choice): `lots` is not one of its option codes",
            "f.toml:48:15: condition on `worry` (single_choice): `lots` is not one of its option codes",
            "f.toml:89:8: condition on `worry` (single_choice): `lots` is not one of its option codes",
        ]
    );
    assert_eq!(
        findings(&TINY.replace(
            r#"items = ["mood", "sleep", "worry"]"#,
            r#"items = ["mood", "sleep", "seen"]"#
        )),
        vec![
            "f.toml:81:27: score item `seen` is not scorable (a scale, yes/no, or single choice with points on every option)",
            "f.toml:82:12: reverse item `worry` is not among the score's items",
        ]
    );
    assert_eq!(
        findings("id = 3"),
        vec!["f.toml:1:6: invalid type: integer `3`, expected a string"]
    );
    assert_eq!(
        findings(&TINY.replace("kind = \"date\"", "kind = \"dates\"")),
        vec![
            "f.toml:52:8: unknown question kind `dates` (expected single_choice, multiple_choice, scale, yes_no, short_text, long_text, number, date, group or info)"
        ]
    );
}

#[test]
fn multiple_choices_are_shown_in_the_forms_option_order() {
    use arvio_core::render::{IdTexts, view::answer_text};
    let form = builtin("family-self-assessment").unwrap();
    let (_, q) = form
        .questions()
        .find(|(_, q)| {
            matches!(
                q.kind,
                arvio_core::model::QuestionKind::MultipleChoice { .. }
            )
        })
        .expect("a multiple-choice question");
    let codes: Vec<String> = q.options().iter().map(|o| o.code.clone()).collect();
    assert!(codes.len() >= 2);
    let forward = Answer::Choices(vec![codes[0].clone(), codes[1].clone()]);
    let backward = Answer::Choices(vec![codes[1].clone(), codes[0].clone()]);
    let expected = format!("{}; {}", q.options()[0].label, q.options()[1].label);
    assert_eq!(answer_text(q, &forward, &IdTexts), expected);
    assert_eq!(answer_text(q, &backward, &IdTexts), expected);
}

/// Questions that do not apply are neither answered nor missing: a score whose questions all
/// do not apply says so, and a score with some such items is not "partial" because of them.
#[test]
fn scores_over_questions_that_do_not_apply() {
    let form = builtin("family-self-assessment").unwrap();
    let json = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/responses/family-self-assessment-en.json"
    ))
    .unwrap();
    let mut r = Response::from_json(&json).unwrap();
    let full = score(&form, &validate(&form, &r, today()).answers);
    assert_eq!(
        full.get("relationship").unwrap().completeness,
        Completeness::Complete
    );
    r.answers
        .insert("has_partner".into(), arvio_core::AnswerValue(json!(false)));
    r.answers.retain(|k, _| !k.starts_with("relationship_"));
    let v = validate(&form, &r, today());
    assert!(v.is_valid(), "{:?}", v.errors);
    let report = score(&form, &v.answers);
    let rel = report.get("relationship").unwrap();
    assert_eq!(rel.completeness, Completeness::NotApplicable);
    assert_eq!((rel.value, &rel.band, rel.answered), (None, &None, 0));
    let worries = report.get("worry_items").unwrap();
    assert_eq!(worries.completeness, Completeness::Complete);
    assert_eq!(worries.answered, worries.items - 3);
}

#[test]
fn synthetic_forms_have_the_asked_size_and_sampled_responses_validate() {
    use arvio_core::sample::{sample_response, synthetic_form, xorshift};
    for n in [10, 100, 1000] {
        let form = parse_form(&synthetic_form(n), "synthetic.toml").unwrap();
        assert_eq!(form.questions().count(), n);
        assert_eq!(form.scores.len(), n / 10);
        let r = sample_response(&form, "fi", Status::Submitted, today(), &mut xorshift(3));
        let v = validate(&form, &r, today());
        assert!(v.is_valid(), "{n}: {:?}", v.errors);
    }
}
