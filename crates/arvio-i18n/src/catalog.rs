//! The set of Fluent files: embedded in the crate, read from a working copy, or the embedded
//! texts with directories of added texts (custom forms).

use crate::Language;
use crate::localizer::{Bundle, new_bundle};
use arvio_core::Form;
use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use fluent_syntax::parser::ParserError;
use std::collections::HashMap;
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
    /// An added file is not valid Fluent ([`Catalog::with_dir`], [`Catalog::with_source`]);
    /// placed like [`crate::lint()`]'s syntax findings.
    #[error("{file}:{line}:{column}: Fluent syntax error: {message}")]
    Syntax {
        /// The file, as shown: its path on disk for [`Catalog::with_dir`].
        file: String,
        /// 1-based line where the broken entry starts.
        line: usize,
        /// 1-based column where the broken entry starts, in characters.
        column: usize,
        /// The parser's description with its exact position, e.g. `Expected a token
        /// starting with "}" (line 3, column 1)`.
        message: String,
    },
    /// An added file defines a message or term (terms with their leading `-`) that the
    /// language already has, in the built-in texts, in a file added earlier or earlier in the
    /// same file. Added texts may only define new ids: a built-in text is never replaced.
    #[error(
        "{file}:{line}:{column}: message `{id}` is already defined at {first}; added texts may only define new messages"
    )]
    Conflict {
        /// The file with the second definition.
        file: String,
        /// 1-based line of the second definition.
        line: usize,
        /// 1-based column of the second definition's id, in characters.
        column: usize,
        /// The id defined twice.
        id: String,
        /// `file:line` of the definition already in the catalog.
        first: String,
    },
}

/// One parsed Fluent file.
#[derive(Debug)]
pub(crate) struct LocaleFile {
    pub(crate) language: Language,
    /// File name without `.ftl` (`common`, or a form id).
    pub(crate) name: String,
    /// Path shown in findings: `locales/<lang>/<name>.ftl` ([`shown_path`]), or the path on
    /// disk of an added file.
    pub(crate) path: String,
    pub(crate) resource: Arc<FluentResource>,
    pub(crate) errors: Vec<ParserError>,
}

impl LocaleFile {
    fn parse(language: Language, name: &str, path: String, source: String) -> LocaleFile {
        let (resource, errors) = match FluentResource::try_new(source) {
            Ok(r) => (r, Vec::new()),
            Err((r, errors)) => (r, errors),
        };
        LocaleFile {
            language,
            name: name.to_string(),
            path,
            resource: Arc::new(resource),
            errors,
        }
    }

    /// The ids the file defines (terms with their leading `-`) and their byte offsets.
    fn ids(&self) -> impl Iterator<Item = (String, usize)> + '_ {
        let source = self.source();
        self.resource
            .entries()
            .filter_map(move |entry| match entry {
                ast::Entry::Message(m) => {
                    Some((m.id.name.to_string(), offset_in(source, m.id.name)))
                }
                ast::Entry::Term(t) => {
                    Some((format!("-{}", t.id.name), offset_in(source, t.id.name)))
                }
                _ => None,
            })
    }

    pub(crate) fn source(&self) -> &str {
        self.resource.source()
    }

    /// The syntax errors as they are reported: the byte offset where the broken entry starts,
    /// and the parser's description with its exact position (which can be lines later, e.g.
    /// after an unclosed placeable).
    pub(crate) fn syntax_errors(&self) -> impl Iterator<Item = (usize, String)> + '_ {
        self.errors.iter().map(|err| {
            let start = err.slice.as_ref().map_or(err.pos.start, |s| s.start);
            let (line, column) = line_col(self.source(), err.pos.start);
            (
                start,
                format!("{} (line {line}, column {column})", err.kind),
            )
        })
    }

    /// `path:line` of a byte offset, as a first definition is named.
    pub(crate) fn line_ref(&self, offset: usize) -> String {
        format!("{}:{}", self.path, line_col(self.source(), offset).0)
    }
}

