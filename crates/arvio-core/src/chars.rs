//! Which characters an answer's text may hold: one policy, used by validation and by every
//! renderer.
//!
//! # The policy
//!
//! Answer text (short and long texts, text sub-questions in group rows: every free string a
//! response answers with) may hold every Unicode scalar value except these, the *disallowed*
//! characters:
//!
//! - the C0 controls U+0000–U+001F, **except** TAB (U+0009) and LF (U+000A), which long texts
//!   need; so CR (U+000D) is disallowed, and line breaks are LF only (the HTML form-data
//!   parser turns the CRLF and lone CR that browsers send from a textarea into LF before
//!   validation);
//! - DEL (U+007F) and the C1 controls U+0080–U+009F;
//! - the bidirectional embedding, override and isolate controls U+202A–U+202E (LRE, RLE, PDF,
//!   LRO, RLO) and U+2066–U+2069 (LRI, RLI, FSI, PDI), and the marks U+200E (LRM), U+200F
//!   (RLM) and U+061C (ALM);
//! - the line and paragraph separators U+2028 and U+2029 (they break lines in terminals and
//!   end string literals in older JavaScript).
//!
//! Why: a control character reaches a worker's terminal raw through a plain-text summary
//! (an `ESC ] 52` sequence writes the clipboard, others move the cursor or rewrite what was
//! printed), and a bidi control makes text read differently from what it holds.
//!
//! Validation reports such an answer as [`ErrorKind::ControlCharacter`] with the code point
//! and its position in characters (never the text). Every renderer passes an answer's text
//! through [`clean`] (in [`crate::render::view::answer_text`], and where a refilled form shows
//! back what was typed), so a summary of an invalid response, or of answers that did not go
//! through validation, shows U+FFFD REPLACEMENT CHARACTER where the control was.
//!
//! [`ErrorKind::ControlCharacter`]: crate::ErrorKind::ControlCharacter
//!
//! ```
//! use arvio_core::chars::{clean, first_disallowed, is_disallowed};
//!
//! assert!(is_disallowed('\u{1b}') && is_disallowed('\r') && is_disallowed('\u{202e}'));
//! assert!(!is_disallowed('\t') && !is_disallowed('\n') && !is_disallowed('ä'));
//! assert_eq!(first_disallowed("ok\u{7}\u{1b}"), Some((2, '\u{7}')));
//! assert_eq!(clean("a\u{1b}]52;c;SGVsbG8=\u{7}b"), "a\u{fffd}]52;c;SGVsbG8=\u{fffd}b");
//! assert!(matches!(clean("Hyvä\nhuomenta"), std::borrow::Cow::Borrowed(_)));
//! ```

use std::borrow::Cow;

/// What [`clean`] puts in place of a disallowed character: U+FFFD REPLACEMENT CHARACTER.
pub const REPLACEMENT: char = '\u{FFFD}';

/// Whether `c` is disallowed in an answer's text (see the [module docs](self) for the list).
pub const fn is_disallowed(c: char) -> bool {
    matches!(
        c,
        '\u{0}'..='\u{8}'
            | '\u{B}'..='\u{1F}'
            | '\u{7F}'..='\u{9F}'
            | '\u{61C}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
    )
}

/// The first disallowed character of `s` and its position, counted in characters (Unicode
/// scalar values) from 0; `None` when `s` has none.
pub fn first_disallowed(s: &str) -> Option<(usize, char)> {
    // Most answers hold none: a scan of the bytes says so without decoding a character.
    // In blocks without an early exit, so the compiler compares many bytes at once.
    let clean = s.as_bytes().chunks(64).all(|block| {
        !block
            .iter()
            .fold(false, |hit, &b| hit | may_begin_disallowed(b))
    });
    if clean {
        return None;
    }
    s.chars().enumerate().find(|&(_, c)| is_disallowed(c))
}

/// Whether `b` can be the first byte of a disallowed character's UTF-8: every disallowed
/// character is a C0 control or DEL (one byte), a C1 control (`C2 80`–`C2 9F`), U+061C
/// (`D8 9C`) or one of U+200E–U+2069 (`E2 80 ..`, `E2 81 ..`). A string with no such byte has
/// no disallowed character.
const fn may_begin_disallowed(b: u8) -> bool {
    matches!(b, 0x00..=0x08 | 0x0B..=0x1F | 0x7F | 0xC2 | 0xD8 | 0xE2)
}

/// The disallowed characters as inclusive ranges in ascending order, derived from
/// [`is_disallowed`] (for writers of other notations, e.g. a JSON Schema `pattern`).
///
/// ```
/// let r = arvio_core::chars::disallowed_ranges();
/// assert_eq!(r[0], ('\u{0}', '\u{8}'));
/// assert_eq!(r[1], ('\u{b}', '\u{1f}'));
/// ```
pub fn disallowed_ranges() -> Vec<(char, char)> {
    let mut out: Vec<(char, char)> = Vec::new();
    for c in (char::MIN..=char::MAX).filter(|&c| is_disallowed(c)) {
        match out.last_mut() {
            Some((_, end)) if u32::from(*end) + 1 == u32::from(c) => *end = c,
            _ => out.push((c, c)),
        }
    }
    out
}

