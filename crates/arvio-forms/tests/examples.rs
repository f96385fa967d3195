//! The example responses in `examples/responses/` are part of the contract: the valid ones
//! validate cleanly and score completely, each start example has a final review of the same
//! family beside it, and each invalid one shows exactly one kind of error, at exactly the paths
//! listed here (validated against the version it names). Also checks that the family
//! self-assessment's locale files define exactly the message ids the form uses.

mod common;
use common::{err, read, root, today};

use arvio_core::{Answer, Completeness, ErrorKind, Response, ValidationError, score, validate};
use arvio_forms::{builtin, builtin_versions};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const FORM: &str = "family-self-assessment";

fn examples_dir() -> PathBuf {
    root().join("examples/responses")
}

/// File names (not paths) of this form's `*.json` files in a directory (other forms' examples
/// may sit beside them).
fn json_files(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.starts_with(&format!("{FORM}-")) && n.ends_with(".json"))
        .collect()
}

#[test]
fn valid_examples_validate_and_score_completely() {
    let form = builtin(FORM).unwrap();
    let names = json_files(&examples_dir());
    let expected: BTreeSet<String> = ["fi", "sv", "en"]
        .iter()
        .flat_map(|l| {
            [
                format!("{FORM}-{l}.json"),
                format!("{FORM}-review-{l}.json"),
            ]
        })
        .collect();
    assert_eq!(names, expected);
    let mut phases = Vec::new();
    for name in &names {
        let response = Response::from_json(&read(&examples_dir().join(name))).unwrap();
        let lang = name.rsplit('-').next().unwrap();
        assert_eq!(format!("{}.json", response.language), lang, "{name}");
        assert_eq!(response.status, arvio_core::Status::Submitted, "{name}");
        assert_eq!(response.form_version, form.version.to_string(), "{name}");
        let checked = validate(&form, &response, today());
        assert_eq!(checked.errors, vec![], "{name}");
        let report = score(&form, &checked.answers);
        assert_eq!(report.scores.len(), form.scores.len());
        for s in &report.scores {
            assert_eq!(s.completeness, Completeness::Complete, "{name}: {}", s.id);
            assert!(s.value.is_some(), "{name}: {}", s.id);
            assert!(s.band.is_some(), "{name}: {}", s.id);
        }
        // At least two network rows and two goals, as the examples promise.
        let rows = |id: &str| match checked.answers.get(id) {
            Some(arvio_core::Answer::Group(rows)) => rows.len(),
            _ => 0,
        };
        assert!(rows("network_contacts") >= 2, "{name}");
        assert!((2..=3).contains(&rows("goals")), "{name}");
        phases.push(checked.answers.get("phase").unwrap().to_json());
    }
    assert!(phases.contains(&serde_json::json!("review")));
    assert!(phases.contains(&serde_json::json!("start")));
}

fn answers_of(name: &str) -> serde_json::Map<String, Value> {
    let v: Value = serde_json::from_str(&read(&examples_dir().join(name))).unwrap();
    v["answers"].as_object().unwrap().clone()
}

