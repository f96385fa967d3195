//! QuestionnaireResponse export and import: lossless round trips (every example response,
//! responses drawn from every embedded form version), the edge cases FHIR has no plain
//! notation for, answers that do not fit, and import errors that name a place and never an
//! answer.

use arvio_core::sample::{answered_paths, mutate, sample_response, xorshift};
use arvio_core::{AnswerPath, AnswerValue, Form, Response, Status, parse_form};
use arvio_fhir::{
    DEFAULT_BASE, FhirError, ImportProblem, import, import_str, parse, questionnaire_reference,
    questionnaire_response,
};
use proptest::prelude::*;
use serde_json::{Value, json};
use std::path::Path;

fn today() -> arvio_core::chrono::NaiveDate {
    arvio_core::chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// Export, serialize, parse, import.
fn round_trip(form: &Form, base: &str, r: &Response) -> Result<Response, FhirError> {
    let qr = questionnaire_response(form, base, r)?;
    let text = serde_json::to_string_pretty(&qr).unwrap();
    import_str(form, &text)
}

fn example_files() -> Vec<std::path::PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/responses");
    let mut files = Vec::new();
    for dir in [root.clone(), root.join("1.1.0"), root.join("1.0.0")] {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "json") {
                files.push(p);
            }
        }
    }
    files.sort();
    files
}

#[test]
fn every_example_response_round_trips() {
    let files = example_files();
    assert!(files.len() >= 36, "found {} examples", files.len());
    for p in files {
        let r = Response::from_json(&std::fs::read_to_string(&p).unwrap()).unwrap();
        let form = arvio_forms::for_response(&r.form, &r.form_version).unwrap();
        assert_eq!(form.version.to_string(), r.form_version, "{}", p.display());
        for base in [DEFAULT_BASE, "https://fhir.example.fi/arvio/"] {
            let back =
                round_trip(&form, base, &r).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            assert!(back == r, "{} does not round-trip", p.display());
        }
    }
}

#[test]
fn the_export_has_the_agreed_shape() {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples/responses/family-self-assessment-fi.json");
    let r = Response::from_json(&std::fs::read_to_string(p).unwrap()).unwrap();
    let form = arvio_forms::for_response(&r.form, &r.form_version).unwrap();
    let qr = questionnaire_response(&form, DEFAULT_BASE, &r).unwrap();
    assert_eq!(qr["resourceType"], "QuestionnaireResponse");
    assert_eq!(
        qr["questionnaire"],
        format!(
            "https://arvio.invalid/fhir/Questionnaire/family-self-assessment|{}",
            form.version
        )
    );
    assert_eq!(qr["status"], "completed");
    assert_eq!(qr["language"], "fi");
    let sections: Vec<&str> = qr["item"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["linkId"].as_str().unwrap())
        .collect();
    // Sections in form order, only those with answers.
    let expected: Vec<String> = form
        .sections
        .iter()
        .filter(|s| s.questions.iter().any(|q| r.answers.contains_key(&q.id)))
        .map(|s| format!("section-{}", s.id))
        .collect();
    assert_eq!(sections, expected);
    // Items in form order within each section.
    for (s, item) in form
        .sections
        .iter()
        .filter(|s| s.questions.iter().any(|q| r.answers.contains_key(&q.id)))
        .zip(qr["item"].as_array().unwrap())
    {
        let mut ids: Vec<&str> = item["item"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["linkId"].as_str().unwrap())
            .collect();
        ids.dedup(); // group rows repeat their link id
        let order: Vec<&str> = s
            .questions
            .iter()
            .filter(|q| r.answers.contains_key(&q.id))
            .map(|q| q.id.as_str())
            .collect();
        assert_eq!(ids, order);
    }
    let reference = questionnaire_reference(&qr).unwrap();
    assert_eq!(reference.base, DEFAULT_BASE);
    assert_eq!(reference.form, "family-self-assessment");
    assert_eq!(reference.version, form.version.to_string());
}

