//! The server's own page texts: messages `arvio-serve-<id>` in `locales/*/common.ftl`.

use arvio_core::render::Texts;
use arvio_i18n::Localizer;

/// The text `arvio-serve-<id>` in `lang` (`fi`, `sv` or `en`; anything else gives Finnish).
pub(crate) fn text(lang: &str, id: &str) -> String {
    Localizer::new(&[lang]).message(&format!("arvio-serve-{id}"))
}

/// The text `arvio-serve-<id>` in `lang` with its variables (never answer content).
pub(crate) fn text_with(lang: &str, id: &str, args: &[(&str, &str)]) -> String {
    let args: Vec<(&str, arvio_core::render::Arg<'_>)> = args
        .iter()
        .map(|&(k, v)| (k, arvio_core::render::Arg::Str(v)))
        .collect();
    Localizer::new(&[lang]).message_with(&format!("arvio-serve-{id}"), &args)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_page_text_is_in_every_language() {
        let ids: Vec<&str> = arvio_i18n::OWN_IDS
            .iter()
            .filter_map(|id| id.strip_prefix("arvio-serve-"))
            .collect();
        assert_eq!(ids.len(), 25);
        for lang in ["fi", "sv", "en"] {
            for id in &ids {
                let t = super::text(lang, id);
                assert!(
                    !t.is_empty() && !t.starts_with("arvio-"),
                    "{lang} {id}: {t}"
                );
            }
        }
        assert_eq!(super::text("sv", "forms"), "Blanketter");
        assert_eq!(super::text("en", "all-forms"), "All forms");
    }
}
