//! Validation errors and score reports as JSON data, with their texts in the reader's
//! language: the output of `arvio validate --json` and `arvio score --json`, and the same
//! shapes in arvio-serve's API. Never an answer's content.

use crate::error_message;
use arvio_core::render::{Texts, view};
use arvio_core::{AnswerValue, CopyFor, Form, Response, ScoreReport, ScoreResult, Validation};
use serde_json::{Map, Value, json};

/// The validation errors as JSON: each error's path, kind (with its parameters) and question,
/// and its message in the reader's language (docs/validate-output.schema.json). Never an
/// answer's content.
pub fn errors_json(form: &Form, v: &Validation, t: &dyn Texts) -> Vec<serde_json::Value> {
    v.errors
        .iter()
        .map(|e| {
            let mut item = serde_json::to_value(e).unwrap_or_default();
            if let Some(obj) = item.as_object_mut() {
                obj.insert("message".into(), error_message(t, form, e).into());
            }
            item
        })
        .collect()
}

/// The output of `validate --json`: `{"valid": bool, "errors": [...]}`.
pub fn validation_json(form: &Form, v: &Validation, t: &dyn Texts) -> serde_json::Value {
    json!({
        "valid": v.is_valid(),
        "errors": errors_json(form, v, t),
    })
}

/// The scores alone as JSON, with texts in the chosen language (the `scores` member of
/// [`score_json`]).
pub fn scores_json(report: &ScoreReport, t: &dyn Texts) -> Vec<serde_json::Value> {
    report.scores.iter().map(|s| score_value(s, t)).collect()
}

/// The scores a copy may show, as [`scores_json`] writes them (the `scores` member of
/// [`summary_json`] and of `arvio batch`'s report lines).
pub fn copy_scores_json(
    form: &Form,
    report: &ScoreReport,
    copy: CopyFor,
    t: &dyn Texts,
) -> Vec<serde_json::Value> {
    report
        .scores
        .iter()
        .filter(|s| {
            form.scores
                .iter()
                .find(|d| d.id == s.id)
                .is_some_and(|d| view::score_shows(form, copy, d))
        })
        .map(|s| score_value(s, t))
        .collect()
}

/// One score as JSON.
fn score_value(s: &ScoreResult, t: &dyn Texts) -> serde_json::Value {
    json!({
        "id": s.id,
        "name": t.message(&s.label),
        "value": s.value,
        "range": [s.range.0, s.range.1],
        "completeness": s.completeness,
        "answered": s.answered,
        "items": s.items,
        "band": s.band.as_ref().map(|b| json!({
            "code": b.code,
            "text": t.message(&b.label),
            "overridden": b.overridden,
        })),
    })
}

/// The score report as JSON (`score --json`), with texts in the chosen language.
pub fn score_json(
    form: &Form,
    report: &ScoreReport,
    v: &Validation,
    t: &dyn Texts,
) -> serde_json::Value {
    json!({
        "form": report.form,
        "form_version": report.form_version,
        "language": t.language(),
        "valid": v.is_valid(),
        "errors": errors_json(form, v, t),
        "scores": scores_json(report, t),
    })
}

/// The JSON summary of a response as one copy shows it (arvio-serve's `format=json` summary
/// and `arvio batch --to json`): [`score_json`] with only the errors and scores the copy may
/// show, plus `copy` (`worker` or `family`) and `answers` (the response's answers to the
/// questions the copy shows, as sent).
pub fn summary_json(
    form: &Form,
    report: &ScoreReport,
    v: &Validation,
    response: &Response,
    copy: CopyFor,
    t: &dyn Texts,
) -> Value {
    let mut out = score_json(form, report, v, t);
    let shows = |qid: &str| form.question(qid).is_none_or(|q| copy.shows(q));
    let Some(obj) = out.as_object_mut() else {
        return out;
    };
    if let Some(Value::Array(errors)) = obj.get_mut("errors") {
        errors.retain(|e| e.get("question").and_then(Value::as_str).is_none_or(shows));
    }
    obj.insert(
        "scores".into(),
        Value::Array(copy_scores_json(form, report, copy, t)),
    );
    let answers: Map<String, Value> = response
        .answers
        .iter()
        .filter(|(k, _)| form.question(k).is_some_and(|q| copy.shows(q)))
        .map(|(k, AnswerValue(v))| (k.clone(), v.clone()))
        .collect();
    obj.insert("copy".into(), copy.name().into());
    obj.insert("answers".into(), Value::Object(answers));
    out
}
