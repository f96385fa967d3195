//! `arvio migrate`, the version a response is checked against, and the lint of migrations.
//!
//! The version logic is the library's ([`arvio_forms::versions`], [`arvio_core::migrate`](mod@arvio_core::migrate));
//! this module maps it to arguments, files and exit codes.

use crate::{Fail, load_form, parse_today};
use arvio_core::migrate::{FormVersions, MigrateError};
use arvio_core::{FindingKind, Form, FormError, Part, Response, Validation};
use arvio_forms::versions::{file_name_parts, load_form_versions, version_files};
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

/// Arguments of `arvio migrate`.
#[derive(clap::Args, Debug)]
pub struct MigrateArgs {
    /// Built-in form (`ID`) or path to a form file (`dir/ID.toml`; its archived versions are
    /// the files `dir/ID@VERSION.toml` beside it).
    form: String,
    /// Response JSON file (any known version of the form).
    response: PathBuf,
    /// The version to migrate to (default: the newest).
    #[arg(long, value_name = "VERSION")]
    to: Option<String>,
    /// Output file for the migrated response (default: standard output).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// The date "today" for date bounds when the result is checked (YYYY-MM-DD; default: the
    /// system date).
    #[arg(long, value_parser = parse_today)]
    today: Option<NaiveDate>,
}

/// The form a response is checked against, and the other versions of that form when the
/// argument named the form rather than one version of it.
pub struct Resolved {
    form: Form,
    versions: Option<FormVersions>,
}

impl std::ops::Deref for Resolved {
    type Target = Form;
    fn deref(&self) -> &Form {
        &self.form
    }
}

impl Resolved {
    /// Validates against the version the response names; a version the form does not have is
    /// `unknown-form-version`.
    pub fn validate_part(&self, response: &Response, today: NaiveDate, part: Part) -> Validation {
        match &self.versions {
            Some(v) => v.validate_part(response, today, part).1,
            None => arvio_core::validate_part(&self.form, response, today, part),
        }
    }

    /// The form validated against.
    pub fn into_form(self) -> Form {
        self.form
    }
}

fn form_error(e: FormError) -> Fail {
    let io = e
        .findings
        .iter()
        .any(|f| matches!(f.kind, FindingKind::Io(_) | FindingKind::Syntax(_)));
    if io {
        Fail::input(e.to_string())
    } else {
        Fail::findings(e.to_string())
    }
}

/// Every version of the form a FORM argument names: a built-in id (`ID`, `ID@VERSION`), or a
/// path to any file of a custom form's versions. `Ok(None)` when the argument names one version
/// of a custom form (`dir/ID@VERSION.toml`).
fn versions_of(spec: &str) -> Result<Option<FormVersions>, Fail> {
    let id = spec.split_once('@').map_or(spec, |(id, _)| id);
    if arvio_forms::builtin_ids().any(|b| b == id) {
        return match arvio_forms::versions::try_builtin_form_versions(id) {
            Some(r) => r.map(Some).map_err(form_error),
            None => Ok(None),
        };
    }
    let path = Path::new(spec);
    if !path.is_file() {
        // load_form says what is wrong.
        load_form(spec)?;
        return Ok(None);
    }
    match file_name_parts(path) {
        Some((_, None)) => load_form_versions(path).map(Some).map_err(form_error),
        _ => Ok(None),
    }
}

/// The form to check a response against: for a built-in `ID` or a custom form's `dir/ID.toml`,
/// the version the response names (an unknown version: the newest, and validation reports
/// `unknown-form-version`); for `ID@VERSION` or `dir/ID@VERSION.toml`, that version.
pub fn resolve(spec: &str, response: &Response) -> Result<Resolved, Fail> {
    resolve_named(spec, &response.form, &response.form_version)
}

/// As [`resolve`], for a form id and version named elsewhere (a FHIR QuestionnaireResponse's
/// `questionnaire` canonical).
pub fn resolve_named(spec: &str, form_id: &str, version: &str) -> Result<Resolved, Fail> {
    Ok(Source::of(spec)?.resolve(form_id, version))
}

/// What a FORM argument names, loaded once: every version of a form (a built-in `ID`, a custom
/// form's `dir/ID.toml`), from which each response gets the version it names, or one version
/// (`ID@VERSION`, `dir/ID@VERSION.toml`). For a command that checks many responses.
pub enum Source {
    /// Every version; each response is checked against the one it names.
    Versions(FormVersions),
    /// One version, for every response.
    One(Box<Form>),
}

impl Source {
    /// Loads the form or forms `spec` names (errors as for [`resolve`]).
    pub fn of(spec: &str) -> Result<Source, Fail> {
        let explicit = match arvio_forms::builtin_ids().find(|b| spec.starts_with(&format!("{b}@")))
        {
            Some(_) => true,
            None => {
                Path::new(spec).is_file()
                    && file_name_parts(Path::new(spec)).is_some_and(|p| p.1.is_some())
            }
        };
        if !explicit && let Some(versions) = versions_of(spec)? {
            return Ok(Source::Versions(versions));
        }
        Ok(Source::One(Box::new(load_form(spec)?)))
    }

