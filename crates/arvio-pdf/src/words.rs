//! The renderer words the PDF takes from `locales/*/common.ftl` (their ids are
//! [`arvio_core::render::common`] constants).
//!
//! No wording lives here: every text goes through [`Texts::message`], so with
//! [`arvio_core::render::IdTexts`] each word is its id. The "answer this if ..." notes are
//! phrased by [`arvio_core::render::phrase`], the one phrasing every renderer shares.

use arvio_core::render::{Arg, Texts};

pub(crate) use arvio_core::render::common::{
    ASSESSMENT_DATE, GENERATED_ON, LANGUAGE, PAGE_OF, REPLACED_CHARS_NOTE,
};

/// Every message id this crate asks for itself, beyond the form's own and those the core's
/// view and phrasing ask for.
#[cfg(test)]
pub(crate) const ALL: &[&str] = &[
    ASSESSMENT_DATE,
    LANGUAGE,
    REPLACED_CHARS_NOTE,
    PAGE_OF,
    GENERATED_ON,
    "arvio-language-name-fi",
    "arvio-language-name-sv",
    "arvio-language-name-en",
];

/// "Sivu 2 / 3", "Sida 2 / 3", "Page 2 of 3": the `arvio-page-of` message.
pub(crate) fn page_of(texts: &dyn Texts, page: usize, pages: usize) -> String {
    texts.message_with(
        PAGE_OF,
        &[
            ("page", Arg::Num(page as f64)),
            ("pages", Arg::Num(pages as f64)),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word the PDF asks for is a common message `arvio lint` requires in every language.
    #[test]
    fn ids_are_registered_common_messages() {
        let common = arvio_i18n::common_ids();
        for id in ALL {
            assert!(common.iter().any(|c| c == id), "{id}");
        }
    }
}
