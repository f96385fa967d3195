//! Interface texts the HTML renderer needs beyond the common Fluent messages.
//!
//! These few words (joining conditions, table headings) are not yet in `locales/*/common.ftl`;
//! until they are, they live here for Finnish, Swedish and English. For any other language
//! (for example [`arvio_core::render::IdTexts`], whose language is `und`) the id itself is
//! returned, so tests see which text was asked for.

use arvio_core::render::Texts;

/// Ids of the interface texts, with their Finnish, Swedish and English wording.
const TABLE: &[(&str, &str, &str, &str)] = &[
    ("arvio-html-and", "ja", "och", "and"),
    ("arvio-html-or", "tai", "eller", "or"),
    ("arvio-html-not", "ei päde", "gäller inte", "not"),
    (
        "arvio-html-other-than",
        "jokin muu kuin",
        "något annat än",
        "anything but",
    ),
    ("arvio-html-answered", "vastattu", "besvarad", "answered"),
    (
        "arvio-html-required-if",
        "Pakollinen, jos",
        "Obligatorisk om",
        "Required if",
    ),
    ("arvio-html-quote-open", "”", "”", "“"),
    ("arvio-html-quote-close", "”", "”", "”"),
    (
        "arvio-html-deadlines",
        "Määräajat",
        "Tidsfrister",
        "Deadlines",
    ),
    ("arvio-html-deadline", "Vaihe", "Skede", "Step"),
    ("arvio-html-due", "Määräpäivä", "Sista dag", "Due"),
    ("arvio-html-done", "Tehty", "Gjort", "Done"),
    ("arvio-html-status", "Tilanne", "Läge", "Status"),
    (
        "arvio-html-completeness",
        "Kattavuus",
        "Fullständighet",
        "Completeness",
    ),
    ("arvio-html-question", "Kysymys", "Fråga", "Question"),
    ("arvio-html-answer", "Vastaus", "Svar", "Answer"),
    (
        "arvio-html-no-rows",
        "Ei rivejä.",
        "Inga rader.",
        "No rows.",
    ),
    (
        "arvio-html-form-nav",
        "Lomakkeen toiminnot",
        "Blankettens funktioner",
        "Form actions",
    ),
];

/// The interface text `id` in the language of `texts`.
pub(crate) fn ui(texts: &dyn Texts, id: &'static str) -> String {
    let lang = texts.language();
    let lang = lang.split(['-', '_']).next().unwrap_or("");
    TABLE
        .iter()
        .find(|row| row.0 == id)
        .and_then(|row| match lang {
            "fi" => Some(row.1),
            "sv" => Some(row.2),
            "en" => Some(row.3),
            _ => None,
        })
        .unwrap_or(id)
        .to_string()
}

/// The ids of the interface texts with their wording (`id`, fi, sv, en), for a locale file.
pub fn interface_texts() -> &'static [(&'static str, &'static str, &'static str, &'static str)] {
    TABLE
}

/// A number as the person typed it back: every digit kept (no rounding), with a decimal comma
/// in Finnish and Swedish.
pub(crate) fn plain_number(texts: &dyn Texts, n: f64) -> String {
    let s = if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    };
    match texts.language().split(['-', '_']).next() {
        Some("fi" | "sv") => s.replace('.', ","),
        _ => s,
    }
}
