//! The Questionnaire export: exact outcomes on the built-in forms, then an independent check
//! (`tests/fhir_check.py`: the `fhir.resources` R4B models and the `fhirpathpy` engine) that
//! every Questionnaire parses and that its enableWhen / FHIRPath conditions, score expressions
//! and constraints agree with arvio's own evaluation on drawn responses.

use arvio_core::model::{Form, QuestionKind};
use arvio_core::render::Texts;
use arvio_core::sample::{sample_response, xorshift};
use arvio_core::validate::condition_holds;
use arvio_core::{Answer, Status, parse_form, score, validate};
use arvio_fhir::{DEFAULT_BASE, code_system, questionnaire, questionnaire_response};
use arvio_i18n::Localizer;
use serde_json::{Map, Value, json};
use std::path::{Path, PathBuf};
use std::process::Command;

const ENABLE_WHEN_EXPRESSION: &str =
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression";
const TRANSLATION: &str = "http://hl7.org/fhir/StructureDefinition/translation";

/// A form made to reach every kind of condition the built-in forms do not use in `applies_if`:
/// `any_row`, `not`, a scale compared numerically and tested for "na", multiple choice
/// "contains", a row's sibling (and a sibling that shadows a top-level id), `one_of` inside
/// `all`, number comparisons with a decimal bound, `answered = false`, `required_if` at top
/// level and in a row, and sum / mean / count scores with reversed items and conditions.
const PROBE: &str = r#"
id = "fhir-probe"
version = "1.0.0"
title = "probe-title"

[[sections]]
id = "a"
title = "probe-a"

[[sections.questions]]
id = "mood"
kind = "scale"
label = "probe-mood"
min = -2
max = 2
min_label = "probe-low"
max_label = "probe-high"
not_applicable = "probe-na"

[[sections.questions]]
id = "topics"
kind = "multiple_choice"
label = "probe-topics"
options = [
  { code = "x", label = "probe-x" },
  { code = "y", label = "probe-y" },
  { code = "z", label = "probe-z" },
]

[[sections.questions]]
id = "kids"
kind = "number"
label = "probe-kids"
integer = true
min = 0
max = 6

[[sections.questions]]
id = "hours"
kind = "number"
label = "probe-hours"
min = 0
max = 24

[[sections.questions]]
id = "ok"
kind = "yes_no"
label = "probe-ok"

[[sections.questions]]
id = "kind"
kind = "single_choice"
label = "probe-kind"
options = [
  { code = "p", label = "probe-p", points = 0 },
  { code = "q", label = "probe-q", points = 1 },
  { code = "r", label = "probe-r", points = 3 },
]

[[sections.questions]]
id = "people"
kind = "group"
label = "probe-people"
min_rows = 0
max_rows = 4

[[sections.questions.questions]]
id = "role"
kind = "single_choice"
label = "probe-role"
options = [{ code = "a", label = "probe-ra" }, { code = "b", label = "probe-rb" }]

[[sections.questions.questions]]
id = "kind"
kind = "single_choice"
label = "probe-kind"
applies_if = { question = "role", equals = "a" }
options = [{ code = "p", label = "probe-p" }, { code = "q", label = "probe-q" }]

[[sections.questions.questions]]
id = "note"
kind = "short_text"
label = "probe-note"
max_length = 50
applies_if = { question = "kind", equals = "p" }
required_if = { question = "ok", equals = true }

[[sections.questions.questions]]
id = "level"
kind = "scale"
label = "probe-level"
min = 1
max = 3
min_label = "probe-low"
max_label = "probe-high"
applies_if = { all = [{ question = "mood", gte = 0 }, { question = "role", one_of = ["a", "b"] }] }

[[sections.questions.questions]]
id = "seen"
kind = "yes_no"
label = "probe-seen"
applies_if = { question = "hours", gt = 3.5 }

[[sections]]
id = "b"
title = "probe-b"
applies_if = { any = [{ question = "kind", one_of = ["p", "q"] }, { question = "ok", equals = true }] }

