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
        let t = cx.texts;
        let form = cx.form;
        let title = t.message(&form.title);
        let mut body = String::with_capacity(64 * 1024);
        if !self.nav.is_empty() {
            body.push_str("<nav aria-label=\"");
            escape::attr(&mut body, &t.message("arvio-navigation"));
            body.push_str("\"><ul>");
            for l in &self.nav {
                body.push_str("<li>");
                l.write(&mut body);
                body.push_str("</li>");
            }
            body.push_str("</ul></nav>\n");
        }
        body.push_str("<h1>");
        escape::text(&mut body, &title);
        body.push_str("</h1>\n<p class=\"meta\">");
        escape::text(
            &mut body,
            &t.message_with(
                common::VERSION,
                &[("version", Arg::Str(&form.version.to_string()))],
            ),
        );
        body.push_str("</p>\n");
        if let Some((text, link)) = &self.notice {
            body.push_str("<div class=\"notice\" role=\"status\"><p>");
            escape::text(&mut body, text);
            body.push_str("</p>");
            if let Some(l) = link {
                body.push_str("<p>");
                l.write(&mut body);
                body.push_str("</p>");
            }
            body.push_str("</div>\n");
        }
        let mut doc_title = title.clone();
        match cx.kind {
            RenderKind::Summary | RenderKind::Compare => {
                let view = arvio_core::render::view::summary(cx)?;
                summary::summary(&mut body, &view);
                doc_title = format!("{} – {title}", view.heading);
            }
            _ => {
                if let Some(d) = &form.description {
                    body.push_str("<p>");
                    escape::text(&mut body, &t.message(d));
                    body.push_str("</p>\n");
                }
                let mut shown = Vec::new();
                let mut list = Vec::new();
                if let Some(f) = &cx.filled {
                    for e in &f.validation.errors {
                        let message = error_message(t, form, e);
                        list.push(form::ShownError {
                            anchor: form::anchor_for(form, e.path.as_str(), cx.part),
                            message: message.clone(),
                        });
                        shown.push((e.path.as_str().to_string(), message));
                    }
                }
                if !list.is_empty() {
                    form::error_summary(&mut body, t, &list);
                    doc_title = format!(
                        "{}: {title}",
                        t.message_with(common::ERRORS, &[("count", Arg::Num(list.len() as f64))])
                    );
                }
                let mut w = form::FormWriter::new(form, t, cx.part, cx.filled.as_ref(), &shown);
                w.form(self);
                body.push_str(&w.out);
            }
        }
        Ok(Output::Text(page::document(
            t.language(),
            &doc_title,
            &body,
        )))
    }
}
