//! The generated schemas themselves: every one is a valid draft 2020-12 schema, the committed
//! `forms/form.schema.json` is what [`arvio_schema::definition_schema`] builds, and the built-in
//! form files pass it while broken ones do not.

mod common;

use arvio_i18n::Localizer;
use arvio_schema::{DEFINITION_ID, DIALECT, definition_schema, response_schema, schema_id};
use common::{compile, forms, root, toml_to_json};
use serde_json::{Value, json};

/// Every reason `schema` breaks the draft 2020-12 meta-schema, one per line (empty if none).
fn meta_errors(schema: &Value) -> String {
    let meta = jsonschema::draft202012::meta::validator();
    meta.iter_errors(schema)
        .map(|e| format!("  at {}: {e}", e.instance_path()))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn response_schemas_are_valid_draft_2020_12_schemas() {
    let forms = forms();
    assert_eq!(forms.len(), 3, "three built-in forms");
    let mut checked = 0;
    for form in &forms {
        for lang in ["fi", "sv", "en"] {
            let texts = Localizer::new(&[lang]);
            assert_eq!(texts.language(), lang);
            let schema = response_schema(form, &texts);
            assert_eq!(schema["$schema"], DIALECT);
            assert_eq!(schema["$id"], schema_id(form));
            let errors = meta_errors(&schema);
            assert!(
                errors.is_empty(),
                "response schema of {} ({lang}) breaks the 2020-12 meta-schema:\n{errors}",
                form.id
            );
            assert!(jsonschema::draft202012::meta::is_valid(&schema));
            // And it compiles (every regex is accepted by the validator's engine).
            compile(&schema);
            checked += 1;
        }
    }
    assert_eq!(checked, 9);
}

#[test]
fn definition_schema_is_a_valid_draft_2020_12_schema() {
    let schema = definition_schema();
    assert_eq!(schema["$schema"], DIALECT);
    assert_eq!(schema["$id"], DEFINITION_ID);
    let errors = meta_errors(&schema);
    assert!(
        errors.is_empty(),
        "definition schema breaks the 2020-12 meta-schema:\n{errors}"
    );
    compile(&schema);
}

/// Every `format` value and every union `type` (`"type": [...]`) in a schema, by JSON pointer.
fn formats_and_unions(v: &Value, at: &str, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                match (k.as_str(), x) {
                    ("format", Value::String(f)) => out.push(format!("{at}: format {f}")),
                    ("type", Value::Array(t)) => out.push(format!("{at}: type {t:?}")),
                    _ => formats_and_unions(x, &format!("{at}/{k}"), out),
                }
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                formats_and_unions(x, &format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// What ajv refuses (`tests/ajv.rs` runs ajv itself), checked without Node: no union types
/// (strict mode), no format but the standard `date` in response schemas, and none at all in the
/// definition schema (ajv's defaults know no format).
#[test]
fn schemas_have_no_union_types_and_no_unknown_formats() {
    for form in &forms() {
        let mut found = Vec::new();
        formats_and_unions(
            &response_schema(form, &Localizer::new(&["en"])),
            "",
            &mut found,
        );
        found.retain(|f| !f.ends_with(": format date"));
        assert!(found.is_empty(), "{}: {found:#?}", form.id);
    }
    let mut found = Vec::new();
    formats_and_unions(&definition_schema(), "", &mut found);
    assert!(found.is_empty(), "definition schema: {found:#?}");
}

/// The meta-schema check is not vacuous: a schema with a wrong keyword value fails it.
#[test]
fn meta_schema_check_rejects_a_broken_schema() {
    let mut schema = response_schema(&forms()[0], &Localizer::new(&["fi"]));
    schema["$defs"]["answers"]["type"] = json!("dictionary");
    let errors = meta_errors(&schema);
    assert!(!errors.is_empty(), "a bad `type` passed the meta-schema");
    assert!(!jsonschema::draft202012::meta::is_valid(&schema));
}

fn committed_path() -> std::path::PathBuf {
    root().join("forms/form.schema.json")
}

/// What `forms/form.schema.json` must contain: pretty JSON and a final newline.
fn expected_file() -> String {
    let mut text = serde_json::to_string_pretty(&definition_schema()).expect("JSON");
    text.push('\n');
    text
}

#[test]
fn committed_definition_schema_is_up_to_date() {
    let path = committed_path();
    let expected = expected_file();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &expected).expect("write forms/form.schema.json");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == expected,
        "forms/form.schema.json is not what arvio_schema::definition_schema() builds{}.\n\
         Regenerate it with:\n    UPDATE_SCHEMA=1 cargo test -p arvio-schema --test schemas\n\
         and commit the result.",
        if committed.is_empty() {
            " (missing or empty)"
        } else {
            ""
        }
    );
}

/// The committed schema (not a fresh one: editors use the file), compiled. While the file is
/// being regenerated (`UPDATE_SCHEMA`), the schema it is being regenerated from.
fn committed_validator() -> jsonschema::Validator {
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        return compile(&definition_schema());
    }
    let text = std::fs::read_to_string(committed_path()).expect("forms/form.schema.json");
    compile(&serde_json::from_str(&text).expect("forms/form.schema.json is JSON"))
}