/// `family-self-assessment-review-LANG.json` is the final review of the family in
/// `family-self-assessment-LANG.json`: the same goals (text, weight, start level), every goal
/// rated at the review, a later date, and domain ratings that moved.
#[test]
fn each_review_is_the_same_family_later() {
    let form = builtin(FORM).unwrap();
    for lang in ["fi", "sv", "en"] {
        let (earlier, review) = (
            answers_of(&format!("{FORM}-{lang}.json")),
            answers_of(&format!("{FORM}-review-{lang}.json")),
        );
        assert_eq!(review["phase"], "review", "{lang}");
        let date = |a: &serde_json::Map<String, Value>| a["filled_on"].as_str().unwrap().to_owned();
        assert!(date(&review) > date(&earlier), "{lang}");
        for id in ["children_count", "has_partner", "child_age"] {
            assert_eq!(review[id], earlier[id], "{lang}: {id}");
        }
        let goals = |a: &serde_json::Map<String, Value>| a["goals"].as_array().unwrap().clone();
        let (g0, g1) = (goals(&earlier), goals(&review));
        assert_eq!(g0.len(), g1.len(), "{lang}");
        for (a, b) in g0.iter().zip(&g1) {
            // The goal and what each level would look like were written when the goal was set.
            for key in [
                "goal",
                "weight",
                "start_level",
                "level_minus2",
                "level_minus1",
                "level_0",
                "level_plus1",
                "level_plus2",
            ] {
                assert_eq!(a.get(key), b.get(key), "{lang}: {key}");
            }
            assert!(b["review_level"].is_i64(), "{lang}");
        }
        // The same record questions are filled in, and some ratings changed.
        for id in &form.record.assessor {
            assert_eq!(review[id.as_str()], earlier[id.as_str()], "{lang}: {id}");
        }
        let changed = form
            .questions()
            .filter(|(_, q)| matches!(q.kind, arvio_core::QuestionKind::Scale { .. }))
            .filter(|(_, q)| review.get(&q.id) != earlier.get(&q.id))
            .count();
        assert!(changed >= 5, "{lang}: only {changed} ratings changed");
        // It validates with every goal rated at the review.
        let response = Response::from_json(&read(
            &examples_dir().join(format!("{FORM}-review-{lang}.json")),
        ))
        .unwrap();
        let checked = validate(&form, &response, today());
        assert_eq!(checked.errors, vec![], "{lang}");
        let Some(Answer::Group(rows)) = checked.answers.get("goals") else {
            panic!("{lang}: no goals")
        };
        assert!(
            rows.iter().all(|r| r.contains_key("review_level")),
            "{lang}"
        );
    }
}