/// Every kind of question, a repeating group and an information block.
const FORM: &str = r#"
id = "fhir-test"
version = "1.0.0"
title = "t"

[[sections]]
id = "one"
title = "t"

[[sections.questions]]
id = "intro"
kind = "info"
label = "l"

[[sections.questions]]
id = "yes"
kind = "yes_no"
label = "l"

[[sections.questions]]
id = "short"
kind = "short_text"
label = "l"
max_length = 100

[[sections.questions]]
id = "long"
kind = "long_text"
label = "l"
max_length = 2000

[[sections.questions]]
id = "count"
kind = "number"
label = "l"
integer = true

[[sections.questions]]
id = "amount"
kind = "number"
label = "l"

[[sections.questions]]
id = "day"
kind = "date"
label = "l"

[[sections.questions]]
id = "pick"
kind = "single_choice"
label = "l"
options = [{ code = "a", label = "l" }, { code = "b", label = "l" }]

[[sections.questions]]
id = "picks"
kind = "multiple_choice"
label = "l"
options = [{ code = "a", label = "l" }, { code = "b", label = "l" }, { code = "c", label = "l" }]

[[sections.questions]]
id = "rate"
kind = "scale"
label = "l"
min = -2
max = 2
min_label = "l"
max_label = "l"
not_applicable = "l"

[[sections]]
id = "two"
title = "t"

[[sections.questions]]
id = "people"
kind = "group"
label = "l"
max_rows = 10

[[sections.questions.questions]]
id = "name"
kind = "short_text"
label = "l"
max_length = 100

[[sections.questions.questions]]
id = "age"
kind = "number"
label = "l"
integer = true

[[sections.questions.questions]]
id = "role"
kind = "single_choice"
label = "l"
options = [{ code = "a", label = "l" }, { code = "b", label = "l" }]
"#;

const BASE: &str = "https://fhir.example.fi/arvio";

fn form() -> Form {
    parse_form(FORM, "fhir-test.toml").unwrap()
}

fn response(answers: Value) -> Response {
    let mut r = Response::new(&form(), "sv");
    r.answers = answers
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.clone(), AnswerValue(v.clone())))
        .collect();
    r
}

fn assert_round_trips(answers: Value) -> Value {
    let form = form();
    let r = response(answers);
    let qr = questionnaire_response(&form, BASE, &r).unwrap();
    let back = round_trip(&form, BASE, &r).unwrap();
    assert_eq!(back.answers, r.answers, "{qr:#}");
    assert!(back == r);
    qr
}

/// The items of the first section item of a QuestionnaireResponse.
fn items(qr: &Value) -> &Vec<Value> {
    qr["item"][0]["item"].as_array().unwrap()
}

#[test]
fn every_kind_maps_to_its_fhir_type() {
    let qr = assert_round_trips(json!({
        "yes": true, "short": "x", "long": "y", "count": 3, "amount": 2.5,
        "day": "2026-11-23", "pick": "a", "picks": ["c", "a"], "rate": -2,
        "people": [{"name": "n", "age": 7, "role": "b"}, {"role": "a"}],
    }));
    let base = BASE;
    let coding =
        |code: &str| json!({"system": format!("{base}/CodeSystem/fhir-test"), "code": code});
    assert_eq!(
        qr,
        json!({
            "resourceType": "QuestionnaireResponse",
            "questionnaire": format!("{base}/Questionnaire/fhir-test|1.0.0"),
            "status": "in-progress",
            "language": "sv",
            "item": [
                {"linkId": "section-one", "item": [
                    {"linkId": "yes", "answer": [{"valueBoolean": true}]},
                    {"linkId": "short", "answer": [{"valueString": "x"}]},
                    {"linkId": "long", "answer": [{"valueString": "y"}]},
                    {"linkId": "count", "answer": [{"valueInteger": 3}]},
                    {"linkId": "amount", "answer": [{"valueDecimal": 2.5}]},
                    {"linkId": "day", "answer": [{"valueDate": "2026-11-23"}]},
                    {"linkId": "pick", "answer": [{"valueCoding": coding("a")}]},
                    {"linkId": "picks", "answer": [
                        {"valueCoding": coding("c")}, {"valueCoding": coding("a")}
                    ]},
                    {"linkId": "rate", "answer": [{"valueCoding": coding("-2")}]},
                ]},
                {"linkId": "section-two", "item": [
                    {"linkId": "people", "item": [
                        {"linkId": "people.name", "answer": [{"valueString": "n"}]},
                        {"linkId": "people.age", "answer": [{"valueInteger": 7}]},
                        {"linkId": "people.role", "answer": [{"valueCoding": coding("b")}]},
                    ]},
                    {"linkId": "people", "item": [
                        {"linkId": "people.role", "answer": [{"valueCoding": coding("a")}]},
                    ]},
                ]},
            ],
        })
    );
}

