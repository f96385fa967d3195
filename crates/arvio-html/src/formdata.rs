//! Reading a submitted HTML form (`application/x-www-form-urlencoded`) into a [`Response`].
//!
//! Field names are the ones [`crate::HtmlRenderer`] writes: a question's id, `group[2].sub`
//! for a sub-question in a group row, and `_action` for the button pressed. Nothing typed is
//! dropped: a number that cannot be read stays as the text typed (validation then reports
//! it as the wrong type and the refilled form shows it again), and so does a date.

use arvio_core::model::{Form, Question, QuestionKind};
use arvio_core::response::{AnswerValue, Response, Status};
use arvio_core::validate::parse_date;
use serde_json::{Map, Number, Value};
use std::collections::BTreeMap;

/// Most fields a submission may carry.
pub const MAX_FIELDS: usize = 10_000;

/// Which button was pressed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum FormAction {
    /// "Send": the response is submitted.
    Submit,
    /// "Save draft".
    SaveDraft,
    /// "Add row" in a group: show the form again with one more row.
    AddRow {
        /// The group's question id.
        group: String,
    },
    /// "Remove row" in a group: show the form again without that row.
    RemoveRow {
        /// The group's question id.
        group: String,
        /// The row as numbered in the page that was sent (from 0).
        row: usize,
    },
}

/// A parsed submission: the response, the button pressed and the page's own hidden fields.
#[derive(Clone)]
#[non_exhaustive]
pub struct Submission {
    /// The answers, as a draft or submitted response (by the button).
    pub response: Response,
    /// The button pressed.
    pub action: FormAction,
    /// Fields whose names start with `_` (other than `_action`), e.g. a revision counter.
    pub fields: BTreeMap<String, String>,
}

impl std::fmt::Debug for Submission {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Submission")
            .field("response", &self.response)
            .field("action", &self.action)
            .field("fields", &self.fields.keys().collect::<Vec<_>>())
            .finish()
    }
}

/// Why a submission could not be read. Never carries what was typed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum FormDataError {
    /// A field name the form does not have (the page was tampered with, or is from another
    /// form or version).
    #[error("field {position} is not a question of this form")]
    UnknownField {
        /// 1-based position of the field in the body.
        position: usize,
    },
    /// A group row name that is not `group[N].sub` with a number N.
    #[error("field {position} has a malformed row index")]
    BadRow {
        /// 1-based position of the field in the body.
        position: usize,
    },
    /// More than [`MAX_FIELDS`] fields.
    #[error("more than {max} fields")]
    TooManyFields {
        /// The limit.
        max: usize,
    },
    /// An `_action` value that is none of the form's buttons.
    #[error("unknown action")]
    UnknownAction,
}

/// Parses a submitted form into a response in `language`. The status is `submitted` when
/// the "send" button was pressed and `draft` otherwise.
///
/// ```
/// use arvio_html::parse_form_data;
/// let form = arvio_forms::builtin("family-self-assessment").unwrap();
/// let body = b"_action=submit&children_count=2&respondents=parent&respondents=child&routines_meals=na";
/// let r = parse_form_data(&form, body, "fi").unwrap();
/// assert_eq!(r.status, arvio_core::Status::Submitted);
/// assert_eq!(r.answers["children_count"].0, serde_json::json!(2));
/// assert_eq!(r.answers["respondents"].0, serde_json::json!(["parent", "child"]));
/// assert_eq!(r.answers["routines_meals"].0, serde_json::json!("na"));
/// ```
pub fn parse_form_data(
    form: &Form,
    body: &[u8],
    language: &str,
) -> Result<Response, FormDataError> {
    parse_submission(form, body, language).map(|s| s.response)
}