[[sections.questions]]
id = "why"
kind = "long_text"
label = "probe-why"
max_length = 100
applies_if = { not = { question = "topics", equals = "x" } }

[[sections.questions]]
id = "how"
kind = "short_text"
label = "probe-how"
max_length = 20
applies_if = { any_row = "people", where = { all = [
  { question = "role", equals = "a" },
  { not = { question = "note", answered = true } },
] } }

[[sections.questions]]
id = "many"
kind = "yes_no"
label = "probe-many"
applies_if = { all = [{ question = "kids", gt = 2 }, { question = "hours", lte = 12.5 }] }

[[sections.questions]]
id = "na_info"
kind = "info"
label = "probe-info"
applies_if = { question = "mood", equals = "na" }

[[sections.questions]]
id = "neutral"
kind = "yes_no"
label = "probe-neutral"
applies_if = { any = [{ question = "mood", equals = 0 }, { question = "mood", lt = -1 }] }
required_if = { question = "kids", answered = false }

[[sections.questions]]
id = "when"
kind = "date"
label = "probe-when"
applies_if = { question = "why", answered = false }
min = "2020-01-01"
max = "today"

[[sections.questions]]
id = "alone"
kind = "yes_no"
label = "probe-alone"
applies_if = { any_row = "people", where = { question = "note", answered = false } }

[[sections.questions]]
id = "nobody"
kind = "yes_no"
label = "probe-nobody"
applies_if = { question = "people", answered = false }

[[scores]]
id = "total"
label = "probe-total"
method = "sum"
items = ["mood", "ok", "kind", "neutral"]
reverse = ["ok"]
max_missing = 2
bands = [{ code = "all", label = "probe-band", from = -2.0, to = 7.0 }]

[[scores]]
id = "average"
label = "probe-average"
method = "mean"
items = ["mood", "neutral"]
max_missing = 1
bands = [{ code = "all", label = "probe-band", from = -2.0, to = 2.0 }]

[[scores]]
id = "high"
label = "probe-high"
method = "count"
count_if = { gte = 1 }
items = ["mood", "kids"]
max_missing = 0
bands = [{ code = "all", label = "probe-band", from = 0.0, to = 2.0 }]
"#;

fn out_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fhir-questionnaire");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn localizers() -> (Localizer, Localizer, Localizer) {
    (
        Localizer::new(&["fi"]),
        Localizer::new(&["sv"]),
        Localizer::new(&["en"]),
    )
}

fn find<'a>(q: &'a Value, link_id: &str) -> &'a Value {
    fn walk<'a>(items: &'a Value, link_id: &str) -> Option<&'a Value> {
        for it in items.as_array()? {
            if it["linkId"] == link_id {
                return Some(it);
            }
            if let Some(found) = walk(&it["item"], link_id) {
                return Some(found);
            }
        }
        None
    }
    walk(&q["item"], link_id).unwrap_or_else(|| panic!("no item {link_id}"))
}

fn translations(element: &Value) -> Vec<String> {
    element["extension"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|e| e["url"] == TRANSLATION)
        .map(|e| {
            let parts = e["extension"].as_array().unwrap();
            let lang = parts.iter().find(|p| p["url"] == "lang").unwrap();
            let content = parts.iter().find(|p| p["url"] == "content").unwrap();
            assert!(!content["valueString"].as_str().unwrap().is_empty());
            lang["valueCode"].as_str().unwrap().to_string()
        })
        .collect()
}

fn expression(item: &Value) -> Option<&str> {
    item["extension"]
        .as_array()?
        .iter()
        .find(|e| e["url"] == ENABLE_WHEN_EXPRESSION)
        .and_then(|e| e["valueExpression"]["expression"].as_str())
}

