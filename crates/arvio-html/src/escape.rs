//! The one place where text becomes HTML.
//!
//! Every piece of text that reaches the markup (answers, translations, form and question ids,
//! numbers) goes through one of these functions; no other code writes such text into a
//! document. There is one function per context:
//!
//! - [`text`] for element content (`<p>…</p>`),
//! - [`attr`] for a double-quoted attribute value (`value="…"`),
//! - [`dom_id`] for building an `id`/`for`/`href="#…"` token out of form ids (it keeps only
//!   `[A-Za-z0-9_-]`, so the result is always a valid id, and is then attribute-escaped too).
//!
//! ```
//! use arvio_html::escape;
//! let mut out = String::new();
//! escape::text(&mut out, "<script>alert(1)</script> & co");
//! assert_eq!(out, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
//! out.clear();
//! escape::attr(&mut out, r#"" onfocus="x"#);
//! assert_eq!(out, "&quot; onfocus=&quot;x");
//! assert_eq!(escape::dom_id("q-<b>"), "q-_b_");
//! ```

/// Appends `s` escaped for element content: `&`, `<`, `>` (and quotes, so the same text is
/// also safe if it ever lands in an attribute by mistake).
pub fn text(out: &mut String, s: &str) {
    escape_into(out, s);
}

/// Appends `s` escaped for a double-quoted attribute value.
pub fn attr(out: &mut String, s: &str) {
    escape_into(out, s);
}

/// `s` escaped for element content, as a new string.
pub fn text_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    text(&mut out, s);
    out
}

/// `s` escaped for a double-quoted attribute value, as a new string.
pub fn attr_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    attr(&mut out, s);
    out
}

/// A token usable as an element id (and in `for` and `#fragment`): characters outside
/// `[A-Za-z0-9_-]` become `_`. An empty input gives `_`.
pub fn dom_id(s: &str) -> String {
    let mut out = String::with_capacity(s.len().max(1));
    dom_id_into(&mut out, s);
    out
}

/// Appends [`dom_id`] of `s` to `out`.
pub(crate) fn dom_id_into(out: &mut String, s: &str) {
    if s.is_empty() {
        out.push('_');
    } else if s
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        out.push_str(s);
    } else {
        out.extend(s.chars().map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        }));
    }
}

/// What becomes of each byte: 0 kept, 1–5 an entity of [`ENTITIES`], 6 dropped.
const CLASS: [u8; 256] = {
    let mut class = [0u8; 256];
    class[b'&' as usize] = 1;
    class[b'<' as usize] = 2;
    class[b'>' as usize] = 3;
    class[b'"' as usize] = 4;
    class[b'\'' as usize] = 5;
    // Control characters other than tab, newline and carriage return are not allowed in HTML
    // documents: drop them.
    let mut b = 0;
    while b < 32 {
        if b != 9 && b != 10 && b != 13 {
            class[b] = 6;
        }
        b += 1;
    }
    class[127] = 6;
    class
};

/// The replacement of each class of [`CLASS`].
const ENTITIES: [&str; 7] = ["", "&amp;", "&lt;", "&gt;", "&quot;", "&#39;", ""];

/// Whether any of the 16 bytes may need a change: one of `&<>"'`, a byte below 0x20 or
/// 0x7F. Written as one pass of comparisons with no branch, which the compiler turns into a
/// few vector instructions.
#[inline(always)]
fn chunk_needs_escape(chunk: &[u8; 16]) -> bool {
    let mut any = false;
    for &b in chunk {
        any |= (b == b'&')
            | (b == b'<')
            | (b == b'>')
            | (b == b'"')
            | (b == b'\'')
            | (b < 0x20)
            | (b == 0x7f);
    }
    any
}

fn escape_into(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    out.reserve(bytes.len());
    // Runs of bytes that need nothing are copied whole; sixteen bytes are checked at a time.
    let mut last = 0;
    let mut i = 0;
    while i < bytes.len() {
        let clean = match bytes.get(i..i + 16) {
            Some(chunk) => <&[u8; 16]>::try_from(chunk).is_ok_and(|c| !chunk_needs_escape(c)),
            // The last, shorter piece: checked the same way, padded with a byte that needs
            // nothing.
            None => {
                let mut padded = [b'a'; 16];
                let rest = &bytes[i..];
                padded[..rest.len()].copy_from_slice(rest);
                !chunk_needs_escape(&padded)
            }
        };
        if clean {
            i += 16;
            continue;
        }
        let end = (i + 16).min(bytes.len());
        while i < end {
            let class = CLASS[usize::from(bytes[i])];
            if class != 0 {
                // Every byte changed is ASCII, so `last` and `i` are character boundaries.
                out.push_str(&s[last..i]);
                out.push_str(ENTITIES[usize::from(class)]);
                last = i + 1;
            }
            i += 1;
        }
    }
    out.push_str(&s[last..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_every_special_character() {
        assert_eq!(
            text_string("a<b>&\"c'\u{0}d"),
            "a&lt;b&gt;&amp;&quot;c&#39;d"
        );
        assert_eq!(attr_string("\"><img src=x>"), "&quot;&gt;&lt;img src=x&gt;");
        assert_eq!(text_string("ääkköset € ok"), "ääkköset € ok");
    }

    /// The chunk-at-a-time scan gives what a byte-by-byte escape gives, at every length and
    /// offset, for every special byte among ordinary ones.
    #[test]
    fn escapes_like_byte_by_byte() {
        fn slow(s: &str) -> String {
            let mut out = String::new();
            for c in s.chars() {
                match c {
                    '&' => out.push_str("&amp;"),
                    '<' => out.push_str("&lt;"),
                    '>' => out.push_str("&gt;"),
                    '"' => out.push_str("&quot;"),
                    '\'' => out.push_str("&#39;"),
                    '\t' | '\n' | '\r' => out.push(c),
                    c if (c as u32) < 32 || c as u32 == 127 => {}
                    c => out.push(c),
                }
            }
            out
        }
        let mut specials: Vec<char> = "&<>\"'\t\n\r\u{7f}".chars().collect();
        specials.extend((0u8..32).map(char::from));
        specials.extend(['a', 'ä', '€', ' ', '~', '\u{80}', '\u{a0}', '\u{10ffff}']);
        for len in 0..40 {
            for at in 0..len {
                for &c in &specials {
                    let s: String = (0..len)
                        .map(|i| {
                            if i == at {
                                c
                            } else {
                                ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'ä'][i % 8]
                            }
                        })
                        .collect();
                    assert_eq!(text_string(&s), slow(&s), "{s:?}");
                }
            }
        }
        for b in 0u8..128 {
            let s = format!("0123456789{}0123456789", char::from(b));
            assert_eq!(attr_string(&s), slow(&s), "{b}");
        }
    }

    #[test]
    fn dom_ids_are_tokens() {
        assert_eq!(dom_id("q-routines_meals"), "q-routines_meals");
        assert_eq!(dom_id("a b\"c"), "a_b_c");
        assert_eq!(dom_id(""), "_");
        assert_eq!(dom_id("ä-€x"), "_-_x");
        let mut out = String::from("q-");
        dom_id_into(&mut out, "a.b");
        assert_eq!(out, "q-a_b");
    }
}