/// As [`parse_form_data`], also returning the button pressed and the hidden fields. "Remove
/// row" is applied already (the row is gone from the response); "add row" appends an empty
/// row.
pub fn parse_submission(
    form: &Form,
    body: &[u8],
    language: &str,
) -> Result<Submission, FormDataError> {
    let mut action = FormAction::SaveDraft;
    let mut fields = BTreeMap::new();
    let mut top: BTreeMap<String, Vec<String>> = BTreeMap::new();
    // group id -> row index as sent -> sub id -> values
    let mut groups: BTreeMap<String, BTreeMap<usize, BTreeMap<String, Vec<String>>>> =
        BTreeMap::new();
    for (n, (key, value)) in form_urlencoded::parse(body).enumerate() {
        let position = n + 1;
        if position > MAX_FIELDS {
            return Err(FormDataError::TooManyFields { max: MAX_FIELDS });
        }
        if key == "_action" {
            action = parse_action(form, &value)?;
            continue;
        }
        if key.starts_with('_') {
            fields.insert(key.into_owned(), value.into_owned());
            continue;
        }
        if let Some((qid, rest)) = key.split_once('[') {
            let q = form
                .question(qid)
                .filter(|q| matches!(q.kind, QuestionKind::Group { .. }))
                .ok_or(FormDataError::UnknownField { position })?;
            let (idx, sub) = rest
                .split_once("].")
                .ok_or(FormDataError::BadRow { position })?;
            let idx: usize = idx
                .parse()
                .map_err(|_| FormDataError::BadRow { position })?;
            let QuestionKind::Group { questions, .. } = &q.kind else {
                unreachable!("filtered above")
            };
            if !questions.iter().any(|s| s.id == sub && s.takes_answer()) {
                return Err(FormDataError::UnknownField { position });
            }
            groups
                .entry(qid.to_string())
                .or_default()
                .entry(idx)
                .or_default()
                .entry(sub.to_string())
                .or_default()
                .push(value.into_owned());
            continue;
        }
        match form.question(&key) {
            Some(q) if q.takes_answer() && !matches!(q.kind, QuestionKind::Group { .. }) => {
                top.entry(key.into_owned())
                    .or_default()
                    .push(value.into_owned());
            }
            _ => return Err(FormDataError::UnknownField { position }),
        }
    }

    let mut response = Response::new(form, language);
    response.status = if action == FormAction::Submit {
        Status::Submitted
    } else {
        Status::Draft
    };
    for (id, values) in top {
        let Some(q) = form.question(&id) else {
            continue;
        };
        if let Some(v) = convert(q, &values) {
            response.answers.insert(id, AnswerValue(v));
        }
    }
    for (_, q) in form.questions() {
        let QuestionKind::Group {
            questions,
            min_rows,
            max_rows,
        } = &q.kind
        else {
            continue;
        };
        let mut sent = groups.remove(&q.id).unwrap_or_default();
        if let FormAction::RemoveRow { group, row } = &action
            && *group == q.id
        {
            sent.remove(row);
        }
        let mut rows: Vec<Value> = Vec::new();
        for (_, subs) in sent {
            let mut obj = Map::new();
            for sub in questions {
                if let Some(values) = subs.get(&sub.id)
                    && let Some(v) = convert(sub, values)
                {
                    obj.insert(sub.id.clone(), v);
                }
            }
            if !obj.is_empty() {
                rows.push(Value::Object(obj));
            }
        }
        if let FormAction::AddRow { group } = &action
            && *group == q.id
        {
            // The page showed at least `min_rows` (and at least one) rows even when they were
            // left empty; the new row comes after those.
            let shown = (*min_rows).max(1).min(*max_rows) as usize;
            while rows.len() < shown {
                rows.push(Value::Object(Map::new()));
            }
            if rows.len() < *max_rows as usize {
                rows.push(Value::Object(Map::new()));
            }
        }
        let removed_all = matches!(&action, FormAction::RemoveRow { group, .. } if *group == q.id);
        if !rows.is_empty() || removed_all {
            response
                .answers
                .insert(q.id.clone(), AnswerValue(Value::Array(rows)));
        }
    }
    Ok(Submission {
        response,
        action,
        fields,
    })
}

