//! Versions of the built-in forms: the version each embedded file is listed under is the one
//! its TOML declares, every archived version stays loadable by name (`ID@VERSION`) and for the
//! responses that name it, an unknown version is refused with the known ones listed, and a
//! minor version accepts every response of the version before it.

use arvio_core::{Response, Status, parse_form, validate};
use arvio_forms::{
    FormSpec, FormSpecError, builtin, builtin_files, builtin_ids, builtin_versions, for_response,
};
use semver::Version;

mod common;
use common::{read, root, today};

const IDS: [&str; 3] = [
    "family-self-assessment",
    "caregiver-support",
    "service-need",
];

fn v(s: &str) -> Version {
    Version::parse(s).unwrap()
}

#[test]
fn each_entry_is_listed_under_the_id_and_version_its_file_declares() {
    let mut files = 0;
    for (id, version, file, text) in builtin_files() {
        files += 1;
        let raw: toml::Table = toml::from_str(text).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(raw["id"].as_str(), Some(id), "{file}");
        assert_eq!(raw["version"].as_str(), Some(version), "{file}");
        let form = parse_form(text, file).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(
            (form.id.as_str(), form.version.to_string()),
            (id, version.to_string())
        );
        // The file name says which version it is: `ID.toml` is the newest, the archives
        // `ID@VERSION.toml`.
        let newest = builtin_versions(id)[0].to_string();
        if file == format!("forms/{id}.toml") {
            assert_eq!(version, newest, "{file}");
        } else {
            assert_eq!(file, format!("forms/{id}@{version}.toml"));
            assert_ne!(version, newest, "{file}");
        }
    }
    assert_eq!(files, 9);
    assert_eq!(builtin_ids().collect::<Vec<_>>(), IDS);
}

/// Every version of each form, newest first: the newest of each was made for the forms issue
/// (the law, the seeds and the words): service-need and caregiver-support changed in ways that
/// can invalidate a stored response (major), the family self-assessment only added optional
/// questions (minor).
fn versions(id: &str) -> [Version; 3] {
    let newest = match id {
        "family-self-assessment" => "1.2.0",
        _ => "2.0.0",
    };
    [v(newest), v("1.1.0"), v("1.0.0")]
}

#[test]
fn each_form_has_its_newest_version_and_two_archives() {
    for id in IDS {
        assert_eq!(builtin_versions(id), versions(id), "{id}");
        assert_eq!(builtin(id).unwrap().version, versions(id)[0], "{id}");
    }
    assert!(builtin_versions("no-such-form").is_empty());
}

#[test]
fn a_spec_with_a_version_loads_that_archive() {
    for id in IDS {
        let old = format!("{id}@1.0.0")
            .parse::<FormSpec>()
            .unwrap()
            .load()
            .unwrap();
        assert_eq!((old.id.as_str(), old.version.clone()), (id, v("1.0.0")));
        // 1.0.0 had no record; 1.1.0 added it.
        assert!(
            old.record.assessor.is_empty() && old.record.date.is_none(),
            "{id}"
        );
        assert!(old.question("assessor_name").is_none(), "{id}");

        for version in &versions(id)[..2] {
            let named = format!("{id}@{version}")
                .parse::<FormSpec>()
                .unwrap()
                .load()
                .unwrap();
            assert_eq!(&named.version, version);
            assert_eq!(
                named.record.assessor,
                ["assessor_name", "assessor_title", "assessor_unit"]
            );
            assert_eq!(named.record.participants.as_deref(), Some("participants"));
            assert!(named.record.date.is_some(), "{id}");
        }
        let new = id.parse::<FormSpec>().unwrap().load().unwrap();
        assert_eq!(new.version, versions(id)[0]);
        assert_eq!(new, builtin(id).unwrap());
    }
}

#[test]
fn for_response_picks_the_version_the_response_names() {
    for id in IDS {
        for version in versions(id) {
            let named = version.to_string();
            assert_eq!(for_response(id, &named).unwrap().version, version);
        }
        // An unknown or unreadable version falls back to the newest form...
        assert_eq!(for_response(id, "0.9.0").unwrap().version, versions(id)[0]);
        assert_eq!(for_response(id, "one").unwrap().version, versions(id)[0]);
        // ...and validating with the form's versions reports it as unknown-form-version, with
        // the known versions (not as wrong-form-version).
        let set = arvio_forms::versions::builtin_form_versions(id).unwrap();
        for unknown in ["0.9.0", "one"] {
            let mut r = Response::new(&builtin(id).unwrap(), "fi");
            r.form_version = unknown.into();
            let (form, checked) = set.validate_part(&r, today(), arvio_core::Part::Family);
            assert_eq!(form.version, versions(id)[0]);
            assert_eq!(
                checked
                    .errors
                    .iter()
                    .map(|e| (e.path.as_str(), &e.kind))
                    .collect::<Vec<_>>(),
                [(
                    "form_version",
                    &arvio_core::ErrorKind::UnknownFormVersion {
                        known: versions(id).iter().map(ToString::to_string).collect()
                    }
                )],
                "{id} {unknown}"
            );
        }
    }
    assert!(for_response("no-such-form", "1.0.0").is_none());
}