    /// The form a response naming `form_id` and `version` is checked against (see
    /// [`resolve`]).
    pub fn resolve(self, form_id: &str, version: &str) -> Resolved {
        match self {
            Source::Versions(versions) => {
                let form = Self::pick(&versions, form_id, version).clone();
                Resolved {
                    form,
                    versions: Some(versions),
                }
            }
            Source::One(form) => Resolved {
                form: *form,
                versions: None,
            },
        }
    }

    /// Validates a response against the version it names (as [`Resolved::validate_part`]),
    /// and returns that version.
    pub fn validate(&self, response: &Response, today: NaiveDate) -> (&Form, Validation) {
        match self {
            Source::Versions(v) => v.validate_part(response, today, Part::All),
            Source::One(form) => (
                form,
                arvio_core::validate_part(form, response, today, Part::All),
            ),
        }
    }

    /// Every form a response may be checked against.
    pub fn forms(&self) -> Vec<&Form> {
        match self {
            Source::Versions(v) => v.files().iter().map(|f| &f.form).collect(),
            Source::One(form) => vec![&**form],
        }
    }

    fn pick<'a>(versions: &'a FormVersions, form_id: &str, version: &str) -> &'a Form {
        (form_id == versions.id())
            .then(|| arvio_core::semver::Version::parse(version).ok())
            .flatten()
            .and_then(|v| versions.get(&v))
            .unwrap_or_else(|| versions.newest())
    }
}

/// `arvio migrate`: writes the migrated response (stdout or `-o`) and the report (stderr);
/// fails with exit 1 when something needs a person's look.
pub fn run(args: MigrateArgs) -> Result<(), Fail> {
    let response = crate::load_response(&args.response)?;
    let (spec, at) = match args.form.split_once('@') {
        Some((id, v)) if arvio_forms::builtin_ids().any(|b| b == id) => (id.to_string(), Some(v)),
        _ => (args.form.clone(), None),
    };
    let to = match (args.to.as_deref(), at) {
        (Some(a), Some(b)) if a != b => {
            return Err(Fail::input(format!(
                "{}: the version after `@` and --to differ",
                args.form
            )));
        }
        (Some(v), _) | (None, Some(v)) => {
            Some(arvio_core::semver::Version::parse(v).map_err(|_| {
                Fail::input(format!("`{v}` is not a version (expected e.g. 1.0.0)"))
            })?)
        }
        (None, None) => None,
    };
    let versions = match versions_of(&spec)? {
        Some(v) => v,
        None => {
            // One version of a custom form: its set is the files beside it.
            load_form_versions(Path::new(&spec)).map_err(form_error)?
        }
    };
    let today = args
        .today
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let (migrated, report) = arvio_core::migrate(&versions, &response, to.as_ref(), today)
        .map_err(|e| match e {
            MigrateError::WrongForm { .. } => Fail::findings(format!("form: wrong-form: {e}")),
            MigrateError::UnknownVersion { known } => Fail::findings(format!(
                "form_version: unknown-form-version: the response's version is not known (known: {})",
                known.join(", ")
            )),
            other => Fail::input(other.to_string()),
        })?;
    let mut text = migrated.to_json();
    text.push('\n');
    crate::write_output(args.output.as_deref(), text.as_bytes())?;
    eprintln!("{report}");
    if report.needs_look() {
        Err(Fail::findings(String::new()))
    } else {
        Ok(())
    }
}

/// The findings of the version sets among the forms linted: migrations that do not fit the
/// versions they migrate between, and differences between consecutive versions no migration
/// covers. `paths` empty: the built-in forms; otherwise the versions beside each path given
/// (each set once; files that do not parse are reported by the caller when it was given them).
pub fn lint_versions(paths: &[PathBuf]) -> Vec<String> {
    let mut out = Vec::new();
    let mut lint = |files: Vec<Result<arvio_core::load::FormFile, FormError>>| {
        let mut ok = Vec::new();
        for f in files {
            match f {
                Ok(f) => ok.push(f),
                Err(_) => return,
            }
        }
        if ok.len() < 2 && ok.iter().all(|f| f.migration.is_none()) {
            return;
        }
        match FormVersions::new(ok) {
            Ok(v) => out.extend(v.lint().iter().map(ToString::to_string)),
            Err(e) => out.extend(e.findings.iter().map(ToString::to_string)),
        }
    };
    if paths.is_empty() {
        for id in arvio_forms::builtin_ids() {
            lint(
                arvio_forms::builtin_files()
                    .filter(|f| f.0 == id)
                    .map(|f| arvio_core::load::parse_form_file(f.3, f.2))
                    .collect(),
            );
        }
        return out;
    }
    let mut seen: Vec<Vec<PathBuf>> = Vec::new();
    let mut unreadable = Vec::new();
    for p in paths {
        let files = version_files(p);
        if seen.contains(&files) {
            continue;
        }
        seen.push(files.clone());
        let loaded: Vec<_> = files
            .iter()
            .map(|f| {
                let r = arvio_core::load::load_form_file(f);
                if let Err(e) = &r
                    && !paths.contains(f)
                {
                    // A sibling the caller was not given: its own findings are news.
                    unreadable.extend(e.findings.iter().map(ToString::to_string));
                }
                r
            })
            .collect();
        lint(loaded);
    }
    out.extend(unreadable);
    out
}