#[test]
fn a_response_without_answers_has_no_items() {
    let qr = assert_round_trips(json!({}));
    assert!(qr.get("item").is_none(), "FHIR JSON has no empty arrays");
    let mut r = response(json!({}));
    r.status = Status::Submitted;
    let qr = questionnaire_response(&form(), BASE, &r).unwrap();
    assert_eq!(qr["status"], "completed");
    assert_eq!(import(&form(), &qr).unwrap(), r);
}

#[test]
fn blank_answers_are_kept_with_an_extension() {
    let blank = format!("{BASE}/StructureDefinition/blank-answer");
    let qr = assert_round_trips(json!({
        "yes": null, "short": "", "picks": [], "people": [], "pick": "",
    }));
    let got: Vec<(&str, &str)> = items(&qr)
        .iter()
        .map(|i| {
            assert!(i.get("answer").is_none() && i.get("item").is_none(), "{i}");
            assert_eq!(i["extension"][0]["url"], blank.as_str());
            (
                i["linkId"].as_str().unwrap(),
                i["extension"][0]["valueCode"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("yes", "null"),
            ("short", "empty-string"),
            ("pick", "empty-string"),
            ("picks", "empty-list"),
        ]
    );
    assert_eq!(qr["item"][1]["item"][0]["linkId"], "people");
    assert_eq!(
        qr["item"][1]["item"][0]["extension"][0]["valueCode"],
        "empty-list"
    );
    // Blank answers inside rows, and an empty row.
    let qr = assert_round_trips(json!({
        "people": [{}, {"name": "", "age": null}, {}],
    }));
    let rows = qr["item"][0]["item"].as_array().unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0], json!({"linkId": "people"}));
}

#[test]
fn whole_numbers_keep_their_notation() {
    let dec = format!("{BASE}/StructureDefinition/decimal-notation");
    let qr = assert_round_trips(json!({
        "count": 2.0, "amount": 2.0, "rate": 1.0,
        "people": [{"age": 2}, {"age": 2.0}, {"age": -0.0}],
    }));
    let i = items(&qr);
    assert_eq!(
        i[0]["answer"][0],
        json!({"valueInteger": 2, "extension": [{"url": dec, "valueBoolean": true}]})
    );
    assert_eq!(i[1]["answer"][0], json!({"valueDecimal": 2.0}));
    assert_eq!(i[2]["answer"][0]["valueCoding"]["code"], "1");
    assert_eq!(i[2]["answer"][0]["extension"][0]["url"], dec.as_str());
    // 2 and 2.0 stay apart through the text (serde_json keeps the notation).
    let r = response(json!({"count": 2, "amount": 2, "rate": 1}));
    let back = round_trip(&form(), BASE, &r).unwrap();
    assert_eq!(back.answers["count"].0.to_string(), "2");
    assert_eq!(back.answers["amount"].0.to_string(), "2");
    assert_eq!(back.answers["rate"].0.to_string(), "1");
    let r = response(json!({"count": 2.0, "amount": 2.0, "rate": 1.0}));
    let back = round_trip(&form(), BASE, &r).unwrap();
    assert_eq!(back.answers["count"].0.to_string(), "2.0");
    assert_eq!(back.answers["amount"].0.to_string(), "2.0");
    assert_eq!(back.answers["rate"].0.to_string(), "1.0");
    // Extremes of FHIR's integer and of decimals.
    assert_round_trips(json!({
        "count": -2147483648i64, "amount": 1e300, "rate": "na",
    }));
    assert_round_trips(
        json!({"count": 2147483647, "amount": -0.000001, "rate": 9007199254740993i64}),
    );
    assert_round_trips(json!({"amount": u64::MAX}));
}

