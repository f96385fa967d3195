//! A key given twice in a response's JSON is refused at any depth, with the path of the key
//! and its line and column, and never with a value: JSON parsers disagree on which of two
//! values wins, so a repeated key could change a score unseen.

use arvio_core::response::{AnswerValue, ParseErrorKind};
use arvio_core::{Response, ResponseParseError};
use proptest::prelude::*;
use serde_json::{Map, Value, json};

/// A response around `answers` (JSON text), the answers starting on line 3.
fn response(answers: &str) -> String {
    format!(
        "{{\"form\": \"family-self-assessment\", \"form_version\": \"1.2.0\",\n\
         \"language\": \"fi\", \"status\": \"draft\",\n\
         \"answers\": {answers}}}"
    )
}

fn duplicate(err: &ResponseParseError) -> (&str, Option<&str>) {
    match &err.kind {
        ParseErrorKind::DuplicateKey { path, key } => (path.as_str(), key.as_deref()),
        other => panic!("not a duplicate key: {other:?} ({err})"),
    }
}

#[test]
fn a_question_answered_twice_is_refused_with_its_path_and_place() {
    let text = response(r#"{"phase": "start", "phase": "review"}"#);
    let err = Response::from_json(&text).unwrap_err();
    assert_eq!(duplicate(&err), ("answers.phase", Some("phase")));
    assert_eq!((err.line, err.column), (3, 37));
    assert_eq!(err.field.as_deref(), Some("answers"));
    assert_eq!(
        err.to_string(),
        "line 3, column 37: `answers.phase`: key given twice"
    );
}

#[test]
fn a_key_twice_in_a_group_row_is_refused_with_its_path_and_place() {
    let text = response(
        "{\"network\": [\n  {\"person\": \"Mummi\", \"role\": \"grandparent\"},\n  \
         {\"person\": \"Naapuri\", \"role\": \"neighbour\", \"person\": \"Pappa\"}]}",
    );
    let err = Response::from_json(&text).unwrap_err();
    assert_eq!(
        duplicate(&err),
        ("answers.network[1].person", Some("person"))
    );
    assert_eq!((err.line, err.column), (5, 53));
    let shown = err.to_string();
    assert_eq!(
        shown,
        "line 5, column 53: `answers.network[1].person`: key given twice"
    );
    for value in ["Mummi", "Naapuri", "Pappa", "neighbour", "grandparent"] {
        assert!(!shown.contains(value), "{shown}");
    }
}

#[test]
fn a_key_twice_in_a_nested_object_inside_a_value_is_refused() {
    let text = response(r#"{"extra": {"a": [1, {"b": {"c": 1, "c": "secret"}}]}}"#);
    let err = Response::from_json(&text).unwrap_err();
    assert_eq!(duplicate(&err), ("answers.extra.a[1].b.c", Some("c")));
    assert_eq!((err.line, err.column), (3, 49));
    assert!(!err.to_string().contains("secret"));
}

#[test]
fn a_key_not_shaped_like_an_id_is_not_named_nor_anything_under_it() {
    // The repeated key itself could be personal data.
    let text = response(r#"{"network": [{"Matti Meikäläinen": 1, "Matti Meikäläinen": 2}]}"#);
    let err = Response::from_json(&text).unwrap_err();
    assert_eq!(duplicate(&err), ("answers.network[0]", None));
    assert_eq!(
        err.to_string(),
        "line 3, column 72: a key given twice in `answers.network[0]`"
    );
    // So could a key on the way to it: the path stops before that key.
    let text = response(r#"{"extra": {"050 1234567": {"x": 1, "x": 2}}}"#);
    let err = Response::from_json(&text).unwrap_err();
    assert_eq!(duplicate(&err), ("answers.extra", None));
    assert!(!err.to_string().contains("1234567"), "{err}");
    // A key shaped like an id but long is not named either.
    let long = "k".repeat(65);
    let text = response(&format!(r#"{{"{long}": 1, "{long}": 2}}"#));
    let err = Response::from_json(&text).unwrap_err();
    assert_eq!(duplicate(&err), ("answers", None));
    assert_eq!(
        err.to_string(),
        "line 3, column 151: a key given twice in `answers`"
    );
}

#[test]
fn a_top_level_field_twice_keeps_its_error_and_is_a_duplicate_key() {
    let text = r#"{"form": "x", "form_version": "1.0.0", "language": "sv", "language": "fi",
        "status": "draft", "answers": {}}"#;
    let err = Response::from_json(text).unwrap_err();
    assert_eq!(duplicate(&err), ("language", Some("language")));
    assert_eq!(
        (err.field.as_deref(), err.category),
        (Some("language"), "given twice")
    );
    assert_eq!(
        err.to_string(),
        "line 1, column 67: field `language`: given twice"
    );
}

#[test]
fn an_answer_value_read_alone_refuses_a_key_twice_too() {
    let err = serde_json::from_str::<AnswerValue>(r#"[{"a": 1}, {"a": 1, "a": 2}]"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "key given twice at `[1].a` at line 1 column 23"
    );
    let err = serde_json::from_str::<AnswerValue>(r#"{"ä": 1, "ä": 2}"#).unwrap_err();
    assert_eq!(err.to_string(), "a key given twice at line 1 column 14");
    let ok = serde_json::from_str::<AnswerValue>(r#"{"a": {"a": 1}, "b": [{"a": 2}]}"#);
    assert_eq!(ok.unwrap().0, json!({"a": {"a": 1}, "b": [{"a": 2}]}));
}

#[test]
fn other_errors_keep_their_kinds() {
    let err = Response::from_json("{").unwrap_err();
    assert_eq!(err.kind, ParseErrorKind::Json);
    let err = Response::from_json(r#"{"form": "x"}"#).unwrap_err();
    assert_eq!(err.kind, ParseErrorKind::NotAResponse);
    assert_eq!(err.field.as_deref(), Some("form_version"));
}

// ---------------------------------------------------------------------------------------------
// Property: any answers object with one key repeated is refused; without, accepted unchanged.

/// Keys: mostly id-shaped, some not (spaces, letters outside ASCII, punctuation).
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[a-z][a-z0-9_]{0,6}",
        1 => "[A-Za-z ä.\\[\\]\"\\\\-]{0,5}",
    ]
}

fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (-(1i64 << 24)..1i64 << 24).prop_map(|n| Value::from(n as f64 / 64.0)),
        "SECRET[a-z ]{0,5}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 40, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(key(), inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

fn answers() -> impl Strategy<Value = Map<String, Value>> {
    prop::collection::btree_map(key(), value(), 1..5).prop_map(|m| m.into_iter().collect())
}

/// Writes `v` as JSON; in the `target`-th non-empty object (in document order) repeats its
/// key number `which` (modulo its size) with `extra` after the others. Returns whether it did.
fn write(
    v: &Value,
    target: usize,
    which: usize,
    extra: &Value,
    seen: &mut usize,
    out: &mut String,
) {
    match v {
        Value::Array(a) => {
            out.push('[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(x, target, which, extra, seen, out);
            }
            out.push(']');
        }
        Value::Object(m) => {
            let this = if m.is_empty() {
                None
            } else {
                *seen += 1;
                Some(*seen - 1)
            };
            out.push('{');
            for (i, (k, x)) in m.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&serde_json::to_string(k).unwrap());
                out.push(':');
                write(x, target, which, extra, seen, out);
            }
            if this == Some(target) {
                let k = m.keys().nth(which % m.len()).unwrap();
                out.push(',');
                out.push_str(&serde_json::to_string(k).unwrap());
                out.push(':');
                out.push_str(&serde_json::to_string(extra).unwrap());
            }
            out.push('}');
        }
        other => out.push_str(&serde_json::to_string(other).unwrap()),
    }
}

fn objects(v: &Value) -> usize {
    match v {
        Value::Array(a) => a.iter().map(objects).sum(),
        Value::Object(m) => usize::from(!m.is_empty()) + m.values().map(objects).sum::<usize>(),
        _ => 0,
    }
}

proptest! {
    #[test]
    fn one_key_twice_anywhere_is_refused_and_none_twice_is_read_unchanged(
        answers in answers(),
        target in any::<prop::sample::Index>(),
        which in any::<usize>(),
        extra in value(),
    ) {
        let answers = Value::Object(answers);
        let head = "{\"form\":\"f\",\"form_version\":\"1.0.0\",\"language\":\"fi\",\"status\":\"draft\",\"answers\":";

        let mut plain = String::from(head);
        let mut seen = 0;
        write(&answers, usize::MAX, 0, &Value::Null, &mut seen, &mut plain);
        plain.push('}');
        let r = Response::from_json(&plain).expect("no key twice: accepted");
        let read: Map<String, Value> =
            r.answers.into_iter().map(|(k, v)| (k, v.0)).collect();
        prop_assert_eq!(Value::Object(read), answers.clone());

        let n = objects(&answers);
        prop_assert!(n >= 1);
        let mut twice = String::from(head);
        let mut seen = 0;
        write(&answers, target.index(n), which, &extra, &mut seen, &mut twice);
        twice.push('}');
        let err = Response::from_json(&twice).expect_err("a key twice: refused");
        let is_duplicate = matches!(err.kind, ParseErrorKind::DuplicateKey { .. });
        prop_assert!(is_duplicate, "{:?}", err.kind);
        prop_assert_eq!(err.line, 1);
        prop_assert!(err.column > head.len());
        let shown = err.to_string();
        prop_assert!(!shown.contains("SECRET"), "{}", shown);
        if let ParseErrorKind::DuplicateKey { path, key } = &err.kind {
            prop_assert!(path == "answers" || path.starts_with("answers.") , "{}", path);
            if let Some(key) = key {
                prop_assert!(path.ends_with(&format!(".{key}")), "{} {}", path, key);
            }
        }
    }
}
