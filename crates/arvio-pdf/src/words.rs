//! The renderer words the PDF takes from `locales/*/common.ftl` (their ids are
//! [`arvio_core::render::common`] constants), and the "answer this if ..." notes generated
//! from a condition.
//!
//! No wording lives here: every text goes through [`Texts::message`], so with
//! [`arvio_core::render::IdTexts`] each word is its id.

use arvio_core::model::{CmpOp, Condition, Literal, Question, Test};
use arvio_core::render::{Arg, Texts, common};

pub(crate) use arvio_core::render::common::{
    ASSESSMENT_DATE, COND_AND, COND_ANSWERED, COND_NOT, COND_NOT_ANSWERED, COND_OR,
    COND_OTHER_THAN, DEADLINE_DONE, DEADLINE_DUE, DEADLINE_STATUS, DEADLINES, LANGUAGE, PAGE_OF,
    QUOTE_CLOSE, QUOTE_OPEN, REPLACED_CHARS_NOTE, SCORE_VALUE,
};

/// Every message id this crate asks for beyond the form's own and the core's
/// [`common`] ids.
#[cfg(test)]
pub(crate) const ALL: &[&str] = &[
    COND_AND,
    COND_OR,
    COND_NOT,
    COND_OTHER_THAN,
    COND_ANSWERED,
    COND_NOT_ANSWERED,
    QUOTE_OPEN,
    QUOTE_CLOSE,
    ASSESSMENT_DATE,
    LANGUAGE,
    SCORE_VALUE,
    DEADLINES,
    DEADLINE_DUE,
    DEADLINE_DONE,
    DEADLINE_STATUS,
    REPLACED_CHARS_NOTE,
    PAGE_OF,
    "arvio-generated-on",
    "arvio-confidential",
    "arvio-band-disclaimer",
    "arvio-language-name-fi",
    "arvio-language-name-sv",
    "arvio-language-name-en",
];

/// "Sivu 2 / 3", "Sida 2 / 3", "Page 2 of 3": the `arvio-page-of` message.
pub(crate) fn page_of(texts: &dyn Texts, page: usize, pages: usize) -> String {
    texts.message_with(
        PAGE_OF,
        &[
            ("page", Arg::Num(page as f64)),
            ("pages", Arg::Num(pages as f64)),
        ],
    )
}

/// A question label in the reader's quotation marks: `“Partner?”`, `”Puoliso?”`.
fn quote(texts: &dyn Texts, label: &str) -> String {
    format!(
        "{}{label}{}",
        texts.message(QUOTE_OPEN),
        texts.message(QUOTE_CLOSE)
    )
}

/// A condition as a sentence in the reader's language, naming questions by their labels:
/// `“Do you have a partner?”: Yes`. `lookup` finds a question by id (a top-level question,
/// or a sibling in the same group row).
pub(crate) fn condition_text<'q>(
    c: &Condition,
    texts: &dyn Texts,
    lookup: &dyn Fn(&str) -> Option<&'q Question>,
) -> String {
    match c {
        Condition::Test { question, test } => {
            let q = lookup(question);
            let label = q.map_or_else(|| question.clone(), |q| texts.message(&q.label));
            let lit = |l: &Literal| literal_text(l, q, texts);
            let quoted = quote(texts, &label);
            match test {
                Test::Equals(l) => format!("{quoted}: {}", lit(l)),
                Test::OneOf(ls) => format!(
                    "{quoted}: {}",
                    ls.iter()
                        .map(lit)
                        .collect::<Vec<_>>()
                        .join(&format!(" {} ", texts.message(COND_OR)))
                ),
                Test::Compare(op, n) => {
                    let sym = match op {
                        CmpOp::Gt => ">",
                        CmpOp::Gte => "≥",
                        CmpOp::Lt => "<",
                        CmpOp::Lte => "≤",
                    };
                    format!("{quoted} {sym} {}", texts.number(*n))
                }
                Test::Answered(true) => format!("{quoted} {}", texts.message(COND_ANSWERED)),
                Test::Answered(false) => {
                    format!("{quoted} {}", texts.message(COND_NOT_ANSWERED))
                }
            }
        }
        Condition::All(cs) => join(cs, &texts.message(COND_AND), texts, lookup),
        Condition::Any(cs) => join(cs, &texts.message(COND_OR), texts, lookup),
        Condition::Not(inner) => match inner.as_ref() {
            Condition::Test {
                question,
                test: Test::Equals(l),
            } => {
                let q = lookup(question);
                let label = q.map_or_else(|| question.clone(), |q| texts.message(&q.label));
                format!(
                    "{}: {} {}",
                    quote(texts, &label),
                    texts.message(COND_OTHER_THAN),
                    literal_text(l, q, texts)
                )
            }
            Condition::Test {
                question,
                test: Test::Answered(a),
            } => condition_text(
                &Condition::Test {
                    question: question.clone(),
                    test: Test::Answered(!a),
                },
                texts,
                lookup,
            ),
            other => format!(
                "{} ({})",
                texts.message(COND_NOT),
                condition_text(other, texts, lookup)
            ),
        },
    }
}

fn join<'q>(
    cs: &[Condition],
    word: &str,
    texts: &dyn Texts,
    lookup: &dyn Fn(&str) -> Option<&'q Question>,
) -> String {
    cs.iter()
        .map(|c| {
            let s = condition_text(c, texts, lookup);
            if matches!(c, Condition::All(_) | Condition::Any(_)) {
                format!("({s})")
            } else {
                s
            }
        })
        .collect::<Vec<_>>()
        .join(&format!(" {word} "))
}

fn literal_text(l: &Literal, q: Option<&Question>, texts: &dyn Texts) -> String {
    match l {
        Literal::Code(code) => {
            let option = q.and_then(|q| q.options().iter().find(|o| &o.code == code));
            match (option, q.map(|q| &q.kind)) {
                (Some(o), _) => texts.message(&o.label),
                (
                    None,
                    Some(arvio_core::QuestionKind::Scale {
                        not_applicable: Some(na),
                        ..
                    }),
                ) if code == "na" => texts.message(na),
                _ => code.clone(),
            }
        }
        Literal::Bool(b) => texts.message(if *b { common::YES } else { common::NO }),
        Literal::Number(n) => texts.number(*n),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word the PDF asks for is a common message `arvio lint` requires in every language.
    #[test]
    fn ids_are_registered_common_messages() {
        for id in ALL {
            assert!(arvio_i18n::COMMON_IDS.contains(id), "{id}");
        }
    }
}
