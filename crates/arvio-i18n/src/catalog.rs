//! The set of Fluent files: embedded in the crate, or read from a working copy.

use crate::Language;
use crate::localizer::{Bundle, new_bundle};
use fluent_bundle::FluentResource;
use fluent_syntax::parser::ParserError;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

/// The files every language has: the common texts and one file per built-in form.
pub const FILE_NAMES: [&str; 4] = [
    "common",
    "family-self-assessment",
    "caregiver-support",
    "service-need",
];

macro_rules! embedded {
    ($($lang:literal / $name:literal),* $(,)?) => {
        &[$(($lang, $name, include_str!(concat!("../../../locales/", $lang, "/", $name, ".ftl")))),*]
    };
}

/// `(language, file name without .ftl, source)` of every embedded file.
const EMBEDDED: &[(&str, &str, &str)] = embedded![
    "fi" / "common",
    "fi" / "family-self-assessment",
    "fi" / "caregiver-support",
    "fi" / "service-need",
    "sv" / "common",
    "sv" / "family-self-assessment",
    "sv" / "caregiver-support",
    "sv" / "service-need",
    "en" / "common",
    "en" / "family-self-assessment",
    "en" / "caregiver-support",
    "en" / "service-need",
];

/// Why a catalog could not be read from disk.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CatalogError {
    /// A directory or file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The path that failed.
        path: PathBuf,
        /// The IO error.
        source: std::io::Error,
    },
    /// The directory holds no `fi`, `sv` or `en` folder.
    #[error("{path} holds no locales (expected fi/, sv/ and en/ folders, or a locales/ folder)")]
    NoLocales {
        /// The directory given.
        path: PathBuf,
    },
}

/// One parsed Fluent file.
#[derive(Debug)]
pub(crate) struct LocaleFile {
    pub(crate) language: Language,
    /// File name without `.ftl` (`common`, or a form id).
    pub(crate) name: String,
    /// Path shown in findings: `locales/<lang>/<name>.ftl`.
    pub(crate) path: String,
    pub(crate) resource: Arc<FluentResource>,
    pub(crate) errors: Vec<ParserError>,
}

impl LocaleFile {
    fn parse(language: Language, name: &str, source: String) -> LocaleFile {
        let (resource, errors) = match FluentResource::try_new(source) {
            Ok(r) => (r, Vec::new()),
            Err((r, errors)) => (r, errors),
        };
        LocaleFile {
            language,
            name: name.to_string(),
            path: format!("locales/{}/{}.ftl", language.code(), name),
            resource: Arc::new(resource),
            errors,
        }
    }

    pub(crate) fn source(&self) -> &str {
        self.resource.source()
    }
}

/// The Fluent files of every language, parsed (syntax errors are kept for [`crate::lint()`];
/// the entries that did parse are still used).
///
/// ```
/// use arvio_i18n::{Catalog, Language};
/// let catalog = Catalog::embedded();
/// assert!(catalog.source(Language::Sv, "common").unwrap().contains("arvio-yes"));
/// ```
#[derive(Clone, Default)]
pub struct Catalog {
    files: Vec<Arc<LocaleFile>>,
    bundles: [OnceLock<Arc<Bundle>>; 3],
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field(
                "files",
                &self.files.iter().map(|f| &f.path).collect::<Vec<_>>(),
            )
            .finish_non_exhaustive()
    }
}

impl Catalog {
    /// The texts embedded in the crate (`locales/{fi,sv,en}/*.ftl` at build time). Parsed once
    /// per process; cloning is cheap.
    pub fn embedded() -> Catalog {
        static EMBEDDED_CATALOG: OnceLock<Catalog> = OnceLock::new();
        EMBEDDED_CATALOG
            .get_or_init(|| {
                let mut catalog = Catalog::default();
                for (lang, name, source) in EMBEDDED {
                    if let Some(language) = Language::from_code(lang) {
                        catalog.insert(language, name, source.to_string());
                    }
                }
                catalog
            })
            .clone()
    }

