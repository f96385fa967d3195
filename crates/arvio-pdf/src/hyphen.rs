//! Line breaking with hyphenation: where a word may be broken, and the greedy, ragged-right
//! wrapping that [`Writer::wrap`](crate::layout::Writer::wrap) uses.
//!
//! Lines break between words. A word wider than the whole line (or table column) is broken
//! at a legal point, in this order of preference:
//!
//! 1. after a hyphen the word already has ("sosiaali-" + "ja terveyspalvelut" breaks at the
//!    space; "PDF/A-" + "2", "alle 3-" + "vuotias"): nothing is added;
//! 2. at a Knuth–Liang hyphenation point of the document's language (Finnish, Swedish or
//!    English patterns from TeX's hyph-utf8, embedded by the `hyphenation` crate):
//!    "Luokan-" + "opettaja";
//! 3. only where the word has no legal point that fits (a run of one letter, an e-mail
//!    address, a long number), between two characters.
//!
//! Every break of kinds 2 and 3 is marked with a drawn hyphen, [`SOFT_HYPHEN`]: U+00AD,
//! which DejaVu Sans draws as a visible hyphen and which the PDF standard asks for a hyphen
//! added by line breaking (ISO 32000-1, 14.8.2.2.3), so a text extractor can tell it from a
//! hyphen of the text and join the word again.

use hyphenation::{Hyphenator, Language, Load, Standard};
use std::sync::OnceLock;

/// The character drawn at the end of a line where a word was broken: SOFT HYPHEN, drawn as a
/// hyphen by the embedded fonts, and read back as U+00AD (not as the text's own `-`).
pub(crate) const SOFT_HYPHEN: char = '\u{AD}';

/// A language with hyphenation patterns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lang {
    /// Finnish.
    Fi,
    /// Swedish.
    Sv,
    /// English (American patterns, which hyphenate British spellings acceptably too).
    En,
}

impl Lang {
    /// The language of a code such as "fi", "sv-FI" or "en"; `None` for a language without
    /// patterns here (its long words are still broken, with a hyphen, between characters).
    pub(crate) fn from_code(code: &str) -> Option<Lang> {
        let base = code.split(['-', '_']).next().unwrap_or("");
        match base.to_ascii_lowercase().as_str() {
            "fi" => Some(Lang::Fi),
            "sv" => Some(Lang::Sv),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language's dictionary, read once per process from the patterns the
    /// `hyphenation` crate embeds (feature `embed_all`).
    fn dictionary(self) -> Option<&'static Standard> {
        static FI: OnceLock<Option<Standard>> = OnceLock::new();
        static SV: OnceLock<Option<Standard>> = OnceLock::new();
        static EN: OnceLock<Option<Standard>> = OnceLock::new();
        let (cell, language) = match self {
            Lang::Fi => (&FI, Language::Finnish),
            Lang::Sv => (&SV, Language::Swedish),
            Lang::En => (&EN, Language::EnglishUS),
        };
        cell.get_or_init(|| Standard::from_embedded(language).ok())
            .as_ref()
    }
}

/// A place where a word may be broken: the byte index the second part starts at, and
/// whether the break draws a hyphen (`false` after a hyphen of the text).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Point {
    /// Byte index into the word.
    pub(crate) at: usize,
    /// Whether a [`SOFT_HYPHEN`] is drawn at the end of the first part.
    pub(crate) hyphen: bool,
}

/// Whether a character joins the letters of a hyphenatable word ("lapsi-", "child's").
fn word_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '\u{2010}' | '\u{2011}')
}

/// The legal break points of one word (a run of text without spaces), in order: after each
/// hyphen that has a letter or digit on both sides, and, when `lang` has patterns and the
/// word is made of letters (and hyphens or apostrophes, with punctuation around it), its
/// hyphenation points. An e-mail address, a URL or a word with digits gets no pattern
/// points.
pub(crate) fn points(word: &str, lang: Option<Lang>) -> Vec<Point> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    for k in 1..chars.len().saturating_sub(1) {
        let (i, c) = chars[k];
        if c == '-' && chars[k - 1].1.is_alphanumeric() && chars[k + 1].1.is_alphanumeric() {
            out.push(Point {
                at: i + c.len_utf8(),
                hyphen: false,
            });
        }
    }
    if let Some(dict) = lang.and_then(Lang::dictionary) {
        // The core of the word: without the punctuation around it ("(lapsi)," -> "lapsi").
        let start = word
            .char_indices()
            .find(|(_, c)| c.is_alphabetic())
            .map(|(i, _)| i);
        let end = word
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_alphabetic())
            .map(|(i, c)| i + c.len_utf8());
        if let (Some(start), Some(end)) = (start, end) {
            let core = &word[start..end];
            if core.chars().all(|c| c.is_alphabetic() || word_joiner(c)) {
                let mut run_start = None;
                for (i, c) in core
                    .char_indices()
                    .chain(std::iter::once((core.len(), ' ')))
                {
                    match (c.is_alphabetic(), run_start) {
                        (true, None) => run_start = Some(i),
                        (false, Some(s)) => {
                            let run = &core[s..i];
                            for b in dict.hyphenate(run).breaks {
                                if b > 0 && b < run.len() && run.is_char_boundary(b) {
                                    out.push(Point {
                                        at: start + s + b,
                                        hyphen: true,
                                    });
                                }
                            }
                            run_start = None;
                        }
                        _ => {}
                    }
                }
            }
        }
    }
    out.sort_by_key(|p| p.at);
    out.dedup_by_key(|p| p.at);
    out
}

