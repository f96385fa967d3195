//! The document around every page, and simple pages (lists of links, messages) for servers.

use crate::escape;

/// The stylesheet inlined into every page: from a 320 px phone to print, no external resources.
pub const STYLE: &str = include_str!("style.css");

/// A link: where it goes and what it says. Both are escaped when written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The target URL (for example `/fi/family-self-assessment`).
    pub href: String,
    /// The visible text.
    pub text: String,
}

impl Link {
    /// A link to `href` saying `text`.
    pub fn new(href: impl Into<String>, text: impl Into<String>) -> Self {
        Link {
            href: href.into(),
            text: text.into(),
        }
    }

    pub(crate) fn write(&self, out: &mut String) {
        out.push_str("<a href=\"");
        escape::attr(out, &self.href);
        out.push_str("\">");
        escape::text(out, &self.text);
        out.push_str("</a>");
    }
}

/// Writes a complete HTML5 document: `lang`, `title`, the inline stylesheet, and `body`
/// (markup already built by this crate) inside `<main>`.
pub(crate) fn document(lang: &str, title: &str, body: &str) -> String {
    let mut out = String::with_capacity(body.len() + STYLE.len() + 400);
    start(&mut out, lang, title);
    out.push_str(body);
    end(&mut out);
    out
}

/// Writes the start of a document, up to and including `<main id="main">`: `lang`, `title`
/// and the inline stylesheet. The body follows, then [`end`].
pub(crate) fn start(out: &mut String, lang: &str, title: &str) {
    out.push_str("<!DOCTYPE html>\n<html lang=\"");
    escape::attr(out, lang);
    out.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    escape::text(out, title);
    out.push_str("</title>\n<style>\n");
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n<main id=\"main\">\n");
}

/// Closes what [`start`] opened.
pub(crate) fn end(out: &mut String) {
    out.push_str("</main>\n</body>\n</html>\n");
}

/// A simple page: a heading, paragraphs and a list of links, everything escaped. Servers use
/// it for the list of forms and for error pages (not found, conflict, too large).
///
/// ```
/// use arvio_html::page::{Link, SimplePage};
/// let html = SimplePage::new("fi", "Ei löytynyt <x>")
///     .paragraph("Sivua ei ole.")
///     .link(Link::new("/", "Etusivu"))
///     .render();
/// assert!(html.contains("<h1>Ei löytynyt &lt;x&gt;</h1>"));
/// assert!(html.contains("<li><a href=\"/\">Etusivu</a></li>"));
/// ```
#[derive(Debug, Clone, Default)]
pub struct SimplePage {
    lang: String,
    title: String,
    paragraphs: Vec<String>,
    links: Vec<Link>,
}

impl SimplePage {
    /// A page in language `lang` with heading and title `title`.
    pub fn new(lang: impl Into<String>, title: impl Into<String>) -> Self {
        SimplePage {
            lang: lang.into(),
            title: title.into(),
            ..Default::default()
        }
    }

    /// Adds a paragraph of text.
    pub fn paragraph(mut self, text: impl Into<String>) -> Self {
        self.paragraphs.push(text.into());
        self
    }

    /// Adds a link to the list under the paragraphs.
    pub fn link(mut self, link: Link) -> Self {
        self.links.push(link);
        self
    }

    /// The complete document.
    pub fn render(&self) -> String {
        let mut body = String::new();
        body.push_str("<h1>");
        escape::text(&mut body, &self.title);
        body.push_str("</h1>\n");
        for p in &self.paragraphs {
            body.push_str("<p>");
            escape::text(&mut body, p);
            body.push_str("</p>\n");
        }
        if !self.links.is_empty() {
            body.push_str("<ul>\n");
            for l in &self.links {
                body.push_str("<li>");
                l.write(&mut body);
                body.push_str("</li>\n");
            }
            body.push_str("</ul>\n");
        }
        document(&self.lang, &self.title, &body)
    }
}