#[test]
fn service_need_maps_exactly() {
    let form = arvio_forms::builtin("service-need").unwrap();
    let (fi, sv, en) = localizers();
    let q = questionnaire(&form, DEFAULT_BASE, &fi, &[&sv, &en]);
    let system = code_system(DEFAULT_BASE, &form);

    assert_eq!(q["resourceType"], "Questionnaire");
    assert_eq!(q["id"], format!("service-need-{}", form.version));
    assert_eq!(
        q["url"],
        "https://arvio.invalid/fhir/Questionnaire/service-need"
    );
    assert_eq!(q["version"], form.version.to_string());
    assert_eq!(q["name"], "ServiceNeed");
    assert_eq!(q["status"], "active");
    assert_eq!(q["language"], "fi");
    assert_eq!(q["title"], fi.message(&form.title));
    assert_eq!(translations(&q["_title"]), ["sv", "en"]);

    let process = find(&q, "section-process");
    assert_eq!(process["type"], "group");
    assert_eq!(translations(&process["_text"]), ["sv", "en"]);

    let channel = find(&q, "intake_channel");
    assert_eq!(channel["type"], "choice");
    assert_eq!(channel["required"], true);
    let first = &channel["answerOption"][0]["valueCoding"];
    assert_eq!(first["system"], system.as_str());
    assert_eq!(first["code"], "application");
    assert_eq!(translations(&first["_display"]), ["sv", "en"]);

    // A simple condition is a plain enableWhen.
    let other = find(&q, "intake_other");
    assert_eq!(other["type"], "string");
    assert_eq!(other["maxLength"], 200);
    assert_eq!(
        other["enableWhen"],
        json!([{"question": "intake_channel", "operator": "=",
                "answerCoding": {"system": system, "code": "other"}}])
    );
    assert!(other.get("enableBehavior").is_none());
    assert!(expression(other).is_none());

    // Multiple choice repeats.
    let raised = find(&q, "concern_raised_by");
    assert_eq!(raised["type"], "choice");
    assert_eq!(raised["repeats"], true);

    // A date "not in the future" bound is a cqf-expression.
    let initiated = find(&q, "initiated_on");
    assert_eq!(initiated["type"], "date");
    assert!(
        q["extension"]
            .to_string()
            .contains("max-today-initiated-on")
    );

    // A `not` condition is an expression (in a section or question).
    let not_needed = form
        .questions()
        .find(|(_, q)| matches!(&q.applies_if, Some(arvio_core::model::Condition::Not(_))))
        .map(|(_, q)| q.id.clone())
        .or_else(|| {
            form.sections
                .iter()
                .find(|s| matches!(&s.applies_if, Some(arvio_core::model::Condition::Not(_))))
                .map(|s| format!("section-{}", s.id))
        })
        .expect("service-need has a `not` condition");
    let item = find(&q, &not_needed);
    let (section, _) = form.question_in_section("start_resolution").unwrap();
    assert_eq!(
        expression(item).unwrap(),
        format!(
            "(%resource.item.where(linkId='section-{}').item.where(linkId='start_resolution')\
             .answer.value.where(code = 'not_needed').exists()).not()",
            section.id
        )
    );
    assert!(item.get("enableWhen").is_none());

    // Repeating group with rows, sub-items `{group}.{sub}`.
    let opinions = find(&q, "guardian_opinions");
    assert_eq!(opinions["type"], "group");
    assert_eq!(opinions["repeats"], true);
    assert!(
        opinions["extension"]
            .to_string()
            .contains("questionnaire-maxOccurs")
    );
    let opinion = find(&q, "guardian_opinions.opinion");
    assert_eq!(opinion["type"], "text");
    assert_eq!(opinion["maxLength"], 4000);
    assert_eq!(
        expression(opinion),
        Some(
            "%context.item.where(linkId='guardian_opinions.given').answer.value.where($this = true).exists()"
        )
    );

    // A scale: codes are the points, with their ordinal values.
    let (_, scale) = form
        .questions()
        .find(|(_, q)| matches!(q.kind, QuestionKind::Scale { .. }))
        .unwrap();
    let QuestionKind::Scale { min, max, .. } = scale.kind else {
        unreachable!()
    };
    let item = find(&q, &scale.id);
    assert_eq!(item["type"], "choice");
    let options = item["answerOption"].as_array().unwrap();
    for (opt, p) in options.iter().zip(min..=max) {
        let c = &opt["valueCoding"];
        assert_eq!(c["code"], p.to_string());
        assert_eq!(
            c["extension"][0]["url"],
            "http://hl7.org/fhir/StructureDefinition/ordinalValue"
        );
        assert_eq!(c["extension"][0]["valueDecimal"], json!(p as f64));
    }

    // Scores.
    let scores = find(&q, "section-scores");
    assert_eq!(scores["type"], "group");
    let concern = find(&q, "score-concern_count");
    assert_eq!(concern["type"], "decimal");
    assert_eq!(concern["readOnly"], true);
    assert!(
        concern["extension"]
            .to_string()
            .contains("sdc-questionnaire-calculatedExpression")
    );
}

