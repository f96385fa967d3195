//! The caregiver-support interview (lasten omaishoidon tuen haastattelu): the built-in form,
//! its examples with their exact scores and bands, the Omaishoitolaki 3 § override, the
//! conditional questions, the locales, and findings for broken variants of the form file.
//! What the law and the seed ask of version 2.0.0 is tested in `law_caregiver_support.rs`.

mod common;
use common::{edited, err, today};

use arvio_core::chrono::NaiveDate;
use arvio_core::model::{Audience, QuestionKind, Required, ScoreMethod};
use arvio_core::score::BandResult;
use arvio_core::validate::Answer;
use arvio_core::{
    Completeness, ErrorKind, FindingKind, Form, Response, ScoreReport, Status, Validation,
    parse_form, score, validate,
};
use arvio_forms::builtin::{builtin_source, builtin_version, builtin_versions, try_builtin};
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};

const ID: &str = "caregiver-support";
const FILE: &str = "forms/caregiver-support.toml";
const FI: &str = include_str!("../../../examples/responses/caregiver-support-fi.json");
const SV: &str = include_str!("../../../examples/responses/caregiver-support-sv.json");
const EN: &str = include_str!("../../../examples/responses/caregiver-support-en.json");
const LOCALES: [(&str, &str); 3] = [
    (
        "fi",
        include_str!("../../../locales/fi/caregiver-support.ftl"),
    ),
    (
        "sv",
        include_str!("../../../locales/sv/caregiver-support.ftl"),
    ),
    (
        "en",
        include_str!("../../../locales/en/caregiver-support.ftl"),
    ),
];

/// The top-level condition questions of Omaishoitolaki 3 §, in form order. The two conditions
/// about the carer are judged per applying carer in the rows of the group `carer_conditions`
/// (right after `cond_care_at_home`), which the override reads directly.
const CONDITIONS: [&str; 4] = [
    "cond_care_at_home",
    "cond_care_sufficient",
    "cond_home_suitable",
    "cond_child_interest",
];

fn form() -> Form {
    try_builtin(ID)
        .expect("caregiver-support is built in")
        .unwrap_or_else(|e| panic!("{e}"))
}

fn source() -> &'static str {
    builtin_source(ID).unwrap().1
}

fn check(response: &Response) -> Validation {
    validate(&form(), response, today())
}

/// Validates (expecting no errors) and scores.
fn scored(response: &Response) -> ScoreReport {
    let checked = check(response);
    assert_eq!(checked.errors, vec![]);
    score(&form(), &checked.answers)
}

fn band(code: &str, label: &str, overridden: bool) -> Option<BandResult> {
    Some(BandResult {
        code: code.into(),
        label: label.into(),
        overridden,
    })
}

/// `(value, band)` of every score, by id.
fn outcome(report: &ScoreReport) -> BTreeMap<&str, (Option<f64>, Option<BandResult>)> {
    report
        .scores
        .iter()
        .map(|s| (s.id.as_str(), (s.value, s.band.clone())))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The form

#[test]
fn the_form_parses_with_ten_sections_and_four_scores() {
    let f = form();
    assert_eq!((f.id.as_str(), f.version.to_string()), (ID, "2.0.0".into()));
    let sections: Vec<&str> = f.sections.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        sections,
        [
            "basic",
            "care_need",
            "binding",
            "carer",
            "home",
            "services",
            "child",
            "family_view",
            "plan",
            "summary"
        ]
    );
    assert!(f.message_ids().iter().all(|id| id.starts_with("cs-")));

    let scores: Vec<(&str, (f64, f64))> = f
        .scores
        .iter()
        .map(|s| (s.id.as_str(), s.range(&f)))
        .collect();
    assert_eq!(
        scores,
        [
            ("demand", (0.0, 30.0)),
            ("binding", (0.0, 15.0)),
            ("guidance", (0.0, 45.0)),
            ("leave_days", (0.0, 1.0))
        ]
    );
    for s in &f.scores {
        assert_eq!(s.method, ScoreMethod::Sum, "{}", s.id);
        assert_eq!(s.max_missing, 0, "{}", s.id);
    }
    // guidance = demand + binding, item for item.
    let demand = f.score("demand").unwrap();
    let binding = f.score("binding").unwrap();
    let guidance = f.score("guidance").unwrap();
    assert_eq!(
        guidance.items,
        [&demand.items[..], &binding.items[..]].concat()
    );
    assert_eq!(demand.overrides.len(), 0);
    assert_eq!(binding.overrides.len(), 0);
    assert_eq!(guidance.overrides.len(), 1);
    assert_eq!(guidance.overrides[0].band, "no_grounds");
    assert_eq!(guidance.overrides[0].label, "cs-band-no-grounds");
    // The days off of Omaishoitolaki 4 §: round the clock or not, and this county's check.
    let leave = f.score("leave_days").unwrap();
    assert_eq!(leave.items, ["round_the_clock"]);
    assert_eq!(leave.overrides.len(), 1);
    assert_eq!(leave.overrides[0].band, "check_county_criteria");
    assert_eq!(
        leave.overrides[0].label,
        "cs-band-leave-check-county-criteria"
    );
}

