//! Number formatting for the interface.
//!
//! Every word the HTML renderer shows comes from the Fluent files through
//! [`Texts::message`]: the form's own messages, the core's [`arvio_core::render::common`]
//! ids, and the renderer words [`arvio_i18n`] registers in `locales/*/common.ftl`
//! (condition words such as [`arvio_i18n::COND_AND`], quotation marks, table headings). No
//! wording lives in this crate. With [`arvio_core::render::IdTexts`] every text is its id,
//! so tests see which text was asked for.

use arvio_core::render::Texts;

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
