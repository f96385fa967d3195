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
    if s.is_empty() {
        return "_".into();
    }
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

fn escape_into(out: &mut String, s: &str) {
    let mut last = 0;
    for (i, b) in s.bytes().enumerate() {
        let rep = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            // Control characters other than tab, newline and carriage return are not allowed
            // in HTML documents: drop them.
            0..=8 | 11 | 12 | 14..=31 | 127 => "",
            _ => continue,
        };
        out.push_str(&s[last..i]);
        out.push_str(rep);
        last = i + 1;
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

    #[test]
    fn dom_ids_are_tokens() {
        assert_eq!(dom_id("q-routines_meals"), "q-routines_meals");
        assert_eq!(dom_id("a b\"c"), "a_b_c");
        assert_eq!(dom_id(""), "_");
    }
}