#[test]
fn text_is_kept_exactly() {
    assert_round_trips(json!({
        "short": " \u{a0}leading and trailing\t ",
        "long": "rivi 1\nrivi 2\r\n\trivi 3\n\n😀 Å ä ö č š ŋ ž đ € <b>&amp;</b> \"quoted\" \\ \u{0}\u{1f}",
        "people": [{"name": " "}],
    }));
}

#[test]
fn invalid_answers_that_fit_are_exported_as_they_are() {
    // Unknown option codes, out-of-range points, an impossible day, too many rows' worth
    // of content: all fit their FHIR types and come back unchanged.
    assert_round_trips(json!({
        "pick": "zz-no-such-option", "picks": ["a", "a", "zz"], "rate": 7, "day": "2025-02-30",
        "short": "y".repeat(500), "yes": false, "people": [{"role": "zz"}],
    }));
}

#[test]
fn answers_that_do_not_fit_are_typed_errors_naming_the_question() {
    let form = form();
    let cases: &[(Value, &str, &str)] = &[
        (json!({"yes": "secret-yes"}), "yes", "true or false"),
        (json!({"short": 12}), "short", "a string"),
        (
            json!({"count": 0.5}),
            "count",
            "a whole number from -2147483648 to 2147483647",
        ),
        (
            json!({"count": 2147483648i64}),
            "count",
            "a whole number from -2147483648 to 2147483647",
        ),
        (
            json!({"count": "secret-12"}),
            "count",
            "a whole number from -2147483648 to 2147483647",
        ),
        (json!({"amount": "secret-12"}), "amount", "a number"),
        (json!({"day": "1.2.2025"}), "day", "a date YYYY-MM-DD"),
        (
            json!({"day": "2026-11-23T10:00:00"}),
            "day",
            "a date YYYY-MM-DD",
        ),
        (json!({"pick": 7}), "pick", "an option code"),
        (json!({"pick": "secret\ncode"}), "pick", "an option code"),
        (json!({"pick": " "}), "pick", "an option code"),
        (
            json!({"picks": "secret-x"}),
            "picks",
            "a list of option codes",
        ),
        (
            json!({"picks": ["a", 1]}),
            "picks",
            "a list of option codes",
        ),
        (json!({"rate": true}), "rate", "a whole number or \"na\""),
        (json!({"rate": "3"}), "rate", "a whole number or \"na\""),
        (json!({"rate": 1.5}), "rate", "a whole number or \"na\""),
        (json!({"people": "secret-rows"}), "people", "a list of rows"),
        (
            json!({"people": ["secret-row"]}),
            "people[0]",
            "a row object",
        ),
        (
            json!({"people": [{}, {"age": "secret-7"}]}),
            "people[1].age",
            "a whole number from -2147483648 to 2147483647",
        ),
    ];
    for (answers, path, expected) in cases {
        let e = questionnaire_response(&form, BASE, &response(answers.clone())).unwrap_err();
        assert_eq!(
            e,
            FhirError::DoesNotFit {
                path: AnswerPath(path.to_string()),
                expected
            },
            "{answers}"
        );
        let shown = format!("{e} {e:?}");
        assert!(!shown.contains("secret"), "{shown}");
        assert!(shown.contains(path), "{shown}");
    }
}

