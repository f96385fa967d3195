//! `arvio migrate`, unknown form versions and custom forms with versions, end to end: the
//! migrated response on stdout (or `-o`), the report on stderr, exit 0 when nothing needs a
//! person's look and 1 when something does, and `arvio lint` failing on a change no migration
//! covers.

mod common;
use common::*;

#[test]
fn migrate_writes_the_response_and_reports_what_needs_a_look() {
    let o = arvio(&[
        "migrate",
        "caregiver-support",
        "examples/responses/1.0.0/caregiver-support-fi.json",
        TODAY,
    ]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let migrated: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(migrated["form_version"], "2.0.0");
    assert_eq!(migrated["answers"]["carer_conditions"][0]["willing"], true);
    assert!(migrated["answers"].get("cond_carer_willing").is_none());
    assert_eq!(
        stderr(&o),
        "caregiver-support 1.0.0 -> 2.0.0
changed: 1.1.0 -> 2.0.0: cond_carer_able: moved to carer_conditions[0].able
changed: 1.1.0 -> 2.0.0: cond_carer_willing: moved to carer_conditions[0].willing
needs a person's look: required question designated_worker has no answer
needs a person's look: required question hours_elsewhere has no answer
needs a person's look: required question days_elsewhere has no answer
needs a person's look: required question family_situation has no answer
needs a person's look: required question carer_conditions[0].carer has no answer
2 change(s); 5 need a person's look
"
    );
    // Nothing to look at: exit 0, and -o writes the file.
    let out = tmp_dir("migrate", "o").join("fsa.json");
    let o = arvio(&[
        "migrate",
        "family-self-assessment",
        "examples/responses/1.0.0/family-self-assessment-en.json",
        "-o",
        out.to_str().unwrap(),
        TODAY,
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    assert_eq!(
        stderr(&o),
        "family-self-assessment 1.0.0 -> 1.2.0\n0 change(s); nothing needs a person's look\n"
    );
    let o = arvio(&[
        "validate",
        "family-self-assessment",
        out.to_str().unwrap(),
        TODAY,
    ]);
    assert_eq!(code(&o), 0, "{}{}", stdout(&o), stderr(&o));
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("\"form_version\": \"1.2.0\""));
}

#[test]
fn migrate_to_a_version_and_the_usage_errors() {
    let ex = "examples/responses/1.0.0/service-need-fi.json";
    let o = arvio(&["migrate", "service-need", ex, "--to", "1.1.0", TODAY]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["form_version"], "1.1.0");
    // `ID@VERSION` names the target too.
    let o = arvio(&["migrate", "service-need@1.1.0", ex, TODAY]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    // Backwards, an unknown target and a malformed one are usage errors.
    let newest = "examples/responses/service-need-fi.json";
    let o = arvio(&["migrate", "service-need", newest, "--to", "1.0.0"]);
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr(&o),
        "arvio: the response is for version 2.0.0, newer than 1.0.0: migrations go forward only\n"
    );
    let o = arvio(&["migrate", "service-need", ex, "--to", "9.0.0"]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("known: 2.0.0, 1.1.0, 1.0.0"),
        "{}",
        stderr(&o)
    );
    assert_eq!(
        code(&arvio(&["migrate", "service-need", ex, "--to", "two"])),
        2
    );
    // A response that names an unknown version: exit 1, unknown-form-version.
    let mut r: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join(ex)).unwrap()).unwrap();
    r["form_version"] = "0.9.0".into();
    let p = tmp_dir("migrate", "unknown").join("r.json");
    std::fs::write(&p, r.to_string()).unwrap();
    let o = arvio(&["migrate", "service-need", p.to_str().unwrap(), TODAY]);
    assert_eq!(code(&o), 1);
    assert_eq!(
        stderr(&o),
        "arvio: form_version: unknown-form-version: the response's version is not known (known: 2.0.0, 1.1.0, 1.0.0)\n"
    );
}

#[test]
fn an_unknown_version_is_unknown_form_version_in_validate() {
    let ex = "examples/responses/invalid/family-self-assessment-unknown-form-version.json";
    let o = arvio(&[
        "validate",
        "family-self-assessment",
        ex,
        "--lang",
        "en",
        TODAY,
    ]);
    assert_eq!(code(&o), 1);
    assert_eq!(
        stdout(&o),
        "form_version: The response is for a version of the form that is not known. Known versions: 1.2.0, 1.1.0, 1.0.0.\n"
    );
    let o = arvio(&["validate", "family-self-assessment", ex, "--json", TODAY]);
    assert_eq!(code(&o), 1);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["errors"][0]["kind"], "unknown-form-version");
    assert_eq!(
        v["errors"][0]["known"],
        serde_json::json!(["1.2.0", "1.1.0", "1.0.0"])
    );
    // `ID@VERSION` keeps validating against that version: a mismatch is wrong-form-version.
    let o = arvio(&[
        "validate",
        "family-self-assessment@1.2.0",
        ex,
        "--json",
        TODAY,
    ]);
    assert_eq!(code(&o), 1);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["errors"][0]["kind"], "wrong-form-version");
}

