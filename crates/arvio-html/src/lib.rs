//! # arvio-html
//!
//! Accessible, standalone HTML for arvio forms: the form to fill in (blank, or refilled with
//! what was sent and its errors), the summary of a response in the worker's or the family's
//! copy, and the start and review comparison. The pages need no
//! JavaScript and no external resources: a `<form method="post">`, an inline stylesheet that
//! works from a 320 px phone to print, one `h1`, sections as `h2`, radio buttons and
//! checkboxes in `fieldset`s with a `legend`, a `label` for every input, help and errors tied
//! with `aria-describedby`, "required" said in words, and a visible "answer this if …" note on
//! questions that depend on an earlier answer (phrased by [`arvio_core::render::phrase`], as
//! in every format). A form offers only the part asked for ([`RenderContext::part`]).
//! Summaries lay out the prepared [`arvio_core::render::view::Summary`]; their charts are
//! inline SVG with the same figures in a table.
//!
//! - [`HtmlRenderer`]: the [`Renderer`] (name `html`).
//! - [`parse_form_data`] / [`parse_submission`]: read the posted form back into a
//!   [`Response`](arvio_core::Response), keeping every raw value typed.
//! - [`escape`]: the only module that writes text into markup.
//! - [`page`]: the document shell and simple pages for servers.
//!
//! ```
//! use arvio_core::render::{Output, RenderContext, Renderer};
//! use arvio_html::HtmlRenderer;
//! use arvio_i18n::Localizer;
//!
//! let form = arvio_forms::builtin("family-self-assessment").unwrap();
//! let fi = Localizer::new(&["fi"]);
//! let Output::Text(html) = HtmlRenderer::new().render(&RenderContext::blank(&form, &fi)).unwrap()
//! else { unreachable!() };
//! assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"fi\">"));
//! assert_eq!(html.matches("<h1>").count(), 1);
//! assert!(html.contains("<form method=\"post\""));
//! ```

use arvio_core::chrono::NaiveDate;
use arvio_core::render::{Arg, Output, RenderContext, RenderError, RenderKind, Renderer, common};
use arvio_i18n::error_message;

pub mod escape;
mod form;
mod formdata;
pub mod page;
mod summary;

pub use formdata::{
    FormAction, FormDataError, MAX_FIELDS, Submission, parse_form_data, parse_submission,
};
pub use page::{Link, SimplePage};

/// The HTML renderer (name `html`).
///
/// Configured with a builder: where the form posts ([`HtmlRenderer::with_action`]), hidden
/// fields such as a revision counter ([`HtmlRenderer::with_hidden`]), a notice shown above
/// the form ([`HtmlRenderer::with_notice`]) and navigation links ([`HtmlRenderer::with_nav`]).
/// [`HtmlRenderer::with_today`] is kept for earlier callers and has no effect: the deadlines
/// of a summary come prepared in [`RenderContext::blocks`].
#[derive(Debug, Clone, Default)]
pub struct HtmlRenderer {
    action: Option<String>,
    hidden: Vec<(String, String)>,
    /// Unused since summaries lay out prepared blocks; kept for [`HtmlRenderer::with_today`].
    #[allow(dead_code)]
    today: Option<NaiveDate>,
    notice: Option<(String, Option<Link>)>,
    nav: Vec<Link>,
}

impl HtmlRenderer {
    /// A renderer with the defaults: the form posts to its own address.
    pub fn new() -> Self {
        Self::default()
    }

    /// The URL the form posts to.
    pub fn with_action(mut self, action: impl Into<String>) -> Self {
        self.action = Some(action.into());
        self
    }

    /// Adds a hidden field. Use names starting with `_`: [`parse_submission`] returns them in
    /// [`Submission::fields`].
    pub fn with_hidden(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.hidden.push((name.into(), value.into()));
        self
    }

    /// The date deadlines were compared with. Kept for compatibility: summaries no longer
    /// compute deadlines here; they lay out the blocks in [`RenderContext::blocks`] (prepared
    /// with `arvio_forms::blocks`, which takes the date), so this setting has no effect.
    pub fn with_today(mut self, today: NaiveDate) -> Self {
        self.today = Some(today);
        self
    }

    /// A notice shown under the heading (for example "Draft saved"), with an optional link.
    pub fn with_notice(mut self, text: impl Into<String>, link: Option<Link>) -> Self {
        self.notice = Some((text.into(), link));
        self
    }

