//! Migrations of the built-in forms: their declarations fit and cover every change between
//! consecutive versions, every archived 1.0.0 example migrates to the newest version (and
//! validates, or its report says exactly why not), and responses drawn from each 1.0.0 form
//! migrate without losing an answer unreported.

use arvio_core::migrate::{ChangeKind, migrate};
use arvio_core::sample::{answered_paths, sample_response, xorshift};
use arvio_core::{Response, Status, validate};
use arvio_forms::versions::{builtin_form_versions, try_builtin_form_versions};
use arvio_forms::{builtin_ids, builtin_version};
use proptest::prelude::*;
use semver::Version;
use serde_json::Value;
use std::path::PathBuf;

mod common;
use common::{root, today};

#[test]
fn the_built_in_migrations_fit_and_cover_every_change() {
    for id in builtin_ids() {
        let versions = try_builtin_form_versions(id)
            .unwrap()
            .unwrap_or_else(|e| panic!("{id}: {e}"));
        assert_eq!(versions.lint(), vec![], "{id}");
        // Every version after the first declares where it comes from.
        for f in &versions.files()[1..] {
            let m = f.migration.as_ref().unwrap_or_else(|| panic!("{}", f.file));
            assert!(m.from < f.form.version, "{}", f.file);
        }
    }
}

/// What each archived 1.0.0 example's migration to the newest version reports.
fn expected_report(name: &str) -> &'static str {
    match name {
        "caregiver-support-en.json" | "caregiver-support-fi.json" | "caregiver-support-sv.json" => {
            "caregiver-support 1.0.0 -> 2.0.0
changed: 1.1.0 -> 2.0.0: cond_carer_able: moved to carer_conditions[0].able
changed: 1.1.0 -> 2.0.0: cond_carer_willing: moved to carer_conditions[0].willing
needs a person's look: required question designated_worker has no answer
needs a person's look: required question hours_elsewhere has no answer
needs a person's look: required question days_elsewhere has no answer
needs a person's look: required question family_situation has no answer
needs a person's look: required question carer_conditions[0].carer has no answer
2 change(s); 5 need a person's look"
        }
        "family-self-assessment-en.json"
        | "family-self-assessment-fi.json"
        | "family-self-assessment-sv.json" => {
            "family-self-assessment 1.0.0 -> 1.2.0
0 change(s); nothing needs a person's look"
        }
        // The English example's intake was an application, which 2.0.0 narrowed.
        "service-need-en.json" => {
            "service-need 1.0.0 -> 2.0.0
needs a person's look: 1.1.0 -> 2.0.0: intake_channel: option `application` may mean something else now: check it
needs a person's look: required question start_resolution has no answer
1 change(s); 2 need a person's look"
        }
        "service-need-fi.json" | "service-need-sv.json" => {
            "service-need 1.0.0 -> 2.0.0
needs a person's look: required question start_resolution has no answer
0 change(s); 1 need a person's look"
        }
        other => panic!("no expected report for {other}"),
    }
}

#[test]
fn every_1_0_0_example_migrates_to_the_newest_version_or_says_why_not() {
    let dir = root().join("examples/responses/1.0.0");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    assert_eq!(paths.len(), 9);
    for p in paths {
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        let r = Response::from_json(&std::fs::read_to_string(&p).unwrap()).unwrap();
        let versions = builtin_form_versions(&r.form).unwrap();
        let (migrated, report) = migrate(&versions, &r, None, today()).unwrap();
        assert_eq!(report.to_string(), expected_report(&name), "{name}");
        assert_eq!(migrated.form_version, versions.newest().version.to_string());
        // The report's problems are exactly why the result does not validate.
        let checked = validate(versions.newest(), &migrated, today());
        assert_eq!(checked.errors, report.problems, "{name}");
        assert_eq!(
            report.needs_look(),
            !checked.is_valid() || report.needs_look_count() > 0
        );
        // Through 1.1.0 by hand: the same result.
        let (mid, _) = migrate(&versions, &r, Some(&Version::new(1, 1, 0)), today()).unwrap();
        let (again, _) = migrate(&versions, &mid, None, today()).unwrap();
        assert_eq!(again, migrated, "{name}");
        // The 1.1.0 step only adds questions: the 1.1.0 response is valid.
        let v11 = builtin_version(&r.form, &Version::new(1, 1, 0)).unwrap();
        assert!(validate(&v11, &mid, today()).is_valid(), "{name}");
    }
}

/// Every archived 1.1.0 example (the review examples too) migrates to the newest version, and
/// its report's problems are exactly why the result does not validate.
#[test]
fn every_1_1_0_example_migrates_too() {
    let dir = root().join("examples/responses/1.1.0");
    let mut n = 0;
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_none_or(|x| x != "json") {
            continue;
        }
        let r = Response::from_json(&std::fs::read_to_string(&p).unwrap()).unwrap();
        let versions = builtin_form_versions(&r.form).unwrap();
        let (migrated, report) = migrate(&versions, &r, None, today()).unwrap();
        let checked = validate(versions.newest(), &migrated, today());
        assert_eq!(checked.errors, report.problems, "{}", p.display());
        // The minor step of the family self-assessment needs nothing.
        if r.form == "family-self-assessment" {
            assert!(!report.needs_look(), "{}: {report}", p.display());
        }
        n += 1;
    }
    assert_eq!(n, 12);
}

/// The value at an answer path (`q`, or `g[i].s`).
fn at<'a>(r: &'a Response, path: &str) -> Option<&'a Value> {
    match path.split_once('[') {
        None => r.answers.get(path).map(|v| &v.0),
        Some((g, rest)) => {
            let (i, sub) = rest.split_once("].")?;
            r.answers
                .get(g)?
                .0
                .as_array()?
                .get(i.parse::<usize>().ok()?)?
                .get(sub)
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// A response drawn from each 1.0.0 form migrates to the newest version: no answer is lost
    /// without a report entry naming it, and every answer kept validates against the target or
    /// the report names it.
    #[test]
    fn sampled_1_0_0_responses_migrate(seed in any::<u64>(), submitted in any::<bool>()) {
        let status = if submitted { Status::Submitted } else { Status::Draft };
        for id in builtin_ids() {
            let versions = builtin_form_versions(id).unwrap();
            let old = versions.get(&Version::new(1, 0, 0)).unwrap();
            let r = sample_response(old, "fi", status, today(), &mut xorshift(seed));
            let (migrated, report) = migrate(&versions, &r, None, today()).unwrap();
            let named: Vec<&str> = report.changes.iter().map(|c| c.path.as_str()).collect();
            for path in answered_paths(old, &r) {
                let p = path.as_str();
                let group = old.question(p).is_some_and(|q| q.kind_name() == "group");
                if group {
                    continue;
                }
                // Kept where it was, or the report says what became of it.
                prop_assert!(
                    at(&migrated, p).is_some() || named.contains(&p),
                    "{id}: {p} lost without a report entry"
                );
            }
            // Every answer taken out is reported as such, with its value.
            for c in &report.changes {
                if matches!(c.kind, ChangeKind::Removed | ChangeKind::NotCarried { .. }) {
                    prop_assert!(c.value.is_some() && c.kind.needs_look());
                }
            }
            let checked = validate(versions.newest(), &migrated, today());
            let shown = report.to_string();
            for e in &checked.errors {
                prop_assert!(report.problems.contains(e), "{id}: {e} not in the report");
                prop_assert!(shown.contains(e.path.as_str()), "{id}: {e} not shown");
            }
            prop_assert_eq!(report.needs_look(), report.needs_look_count() > 0);
        }
    }
}
