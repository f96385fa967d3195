//! Property tests of the core invariants, over every built-in form.

use arvio_core::model::Form;
use arvio_core::sample::{answered_paths, mutate, sample_response};
use arvio_core::{AnswerValue, Response, Status, score, validate};
use arvio_forms::{builtin, builtin_ids};
use proptest::prelude::*;

mod common;
use common::today;

fn forms() -> Vec<Form> {
    builtin_ids()
        .map(|id| builtin(id).expect("built-in form parses"))
        .collect()
}

/// splitmix64 over a seed: the caller's entropy for the sampler.
fn rng(seed: u64) -> impl FnMut() -> u64 {
    let mut x = seed;
    move || {
        x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = x;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

fn arb_json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f)
            .map_or(serde_json::Value::Null, serde_json::Value::Number)),
        ".{0,12}".prop_map(serde_json::Value::from),
        Just(serde_json::Value::from("na")),
        Just(serde_json::Value::from("2025-01-31")),
    ];
    leaf.prop_recursive(3, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            prop::collection::btree_map("[a-z_]{1,8}", inner, 0..6)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Every response drawn from a form's own answer domain validates, draft or submitted.
    #[test]
    fn sampled_responses_validate(seed in any::<u64>(), submitted in any::<bool>()) {
        let status = if submitted { Status::Submitted } else { Status::Draft };
        for form in forms() {
            let r = sample_response(&form, "fi", status, today(), &mut rng(seed));
            let v = validate(&form, &r, today());
            prop_assert!(v.is_valid(), "{}: {:?}", form.id, v.errors);
        }
    }

    /// One answer moved outside its domain yields exactly one error, at that path.
    #[test]
    fn one_bad_answer_one_error(seed in any::<u64>(), which in any::<u64>(), pick in any::<u64>()) {
        for form in forms() {
            let mut r = sample_response(&form, "fi", Status::Submitted, today(), &mut rng(seed));
            let paths = answered_paths(&form, &r);
            if paths.is_empty() { continue; }
            let path = &paths[(which % paths.len() as u64) as usize];
            prop_assert!(mutate(&form, &mut r, path, pick));
            let v = validate(&form, &r, today());
            prop_assert_eq!(v.errors.len(), 1, "{}: {:?} at {}", form.id, v.errors, path);
            prop_assert_eq!(&v.errors[0].path, path);
        }
    }

    /// Arbitrary JSON as answers (and as a whole response) never panics the validator.
    #[test]
    fn arbitrary_json_never_panics(
        answers in prop::collection::btree_map("[a-z_]{1,24}", arb_json(), 0..12),
        whole in arb_json(),
        pick_known in any::<u64>(),
        value in arb_json(),
    ) {
        for form in forms() {
            let mut r = Response::new(&form, "fi");
            r.status = Status::Submitted;
            r.answers = answers.iter().map(|(k, v)| (k.clone(), AnswerValue(v.clone()))).collect();
            // Also put arbitrary JSON under a real question id.
            let ids: Vec<String> = form.questions().map(|(_, q)| q.id.clone()).collect();
            let id = ids[(pick_known % ids.len() as u64) as usize].clone();
            r.answers.insert(id, AnswerValue(value.clone()));
            let v = validate(&form, &r, today());
            let _ = score(&form, &v.answers);
            let _ = Response::from_json(&whole.to_string());
        }
    }

    /// Every score lies in its range and, with a value, falls in exactly one band.
    #[test]
    fn scores_in_range_and_one_band(seed in any::<u64>()) {
        for form in forms() {
            let r = sample_response(&form, "fi", Status::Submitted, today(), &mut rng(seed));
            let v = validate(&form, &r, today());
            let report = score(&form, &v.answers);
            for (def, s) in form.scores.iter().zip(&report.scores) {
                let Some(x) = s.value else { continue };
                prop_assert!(s.range.0 <= x && x <= s.range.1, "{}: {} outside {:?}", s.id, x, s.range);
                let last = def.bands.len() - 1;
                let containing = def.bands.iter().enumerate()
                    .filter(|(i, b)| x >= b.from && (x < b.to || (*i == last && x <= b.to)))
                    .count();
                prop_assert_eq!(containing, 1, "{} = {} in {} bands", s.id, x, containing);
                prop_assert!(s.band.is_some());
            }
        }
    }

    /// A response survives a serde round trip unchanged.
    #[test]
    fn response_round_trips(seed in any::<u64>()) {
        for form in forms() {
            let r = sample_response(&form, "sv", Status::Draft, today(), &mut rng(seed));
            let json = r.to_json();
            let back = Response::from_json(&json).unwrap();
            prop_assert_eq!(&back, &r);
            prop_assert_eq!(back.to_json(), json);
        }
    }
}
