//! The texts of the commands: the built-in texts plus `--locales DIR` (a custom form's own
//! Fluent files), and the check that a form's texts exist before anything is written.

use crate::{Fail, languages};
use arvio_core::Form;
use arvio_i18n::{Catalog, CatalogError, Localizer};
use std::path::{Path, PathBuf};

/// Texts in the best language for `lang` (a list like "sv-FI,en" is negotiated): the
/// built-in texts with every directory of `dirs` added, in order. A directory that cannot be
/// read exits 2; a file that is not Fluent exits 2 with its file:line:column; a file that
/// redefines a built-in text exits 1 with the place of both definitions.
pub(crate) fn localizer(lang: &str, dirs: &[PathBuf]) -> Result<Localizer, Fail> {
    Ok(Localizer::with_catalog(&catalog(dirs)?, &languages(lang)))
}

/// The built-in texts with every directory of `dirs` added, in order (errors as for
/// [`localizer`]): for a command that needs texts in several languages.
pub(crate) fn catalog(dirs: &[PathBuf]) -> Result<Catalog, Fail> {
    let mut catalog = Catalog::embedded();
    for dir in dirs {
        catalog = catalog.with_dir(dir).map_err(catalog_error)?;
    }
    Ok(catalog)
}

/// Refuses a form whose texts the language lacks, before anything is written: one line per
/// missing id on stderr (``message `<id>` of form `<form id>` is missing in <lang>``; ids
/// only, never texts), then exit 1. Built-in forms have all their texts.
pub(crate) fn require_texts(texts: &Localizer, form: &Form) -> Result<(), Fail> {
    let missing = texts.missing_ids(form);
    if missing.is_empty() {
        return Ok(());
    }
    let lang = texts.language();
    for id in &missing {
        eprintln!("message `{id}` of form `{}` is missing in {lang}", form.id);
    }
    Err(Fail::findings(format!(
        "{} text(s) of form `{}` missing in {lang}; give the form's texts with --locales DIR",
        missing.len(),
        form.id,
    )))
}

/// The texts `lint` checks: the built-in (embedded) texts with every directory of `explicit`
/// overlaid ([`Catalog::overlay_dir`]): a file with the language and name of a built-in file
/// replaces it (an edited copy of `locales/`), every other file is added (a custom form's
/// texts, next to the built-in common texts). With no `--locales`, `./locales` is overlaid
/// when it exists: from a working copy of the repository that is the built-in set itself,
/// so each text is checked once, as edited. Also returns how to name the texts in the
/// "clean" line.
pub(crate) fn lint_catalog(explicit: &[PathBuf]) -> Result<(Catalog, String), Fail> {
    let default = Path::new("locales");
    let dirs: Vec<&Path> = if explicit.is_empty() {
        Some(default).filter(|p| p.is_dir()).into_iter().collect()
    } else {
        explicit.iter().map(PathBuf::as_path).collect()
    };
    let mut catalog = Catalog::embedded();
    for dir in &dirs {
        catalog.overlay_dir(dir).map_err(catalog_error)?;
    }
    let what = match (dirs.first(), explicit.is_empty()) {
        (None, _) => "embedded locales".to_string(),
        (Some(_), true) => "on-disk locales".to_string(),
        (Some(_), false) => {
            let shown: Vec<String> = dirs.iter().map(|d| d.display().to_string()).collect();
            format!("built-in locales with {}", shown.join(", "))
        }
    };
    Ok((catalog, what))
}

fn catalog_error(e: CatalogError) -> Fail {
    match e {
        CatalogError::Conflict { .. } => Fail::findings(e.to_string()),
        _ => Fail::input(e.to_string()),
    }
}