#[test]
fn probe_form_conditions_map_as_documented() {
    let form = parse_form(PROBE, "fhir-probe.toml").unwrap();
    let (fi, sv, en) = localizers();
    let q = questionnaire(&form, DEFAULT_BASE, &fi, &[&sv, &en]);
    let system = code_system(DEFAULT_BASE, &form);
    // `any` of a `one_of` and a test: several enableWhen, behaviour any.
    let b = find(&q, "section-b");
    assert_eq!(b["enableBehavior"], "any");
    assert_eq!(b["enableWhen"].as_array().unwrap().len(), 3);
    // `all` of two comparisons: enableWhen, behaviour all, integer and decimal answers.
    let many = find(&q, "many");
    assert_eq!(
        many["enableWhen"],
        json!([
            {"question": "kids", "operator": ">", "answerInteger": 2},
            {"question": "hours", "operator": "<=", "answerDecimal": 12.5},
        ])
    );
    assert_eq!(many["enableBehavior"], "all");
    // A scale "na" and a top-level question read from a row are plain enableWhen.
    assert_eq!(
        find(&q, "na_info")["enableWhen"],
        json!([{"question": "mood", "operator": "=", "answerCoding": {"system": system, "code": "na"}}])
    );
    assert_eq!(
        find(&q, "people.seen")["enableWhen"],
        json!([{"question": "hours", "operator": ">", "answerDecimal": 3.5}])
    );
    // Multiple choice "contains", any_row, scale comparisons, `answered = false`: expressions.
    assert!(
        expression(find(&q, "why"))
            .unwrap()
            .contains(".where(code = 'x').exists()).not()")
    );
    let how = expression(find(&q, "how")).unwrap();
    assert!(
        how.starts_with(
            "%resource.item.where(linkId='section-a').item.where(linkId='people').where("
        ),
        "{how}"
    );
    assert!(
        expression(find(&q, "neutral"))
            .unwrap()
            .contains("code.toInteger() < -1")
    );
    assert_eq!(
        find(&q, "when")["enableWhen"],
        json!([{"question": "why", "operator": "exists", "answerBoolean": false}])
    );
    // A sibling that shadows a top-level id falls back to it when the row leaves it
    // unanswered, as in arvio.
    let note = expression(find(&q, "people.note")).unwrap();
    assert!(
        note.contains("%context.item.where(linkId='people.kind')"),
        "{note}"
    );
    assert!(
        note.contains("%resource.item.where(linkId='section-a').item.where(linkId='kind')"),
        "{note}"
    );
    // required_if: not `required`, a constraint instead.
    assert!(find(&q, "neutral").get("required").is_none());
    let constraints = q["extension"].to_string();
    assert!(constraints.contains("required-if-neutral"));
    assert!(constraints.contains("required-if-people-note"));
}

