//! The multi-agency service-need assessment: the built-in form, its examples, scoring with the
//! red-flag override, conditional requirements, and locale coverage (every message id of every
//! embedded version).

mod common;
use common::{edited, err, today};

use arvio_core::model::{QuestionKind, Required, ScoreMethod};
use arvio_core::score::BandResult;
use arvio_core::{
    Audience, Completeness, ErrorKind, Form, Response, Status, Validation, score, validate,
};
use arvio_forms::builtin;
use serde_json::{Value, json};

const FI: &str = include_str!("../../../examples/responses/service-need-fi.json");
const SV: &str = include_str!("../../../examples/responses/service-need-sv.json");
const EN: &str = include_str!("../../../examples/responses/service-need-en.json");
const SHL_FI: &str = include_str!("../../../examples/responses/service-need-shl-fi.json");
const SHL_SV: &str = include_str!("../../../examples/responses/service-need-shl-sv.json");
const SHL_EN: &str = include_str!("../../../examples/responses/service-need-shl-en.json");

fn form() -> Form {
    builtin("service-need").expect("service-need is built in")
}

fn check(response: &Response) -> Validation {
    validate(&form(), response, today())
}

fn band(response: &Response) -> (Option<f64>, BandResult) {
    let checked = check(response);
    assert_eq!(checked.errors, vec![]);
    let report = score(&form(), &checked.answers);
    let s = report.get("concern_count").unwrap();
    (s.value, s.band.clone().unwrap())
}

fn band_result(code: &str, label: &str, overridden: bool) -> BandResult {
    BandResult {
        code: code.into(),
        label: label.into(),
        overridden,
    }
}

#[test]
fn the_form_parses_with_its_parts_and_score() {
    let f = arvio_forms::builtin::try_builtin("service-need")
        .unwrap()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(f.id, "service-need");
    assert_eq!(f.version.to_string(), "2.0.0");
    let sections: Vec<&str> = f.sections.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        sections,
        [
            "process",
            "family",
            "family_own",
            "child",
            "meeting",
            "parenting",
            "network",
            "services",
            "opinion",
            "conclusions",
            "designated",
            "distribution"
        ]
    );
    assert!(f.message_ids().iter().all(|id| id.starts_with("sn-")));
    let s = f.score("concern_count").unwrap();
    assert!(matches!(s.method, ScoreMethod::Count(_)));
    assert_eq!(s.items.len(), 13);
    assert_eq!(s.range(&f), (0.0, 13.0));
    assert_eq!(s.overrides.len(), 2);
    // Every domain is a 1-4 scale with a label for each point.
    for id in &s.items {
        match &f.question(id).unwrap().kind {
            QuestionKind::Scale {
                min,
                max,
                point_labels,
                ..
            } => assert_eq!((*min, *max, point_labels.len()), (1, 4, 4), "{id}"),
            other => panic!("{id} is {}", other.name()),
        }
    }
}

#[test]
fn the_familys_own_part_and_the_partners_part_are_optional() {
    let f = form();
    let own = f.sections.iter().find(|s| s.id == "family_own").unwrap();
    assert_eq!(own.audience, Audience::Family);
    for q in &own.questions {
        assert_eq!(q.audience, Audience::Family, "{}", q.id);
        assert_eq!(q.required, Required::No, "{}", q.id);
        assert!(q.applies_if.is_none(), "{}", q.id);
        assert_eq!(q.private, q.id == "wish_to_talk_alone", "{}", q.id);
    }
    // The partners' guidance and their own assessment stay in the worker's part.
    let network = f.sections.iter().find(|s| s.id == "network").unwrap();
    assert_eq!(network.audience, Audience::Worker);
    let guides: Vec<&str> = network
        .questions
        .iter()
        .filter(|q| matches!(q.kind, QuestionKind::Info))
        .map(|q| q.id.as_str())
        .collect();
    assert_eq!(
        guides,
        [
            "guide_concern",
            "guide_contact",
            "guide_notification",
            "guide_consult"
        ]
    );
    let QuestionKind::Group { questions, .. } = &f.question("partners").unwrap().kind else {
        panic!("partners is a group")
    };
    for id in ["concern_since", "actions_taken", "consulted_child_welfare"] {
        let q = questions.iter().find(|q| q.id == id).unwrap();
        assert_eq!(q.required, Required::No, "{id}");
    }
    let agency = questions.iter().find(|q| q.id == "agency").unwrap();
    let agencies: Vec<&str> = agency.options().iter().map(|o| o.code.as_str()).collect();
    assert!(agencies.contains(&"private_provider") && agencies.contains(&"ngo"));
}

#[test]
fn the_finnish_example_is_valid_with_some_concern() {
    let r = Response::from_json(FI).unwrap();
    assert_eq!((r.language.as_str(), r.status), ("fi", Status::Submitted));
    let (value, b) = band(&r);
    assert_eq!(value, Some(3.0));
    assert_eq!(
        b,
        band_result("some_concern", "sn-band-some-concern", false)
    );
}