/// The width of the widest part of `word` that can never be broken: the widest piece
/// between two of its legal [`points`] (with the drawn hyphen where the break draws one),
/// the whole word when it has none. A column at least this wide breaks the word only at
/// legal points. `measure` gives the width of a text, `hyphen_w` that of the drawn hyphen.
pub(crate) fn unbreakable_width(
    word: &str,
    lang: Option<Lang>,
    measure: &dyn Fn(&str) -> f32,
    hyphen_w: f32,
) -> f32 {
    let mut widest = 0.0f32;
    let mut from = 0;
    for p in points(word, lang) {
        let w = measure(&word[from..p.at]) + if p.hyphen { hyphen_w } else { 0.0 };
        widest = widest.max(w);
        from = p.at;
    }
    widest.max(measure(&word[from..]))
}

/// How a wrapped line ends: what joins it to the next one in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum End {
    /// A space (dropped at the break).
    Space,
    /// Inside a word, marked with a drawn [`SOFT_HYPHEN`].
    Hyphen,
    /// Right after a hyphen of the text: nothing is added or dropped.
    Joined,
    /// The end of a paragraph (a line break of the text, or the end of the text).
    Paragraph,
}

/// One wrapped line: its text (without the drawn hyphen) and how it ends.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Line {
    /// The characters of the text on this line.
    pub(crate) text: String,
    /// How the line joins the next.
    pub(crate) end: End,
}

impl Line {
    /// The line as drawn: with a [`SOFT_HYPHEN`] at the end of a broken word.
    pub(crate) fn drawn(self) -> String {
        let mut s = self.text;
        if self.end == End::Hyphen {
            s.push(SOFT_HYPHEN);
        }
        s
    }
}

/// The text again from its lines: what [`wrap`] dropped is only the spaces at line breaks
/// and repeated spaces (a run of spaces is one break opportunity).
#[cfg(test)]
pub(crate) fn join(lines: &[Line]) -> String {
    let mut out = String::new();
    for (i, l) in lines.iter().enumerate() {
        out.push_str(&l.text);
        if i + 1 < lines.len() {
            match l.end {
                End::Space => out.push(' '),
                End::Hyphen | End::Joined => {}
                End::Paragraph => out.push('\n'),
            }
        }
    }
    out
}

