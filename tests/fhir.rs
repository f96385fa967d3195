//! `arvio fhir` end to end: the questionnaire, response and import commands through files,
//! their exit codes (0 ok, 1 does not fit the form, 2 unreadable or malformed input) and
//! errors that name the place but never an answer.

use arvio_core::Response;
use serde_json::{Value, json};
use std::path::Path;

mod common;
use common::*;

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn read_response(p: &Path) -> Response {
    Response::from_json(&std::fs::read_to_string(p).unwrap()).unwrap()
}

/// Every text of a response's answers that could identify someone (four characters or more).
fn answer_texts(r: &Response) -> Vec<String> {
    fn walk(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::String(s) if s.chars().count() >= 4 => out.push(s.clone()),
            Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
            Value::Object(o) => o.values().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for v in r.answers.values() {
        walk(&v.0, &mut out);
    }
    out
}

fn assert_no_answer_text(stderr: &str, r: &Response) {
    for t in answer_texts(r) {
        // Dates and option codes are not personal in themselves; free text is.
        if t.contains(' ') {
            assert!(!stderr.contains(&t), "stderr shows an answer: {stderr}");
        }
    }
}

const FORMS: [&str; 3] = [
    "family-self-assessment",
    "caregiver-support",
    "service-need",
];

#[test]
fn an_example_of_each_form_round_trips_through_files() {
    let dir = tmp_dir("fhir", "roundtrip");
    for form in FORMS {
        let example = root().join(format!("examples/responses/{form}-fi.json"));
        let qr = dir.join(format!("{form}.qr.json"));
        let back = dir.join(format!("{form}.back.json"));
        let o = arvio(&["fhir", "response", form, s(&example), "-o", s(&qr)]);
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        assert_eq!(stdout(&o), "");
        let exported: Value = serde_json::from_str(&std::fs::read_to_string(&qr).unwrap()).unwrap();
        assert_eq!(exported["resourceType"], "QuestionnaireResponse");
        assert_eq!(exported["status"], "completed");
        let o = arvio(&["fhir", "import", form, s(&qr), "-o", s(&back)]);
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        assert_eq!(stderr(&o), "");
        assert!(read_response(&back) == read_response(&example), "{form}");
    }
}

#[test]
fn import_picks_the_version_the_canonical_names() {
    let dir = tmp_dir("fhir", "archived");
    let example = root().join("examples/responses/1.0.0/family-self-assessment-fi.json");
    // Standard output, and a custom base.
    let o = arvio(&[
        "fhir",
        "response",
        "family-self-assessment",
        s(&example),
        "--base",
        "https://fhir.example.fi/r4",
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let qr: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(
        qr["questionnaire"],
        "https://fhir.example.fi/r4/Questionnaire/family-self-assessment|1.0.0"
    );
    let path = dir.join("qr.json");
    std::fs::write(&path, stdout(&o)).unwrap();
    let o = arvio(&["fhir", "import", "family-self-assessment", s(&path)]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(Response::from_json(&stdout(&o)).unwrap() == read_response(&example));
    // Naming another version explicitly does not fit: exit 1.
    let o = arvio(&["fhir", "import", "family-self-assessment@1.1.0", s(&path)]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert_eq!(
        stderr(&o),
        format!(
            "arvio: {}: /questionnaire: the response is not to Questionnaire \
             family-self-assessment|1.1.0\n",
            path.display()
        )
    );
}

#[test]
fn an_unknown_link_id_exits_1_and_names_it() {
    let dir = tmp_dir("fhir", "unknown");
    let example = root().join("examples/responses/family-self-assessment-fi.json");
    let o = arvio(&["fhir", "response", "family-self-assessment", s(&example)]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let mut qr: Value = serde_json::from_str(&stdout(&o)).unwrap();
    qr["item"][1]["item"][0]["linkId"] = json!("no_such_question");
    let path = dir.join("qr.json");
    std::fs::write(&path, qr.to_string()).unwrap();
    let o = arvio(&["fhir", "import", "family-self-assessment", s(&path)]);
    assert_eq!(code(&o), 1);
    assert_eq!(stdout(&o), "");
    assert_eq!(
        stderr(&o),
        format!(
            "arvio: {}: /item/1/item/0 (linkId `no_such_question`): unknown linkId\n",
            path.display()
        )
    );
    assert_no_answer_text(&stderr(&o), &read_response(&example));
}

#[test]
fn an_answer_of_the_wrong_type_exits_1_without_its_text() {
    let dir = tmp_dir("fhir", "wrongtype");
    let example = root().join("examples/responses/family-self-assessment-fi.json");
    let o = arvio(&["fhir", "response", "family-self-assessment", s(&example)]);
    let mut qr: Value = serde_json::from_str(&stdout(&o)).unwrap();
    // The first question of the first section is a date: answer it with free text.
    assert_eq!(qr["item"][0]["item"][0]["linkId"], "filled_on");
    qr["item"][0]["item"][0]["answer"][0] = json!({"valueString": "Matti Meikäläinen 040 123"});
    let path = dir.join("qr.json");
    std::fs::write(&path, qr.to_string()).unwrap();
    let o = arvio(&["fhir", "import", "family-self-assessment", s(&path)]);
    assert_eq!(code(&o), 1);
    assert_eq!(
        stderr(&o),
        format!(
            "arvio: {}: /item/0/item/0/answer/0 (linkId `filled_on`): the answer should be \
             valueDate\n",
            path.display()
        )
    );

    // Exporting a response whose answer does not fit its item: exit 1, the path named.
    let mut r = read_response(&example);
    r.answers.insert(
        "has_partner".into(),
        json!("Matti Meikäläinen 040 123").into(),
    );
    let path = dir.join("response.json");
    std::fs::write(&path, r.to_json()).unwrap();
    let o = arvio(&["fhir", "response", "family-self-assessment", s(&path)]);
    assert_eq!(code(&o), 1);
    assert_eq!(stdout(&o), "");
    assert_eq!(
        stderr(&o),
        format!(
            "arvio: {}: has_partner: the answer is not true or false\n",
            path.display()
        )
    );
    assert_no_answer_text(&stderr(&o), &r);
}

#[test]
fn malformed_input_exits_2_without_its_text() {
    let dir = tmp_dir("fhir", "malformed");
    let path = dir.join("qr.json");
    std::fs::write(
        &path,
        "{\"resourceType\": \"QuestionnaireResponse\",\n \"item\": [{\"linkId\": \"x\", \
         \"answer\": [{\"valueString\": \"Matti Meikäläinen 040 123\"}]}], oops}",
    )
    .unwrap();
    let o = arvio(&["fhir", "import", "family-self-assessment", s(&path)]);
    assert_eq!(code(&o), 2);
    assert_eq!(stdout(&o), "");
    assert_eq!(
        stderr(&o),
        format!(
            "arvio: {}: line 2, column 89: malformed JSON\n",
            path.display()
        )
    );
    assert!(!stderr(&o).contains("Matti"));

    // JSON that is not a QuestionnaireResponse.
    std::fs::write(
        &path,
        r#"{"resourceType": "Patient", "name": [{"text": "Matti"}]}"#,
    )
    .unwrap();
    let o = arvio(&["fhir", "import", "family-self-assessment", s(&path)]);
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr(&o),
        format!(
            "arvio: {}: /resourceType: not a FHIR QuestionnaireResponse\n",
            path.display()
        )
    );

    // A missing file, and a response that is not JSON.
    let o = arvio(&[
        "fhir",
        "import",
        "family-self-assessment",
        "no/such/qr.json",
    ]);
    assert_eq!(code(&o), 2);
    let o = arvio(&["fhir", "response", "family-self-assessment", s(&path)]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(!stderr(&o).contains("Matti"));
}

#[test]
fn questionnaire_is_written_for_each_form() {
    let dir = tmp_dir("fhir", "questionnaire");
    for form in FORMS {
        let out = dir.join(format!("{form}.json"));
        let o = arvio(&["fhir", "questionnaire", form, "--lang", "sv", "-o", s(&out)]);
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        let q: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
        assert_eq!(q["resourceType"], "Questionnaire");
        assert_eq!(q["language"], "sv");
    }
    let o = arvio(&["fhir", "questionnaire", "no-such-form"]);
    assert_eq!(code(&o), 2);
}

/// A custom form's Questionnaire takes its texts from `--locales`: the form's own language and,
/// as translations, the other languages whose texts are complete (the example has fi and en).
#[test]
fn questionnaire_of_a_custom_form_uses_its_own_texts() {
    let o = arvio(&[
        "fhir",
        "questionnaire",
        "examples/custom/evening-check.toml",
        "--locales",
        "examples/custom/locales",
        "--lang",
        "en",
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let q: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(q["language"], "en");
    let langs: Vec<&str> = q["_title"]["extension"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["extension"][0]["valueCode"].as_str().unwrap())
        .collect();
    assert_eq!(langs, ["fi"], "no Swedish texts, so no Swedish translation");
    assert!(!o.stdout.windows(14).any(|w| w == b"(text missing)"));
    // Without the texts: refused, the missing ids listed.
    let o = arvio(&[
        "fhir",
        "questionnaire",
        "examples/custom/evening-check.toml",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
    assert!(
        String::from_utf8_lossy(&o.stderr)
            .contains("message `ec-title` of form `evening-check` is missing in fi")
    );
}