#[test]
fn the_swedish_example_is_valid_with_some_concern_and_no_red_flag() {
    let r = Response::from_json(SV).unwrap();
    assert_eq!((r.language.as_str(), r.status), ("sv", Status::Submitted));
    let (value, b) = band(&r);
    // Two domains of concern, violence among them: a 3 in violence is counted, not a red flag.
    assert_eq!(value, Some(2.0));
    assert_eq!(
        b,
        band_result("some_concern", "sn-band-some-concern", false)
    );
}

#[test]
fn the_social_welfare_act_examples_are_valid_with_some_concern() {
    for (json, lang, count) in [
        (SHL_FI, "fi", 4.0),
        (SHL_SV, "sv", 3.0),
        (SHL_EN, "en", 3.0),
    ] {
        let r = Response::from_json(json).unwrap();
        assert_eq!((r.language.as_str(), r.status), (lang, Status::Submitted));
        let checked = check(&r);
        assert_eq!(checked.errors, vec![], "{lang}");
        let report = score(&form(), &checked.answers);
        let s = report.get("concern_count").unwrap();
        assert_eq!(s.completeness, Completeness::Complete, "{lang}");
        assert_eq!(s.value, Some(count), "{lang}");
        assert_eq!(
            s.band,
            Some(band_result("some_concern", "sn-band-some-concern", false)),
            "{lang}"
        );
    }
}

#[test]
fn the_english_example_is_valid_with_mainly_strengths() {
    let r = Response::from_json(EN).unwrap();
    assert_eq!((r.language.as_str(), r.status), ("en", Status::Submitted));
    let checked = check(&r);
    assert_eq!(checked.errors, vec![]);
    let report = score(&form(), &checked.answers);
    let s = report.get("concern_count").unwrap();
    assert_eq!(s.completeness, Completeness::Complete);
    assert_eq!((s.value, s.answered, s.items), (Some(1.0), 13, 13));
    assert_eq!(
        s.band,
        Some(band_result(
            "mainly_strengths",
            "sn-band-mainly-strengths",
            false
        ))
    );
}

#[test]
fn a_serious_concern_in_safety_or_violence_is_a_red_flag_whatever_the_count() {
    for id in ["child_safety", "family_violence"] {
        let notes = format!("{id}_notes");
        let r = edited(
            EN,
            &[(id, json!(4)), (notes.as_str(), json!("Fictional note."))],
        );
        assert_eq!(
            band(&r),
            (
                Some(2.0),
                band_result("red_flag", "sn-band-red-flag-serious", true)
            ),
            "{id}"
        );
        // Some concern (3) there is counted like any other domain.
        let r = edited(
            EN,
            &[(id, json!(3)), (notes.as_str(), json!("Fictional note."))],
        );
        assert_eq!(
            band(&r),
            (
                Some(2.0),
                band_result("some_concern", "sn-band-some-concern", false)
            ),
            "{id}"
        );
    }
}

#[test]
fn any_serious_concern_makes_the_concern_significant() {
    let r = edited(
        EN,
        &[
            ("family_finances", json!(4)),
            ("family_finances_notes", json!("Fictional note.")),
        ],
    );
    assert_eq!(
        band(&r),
        (
            Some(1.0),
            band_result("significant_concern", "sn-band-significant-concern", true)
        )
    );
}

#[test]
fn five_domains_of_concern_are_significant_by_count() {
    let mut changes = Vec::new();
    for id in [
        "child_health",
        "child_learning",
        "child_friends",
        "child_emotions",
        "parent_coping",
    ] {
        changes.push((id, json!(3)));
    }
    let notes: Vec<String> = changes
        .iter()
        .map(|(id, _)| format!("{id}_notes"))
        .collect();
    for n in &notes {
        changes.push((n.as_str(), json!("Fictional note.")));
    }
    let r = edited(EN, &changes);
    assert_eq!(
        band(&r),
        (
            Some(6.0),
            band_result("significant_concern", "sn-band-significant-concern", false)
        )
    );
    // Four domains of concern (finances back to 2): still "some concern".
    let r = edited(
        EN,
        &[
            ("family_finances", json!(2)),
            ("family_finances_notes", Value::Null),
            ("child_health", json!(3)),
            ("child_health_notes", json!("Fictional note.")),
            ("child_learning", json!(3)),
            ("child_learning_notes", json!("Fictional note.")),
            ("child_friends", json!(3)),
            ("child_friends_notes", json!("Fictional note.")),
            ("child_emotions", json!(3)),
            ("child_emotions_notes", json!("Fictional note.")),
        ],
    );
    assert_eq!(
        band(&r),
        (
            Some(4.0),
            band_result("some_concern", "sn-band-some-concern", false)
        )
    );
}