/// arvio's own decisions for one valid response: whether each section, top-level question
/// and row sub-question applies (keys as `fhir_check.py` expects), and each score's value.
fn arvio_outcome(
    form: &Form,
    answers: &arvio_core::Answers,
) -> (Map<String, Value>, Map<String, Value>) {
    let mut applies = Map::new();
    for s in &form.sections {
        let section = s
            .applies_if
            .as_ref()
            .map_or(Some(true), |c| condition_holds(c, answers, None))
            .expect("no invalid answers");
        applies.insert(format!("section-{}", s.id), json!(section));
        for q in &s.questions {
            let own = q
                .applies_if
                .as_ref()
                .map_or(Some(true), |c| condition_holds(c, answers, None))
                .expect("no invalid answers");
            let applies_q = section && own;
            applies.insert(q.id.clone(), json!(applies_q));
            if let (QuestionKind::Group { questions, .. }, Some(Answer::Group(rows))) =
                (&q.kind, answers.get(&q.id))
            {
                for (i, row) in rows.iter().enumerate() {
                    for sub in questions {
                        let own = sub
                            .applies_if
                            .as_ref()
                            .map_or(Some(true), |c| condition_holds(c, answers, Some(row)))
                            .expect("no invalid answers");
                        applies.insert(format!("{}.{}@{i}", q.id, sub.id), json!(applies_q && own));
                    }
                }
            }
        }
    }
    let mut scores = Map::new();
    for r in score(form, answers).scores {
        scores.insert(format!("score-{}", r.id), json!(r.value));
    }
    (applies, scores)
}

fn write(dir: &Path, name: &str, v: &Value) {
    std::fs::write(dir.join(name), serde_json::to_string_pretty(v).unwrap()).unwrap();
}

#[test]
fn fhir_check_agrees_with_arvio() {
    let dir = out_dir();
    let (fi, sv, en) = localizers();
    let today = arvio_core::chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();

    // Every embedded form version, as a Questionnaire.
    let mut count = 0;
    for (id, version, file, text) in arvio_forms::builtin_files() {
        let form = parse_form(text, file).unwrap();
        let q = questionnaire(&form, DEFAULT_BASE, &fi, &[&sv, &en]);
        write(&dir, &format!("{id}@{version}.json"), &q);
        count += 1;
    }
    assert!(count >= 3);

    // Cases: drawn responses of each newest form and of the probe form, with arvio's answers.
    let mut forms: Vec<Form> = arvio_forms::builtin_ids()
        .map(|id| arvio_forms::builtin(id).unwrap())
        .collect();
    forms.push(parse_form(PROBE, "fhir-probe.toml").unwrap());
    for form in &forms {
        let q = questionnaire(&form.clone(), DEFAULT_BASE, &fi, &[&sv, &en]);
        let n = if form.id == "fhir-probe" { 60 } else { 20 };
        let mut next = xorshift(0x5eed ^ form.id.len() as u64);
        let mut responses = Vec::new();
        for _ in 0..n {
            let response = sample_response(form, "fi", Status::Submitted, today, &mut next);
            let checked = validate(form, &response, today);
            assert!(checked.is_valid(), "{}: {:?}", form.id, checked.errors);
            let (applies, scores) = arvio_outcome(form, &checked.answers);
            let qr = questionnaire_response(form, DEFAULT_BASE, &response)
                .unwrap_or_else(|e| panic!("{}: {e}", form.id));
            responses
                .push(json!({"qr": qr, "applies": applies, "scores": scores, "complete": true}));
        }
        write(
            &dir,
            &format!("cases-{}.json", form.id),
            &json!({"questionnaire": q, "responses": responses}),
        );
    }

    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fhir_check.py");
    let out = Command::new("python3")
        .arg(&script)
        .arg(&dir)
        .output()
        .expect("python3 runs (scripts/test-all installs tests/requirements.txt)");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    println!("{stdout}");
    assert!(
        out.status.success(),
        "fhir_check.py failed ({}):\n{stderr}\n{stdout}\n(files in {})",
        out.status,
        dir.display()
    );
    assert!(stdout.contains("fhir_check: ok"), "{stdout}");
}