#[test]
fn unknown_questions_are_typed_errors_and_personal_keys_are_not_named() {
    let form = form();
    let unknown = |answers: Value| match questionnaire_response(&form, BASE, &response(answers))
        .unwrap_err()
    {
        FhirError::UnknownQuestion { path } => path.0,
        other => panic!("{other:?}"),
    };
    assert_eq!(unknown(json!({"no_such": 1})), "no_such");
    assert_eq!(unknown(json!({"intro": "x"})), "intro");
    assert_eq!(
        unknown(json!({"Matti Meikäläinen": 1, "yes": true})),
        "<key 0>"
    );
    assert_eq!(
        unknown(json!({"people": [{}, {"nick": "x"}]})),
        "people[1].nick"
    );
    assert_eq!(
        unknown(json!({"people": [{"Liisa 040 123": "x"}]})),
        "people[0].<key 0>"
    );
    let e = questionnaire_response(&form, BASE, &response(json!({"Matti": 1}))).unwrap_err();
    assert!(!format!("{e} {e:?}").contains("Matti"));
}

#[test]
fn the_response_must_be_for_the_form() {
    let form = form();
    let mut r = response(json!({}));
    r.form = "other".into();
    assert_eq!(
        questionnaire_response(&form, BASE, &r).unwrap_err(),
        FhirError::WrongForm {
            expected: "fhir-test".into()
        }
    );
    let mut r = response(json!({}));
    r.form_version = "0.9.0".into();
    assert_eq!(
        questionnaire_response(&form, BASE, &r).unwrap_err(),
        FhirError::WrongFormVersion {
            expected: "1.0.0".into()
        }
    );
    let mut r = response(json!({}));
    r.language = String::new();
    assert_eq!(
        questionnaire_response(&form, BASE, &r).unwrap_err(),
        FhirError::InvalidLanguage
    );
}

/// A valid QuestionnaireResponse with one secret answer per kind, to break in one place.
fn qr() -> Value {
    let r = response(json!({
        "yes": true, "short": "SECRET-short", "long": "SECRET-long", "count": 3, "amount": 2.5,
        "day": "2026-11-23", "pick": "a", "picks": ["c"], "rate": 1,
        "people": [{"name": "SECRET-name", "age": 7}],
    }));
    questionnaire_response(&form(), BASE, &r).unwrap()
}

fn import_err(qr: &Value) -> FhirError {
    let e = import(&form(), qr).unwrap_err();
    let shown = format!("{e} {e:?}");
    assert!(!shown.contains("SECRET"), "{shown}");
    e
}

fn invalid(at: &str, link_id: Option<&str>, problem: ImportProblem) -> FhirError {
    FhirError::Invalid {
        at: at.into(),
        link_id: link_id.map(Into::into),
        problem,
    }
}