#[test]
fn an_unknown_version_is_refused_with_the_known_ones() {
    let spec: FormSpec = "service-need@0.9.0".parse().unwrap();
    assert_eq!(
        spec.load(),
        Err(FormSpecError::UnknownVersion {
            id: "service-need".into(),
            version: "0.9.0".into(),
            known: "2.0.0, 1.1.0, 1.0.0".into(),
        })
    );
    let e = spec.load().unwrap_err().to_string();
    assert_eq!(
        e,
        "form `service-need` has no version 0.9.0 (known: 2.0.0, 1.1.0, 1.0.0)"
    );
    assert_eq!(
        "nope@1.0.0".parse::<FormSpec>().unwrap().load(),
        Err(FormSpecError::UnknownForm("nope".into()))
    );
    assert_eq!(
        "service-need@1".parse::<FormSpec>(),
        Err(FormSpecError::BadVersion("1".into()))
    );
}

/// The archived examples of one version (`examples/responses/VERSION/`), as filled in under it.
fn archived_examples(version: &str) -> Vec<(String, Response)> {
    let dir = root().join("examples/responses").join(version);
    let mut out: Vec<(String, Response)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, Response::from_json(&read(&p)).unwrap())
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    // 1.1.0 added the family self-assessment's review examples.
    assert_eq!(out.len(), if version == "1.0.0" { 9 } else { 12 });
    out
}

#[test]
fn archived_examples_stay_valid_against_their_own_version() {
    for version in ["1.0.0", "1.1.0"] {
        for (name, r) in archived_examples(version) {
            assert_eq!(
                (r.form_version.as_str(), r.status),
                (version, Status::Submitted)
            );
            let form = for_response(&r.form, &r.form_version).unwrap();
            assert_eq!(form.version, v(version), "{name}");
            assert_eq!(validate(&form, &r, today()).errors, vec![], "{name}");
            // Against the newest version the same response is a version mismatch first (and,
            // for a major version, whatever else no longer fits).
            let newest = builtin(&r.form).unwrap();
            let codes: Vec<&str> = validate(&newest, &r, today())
                .errors
                .iter()
                .map(|e| e.kind.code())
                .collect();
            assert_eq!(
                codes.first(),
                Some(&"wrong-form-version"),
                "{version} {name}"
            );
            if newest.version.major == 1 {
                assert_eq!(codes, ["wrong-form-version"], "{version} {name}");
            }
        }
    }
}

#[test]
fn a_minor_version_accepts_every_response_of_the_version_before() {
    // 1.0.0 -> 1.1.0 for every form, 1.1.0 -> 1.2.0 for the family self-assessment.
    for (name, mut r) in archived_examples("1.0.0") {
        r.form_version = "1.1.0".into();
        let form = for_response(&r.form, &r.form_version).unwrap();
        assert_eq!(validate(&form, &r, today()).errors, vec![], "{name}");
    }
    let mut checked = 0;
    for (name, mut r) in archived_examples("1.1.0") {
        let newest = builtin(&r.form).unwrap();
        if newest.version.major != 1 {
            continue;
        }
        r.form_version = newest.version.to_string();
        assert_eq!(validate(&newest, &r, today()).errors, vec![], "{name}");
        checked += 1;
    }
    assert_eq!(checked, 6);
}

/// A major version may refuse a response of the version before: these are the changes that
/// make it major, each shown on the archived 1.1.0 examples.
#[test]
fn a_major_version_says_why_it_is_major() {
    for (name, mut r) in archived_examples("1.1.0") {
        let newest = builtin(&r.form).unwrap();
        if newest.version.major == 1 {
            continue;
        }
        r.form_version = newest.version.to_string();
        let errors = validate(&newest, &r, today()).errors;
        assert!(!errors.is_empty(), "{name}: 2.0.0 accepts it: why major?");
    }
}
