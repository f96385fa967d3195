//! # arvio-text
//!
//! A small plain-text renderer: the proof that the [`Renderer`] trait is enough for a
//! renderer living outside arvio-core. It renders a blank form as an outline (one line per
//! question with its kind and options) and a summary as the answers that apply, in form
//! order, followed by the score table.
//!
//! ```
//! use arvio_core::render::{IdTexts, Output, RenderContext, Renderer};
//! use arvio_text::TextRenderer;
//!
//! let form = arvio_forms::builtin("family-self-assessment").unwrap();
//! let out = TextRenderer.render(&RenderContext::blank(&form, &IdTexts)).unwrap();
//! let Output::Text(text) = out else { unreachable!() };
//! assert!(text.starts_with("fsa-title\n"));
//! ```

use arvio_core::model::{Question, QuestionKind};
use arvio_core::render::view::{answer_text, applicable};
use arvio_core::render::{
    Arg, Output, RenderContext, RenderError, RenderKind, Renderer, Texts, common,
};
use arvio_core::{Completeness, ScoreReport};
use std::fmt::Write;

/// The plain-text renderer (name `text`).
#[derive(Debug, Clone, Copy, Default)]
pub struct TextRenderer;

impl Renderer for TextRenderer {
    fn name(&self) -> &str {
        "text"
    }

    fn render(&self, cx: &RenderContext<'_>) -> Result<Output, RenderError> {
        let t = cx.texts;
        let mut out = String::new();
        let title = t.message(&cx.form.title);
        let _ = writeln!(out, "{title}");
        let _ = writeln!(out, "{}", "=".repeat(title.chars().count()));
        let _ = writeln!(
            out,
            "{} ({})",
            t.message_with(
                common::VERSION,
                &[("version", Arg::Str(&cx.form.version.to_string()))]
            ),
            cx.form.id
        );
        match (cx.kind, cx.filled) {
            (RenderKind::Summary, None) => return Err(RenderError::MissingResponse),
            (RenderKind::Summary, Some(f)) => {
                let _ = writeln!(out, "{}", t.message(common::SUMMARY));
                for s in applicable(cx.form, &f.validation.answers) {
                    let _ = writeln!(out, "\n## {}", t.message(&s.section.title));
                    for item in s.items.iter().filter(|i| i.question.takes_answer()) {
                        let label = t.message(&item.question.label);
                        match item.answer {
                            None => {
                                let _ =
                                    writeln!(out, "- {label}: {}", t.message(common::NOT_ANSWERED));
                            }
                            Some(a) => {
                                let text = answer_text(item.question, a, t);
                                if text.contains('\n') || text.chars().count() > 60 {
                                    let _ = writeln!(out, "- {label}:");
                                    for line in text.lines() {
                                        let _ = writeln!(out, "    {line}");
                                    }
                                } else {
                                    let _ = writeln!(out, "- {label}: {text}");
                                }
                            }
                        }
                    }
                }
                write_scores(&mut out, f.scores, t);
            }
            (_, _) => {
                if let Some(d) = &cx.form.description {
                    let _ = writeln!(out, "\n{}", t.message(d));
                }
                for s in &cx.form.sections {
                    let _ = writeln!(out, "\n## {}", t.message(&s.title));
                    if let Some(h) = &s.help {
                        let _ = writeln!(out, "{}", t.message(h));
                    }
                    for q in &s.questions {
                        write_question(&mut out, q, t, "");
                    }
                }
            }
        }
        Ok(Output::Text(out))
    }
}

fn write_question(out: &mut String, q: &Question, t: &dyn Texts, indent: &str) {
    let label = t.message(&q.label);
    if !q.takes_answer() {
        let _ = writeln!(out, "{indent}{label}");
        return;
    }
    let req = if matches!(q.required, arvio_core::model::Required::Yes) {
        format!(" ({})", t.message(common::REQUIRED))
    } else {
        String::new()
    };
    let _ = writeln!(out, "{indent}- [{}] {label}{req}", q.id);
    match &q.kind {
        QuestionKind::SingleChoice { options } | QuestionKind::MultipleChoice { options, .. } => {
            for o in options {
                let _ = writeln!(out, "{indent}    ( ) {} [{}]", t.message(&o.label), o.code);
            }
        }
        QuestionKind::Scale {
            min,
            max,
            min_label,
            max_label,
            not_applicable,
            ..
        } => {
            let _ = writeln!(
                out,
                "{indent}    {} {} … {} {}",
                t.number(*min as f64),
                t.message(min_label),
                t.number(*max as f64),
                t.message(max_label)
            );
            if let Some(na) = not_applicable {
                let _ = writeln!(out, "{indent}    ( ) {na}", na = t.message(na));
            }
        }
        QuestionKind::Group { questions, .. } => {
            for sq in questions {
                write_question(out, sq, t, &format!("{indent}    "));
            }
        }
        _ => {}
    }
}

fn write_scores(out: &mut String, scores: &ScoreReport, t: &dyn Texts) {
    if scores.scores.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n## {}", t.message(common::SCORES));
    for s in &scores.scores {
        let name = t.message(&s.label);
        let range = format!("{}–{}", t.number(s.range.0), t.number(s.range.1));
        let value = s.value.map_or_else(|| "–".to_string(), |v| t.number(v));
        let band = s
            .band
            .as_ref()
            .map_or_else(String::new, |b| format!(": {}", t.message(&b.label)));
        let note = match s.completeness {
            Completeness::Complete => String::new(),
            Completeness::NotApplicable => {
                format!(" ({})", t.message(common::SCORE_NOT_APPLICABLE))
            }
            Completeness::Partial { missing } => {
                format!(
                    " ({})",
                    t.message_with(common::PARTIAL, &[("missing", Arg::Num(missing.into()))])
                )
            }
            Completeness::Incomplete { missing } => {
                format!(
                    " ({})",
                    t.message_with(common::INCOMPLETE, &[("missing", Arg::Num(missing.into()))])
                )
            }
        };
        let _ = writeln!(out, "- {name}: {value} ({range}){note}{band}");
    }
}
