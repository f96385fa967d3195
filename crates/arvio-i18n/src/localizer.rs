//! [`Localizer`]: arvio's [`Texts`] over Fluent.

use crate::format::{format_date, format_number, format_number_with};
use crate::{Catalog, CatalogError, Language};
use arvio_core::Form;
use arvio_core::render::{Arg, Texts};
use chrono::NaiveDate;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use fluent_syntax::ast;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock, PoisonError, RwLock};

/// The Fluent bundle type (thread-safe flavour, so a `Localizer` is `Send + Sync`).
type FluentBundle = fluent_bundle::concurrent::FluentBundle<Arc<FluentResource>>;

/// A Fluent bundle of one language, with the texts of its messages kept once formatted:
/// those asked for without arguments, and those asked for with numbers only (a row number, a
/// maximum length).
///
/// The caches belong to this bundle. An entry is made only when this bundle formatted the
/// message's value without an error (no fallback, no warning), so a hit returns exactly what
/// formatting again would: formatting depends on nothing but the bundle's messages and terms,
/// the built-in `NUMBER` function and the language's number formatter, and the arguments,
/// which are part of the key (message id, then each argument's name and the exact bits of its
/// number, in the order given). Texts formatted with a string argument (which may be an
/// answer) are never kept. The bundle's messages are fixed once it is shared
/// ([`Bundle::add_resource`] takes `&mut self` and empties the caches).
///
/// Bounds: the texts without arguments have one place per message of the bundle's resources,
/// made when the resource is added (so reading them takes no lock); the texts with numbers
/// hold at most [`NUMERIC_TEXTS`] entries (then no more are kept). Both go with the bundle.
pub(crate) struct Bundle {
    fluent: FluentBundle,
    plain: HashMap<Box<str>, OnceLock<Box<str>>, IdHash>,
    numeric: RwLock<HashMap<NumericKey, Box<str>, IdHash>>,
}

/// Most texts formatted with numbers kept per bundle.
const NUMERIC_TEXTS: usize = 4096;

/// A message asked for with numbers only: its id, then each argument's name and the bits of
/// its number, in the order given.
#[derive(PartialEq, Eq, Hash)]
struct NumericKey {
    id: Box<str>,
    numbers: Vec<(Box<str>, u64)>,
}