#[test]
fn import_errors_name_the_place() {
    use ImportProblem::*;
    let base = qr();
    assert!(import(&form(), &base).is_ok());
    let with = |f: &dyn Fn(&mut Value)| {
        let mut q = base.clone();
        f(&mut q);
        import_err(&q)
    };
    assert_eq!(
        with(&|q| q["item"][0]["item"][1]["linkId"] = json!("no_such")),
        invalid("/item/0/item/1", Some("no_such"), UnknownLinkId)
    );
    assert_eq!(
        with(&|q| q["item"][0]["linkId"] = json!("section-nope")),
        invalid("/item/0", Some("section-nope"), UnknownLinkId)
    );
    // A link id that could carry personal data is not named.
    let e = with(&|q| q["item"][0]["item"][1]["linkId"] = json!("SECRET Matti"));
    assert_eq!(
        e,
        invalid("/item/0/item/1", Some("<redacted>"), UnknownLinkId)
    );
    assert!(!e.to_string().contains("Matti"));
    assert_eq!(
        e.to_string(),
        "/item/0/item/1 (linkId `<redacted>`): unknown linkId"
    );
    // A question in the wrong section, at the top, or outside its group.
    assert_eq!(
        with(&|q| q["item"][1]["item"][0]["linkId"] = json!("yes")),
        invalid("/item/1/item/0", Some("yes"), Misplaced)
    );
    assert_eq!(
        with(&|q| q["item"][0]["linkId"] = json!("yes")),
        invalid("/item/0", Some("yes"), Misplaced)
    );
    assert_eq!(
        with(&|q| q["item"][0]["item"][0]["linkId"] = json!("people.name")),
        invalid("/item/0/item/0", Some("people.name"), Misplaced)
    );
    assert_eq!(
        with(&|q| q["item"][1]["item"][0]["item"][0]["linkId"] = json!("people.nick")),
        invalid("/item/1/item/0/item/0", Some("people.nick"), UnknownLinkId)
    );
    // Twice the same question; twice the same sub-question in a row.
    assert_eq!(
        with(&|q| {
            let again = q["item"][0]["item"][0].clone();
            q["item"][0]["item"].as_array_mut().unwrap().push(again);
        }),
        invalid("/item/0/item/9", Some("yes"), Duplicate)
    );
    assert_eq!(
        with(&|q| {
            let again = q["item"][1]["item"][0]["item"][0].clone();
            q["item"][1]["item"][0]["item"]
                .as_array_mut()
                .unwrap()
                .push(again);
        }),
        invalid("/item/1/item/0/item/2", Some("people.name"), Duplicate)
    );
    // A group both blank and with rows.
    assert_eq!(
        with(&|q| {
            let blank = json!({"linkId": "people", "extension": [{
                "url": format!("{BASE}/StructureDefinition/blank-answer"),
                "valueCode": "empty-list",
            }]});
            q["item"][1]["item"].as_array_mut().unwrap().push(blank);
        }),
        invalid("/item/1/item/1", Some("people"), Duplicate)
    );
    // A section inside a section.
    assert_eq!(
        with(&|q| q["item"][0]["item"][0]["linkId"] = json!("section-two")),
        invalid("/item/0/item/0", Some("section-two"), Misplaced)
    );
    // Answers of the wrong type or number.
    assert_eq!(
        with(&|q| q["item"][0]["item"][0]["answer"][0] = json!({"valueString": "SECRET"})),
        invalid(
            "/item/0/item/0/answer/0",
            Some("yes"),
            WrongValue {
                expected: "valueBoolean"
            }
        )
    );
    assert_eq!(
        with(&|q| q["item"][0]["item"][1]["answer"][0] = json!({"valueInteger": 5})),
        invalid(
            "/item/0/item/1/answer/0",
            Some("short"),
            WrongValue {
                expected: "valueString"
            }
        )
    );
    assert_eq!(
        with(&|q| q["item"][0]["item"][3]["answer"][0] = json!({"valueInteger": 2.5})),
        invalid(
            "/item/0/item/3/answer/0",
            Some("count"),
            WrongValue {
                expected: "valueInteger"
            }
        )
    );
    assert_eq!(
        with(&|q| q["item"][0]["item"][5]["answer"][0] = json!({"valueDate": "SECRET"})),
        invalid(
            "/item/0/item/5/answer/0",
            Some("day"),
            WrongValue {
                expected: "valueDate"
            }
        )
    );
    assert_eq!(
        with(&|q| {
            let again = q["item"][0]["item"][1]["answer"][0].clone();
            q["item"][0]["item"][1]["answer"]
                .as_array_mut()
                .unwrap()
                .push(again);
        }),
        invalid("/item/0/item/1/answer", Some("short"), AnswerCount)
    );
    assert_eq!(
        with(
            &|q| q["item"][0]["item"][6]["answer"][0]["valueCoding"]["system"] =
                json!("http://snomed.info/sct")
        ),
        invalid(
            "/item/0/item/6/answer/0/valueCoding/system",
            Some("pick"),
            WrongSystem
        )
    );
    assert_eq!(
        with(&|q| q["item"][0]["item"][8]["answer"][0]["valueCoding"]["code"] = json!("+1")),
        invalid(
            "/item/0/item/8/answer/0/valueCoding/code",
            Some("rate"),
            InvalidCode
        )
    );
    assert_eq!(
        with(&|q| q["item"][0]["item"][0]["modifierExtension"] = json!([{"url": "x"}])),
        invalid(
            "/item/0/item/0/modifierExtension",
            Some("yes"),
            Unsupported {
                what: "a modifier extension"
            }
        )
    );
    assert_eq!(
        with(&|q| q["item"][0]["item"][0]["answer"][0]["item"] = json!([{"linkId": "x"}])),
        invalid(
            "/item/0/item/0/answer/0/item",
            Some("yes"),
            Unsupported {
                what: "an item nested in an answer"
            }
        )
    );
    // The resource and its header.
    assert_eq!(
        with(&|q| q["resourceType"] = json!("Questionnaire")),
        invalid("/resourceType", None, NotQuestionnaireResponse)
    );
    assert_eq!(
        with(&|q| q["questionnaire"] = json!(format!("{BASE}/Questionnaire/fhir-test|2.0.0"))),
        invalid(
            "/questionnaire",
            None,
            WrongQuestionnaire {
                expected: "fhir-test|1.0.0".into()
            }
        )
    );
    assert_eq!(
        with(&|q| q["questionnaire"] = json!(format!("{BASE}/Questionnaire/other|1.0.0"))),
        invalid(
            "/questionnaire",
            None,
            WrongQuestionnaire {
                expected: "fhir-test|1.0.0".into()
            }
        )
    );
    assert_eq!(
        with(&|q| q["questionnaire"] = json!(format!("{BASE}/Questionnaire/fhir-test"))),
        invalid(
            "/questionnaire",
            None,
            Malformed {
                expected: "a canonical BASE/Questionnaire/ID|VERSION"
            }
        )
    );
    assert_eq!(
        with(&|q| q["status"] = json!("amended")),
        invalid("/status", None, UnsupportedStatus)
    );
    assert_eq!(
        with(&|q| q["item"] = json!({"linkId": "section-one"})),
        invalid(
            "/item",
            None,
            Malformed {
                expected: "an array"
            }
        )
    );
    assert_eq!(
        with(&|q| q["item"][0]["item"][2] = json!("SECRET")),
        invalid(
            "/item/0/item/2",
            None,
            Malformed {
                expected: "an item object"
            }
        )
    );
    assert_eq!(
        with(&|q| {
            q.as_object_mut().unwrap().remove("language");
        }),
        invalid("/language", None, MissingLanguage)
    );
    // Malformed input versus input that does not fit the form.
    assert!(with(&|q| q["resourceType"] = json!("Patient")).is_malformed());
    assert!(!with(&|q| q["item"][0]["item"][1]["linkId"] = json!("no_such")).is_malformed());
}

