//! The family self-assessment's content in 1.2.0 (issue 10): a title of its own, the child's
//! own part with text-labelled scales and private answers, goal levels described in the
//! family's words, the process questions from the seeds (000, 001, 004), a minor version that
//! accepts every 1.1.0 response, the words of each language, and the seed coverage tables in
//! `docs/seed-coverage.md` (checked in `seed_coverage.rs`).

use arvio_core::model::Required;
use arvio_core::render::view::summary;
use arvio_core::render::{Filled, IdTexts, RenderContext};
use arvio_core::{
    Audience, CopyFor, Form, Question, QuestionKind, Response, score, validate, validate_part,
};
use arvio_forms::{builtin, builtin_version};
use semver::Version;
use serde_json::json;
use std::collections::{BTreeMap, BTreeSet};

mod common;
use common::{read, root, today};

const FORM: &str = "family-self-assessment";
const LANGS: [&str; 3] = ["fi", "sv", "en"];

fn form() -> Form {
    builtin(FORM).unwrap()
}

fn previous() -> Form {
    builtin_version(FORM, &Version::new(1, 1, 0)).unwrap()
}

/// `id = text` of one locale file (single-line messages, as this file has).
fn messages(lang: &str) -> BTreeMap<String, String> {
    read(&root().join(format!("locales/{lang}/{FORM}.ftl")))
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once(" = "))
        .map(|(id, text)| (id.trim().to_string(), text.trim().to_string()))
        .collect()
}

fn example(name: &str) -> Response {
    Response::from_json(&read(&root().join("examples/responses").join(name))).unwrap()
}

/// Every question of a form with the path it has in a response's answers (`goals.level_0` for
/// a group's sub-question).
fn all_questions(form: &Form) -> Vec<(String, &Question)> {
    let mut out = Vec::new();
    for (_, q) in form.questions() {
        out.push((q.id.clone(), q));
        if let QuestionKind::Group { questions, .. } = &q.kind {
            for sq in questions {
                out.push((format!("{}.{}", q.id, sq.id), sq));
            }
        }
    }
    out
}

#[test]
fn the_title_is_its_own_and_not_thls() {
    let form = form();
    assert_eq!(form.version, Version::new(1, 2, 0));
    // A new message: the archives keep the title they were released with.
    assert_ne!(form.title, previous().title);
    for lang in LANGS {
        let m = messages(lang);
        let title = &m[&form.title];
        let old = &m[&previous().title];
        assert_ne!(title, old, "{lang}");
        assert!(!title.is_empty(), "{lang}");
    }
    let fi = &messages("fi")[&form.title];
    assert_ne!(fi, "Lapsiperheen arjen voimavarat");
    assert!(!fi.to_lowercase().contains("arjen voimavarat"), "{fi}");
}

#[test]
fn the_child_has_a_part_of_their_own() {
    let form = form();
    let section = form
        .sections
        .iter()
        .find(|s| s.id == "child_voice")
        .unwrap();
    assert_eq!(section.audience, Audience::Child);
    assert!(section.applies_if.is_none());
    let mut scales = 0;
    for q in &section.questions {
        assert_eq!(q.audience, Audience::Child, "{}", q.id);
        // Everything in the child's part is optional.
        assert_eq!(q.required, Required::No, "{}", q.id);
        if let QuestionKind::Scale {
            min,
            max,
            point_labels,
            not_applicable,
            ..
        } = &q.kind
        {
            scales += 1;
            // A simple scale with a text on every point (accessible without pictures), and
            // "I don't want to say".
            assert_eq!((*min, *max), (1, 3), "{}", q.id);
            assert_eq!(point_labels.len(), 3, "{}", q.id);
            let na = not_applicable.as_ref().expect("not applicable");
            for lang in LANGS {
                let m = messages(lang);
                for id in point_labels.iter().chain([na]) {
                    assert!(m.get(id).is_some_and(|t| !t.is_empty()), "{lang}: {id}");
                }
            }
        }
    }
    assert!(scales >= 4, "{scales}");
    let fi = messages("fi");
    assert_eq!(
        [
            "fsa-child-scale-3",
            "fsa-child-scale-2",
            "fsa-child-scale-1"
        ]
        .map(|id| &fi[id][..]),
        ["Hyvin", "Vähän niin ja näin", "Huonosti"]
    );
    // Who helped the child.
    let helper = form.question("child_helper").unwrap();
    let codes: Vec<&str> = helper.options().iter().map(|o| o.code.as_str()).collect();
    assert_eq!(codes, ["alone", "worker", "parent", "other"]);
    // What could put a child at risk if a parent read it is private; what the child wants the
    // adults to know is not.
    for id in ["child_home", "child_safe", "child_worker_only"] {
        assert!(form.question(id).unwrap().private, "{id}");
    }
    for id in [
        "child_school",
        "child_friends",
        "child_trusted_adult",
        "child_wish",
        "child_tell_adults",
        "child_helper",
    ] {
        assert!(!form.question(id).unwrap().private, "{id}");
    }
}

