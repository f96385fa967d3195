//! Shared test helpers: forms, verdicts of both validators, and a response generator drawn from
//! the form model.
#![allow(dead_code)]

pub mod generate;

use arvio_core::chrono::NaiveDate;
use arvio_core::{Form, Response, validate};
use serde_json::Value;

/// The fixed "today" of every differential test.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid date")
}

/// The built-in forms.
pub fn forms() -> Vec<Form> {
    arvio_forms::builtin_ids()
        .map(|id| arvio_forms::builtin(id).expect("built-in form"))
        .collect()
}

/// The core's verdict: parses like `Response::from_json` and validates with [`today`].
pub fn core_valid(form: &Form, response: &Value) -> bool {
    match Response::from_json(&response.to_string()) {
        Ok(r) => validate(form, &r, today()).is_valid(),
        Err(_) => false,
    }
}

/// A compiled draft 2020-12 validator (no remote references: the crate's resolvers are off).
pub fn compile(schema: &Value) -> jsonschema::Validator {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .build(schema)
        .unwrap_or_else(|e| panic!("schema does not compile: {e}"))
}

/// The workspace root.
pub fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// TOML as JSON (dates and times as their TOML text).
pub fn toml_to_json(v: &toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::String(s.clone()),
        toml::Value::Integer(i) => Value::from(*i),
        toml::Value::Float(f) => Value::from(*f),
        toml::Value::Boolean(b) => Value::Bool(*b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => Value::Object(
            t.iter()
                .map(|(k, v)| (k.clone(), toml_to_json(v)))
                .collect(),
        ),
    }
}