fn parse_action(form: &Form, value: &str) -> Result<FormAction, FormDataError> {
    let is_group = |id: &str| {
        form.question(id)
            .is_some_and(|q| matches!(q.kind, QuestionKind::Group { .. }))
    };
    match value {
        "submit" => Ok(FormAction::Submit),
        "draft" => Ok(FormAction::SaveDraft),
        _ => {
            if let Some(g) = value.strip_prefix("add:")
                && is_group(g)
            {
                return Ok(FormAction::AddRow {
                    group: g.to_string(),
                });
            }
            if let Some(rest) = value.strip_prefix("remove:")
                && let Some((g, n)) = rest.rsplit_once(':')
                && is_group(g)
                && let Ok(row) = n.parse()
            {
                return Ok(FormAction::RemoveRow {
                    group: g.to_string(),
                    row,
                });
            }
            Err(FormDataError::UnknownAction)
        }
    }
}

/// The JSON value of one question's fields, `None` when left empty.
fn convert(q: &Question, values: &[String]) -> Option<Value> {
    let last = || values.iter().rev().find(|v| !v.trim().is_empty());
    match &q.kind {
        QuestionKind::MultipleChoice { .. } => {
            let codes: Vec<Value> = values
                .iter()
                .filter(|v| !v.is_empty())
                .map(|v| Value::String(v.clone()))
                .collect();
            (!codes.is_empty()).then_some(Value::Array(codes))
        }
        QuestionKind::SingleChoice { .. } => last().map(|v| Value::String(v.clone())),
        QuestionKind::Scale { .. } => last().map(|v| {
            let t = v.trim();
            if t == "na" {
                Value::String("na".into())
            } else {
                t.parse::<i64>()
                    .map(Value::from)
                    .unwrap_or_else(|_| Value::String(v.clone()))
            }
        }),
        QuestionKind::YesNo => last().map(|v| match v.trim() {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => Value::String(v.clone()),
        }),
        QuestionKind::ShortText { .. } | QuestionKind::LongText { .. } => {
            last().map(|v| Value::String(v.replace("\r\n", "\n").replace('\r', "\n")))
        }
        QuestionKind::Number { .. } => {
            last().map(|v| parse_number(v).unwrap_or_else(|| Value::String(v.clone())))
        }
        QuestionKind::Date { .. } => last().map(|v| {
            let t = v.trim();
            if parse_date(t).is_some() {
                Value::String(t.to_string())
            } else {
                parse_dotted_date(t).unwrap_or_else(|| Value::String(v.clone()))
            }
        }),
        QuestionKind::Group { .. } | QuestionKind::Info => None,
        _ => None,
    }
}

/// Reads `2,5`, `-3`, `1 200`, `−4.25` (spaces and no-break spaces as digit groups, a decimal
/// comma or point, a typographic minus). Whole numbers become JSON integers.
pub(crate) fn parse_number(s: &str) -> Option<Value> {
    let cleaned: String = s
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .map(|c| match c {
            ',' => '.',
            '\u{2212}' => '-',
            c => c,
        })
        .collect();
    let digits = cleaned.strip_prefix(['-', '+']).unwrap_or(&cleaned);
    let (whole, frac) = match digits.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (digits, None),
    };
    let ok_whole = whole.bytes().all(|b| b.is_ascii_digit());
    let ok_frac = frac.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()));
    if !ok_whole || !ok_frac || (whole.is_empty() && frac.is_none()) || whole.len() > 15 {
        return None;
    }
    if frac.is_none()
        && let Ok(i) = cleaned.parse::<i64>()
    {
        return Some(Value::from(i));
    }
    let f: f64 = cleaned.parse().ok()?;
    Number::from_f64(f).map(Value::Number)
}

/// Reads `23.11.2026` (or `1.2.2026`) as `2026-11-23`.
fn parse_dotted_date(s: &str) -> Option<Value> {
    let mut parts = s.split('.');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some()
        || y.len() != 4
        || d.is_empty()
        || d.len() > 2
        || m.is_empty()
        || m.len() > 2
    {
        return None;
    }
    let iso = format!("{y}-{m:0>2}-{d:0>2}");
    parse_date(&iso).map(|_| Value::String(iso))
}
