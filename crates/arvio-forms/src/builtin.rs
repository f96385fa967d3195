//! The built-in forms, embedded in the crate so a library user needs no files.
//!
//! Every version of a built-in form stays loadable: the newest is `forms/ID.toml`, older ones
//! are archived as `forms/ID@VERSION.toml`. A stored response names the version it was filled
//! in ([`for_response`] picks that version), and a person names one as `ID@VERSION`
//! ([`FormSpec`]); a plain `ID` is the newest.

use arvio_core::load::{FormError, parse_form};
use arvio_core::model::Form;
use semver::Version;
use std::fmt;
use std::str::FromStr;

/// One embedded form file.
struct Entry {
    id: &'static str,
    version: &'static str,
    file: &'static str,
    text: &'static str,
}

macro_rules! entry {
    ($id:literal, $version:literal, $file:literal) => {
        Entry {
            id: $id,
            version: $version,
            file: $file,
            text: include_str!(concat!("../../../", $file)),
        }
    };
}

/// Every embedded form file, newest version of each form first.
const FORMS: &[Entry] = &[
    entry!(
        "family-self-assessment",
        "1.2.0",
        "forms/family-self-assessment.toml"
    ),
    entry!(
        "family-self-assessment",
        "1.1.0",
        "forms/family-self-assessment@1.1.0.toml"
    ),
    entry!(
        "family-self-assessment",
        "1.0.0",
        "forms/family-self-assessment@1.0.0.toml"
    ),
    entry!("caregiver-support", "2.0.0", "forms/caregiver-support.toml"),
    entry!(
        "caregiver-support",
        "1.1.0",
        "forms/caregiver-support@1.1.0.toml"
    ),
    entry!(
        "caregiver-support",
        "1.0.0",
        "forms/caregiver-support@1.0.0.toml"
    ),
    entry!("service-need", "2.0.0", "forms/service-need.toml"),
    entry!("service-need", "1.1.0", "forms/service-need@1.1.0.toml"),
    entry!("service-need", "1.0.0", "forms/service-need@1.0.0.toml"),
];

/// Ids of the built-in forms.
pub fn builtin_ids() -> impl Iterator<Item = &'static str> {
    let mut seen: Vec<&'static str> = Vec::new();
    FORMS.iter().filter_map(move |f| {
        if seen.contains(&f.id) {
            None
        } else {
            seen.push(f.id);
            Some(f.id)
        }
    })
}

/// Every version of a built-in form, newest first (empty for an unknown id).
pub fn builtin_versions(id: &str) -> Vec<Version> {
    let mut vs: Vec<Version> = FORMS
        .iter()
        .filter(|f| f.id == id)
        .filter_map(|f| Version::parse(f.version).ok())
        .collect();
    vs.sort_by(|a, b| b.cmp(a));
    vs.dedup();
    vs
}

fn entry(id: &str, version: Option<&Version>) -> Option<&'static Entry> {
    match version {
        None => FORMS.iter().find(|f| f.id == id),
        Some(v) => FORMS
            .iter()
            .filter(|f| f.id == id)
            .find(|f| Version::parse(f.version).ok().as_ref() == Some(v)),
    }
}

/// The file name and TOML source of the newest version of a built-in form.
pub fn builtin_source(id: &str) -> Option<(&'static str, &'static str)> {
    entry(id, None).map(|f| (f.file, f.text))
}

/// The file name and TOML source of one version of a built-in form.
pub fn builtin_version_source(id: &str, version: &Version) -> Option<(&'static str, &'static str)> {
    entry(id, Some(version)).map(|f| (f.file, f.text))
}

/// Every embedded form file as `(id, version, file name, TOML source)`, archived versions
/// included.
pub fn builtin_files()
-> impl Iterator<Item = (&'static str, &'static str, &'static str, &'static str)> {
    FORMS.iter().map(|f| (f.id, f.version, f.file, f.text))
}

/// Parses the newest version of a built-in form. `None` if there is no built-in form with that
/// id.
///
/// ```
/// let form = arvio_forms::builtin("family-self-assessment").unwrap();
/// assert_eq!(form.id, "family-self-assessment");
/// ```
pub fn builtin(id: &str) -> Option<Form> {
    try_builtin(id).and_then(Result::ok)
}

/// Parses one version of a built-in form. `None` if there is no such form or version.
pub fn builtin_version(id: &str, version: &Version) -> Option<Form> {
    builtin_version_source(id, version).and_then(|(file, text)| parse_form(text, file).ok())
}

/// Parses the newest version of a built-in form, reporting findings.
pub fn try_builtin(id: &str) -> Option<Result<Form, FormError>> {
    builtin_source(id).map(|(file, text)| parse_form(text, file))
}

/// The version of a built-in form a stored response should be validated against: the version
/// it names when that version is known, otherwise the newest. To report an unknown version as
/// `unknown-form-version` (with the known versions), validate with
/// [`FormVersions::validate_part`](crate::versions::FormVersions::validate_part) instead.
pub fn for_response(id: &str, form_version: &str) -> Option<Form> {
    Version::parse(form_version)
        .ok()
        .and_then(|v| builtin_version(id, &v))
        .or_else(|| builtin(id))
}

/// A form named on a command line or in an API call: `ID` (the newest version) or
/// `ID@VERSION`.
///
/// ```
/// use arvio_forms::FormSpec;
/// let spec: FormSpec = "service-need@1.0.0".parse().unwrap();
/// assert_eq!(spec.id, "service-need");
/// assert_eq!(spec.version.unwrap().to_string(), "1.0.0");
/// assert!("service-need@one".parse::<FormSpec>().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormSpec {
    /// The form id.
    pub id: String,
    /// The version asked for; `None` for the newest.
    pub version: Option<Version>,
}

/// Why a form name could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormSpecError {
    /// The part after `@` is not a semantic version.
    #[error("`{0}` is not a version (expected e.g. 1.0.0)")]
    BadVersion(String),
    /// No built-in form has this id.
    #[error("no built-in form `{0}`")]
    UnknownForm(String),
    /// The form exists but not in this version.
    #[error("form `{id}` has no version {version} (known: {known})")]
    UnknownVersion {
        /// Form id.
        id: String,
        /// The version asked for.
        version: String,
        /// The known versions, newest first, comma-separated.
        known: String,
    },
}

impl FromStr for FormSpec {
    type Err = FormSpecError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.split_once('@') {
            None => Ok(FormSpec {
                id: s.to_string(),
                version: None,
            }),
            Some((id, v)) => Version::parse(v)
                .map(|version| FormSpec {
                    id: id.to_string(),
                    version: Some(version),
                })
                .map_err(|_| FormSpecError::BadVersion(v.to_string())),
        }
    }
}

impl fmt::Display for FormSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.version {
            None => f.write_str(&self.id),
            Some(v) => write!(f, "{}@{v}", self.id),
        }
    }
}

impl FormSpec {
    /// Loads the built-in form this names.
    pub fn load(&self) -> Result<Form, FormSpecError> {
        if entry(&self.id, None).is_none() {
            return Err(FormSpecError::UnknownForm(self.id.clone()));
        }
        match &self.version {
            None => builtin(&self.id).ok_or_else(|| FormSpecError::UnknownForm(self.id.clone())),
            Some(v) => builtin_version(&self.id, v).ok_or_else(|| FormSpecError::UnknownVersion {
                id: self.id.clone(),
                version: v.to_string(),
                known: builtin_versions(&self.id)
                    .iter()
                    .map(Version::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
            }),
        }
    }
}