/// The summary of a response as the family's copy and as the worker's: item ids and all texts.
fn copies(form: &Form, r: &Response) -> [(Vec<String>, String); 2] {
    let v = validate(form, r, today());
    assert_eq!(v.errors, vec![]);
    let s = score(form, &v.answers);
    let filled = Filled::new(r, &v, &s);
    [CopyFor::Family, CopyFor::Worker].map(|copy| {
        let cx = RenderContext::summary(form, &IdTexts, filled).with_copy(copy);
        let sm = summary(&cx).unwrap();
        let ids = sm
            .sections
            .iter()
            .flat_map(|s| s.items.iter().map(|i| i.id.clone()))
            .collect();
        (ids, sm.texts().join("\n"))
    })
}

#[test]
fn the_family_copy_never_shows_what_the_child_said_in_confidence() {
    let form = form();
    let r = example("family-self-assessment-en.json");
    let secret = r.answers["child_worker_only"]
        .0
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(r.answers["child_safe"].0, json!(2));
    let [(family_ids, family_text), (worker_ids, worker_text)] = copies(&form, &r);
    for id in [
        "child_home",
        "child_safe",
        "child_worker_only",
        "safety_private",
    ] {
        assert!(
            !family_ids.iter().any(|i| i == id),
            "{id} in the family copy"
        );
        assert!(
            worker_ids.iter().any(|i| i == id),
            "{id} not in the worker copy"
        );
    }
    assert!(!family_text.contains(&secret));
    assert!(worker_text.contains(&secret));
    // The child's "sometimes" on feeling safe is the only answer with that label.
    assert!(!family_text.contains("fsa-child-yes-2"));
    assert!(worker_text.contains("fsa-child-yes-2"));
    // What the child wants the adults to know is in the family's copy.
    for id in ["child_school", "child_tell_adults", "child_helper"] {
        assert!(family_ids.iter().any(|i| i == id), "{id}");
    }
    let told = r.answers["child_tell_adults"].0.as_str().unwrap();
    assert!(family_text.contains(told));
}

#[test]
fn goals_describe_each_level_and_the_review_reads_them() {
    let form = form();
    let goals = form.question("goals").unwrap();
    let QuestionKind::Group { questions, .. } = &goals.kind else {
        panic!("goals is a group")
    };
    let ids: Vec<&str> = questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "goal",
            "level_minus2",
            "level_minus1",
            "level_0",
            "level_plus1",
            "level_plus2",
            "weight",
            "start_level",
            "review_level"
        ]
    );
    for q in questions.iter().filter(|q| q.id.starts_with("level_")) {
        assert_eq!(q.required, Required::No, "{}", q.id);
        assert!(matches!(q.kind, QuestionKind::ShortText { .. }), "{}", q.id);
    }
    // The help of the levels is new (its meaning changed); the archives keep theirs.
    let review = questions.iter().find(|q| q.id == "review_level").unwrap();
    let help = review.help.as_deref().unwrap();
    assert_eq!(help, "fsa-goal-review-level-help-described");
    assert!(messages("en")[help].contains("descriptions"));
    assert!(messages("fi")[help].contains("kuvaukset"));
    // Every example describes at least levels 0 and −1 of each goal.
    for lang in LANGS {
        let r = example(&format!("{FORM}-{lang}.json"));
        for row in r.answers["goals"].0.as_array().unwrap() {
            for key in ["level_minus1", "level_0"] {
                assert!(row[key].is_string(), "{lang}: {key}");
            }
        }
    }
}

/// Worker answers for the process section, as a worker would record them at the review.
fn process_answers() -> serde_json::Value {
    json!({
        "service_basis": "intensified_family_work",
        "child_welfare_client": true,
        "decided_on": "2026-02-20",
        "work_purpose": ["resources", "interaction", "avoid_placement"],
        "service_plan_on": "2026-03-12",
        "planned_duration_months": 9,
        "meeting_frequency": "twice_a_week",
        "meeting_length": "1_5_to_2_h",
        "intensity_as_needed": "Three mornings a week for the first month, then twice a week.",
        "meeting_places": ["home", "school"],
        "working_hours": ["weekday_daytime", "weekday_evening"],
        "worker_pair": "two_social_counsellors",
        "team_professions": ["social_worker", "social_counsellor", "psychologist"],
        "peer_group": false,
        "return_home_assessment": true,
        "return_home_meetings": ["together", "children_separately"],
        "schooling": "own_school",
        "institutional_transition": "none",
        "documented_with_family": true,
        "documented_with_child": true,
        "final_meeting_on": "2026-11-20",
        "work_summary": "PROCESSSUMMARY",
        "next_steps": "PROCESSNEXTSTEPS"
    })
}

