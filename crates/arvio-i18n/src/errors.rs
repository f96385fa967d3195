//! Localized validation errors and score texts.

use arvio_core::model::{DateBound, Form, Question, QuestionKind};
use arvio_core::render::{Arg, Texts, common};
use arvio_core::{ErrorKind, ScoreResult, ValidationError};

/// `{ $group }, row { $row }: { $question }`: a sub-question in a group row.
pub const QUESTION_IN_ROW: &str = "arvio-question-in-row";
/// `{ $group }, row { $row }`: a whole group row.
pub const QUESTION_ROW: &str = "arvio-question-row";
/// Stands for a question the form does not have.
pub const QUESTION_UNKNOWN: &str = "arvio-question-unknown";
/// "today", for date bounds.
pub const TODAY: &str = "arvio-today";

/// A localized validation error that names the question by its label, e.g. Finnish
/// `Kysymykseen ”Milloin täytitte lomakkeen?” tarvitaan vastaus.`
///
/// A sub-question in a group row is named `<group label>, row 3: <sub-question label>`
/// (`network[2].role`; paths count rows from 0, people from 1). The message id is
/// `arvio-error-<code>` with `$question` and, by kind, `$max`, `$min` (numbers, for plural
/// forms), `$bounds` with `$min`/`$max` as text (out of range), `$form` (the form's title),
/// `$expected` (the form version) or, for a character no answer may hold, `$char` (its code
/// point as text, `U+001B`) and `$position` (counted in characters from 1). The answer's
/// value is never part of the message, and `WrongType`'s technical description is replaced by
/// a generic "wrong format" text.
///
/// ```
/// use arvio_core::{ErrorKind, ValidationError, AnswerPath};
/// use arvio_forms::builtin;
/// use arvio_i18n::{Localizer, error_message};
///
/// let form = builtin("family-self-assessment").unwrap();
/// let err = ValidationError {
///     path: AnswerPath::question("nowhere"),
///     kind: ErrorKind::UnknownQuestion,
/// };
/// let en = Localizer::new(&["en"]);
/// assert_eq!(
///     error_message(&en, &form, &err),
///     "The response contains an item this form does not have."
/// );
/// ```
pub fn error_message(texts: &dyn Texts, form: &Form, err: &ValidationError) -> String {
    let (name, question) = question_name(texts, form, err.path.as_str());
    let mut args: Vec<(&str, Arg<'_>)> = vec![("question", Arg::Str(&name))];
    let id = common::error_message_id(&err.kind);
    let bounds;
    let title;
    let known_list;
    let code_point;
    match &err.kind {
        ErrorKind::TooLong { max }
        | ErrorKind::TooManySelections { max }
        | ErrorKind::TooManyRows { max } => args.push(("max", Arg::Num(f64::from(*max)))),
        ErrorKind::TooFewSelections { min } | ErrorKind::TooFewRows { min } => {
            args.push(("min", Arg::Num(f64::from(*min))))
        }
        ErrorKind::ControlCharacter { code_point: c, at } => {
            code_point = format!("U+{c:04X}");
            args.push(("char", Arg::Str(&code_point)));
            args.push(("position", Arg::Num(at.saturating_add(1) as f64)));
        }
        ErrorKind::OutOfRange => {
            bounds = question.map(|q| range_bounds(texts, q)).unwrap_or_default();
            args.push(("bounds", Arg::Str(bounds.kind)));
            if let Some(min) = &bounds.min {
                args.push(("min", Arg::Str(min)));
            }
            if let Some(max) = &bounds.max {
                args.push(("max", Arg::Str(max)));
            }
        }
        ErrorKind::WrongForm { .. } => {
            title = texts.message(&form.title);
            args.push(("form", Arg::Str(&title)));
        }
        ErrorKind::WrongFormVersion { expected } => {
            args.push(("expected", Arg::Str(expected)));
        }
        ErrorKind::UnknownFormVersion { known } => {
            known_list = known.join(", ");
            args.push(("known", Arg::Str(&known_list)));
        }
        _ => {}
    }
    texts.message_with(&id, &args)
}

/// The localized name of the question a path points at, and the question itself.
fn question_name<'f>(
    texts: &dyn Texts,
    form: &'f Form,
    path: &str,
) -> (String, Option<&'f Question>) {
    let qid = path.split(['[', '.']).next().unwrap_or("");
    let Some(q) = form.question(qid) else {
        return (texts.message(QUESTION_UNKNOWN), None);
    };
    let rest = &path[qid.len()..];
    let Some(after) = rest.strip_prefix('[') else {
        return (texts.message(&q.label), Some(q));
    };
    let (index, sub) = match after.split_once(']') {
        Some((i, s)) => (i.parse::<usize>().ok(), s.strip_prefix('.')),
        None => (None, None),
    };
    let group = texts.message(&q.label);
    let Some(index) = index else {
        return (group, Some(q));
    };
    let row = index.saturating_add(1) as f64;
    let sub_question = match (&q.kind, sub) {
        (QuestionKind::Group { questions, .. }, Some(sub)) => {
            questions.iter().find(|sq| sq.id == sub)
        }
        _ => None,
    };
    match sub_question {
        Some(sq) => {
            let label = texts.message(&sq.label);
            let name = texts.message_with(
                QUESTION_IN_ROW,
                &[
                    ("group", Arg::Str(&group)),
                    ("row", Arg::Num(row)),
                    ("question", Arg::Str(&label)),
                ],
            );
            (name, Some(sq))
        }
        None => {
            let name = texts.message_with(
                QUESTION_ROW,
                &[("group", Arg::Str(&group)), ("row", Arg::Num(row))],
            );
            (name, Some(q))
        }
    }
}