#[test]
fn notes_are_required_when_a_domain_is_of_concern() {
    let r = edited(EN, &[("family_finances_notes", Value::Null)]);
    assert_eq!(
        check(&r).errors,
        vec![err("family_finances_notes", ErrorKind::MissingRequired)]
    );
    // Rated 2, the notes are optional; a draft may lack them either way.
    let r = edited(
        EN,
        &[
            ("family_finances", json!(2)),
            ("family_finances_notes", Value::Null),
        ],
    );
    assert_eq!(check(&r).errors, vec![]);
    let mut r = edited(EN, &[("family_finances_notes", Value::Null)]);
    r.status = Status::Draft;
    assert_eq!(check(&r).errors, vec![]);
}

#[test]
fn a_child_welfare_client_relationship_needs_the_lsl_27_criteria() {
    let r = edited(SV, &[("lsl27_criteria", Value::Null)]);
    assert_eq!(
        check(&r).errors,
        vec![err("lsl27_criteria", ErrorKind::MissingRequired)]
    );
    let r = edited(SV, &[("lsl27_criteria", json!([]))]);
    assert_eq!(
        check(&r).errors,
        vec![err("lsl27_criteria", ErrorKind::MissingRequired)]
    );
    // With another outcome the checklist does not apply.
    let r = edited(SV, &[("outcome", json!("continues_shl"))]);
    assert_eq!(
        check(&r).errors,
        vec![err("lsl27_criteria", ErrorKind::DoesNotApply)]
    );
}

#[test]
fn a_child_needing_special_support_gets_a_social_worker() {
    // The Swedish example: special support, designated worker needed.
    let r = edited(
        SV,
        &[("designated_role_special", json!("social_counsellor"))],
    );
    assert_eq!(
        check(&r).errors,
        vec![err("designated_role_special", ErrorKind::UnknownOption)]
    );
    let r = edited(
        SV,
        &[
            ("designated_role_special", Value::Null),
            ("designated_role", json!("social_counsellor")),
        ],
    );
    assert_eq!(
        check(&r).errors,
        vec![
            err("designated_role", ErrorKind::DoesNotApply),
            err("designated_role_special", ErrorKind::MissingRequired),
        ]
    );
}

#[test]
fn the_child_view_or_the_reason_it_is_missing_is_required() {
    let r = edited(EN, &[("child_view_missing_reason", Value::Null)]);
    assert_eq!(
        check(&r).errors,
        vec![err("child_view_missing_reason", ErrorKind::MissingRequired)]
    );
    let r = edited(FI, &[("child_view_obtained", json!(false))]);
    assert_eq!(
        check(&r).errors,
        vec![
            err("child_view", ErrorKind::DoesNotApply),
            err("child_view_missing_reason", ErrorKind::MissingRequired),
        ]
    );
}

#[test]
fn a_child_not_met_needs_a_reason_and_no_meeting_rows() {
    let r = edited(FI, &[("child_met", json!(false))]);
    assert_eq!(
        check(&r).errors,
        vec![
            err("meetings", ErrorKind::DoesNotApply),
            err("not_met_reason", ErrorKind::MissingRequired),
        ]
    );
}

#[test]
fn each_guardian_gives_an_opinion_or_an_obstacle() {
    let mut r = Response::from_json(EN).unwrap();
    let rows = json!([
        { "guardian": "mother", "given": true },
        { "guardian": "father", "given": false, "opinion": "Fictional." }
    ]);
    r.answers.insert("guardian_opinions".into(), rows.into());
    assert_eq!(
        check(&r).errors,
        vec![
            err("guardian_opinions[0].opinion", ErrorKind::MissingRequired),
            err("guardian_opinions[0].agrees", ErrorKind::MissingRequired),
            err("guardian_opinions[1].opinion", ErrorKind::DoesNotApply),
            err("guardian_opinions[1].obstacle", ErrorKind::MissingRequired),
        ]
    );
}

#[test]
fn process_dates_may_not_be_in_the_future() {
    let r = edited(FI, &[("initiated_on", json!("2026-11-24"))]);
    assert_eq!(
        check(&r).errors,
        vec![err("initiated_on", ErrorKind::OutOfRange)]
    );
}

#[test]
fn debug_output_holds_no_answer_content() {
    let r = Response::from_json(FI).unwrap();
    let checked = check(&r);
    let report = score(&form(), &checked.answers);
    let debug = format!("{r:?} {checked:?} {report:?}");
    for secret in ["poissaolo", "Äiti", "2026-09-08", "continues_shl"] {
        assert!(!debug.contains(secret), "{secret} in Debug");
    }
}

// ---------------------------------------------------------------------------------------------
// Locales: every message id the form and the deadlines use, in three languages, none unused,
// the same variables everywhere.

#[test]
fn every_locale_defines_exactly_the_used_messages() {
    // The archived versions read the same locale files: their ids stay defined.
    assert_eq!(arvio_forms::builtin_versions("service-need").len(), 3);
    common::assert_locales_define_exactly_the_used_messages("service-need");
}
