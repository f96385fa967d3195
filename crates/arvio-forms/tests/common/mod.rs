//! Helpers shared by the per-form test files.

#![allow(dead_code)] // each test binary uses its own part of these

use arvio_core::chrono::NaiveDate;
use arvio_core::{AnswerPath, ErrorKind, Response, ValidationError};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The messages of a Fluent file (ids at the start of a line; comments and terms skipped),
/// each with the variables (`$name`) it uses. Panics on an id defined twice.
pub fn ftl_messages(text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !line.starts_with(' ') {
            let (id, _) = line
                .split_once('=')
                .unwrap_or_else(|| panic!("not a message: {line}"));
            let id = id.trim().to_string();
            assert!(
                out.insert(id.clone(), BTreeSet::new()).is_none(),
                "{id} twice"
            );
            current = Some(id);
        }
        let vars = out.get_mut(current.as_ref().unwrap()).unwrap();
        for part in line.split('$').skip(1) {
            let name: String = part
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect();
            vars.insert(name);
        }
    }
    out
}

/// The message ids a built-in form's locale files must define: those of every embedded
/// version (the archives read the same files), and for service-need the deadline texts the
/// code uses.
pub fn used_message_ids(form_id: &str) -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    for v in arvio_forms::builtin_versions(form_id) {
        let f = arvio_forms::builtin_version(form_id, &v)
            .unwrap_or_else(|| panic!("{form_id}@{v} parses"));
        used.extend(f.message_ids().iter().map(|s| s.to_string()));
    }
    if form_id == arvio_forms::deadlines::SERVICE_NEED_FORM {
        used.extend(
            arvio_forms::deadlines::message_ids()
                .iter()
                .map(|s| s.to_string()),
        );
    }
    used
}

/// Each language's `locales/<lang>/<form>.ftl` defines exactly [`used_message_ids`], none
/// defined twice, and none takes a variable.
pub fn assert_locales_define_exactly_the_used_messages(form_id: &str) {
    let used = used_message_ids(form_id);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    for lang in ["fi", "sv", "en"] {
        let path = root.join(lang).join(format!("{form_id}.ftl"));
        let text = std::fs::read_to_string(&path).unwrap();
        let msgs = ftl_messages(&text);
        let defined: BTreeSet<String> = msgs.keys().cloned().collect();
        let missing: Vec<_> = used.difference(&defined).collect();
        let unused: Vec<_> = defined.difference(&used).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(unused.is_empty(), "{lang} has unused {unused:?}");
        for (id, vars) in &msgs {
            assert!(vars.is_empty(), "{lang}: {id} takes {vars:?}");
        }
    }
}

/// The fixed "today" of the tests.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A validation error at `path`.
pub fn err(path: &str, kind: ErrorKind) -> ValidationError {
    ValidationError {
        path: AnswerPath(path.to_string()),
        kind,
    }
}

/// A file's text (panics naming the file).
pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A response parsed from `json` with answers replaced (`null` removes one).
pub fn edited(json: &str, changes: &[(&str, Value)]) -> Response {
    let mut r = Response::from_json(json).unwrap();
    for (id, v) in changes {
        if v.is_null() {
            r.answers.remove(*id);
        } else {
            r.answers.insert(id.to_string(), v.clone().into());
        }
    }
    r
}