fn form_files() -> Vec<(String, Value)> {
    let mut files: Vec<_> = std::fs::read_dir(root().join("forms"))
        .expect("forms/")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("form file");
            let v: toml::Value = toml::from_str(&text).expect("form file is TOML");
            (p.display().to_string(), toml_to_json(&v))
        })
        .collect()
}

fn errors(v: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    v.iter_errors(instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn built_in_form_files_pass_the_definition_schema() {
    let v = committed_validator();
    let files = form_files();
    // Every built-in form is among the files checked (the directory may hold more).
    for id in arvio_forms::builtin_ids() {
        let name = format!("/{id}.toml");
        assert!(
            files.iter().any(|(p, _)| p.ends_with(&name)),
            "forms/{id}.toml not found"
        );
    }
    for (path, form) in &files {
        let errs = errors(&v, form);
        assert!(errs.is_empty(), "{path}:\n{}", errs.join("\n"));
    }
}

/// The family self-assessment form file with one edit applied.
fn broken(edit: impl FnOnce(&mut Value)) -> Value {
    let (_, mut form) = form_files()
        .into_iter()
        .find(|(p, _)| p.ends_with("family-self-assessment.toml"))
        .expect("family-self-assessment.toml");
    edit(&mut form);
    form
}

#[test]
fn broken_form_files_fail_the_definition_schema() {
    let v = committed_validator();
    let cases: Vec<(&str, Value, &str)> = vec![
        (
            "unknown kind",
            broken(|f| f["sections"][0]["questions"][0]["kind"] = json!("slider")),
            "/sections/0/questions/0/kind",
        ),
        (
            "question without id",
            broken(|f| {
                f["sections"][0]["questions"][0]
                    .as_object_mut()
                    .expect("question")
                    .remove("id");
            }),
            "/sections/0/questions/0",
        ),
        (
            "form without id",
            broken(|f| {
                f.as_object_mut().expect("form").remove("id");
            }),
            "",
        ),
        (
            "unknown field",
            broken(|f| f["sections"][0]["questions"][0]["colour"] = json!("red")),
            "/sections/0/questions/0",
        ),
        (
            "question id not snake_case",
            broken(|f| f["sections"][0]["questions"][0]["id"] = json!("Filled-On")),
            "/sections/0/questions/0/id",
        ),
        (
            "form id not kebab-case",
            broken(|f| f["id"] = json!("Family_Self")),
            "/id",
        ),
        (
            "version not semver",
            broken(|f| f["version"] = json!("1.0")),
            "/version",
        ),
        (
            "label not a message id",
            broken(|f| f["sections"][0]["questions"][0]["label"] = json!("Filled on")),
            "/sections/0/questions/0/label",
        ),
        (
            "required not a boolean",
            broken(|f| f["sections"][0]["questions"][0]["required"] = json!("yes")),
            "/sections/0/questions/0/required",
        ),
    ];
    for (what, form, at) in cases {
        let errs: Vec<String> = v
            .iter_errors(&form)
            .map(|e| e.instance_path().to_string())
            .collect();
        assert!(
            errs.iter().any(|p| p == at),
            "{what}: expected an error at {at:?}, got {errs:?}"
        );
    }
}