#[test]
fn care_need_areas_are_ten_scales_from_0_to_3_with_four_point_labels() {
    let f = form();
    let demand = f.score("demand").unwrap();
    assert_eq!(demand.items.len(), 10);
    for id in &demand.items {
        let q = f.question(id).unwrap();
        assert_eq!(q.required, Required::Yes, "{id}");
        match &q.kind {
            QuestionKind::Scale {
                min,
                max,
                point_labels,
                not_applicable,
                ..
            } => {
                assert_eq!((*min, *max), (0, 3), "{id}");
                assert_eq!(
                    point_labels,
                    &["cs-need-0", "cs-need-1", "cs-need-2", "cs-need-3"],
                    "{id}"
                );
                assert_eq!(not_applicable, &None, "{id}");
            }
            other => panic!("{id} is {}", other.name()),
        }
        // Each area has an optional example right after it.
        let example = f.question(&format!("{id}_example")).unwrap();
        assert_eq!(example.required, Required::No, "{id}");
        assert!(matches!(
            example.kind,
            QuestionKind::ShortText { max_length: 500 }
        ));
    }
}

#[test]
fn binding_points_add_up_to_exactly_0_15() {
    let f = form();
    let points = |id: &str| -> Vec<f64> {
        f.question(id)
            .unwrap()
            .options()
            .iter()
            .map(|o| o.points.unwrap())
            .collect()
    };
    assert_eq!(points("night_care"), [0.0, 1.0, 2.0, 3.0]);
    assert_eq!(points("left_alone"), [0.0, 1.0, 2.0, 3.0]);
    assert_eq!(points("care_hours"), [0.0, 1.0, 2.0, 3.0, 4.0]);
    assert_eq!(points("work_effect"), [0.0, 1.0, 2.0, 3.0, 4.0]);
    let rtc = f.question("round_the_clock").unwrap();
    assert!(matches!(rtc.kind, QuestionKind::YesNo));
    assert_eq!(rtc.points_range(), Some((0.0, 1.0)));
}

#[test]
fn the_conditions_are_required_worker_yes_no_questions() {
    let f = form();
    let summary = f.sections.iter().find(|s| s.id == "summary").unwrap();
    let conds: Vec<&str> = summary
        .questions
        .iter()
        .filter(|q| q.id.starts_with("cond_"))
        .map(|q| q.id.as_str())
        .collect();
    assert_eq!(conds, CONDITIONS);
    for id in CONDITIONS {
        let q = f.question(id).unwrap();
        assert!(matches!(q.kind, QuestionKind::YesNo), "{id}");
        assert_eq!(q.required, Required::Yes, "{id}");
        assert_eq!(q.audience, Audience::Worker, "{id}");
    }
    // The carer conditions: a required group with a row per applying carer, between the
    // child's care need and the sufficiency of the care, with no summary question of its own.
    let ids: Vec<&str> = summary.questions.iter().map(|q| q.id.as_str()).collect();
    let at = ids.iter().position(|id| *id == "carer_conditions").unwrap();
    assert_eq!(
        ids[at - 1..at + 2],
        [
            "cond_care_at_home",
            "carer_conditions",
            "cond_care_sufficient"
        ]
    );
    assert!(f.question("cond_carers_met").is_none());
    let group = f.question("carer_conditions").unwrap();
    assert_eq!(group.required, Required::Yes);
    assert_eq!(group.audience, Audience::Worker);
    match &group.kind {
        QuestionKind::Group {
            questions,
            min_rows,
            max_rows,
        } => {
            let sub: Vec<&str> = questions.iter().map(|q| q.id.as_str()).collect();
            assert_eq!(sub, ["carer", "carer_name", "willing", "able"]);
            assert_eq!((*min_rows, *max_rows), (1, 4));
            for q in questions {
                assert_eq!(q.audience, Audience::Worker, "{}", q.id);
            }
        }
        other => panic!("carer_conditions is {}", other.name()),
    }
    // Every question of the summary is the worker's.
    assert!(
        summary
            .questions
            .iter()
            .all(|q| q.audience == Audience::Worker)
    );
    let codes: Vec<&str> = f
        .question("proposed_class")
        .unwrap()
        .options()
        .iter()
        .map(|o| o.code.as_str())
        .collect();
    assert_eq!(codes, ["no_support", "class_1", "class_2", "class_3"]);
}