#[test]
fn the_process_is_the_workers_optional_record_of_the_seeds_practice() {
    let form = form();
    let section = form.sections.iter().find(|s| s.id == "process").unwrap();
    assert_eq!(section.audience, Audience::Worker);
    for q in &section.questions {
        assert_eq!(q.audience, Audience::Worker, "{}", q.id);
        assert_eq!(q.required, Required::No, "{}", q.id);
    }
    // Seed 004: once to three times a week, about 1.5-2 hours, a pair of social counsellors.
    let codes = |id: &str| -> Vec<String> {
        form.question(id)
            .unwrap()
            .options()
            .iter()
            .map(|o| o.code.clone())
            .collect()
    };
    for (id, code) in [
        ("meeting_frequency", "once_a_week"),
        ("meeting_frequency", "twice_a_week"),
        ("meeting_frequency", "three_times_a_week"),
        ("meeting_length", "1_5_to_2_h"),
        ("worker_pair", "two_social_counsellors"),
        ("worker_pair", "with_other_professional"),
        ("meeting_places", "home"),
        ("meeting_places", "day_care"),
        ("meeting_places", "school"),
        ("meeting_places", "office"),
        ("meeting_places", "placement"),
        ("institutional_transition", "into"),
        ("institutional_transition", "out_of"),
        ("institutional_transition", "none"),
    ] {
        assert!(codes(id).iter().any(|c| c == code), "{id}: {code}");
    }

    // The review example with the worker's process answers: valid in every part, and the
    // family's copy shows none of them.
    let mut r = example("family-self-assessment-review-fi.json");
    for (id, value) in process_answers().as_object().unwrap() {
        r.answers.insert(id.clone(), value.clone().into());
    }
    for part in [
        arvio_core::Part::All,
        arvio_core::Part::Family,
        arvio_core::Part::Worker,
    ] {
        assert_eq!(validate_part(&form, &r, today(), part).errors, vec![]);
    }
    let [(family_ids, family_text), (worker_ids, worker_text)] = copies(&form, &r);
    assert!(!family_ids.iter().any(|id| id == "next_steps"));
    assert!(worker_ids.iter().any(|id| id == "next_steps"));
    assert!(!family_text.contains("PROCESSSUMMARY") && !family_text.contains("PROCESSNEXTSTEPS"));
    assert!(worker_text.contains("PROCESSNEXTSTEPS"));

    // The final review meeting's summary and plan belong to the review only.
    let mut start = example("family-self-assessment-fi.json");
    start.answers.insert("next_steps".into(), json!("x").into());
    let codes: Vec<&str> = validate(&form, &start, today())
        .errors
        .iter()
        .map(|e| e.kind.code())
        .collect();
    assert_eq!(codes, ["does-not-apply"]);
}

#[test]
fn the_family_answers_its_own_view_of_the_work() {
    let form = form();
    let section = form
        .sections
        .iter()
        .find(|s| s.id == "working_together")
        .unwrap();
    assert_eq!(section.audience, Audience::Family);
    assert!(section.questions.iter().all(|q| q.required == Required::No));
    // Motivation is not scored: the domain profile is unchanged from 1.1.0.
    let scored: BTreeSet<&str> = form
        .scores
        .iter()
        .flat_map(|s| s.items.iter().map(String::as_str))
        .collect();
    for (_, q) in form.questions() {
        if ["child_voice", "working_together", "process"]
            .contains(&form.question_in_section(&q.id).unwrap().0.id.as_str())
        {
            assert!(!scored.contains(q.id.as_str()), "{}", q.id);
        }
    }
    // The parents' feedback is asked at the review.
    for id in ["feedback_meetings_suited", "parent_feedback"] {
        assert!(form.question(id).unwrap().applies_if.is_some(), "{id}");
    }
}