impl NumericKey {
    /// The key of `id` with `args`, if every argument is a number.
    fn new(id: &str, args: &[(&str, Arg<'_>)]) -> Option<NumericKey> {
        let numbers = args
            .iter()
            .map(|(name, value)| match value {
                Arg::Num(n) => Some((Box::from(*name), n.to_bits())),
                Arg::Str(_) => None,
            })
            .collect::<Option<Vec<_>>>()?;
        Some(NumericKey {
            id: id.into(),
            numbers,
        })
    }
}

/// A fast hash for message ids: the keys are a bundle's own message ids, so no one chooses
/// them to collide.
type IdHash = rustc_hash::FxBuildHasher;

impl std::ops::Deref for Bundle {
    type Target = FluentBundle;
    fn deref(&self) -> &FluentBundle {
        &self.fluent
    }
}

impl Bundle {
    /// Adds a resource to the bundle (see `FluentBundle::add_resource`).
    pub(crate) fn add_resource(&mut self, r: Arc<FluentResource>) -> Result<(), Vec<FluentError>> {
        for text in self.plain.values_mut() {
            *text = OnceLock::new();
        }
        for entry in r.entries() {
            if let ast::Entry::Message(m) = entry
                && m.value.is_some()
            {
                self.plain.entry(m.id.name.into()).or_default();
            }
        }
        self.numeric
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner)
            .clear();
        self.fluent.add_resource(r)
    }

    /// The formatted text of message `id` without arguments, if already formatted.
    fn cached(&self, id: &str) -> Option<String> {
        self.plain
            .get(id)
            .and_then(OnceLock::get)
            .map(|s| String::from(&**s))
    }

    /// Keeps `text`, the value of message `id` formatted without arguments and without error.
    fn remember(&self, id: &str, text: &str) {
        if let Some(place) = self.plain.get(id) {
            let _ = place.set(text.into());
        }
    }

    /// The formatted text of a message with numbers, if already formatted.
    fn cached_numeric(&self, key: &NumericKey) -> Option<String> {
        self.numeric
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(key)
            .map(|s| String::from(&**s))
    }

    /// Keeps `text`, a message formatted with numbers without error, while there is room.
    fn remember_numeric(&self, key: NumericKey, text: &str) {
        let mut numeric = self.numeric.write().unwrap_or_else(PoisonError::into_inner);
        if numeric.len() < NUMERIC_TEXTS {
            numeric.entry(key).or_insert_with(|| text.into());
        }
    }
}

/// Message id of the generic text shown instead of a message that cannot be resolved.
pub const MISSING_TEXT: &str = "arvio-missing-text";

/// Creates an empty bundle for a language: no bidi isolation marks, numbers formatted by
/// [`format_number`], the built-in `NUMBER` function available.
pub(crate) fn new_bundle(language: Language) -> Bundle {
    let mut bundle = FluentBundle::new_concurrent(vec![language.langid()]);
    bundle.set_use_isolating(false);
    match language {
        Language::Fi => bundle.set_formatter(Some(format_fi)),
        Language::Sv => bundle.set_formatter(Some(format_sv)),
        Language::En => bundle.set_formatter(Some(format_en)),
    }
    // Only fails if a function of the same name exists, which it cannot in a new bundle.
    let _ = bundle.add_builtins();
    Bundle {
        fluent: bundle,
        plain: HashMap::default(),
        numeric: RwLock::new(HashMap::default()),
    }
}

fn format_value(language: Language, value: &FluentValue<'_>) -> Option<String> {
    match value {
        FluentValue::Number(n) => {
            let min = n.options.minimum_fraction_digits.unwrap_or(0);
            let max = n.options.maximum_fraction_digits.unwrap_or(2).max(min);
            Some(format_number_with(language, n.value, min, max))
        }
        _ => None,
    }
}

fn format_fi<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    format_value(Language::Fi, value)
}
fn format_sv<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    format_value(Language::Sv, value)
}
fn format_en<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    format_value(Language::En, value)
}

/// Why a message could not be shown as asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WarningKind {
    /// The language has no message with this id.
    Missing,
    /// The message has attributes but no value.
    NoValue,
    /// Fluent could not resolve the message (for example an argument was not passed, or it
    /// refers to a message that does not exist).
    FormatError,
}

/// A message that could not be shown in the language asked for, recorded by [`Localizer`].
/// Holds only the message id and language: never text or arguments.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct MissingMessage {
    /// The message id.
    pub id: String,
    /// The language that lacked it (Finnish when even the fallback failed).
    pub language: Language,
    /// What went wrong.
    pub kind: WarningKind,
}

/// Texts in one language from a [`Catalog`], implementing [`Texts`].
///
/// A message missing in the chosen language falls back to Finnish; a message missing even
/// there is shown as the generic `arvio-missing-text` ("(teksti puuttuu)"), never as its id.
/// Every fallback is recorded and can be read with [`Localizer::warnings`].
///
/// Numbers passed as [`Arg::Num`] stay numbers for Fluent (so `[one]`/`[other]` variants
/// select correctly) and are shown with [`format_number`]'s rules (`{ $count }` gives `2,5`
/// in Finnish).
pub struct Localizer {
    language: Language,
    bundle: Arc<Bundle>,
    /// The Finnish bundle, when the language is not Finnish.
    fallback: Option<Arc<Bundle>>,
    warnings: Mutex<Vec<MissingMessage>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("language", &self.language)
            .field("warnings", &self.warnings().len())
            .finish_non_exhaustive()
    }
}

