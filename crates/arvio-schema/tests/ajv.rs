//! ajv, the JSON Schema validator of most JavaScript form tools, on arvio's schemas: the
//! response schema of every embedded form version (fi, sv, en) compiles in ajv's strict mode,
//! `forms/form.schema.json` compiles with ajv's defaults (and in strict mode too), and ajv's
//! verdicts on the differential cases (valid drawn responses and mutated ones) are
//! `arvio_core::validate`'s.
//!
//! The checks run `node tests/browser/ajv-check.mjs` (its header documents the ajv options).
//! They need Node and the npm packages of `tests/browser` (`npm ci --prefix tests/browser`,
//! which `scripts/test-all` runs); without them the tests fail, they do not skip.

mod common;

use arvio_core::Form;
use arvio_core::load::parse_form;
use arvio_core::render::IdTexts;
use arvio_i18n::Localizer;
use arvio_schema::response_schema;
use common::generate::{MUTATIONS, Stream, mutate, response};
use common::{compile, core_valid, root};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The checking script.
fn script() -> PathBuf {
    root().join("tests/browser/ajv-check.mjs")
}

/// Panics with what to install when Node or the npm packages are missing.
fn require_node() {
    let node = Command::new("node").arg("--version").output();
    match node {
        Ok(o) if o.status.success() => {}
        Ok(o) => panic!(
            "`node --version` failed ({}): the ajv checks need Node.js (20 or later)",
            o.status
        ),
        Err(e) => panic!("cannot run `node` ({e}): the ajv checks need Node.js (20 or later)"),
    }
    for package in ["ajv", "ajv-formats"] {
        let manifest = root().join(format!("tests/browser/node_modules/{package}/package.json"));
        assert!(
            manifest.is_file(),
            "{} is missing: install the test packages with\n    npm ci --prefix tests/browser",
            manifest.display()
        );
    }
    assert!(script().is_file(), "{} is missing", script().display());
}

/// Runs `node ajv-check.mjs ARGS`.
fn ajv_check(args: &[&Path]) -> Output {
    require_node();
    Command::new("node")
        .arg(script())
        .args(args)
        .current_dir(root())
        .output()
        .expect("run node")
}

/// Asserts a compile mode succeeded for `paths`, one `ok` line each.
fn assert_compiles(mode: &str, paths: &[PathBuf]) {
    let mut args: Vec<&Path> = vec![Path::new(mode)];
    args.extend(paths.iter().map(PathBuf::as_path));
    let o = ajv_check(&args);
    let stdout = String::from_utf8_lossy(&o.stdout);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        o.status.success(),
        "ajv-check {mode} failed ({}):\n{stderr}{stdout}",
        o.status
    );
    let oks = stdout.lines().filter(|l| l.starts_with("ok ")).count();
    assert_eq!(oks, paths.len(), "ajv-check {mode}:\n{stdout}{stderr}");
}

/// A fresh directory under Cargo's temporary directory for integration tests.
fn temp_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("ajv-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create a temporary directory");
    dir
}

fn write_json(path: &Path, v: &Value) {
    std::fs::write(path, serde_json::to_string_pretty(v).expect("JSON")).expect("write JSON");
}

/// Every embedded form file (archived versions included), parsed.
fn form_versions() -> Vec<Form> {
    arvio_forms::builtin_files()
        .map(|(id, version, file, text)| {
            let form = parse_form(text, file).unwrap_or_else(|e| panic!("{file}: {e:?}"));
            assert_eq!(
                (form.id.as_str(), form.version.to_string()),
                (id, version.into())
            );
            form
        })
        .collect()
}

#[test]
fn response_schemas_compile_in_ajv_strict_mode() {
    let forms = form_versions();
    assert!(
        forms.len() >= 9,
        "every version of the three built-in forms"
    );
    let dir = temp_dir("response-schemas");
    let mut paths = Vec::new();
    for form in &forms {
        for lang in ["fi", "sv", "en"] {
            let schema = response_schema(form, &Localizer::new(&[lang]));
            let path = dir.join(format!("{}@{}.{lang}.json", form.id, form.version));
            write_json(&path, &schema);
            paths.push(path);
        }
    }
    assert_compiles("strict-compile", &paths);
}

#[test]
fn form_definition_schema_compiles_with_ajv_defaults_and_in_strict_mode() {
    let committed = vec![root().join("forms/form.schema.json")];
    assert_compiles("default-compile", &committed);
    assert_compiles("strict-compile", &committed);
}

/// The documented shape of `arvio validate --json` (docs/validate-output.schema.json) is one
/// that JavaScript tools can load as it is.
#[test]
fn validate_output_schema_compiles_in_ajv_strict_mode() {
    let doc = vec![root().join("docs/validate-output.schema.json")];
    assert_compiles("strict-compile", &doc);
    assert_compiles("default-compile", &doc);
}