/// The `$bounds` selector of `arvio-error-out-of-range` with the bounds as text.
#[derive(Default)]
struct Bounds {
    kind: &'static str,
    min: Option<String>,
    max: Option<String>,
}

fn range_bounds(texts: &dyn Texts, q: &Question) -> Bounds {
    let numbers = |min: Option<f64>, max: Option<f64>| Bounds {
        kind: match (min, max) {
            (Some(_), Some(_)) => "both",
            (Some(_), None) => "min",
            (None, Some(_)) => "max",
            (None, None) => "none",
        },
        min: min.map(|n| texts.number(n)),
        max: max.map(|n| texts.number(n)),
    };
    let date = |b: &DateBound| match b {
        DateBound::Fixed(d) => texts.date(*d),
        DateBound::Today => texts.message(TODAY),
    };
    match &q.kind {
        QuestionKind::Number { min, max, .. } => numbers(*min, *max),
        QuestionKind::Scale { min, max, .. } => numbers(Some(*min as f64), Some(*max as f64)),
        QuestionKind::Date { min, max } => {
            let kind = match (min, max) {
                (None, Some(DateBound::Today)) => "not-future",
                (Some(DateBound::Today), None) => "not-past",
                (Some(_), Some(_)) => "both",
                (Some(_), None) => "date-min",
                (None, Some(_)) => "date-max",
                (None, None) => "none",
            };
            Bounds {
                kind,
                min: min.as_ref().map(date),
                max: max.as_ref().map(date),
            }
        }
        _ => Bounds {
            kind: "none",
            min: None,
            max: None,
        },
    }
}

/// The localized name of a score.
pub fn score_name(texts: &dyn Texts, result: &ScoreResult) -> String {
    texts.message(&result.label)
}

/// The localized interpretation of the band a score falls in, if it has one. Band texts are
/// guidance, never decisions: show them with [`BAND_DISCLAIMER`](crate::BAND_DISCLAIMER).
pub fn band_text(texts: &dyn Texts, result: &ScoreResult) -> Option<String> {
    result.band.as_ref().map(|b| texts.message(&b.label))
}