#[test]
fn fi_example_scores_exactly() {
    let form = builtin(FORM).unwrap();
    let response = Response::from_json(&read(
        &examples_dir().join("family-self-assessment-fi.json"),
    ))
    .unwrap();
    let report = score(&form, &validate(&form, &response, today()).answers);
    let got: Vec<(&str, f64, &str)> = report
        .scores
        .iter()
        .map(|s| {
            (
                s.id.as_str(),
                s.value.unwrap(),
                s.band.as_ref().unwrap().code.as_str(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("routines", 2.5, "mixed"),
            ("parenting", 2.75, "mixed"),
            ("relationship", 8.0 / 3.0, "mixed"),
            ("coping", 2.8, "mixed"),
            ("children", 3.25, "mixed"),
            ("network", 3.5, "mixed"),
            ("finances", 3.0, "mixed"),
            ("safety", 11.0 / 3.0, "mixed"),
            ("worry_items", 1.0, "some"),
        ]
    );
}

/// Every invalid example with the errors it must give, in order.
fn invalid_expectations() -> Vec<(&'static str, Vec<ValidationError>)> {
    use ErrorKind::*;
    vec![
        (
            "missing-required",
            vec![
                err("filled_on", MissingRequired),
                err("routines_sleep", MissingRequired),
            ],
        ),
        (
            "wrong-type",
            vec![
                err(
                    "children_count",
                    WrongType {
                        expected: "a number",
                    },
                ),
                err(
                    "has_partner",
                    WrongType {
                        expected: "true or false",
                    },
                ),
            ],
        ),
        ("unknown-option", vec![err("respondents", UnknownOption)]),
        (
            "duplicate-option",
            vec![err("respondents", DuplicateOption)],
        ),
        (
            "out-of-range",
            vec![
                err("filled_on", OutOfRange),
                err("routines_meals", OutOfRange),
            ],
        ),
        (
            "not-integer",
            vec![
                err("children_count", NotInteger),
                err("routines_sleep", NotInteger),
            ],
        ),
        ("invalid-date", vec![err("filled_on", InvalidDate)]),
        (
            "too-long",
            vec![err(
                "network_contacts[0].organisation",
                TooLong { max: 120 },
            )],
        ),
        ("too-many-rows", vec![err("goals", TooManyRows { max: 5 })]),
        (
            "does-not-apply",
            vec![
                err("relationship_talk", DoesNotApply),
                err("goals[0].review_level", DoesNotApply),
            ],
        ),
        (
            "unknown-question",
            vec![
                err("network_contacts[0].notes", UnknownQuestion),
                err("pets", UnknownQuestion),
            ],
        ),
        (
            "wrong-form",
            vec![err(
                "form",
                WrongForm {
                    expected: FORM.to_string(),
                },
            )],
        ),
        // A 1.1.0 response checked against 1.2.0 named explicitly (`ID@1.2.0`).
        (
            "wrong-form-version",
            vec![err(
                "form_version",
                WrongFormVersion {
                    expected: "1.2.0".to_string(),
                },
            )],
        ),
        // A version that never existed: the known ones are listed (the answers are checked
        // against the newest meanwhile, and these are valid there).
        (
            "unknown-form-version",
            vec![err(
                "form_version",
                UnknownFormVersion {
                    known: vec!["1.2.0".into(), "1.1.0".into(), "1.0.0".into()],
                },
            )],
        ),
    ]
}

#[test]
fn invalid_examples_give_exactly_their_errors() {
    let dir = examples_dir().join("invalid");
    let expectations = invalid_expectations();
    let mut covered: BTreeSet<String> = expectations
        .iter()
        .map(|(kind, _)| format!("{FORM}-{kind}.json"))
        .collect();
    covered.insert(format!("{FORM}-malformed.json"));
    assert_eq!(
        json_files(&dir),
        covered,
        "every invalid example is listed here"
    );

    for (kind, expected) in expectations {
        let name = format!("{FORM}-{kind}.json");
        let response =
            Response::from_json(&read(&dir.join(&name))).unwrap_or_else(|e| panic!("{name}: {e}"));
        // Validated against the version the file names (`wrong-form-version`: against the
        // newest, named explicitly).
        let checked = if kind == "wrong-form-version" {
            validate(&builtin(FORM).unwrap(), &response, today())
        } else {
            let versions = arvio_forms::versions::builtin_form_versions(FORM).unwrap();
            versions
                .validate_part(&response, today(), arvio_core::Part::All)
                .1
        };
        assert_eq!(checked.errors, expected, "{name}");
        // Exactly one kind of error per file, and it is the one the file is named after.
        let codes: BTreeSet<&str> = checked.errors.iter().map(|e| e.kind.code()).collect();
        assert_eq!(codes, BTreeSet::from([kind]), "{name}");
    }
}

#[test]
fn malformed_example_is_not_json() {
    let text = read(&examples_dir().join("invalid/family-self-assessment-malformed.json"));
    assert!(serde_json::from_str::<serde_json::Value>(&text).is_err());
    let e = Response::from_json(&text).unwrap_err();
    assert_eq!((e.line, e.column, e.category), (10, 3, "malformed JSON"));
}

/// The locale files are shared by every embedded version of the form (the archives keep the
/// messages they were released with), so they define exactly the union of the versions' ids.
#[test]
fn locales_define_exactly_the_forms_message_ids() {
    let versions = builtin_versions(FORM);
    assert!(versions.len() >= 3, "{versions:?}");
    let wanted = common::used_message_ids(FORM);
    // The newest version's ids are among them.
    let newest = builtin(FORM).unwrap();
    assert!(newest.message_ids().iter().all(|id| wanted.contains(*id)));
    // Exactly these in each language, none twice, and no form message takes a variable.
    common::assert_locales_define_exactly_the_used_messages(FORM);
}

/// Every valid example of every built-in form (at the top of `examples/responses/`) names the
/// newest version and fills in the record: a clearly fictional assessor, a date and the
/// people who took part.
#[test]
fn every_example_fills_in_the_record_with_a_fictional_assessor() {
    let mut seen = 0;
    for entry in std::fs::read_dir(examples_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let response = Response::from_json(&read(&path)).unwrap();
        let form = builtin(&response.form).unwrap();
        assert_eq!(response.form_version, form.version.to_string(), "{name}");
        assert_eq!(validate(&form, &response, today()).errors, vec![], "{name}");
        let record = &form.record;
        let ids = record
            .assessor
            .iter()
            .chain(&record.date)
            .chain(&record.participants);
        for id in ids {
            let text = response.answers.get(id).map(|a| a.0.to_string());
            assert!(text.is_some_and(|t| t.len() > 2), "{name}: {id}");
        }
        let assessor = response.answers["assessor_name"].0.as_str().unwrap();
        let fictional = match response.language.as_str() {
            "fi" => "Esimerkki",
            "sv" => "Exempel",
            _ => "Example",
        };
        assert!(assessor.ends_with(fictional), "{name}");
        seen += 1;
    }
    assert_eq!(seen, 15);
}