/// Wraps `text` into lines no wider than `width`, measuring each character with `adv` (in
/// the same unit as `width`). Greedy and ragged-right: a word goes on the line if it fits,
/// else on the next; a word wider than a whole line is broken (see the module comment) and
/// its first part may end the current line. A line holds at least one character, so a
/// `width` narrower than one character (and the hyphen) is exceeded rather than looping.
pub(crate) fn wrap(
    text: &str,
    width: f32,
    adv: &dyn Fn(char) -> f32,
    lang: Option<Lang>,
) -> Vec<Line> {
    let measure = |s: &str| s.chars().map(adv).sum::<f32>();
    let space = adv(' ');
    let hyphen_w = adv(SOFT_HYPHEN);
    let mut lines = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        let mut line_w = 0.0f32;
        for word in para.split(' ').filter(|w| !w.is_empty()) {
            let word_w = measure(word);
            let sep = if line.is_empty() { 0.0 } else { space };
            if line_w + sep + word_w <= width {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(word);
                line_w += sep + word_w;
                continue;
            }
            if word_w <= width {
                lines.push(Line {
                    text: std::mem::take(&mut line),
                    end: End::Space,
                });
                line.push_str(word);
                line_w = word_w;
                continue;
            }
            // A word wider than a line: break it at its legal points.
            let pts = points(word, lang);
            // The longest part from `from` that ends at a legal point and fits in `room`.
            let legal = |from: usize, room: f32| -> Option<Point> {
                pts.iter()
                    .filter(|p| p.at > from)
                    .take_while(|p| {
                        measure(&word[from..p.at]) + if p.hyphen { hyphen_w } else { 0.0 } <= room
                    })
                    .last()
                    .copied()
            };
            let mut from = 0;
            if !line.is_empty() {
                // Its first part ends this line when it fits there.
                let room = width - line_w - space;
                let end = match legal(0, room) {
                    Some(p) => {
                        line.push(' ');
                        line.push_str(&word[..p.at]);
                        from = p.at;
                        if p.hyphen { End::Hyphen } else { End::Joined }
                    }
                    None => End::Space,
                };
                lines.push(Line {
                    text: std::mem::take(&mut line),
                    end,
                });
            }
            loop {
                let rest = &word[from..];
                let rest_w = measure(rest);
                if rest_w <= width {
                    line.push_str(rest);
                    line_w = rest_w;
                    break;
                }
                let p = legal(from, width).unwrap_or_else(|| {
                    // No legal point fits: as many characters as fit with the hyphen, and
                    // at least one.
                    let mut w = hyphen_w;
                    let mut at = from;
                    for (i, c) in rest.char_indices() {
                        let cw = adv(c);
                        if w + cw > width && i > 0 {
                            break;
                        }
                        w += cw;
                        at = from + i + c.len_utf8();
                    }
                    Point { at, hyphen: true }
                });
                lines.push(Line {
                    text: word[from..p.at].to_string(),
                    end: if p.hyphen { End::Hyphen } else { End::Joined },
                });
                from = p.at;
            }
        }
        lines.push(Line {
            text: line,
            end: End::Paragraph,
        });
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::Fonts;
    use crate::styles::BODY;
    use proptest::prelude::*;

    /// The regular face's advances at the body size, as `Writer::wrap` measures.
    fn body_adv() -> impl Fn(char) -> f32 {
        let fonts = Fonts::get().unwrap();
        let face = fonts.face(BODY.bold);
        let fallback = face.advance(fonts.replacement).unwrap_or(600.0);
        move |c| face.advance(c).unwrap_or(fallback) * BODY.size / 1000.0
    }

    fn width_of(s: &str) -> f32 {
        let adv = body_adv();
        s.chars().map(adv).sum()
    }

    /// The hyphenation points of a word per the patterns, as "Luo-kan-opet-ta-ja".
    fn marked(word: &str, lang: Lang) -> String {
        let mut out = String::new();
        let mut last = 0;
        for p in points(word, Some(lang)) {
            out.push_str(&word[last..p.at]);
            if p.hyphen {
                out.push('-');
            }
            last = p.at;
        }
        out.push_str(&word[last..]);
        out
    }

    fn wrapped(text: &str, width: f32, lang: Lang) -> Vec<String> {
        let adv = body_adv();
        wrap(text, width, &adv, Some(lang))
            .into_iter()
            .map(Line::drawn)
            .collect()
    }

    #[test]
    fn dictionaries_load() {
        for lang in [Lang::Fi, Lang::Sv, Lang::En] {
            assert!(lang.dictionary().is_some(), "{lang:?}");
        }
        assert_eq!(Lang::from_code("sv-FI"), Some(Lang::Sv));
        assert_eq!(Lang::from_code("se"), None);
    }

    #[test]
    fn pattern_points_of_hand_picked_words() {
        assert_eq!(marked("Luokanopettaja", Lang::Fi), "Luo-kan-opet-ta-ja");
        assert_eq!(marked("vetäytymisestä", Lang::Fi), "ve-täy-ty-mi-ses-tä");
        assert_eq!(
            marked("Kouluterveydenhoitajan", Lang::Fi),
            "Kou-lu-ter-vey-den-hoi-ta-jan"
        );
        assert_eq!(marked("vårdnadshavaren", Lang::Sv), "vård-nads-ha-va-ren");
        assert_eq!(marked("hyphenation", Lang::En), "hy-phen-a-tion");
        // Punctuation around a word is not part of it; a hyphen of the text is a break
        // without a drawn hyphen.
        assert_eq!(
            marked("(Luokanopettaja),", Lang::Fi),
            "(Luo-kan-opet-ta-ja),"
        );
        assert_eq!(marked("PDF/A-2", Lang::En), "PDF/A-2");
        assert_eq!(
            points("PDF/A-2", Some(Lang::En)),
            vec![Point {
                at: 6,
                hyphen: false
            }]
        );
        // No pattern points in an address, a number or a word with digits.
        assert!(points("matti.meikalainen@example.fi", Some(Lang::Fi)).is_empty());
        assert!(points("1234567890", Some(Lang::Fi)).is_empty());
    }

    #[test]
    fn the_widest_unbreakable_piece() {
        let adv = body_adv();
        let measure = |s: &str| s.chars().map(&adv).sum::<f32>();
        let hy = adv(SOFT_HYPHEN);
        // "Kou-lu-ter-vey-den-hoi-ta-jan": the widest piece is "den-" or "jan" or "vey-".
        let w = unbreakable_width("Kouluterveydenhoitajan", Some(Lang::Fi), &measure, hy);
        let pieces = ["Kou", "lu", "ter", "vey", "den", "hoi", "ta"];
        let widest = pieces
            .iter()
            .map(|p| measure(p) + hy)
            .fold(measure("jan"), f32::max);
        assert_eq!(w, widest);
        // A date has no legal point: the whole of it.
        let date = unbreakable_width("15.6.2026", Some(Lang::Fi), &measure, hy);
        assert_eq!(date, measure("15.6.2026"));
    }

    #[test]
    fn narrow_columns_break_at_legal_points() {
        let w = width_of("Luokanopet") + 1.0;
        assert_eq!(
            wrapped("Luokanopettaja on", w, Lang::Fi),
            ["Luokan\u{ad}", "opettaja on"]
        );
        let w = width_of("vetäyty") + 1.0;
        assert_eq!(
            wrapped("vetäytymisestä", w, Lang::Fi),
            ["vetäy\u{ad}", "tymi\u{ad}", "sestä"]
        );
        let w = width_of("Kouluterveyde") + 1.0;
        assert_eq!(
            wrapped("Kouluterveydenhoitajan", w, Lang::Fi),
            ["Koulutervey\u{ad}", "denhoitajan"]
        );
        let w = width_of("vårdnadsha") + 1.0;
        assert_eq!(
            wrapped("vårdnadshavaren", w, Lang::Sv),
            ["vårdnads\u{ad}", "havaren"]
        );
    }

    #[test]
    fn a_word_that_fits_a_line_is_not_broken() {
        let w = width_of("Luokanopettaja on") - 1.0;
        assert_eq!(
            wrapped("Luokanopettaja on", w, Lang::Fi),
            ["Luokanopettaja", "on"]
        );
        // Between words first: a long word that fits a line of its own goes to the next.
        let w = width_of("vetäytymisestä") + 1.0;
        assert_eq!(
            wrapped("ja vetäytymisestä", w, Lang::Fi),
            ["ja", "vetäytymisestä"]
        );
    }

    #[test]
    fn a_hyphen_of_the_text_breaks_without_a_drawn_one() {
        let w = width_of("sosiaali-") + 1.0;
        assert_eq!(
            wrapped("sosiaali-terveyspalvelut", w, Lang::Fi),
            ["sosiaali-", "terveys\u{ad}", "palvelut"]
        );
        let w = width_of("PDF/A-") + 1.0;
        assert_eq!(wrapped("PDF/A-2", w, Lang::En), ["PDF/A-", "2"]);
    }

    #[test]
    fn a_word_without_legal_points_is_broken_with_a_hyphen() {
        let x = "x".repeat(700);
        let lines = wrapped(&x, 100.0, Lang::Fi);
        assert!(lines.len() > 10);
        for l in &lines[..lines.len() - 1] {
            assert!(l.ends_with("x\u{ad}"), "{l}");
        }
        assert_eq!(lines.concat().replace('\u{ad}', ""), x);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// No line is wider than the width; the lines give back the text (less the spaces
        /// at breaks and repeated spaces); every break inside a word is marked with a drawn
        /// hyphen unless it follows a hyphen of the text.
        #[test]
        fn wrap_keeps_every_character(
            text in "([a-zåäöA-Z0-9@./-]{1,30}|[ ]{1,3}|\n|\\PC{1,8}){0,40}",
            width in 24.0f32..300.0,
            lang in prop::sample::select(vec![Lang::Fi, Lang::Sv, Lang::En]),
        ) {
            let fonts = Fonts::get().unwrap();
            let text = crate::fonts::sanitize(fonts, &text, &mut Vec::new());
            let adv = body_adv();
            let lines = wrap(&text, width, &adv, Some(lang));
            for l in &lines {
                let drawn = l.clone().drawn();
                let w: f32 = drawn.chars().map(&adv).sum();
                // (A single character wider than the line is the one overflow allowed.)
                prop_assert!(
                    w <= width + 1e-3 || l.text.chars().count() == 1,
                    "{drawn:?} is {w} wide, more than {width}"
                );
                prop_assert!(!l.text.starts_with(' ') && !l.text.ends_with(' '));
                if l.end == End::Joined {
                    prop_assert!(l.text.ends_with('-'), "{:?}", l.text);
                }
                if l.end == End::Hyphen {
                    prop_assert!(!l.text.is_empty());
                }
            }
            let expected: Vec<String> = text
                .split('\n')
                .map(|p| p.split(' ').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" "))
                .collect();
            prop_assert_eq!(join(&lines), expected.join("\n"));
        }
    }
}
