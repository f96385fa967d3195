//! Words the PDF needs that `locales/*/common.ftl` does not define yet, per language, and the
//! "answer this if ..." notes generated from a condition.
//!
//! Message ids are tried first where they exist (`arvio-page-of`); the words below are used
//! when a language has no message for them. Every word here is meant to move into the Fluent
//! files (see the crate documentation for the ids).

use arvio_core::model::{CmpOp, Condition, Literal, Question, Test};
use arvio_core::render::{Arg, Texts, common};

/// Built-in words for one language.
pub(crate) struct Words {
    pub(crate) and: &'static str,
    pub(crate) or: &'static str,
    pub(crate) not: &'static str,
    pub(crate) other_than: &'static str,
    pub(crate) answered: &'static str,
    pub(crate) not_answered: &'static str,
    pub(crate) assessment_date: &'static str,
    pub(crate) language: &'static str,
    pub(crate) deadlines: &'static str,
    pub(crate) due: &'static str,
    pub(crate) done: &'static str,
    pub(crate) status: &'static str,
    pub(crate) value: &'static str,
    pub(crate) replaced_note: &'static str,
}

const FI: Words = Words {
    and: "ja",
    or: "tai",
    not: "ei",
    other_than: "muu kuin",
    answered: "on vastattu",
    not_answered: "on jätetty vastaamatta",
    assessment_date: "Arviointipäivä",
    language: "Kieli",
    deadlines: "Määräajat",
    due: "Viimeistään",
    done: "Tehty",
    status: "Tilanne",
    value: "Arvo",
    replaced_note: "Merkillä � on korvattu merkit, joita fontissa ei ole.",
};

const SV: Words = Words {
    and: "och",
    or: "eller",
    not: "inte",
    other_than: "annat än",
    answered: "är besvarad",
    not_answered: "är obesvarad",
    assessment_date: "Bedömningsdatum",
    language: "Språk",
    deadlines: "Tidsfrister",
    due: "Senast",
    done: "Gjort",
    status: "Läge",
    value: "Värde",
    replaced_note: "Tecknet � står för tecken som typsnittet saknar.",
};

const EN: Words = Words {
    and: "and",
    or: "or",
    not: "not",
    other_than: "other than",
    answered: "is answered",
    not_answered: "is not answered",
    assessment_date: "Assessment date",
    language: "Language",
    deadlines: "Deadlines",
    due: "Due",
    done: "Done",
    status: "Status",
    value: "Value",
    replaced_note: "The sign � stands for characters the font does not have.",
};

/// The words for a language tag (`fi`, `sv`, anything else: English).
pub(crate) fn words(language: &str) -> &'static Words {
    match language.split(['-', '_']).next().unwrap_or("") {
        "fi" => &FI,
        "sv" => &SV,
        _ => &EN,
    }
}

/// "Sivu 2 / 3", "Sida 2 / 3", "Page 2 of 3": the `arvio-page-of` message when the texts
/// have it, else the built-in format for the language.
pub(crate) fn page_of(texts: &dyn Texts, page: usize, pages: usize) -> String {
    let s = texts.message_with(
        "arvio-page-of",
        &[
            ("page", Arg::Num(page as f64)),
            ("pages", Arg::Num(pages as f64)),
        ],
    );
    if s.contains(&page.to_string()) && s.contains(&pages.to_string()) {
        return s;
    }
    match texts.language().split(['-', '_']).next().unwrap_or("") {
        "fi" => format!("Sivu {page} / {pages}"),
        "sv" => format!("Sida {page} / {pages}"),
        _ => format!("Page {page} of {pages}"),
    }
}

/// A condition as a sentence in the reader's language, naming questions by their labels:
/// `“Do you have a partner?”: Yes`. `lookup` finds a question by id (a top-level question,
/// or a sibling in the same group row).
pub(crate) fn condition_text<'q>(
    c: &Condition,
    texts: &dyn Texts,
    lookup: &dyn Fn(&str) -> Option<&'q Question>,
) -> String {
    let w = words(texts.language());
    match c {
        Condition::Test { question, test } => {
            let q = lookup(question);
            let label = q.map_or_else(|| question.clone(), |q| texts.message(&q.label));
            let lit = |l: &Literal| literal_text(l, q, texts);
            match test {
                Test::Equals(l) => format!("“{label}”: {}", lit(l)),
                Test::OneOf(ls) => format!(
                    "“{label}”: {}",
                    ls.iter()
                        .map(lit)
                        .collect::<Vec<_>>()
                        .join(&format!(" {} ", w.or))
                ),
                Test::Compare(op, n) => {
                    let sym = match op {
                        CmpOp::Gt => ">",
                        CmpOp::Gte => "≥",
                        CmpOp::Lt => "<",
                        CmpOp::Lte => "≤",
                    };
                    format!("“{label}” {sym} {}", texts.number(*n))
                }
                Test::Answered(true) => format!("“{label}” {}", w.answered),
                Test::Answered(false) => format!("“{label}” {}", w.not_answered),
            }
        }
        Condition::All(cs) => join(cs, w.and, texts, lookup),
        Condition::Any(cs) => join(cs, w.or, texts, lookup),
        Condition::Not(inner) => match inner.as_ref() {
            Condition::Test {
                question,
                test: Test::Equals(l),
            } => {
                let q = lookup(question);
                let label = q.map_or_else(|| question.clone(), |q| texts.message(&q.label));
                format!("“{label}”: {} {}", w.other_than, literal_text(l, q, texts))
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
            other => format!("{} ({})", w.not, condition_text(other, texts, lookup)),
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