#[test]
fn guidance_bands_meet_at_their_edges() {
    let f = form();
    let g = f.score("guidance").unwrap();
    let at = |v: f64| g.band_for(v).map(|b| b.code.as_str());
    let expected = [
        (0.0, "ordinary_parenting"),
        (9.0, "ordinary_parenting"),
        (10.0, "class_1"),
        (19.0, "class_1"),
        (20.0, "class_2"),
        (29.0, "class_2"),
        (30.0, "class_3"),
        (45.0, "class_3"),
    ];
    for (v, code) in expected {
        assert_eq!(at(v), Some(code), "{v}");
    }
    assert_eq!(at(45.5), None);
    let d = f.score("demand").unwrap();
    let b = f.score("binding").unwrap();
    let codes = |s: &arvio_core::model::ScoreDef, vs: &[f64]| -> Vec<String> {
        vs.iter()
            .map(|v| s.band_for(*v).unwrap().code.clone())
            .collect()
    };
    assert_eq!(
        codes(d, &[0.0, 5.0, 6.0, 12.0, 13.0, 20.0, 21.0, 30.0]),
        [
            "like_peers",
            "like_peers",
            "moderate",
            "moderate",
            "considerable",
            "considerable",
            "very_high",
            "very_high"
        ]
    );
    assert_eq!(
        codes(b, &[0.0, 3.0, 4.0, 7.0, 8.0, 11.0, 12.0, 15.0]),
        [
            "slight",
            "slight",
            "partial",
            "partial",
            "considerable",
            "considerable",
            "continuous",
            "continuous"
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// The examples

#[test]
fn the_examples_are_submitted_in_their_language() {
    for (json, lang) in [(FI, "fi"), (SV, "sv"), (EN, "en")] {
        let r = Response::from_json(json).unwrap();
        assert_eq!(
            (
                r.form.as_str(),
                r.form_version.as_str(),
                r.language.as_str(),
                r.status
            ),
            (ID, "2.0.0", lang, Status::Submitted)
        );
    }
}

#[test]
fn the_finnish_example_points_to_class_3() {
    let report = scored(&Response::from_json(FI).unwrap());
    let expected = BTreeMap::from([
        (
            "demand",
            (
                Some(27.0),
                band("very_high", "cs-band-demand-very-high", false),
            ),
        ),
        (
            "binding",
            (
                Some(14.0),
                band("continuous", "cs-band-binding-continuous", false),
            ),
        ),
        (
            "guidance",
            (Some(41.0), band("class_3", "cs-band-fee-class-3", false)),
        ),
        (
            "leave_days",
            (
                Some(1.0),
                band("three_days", "cs-band-leave-three-days", false),
            ),
        ),
    ]);
    assert_eq!(outcome(&report), expected);
}

#[test]
fn the_swedish_example_points_to_class_2_and_the_county_check() {
    // Bound round the clock by the family's answer, but at school and in afternoon care about
    // 8 hours a weekday: more than this county counts as a minor part of the day.
    let report = scored(&Response::from_json(SV).unwrap());
    let expected = BTreeMap::from([
        (
            "demand",
            (
                Some(18.0),
                band("considerable", "cs-band-demand-considerable", false),
            ),
        ),
        (
            "binding",
            (
                Some(8.0),
                band("considerable", "cs-band-binding-considerable", false),
            ),
        ),
        (
            "guidance",
            (Some(26.0), band("class_2", "cs-band-fee-class-2", false)),
        ),
        (
            "leave_days",
            (
                Some(1.0),
                band(
                    "check_county_criteria",
                    "cs-band-leave-check-county-criteria",
                    true,
                ),
            ),
        ),
    ]);
    assert_eq!(outcome(&report), expected);
}

#[test]
fn the_english_example_points_to_class_1() {
    let report = scored(&Response::from_json(EN).unwrap());
    let expected = BTreeMap::from([
        (
            "demand",
            (
                Some(8.0),
                band("moderate", "cs-band-demand-moderate", false),
            ),
        ),
        (
            "binding",
            (Some(5.0), band("partial", "cs-band-binding-partial", false)),
        ),
        (
            "guidance",
            (Some(13.0), band("class_1", "cs-band-fee-class-1", false)),
        ),
        (
            "leave_days",
            (Some(0.0), band("two_days", "cs-band-leave-two-days", false)),
        ),
    ]);
    assert_eq!(outcome(&report), expected);
}

#[test]
fn every_example_scores_completely() {
    for json in [FI, SV, EN] {
        let report = scored(&Response::from_json(json).unwrap());
        for s in &report.scores {
            assert_eq!(s.completeness, Completeness::Complete, "{}", s.id);
            assert_eq!(s.answered, s.items, "{}", s.id);
        }
    }
}

/// Every `YYYY-MM-DD` string in a JSON value.
fn dates(v: &Value, out: &mut Vec<NaiveDate>) {
    match v {
        Value::String(s) => out.extend(arvio_core::validate::parse_date(s)),
        Value::Array(a) => a.iter().for_each(|x| dates(x, out)),
        Value::Object(o) => o.values().for_each(|x| dates(x, out)),
        _ => {}
    }
}

#[test]
fn example_dates_lie_before_2026_11_23() {
    for json in [FI, SV, EN] {
        let v: Value = serde_json::from_str(json).unwrap();
        let mut found = Vec::new();
        dates(&v, &mut found);
        assert!(found.len() >= 3);
        assert!(found.iter().all(|d| *d < today()), "{found:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// The Omaishoitolaki 3 § override

/// The scores of the Finnish example (41 points, class 3) with the guidance band overridden to
/// "no grounds".
fn finnish_no_grounds() -> BTreeMap<&'static str, (Option<f64>, Option<BandResult>)> {
    BTreeMap::from([
        (
            "demand",
            (
                Some(27.0),
                band("very_high", "cs-band-demand-very-high", false),
            ),
        ),
        (
            "binding",
            (
                Some(14.0),
                band("continuous", "cs-band-binding-continuous", false),
            ),
        ),
        (
            "guidance",
            (Some(41.0), band("no_grounds", "cs-band-no-grounds", true)),
        ),
        (
            "leave_days",
            (
                Some(1.0),
                band("three_days", "cs-band-leave-three-days", false),
            ),
        ),
    ])
}

#[test]
fn any_condition_not_met_gives_no_grounds_whatever_the_score() {
    for id in CONDITIONS {
        let report = scored(&edited(FI, &[(id, json!(false))]));
        assert_eq!(outcome(&report), finnish_no_grounds(), "{id}");
    }
}

/// The Finnish example with these carer rows, `(willing, able)` each.
fn with_carers(rows: &[(bool, bool)]) -> Response {
    let carers = ["mother", "father", "other_parent", "other_guardian"];
    let rows: Vec<Value> = rows
        .iter()
        .zip(carers)
        .map(|((willing, able), carer)| json!({ "carer": carer, "willing": willing, "able": able }))
        .collect();
    edited(FI, &[("carer_conditions", Value::Array(rows))])
}

#[test]
fn a_no_in_any_carers_row_gives_no_grounds() {
    let cases: [&[(bool, bool)]; 7] = [
        &[(false, true)],
        &[(true, false)],
        &[(false, false)],
        &[(true, true), (true, false)],
        &[(true, true), (false, true)],
        &[(true, false), (true, true)],
        &[(true, true), (true, true), (true, true), (false, true)],
    ];
    for rows in cases {
        let report = scored(&with_carers(rows));
        assert_eq!(outcome(&report), finnish_no_grounds(), "{rows:?}");
    }
}

#[test]
fn carers_meeting_both_conditions_leave_the_band_to_the_score() {
    for rows in [
        &[(true, true)][..],
        &[(true, true), (true, true)][..],
        &[(true, true), (true, true), (true, true), (true, true)][..],
    ] {
        let report = scored(&with_carers(rows));
        assert_eq!(
            report.get("guidance").unwrap().band,
            band("class_3", "cs-band-fee-class-3", false),
            "{rows:?}"
        );
    }
}

#[test]
fn a_carer_not_able_gives_no_grounds_whatever_else_is_answered() {
    // Every other answer of the example points to support (41 points, every other condition
    // "yes"), and the form has no summary question that could say "all carers meet the
    // conditions": one row with able = no is enough, and nothing else is asked to explain it.
    let r = with_carers(&[(true, true), (true, false)]);
    let checked = check(&r);
    assert_eq!(checked.errors, vec![]);
    for id in CONDITIONS {
        assert!(
            matches!(checked.answers.get(id), Some(Answer::Bool(true))),
            "{id}"
        );
    }
    assert_eq!(
        outcome(&score(&form(), &checked.answers)),
        finnish_no_grounds()
    );
    // An answer to the summary question of the draft design is not a question of this form.
    let r = edited(FI, &[("cond_carers_met", json!(true))]);
    assert_eq!(
        check(&r).errors,
        vec![err("cond_carers_met", ErrorKind::UnknownQuestion)]
    );
    // Nor is a row's explanation instead of a correction.
    let r = edited(
        FI,
        &[(
            "carer_conditions",
            json!([{ "carer": "mother", "willing": true, "able": false, "contradiction": "-" }]),
        )],
    );
    assert_eq!(
        check(&r).errors,
        vec![err(
            "carer_conditions[0].contradiction",
            ErrorKind::UnknownQuestion
        )]
    );
}

#[test]
fn the_carer_override_applies_to_a_draft_with_only_that_row() {
    let text = json!({
        "form": ID,
        "form_version": "2.0.0",
        "language": "sv",
        "status": "draft",
        "answers": { "carer_conditions": [{ "carer": "father", "able": false }] }
    })
    .to_string();
    let report = scored(&Response::from_json(&text).unwrap());
    let g = report.get("guidance").unwrap();
    assert_eq!(
        (g.value, g.band.clone()),
        (None, band("no_grounds", "cs-band-no-grounds", true))
    );
    // A row that leaves both conditions unanswered is not a "no".
    let text = json!({
        "form": ID,
        "form_version": "2.0.0",
        "language": "sv",
        "status": "draft",
        "answers": { "carer_conditions": [{ "carer": "father" }] }
    })
    .to_string();
    let report = scored(&Response::from_json(&text).unwrap());
    assert_eq!(report.get("guidance").unwrap().band, None);
}

#[test]
fn all_conditions_not_met_is_still_one_no_grounds_band() {
    let mut changes: Vec<(&str, Value)> = CONDITIONS.iter().map(|c| (*c, json!(false))).collect();
    changes.push((
        "carer_conditions",
        json!([{ "carer": "mother", "willing": false, "able": false }]),
    ));
    let report = scored(&edited(EN, &changes));
    let g = report.get("guidance").unwrap();
    assert_eq!(
        (g.value, g.band.clone()),
        (Some(13.0), band("no_grounds", "cs-band-no-grounds", true))
    );
}

#[test]
fn the_override_applies_to_a_draft_without_scores() {
    let text = json!({
        "form": ID,
        "form_version": "2.0.0",
        "language": "fi",
        "status": "draft",
        "answers": { "need_moving": 3, "cond_home_suitable": false }
    })
    .to_string();
    let r = Response::from_json(&text).unwrap();
    let report = scored(&r);
    let g = report.get("guidance").unwrap();
    assert_eq!(g.completeness, Completeness::Incomplete { missing: 14 });
    assert_eq!(
        (g.value, g.band.clone()),
        (None, band("no_grounds", "cs-band-no-grounds", true))
    );
    // The other scores have neither value nor band.
    let d = report.get("demand").unwrap();
    assert_eq!((d.value, d.band.clone()), (None, None));
}

#[test]
fn a_missing_condition_is_an_error_and_no_override() {
    let r = edited(SV, &[("cond_home_suitable", Value::Null)]);
    let checked = check(&r);
    assert_eq!(
        checked.errors,
        vec![err("cond_home_suitable", ErrorKind::MissingRequired)]
    );
    let report = score(&form(), &checked.answers);
    assert_eq!(
        report.get("guidance").unwrap().band,
        band("class_2", "cs-band-fee-class-2", false)
    );
    // A carer's row without its answers: an error, and not a "no".
    let r = edited(SV, &[("carer_conditions", json!([{ "carer": "mother" }]))]);
    let checked = check(&r);
    assert_eq!(
        checked.errors,
        vec![
            err("carer_conditions[0].willing", ErrorKind::MissingRequired),
            err("carer_conditions[0].able", ErrorKind::MissingRequired),
        ]
    );
    let report = score(&form(), &checked.answers);
    assert_eq!(
        report.get("guidance").unwrap().band,
        band("class_2", "cs-band-fee-class-2", false)
    );
}

// ---------------------------------------------------------------------------------------------
// Conditional questions

#[test]
fn differing_from_the_guidance_needs_a_justification() {
    let r = edited(EN, &[("differs_justification", Value::Null)]);
    assert_eq!(
        check(&r).errors,
        vec![err("differs_justification", ErrorKind::MissingRequired)]
    );
    // Without a difference, no justification is needed (one may still be given).
    let r = edited(
        SV,
        &[
            ("differs_from_guidance", json!(false)),
            ("differs_justification", Value::Null),
        ],
    );
    assert_eq!(check(&r).errors, vec![]);
    let r = edited(SV, &[("differs_justification", json!("Ingen avvikelse."))]);
    assert_eq!(check(&r).errors, vec![]);
}

#[test]
fn the_transition_end_date_belongs_to_a_heavy_transition() {
    let r = edited(EN, &[("heavy_transition_until", Value::Null)]);
    assert_eq!(
        check(&r).errors,
        vec![err("heavy_transition_until", ErrorKind::MissingRequired)]
    );
    let r = edited(FI, &[("heavy_transition_until", json!("2026-01-31"))]);
    assert_eq!(
        check(&r).errors,
        vec![err("heavy_transition_until", ErrorKind::DoesNotApply)]
    );
}

#[test]
fn work_situation_is_asked_only_of_guardians_applying_as_carer() {
    let mut r = Response::from_json(SV).unwrap();
    let rows = json!([
        { "relation": "mother", "lives_with_child": true, "applies_as_carer": true },
        { "relation": "father", "lives_with_child": false, "applies_as_carer": false,
          "work_situation": "full_time" }
    ]);
    r.answers.insert("guardians".into(), rows.into());
    assert_eq!(
        check(&r).errors,
        vec![
            err("guardians[0].work_situation", ErrorKind::MissingRequired),
            err("guardians[1].work_situation", ErrorKind::DoesNotApply),
        ]
    );
}

#[test]
fn the_questions_new_in_2_0_0_are_required_where_the_assessment_needs_them() {
    let r = edited(
        FI,
        &[
            ("designated_worker", Value::Null),
            ("cooperating_services", Value::Null),
            ("hours_elsewhere", Value::Null),
            ("days_elsewhere", Value::Null),
            ("environment_views", Value::Null),
            ("family_situation", Value::Null),
            ("family_strain", Value::Null),
            ("family_hopes", Value::Null),
            ("ngo_interest", Value::Null),
            ("carer_conditions", Value::Null),
        ],
    );
    assert_eq!(
        check(&r).errors,
        vec![
            err("designated_worker", ErrorKind::MissingRequired),
            err("hours_elsewhere", ErrorKind::MissingRequired),
            err("days_elsewhere", ErrorKind::MissingRequired),
            err("family_situation", ErrorKind::MissingRequired),
            err("carer_conditions", ErrorKind::MissingRequired),
        ]
    );
    // An observation of another environment names the environment and says what was seen.
    let r = edited(
        SV,
        &[(
            "environment_views",
            json!([{ "setting": "school" }, { "observation": "Lugn i skolan." }]),
        )],
    );
    assert_eq!(
        check(&r).errors,
        vec![
            err(
                "environment_views[0].observation",
                ErrorKind::MissingRequired
            ),
            err("environment_views[1].setting", ErrorKind::MissingRequired),
        ]
    );
    // One to four applying carers, each with both conditions judged.
    let r = edited(
        EN,
        &[(
            "carer_conditions",
            json!([{ "carer": "mother", "willing": true }]),
        )],
    );
    assert_eq!(
        check(&r).errors,
        vec![err("carer_conditions[0].able", ErrorKind::MissingRequired)]
    );
    let row = json!({ "carer": "other_guardian", "willing": true, "able": true });
    let r = edited(
        EN,
        &[("carer_conditions", json!([row, row, row, row, row]))],
    );
    assert_eq!(
        check(&r).errors,
        vec![err("carer_conditions", ErrorKind::TooManyRows { max: 4 })]
    );
}

#[test]
fn guardians_need_one_to_four_rows() {
    let r = edited(FI, &[("guardians", json!([]))]);
    assert_eq!(
        check(&r).errors,
        vec![err("guardians", ErrorKind::MissingRequired)]
    );
    let row = json!({ "relation": "other_guardian", "lives_with_child": false, "applies_as_carer": false });
    let r = edited(FI, &[("guardians", json!([row, row, row, row, row]))]);
    assert_eq!(
        check(&r).errors,
        vec![err("guardians", ErrorKind::TooManyRows { max: 4 })]
    );
}

#[test]
fn the_date_of_birth_cannot_be_in_the_future() {
    let r = edited(FI, &[("child_birth_date", json!("2026-11-24"))]);
    assert_eq!(
        check(&r).errors,
        vec![err("child_birth_date", ErrorKind::OutOfRange)]
    );
    let r = edited(FI, &[("child_birth_date", json!("2026-11-23"))]);
    assert_eq!(check(&r).errors, vec![]);
    let r = edited(FI, &[("interview_date", json!("2026-12-01"))]);
    assert_eq!(
        check(&r).errors,
        vec![err("interview_date", ErrorKind::OutOfRange)]
    );
}

#[test]
fn the_childs_view_or_the_reason_it_is_missing() {
    let r = edited(SV, &[("child_view_obtained", json!("not_obtained"))]);
    assert_eq!(
        check(&r).errors,
        vec![
            err("child_view", ErrorKind::DoesNotApply),
            err("child_view_reason", ErrorKind::MissingRequired),
        ]
    );
    let r = edited(
        SV,
        &[
            ("child_view_obtained", json!("not_obtained")),
            ("child_view", Value::Null),
            (
                "child_view_reason",
                json!("Barnet var sjukt under besöket."),
            ),
        ],
    );
    assert_eq!(check(&r).errors, vec![]);
}

#[test]
fn siblings_situation_needs_siblings_and_other_language_needs_other() {
    let r = edited(SV, &[("siblings_situation", json!("Inga syskon."))]);
    assert_eq!(
        check(&r).errors,
        vec![err("siblings_situation", ErrorKind::DoesNotApply)]
    );
    let r = edited(EN, &[("home_language_other", Value::Null)]);
    assert_eq!(
        check(&r).errors,
        vec![err("home_language_other", ErrorKind::MissingRequired)]
    );
    let r = edited(EN, &[("home_language", json!([]))]);
    assert_eq!(
        check(&r).errors,
        vec![
            err("home_language", ErrorKind::MissingRequired),
            err("home_language_other", ErrorKind::DoesNotApply),
        ]
    );
}

#[test]
fn services_missing_is_required_when_services_do_not_suffice() {
    let r = edited(FI, &[("services_missing", Value::Null)]);
    assert_eq!(
        check(&r).errors,
        vec![err("services_missing", ErrorKind::MissingRequired)]
    );
    let r = edited(EN, &[("services_sufficient", json!("no"))]);
    assert_eq!(
        check(&r).errors,
        vec![err("services_missing", ErrorKind::MissingRequired)]
    );
}

#[test]
fn out_of_range_care_need_is_an_error_and_leaves_the_scores_incomplete() {
    let r = edited(FI, &[("need_sleep", json!(4))]);
    let checked = check(&r);
    assert_eq!(
        checked.errors,
        vec![err("need_sleep", ErrorKind::OutOfRange)]
    );
    let report = score(&form(), &checked.answers);
    assert_eq!(
        report.get("demand").unwrap().completeness,
        Completeness::Incomplete { missing: 1 }
    );
    assert_eq!(report.get("binding").unwrap().value, Some(14.0));
}

#[test]
fn debug_output_does_not_show_answers_or_scores() {
    let r = Response::from_json(FI).unwrap();
    let checked = check(&r);
    let report = score(&form(), &checked.answers);
    let debug = format!("{r:?} {checked:?} {report:?}");
    for secret in ["Sanna", "2019-05-02", "CP-vamma", "41", "class_3"] {
        assert!(!debug.contains(secret), "{secret} in Debug");
    }
}

// ---------------------------------------------------------------------------------------------
// Broken variants of the form file: findings at exact places

/// The 1-based line of the form source on which `needle` (which must occur exactly once)
/// stands, so that the expected places follow the file as it grows.
fn line_of(needle: &str) -> usize {
    let text = source();
    assert_eq!(text.matches(needle).count(), 1, "{needle}");
    text[..text.find(needle).unwrap()].matches('\n').count() + 1
}

/// Parses the form source with `from` replaced by `to` (which must occur exactly once).
fn variant(from: &str, to: &str) -> Vec<String> {
    let text = source();
    assert_eq!(text.matches(from).count(), 1, "{from}");
    let text = text.replace(from, to);
    parse_form(&text, FILE)
        .unwrap_err()
        .findings
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn a_band_gap_is_found_at_the_band() {
    let findings = variant(
        r#"{ code = "class_2", label = "cs-band-fee-class-2", from = 20, to = 30 }"#,
        r#"{ code = "class_2", label = "cs-band-fee-class-2", from = 21, to = 30 }"#,
    );
    assert_eq!(
        findings,
        [format!(
            "{FILE}:{}:12: bands: gap between `class_1` (to 20) and `class_2` (from 21)",
            line_of(r#"code = "class_2", label = "cs-band-fee-class-2""#)
        )]
    );
}

#[test]
fn a_band_overlap_is_found_at_the_band() {
    let findings = variant(
        r#"{ code = "partial", label = "cs-band-binding-partial", from = 4, to = 8 }"#,
        r#"{ code = "partial", label = "cs-band-binding-partial", from = 3, to = 8 }"#,
    );
    assert_eq!(
        findings,
        [format!(
            "{FILE}:{}:12: bands: `partial` (from 3) overlaps `slight` (to 4)",
            line_of(r#"code = "partial", label = "cs-band-binding-partial""#)
        )]
    );
}

#[test]
fn changing_binding_points_breaks_both_scores_that_use_them() {
    let findings = variant(
        r#"label = "cs-work-effect-cannot-work", points = 4 }"#,
        r#"label = "cs-work-effect-cannot-work", points = 5 }"#,
    );
    assert_eq!(
        findings,
        [
            format!(
                "{FILE}:{}:12: bands: the last band ends at 15 but the score's range ends at 16",
                line_of(r#"code = "continuous", label = "cs-band-binding-continuous""#)
            ),
            format!(
                "{FILE}:{}:12: bands: the last band ends at 45 but the score's range ends at 46",
                line_of(r#"code = "class_3", label = "cs-band-fee-class-3""#)
            ),
        ]
    );
}

#[test]
fn a_condition_on_a_later_question_is_a_forward_reference() {
    let findings = variant(
        r#"required_if = { question = "differs_from_guidance", equals = true }"#,
        r#"required_if = { question = "heavy_transition", equals = true }"#,
    );
    assert_eq!(
        findings,
        [format!(
            "{FILE}:{}:28: condition refers to `heavy_transition`, which does not come earlier in the form",
            line_of(r#"required_if = { question = "differs_from_guidance", equals = true }"#)
        )]
    );
    let text = source().replace(
        r#"required_if = { question = "differs_from_guidance", equals = true }"#,
        r#"required_if = { question = "heavy_transition", equals = true }"#,
    );
    let e = parse_form(&text, FILE).unwrap_err();
    assert_eq!(
        e.findings[0].kind,
        FindingKind::ForwardReference("heavy_transition".into())
    );
}

#[test]
fn an_override_on_an_unknown_question_is_found() {
    let findings = variant(
        r#"{ question = "cond_home_suitable", equals = false },"#,
        r#"{ question = "cond_home_ok", equals = false },"#,
    );
    assert_eq!(
        findings,
        [format!(
            "{FILE}:{}:16: unknown question `cond_home_ok`",
            line_of(r#"{ question = "cond_home_suitable", equals = false },"#)
        )]
    );
}

// ---------------------------------------------------------------------------------------------
// Locales

#[test]
fn every_locale_defines_exactly_the_used_messages_without_variables() {
    // The archived versions read the same files: the locales hold the union of the message
    // ids of every embedded version, and nothing else.
    let versions = builtin_versions(ID);
    assert_eq!(
        versions.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["2.0.0", "1.1.0", "1.0.0"]
    );
    let ids =
        |f: &Form| -> BTreeSet<String> { f.message_ids().iter().map(|s| s.to_string()).collect() };
    let per_version: Vec<BTreeSet<String>> = versions
        .iter()
        .map(|v| ids(&builtin_version(ID, v).unwrap()))
        .collect();
    // 232 in 1.0.0; 1.1.0 added the record's six (name, title and its help, unit,
    // participants and its help).
    assert_eq!(per_version[2].len(), 232);
    assert_eq!(per_version[1].len(), 238);
    let newest = ids(&form());
    assert_eq!(newest, per_version[0]);
    // 2.0.0 uses 61 new ids (designated worker 6; cooperating services 5; round the clock,
    // hours and days 8; other environments 11; the family's own view and NGO interest 17;
    // carer conditions 5: the group, its help, the carer, willing, able;
    // heavy transition 2; fee-class bands 3; days off 4) and no longer uses 9 that the
    // archives keep (the two single carer conditions, the old round-the-clock and
    // heavy-transition label and help, the old fee-class bands).
    let added: Vec<&String> = newest.difference(&per_version[1]).collect();
    let dropped: Vec<&String> = per_version[1].difference(&newest).collect();
    assert_eq!(
        (added.len(), dropped.len()),
        (61, 9),
        "{added:?} {dropped:?}"
    );
    assert_eq!(newest.len(), 238 + 61 - 9);
    // The removed summary question and row explanation of the draft design left no texts.
    for id in [
        "cs-cond-carers-met",
        "cs-cond-carers-met-help",
        "cs-cond-row-contradiction",
        "cs-cond-row-contradiction-help",
    ] {
        assert!(!newest.contains(id), "{id}");
    }
    let used: BTreeSet<String> = per_version.into_iter().flatten().collect();
    assert_eq!(used.len(), 238 + 61);
    assert_eq!(used, common::used_message_ids(ID));
    common::assert_locales_define_exactly_the_used_messages(ID);
}

#[test]
fn texts_carry_no_euro_amounts_and_swedish_uses_finland_swedish_terms() {
    // Messages only: the file comments say "no euro amounts".
    for (lang, text) in LOCALES {
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let l = line.to_lowercase();
            assert!(!l.contains('€') && !l.contains("euro"), "{lang}: {line}");
        }
    }
    assert!(!source().contains('€'));
    let sv = LOCALES[1].1;
    for term in [
        "socialsekreterare",
        "socialtjänst",
        "orosanmälan",
        "BBIC",
        "handikapp",
        "Handikapp",
    ] {
        assert!(!sv.contains(term), "{term}");
    }
    for term in [
        "stöd för närståendevård",
        "närståendevårdare",
        "vård- och serviceplan",
        "hur bindande",
        "hur krävande",
        "vårdarvodesklass",
        "välfärdsområdet",
        "barnets bästa",
        "funktionshinderservice",
        "bunden vid vården dygnet runt eller fortgående varje dag",
        "arbetstagaren",
        "kamratstödsgrupp",
        "egen kontaktperson",
    ] {
        assert!(sv.to_lowercase().contains(term), "{term}");
    }
}

#[test]
fn band_texts_are_guidance_that_names_who_decides() {
    let f = form();
    let g = f.score("guidance").unwrap();
    let mut labels: Vec<&str> = g.bands.iter().map(|b| b.label.as_str()).collect();
    labels.push(&g.overrides[0].label);
    let decides = [
        ("fi", "Päätöksen tekee hyvinvointialueen viranhaltija"),
        (
            "sv",
            "Beslutet fattas av en tjänsteinnehavare vid välfärdsområdet",
        ),
        (
            "en",
            "The decision is made by an official of the wellbeing services county",
        ),
    ];
    for ((lang, text), (_, phrase)) in LOCALES.iter().zip(decides) {
        let msgs: BTreeMap<&str, &str> = text.lines().filter_map(|l| l.split_once(" = ")).collect();
        for id in &labels {
            assert!(msgs[id].contains(phrase), "{lang}: {id}");
        }
    }
}