const V1: &str = r#"id = "tiny"
version = "1.0.0"
title = "fsa-title"

[[sections]]
id = "main"
title = "fsa-title"

[[sections.questions]]
id = "mood"
kind = "single_choice"
label = "fsa-title"
options = [{ code = "good", label = "fsa-title" }, { code = "fine", label = "fsa-title" }]

[[sections.questions]]
id = "pets"
kind = "short_text"
label = "fsa-title"
"#;

/// 2.0.0 renames `fine` to `ok` and drops `pets`; `decl` is its migration.
fn v2(decl: &str) -> String {
    V1.replace("1.0.0", "2.0.0")
        .replace("\"fine\"", "\"ok\"")
        .replace(
            "\n[[sections.questions]]\nid = \"pets\"\nkind = \"short_text\"\nlabel = \"fsa-title\"\n",
            "",
        )
        + decl
}

const DECL: &str = r#"
[migration]
from = "1.0.0"
remap = [{ question = "mood", codes = { fine = "ok" } }]
remove = [{ question = "pets" }]
"#;

#[test]
fn a_custom_form_has_versions_beside_it() {
    let dir = tmp_dir("migrate", "custom");
    std::fs::write(dir.join("tiny@1.0.0.toml"), V1).unwrap();
    std::fs::write(dir.join("tiny.toml"), v2(DECL)).unwrap();
    let form = dir.join("tiny.toml");
    let form = form.to_str().unwrap();
    let r = dir.join("r.json");
    std::fs::write(
        &r,
        r#"{"form":"tiny","form_version":"1.0.0","language":"en","status":"submitted","answers":{"mood":"fine","pets":"Miuku the cat"}}"#,
    )
    .unwrap();
    let r = r.to_str().unwrap();
    // The response is checked against the version it names.
    let o = arvio(&["validate", form, r, TODAY]);
    assert_eq!(code(&o), 0, "{}{}", stdout(&o), stderr(&o));
    let o = arvio(&["migrate", form, r, TODAY]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert_eq!(
        stderr(&o),
        "tiny 1.0.0 -> 2.0.0
changed: 1.0.0 -> 2.0.0: mood: option `fine` is now `ok`
needs a person's look: 1.0.0 -> 2.0.0: pets: answer taken out: the question was removed
2 change(s); 1 need a person's look
"
    );
    assert!(!stderr(&o).contains("Miuku"));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["answers"], serde_json::json!({"mood": "ok"}));
    // An unknown version of a custom form: unknown-form-version, with the known ones.
    let unknown = dir.join("u.json");
    std::fs::write(
        &unknown,
        r#"{"form":"tiny","form_version":"1.5.0","language":"en","status":"draft","answers":{}}"#,
    )
    .unwrap();
    let o = arvio(&[
        "validate",
        form,
        unknown.to_str().unwrap(),
        "--lang",
        "en",
        TODAY,
    ]);
    assert_eq!(code(&o), 1);
    assert_eq!(
        stdout(&o),
        "form_version: The response is for a version of the form that is not known. Known versions: 2.0.0, 1.0.0.\n"
    );
    // A path to one version is that version.
    let one = dir.join("tiny@1.0.0.toml");
    let o = arvio(&["validate", one.to_str().unwrap(), r, TODAY]);
    assert_eq!(code(&o), 0, "{}{}", stdout(&o), stderr(&o));
    // The lint of the set is clean.
    let o = arvio(&["lint", form]);
    assert_eq!(code(&o), 0, "{}{}", stdout(&o), stderr(&o));
}

#[test]
fn lint_fails_on_a_change_no_migration_covers() {
    let dir = tmp_dir("migrate", "lint");
    std::fs::write(dir.join("tiny@1.0.0.toml"), V1).unwrap();
    std::fs::write(dir.join("tiny.toml"), v2("")).unwrap();
    let form = dir.join("tiny.toml");
    let o = arvio(&["lint", form.to_str().unwrap()]);
    assert_eq!(code(&o), 1);
    let f = form.display();
    assert_eq!(
        stdout(&o),
        format!(
            "{f}:2:11: not covered by a migration: option `fine` of `mood` is not in version 2.0.0 (declare a remap)
{f}:2:11: not covered by a migration: `pets` of version 1.0.0 is not in version 2.0.0 (declare a rename, move or remove)
"
        )
    );
    // A declaration that names what is not there: a finding at its place.
    std::fs::write(
        dir.join("tiny.toml"),
        v2("\n[migration]\nfrom = \"1.0.0\"\nremap = [{ question = \"mood\", codes = { fine = \"ok\", meh = \"ok\" } }]\nremove = [{ question = \"pets\" }]\n"),
    )
    .unwrap();
    let o = arvio(&["lint", form.to_str().unwrap()]);
    assert_eq!(code(&o), 1);
    assert!(
        stdout(&o).contains(
            ":17:54: migration: remap of `mood`: `meh` is not an option of it in version 1.0.0"
        ),
        "{}",
        stdout(&o)
    );
    // The built-in forms' migrations are clean.
    let o = arvio(&["lint"]);
    assert_eq!(code(&o), 0, "{}{}", stdout(&o), stderr(&o));
}
