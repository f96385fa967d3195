//! The supported languages and language negotiation.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use std::fmt;
use unic_langid::LanguageIdentifier;

/// A language arvio ships texts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    /// Finnish (`fi`), the default and the fallback for missing texts.
    Fi,
    /// Swedish as written in Finland (`sv`).
    Sv,
    /// English (`en`).
    En,
}

impl Language {
    /// Every supported language, the default (Finnish) first.
    pub const ALL: [Language; 3] = [Language::Fi, Language::Sv, Language::En];

    /// The language tag: `fi`, `sv` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Language::Fi => "fi",
            Language::Sv => "sv",
            Language::En => "en",
        }
    }

    /// The language with this exact tag (`fi`, `sv`, `en`); `None` for anything else. Use
    /// [`Language::negotiate`] for tags such as `sv-FI`.
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code)
    }

    pub(crate) fn index(self) -> usize {
        match self {
            Language::Fi => 0,
            Language::Sv => 1,
            Language::En => 2,
        }
    }

    pub(crate) fn langid(self) -> LanguageIdentifier {
        // The three codes are valid BCP 47 tags; the default identifier is never used.
        self.code().parse().unwrap_or_default()
    }

    /// Picks the best language for a list of requested tags in order of preference
    /// (`["sv-FI", "en"]` gives Swedish), with fluent-langneg's filtering strategy. Tags that
    /// do not parse are ignored; with no match the result is Finnish.
    ///
    /// ```
    /// use arvio_i18n::Language;
    /// assert_eq!(Language::negotiate(&["sv-FI", "en"]), Language::Sv);
    /// assert_eq!(Language::negotiate(&["de", "???"]), Language::Fi);
    /// ```
    pub fn negotiate(requested: &[&str]) -> Language {
        let requested: Vec<LanguageIdentifier> = requested
            .iter()
            .filter_map(|tag| tag.trim().parse::<LanguageIdentifier>().ok())
            // `und` (no language) would match every available language.
            .filter(|id| id.language.as_str() != "und")
            .collect();
        let available: Vec<LanguageIdentifier> = Language::ALL.iter().map(|l| l.langid()).collect();
        let default = Language::Fi.langid();
        let chosen = negotiate_languages(
            &requested,
            &available,
            Some(&default),
            NegotiationStrategy::Filtering,
        );
        chosen
            .first()
            .and_then(|id| Language::from_code(id.language.as_str()))
            .unwrap_or(Language::Fi)
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation() {
        assert_eq!(Language::negotiate(&["sv-FI", "en"]), Language::Sv);
        assert_eq!(Language::negotiate(&["de"]), Language::Fi);
        assert_eq!(Language::negotiate(&["en-GB"]), Language::En);
        assert_eq!(Language::negotiate(&["de-DE", "en-US", "fi"]), Language::En);
        assert_eq!(Language::negotiate(&["fi-FI"]), Language::Fi);
        assert_eq!(Language::negotiate(&["sv_FI"]), Language::Sv);
        assert_eq!(Language::negotiate(&[]), Language::Fi);
    }

    #[test]
    fn garbage_tags_are_ignored() {
        assert_eq!(Language::negotiate(&["", " ", "!!", "x-"]), Language::Fi);
        assert_eq!(Language::negotiate(&["und", "*"]), Language::Fi);
        assert_eq!(Language::negotiate(&["12345678901", "en"]), Language::En);
        assert_eq!(Language::negotiate(&["ä-ö", "sv"]), Language::Sv);
    }
}
