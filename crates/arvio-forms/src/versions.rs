//! The versions of a form as one set ([`FormVersions`]): of a built-in form (every embedded
//! version), or of a custom form given by path (`dir/ID.toml` is the newest version, and its
//! archived versions are the files `dir/ID@VERSION.toml` beside it).
//!
//! A set finds the version a response was filled in (an unknown one is the validation error
//! `unknown-form-version`), migrates responses between versions ([`arvio_core::migrate()`]) and
//! lints the migrations its files declare ([`FormVersions::lint`]).
//!
//! ```
//! use arvio_forms::versions::builtin_form_versions;
//! let versions = builtin_form_versions("caregiver-support").unwrap();
//! assert_eq!(versions.known(), ["2.0.0", "1.1.0", "1.0.0"]);
//! assert!(versions.lint().is_empty());
//! ```

use crate::builtin::builtin_files;
use arvio_core::load::parse_form_file;
use arvio_core::load::{Finding, FindingKind, FormError, FormFile, load_form_file};
pub use arvio_core::migrate::FormVersions;
use std::path::{Path, PathBuf};

/// Every embedded version of a built-in form, with its migrations. `None` for an unknown id.
pub fn try_builtin_form_versions(id: &str) -> Option<Result<FormVersions, FormError>> {
    let files: Vec<(&str, &str)> = builtin_files()
        .filter(|f| f.0 == id)
        .map(|f| (f.2, f.3))
        .collect();
    if files.is_empty() {
        return None;
    }
    let mut parsed = Vec::new();
    let mut findings = Vec::new();
    for (file, text) in files {
        match parse_form_file(text, file) {
            Ok(f) => parsed.push(f),
            Err(e) => findings.extend(e.findings),
        }
    }
    if !findings.is_empty() {
        return Some(Err(FormError { findings }));
    }
    Some(FormVersions::new(parsed))
}

/// Every embedded version of a built-in form, with its migrations. `None` for an unknown id
/// (the built-in files are checked by the crate's tests, so they always load).
pub fn builtin_form_versions(id: &str) -> Option<FormVersions> {
    try_builtin_form_versions(id).and_then(Result::ok)
}

/// The form id and version a file name says: `ID.toml` (the newest, no version) or
/// `ID@VERSION.toml`.
pub fn file_name_parts(path: &Path) -> Option<(String, Option<String>)> {
    let stem = path
        .file_name()?
        .to_str()?
        .strip_suffix(".toml")?
        .to_string();
    Some(match stem.split_once('@') {
        Some((id, v)) => (id.to_string(), Some(v.to_string())),
        None => (stem, None),
    })
}

/// The files of a custom form's versions: `dir/ID.toml` and every `dir/ID@VERSION.toml` beside
/// it (given either of them), newest file first, then the archives in name order.
pub fn version_files(path: &Path) -> Vec<PathBuf> {
    let Some((id, _)) = file_name_parts(path) else {
        return vec![path.to_path_buf()];
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let newest = dir.join(format!("{id}.toml"));
    let mut out = Vec::new();
    if newest.is_file() {
        out.push(newest);
    }
    let mut archived: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| file_name_parts(p).is_some_and(|(i, v)| i == id && v.is_some()))
                .collect()
        })
        .unwrap_or_default();
    archived.sort();
    out.extend(archived);
    if out.is_empty() {
        out.push(path.to_path_buf());
    }
    out
}

/// Loads every version of a custom form ([`version_files`]) with its migrations. A file whose
/// name says another version than it declares is a finding.
pub fn load_form_versions(path: &Path) -> Result<FormVersions, FormError> {
    let mut parsed: Vec<FormFile> = Vec::new();
    let mut findings: Vec<Finding> = Vec::new();
    for p in version_files(path) {
        match load_form_file(&p) {
            Ok(f) => {
                if let Some((_, Some(v))) = file_name_parts(&p)
                    && v != f.form.version.to_string()
                {
                    findings.push(Finding {
                        location: f.version_location.clone(),
                        kind: FindingKind::Migration(format!(
                            "the file name says version {v}, the file {}",
                            f.form.version
                        )),
                    });
                }
                parsed.push(f);
            }
            Err(e) => findings.extend(e.findings),
        }
    }
    if !findings.is_empty() {
        return Err(FormError { findings });
    }
    FormVersions::new(parsed)
}