/// `s` with every disallowed character replaced by [`REPLACEMENT`]: the same number of
/// characters, and borrowed (no allocation) when there is nothing to replace.
pub fn clean(s: &str) -> Cow<'_, str> {
    if !s.contains(is_disallowed) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| if is_disallowed(c) { REPLACEMENT } else { c })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Every disallowed code point, listed by hand from the policy.
    fn policy() -> Vec<u32> {
        let mut v: Vec<u32> = (0x00..=0x1F).filter(|&c| c != 0x09 && c != 0x0A).collect();
        v.extend(0x7F..=0x9F);
        v.extend([0x061C, 0x200E, 0x200F, 0x2028, 0x2029]);
        v.extend(0x202A..=0x202E);
        v.extend(0x2066..=0x2069);
        v
    }

    #[test]
    fn exactly_the_listed_code_points_are_disallowed() {
        let listed = policy();
        // The whole BMP and a band above it; the rest of the planes hold no control.
        for cp in (0..=0x2_0000u32).chain([0x10_FFFF]) {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            assert_eq!(
                is_disallowed(c),
                listed.contains(&cp),
                "U+{cp:04X} is_disallowed"
            );
        }
        assert_eq!(listed.len(), 30 + 33 + 5 + 5 + 4);
    }

    #[test]
    fn ranges_list_the_policy() {
        let expected: Vec<(u32, u32)> = vec![
            (0x00, 0x08),
            (0x0B, 0x1F),
            (0x7F, 0x9F),
            (0x061C, 0x061C),
            (0x200E, 0x200F),
            (0x2028, 0x202E),
            (0x2066, 0x2069),
        ];
        let got: Vec<(u32, u32)> = disallowed_ranges()
            .into_iter()
            .map(|(a, b)| (u32::from(a), u32::from(b)))
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn tab_lf_and_ordinary_text_are_allowed() {
        for c in [
            '\t', '\n', ' ', 'a', 'ä', 'Å', '€', '\u{a0}', '\u{ad}', '\u{fffd}', '😀',
        ] {
            assert!(!is_disallowed(c), "{c:?}");
        }
        assert_eq!(first_disallowed("Rivi 1\n\tRivi 2"), None);
    }

    #[test]
    fn first_disallowed_counts_characters_not_bytes() {
        assert_eq!(first_disallowed("ää\r\n"), Some((2, '\r')));
        assert_eq!(first_disallowed("\u{202e}x\u{1b}"), Some((0, '\u{202e}')));
        assert_eq!(first_disallowed("x\u{2066}y\u{0}"), Some((1, '\u{2066}')));
    }

    #[test]
    fn clean_replaces_each_disallowed_character_once() {
        assert_eq!(
            clean("\u{1b}]52;c;SGVsbG8=\u{7}\r\n\u{202e}ok"),
            "\u{fffd}]52;c;SGVsbG8=\u{fffd}\u{fffd}\n\u{fffd}ok"
        );
        assert_eq!(clean("\u{0}\u{85}\u{2028}"), "\u{fffd}\u{fffd}\u{fffd}");
    }

    #[test]
    fn clean_borrows_when_nothing_is_replaced() {
        assert!(matches!(clean(""), Cow::Borrowed("")));
        assert!(matches!(
            clean("Hyvä\n\tpäivä"),
            Cow::Borrowed("Hyvä\n\tpäivä")
        ));
        assert!(matches!(clean("a\u{7f}"), Cow::Owned(_)));
    }

    /// Strings that mix ordinary text with every kind of disallowed character.
    fn text() -> impl Strategy<Value = String> {
        let disallowed = proptest::sample::select(policy())
            .prop_map(|cp| char::from_u32(cp).expect("a scalar value"));
        let ch = prop_oneof![
            4 => any::<char>(),
            2 => disallowed,
            1 => Just('\t'),
            1 => Just('\n'),
        ];
        proptest::collection::vec(ch, 0..40).prop_map(|v| v.into_iter().collect())
    }

    proptest! {
        #[test]
        fn clean_leaves_nothing_disallowed_and_keeps_the_length(s in text()) {
            let cleaned = clean(&s);
            prop_assert_eq!(first_disallowed(&cleaned), None);
            prop_assert!(!cleaned.chars().any(is_disallowed));
            prop_assert_eq!(cleaned.chars().count(), s.chars().count());
            // Every allowed character stays where it was; every disallowed one is U+FFFD.
            for (a, b) in s.chars().zip(cleaned.chars()) {
                prop_assert_eq!(b, if is_disallowed(a) { REPLACEMENT } else { a });
            }
            if first_disallowed(&s).is_none() {
                prop_assert_eq!(cleaned.as_ref(), s.as_str());
                prop_assert!(matches!(cleaned, Cow::Borrowed(_)));
            }
        }

        #[test]
        fn first_disallowed_finds_the_first(s in text()) {
            let expected = s.chars().enumerate().find(|(_, c)| policy().contains(&(*c as u32)));
            prop_assert_eq!(first_disallowed(&s), expected);
            if let Some((at, c)) = first_disallowed(&s) {
                prop_assert_eq!(s.chars().nth(at), Some(c));
                prop_assert!(s.chars().take(at).all(|c| !is_disallowed(c)));
            }
        }
    }
}
