//! Start vs review comparison of the family self-assessment, and the goal attainment T-score.

use arvio_core::{Answers, Completeness, Response, validate};
use arvio_forms::builtin;
use arvio_forms::compare::{BandShift, Comparison, compare, t_score};
use serde_json::{Value, json};

mod common;
use common::today;

const CLOSE: f64 = 1e-9;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < CLOSE
}

#[test]
fn t_score_of_one_goal_is_50_plus_10_per_step() {
    assert_eq!(t_score(&[(0, 1.0)]), Some(50.0));
    assert_eq!(t_score(&[(1, 1.0)]), Some(60.0));
    assert_eq!(t_score(&[(2, 1.0)]), Some(70.0));
    assert_eq!(t_score(&[(-1, 1.0)]), Some(40.0));
    assert_eq!(t_score(&[(-2, 1.0)]), Some(30.0));
    // The weight of a single goal cancels out: 50 + 10 · 3·1 / √(0.7·9 + 0.3·9).
    assert_eq!(t_score(&[(1, 3.0)]), Some(60.0));
}

#[test]
fn t_score_of_several_goals_by_hand() {
    // Two equal-weight goals at +1: 50 + 10 · 2 / √(0.7·2 + 0.3·2²) = 50 + 20 / √2.6.
    let t = t_score(&[(1, 1.0), (1, 1.0)]).unwrap();
    assert!(close(t, 62.403_473_458_920_84), "{t}");
    // All goals at the expected level give 50 whatever the weights.
    assert_eq!(t_score(&[(0, 1.0), (0, 2.0), (0, 3.0)]), Some(50.0));
    // Weights 1 and 3, levels +1 and −1: 50 + 10 · (1 − 3) / √(0.7·10 + 0.3·16)
    // = 50 − 20 / √11.8.
    let t = t_score(&[(1, 1.0), (-1, 3.0)]).unwrap();
    assert!(close(t, 44.177_774_902_604_18), "{t}");
}

#[test]
fn t_score_is_none_without_goals_or_usable_weights() {
    assert_eq!(t_score(&[]), None);
    assert_eq!(t_score(&[(1, 0.0), (2, 0.0)]), None);
    assert_eq!(t_score(&[(1, f64::NAN)]), None);
}

/// The Swedish example: phase review, two goals with review levels (and what each level would
/// look like), the parents' feedback and the older child's own part.
fn review_json() -> Value {
    let text = include_str!("../../../examples/responses/family-self-assessment-sv.json");
    serde_json::from_str(text).unwrap()
}

/// The same family at the start of the work.
fn start_json() -> Value {
    let mut v = review_json();
    let a = v["answers"].as_object_mut().unwrap();
    a.insert("filled_on".into(), json!("2026-02-02"));
    a.insert("phase".into(), json!("start"));
    // The parents' feedback is asked at the review only.
    for id in ["feedback_meetings_suited", "parent_feedback"] {
        assert!(a.remove(id).is_some(), "{id}");
    }
    // Routines 2, 2, 2, 2: worry (review 4, 4, 3, 3: mixed).
    for id in [
        "routines_mornings",
        "routines_meals",
        "routines_sleep",
        "routines_chores",
    ] {
        a.insert(id.into(), json!(2));
    }
    // Children 5, 5, 5, 5: strength (review 4, 3, 4, 5 = 4.0: strength, lower value).
    for id in [
        "children_mood",
        "children_school",
        "children_friends",
        "children_health",
    ] {
        a.insert(id.into(), json!(5));
    }
    // Parenting 4, 1, 4, 3 = 3.0: mixed (review 4, 4, 4, 3 = 3.75: mixed).
    a.insert("parenting_boundaries".into(), json!(1));
    // Safety 4, 4, 4: strength (review 5, 4, 4).
    a.insert("safety_home".into(), json!(4));
    // No partner at the start: the relationship score is incomplete.
    a.insert("has_partner".into(), json!(false));
    for id in [
        "relationship_talk",
        "relationship_agree",
        "relationship_support",
    ] {
        a.remove(id);
    }
    // Three goals at the start; the second was rated lower than the review response says.
    a.insert(
        "goals".into(),
        json!([
            {"goal": "Barnen somnar senast klockan nio.", "weight": 2, "start_level": -2},
            {"goal": "Vi bråkar mindre om läxorna.", "start_level": -2},
            {"goal": "Vi gör upp en budget.", "weight": 3, "start_level": -1}
        ]),
    );
    v
}

fn answers(v: &Value) -> Answers {
    let form = builtin("family-self-assessment").unwrap();
    let response = Response::from_json(&v.to_string()).unwrap();
    let checked = validate(&form, &response, today());
    assert_eq!(checked.errors, vec![]);
    checked.answers
}

fn comparison() -> Comparison {
    let form = builtin("family-self-assessment").unwrap();
    compare(&form, &answers(&start_json()), &answers(&review_json()))
}