/// The compile modes do fail: a schema strict mode refuses (a keyword without its `type`), and
/// one ajv's defaults refuse (a format ajv does not know).
#[test]
fn ajv_check_reports_schemas_ajv_refuses() {
    let dir = temp_dir("refused");
    let untyped = dir.join("untyped.json");
    write_json(
        &untyped,
        &json!({
            "$schema": arvio_schema::DIALECT,
            "properties": { "a": { "minimum": 1 } },
        }),
    );
    let format = dir.join("format.json");
    write_json(
        &format,
        &json!({
            "$schema": arvio_schema::DIALECT,
            "type": "integer",
            "format": "uint32",
        }),
    );
    for (mode, path, expected) in [
        ("strict-compile", &untyped, "strictTypes"),
        ("default-compile", &format, "unknown format \"uint32\""),
    ] {
        let o = ajv_check(&[Path::new(mode), path]);
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(
            o.status.code(),
            Some(1),
            "{mode} {}: {stderr}",
            path.display()
        );
        assert!(stderr.contains(expected), "{mode}: {stderr}");
    }
}

/// One differential case: a response and the core's verdict.
struct Case {
    name: String,
    data: Value,
    core: bool,
}

/// Seeds like the differential tests' fixed ones: deterministic, different for every case.
fn seed(form: usize, kind: usize, i: u64) -> Vec<u64> {
    (0..200u64)
        .map(|j| {
            (i * 7919 + j * 104_729 + (kind as u64) * 31 + (form as u64) * 1_000_003)
                .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        })
        .collect()
}

/// Valid responses per form version and status.
const VALID: u64 = 30;
/// Mutated responses per form version and mutation kind.
const MUTATED: u64 = 25;

/// Valid drawn responses (drafts and submitted) and mutated ones, with the core's verdicts.
fn cases(form_index: usize, form: &Form) -> Vec<Case> {
    let mut out = Vec::new();
    for (k, submitted) in [false, true].into_iter().enumerate() {
        for i in 0..VALID {
            let mut s = Stream::new(seed(form_index, 100 + k, i));
            let data = response(form, &mut s, submitted).response;
            let core = core_valid(form, &data);
            assert!(core, "generator made an invalid response for {}", form.id);
            let status = if submitted { "submitted" } else { "draft" };
            out.push(Case {
                name: format!("valid {status} #{i}"),
                data,
                core,
            });
        }
    }
    for (k, &m) in MUTATIONS.iter().enumerate() {
        for i in 0..MUTATED {
            let mut s = Stream::new(seed(form_index, k, i));
            let g = response(form, &mut s, true);
            let data = mutate(form, &g, m, &mut s);
            let core = core_valid(form, &data);
            out.push(Case {
                name: format!("{m:?} #{i}"),
                data,
                core,
            });
        }
    }
    out
}

/// ajv's verdicts on `cases` under `schema`, in order.
fn ajv_verdicts(dir: &Path, label: &str, schema: &Value, cases: &[Case]) -> Vec<(bool, String)> {
    let schema_path = dir.join(format!("{label}.schema.json"));
    let cases_path = dir.join(format!("{label}.cases.json"));
    write_json(&schema_path, schema);
    let doc: Vec<Value> = cases
        .iter()
        .map(|c| json!({ "name": c.name, "data": c.data }))
        .collect();
    write_json(&cases_path, &Value::Array(doc));
    let o = ajv_check(&[Path::new("validate"), &schema_path, &cases_path]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "ajv-check validate {label}: {stderr}");
    let verdicts: Vec<Value> = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| {
        panic!("ajv-check validate {label} printed no verdicts ({e}): {stderr}")
    });
    assert_eq!(verdicts.len(), cases.len(), "one verdict per case");
    verdicts
        .iter()
        .zip(cases)
        .map(|(v, c)| {
            assert_eq!(v["name"], json!(c.name), "verdicts in case order");
            let valid = v["valid"].as_bool().expect("a boolean verdict");
            (valid, v["errors"].to_string())
        })
        .collect()
}

#[test]
fn ajv_verdicts_agree_with_arvio_on_differential_cases() {
    let dir = temp_dir("differential");
    let mut checked = 0usize;
    let mut invalid = 0usize;
    let mut disagreements = Vec::new();
    for (n, form) in form_versions().iter().enumerate() {
        let label = format!("{}@{}", form.id, form.version);
        let schema = response_schema(form, &IdTexts);
        let jsonschema = compile(&schema);
        let cases = cases(n, form);
        let verdicts = ajv_verdicts(&dir, &label, &schema, &cases);
        for (case, (ajv, errors)) in cases.iter().zip(verdicts) {
            checked += 1;
            invalid += usize::from(!case.core);
            let other = jsonschema.is_valid(&case.data);
            if ajv != case.core || other != case.core {
                disagreements.push(format!(
                    "{label} {}: arvio {}, ajv {ajv} {errors}, jsonschema {other}\n{}",
                    case.name,
                    case.core,
                    serde_json::to_string(&case.data).unwrap_or_default()
                ));
            }
        }
    }
    println!("ajv checked {checked} differential cases ({invalid} invalid for arvio)");
    assert!(
        disagreements.is_empty(),
        "{} of {checked} verdicts differ:\n{}",
        disagreements.len(),
        disagreements
            .iter()
            .take(10)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n\n")
    );
    // Both verdicts are well represented, so the agreement says something.
    assert!(
        invalid * 4 >= checked && (checked - invalid) * 4 >= checked,
        "{invalid} of {checked} invalid"
    );
    let per_form = 2 * VALID as usize + MUTATIONS.len() * MUTATED as usize;
    assert_eq!(checked, form_versions().len() * per_form);
}