/// How a file of the built-in layout is shown: `locales/<lang>/<name>.ftl`.
fn shown_path(language: Language, name: &str) -> String {
    format!("locales/{}/{name}.ftl", language.code())
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
                // Built here, once: every copy of the embedded catalog (every
                // `Localizer::new`) shares these bundles and the texts they have formatted.
                for language in Language::ALL {
                    catalog.bundle(language);
                }
                catalog
            })
            .clone()
    }

    /// Reads `<lang>/*.ftl` for fi, sv and en from disk, to lint a working copy. `dir` is
    /// either the `locales` directory itself or a directory that contains one (the workspace
    /// root). A missing language folder is not an error (its texts are then reported missing
    /// by [`crate::lint()`]); files other than `*.ftl` are ignored. Files are shown as
    /// `locales/<lang>/<name>.ftl` wherever they are. Syntax errors are kept for
    /// [`crate::lint()`]. The catalog holds these files only: to add texts to the built-in
    /// ones use [`Catalog::with_dir`]; to lint edited or added files over the built-in ones,
    /// [`Catalog::overlay_dir`].
    pub fn from_dir(dir: impl AsRef<Path>) -> Result<Catalog, CatalogError> {
        let mut catalog = Catalog::default();
        for file in read_locale_dir(dir.as_ref())? {
            catalog.insert(file.language, &file.name, file.source);
        }
        Ok(catalog)
    }

    /// This catalog with the texts of a locale directory added, to show them: the texts of
    /// custom forms next to the built-in (common) texts. Start from [`Catalog::embedded`];
    /// [`crate::Localizer::builder`] does this for you.
    ///
    /// The layout is that of `locales/`: `dir/{fi,sv,en}/*.ftl` (or `dir/locales/...`); a
    /// language may be left out. Files are shown by their path on disk (`dir/fi/x.ftl`).
    /// Every file must parse ([`CatalogError::Syntax`]), and may only define ids the
    /// language does not have yet ([`CatalogError::Conflict`], at the second definition): a
    /// built-in text is never replaced, so the common texts stay as shipped and checked.
    /// A file identical to one already in the catalog (same language, name and text) is
    /// skipped, so giving the built-in `locales/` itself adds nothing and is no conflict.
    /// Name a form's files after the form (`<form id>.ftl`): [`crate::lint()`] then checks
    /// them for unused messages, and [`Catalog::overlay_dir`] (which `arvio lint --locales`
    /// uses) reads a file named like a built-in one (`common.ftl`) as an edited copy of it.
    ///
    /// ```
    /// use arvio_i18n::{Catalog, CatalogError, Language};
    /// let dir = std::env::temp_dir().join(format!("arvio-doc-with-dir-{}", std::process::id()));
    /// std::fs::create_dir_all(dir.join("en")).unwrap();
    /// std::fs::write(dir.join("en/my-form.ftl"), "mf-title = Evening check\n").unwrap();
    /// let catalog = Catalog::embedded().with_dir(&dir).unwrap();
    /// assert_eq!(catalog.file_names(Language::En).last(), Some(&"my-form"));
    ///
    /// std::fs::write(dir.join("en/my-form.ftl"), "mf-title = Check\narvio-yes = Yep\n").unwrap();
    /// let err = Catalog::embedded().with_dir(&dir).unwrap_err();
    /// assert!(matches!(&err, CatalogError::Conflict { id, line: 2, column: 1, .. } if id == "arvio-yes"));
    /// # std::fs::remove_dir_all(&dir).unwrap();
    /// ```
    pub fn with_dir(mut self, dir: impl AsRef<Path>) -> Result<Catalog, CatalogError> {
        for file in read_locale_dir(dir.as_ref())? {
            let path = file.path.display().to_string();
            self.add_checked(file.language, &file.name, path, file.source)?;
        }
        Ok(self)
    }

    /// This catalog with one more file of texts given as text, checked like
    /// [`Catalog::with_dir`]'s files (it must parse and may only define new ids); shown as
    /// `locales/<lang>/<name>.ftl`.
    ///
    /// ```
    /// use arvio_i18n::{Catalog, Language, Localizer};
    /// use arvio_core::render::Texts;
    /// let catalog = Catalog::embedded()
    ///     .with_source(Language::Sv, "my-form", "mf-title = Kvällskoll\n")
    ///     .unwrap();
    /// let sv = Localizer::for_language(&catalog, Language::Sv);
    /// assert_eq!(sv.message("mf-title"), "Kvällskoll");
    /// assert_eq!(sv.message("arvio-yes"), "Ja");
    /// ```
    pub fn with_source(
        mut self,
        language: Language,
        name: &str,
        source: impl Into<String>,
    ) -> Result<Catalog, CatalogError> {
        self.add_checked(language, name, shown_path(language, name), source.into())?;
        Ok(self)
    }

    /// Reads a locale directory into this catalog to check it with [`crate::lint()`]: a
    /// file with the language and name of a file already in the catalog replaces it (and
    /// keeps its shown path: a working copy of `locales/` stands for the built-in texts, so
    /// `Catalog::embedded()` overlaid with the repository's own `locales/` holds each text
    /// once); every other file is added, shown by its path on disk. Nothing is refused:
    /// syntax errors and ids defined twice are kept for [`crate::lint()`] to report with
    /// their places. Use [`Catalog::with_dir`] to show texts.
    pub fn overlay_dir(&mut self, dir: impl AsRef<Path>) -> Result<(), CatalogError> {
        for file in read_locale_dir(dir.as_ref())? {
            let path = match self.file(file.language, &file.name) {
                Some(existing) => existing.path.clone(),
                None => file.path.display().to_string(),
            };
            let parsed = LocaleFile::parse(file.language, &file.name, path, file.source);
            self.put(parsed);
        }
        Ok(())
    }

    /// Adds a file, or replaces the file of that language and name (`name` without `.ftl`,
    /// e.g. `common` or a form id), without any check: syntax errors and ids defined twice
    /// are kept for [`crate::lint()`] to report. For tests and for tools that lint edited
    /// texts. To add texts that are shown (a custom form's), use [`Catalog::with_dir`],
    /// [`Catalog::with_source`] or [`crate::Localizer::builder`], which refuse broken files
    /// and never replace a built-in text.
    pub fn insert(&mut self, language: Language, name: &str, source: String) {
        let path = shown_path(language, name);
        self.put(LocaleFile::parse(language, name, path, source));
    }

    fn put(&mut self, file: LocaleFile) {
        let language = file.language;
        let file = Arc::new(file);
        match self
            .files
            .iter_mut()
            .find(|f| f.language == language && f.name == file.name)
        {
            Some(slot) => *slot = file,
            None => self.files.push(file),
        }
        self.bundles[language.index()] = OnceLock::new();
    }

    /// Adds a file that must parse and may only define new ids; an identical copy of a file
    /// already in the catalog is skipped.
    fn add_checked(
        &mut self,
        language: Language,
        name: &str,
        path: String,
        source: String,
    ) -> Result<(), CatalogError> {
        if self
            .file(language, name)
            .is_some_and(|f| f.source() == source)
        {
            return Ok(());
        }
        let file = LocaleFile::parse(language, name, path, source);
        if let Some((start, message)) = file.syntax_errors().next() {
            // Placed as `lint()` places it.
            let (line, column) = line_col(file.source(), start);
            return Err(CatalogError::Syntax {
                file: file.path.clone(),
                line,
                column,
                message,
            });
        }
        // The first definition of every id, placed only when it is named in a conflict.
        let mut defined: HashMap<String, (&LocaleFile, usize)> = HashMap::new();
        for f in self.files().filter(|f| f.language == language) {
            for (id, offset) in f.ids() {
                defined.entry(id).or_insert((f, offset));
            }
        }
        for (id, offset) in file.ids() {
            if let Some((first, at)) = defined.get(&id) {
                let (line, column) = line_col(file.source(), offset);
                return Err(CatalogError::Conflict {
                    file: file.path.clone(),
                    line,
                    column,
                    id,
                    first: first.line_ref(*at),
                });
            }
            defined.insert(id, (&file, offset));
        }
        // Same name as a file already there but other ids: a file of its own.
        self.files.push(Arc::new(file));
        self.bundles[language.index()] = OnceLock::new();
        Ok(())
    }

    /// The ids of the messages `form` needs that `language` does not define with a value
    /// (a Finnish fallback does not count), in the form's order, each once. Ids only: for a
    /// tool that refuses to show a form whose texts are missing, instead of showing "(text
    /// missing)". A built-in form has every text in every language.
    ///
    /// ```
    /// use arvio_i18n::{Catalog, Language};
    /// let form = arvio_core::parse_form(
    ///     "id = \"x\"\nversion = \"1.0.0\"\ntitle = \"x-title\"\n\
    ///      [[sections]]\nid = \"s\"\ntitle = \"x-s\"\n",
    ///     "x.toml",
    /// )
    /// .unwrap();
    /// let catalog = Catalog::embedded().with_source(Language::Fi, "x", "x-title = Otsikko\n").unwrap();
    /// assert_eq!(catalog.missing_ids(&form, Language::Fi), ["x-s"]);
    /// assert_eq!(catalog.missing_ids(&form, Language::En), ["x-title", "x-s"]);
    /// let builtin = arvio_forms::builtin("service-need").unwrap();
    /// assert!(catalog.missing_ids(&builtin, Language::Sv).is_empty());
    /// ```
    pub fn missing_ids(&self, form: &Form, language: Language) -> Vec<String> {
        missing_in(&self.bundle(language), form)
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

    /// Where the file of a language and name is or would be: its path when it exists; else
    /// next to the file of that name in another language (an added directory's
    /// `dir/sv/x.ftl` when only `dir/fi/x.ftl` exists); else `locales/<lang>/<name>.ftl`.
    pub(crate) fn expected_path(&self, language: Language, name: &str) -> String {
        if let Some(f) = self.file(language, name) {
            return f.path.clone();
        }
        let file_name = format!("{name}.ftl");
        for f in self.files().filter(|f| f.name == name) {
            let tail = format!("{}/{file_name}", f.language.code());
            if let Some(prefix) = f.path.strip_suffix(&tail) {
                return format!("{prefix}{}/{file_name}", language.code());
            }
        }
        shown_path(language, name)
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

/// The ids of `form`'s messages that `bundle` lacks or has without a value.
pub(crate) fn missing_in(bundle: &Bundle, form: &Form) -> Vec<String> {
    crate::lint::form_messages(form)
        .into_iter()
        .filter(|id| bundle.get_message(id).and_then(|m| m.value()).is_none())
        .map(str::to_string)
        .collect()
}

/// A `.ftl` file read from a locale directory.
struct DiskFile {
    language: Language,
    name: String,
    path: PathBuf,
    source: String,
}

/// Reads `<root>/{fi,sv,en}/*.ftl`, where root is `dir/locales` when that exists and `dir`
/// otherwise, in language order and by file name.
fn read_locale_dir(dir: &Path) -> Result<Vec<DiskFile>, CatalogError> {
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
    let mut files = Vec::new();
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
            let source = read_capped(&path).map_err(io(&path))?;
            let name = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            files.push(DiskFile {
                language,
                name,
                path,
                source,
            });
        }
    }
    Ok(files)
}