impl Localizer {
    /// Texts from the embedded catalog in the best language for `requested` (tags in order
    /// of preference, e.g. `["sv-FI", "en"]`); see [`Language::negotiate`]. Never panics:
    /// unknown or malformed tags are skipped and the default is Finnish.
    pub fn new(requested: &[&str]) -> Localizer {
        Localizer::with_catalog(&Catalog::embedded(), requested)
    }

    /// A builder: the embedded texts plus directories of added texts (a custom form's), in
    /// Finnish unless other languages are asked for.
    ///
    /// ```
    /// use arvio_core::render::Texts;
    /// use arvio_i18n::Localizer;
    /// let dir = std::env::temp_dir().join(format!("arvio-doc-builder-{}", std::process::id()));
    /// std::fs::create_dir_all(dir.join("sv")).unwrap();
    /// std::fs::write(dir.join("sv/my-form.ftl"), "mf-title = Kvällskoll\n").unwrap();
    /// let sv = Localizer::builder()
    ///     .locales_dir(&dir)?
    ///     .languages(&["sv-FI", "fi"])
    ///     .build();
    /// assert_eq!(sv.message("mf-title"), "Kvällskoll");
    /// assert_eq!(sv.message("arvio-yes"), "Ja"); // the built-in texts stay
    /// # std::fs::remove_dir_all(&dir).unwrap();
    /// # Ok::<(), arvio_i18n::CatalogError>(())
    /// ```
    pub fn builder() -> LocalizerBuilder {
        LocalizerBuilder {
            catalog: Catalog::embedded(),
            language: Language::Fi,
        }
    }

    /// Texts from `catalog` in the best language for `requested`.
    pub fn with_catalog(catalog: &Catalog, requested: &[&str]) -> Localizer {
        Localizer::for_language(catalog, Language::negotiate(requested))
    }

    /// Texts from `catalog` in exactly this language.
    pub fn for_language(catalog: &Catalog, language: Language) -> Localizer {
        Localizer {
            language,
            bundle: catalog.bundle(language),
            fallback: (language != Language::Fi).then(|| catalog.bundle(Language::Fi)),
            warnings: Mutex::new(Vec::new()),
        }
    }

    /// The language tag of the texts: `fi`, `sv` or `en`.
    pub fn language(&self) -> &'static str {
        self.language.code()
    }

    /// The language of the texts.
    pub fn lang(&self) -> Language {
        self.language
    }

    /// The ids of the messages `form` needs that this language does not define (the Finnish
    /// fallback does not count), in the form's order: check this before showing a form
    /// whose texts come from outside (see [`Catalog::missing_ids`]).
    pub fn missing_ids(&self, form: &Form) -> Vec<String> {
        crate::catalog::missing_in(&self.bundle, form)
    }

    /// Messages that fell back (to Finnish, or to the generic missing text) so far, each once,
    /// in the order first met.
    pub fn warnings(&self) -> Vec<MissingMessage> {
        self.warnings
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Returns the warnings recorded so far and forgets them.
    pub fn take_warnings(&self) -> Vec<MissingMessage> {
        std::mem::take(&mut *self.warnings.lock().unwrap_or_else(PoisonError::into_inner))
    }

    fn warn(&self, id: &str, language: Language, kind: WarningKind) {
        let mut warnings = self.warnings.lock().unwrap_or_else(PoisonError::into_inner);
        if !warnings
            .iter()
            .any(|w| w.id == id && w.language == language && w.kind == kind)
        {
            warnings.push(MissingMessage {
                id: id.to_string(),
                language,
                kind,
            });
        }
    }

    /// The generic text shown for an unresolvable message.
    fn missing_text(&self) -> String {
        let from = |b: &Bundle| try_format(b, MISSING_TEXT, None).ok();
        from(&self.bundle)
            .or_else(|| self.fallback.as_deref().and_then(from))
            .unwrap_or_else(|| {
                match self.language {
                    Language::Fi => "(teksti puuttuu)",
                    Language::Sv => "(text saknas)",
                    Language::En => "(text missing)",
                }
                .to_string()
            })
    }
}

