//! The service-need form against the law (issue 10): the ten support needs of SHL 11 §, the
//! complete definition of a child needing special support (SHL 3 § 3 and 6), the resolution
//! that an assessment is obviously unnecessary (LSL 26 § 3 mom., SHL 36 § 1 mom.), the intake
//! channels that bind the statutory time limits, the red flag, and the examples.
//!
//! Each test would fail on version 1.1.0 of the form (`forms/service-need@1.1.0.toml`).

use arvio_core::chrono::{Months, NaiveDate};
use arvio_core::model::Required;
use arvio_core::score::BandResult;
use arvio_core::{ErrorKind, Form, Response, score, validate};
use arvio_forms::builtin;
use arvio_forms::deadlines::add_working_days;
use serde_json::{Value, json};
use std::collections::BTreeMap;

mod common;
use common::{edited, err, today};

const FI: &str = include_str!("../../../examples/responses/service-need-fi.json");
const SV: &str = include_str!("../../../examples/responses/service-need-sv.json");
const EN: &str = include_str!("../../../examples/responses/service-need-en.json");
const SHL_FI: &str = include_str!("../../../examples/responses/service-need-shl-fi.json");
const SHL_SV: &str = include_str!("../../../examples/responses/service-need-shl-sv.json");
const SHL_EN: &str = include_str!("../../../examples/responses/service-need-shl-en.json");

const LOCALES: [(&str, &str); 3] = [
    ("fi", include_str!("../../../locales/fi/service-need.ftl")),
    ("sv", include_str!("../../../locales/sv/service-need.ftl")),
    ("en", include_str!("../../../locales/en/service-need.ftl")),
];

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn form() -> Form {
    builtin("service-need").expect("service-need is built in")
}

/// The text of every message in an FTL file (continuation lines joined with a space).
fn messages(text: &str) -> BTreeMap<String, String> {
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if line.starts_with(' ') {
            let id = current.as_ref().expect("continuation after a message");
            let v = out.get_mut(id).unwrap();
            v.push(' ');
            v.push_str(line.trim());
        } else if let Some((id, value)) = line.split_once('=') {
            let id = id.trim().to_string();
            out.insert(id.clone(), value.trim().to_string());
            current = Some(id);
        }
    }
    out
}

fn text(lang: &str, id: &str) -> String {
    let (_, ftl) = LOCALES.iter().find(|(l, _)| *l == lang).unwrap();
    messages(ftl)
        .remove(id)
        .unwrap_or_else(|| panic!("{lang} lacks {id}"))
}

fn codes(form: &Form, id: &str) -> Vec<String> {
    form.question(id)
        .unwrap_or_else(|| panic!("{id} is a question"))
        .options()
        .iter()
        .map(|o| o.code.clone())
        .collect()
}

fn answer<'a>(r: &'a Response, id: &str) -> &'a Value {
    &r.answers
        .get(id)
        .unwrap_or_else(|| panic!("{id} answered"))
        .0
}

// ---------------------------------------------------------------------------------------------
// SHL 11 §