/// Reads a locale file as text, at most [`arvio_core::limits::MAX_FILE_BYTES`]: a larger (or
/// endless) file is an [`std::io::ErrorKind::FileTooLarge`] error whose message says the cap.
fn read_capped(path: &Path) -> std::io::Result<String> {
    let bytes = arvio_core::limits::read_file(path)?;
    String::from_utf8(bytes).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
}

/// 1-based line and column (in characters) of a byte offset.
pub(crate) fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// The byte offset of `slice` in `source` (the parser's slices point into the source).
pub(crate) fn offset_in(source: &str, slice: &str) -> usize {
    let start = source.as_ptr() as usize;
    let at = slice.as_ptr() as usize;
    if at >= start && at <= start + source.len() {
        at - start
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use arvio_core::render::Texts;

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

    /// A fresh directory under the system temp dir with the given files.
    fn dir_with(tag: &str, files: &[(&str, &str)]) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("arvio-i18n-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for (path, text) in files {
            let p = dir.join(path);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        dir
    }

    const FORM: &str = "id = \"ec\"\nversion = \"1.0.0\"\ntitle = \"ec-title\"\n\
        [[sections]]\nid = \"s\"\ntitle = \"ec-s\"\n";

    #[test]
    fn with_dir_adds_to_the_built_in_texts() {
        let dir = dir_with(
            "merge",
            &[
                ("fi/ec.ftl", "ec-title = Ilta\nec-s = Osa\n"),
                ("en/ec.ftl", "ec-title = Evening\n"),
                ("en/notes.txt", "not fluent"),
            ],
        );
        let c = Catalog::embedded().with_dir(&dir).unwrap();
        assert_eq!(c.file_names(Language::Fi).len(), 5);
        assert_eq!(c.file_names(Language::Sv).len(), 4);
        let en = c.file(Language::En, "ec").unwrap();
        assert_eq!(en.path, dir.join("en/ec.ftl").display().to_string());
        for (l, title, yes) in [
            (Language::Fi, "Ilta", "Kyllä"),
            (Language::En, "Evening", "Yes"),
        ] {
            let texts = crate::Localizer::for_language(&c, l);
            assert_eq!(texts.message("ec-title"), title);
            assert_eq!(texts.message("arvio-yes"), yes);
            assert!(texts.warnings().is_empty());
        }
        let form = arvio_core::parse_form(FORM, "ec.toml").unwrap();
        assert!(c.missing_ids(&form, Language::Fi).is_empty());
        assert_eq!(c.missing_ids(&form, Language::En), ["ec-s"]);
        assert_eq!(c.missing_ids(&form, Language::Sv), ["ec-title", "ec-s"]);
        // Without the directory every id is missing.
        let e = Catalog::embedded();
        assert_eq!(e.missing_ids(&form, Language::Fi), ["ec-title", "ec-s"]);
        assert_eq!(
            c.expected_path(Language::Sv, "ec"),
            dir.join("sv/ec.ftl").display().to_string()
        );
        assert_eq!(
            c.expected_path(Language::Sv, "common"),
            "locales/sv/common.ftl"
        );
        assert_eq!(
            c.expected_path(Language::Sv, "nothing"),
            "locales/sv/nothing.ftl"
        );
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn with_dir_refuses_redefined_ids_with_their_places() {
        let dir = dir_with(
            "conflict",
            &[(
                "sv/ec.ftl",
                "ec-title = Kväll\n\n# a comment\n  \narvio-yes = Japp\n",
            )],
        );
        let err = Catalog::embedded().with_dir(&dir).unwrap_err();
        let file = dir.join("sv/ec.ftl").display().to_string();
        let first_line = Catalog::embedded()
            .source(Language::Sv, "common")
            .unwrap()
            .lines()
            .position(|l| l.starts_with("arvio-yes ="))
            .unwrap()
            + 1;
        assert_eq!(
            err.to_string(),
            format!(
                "{file}:5:1: message `arvio-yes` is already defined at \
                 locales/sv/common.ftl:{first_line}; added texts may only define new messages"
            )
        );
        // Terms count, and so does a second definition in the same file or directory.
        let dir = dir_with(
            "conflict-self",
            &[
                ("fi/a.ftl", "-brand = Arvio\nx = { -brand }\n"),
                ("fi/b.ftl", "y = 1\n-brand = Toinen\n"),
            ],
        );
        let err = Catalog::embedded().with_dir(&dir).unwrap_err();
        let a = dir.join("fi/a.ftl").display().to_string();
        let b = dir.join("fi/b.ftl").display().to_string();
        assert!(
            matches!(&err, CatalogError::Conflict { file, line: 2, column: 2, id, first }
                if *file == b && id == "-brand" && *first == format!("{a}:1")),
            "{err}"
        );
        let err = Catalog::default()
            .with_source(Language::En, "x", "a = 1\nb = 2\n   \na = 3\n")
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "locales/en/x.ftl:4:1: message `a` is already defined at locales/en/x.ftl:1; \
             added texts may only define new messages"
        );
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn with_dir_refuses_syntax_errors_with_their_places() {
        let dir = dir_with("syntax", &[("en/ec.ftl", "ec-title = Evening\nec-s =\n")]);
        let err = Catalog::embedded().with_dir(&dir).unwrap_err();
        let file = dir.join("en/ec.ftl").display().to_string();
        assert!(
            matches!(&err, CatalogError::Syntax { file: f, line: 2, column: 1, .. } if *f == file),
            "{err:?}"
        );
        assert!(
            err.to_string()
                .starts_with(&format!("{file}:2:1: Fluent syntax error: ")),
            "{err}"
        );
        // Unclosed placeable: placed where the entry starts, the parser's place in the text.
        let err = Catalog::default()
            .with_source(Language::Fi, "x", "ok = Hyvä\n\nbad = { $x\n")
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "locales/fi/x.ftl:3:1: Fluent syntax error: \
             Expected a token starting with \"}\" (line 4, column 1)"
        );
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn with_dir_skips_the_built_in_files_themselves() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
        let c = Catalog::embedded().with_dir(root).unwrap();
        for l in Language::ALL {
            assert_eq!(c.file_names(l).len(), FILE_NAMES.len(), "{l}");
        }
        // An edited copy is no longer the same file: its ids conflict.
        let dir = dir_with("edited", &[("fi/common.ftl", "arvio-yes = Joo\n")]);
        let err = Catalog::embedded().with_dir(&dir).unwrap_err();
        assert!(
            matches!(&err, CatalogError::Conflict { id, .. } if id == "arvio-yes"),
            "{err}"
        );
        // But a file named like a built-in one may add new ids.
        let dir = dir_with("same-name", &[("fi/common.ftl", "ec-extra = Lisä\n")]);
        let c = Catalog::embedded().with_dir(&dir).unwrap();
        assert!(c.bundle(Language::Fi).has_message("ec-extra"));
        assert!(c.bundle(Language::Fi).has_message("arvio-yes"));
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn with_dir_errors_for_unreadable_directories() {
        let err = Catalog::embedded()
            .with_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))
            .unwrap_err();
        assert!(matches!(err, CatalogError::NoLocales { .. }), "{err}");
    }

    #[test]
    fn overlay_replaces_same_named_files_and_adds_others() {
        let mut c = Catalog::embedded();
        c.overlay_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
            .unwrap();
        for l in Language::ALL {
            assert_eq!(c.file_names(l).len(), FILE_NAMES.len(), "{l}");
            assert_eq!(
                c.file(l, "common").unwrap().path,
                format!("locales/{l}/common.ftl")
            );
        }
        let dir = dir_with(
            "overlay",
            &[
                ("sv/common.ftl", "arvio-yes = Japp\nbroken =\n"),
                ("sv/ec.ftl", "ec-title = Kväll\n"),
            ],
        );
        c.overlay_dir(&dir).unwrap();
        let common = c.file(Language::Sv, "common").unwrap();
        assert_eq!(common.path, "locales/sv/common.ftl");
        assert_eq!(common.errors.len(), 1);
        assert_eq!(
            c.file(Language::Sv, "ec").unwrap().path,
            dir.join("sv/ec.ftl").display().to_string()
        );
        assert!(!c.bundle(Language::Sv).has_message("arvio-no"));
        std::fs::remove_dir_all(dir).unwrap();
    }
}
