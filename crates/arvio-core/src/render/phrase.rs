//! Conditions as readable text: the one place that phrases "answer this if …" for every
//! renderer (“Do you have a partner?”: Yes).
//!
//! Built from the [`Condition`] and the form's texts only; nothing is evaluated here.

use super::{Texts, common};
use crate::model::{CmpOp, Condition, Form, Literal, Question, QuestionKind, Test};

/// A number as a person writes it in the language: no trailing `.0`, a decimal comma in
/// Finnish and Swedish (`2,5`).
pub fn plain_number(texts: &dyn Texts, n: f64) -> String {
    let s = if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    };
    match texts.language().split(['-', '_']).next() {
        Some("fi" | "sv") => s.replace('.', ","),
        _ => s,
    }
}

/// The question a condition names: a sibling in the same group row first, then top level.
fn find<'a>(form: &'a Form, siblings: &'a [Question], id: &str) -> Option<&'a Question> {
    siblings
        .iter()
        .find(|q| q.id == id)
        .or_else(|| form.question(id))
}

/// "Answer this if …" with the condition: the note shown by a question that applies only
/// sometimes.
pub fn answer_if(form: &Form, siblings: &[Question], c: &Condition, texts: &dyn Texts) -> String {
    format!(
        "{} {}",
        texts.message(common::ANSWER_IF),
        describe(form, siblings, c, texts)
    )
}

/// "Required if …" with the condition.
pub fn required_if(form: &Form, siblings: &[Question], c: &Condition, texts: &dyn Texts) -> String {
    format!(
        "{} {}",
        texts.message(common::REQUIRED_IF),
        describe(form, siblings, c, texts)
    )
}

/// The condition as a phrase (without a lead-in): `“Partner?”: Yes and “Children” ≥ 2`.
/// `siblings` are the questions of the group row the condition is in (empty at top level).
pub fn describe(form: &Form, siblings: &[Question], c: &Condition, texts: &dyn Texts) -> String {
    match c {
        Condition::Test { question, test } => {
            let q = find(form, siblings, question);
            let label = q.map_or_else(|| question.clone(), |q| texts.message(&q.label));
            let quoted = quote(texts, &label);
            match test {
                Test::Equals(l) => format!("{quoted}: {}", literal(q, l, texts)),
                Test::OneOf(ls) => {
                    let or = format!(" {} ", texts.message(common::COND_OR));
                    let parts: Vec<String> = ls.iter().map(|l| literal(q, l, texts)).collect();
                    format!("{quoted}: {}", parts.join(&or))
                }
                Test::Compare(op, n) => {
                    let sym = match op {
                        CmpOp::Gt => ">",
                        CmpOp::Gte => "≥",
                        CmpOp::Lt => "<",
                        CmpOp::Lte => "≤",
                    };
                    format!("{quoted} {sym} {}", plain_number(texts, *n))
                }
                Test::Answered(true) => {
                    format!("{quoted} {}", texts.message(common::COND_ANSWERED))
                }
                Test::Answered(false) => {
                    format!("{quoted} {}", texts.message(common::COND_NOT_ANSWERED))
                }
            }
        }
        Condition::AnyRow { group, row } => {
            let g = form.question(group);
            let label = g.map_or_else(|| group.clone(), |q| texts.message(&q.label));
            let subs: &[Question] = match g.map(|q| &q.kind) {
                Some(QuestionKind::Group { questions, .. }) => questions,
                _ => &[],
            };
            format!(
                "{}, {}: {}",
                quote(texts, &label),
                texts.message(common::COND_ANY_ROW),
                describe(form, subs, row, texts)
            )
        }
        Condition::All(cs) => join(form, siblings, cs, texts, common::COND_AND),
        Condition::Any(cs) => join(form, siblings, cs, texts, common::COND_OR),
        Condition::Not(inner) => match inner.as_ref() {
            Condition::Test {
                question,
                test: Test::Equals(l),
            } => {
                let q = find(form, siblings, question);
                let label = q.map_or_else(|| question.clone(), |q| texts.message(&q.label));
                format!(
                    "{}: {} {}",
                    quote(texts, &label),
                    texts.message(common::COND_OTHER_THAN),
                    literal(q, l, texts)
                )
            }
            other => format!(
                "{} ({})",
                texts.message(common::COND_NOT),
                describe(form, siblings, other, texts)
            ),
        },
    }
}

fn join(
    form: &Form,
    siblings: &[Question],
    cs: &[Condition],
    texts: &dyn Texts,
    word: &'static str,
) -> String {
    let sep = format!(" {} ", texts.message(word));
    cs.iter()
        .map(|c| match c {
            Condition::All(_) | Condition::Any(_) => {
                format!("({})", describe(form, siblings, c, texts))
            }
            _ => describe(form, siblings, c, texts),
        })
        .collect::<Vec<_>>()
        .join(&sep)
}

/// A question label in the reader's quotation marks: `“Partner?”`, `”Puoliso?”`.
pub fn quote(texts: &dyn Texts, label: &str) -> String {
    format!(
        "{}{label}{}",
        texts.message(common::QUOTE_OPEN),
        texts.message(common::QUOTE_CLOSE)
    )
}

/// A literal as the reader sees it: an option's label, yes/no, a scale point's label.
fn literal(q: Option<&Question>, l: &Literal, texts: &dyn Texts) -> String {
    match l {
        Literal::Bool(b) => texts.message(if *b { common::YES } else { common::NO }),
        Literal::Code(code) => {
            if let Some(q) = q {
                if let Some(o) = q.options().iter().find(|o| &o.code == code) {
                    return texts.message(&o.label);
                }
                if let QuestionKind::Scale {
                    not_applicable: Some(na),
                    ..
                } = &q.kind
                    && code == "na"
                {
                    return texts.message(na);
                }
            }
            code.clone()
        }
        Literal::Number(n) => {
            if let Some(Question {
                kind:
                    QuestionKind::Scale {
                        min, point_labels, ..
                    },
                ..
            }) = q
            {
                let idx = *n as i64 - *min;
                if n.fract() == 0.0
                    && idx >= 0
                    && let Some(l) = point_labels.get(idx as usize)
                {
                    return format!("{} ({})", plain_number(texts, *n), texts.message(l));
                }
            }
            plain_number(texts, *n)
        }
    }
}