#[test]
fn import_reads_the_base_from_the_canonical_and_ignores_foreign_extensions() {
    // Items of section one, in form order: short (blank), count, pick.
    let r = response(json!({"pick": "a", "count": 2.0, "short": ""}));
    let mut q = questionnaire_response(&form(), DEFAULT_BASE, &r).unwrap();
    assert_eq!(import(&form(), &q).unwrap(), r);
    // The same QR under another base reads that base's code system and extensions.
    let text = q.to_string().replace(DEFAULT_BASE, BASE);
    assert_eq!(import_str(&form(), &text).unwrap(), r);
    // ... and a coding in the other base's system is then a wrong system.
    let mut other = parse(&text).unwrap();
    other["item"][0]["item"][2]["answer"][0]["valueCoding"]["system"] =
        json!(format!("{DEFAULT_BASE}/CodeSystem/fhir-test"));
    assert_eq!(
        import(&form(), &other).unwrap_err(),
        invalid(
            "/item/0/item/2/answer/0/valueCoding/system",
            Some("pick"),
            ImportProblem::WrongSystem
        )
    );
    // Foreign extensions, display texts and other elements are ignored; a coding without a
    // system is accepted.
    q["id"] = json!("qr-1");
    q["authored"] = json!("2026-11-23T10:00:00+02:00");
    q["extension"] = json!([{"url": "http://example.org/x", "valueString": "y"}]);
    q["item"][0]["text"] = json!("Osio");
    q["item"][0]["item"][1]["answer"][0]["extension"]
        .as_array_mut()
        .unwrap()
        .insert(
            0,
            json!({"url": "http://example.org/y", "valueBoolean": true}),
        );
    let coding = q["item"][0]["item"][2]["answer"][0]["valueCoding"]
        .as_object_mut()
        .unwrap();
    coding.remove("system");
    coding.insert("display".into(), json!("A"));
    assert_eq!(import(&form(), &q).unwrap(), r);
    // Question items in any order; a question item without answers is unanswered, and an
    // information block may be echoed without answers.
    q["item"][0]["item"].as_array_mut().unwrap().reverse();
    q["item"][0]["item"]
        .as_array_mut()
        .unwrap()
        .extend([json!({"linkId": "long"}), json!({"linkId": "intro"})]);
    assert_eq!(import(&form(), &q).unwrap(), r);
}