/// Builds a [`Localizer`] over the embedded texts and added locale directories; from
/// [`Localizer::builder`].
#[derive(Debug, Clone)]
pub struct LocalizerBuilder {
    catalog: Catalog,
    language: Language,
}

impl LocalizerBuilder {
    /// Adds the texts of a locale directory (`dir/{fi,sv,en}/*.ftl`) to the catalog, as
    /// [`Catalog::with_dir`] does: every file must parse and may only define new ids, so a
    /// built-in text is never replaced. Call it once per directory.
    pub fn locales_dir(mut self, dir: impl AsRef<std::path::Path>) -> Result<Self, CatalogError> {
        self.catalog = self.catalog.with_dir(dir)?;
        Ok(self)
    }

    /// The language: the best for `requested` (tags in order of preference, e.g.
    /// `["sv-FI", "en"]`), as [`Language::negotiate`] picks it.
    pub fn languages(mut self, requested: &[&str]) -> Self {
        self.language = Language::negotiate(requested);
        self
    }

    /// Exactly this language.
    pub fn language(mut self, language: Language) -> Self {
        self.language = language;
        self
    }

    /// The catalog so far: the embedded texts and the added directories.
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// The localizer.
    pub fn build(self) -> Localizer {
        Localizer::for_language(&self.catalog, self.language)
    }
}

/// Formats a message's value; `Err` says why it cannot be shown.
fn try_format(
    bundle: &Bundle,
    id: &str,
    args: Option<&FluentArgs<'_>>,
) -> Result<String, WarningKind> {
    let message = bundle.get_message(id).ok_or(WarningKind::Missing)?;
    let pattern = message.value().ok_or(WarningKind::NoValue)?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    if errors.is_empty() {
        Ok(text.into_owned())
    } else {
        Err(WarningKind::FormatError)
    }
}

impl Texts for Localizer {
    fn language(&self) -> &str {
        self.language.code()
    }