    /// Adds a navigation link shown above the heading.
    pub fn with_nav(mut self, link: Link) -> Self {
        self.nav.push(link);
        self
    }
}

impl Renderer for HtmlRenderer {
    fn name(&self) -> &str {
        "html"
    }

    fn render(&self, cx: &RenderContext<'_>) -> Result<Output, RenderError> {
        // The whole page is written into one buffer, sized for it up front. The texts are
        // asked for in the order the page shows them.
        let t = cx.texts;
        let form = cx.form;
        let title = t.message(&form.title);
        let nav_label = (!self.nav.is_empty()).then(|| t.message("arvio-navigation"));
        let version = t.message_with(
            common::VERSION,
            &[("version", Arg::Str(&form.version.to_string()))],
        );
        let head = Head {
            nav_label: nav_label.as_deref(),
            title: &title,
            version: &version,
        };
        match cx.kind {
            RenderKind::Summary | RenderKind::Compare => {
                let view = arvio_core::render::view::summary(cx)?;
                let doc_title = format!("{} – {title}", view.heading);
                let mut out = String::with_capacity(page::STYLE.len() + summary::size(&view));
                page::start(&mut out, t.language(), &doc_title);
                self.head(&mut out, &head);
                summary::summary(&mut out, &view);
                page::end(&mut out);
                Ok(Output::Text(out))
            }
            _ => {
                let description = form.description.as_ref().map(|d| t.message(d));
                let mut list = Vec::new();
                if let Some(f) = &cx.filled {
                    for e in &f.validation.errors {
                        list.push(form::ShownError {
                            anchor: form::anchor_for(form, e.path.as_str(), cx.part),
                            message: error_message(t, form, e),
                        });
                    }
                }
                let count = [("count", Arg::Num(list.len() as f64))];
                let error_summary = (!list.is_empty()).then(|| {
                    (
                        t.message("arvio-error-summary-title"),
                        t.message_with(common::ERRORS, &count),
                    )
                });
                let doc_title = if list.is_empty() {
                    title.clone()
                } else {
                    format!("{}: {title}", t.message_with(common::ERRORS, &count))
                };
                let mut errors = form::ErrorsByPath::new();
                if let Some(f) = &cx.filled {
                    for (e, shown) in f.validation.errors.iter().zip(&list) {
                        errors
                            .entry(e.path.as_str())
                            .or_default()
                            .push(shown.message.as_str());
                    }
                }
                let mut out = String::with_capacity(page::STYLE.len() + form::size(form));
                page::start(&mut out, t.language(), &doc_title);
                self.head(&mut out, &head);
                if let Some(d) = &description {
                    out.push_str("<p>");
                    escape::text(&mut out, d);
                    out.push_str("</p>\n");
                }
                if let Some((heading, count)) = &error_summary {
                    form::error_summary(&mut out, heading, count, &list);
                }
                form::FormWriter::new(form, t, cx.part, cx.filled.as_ref(), &errors, &mut out)
                    .form(self);
                page::end(&mut out);
                Ok(Output::Text(out))
            }
        }
    }
}

/// The texts above every page's body.
struct Head<'a> {
    nav_label: Option<&'a str>,
    title: &'a str,
    version: &'a str,
}

impl HtmlRenderer {
    /// Writes the navigation, the heading, the version line and the notice.
    fn head(&self, out: &mut String, head: &Head<'_>) {
        if let Some(label) = head.nav_label {
            out.push_str("<nav aria-label=\"");
            escape::attr(out, label);
            out.push_str("\"><ul>");
            for l in &self.nav {
                out.push_str("<li>");
                l.write(out);
                out.push_str("</li>");
            }
            out.push_str("</ul></nav>\n");
        }
        out.push_str("<h1>");
        escape::text(out, head.title);
        out.push_str("</h1>\n<p class=\"meta\">");
        escape::text(out, head.version);
        out.push_str("</p>\n");
        if let Some((text, link)) = &self.notice {
            out.push_str("<div class=\"notice\" role=\"status\"><p>");
            escape::text(out, text);
            out.push_str("</p>");
            if let Some(l) = link {
                out.push_str("<p>");
                l.write(out);
                out.push_str("</p>");
            }
            out.push_str("</div>\n");
        }
    }
}