#[test]
fn malformed_json_names_the_position_only() {
    let e = import_str(
        &form(),
        "{\"resourceType\": \"QuestionnaireResponse\", \"x\": SECRET}",
    )
    .unwrap_err();
    assert!(e.is_malformed());
    assert!(matches!(e, FhirError::Json { line: 1, .. }), "{e:?}");
    assert!(!format!("{e} {e:?}").contains("SECRET"));
    assert!(import(&form(), &json!([1, 2])).unwrap_err().is_malformed());
}

fn embedded_forms() -> Vec<Form> {
    arvio_forms::builtin_files()
        .map(|(_, _, file, text)| parse_form(text, file).unwrap())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Responses drawn from every embedded form version's own answer domain come back equal.
    #[test]
    fn sampled_responses_round_trip(seed in any::<u64>(), submitted in any::<bool>(), lang in 0usize..3) {
        let status = if submitted { Status::Submitted } else { Status::Draft };
        for form in embedded_forms() {
            let r = sample_response(&form, ["fi", "sv", "en"][lang], status, today(), &mut xorshift(seed));
            let back = round_trip(&form, DEFAULT_BASE, &r);
            prop_assert!(back.as_ref() == Ok(&r), "{} {}: {:?}", form.id, form.version, back.err());
        }
    }

    /// An answer moved out of its domain is exported as it is when FHIR can carry it, and is
    /// otherwise a typed error naming its path; never a lossy export.
    #[test]
    fn mutated_responses_round_trip_or_name_the_answer(seed in any::<u64>(), pick in any::<u64>(), which in any::<prop::sample::Index>()) {
        for form in embedded_forms() {
            let mut r = sample_response(&form, "fi", Status::Draft, today(), &mut xorshift(seed));
            let paths = answered_paths(&form, &r);
            if paths.is_empty() { continue; }
            let path = which.get(&paths).clone();
            prop_assert!(mutate(&form, &mut r, &path, pick));
            match round_trip(&form, BASE, &r) {
                Ok(back) => prop_assert!(back == r, "{}: {path}", form.id),
                Err(FhirError::DoesNotFit { path: p, .. }) => prop_assert_eq!(p, path),
                Err(e) => prop_assert!(false, "{}: {path}: {e}", form.id),
            }
        }
    }
}