#[test]
fn every_1_1_0_response_stays_valid_under_1_2_0() {
    let form = form();
    let dir = root().join("examples/responses/1.1.0");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.starts_with(&format!("{FORM}-")) {
            continue;
        }
        let mut r = Response::from_json(&read(&path)).unwrap();
        assert_eq!(r.form_version, "1.1.0", "{name}");
        // Valid under the version it names ...
        assert_eq!(validate(&previous(), &r, today()).errors, vec![], "{name}");
        // ... and, named as 1.2.0, under the new version too.
        r.form_version = "1.2.0".into();
        assert_eq!(validate(&form, &r, today()).errors, vec![], "{name}");
        seen += 1;
    }
    assert_eq!(seen, 6);
}

#[test]
fn the_minor_version_only_adds_optional_questions() {
    let (old, new) = (previous(), form());
    let old_qs: BTreeMap<String, &Question> = all_questions(&old).into_iter().collect();
    let new_qs: BTreeMap<String, &Question> = all_questions(&new).into_iter().collect();
    for (path, q) in &old_qs {
        let n = new_qs.get(path).unwrap_or_else(|| panic!("{path} removed"));
        assert_eq!(n.kind.name(), q.kind.name(), "{path}");
        assert_eq!(n.required, q.required, "{path}");
        let codes = |q: &Question| -> BTreeSet<String> {
            q.options().iter().map(|o| o.code.clone()).collect()
        };
        assert!(codes(q).is_subset(&codes(n)), "{path}: an option removed");
        if let (
            QuestionKind::Scale { min, max, .. },
            QuestionKind::Scale {
                min: nmin,
                max: nmax,
                ..
            },
        ) = (&q.kind, &n.kind)
        {
            assert!(nmin <= min && nmax >= max, "{path}: range narrowed");
        }
    }
    let added: Vec<&String> = new_qs.keys().filter(|p| !old_qs.contains_key(*p)).collect();
    assert!(added.len() >= 40, "{}", added.len());
    for path in added {
        assert_eq!(new_qs[path].required, Required::No, "{path} is required");
    }
    assert_eq!(old.scores, new.scores);
}

#[test]
fn the_words_fit_each_reader() {
    let form = form();
    // No Sweden-Swedish terms and no obsolete "handikapp" anywhere in the Swedish file.
    let sv = read(&root().join(format!("locales/sv/{FORM}.ftl"))).to_lowercase();
    for word in [
        "socialsekreterare",
        "orosanmälan",
        "socialtjänst",
        "bbic",
        "handikapp",
        "slutförhandling",
        "sjuksköterska",
    ] {
        assert!(!sv.contains(word), "sv: {word}");
    }
    let sv = messages("sv");
    for (id, word) in [
        ("fsa-phase-review", "slutmötet"),
        (
            "fsa-service-basis-intensified",
            "Intensifierat familjearbete",
        ),
        ("fsa-service-basis-rehab", "familjerehabilitering"),
        ("fsa-peer-group", "kamratstödsgrupp"),
        ("fsa-meeting-places-remote", "Distansmöte"),
        ("fsa-process-help", "Arbetstagaren"),
    ] {
        assert!(sv[id].contains(word), "sv {id}: {}", sv[id]);
    }
    // "Loppuneuvottelu" only where the worker reads it; the family reads "the last meeting
    // together".
    let fi = messages("fi");
    let worker_messages: BTreeSet<&str> = form
        .sections
        .iter()
        .filter(|s| s.audience == Audience::Worker)
        .flat_map(|s| {
            [Some(&s.title), s.help.as_ref()]
                .into_iter()
                .flatten()
                .chain(
                    s.questions
                        .iter()
                        .flat_map(|q| [Some(&q.label), q.help.as_ref()].into_iter().flatten()),
                )
        })
        .map(String::as_str)
        .collect();
    let family_messages: BTreeSet<&str> = form
        .message_ids()
        .into_iter()
        .filter(|id| !worker_messages.contains(id))
        .collect();
    for id in &family_messages {
        assert!(
            !fi[*id].to_lowercase().contains("loppuneuvottelu"),
            "fi {id}"
        );
    }
    assert!(fi["fsa-phase-review"].contains("viimeistä yhteistä tapaamista"));
    assert!(fi["fsa-work-summary"].contains("loppuneuvottelu"));
    assert_eq!(
        fi["fsa-has-partner"],
        "Asutteko yhdessä puolison tai kumppanin kanssa?"
    );
    // The family's items are short questions.
    for (_, q) in form.questions() {
        let scored = matches!(q.kind, QuestionKind::Scale { .. }) && q.audience == Audience::Family;
        if scored && q.id != "motivation" {
            for lang in LANGS {
                let text = &messages(lang)[&q.label];
                assert!(text.ends_with('?'), "{lang} {}: {text}", q.id);
            }
        }
    }
}
