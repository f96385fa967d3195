//! A third-party renderer: Markdown, written against the `Renderer` trait only.
//!
//! ```sh
//! cargo run -p arvio-cli --example custom_renderer
//! ```

use arvio_core::render::view::{answer_text, applicable};
use arvio_core::render::{Filled, Output, RenderContext, RenderError, Renderer};
use arvio_core::{Response, score, validate};
use arvio_forms::builtin;

/// Renders a summary as Markdown.
struct Markdown;

impl Renderer for Markdown {
    fn name(&self) -> &str {
        "markdown"
    }

    fn render(&self, cx: &RenderContext<'_>) -> Result<Output, RenderError> {
        let filled = cx.filled.ok_or(RenderError::MissingResponse)?;
        let t = cx.texts;
        let mut md = format!("# {}\n", t.message(&cx.form.title));
        // The prepared view says what applies; the renderer never evaluates conditions.
        for section in applicable(cx.form, &filled.validation.answers) {
            md.push_str(&format!("\n## {}\n\n", t.message(&section.section.title)));
            for item in section.items {
                if let Some(answer) = item.answer {
                    let text = answer_text(item.question, answer, t).replace('\n', " / ");
                    md.push_str(&format!(
                        "- **{}** {}\n",
                        t.message(&item.question.label),
                        text
                    ));
                }
            }
        }
        Ok(Output::Text(md))
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let form = builtin("family-self-assessment").ok_or("no such built-in form")?;
    let response = Response::from_json(include_str!("responses/family-self-assessment-en.json"))?;
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date");
    let checked = validate(&form, &response, today);
    let report = score(&form, &checked.answers);
    let texts = arvio_i18n::Localizer::new(&["en"]);
    let cx = RenderContext::summary(&form, &texts, Filled::new(&response, &checked, &report));
    if let Output::Text(md) = Markdown.render(&cx)? {
        print!("{md}");
    }
    Ok(())
}
