//! The family's part: the server is for families, so its pages offer only the family's (and
//! the child's) questions, and a posted field naming a worker question is refused.
//!
//! Why refuse rather than drop: the pages the server makes have no worker field, so such a
//! field means a tampered page (or a page made before the server offered only the family's
//! part); dropping it silently would hide that, and storing it would let a family fill in the
//! worker's part. The whole post gets a `400` page and nothing is stored, the same as for a
//! field the form does not have. A worker field left empty is refused too: the family's page
//! never has one.

use arvio_core::model::{Form, Part, Question, QuestionKind};
use arvio_core::{AnswerValue, Response};
use arvio_html::FormAction;
use serde_json::Value;

/// The part of every form the server offers.
pub(crate) const PART: Part = Part::Family;

fn offered(q: &Question) -> bool {
    PART.covers(q.audience)
}

/// Whether a posted body names a question (or a group's sub-question) outside the family's
/// part, or its button adds or removes a row of such a group. Names that are no question of
/// the form are left to the form-data parser (which refuses them too).
pub(crate) fn names_worker_field(form: &Form, body: &[u8], action: &FormAction) -> bool {
    let group_offered = |id: &str| form.question(id).is_none_or(offered);
    match action {
        FormAction::AddRow { group } | FormAction::RemoveRow { group, .. }
            if !group_offered(group) =>
        {
            return true;
        }
        _ => {}
    }
    form_urlencoded::parse(body).any(|(name, _)| {
        if name.starts_with('_') {
            return false;
        }
        let Some((id, rest)) = name.split_once('[') else {
            return form.question(&name).is_some_and(|q| !offered(q));
        };
        let Some(q) = form.question(id) else {
            return false;
        };
        if !offered(q) {
            return true;
        }
        let sub = rest.split_once("].").map_or("", |(_, sub)| sub);
        match &q.kind {
            QuestionKind::Group { questions, .. } => {
                questions.iter().any(|sq| sq.id == sub && !offered(sq))
            }
            _ => false,
        }
    })
}

/// Drops the answers to questions outside the family's part (whole questions, and a group's
/// sub-questions row by row). For a draft stored before the server offered only the family's
/// part: its page cannot show those answers, so they are not validated into errors the family
/// cannot see or fix (and the next save, made from the page, leaves them out anyway).
pub(crate) fn family_answers(form: &Form, response: &mut Response) {
    response.answers.retain(|id, AnswerValue(value)| {
        let Some(q) = form.question(id) else {
            // Not a question of this form: kept, so validation still reports it.
            return true;
        };
        if !offered(q) {
            return false;
        }
        if let (QuestionKind::Group { questions, .. }, Value::Array(rows)) = (&q.kind, value) {
            for row in rows.iter_mut().filter_map(Value::as_object_mut) {
                row.retain(|sub, _| {
                    questions
                        .iter()
                        .find(|sq| sq.id == *sub)
                        .is_none_or(offered)
                });
            }
        }
        true
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn worker_ids(form: &Form) -> Vec<String> {
        form.questions()
            .filter(|(_, q)| q.takes_answer() && !offered(q))
            .map(|(_, q)| q.id.clone())
            .collect()
    }

    #[test]
    fn worker_fields_are_found_by_name() {
        let form = arvio_forms::builtin("caregiver-support").unwrap();
        let workers = worker_ids(&form);
        assert!(!workers.is_empty());
        let draft = FormAction::SaveDraft;
        for id in &workers {
            let body = format!("_rev=0&_action=draft&siblings=1&{id}=");
            assert!(names_worker_field(&form, body.as_bytes(), &draft), "{id}");
        }
        assert!(!names_worker_field(
            &form,
            b"_rev=0&siblings=1&guardians[0].name=A&nope=1&x[0].y=2",
            &draft
        ));
    }

    /// A worker group, and a worker sub-question in a family group: their fields, and the
    /// buttons adding or removing a worker group's rows, are refused.
    #[test]
    fn worker_groups_and_sub_questions_are_refused() {
        let form = arvio_core::parse_form(
            r#"
id = "rows"
version = "1.0.0"
title = "r-title"

[[sections]]
id = "family"
title = "r-family"

[[sections.questions]]
id = "people"
kind = "group"
label = "r-people"
max_rows = 3

[[sections.questions.questions]]
id = "name"
kind = "short_text"
label = "r-name"
max_length = 100

[[sections.questions.questions]]
id = "risk"
kind = "short_text"
label = "r-risk"
audience = "worker"
max_length = 100

[[sections]]
id = "worker"
title = "r-worker"
audience = "worker"

[[sections.questions]]
id = "visits"
kind = "group"
label = "r-visits"
max_rows = 3

[[sections.questions.questions]]
id = "place"
kind = "short_text"
label = "r-place"
max_length = 100
"#,
            "rows.toml",
        )
        .unwrap();
        let draft = FormAction::SaveDraft;
        assert!(!names_worker_field(&form, b"people[0].name=A", &draft));
        assert!(names_worker_field(
            &form,
            b"people[0].name=A&people[0].risk=",
            &draft
        ));
        assert!(names_worker_field(&form, b"visits[0].place=x", &draft));
        let add = FormAction::AddRow {
            group: "visits".into(),
        };
        assert!(names_worker_field(&form, b"people[0].name=A", &add));
        let remove = FormAction::RemoveRow {
            group: "visits".into(),
            row: 0,
        };
        assert!(names_worker_field(&form, b"", &remove));
        let add = FormAction::AddRow {
            group: "people".into(),
        };
        assert!(!names_worker_field(&form, b"people[0].name=A", &add));

        let mut r = Response::new(&form, "fi");
        r.answers.insert(
            "people".into(),
            AnswerValue(serde_json::json!([{"name": "A", "risk": "x"}])),
        );
        r.answers.insert(
            "visits".into(),
            AnswerValue(serde_json::json!([{"place": "y"}])),
        );
        family_answers(&form, &mut r);
        assert_eq!(r.answers.len(), 1);
        assert_eq!(r.answers["people"].0, serde_json::json!([{"name": "A"}]));
    }

    #[test]
    fn worker_answers_are_dropped_from_a_stored_draft() {
        let form = arvio_forms::builtin("caregiver-support").unwrap();
        let mut r = Response::from_json(include_str!(
            "../../../examples/responses/caregiver-support-fi.json"
        ))
        .unwrap();
        r.answers
            .insert("nope".into(), AnswerValue(serde_json::json!(1)));
        let before = r.answers.len();
        family_answers(&form, &mut r);
        let workers = worker_ids(&form);
        assert!(r.answers.keys().all(|k| !workers.contains(k)));
        assert!(r.answers.len() < before);
        assert!(r.answers.contains_key("nope") && r.answers.contains_key("guardians"));
    }
}