#[test]
fn scores_change_per_domain() {
    let cmp = comparison();
    assert_eq!(cmp.form, "family-self-assessment");
    assert_eq!(cmp.form_version, "1.2.0");
    let ids: Vec<&str> = cmp.scores.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "routines",
            "parenting",
            "relationship",
            "coping",
            "children",
            "network",
            "finances",
            "safety",
            "worry_items"
        ]
    );

    let routines = cmp.score("routines").unwrap();
    assert_eq!(routines.label, "fsa-routines");
    assert_eq!(
        (routines.start, routines.review, routines.difference),
        (Some(2.0), Some(3.5), Some(1.5))
    );
    assert_eq!(routines.start_band.as_ref().unwrap().code, "worry");
    assert_eq!(routines.review_band.as_ref().unwrap().code, "mixed");
    assert_eq!(routines.band_change, Some(BandShift::Up));

    let parenting = cmp.score("parenting").unwrap();
    assert_eq!(
        (parenting.start, parenting.review, parenting.difference),
        (Some(3.0), Some(3.75), Some(0.75))
    );
    assert_eq!(parenting.band_change, Some(BandShift::Same));

    let children = cmp.score("children").unwrap();
    assert_eq!(
        (children.start, children.review, children.difference),
        (Some(5.0), Some(4.0), Some(-1.0))
    );
    assert_eq!(children.band_change, Some(BandShift::Same));

    let safety = cmp.score("safety").unwrap();
    assert_eq!((safety.start, safety.review), (Some(4.0), Some(13.0 / 3.0)));
    assert!(close(safety.difference.unwrap(), 1.0 / 3.0));
    assert_eq!(safety.band_change, Some(BandShift::Same));

    let coping = cmp.score("coping").unwrap();
    assert_eq!(coping.difference, Some(0.0));
    assert_eq!(coping.band_change, Some(BandShift::Same));

    // No partner at the start (the questions did not apply): no difference, no band change.
    let relationship = cmp.score("relationship").unwrap();
    assert_eq!(relationship.start, None);
    assert_eq!(relationship.start_completeness, Completeness::NotApplicable);
    assert_eq!(relationship.review_completeness, Completeness::Complete);
    assert_eq!(relationship.review, Some(11.0 / 3.0));
    assert_eq!(relationship.difference, None);
    assert_eq!(relationship.start_band, None);
    assert_eq!(relationship.band_change, None);

    // One item rated 1 at the start, none at the review. The three relationship items did
    // not apply at the start: they are left out, not missing.
    let worry = cmp.score("worry_items").unwrap();
    assert_eq!(worry.start_completeness, Completeness::Complete);
    assert_eq!(
        (worry.start, worry.review, worry.difference),
        (Some(1.0), Some(0.0), Some(-1.0))
    );
    assert_eq!(worry.band_change, Some(BandShift::Down));
}