    fn message_with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let numeric = if args.is_empty() {
            if let Some(text) = self.bundle.cached(id) {
                return text;
            }
            None
        } else {
            let key = NumericKey::new(id, args);
            if let Some(text) = key.as_ref().and_then(|k| self.bundle.cached_numeric(k)) {
                return text;
            }
            key
        };
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            match value {
                Arg::Str(s) => fluent_args.set(*name, FluentValue::from(*s)),
                Arg::Num(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        let fluent_args = (!args.is_empty()).then_some(&fluent_args);
        match try_format(&self.bundle, id, fluent_args) {
            Ok(text) => {
                if args.is_empty() {
                    self.bundle.remember(id, &text);
                } else if let Some(key) = numeric {
                    self.bundle.remember_numeric(key, &text);
                }
                return text;
            }
            Err(kind) => self.warn(id, self.language, kind),
        }
        if let Some(fallback) = &self.fallback {
            match try_format(fallback, id, fluent_args) {
                Ok(text) => return text,
                Err(kind) => self.warn(id, Language::Fi, kind),
            }
        }
        self.missing_text()
    }

    fn number(&self, n: f64) -> String {
        format_number(self.language, n)
    }

    fn date(&self, d: NaiveDate) -> String {
        format_date(self.language, d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog(fi: &str, sv: &str, en: &str) -> Catalog {
        let mut c = Catalog::default();
        c.insert(Language::Fi, "common", fi.into());
        c.insert(Language::Sv, "common", sv.into());
        c.insert(Language::En, "common", en.into());
        c
    }

    const PLURALS_FI: &str = "arvio-missing-text = (teksti puuttuu)
rows = { $count ->
        [one] { $count } rivi
       *[other] { $count } riviä
    }
only-fi = [fi] vain suomeksi
needs-arg = Arvo { $x }
";
    const PLURALS_SV: &str = "arvio-missing-text = (text saknas)
rows = { $count ->
        [one] { $count } rad
       *[other] { $count } rader
    }
needs-arg = Värde { $x }
";
    const PLURALS_EN: &str = "rows = { $count ->
        [one] { $count } row
       *[other] { $count } rows
    }
";

    #[test]
    fn plurals_and_numbers_in_messages() {
        let c = catalog(PLURALS_FI, PLURALS_SV, PLURALS_EN);
        let cases = [
            (Language::Fi, 1.0, "1 rivi"),
            (Language::Fi, 2.0, "2 riviä"),
            (Language::Fi, 2.5, "2,5 riviä"),
            (Language::Fi, 12500.0, "12\u{a0}500 riviä"),
            (Language::Sv, 1.0, "1 rad"),
            (Language::Sv, 0.0, "0 rader"),
            (Language::Sv, 2.5, "2,5 rader"),
            (Language::En, 1.0, "1 row"),
            (Language::En, 2.5, "2.5 rows"),
            (Language::En, 2500.0, "2,500 rows"),
        ];
        for (lang, n, expected) in cases {
            let l = Localizer::for_language(&c, lang);
            assert_eq!(
                l.message_with("rows", &[("count", Arg::Num(n))]),
                expected,
                "{lang} {n}"
            );
            assert!(l.warnings().is_empty());
        }
    }

    #[test]
    fn fallback_to_finnish_is_recorded() {
        let c = catalog(PLURALS_FI, PLURALS_SV, PLURALS_EN);
        let l = Localizer::for_language(&c, Language::Sv);
        assert_eq!(l.message("only-fi"), "[fi] vain suomeksi");
        assert_eq!(
            l.warnings(),
            vec![MissingMessage {
                id: "only-fi".into(),
                language: Language::Sv,
                kind: WarningKind::Missing
            }]
        );
        // Asked again: recorded once.
        l.message("only-fi");
        assert_eq!(l.take_warnings().len(), 1);
        assert!(l.warnings().is_empty());
    }

    #[test]
    fn missing_everywhere_shows_generic_text() {
        let c = catalog(PLURALS_FI, PLURALS_SV, PLURALS_EN);
        let sv = Localizer::for_language(&c, Language::Sv);
        assert_eq!(sv.message("fsa-nowhere"), "(text saknas)");
        assert_eq!(
            sv.warnings()
                .iter()
                .map(|w| (w.language, w.kind))
                .collect::<Vec<_>>(),
            [
                (Language::Sv, WarningKind::Missing),
                (Language::Fi, WarningKind::Missing)
            ]
        );
        // English has no missing-text of its own in this catalog: the Finnish one is used.
        let en = Localizer::for_language(&c, Language::En);
        assert_eq!(en.message("fsa-nowhere"), "(teksti puuttuu)");
        // No catalog at all: a built-in text.
        let empty = Localizer::for_language(&Catalog::default(), Language::En);
        assert_eq!(empty.message("fsa-nowhere"), "(text missing)");
    }

    #[test]
    fn format_errors_never_show_braces() {
        let c = catalog(PLURALS_FI, PLURALS_SV, PLURALS_EN);
        let sv = Localizer::for_language(&c, Language::Sv);
        // `$x` not passed: Fluent would print "{$x}".
        assert_eq!(sv.message("needs-arg"), "(text saknas)");
        let kinds: Vec<_> = sv.warnings().iter().map(|w| (w.language, w.kind)).collect();
        assert_eq!(
            kinds,
            [
                (Language::Sv, WarningKind::FormatError),
                (Language::Fi, WarningKind::FormatError)
            ]
        );
        assert_eq!(
            sv.message_with("needs-arg", &[("x", Arg::Str("a"))]),
            "Värde a"
        );
    }

    #[test]
    fn no_isolation_marks() {
        let c = catalog("x = <{ $a }>", "", "");
        let l = Localizer::for_language(&c, Language::Fi);
        assert_eq!(l.message_with("x", &[("a", Arg::Str("b"))]), "<b>");
    }

    #[test]
    fn number_function_options() {
        let c = catalog("x = { NUMBER($n, minimumFractionDigits: 2) }", "", "");
        let l = Localizer::for_language(&c, Language::Fi);
        assert_eq!(l.message_with("x", &[("n", Arg::Num(2.5))]), "2,50");
    }

    /// Texts kept once formatted are the texts formatting gives: asked again, with other
    /// numbers, and after a miss; what fell back or failed is never kept, so it warns again.
    #[test]
    fn kept_texts_are_exact_and_bounded() {
        let c = catalog(PLURALS_FI, PLURALS_SV, PLURALS_EN);
        let sv = Localizer::for_language(&c, Language::Sv);
        for _ in 0..3 {
            assert_eq!(sv.message("arvio-missing-text"), "(text saknas)");
            assert_eq!(
                sv.message_with("rows", &[("count", Arg::Num(1.0))]),
                "1 rad"
            );
            assert_eq!(
                sv.message_with("rows", &[("count", Arg::Num(2.5))]),
                "2,5 rader"
            );
            assert_eq!(
                sv.message_with("rows", &[("count", Arg::Num(-0.0))]),
                "0 rader"
            );
            assert_eq!(
                sv.message_with("rows", &[("other", Arg::Num(1.0))]),
                "(text saknas)"
            );
            assert_eq!(
                sv.message_with("needs-arg", &[("x", Arg::Str("a"))]),
                "Värde a"
            );
            assert_eq!(
                sv.message_with("needs-arg", &[("x", Arg::Str("b"))]),
                "Värde b"
            );
            assert_eq!(sv.message("only-fi"), "[fi] vain suomeksi");
            assert_eq!(sv.message("needs-arg"), "(text saknas)");
            let kinds: Vec<_> = sv
                .take_warnings()
                .into_iter()
                .map(|w| (w.id, w.language, w.kind))
                .collect();
            assert_eq!(
                kinds,
                [
                    ("rows".into(), Language::Sv, WarningKind::FormatError),
                    ("rows".into(), Language::Fi, WarningKind::FormatError),
                    ("only-fi".into(), Language::Sv, WarningKind::Missing),
                    ("needs-arg".into(), Language::Sv, WarningKind::FormatError),
                    ("needs-arg".into(), Language::Fi, WarningKind::FormatError),
                ]
            );
        }
        // Another localizer over the same bundle gets the same texts.
        let fi = Localizer::for_language(&c, Language::Fi);
        assert_eq!(
            fi.message_with("rows", &[("count", Arg::Num(1.0))]),
            "1 rivi"
        );
        assert_eq!(fi.message("only-fi"), "[fi] vain suomeksi");
        // Numbers beyond the bound are still formatted, and not kept.
        for i in 0..NUMERIC_TEXTS + 10 {
            let n = i as f64;
            let word = if i == 1 { "rad" } else { "rader" };
            let want = format!("{} {word}", format_number(Language::Sv, n));
            assert_eq!(sv.message_with("rows", &[("count", Arg::Num(n))]), want);
        }
        let kept = sv.bundle.numeric.read().map(|m| m.len()).unwrap_or(0);
        assert_eq!(kept, NUMERIC_TEXTS);
        assert_eq!(
            sv.message_with("rows", &[("count", Arg::Num(1.0))]),
            "1 rad"
        );
    }

    /// Every `Localizer::new` shares the embedded bundles (and so their kept texts).
    #[test]
    fn embedded_bundles_are_shared() {
        let a = Localizer::new(&["sv"]);
        let b = Localizer::new(&["sv"]);
        assert!(Arc::ptr_eq(&a.bundle, &b.bundle));
        assert_eq!(a.message("arvio-yes"), b.message("arvio-yes"));
        let custom = Localizer::for_language(&Catalog::default(), Language::Sv);
        assert!(!Arc::ptr_eq(&a.bundle, &custom.bundle));
    }

    #[test]
    fn localizer_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Localizer>();
        check::<Catalog>();
    }
}