#[test]
fn support_needs_are_the_ten_of_shl_11_in_the_statutes_order() {
    let f = form();
    assert_eq!(
        codes(&f, "support_needs"),
        [
            "everyday_life",
            "housing",
            "financial",
            "inclusion",
            "violence",
            "crisis",
            "child_development",
            "health",
            "functioning",
            "relatives",
        ]
    );
    // Ageing is part of point 8, in every language.
    let health = &f.question("support_needs").unwrap().options()[7];
    for (lang, word) in [("fi", "ikääntyminen"), ("sv", "åldrande"), ("en", "ageing")] {
        let t = text(lang, &health.label);
        assert!(t.contains(word), "{lang}: {t}");
    }
    // Point 5 covers other violence and maltreatment too.
    let violence = &f.question("support_needs").unwrap().options()[4];
    for (lang, words) in [
        ("fi", ["muu väkivalta", "kaltoinkohtelu"]),
        ("sv", ["annat våld", "illabehandling"]),
        ("en", ["other violence", "maltreatment"]),
    ] {
        let t = text(lang, &violence.label);
        for w in words {
            assert!(t.contains(w), "{lang}: {t}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// SHL 3 § 3 and 6

#[test]
fn the_help_on_special_support_carries_both_halves_of_the_definition() {
    let f = form();
    let help = f
        .question("special_support")
        .unwrap()
        .help
        .clone()
        .expect("special_support has help");
    let halves = [
        (
            "fi",
            ["kasvuolot vaarantavat", "omalla käyttäytymisellään"],
            [
                "erityisiä vaikeuksia hakea ja saada",
                "päihteiden ongelmakäytön",
                "usean yhtäaikaisen tuen tarpeen",
            ],
        ),
        (
            "sv",
            ["uppväxtförhållanden äventyrar", "genom sitt beteende"],
            [
                "särskilda svårigheter att söka och få",
                "rusmedel",
                "flera samtidiga stödbehov",
            ],
        ),
        (
            "en",
            ["growing-up conditions endanger", "by their behaviour"],
            [
                "special difficulty in seeking and obtaining",
                "substance misuse",
                "several simultaneous support needs",
            ],
        ),
    ];
    for (lang, first, second) in halves {
        let t = text(lang, &help);
        for w in first.iter().chain(second.iter()) {
            assert!(t.contains(w), "{lang} lacks `{w}`: {t}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// LSL 26 § 3 mom., SHL 36 § 1 mom.: the resolution on starting the assessment

#[test]
fn the_resolution_on_starting_comes_before_its_date_and_is_required() {
    let f = form();
    let q = f.question("start_resolution").unwrap();
    assert_eq!(q.required, Required::Yes);
    assert_eq!(codes(&f, "start_resolution"), ["start", "not_needed"]);
    let process: Vec<&str> = f.sections[0]
        .questions
        .iter()
        .map(|q| q.id.as_str())
        .collect();
    let at = |id: &str| process.iter().position(|q| *q == id).unwrap();
    assert!(at("urgent_measures") < at("start_resolution"));
    assert!(at("start_resolution") < at("decision_on"));
    // It is a resolution, not a decision, in Finnish and Swedish.
    assert!(text("fi", &q.label).contains("Ratkaisu"));
    assert!(text("sv", &q.label).starts_with("Avgörande om att inleda"));
    for lang in ["fi", "sv", "en"] {
        let date = text(lang, &f.question("decision_on").unwrap().label);
        assert!(
            !date.contains("Päätös") && !date.contains("Beslut"),
            "{date}"
        );
    }
    assert_eq!(
        text("en", &f.question("informed_on").unwrap().label),
        "Child and guardian informed of the start on"
    );
}

/// The worker's sections that make up the assessment itself: they do not apply when the
/// assessment was resolved to be obviously unnecessary.
const ASSESSMENT_SECTIONS: [&str; 4] = ["child", "parenting", "network", "conclusions"];

/// The Finnish example resolved "not needed": without the start dates and without the
/// answers of the assessment's own sections.
fn not_needed(reason: bool) -> Response {
    let f = form();
    let mut r = edited(
        FI,
        &[
            ("start_resolution", json!("not_needed")),
            ("informed_on", Value::Null),
            ("started_on", Value::Null),
            ("completed_on", Value::Null),
        ],
    );
    if reason {
        r.answers.insert(
            "not_needed_reason".into(),
            json!("Fictional reason.").into(),
        );
    }
    for s in f
        .sections
        .iter()
        .filter(|s| ASSESSMENT_SECTIONS.contains(&s.id.as_str()))
    {
        for q in &s.questions {
            r.answers.remove(&q.id);
        }
    }
    r
}

#[test]
fn an_assessment_found_obviously_unnecessary_needs_no_start_dates() {
    let f = form();
    // 1.1.0 had no such resolution: every date, and the whole assessment, was required.
    let v = validate(&f, &not_needed(true), today());
    assert_eq!(v.errors, vec![]);
    // Nothing of the assessment is scored then: no domain applies.
    let concern = score(&f, &v.answers);
    assert_eq!(
        concern.get("concern_count").unwrap().completeness,
        arvio_core::Completeness::NotApplicable
    );
    for id in ASSESSMENT_SECTIONS {
        let s = f.sections.iter().find(|s| s.id == id).unwrap();
        assert!(s.applies_if.is_some(), "{id}");
    }
    // The reason is required then, and the start dates and the assessment do not apply.
    let mut r = not_needed(false);
    for (id, v) in [
        ("informed_on", json!("2026-09-11")),
        ("started_on", json!("2026-09-15")),
        ("summary", json!("Fictional summary.")),
    ] {
        r.answers.insert(id.into(), v.into());
    }
    assert_eq!(
        validate(&f, &r, today()).errors,
        vec![
            err("not_needed_reason", ErrorKind::MissingRequired),
            err("informed_on", ErrorKind::DoesNotApply),
            err("started_on", ErrorKind::DoesNotApply),
            err("summary", ErrorKind::DoesNotApply),
        ]
    );
    // A started assessment needs all three dates.
    let r = edited(
        FI,
        &[
            ("informed_on", Value::Null),
            ("started_on", Value::Null),
            ("completed_on", Value::Null),
        ],
    );
    assert_eq!(
        validate(&f, &r, today()).errors,
        vec![
            err("informed_on", ErrorKind::MissingRequired),
            err("started_on", ErrorKind::MissingRequired),
            err("completed_on", ErrorKind::MissingRequired),
        ]
    );
    // And the resolution itself is required.
    let r = edited(FI, &[("start_resolution", Value::Null)]);
    let errors = validate(&f, &r, today()).errors;
    assert!(errors.contains(&err("start_resolution", ErrorKind::MissingRequired)));
}

// ---------------------------------------------------------------------------------------------
// Intake channels: which ones are child welfare cases

#[test]
fn intake_channels_tell_an_application_under_shl_from_child_welfare_cases() {
    let f = form();
    assert_eq!(
        codes(&f, "intake_channel"),
        [
            "application",
            "notification",
            "assessment_request",
            "cw_application",
            "contact",
            "other"
        ]
    );
    let q = f.question("intake_channel").unwrap();
    let application = &q.options()[0];
    assert_eq!(application.label, "sn-intake-application-shl");
    for (lang, words) in [
        ("fi", "Sosiaalihuoltolain"),
        ("sv", "socialvårdslagen"),
        ("en", "Social Welfare Act"),
    ] {
        assert!(text(lang, &application.label).contains(words), "{lang}");
    }
    // The note on the deadlines no longer says they bind every case.
    let note = &f.question("deadlines_note").unwrap().label;
    for (lang, words) in [
        (
            "fi",
            [
                "erityistä tukea tarvitsevan",
                "Muissa asioissa laki ei aseta",
            ],
        ),
        (
            "sv",
            ["behöver särskilt stöd", "I andra ärenden anger lagen ingen"],
        ),
        (
            "en",
            ["needing special support", "In other cases the law sets no"],
        ),
    ] {
        let t = text(lang, note);
        for w in words {
            assert!(t.contains(w), "{lang}: {t}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The red flag

fn concern_band(r: &Response) -> BandResult {
    let f = form();
    let checked = validate(&f, r, today());
    assert_eq!(checked.errors, vec![]);
    score(&f, &checked.answers)
        .get("concern_count")
        .unwrap()
        .band
        .clone()
        .unwrap()
}

#[test]
fn the_red_flag_is_a_serious_concern_in_safety_or_violence_and_its_own_band() {
    let f = form();
    let def = f.score("concern_count").unwrap();
    assert!(def.bands.iter().all(|b| b.code != "red_flag"));
    for id in ["child_safety", "family_violence"] {
        let notes = format!("{id}_notes");
        // Some concern (3): counted, no red flag, no override to significant concern.
        let r = edited(EN, &[(id, json!(3)), (notes.as_str(), json!("Fictional."))]);
        let b = concern_band(&r);
        assert_ne!(b.code, "red_flag", "{id}");
        assert!(!(b.overridden && b.code == "significant_concern"), "{id}");
        assert_eq!(b.code, "some_concern", "{id}");
        // Serious concern (4): the red flag.
        let r = edited(EN, &[(id, json!(4)), (notes.as_str(), json!("Fictional."))]);
        let b = concern_band(&r);
        assert_eq!(
            (b.code.as_str(), b.label.as_str(), b.overridden),
            ("red_flag", "sn-band-red-flag-serious", true),
            "{id}"
        );
    }
    for lang in ["fi", "sv", "en"] {
        assert!(!text(lang, "sn-band-red-flag-serious").is_empty());
    }
}

// ---------------------------------------------------------------------------------------------
// The examples

#[test]
fn the_main_examples_are_child_welfare_notifications() {
    for (json, lang) in [(FI, "fi"), (SV, "sv"), (EN, "en")] {
        let r = Response::from_json(json).unwrap();
        assert_eq!(r.form_version, "2.0.0", "{lang}");
        assert_eq!(
            answer(&r, "intake_channel"),
            &json!("notification"),
            "{lang}"
        );
        assert_eq!(answer(&r, "start_resolution"), &json!("start"), "{lang}");
        assert_eq!(validate(&form(), &r, today()).errors, vec![], "{lang}");
    }
    // The Finnish one: initiated on Tuesday 8 September 2026; the 7th working day is Thursday
    // 17 September, and three months run to 8 December.
    let r = Response::from_json(FI).unwrap();
    let initiated = date(2026, 9, 8);
    assert_eq!(answer(&r, "initiated_on"), &json!("2026-09-08"));
    assert_eq!(add_working_days(initiated, 7), date(2026, 9, 17));
    assert_eq!(
        initiated.checked_add_months(Months::new(3)),
        Some(date(2026, 12, 8))
    );
}

#[test]
fn the_social_welfare_act_examples_are_applications_for_a_child_without_special_support() {
    for (json, lang) in [(SHL_FI, "fi"), (SHL_SV, "sv"), (SHL_EN, "en")] {
        let r = Response::from_json(json).unwrap();
        assert_eq!(r.language, lang);
        assert_eq!(r.form_version, "2.0.0", "{lang}");
        assert_eq!(
            answer(&r, "intake_channel"),
            &json!("application"),
            "{lang}"
        );
        assert_eq!(answer(&r, "special_support"), &json!(false), "{lang}");
        assert_eq!(answer(&r, "start_resolution"), &json!("start"), "{lang}");
        // No violence, and some concern overall.
        assert_eq!(answer(&r, "family_violence"), &json!(1), "{lang}");
        let checked = validate(&form(), &r, today());
        assert_eq!(checked.errors, vec![], "{lang}");
        let report = score(&form(), &checked.answers);
        let b = report.get("concern_count").unwrap().band.clone().unwrap();
        assert_eq!(
            (b.code.as_str(), b.overridden),
            ("some_concern", false),
            "{lang}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Words

#[test]
fn the_locales_use_the_official_terms() {
    let (fi, sv) = (LOCALES[0].1, LOCALES[1].1);
    assert!(
        !fi.contains("palveluntarpee"),
        "fi: palvelutarpeen arviointi"
    );
    assert!(fi.contains("pyhäpäivät sekä juhannus- ja jouluaatto"));
    let sv_lower = sv.to_lowercase();
    for word in [
        "handikapp",
        "socialsekreterare",
        "orosanmälan",
        "socialtjänst",
    ] {
        assert!(!sv_lower.contains(word), "sv: {word}");
    }
    for word in [
        "Funktionshinderservice",
        "Avgörande om att inleda",
        "Delgivning",
        "Distansmöte",
        "Kamratstödsgrupp",
        "arbetstagaren",
    ] {
        assert!(sv.contains(word), "sv lacks {word}");
    }
}