#[test]
fn goals_are_matched_by_index() {
    let cmp = comparison();
    let got: Vec<_> = cmp
        .goals
        .iter()
        .map(|g| {
            (
                g.index,
                g.goal.as_deref(),
                g.weight,
                g.start_level,
                g.review_level,
                g.difference,
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            // Text from the review row; start level from the start response.
            (
                0,
                Some("Barnen somnar senast klockan nio på skoldagar."),
                2.0,
                Some(-2),
                Some(0),
                Some(2)
            ),
            (
                1,
                Some("Vi bråkar mindre om läxorna."),
                1.0,
                Some(-2),
                Some(1),
                Some(3)
            ),
            // Only in the start response: no review level.
            (2, Some("Vi gör upp en budget."), 3.0, Some(-1), None, None),
        ]
    );
}

#[test]
fn goal_attainment_at_start_and_review() {
    let cmp = comparison();
    let start = cmp.start_attainment.as_ref().unwrap();
    // Levels −2, −2, −1 with weights 2, 1, 3: 50 + 10 · (−4 − 2 − 3) / √(0.7·14 + 0.3·36)
    // = 50 − 90 / √20.6.
    assert!(
        close(start.t_score, 30.170_630_784_234_57),
        "{}",
        start.t_score
    );
    assert_eq!((start.rated, start.unrated), (3, 0));
    let review = cmp.review_attainment.as_ref().unwrap();
    // Levels 0 and +1 with weights 2 and 1 (the third goal has no review level):
    // 50 + 10 · 1 / √(0.7·5 + 0.3·9) = 50 + 10 / √6.2.
    assert!(
        close(review.t_score, 54.016_096_644_512_49),
        "{}",
        review.t_score
    );
    assert_eq!((review.rated, review.unrated), (2, 1));
}

#[test]
fn start_level_falls_back_to_the_review_row() {
    let form = builtin("family-self-assessment").unwrap();
    let mut start = start_json();
    start["answers"].as_object_mut().unwrap().remove("goals");
    let cmp = compare(&form, &answers(&start), &answers(&review_json()));
    let levels: Vec<_> = cmp
        .goals
        .iter()
        .map(|g| (g.start_level, g.review_level, g.difference))
        .collect();
    assert_eq!(
        levels,
        vec![(Some(-2), Some(0), Some(2)), (Some(-1), Some(1), Some(2))]
    );
    // Levels −2 and −1 with weights 2 and 1: 50 − 50 / √6.2.
    let t = cmp.start_attainment.unwrap().t_score;
    assert!(close(t, 50.0 - 50.0 / 6.2f64.sqrt()), "{t}");
}

#[test]
fn no_goals_no_attainment() {
    let form = builtin("family-self-assessment").unwrap();
    let empty = Answers::default();
    let cmp = compare(&form, &empty, &empty);
    assert!(cmp.goals.is_empty());
    assert_eq!(cmp.start_attainment, None);
    assert_eq!(cmp.review_attainment, None);
    assert!(cmp.scores.iter().all(|s| s.difference.is_none()
        && s.band_change.is_none()
        && s.review_completeness != Completeness::Complete));
}

#[test]
fn same_response_compared_with_itself_has_no_change() {
    let form = builtin("family-self-assessment").unwrap();
    let a = answers(&review_json());
    let cmp = compare(&form, &a, &a);
    for s in &cmp.scores {
        assert_eq!(s.difference, Some(0.0), "{}", s.id);
        assert_eq!(s.band_change, Some(BandShift::Same), "{}", s.id);
    }
    // Start levels come from the (same) rows; review levels too.
    let diffs: Vec<_> = cmp.goals.iter().map(|g| g.difference).collect();
    assert_eq!(diffs, vec![Some(2), Some(2)]);
}

#[test]
fn debug_output_shows_no_values() {
    let cmp = comparison();
    let text = format!("{cmp:?}");
    assert!(text.contains("routines"), "{text}");
    for value in [
        "3.5", "1.5", "0.75", "Barnen", "läxorna", "54.0", "30.1", "mixed", "strength",
    ] {
        assert!(!text.contains(value), "{value} in {text}");
    }
    let goal = format!("{:?}", cmp.goals[0]);
    assert_eq!(goal, "GoalChange { index: 0, values: \"<redacted>\", .. }");
    let att = format!("{:?}", cmp.review_attainment.as_ref().unwrap());
    assert_eq!(
        att,
        "GoalAttainment { t_score: \"<redacted>\", rated: 2, unrated: 1 }"
    );
    let score = format!("{:?}", cmp.score("routines").unwrap());
    assert_eq!(
        score,
        "ScoreChange { id: \"routines\", values: \"<redacted>\", .. }"
    );
}

fn example(name: &str) -> Value {
    let path = format!(
        "{}/../../examples/responses/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

/// The example families at the start and at their final review: every goal rated at both,
/// goal attainment by hand.
#[test]
fn example_start_and_review_pairs_compare() {
    let form = builtin("family-self-assessment").unwrap();
    // (language, T at the start, T at the review)
    let expected = [
        // Weights 2, 3, 1; levels −2, −1, −1 then +1, 0, −1: Σw² = 14, (Σw)² = 36.
        (
            "fi",
            50.0 - 80.0 / 20.6f64.sqrt(),
            50.0 + 10.0 / 20.6f64.sqrt(),
        ),
        // Weights 1, 3; levels −1, −2 then 0, −1: Σw² = 10, (Σw)² = 16.
        (
            "en",
            50.0 - 70.0 / 11.8f64.sqrt(),
            50.0 - 30.0 / 11.8f64.sqrt(),
        ),
    ];
    for (lang, start_t, review_t) in expected {
        let start = answers(&example(&format!("family-self-assessment-{lang}.json")));
        let review = answers(&example(&format!(
            "family-self-assessment-review-{lang}.json"
        )));
        let cmp = compare(&form, &start, &review);
        assert!(
            cmp.goals
                .iter()
                .all(|g| g.start_level.is_some() && g.review_level.is_some()),
            "{lang}"
        );
        let (s, r) = (
            cmp.start_attainment.unwrap().t_score,
            cmp.review_attainment.unwrap().t_score,
        );
        assert!(close(s, start_t) && close(r, review_t), "{lang}: {s} {r}");
        // Every domain is scored at both times.
        for sc in &cmp.scores {
            assert!(sc.difference.is_some(), "{lang}: {}", sc.id);
        }
    }
    // The Finnish family's routines: 2, 3, 2, 3 at the start, 4, 4, 3, 3 at the review.
    let fi = compare(
        &form,
        &answers(&example("family-self-assessment-fi.json")),
        &answers(&example("family-self-assessment-review-fi.json")),
    );
    let routines = fi.score("routines").unwrap();
    assert_eq!(
        (routines.start, routines.review, routines.difference),
        (Some(2.5), Some(3.5), Some(1.0))
    );
}