    /// Reads `<lang>/*.ftl` for fi, sv and en from disk, to lint a working copy. `dir` is
    /// either the `locales` directory itself or a directory that contains one (the workspace
    /// root). A missing language folder is not an error (its texts are then reported missing
    /// by [`crate::lint()`]); files other than `*.ftl` are ignored.
    pub fn from_dir(dir: impl AsRef<Path>) -> Result<Catalog, CatalogError> {
        let dir = dir.as_ref();
        let root = if dir.join("locales").is_dir() {
            dir.join("locales")
        } else {
            dir.to_path_buf()
        };
        if !Language::ALL.iter().any(|l| root.join(l.code()).is_dir()) {
            return Err(CatalogError::NoLocales {
                path: dir.to_path_buf(),
            });
        }
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |source| CatalogError::Io { path, source }
        };
        let mut catalog = Catalog::default();
        for language in Language::ALL {
            let lang_dir = root.join(language.code());
            if !lang_dir.is_dir() {
                continue;
            }
            let mut paths = Vec::new();
            for entry in std::fs::read_dir(&lang_dir).map_err(io(&lang_dir))? {
                let path = entry.map_err(io(&lang_dir))?.path();
                if path.extension().is_some_and(|e| e == "ftl") && path.is_file() {
                    paths.push(path);
                }
            }
            paths.sort();
            for path in paths {
                let source = std::fs::read_to_string(&path).map_err(io(&path))?;
                let name = path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                catalog.insert(language, &name, source);
            }
        }
        Ok(catalog)
    }

    /// Adds a file, or replaces the file of that language and name (`name` without `.ftl`,
    /// e.g. `common` or a form id). For tests and tools that check edited texts.
    pub fn insert(&mut self, language: Language, name: &str, source: String) {
        let file = Arc::new(LocaleFile::parse(language, name, source));
        match self
            .files
            .iter_mut()
            .find(|f| f.language == language && f.name == name)
        {
            Some(slot) => *slot = file,
            None => self.files.push(file),
        }
        self.bundles[language.index()] = OnceLock::new();
    }

    /// The source of a file (`name` without `.ftl`).
    pub fn source(&self, language: Language, name: &str) -> Option<&str> {
        self.file(language, name).map(LocaleFile::source)
    }

    /// The names (without `.ftl`) of a language's files, in the order they were added.
    pub fn file_names(&self, language: Language) -> Vec<&str> {
        self.files
            .iter()
            .filter(|f| f.language == language)
            .map(|f| f.name.as_str())
            .collect()
    }

    pub(crate) fn file(&self, language: Language, name: &str) -> Option<&LocaleFile> {
        self.files
            .iter()
            .map(|f| &**f)
            .find(|f| f.language == language && f.name == name)
    }

    pub(crate) fn files(&self) -> impl Iterator<Item = &LocaleFile> {
        self.files.iter().map(|f| &**f)
    }

    /// The bundle of a language, built once. `common` first, then the other files in order;
    /// a duplicate id keeps its first definition (lint reports the duplicate).
    pub(crate) fn bundle(&self, language: Language) -> Arc<Bundle> {
        self.bundles[language.index()]
            .get_or_init(|| {
                let mut bundle = new_bundle(language);
                let mut files: Vec<&LocaleFile> =
                    self.files().filter(|f| f.language == language).collect();
                files.sort_by_key(|f| f.name != "common");
                for f in files {
                    // Errors here are duplicate ids; the first definition wins.
                    let _ = bundle.add_resource(Arc::clone(&f.resource));
                }
                Arc::new(bundle)
            })
            .clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_has_every_file() {
        let c = Catalog::embedded();
        for l in Language::ALL {
            let mut names = c.file_names(l);
            names.sort_unstable();
            let mut expected = FILE_NAMES.to_vec();
            expected.sort_unstable();
            assert_eq!(names, expected, "{l}");
            assert_eq!(
                c.file(l, "common").unwrap().path,
                format!("locales/{l}/common.ftl")
            );
        }
    }

    #[test]
    fn from_dir_reads_the_working_copy() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
        let c = Catalog::from_dir(root).unwrap();
        let e = Catalog::embedded();
        for l in Language::ALL {
            for name in FILE_NAMES {
                assert_eq!(c.source(l, name), e.source(l, name), "{l}/{name}");
            }
        }
        let c = Catalog::from_dir(format!("{root}/locales")).unwrap();
        assert!(c.source(Language::Fi, "common").is_some());
    }

    #[test]
    fn from_dir_errors() {
        let err = Catalog::from_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/src")).unwrap_err();
        assert!(matches!(err, CatalogError::NoLocales { .. }), "{err}");
    }

    #[test]
    fn insert_replaces_and_keeps_syntax_errors() {
        let mut c = Catalog::embedded();
        c.insert(Language::Sv, "common", "arvio-yes = Ja\nbroken =\n".into());
        let f = c.file(Language::Sv, "common").unwrap();
        assert_eq!(f.errors.len(), 1);
        assert_eq!(c.file_names(Language::Sv).len(), 4);
        assert!(c.bundle(Language::Sv).has_message("arvio-yes"));
        assert!(!c.bundle(Language::Sv).has_message("arvio-no"));
    }
}
