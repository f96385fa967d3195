//! The embedded fonts (DejaVu Sans and DejaVu Sans Bold), text measurement and the
//! replacement of characters the fonts cannot show.

use printpdf::ParsedFont;
use std::sync::OnceLock;

/// DejaVu Sans, from `assets/fonts/` (license in `assets/fonts/LICENSE`).
pub(crate) const REGULAR_TTF: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
/// DejaVu Sans Bold.
pub(crate) const BOLD_TTF: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");

/// What a character the font lacks is shown as: U+FFFD REPLACEMENT CHARACTER (a question mark
/// in a black diamond in DejaVu Sans), or `?` if the font had no such glyph.
pub const REPLACEMENT: char = '\u{FFFD}';

/// One face: the parsed font and a width table for the first 0x600 code points.
pub(crate) struct Face {
    pub(crate) font: ParsedFont,
    /// Advance in 1/1000 em, `None` when the font has no glyph (first 0x600 code points).
    low: Vec<Option<f32>>,
    units_per_em: f32,
}

impl Face {
    fn load(bytes: &[u8]) -> Option<Face> {
        let mut warnings = Vec::new();
        let font = ParsedFont::from_bytes(bytes, 0, &mut warnings)?;
        let units_per_em = f32::from(font.pdf_font_metrics.units_per_em.max(1));
        let mut face = Face {
            font,
            low: Vec::new(),
            units_per_em,
        };
        face.low = (0u32..0x600).map(|cp| face.lookup(cp)).collect::<Vec<_>>();
        Some(face)
    }

    fn lookup(&self, cp: u32) -> Option<f32> {
        let gid = self.font.lookup_glyph_index(cp)?;
        if gid == 0 {
            return None;
        }
        Some(f32::from(self.font.get_horizontal_advance(gid)) * 1000.0 / self.units_per_em)
    }

    /// Advance of `c` in 1/1000 em, `None` if the font cannot show it.
    pub(crate) fn advance(&self, c: char) -> Option<f32> {
        match self.low.get(c as usize) {
            Some(a) => *a,
            None => self.lookup(c as u32),
        }
    }

    /// Width of `s` in points at `size` (characters the font lacks count as the replacement).
    pub(crate) fn width(&self, s: &str, size: f32) -> f32 {
        let fallback = self.advance(REPLACEMENT).unwrap_or(600.0);
        s.chars()
            .map(|c| self.advance(c).unwrap_or(fallback))
            .sum::<f32>()
            * size
            / 1000.0
    }
}

/// Both faces.
pub(crate) struct Fonts {
    pub(crate) regular: Face,
    pub(crate) bold: Face,
    /// The character used for characters the fonts lack.
    pub(crate) replacement: char,
}

impl Fonts {
    /// The shared, parsed fonts (parsed once per process).
    pub(crate) fn get() -> Option<&'static Fonts> {
        static FONTS: OnceLock<Option<Fonts>> = OnceLock::new();
        FONTS
            .get_or_init(|| {
                let regular = Face::load(REGULAR_TTF)?;
                let bold = Face::load(BOLD_TTF)?;
                let replacement = if regular.advance(REPLACEMENT).is_some()
                    && bold.advance(REPLACEMENT).is_some()
                {
                    REPLACEMENT
                } else {
                    '?'
                };
                Some(Fonts {
                    regular,
                    bold,
                    replacement,
                })
            })
            .as_ref()
    }

    /// The face for a weight.
    pub(crate) fn face(&self, bold: bool) -> &Face {
        if bold { &self.bold } else { &self.regular }
    }
}

/// Makes `text` showable: whitespace (tabs, line separators) becomes a space, a character
/// neither font can show becomes the replacement character and is recorded in `replaced`
/// (once, in order of first appearance). Line breaks (`\n`) are kept for the caller;
/// `\r` of a `\r\n` pair is dropped.
pub(crate) fn sanitize(fonts: &Fonts, text: &str, replaced: &mut Vec<char>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => out.push('\n'),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\r' | '\u{2028}' | '\u{2029}' => out.push('\n'),
            c if c.is_whitespace() => out.push(' '),
            c if fonts.regular.advance(c).is_some() && fonts.bold.advance(c).is_some() => {
                out.push(c)
            }
            c => {
                if !replaced.contains(&c) {
                    replaced.push(c);
                }
                out.push(fonts.replacement);
            }
        }
    }
    out
}
