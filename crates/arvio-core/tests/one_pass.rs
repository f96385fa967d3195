//! `validate_json` (one pass from the bytes) judges every response exactly as
//! `Response::from_slice` followed by `validate_part`: the same errors in the same order, the
//! same typed answers, the same response fields, the same parse errors. Responses are drawn
//! from each built-in form's domain, then bent: answers moved out of their domain, blanked,
//! dropped or given the wrong shape, unknown keys (shaped like ids or not) at the top and in
//! group rows, rows that are not objects, another form or version, keys in any order, strings
//! with escapes, keys given twice, text that is not JSON.

use arvio_core::chrono::NaiveDate;
use arvio_core::model::Part;
use arvio_core::sample::{answered_paths, mutate, sample_response};
use arvio_core::{Form, Response, Status, validate_json, validate_part};
use proptest::prelude::*;
use serde_json::{Value, json};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// A stream of numbers from proptest's seed, so a failure shrinks and replays.
fn stream(seed: u64) -> impl FnMut() -> u64 {
    arvio_core::sample::xorshift(seed)
}

/// Writes `v` as JSON with each object's keys in an order drawn from `next`, non-ASCII
/// characters sometimes written as `\u` escapes, and sometimes a key given twice.
fn write(v: &Value, next: &mut dyn FnMut() -> u64, out: &mut String) {
    match v {
        Value::Object(map) => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            for i in (1..entries.len()).rev() {
                entries.swap(i, (next() % (i as u64 + 1)) as usize);
            }
            out.push('{');
            for (i, (k, v)) in entries.iter().enumerate() {
                if i > 0 {
                    out.push_str(if next().is_multiple_of(2) {
                        ","
                    } else {
                        ",\n  "
                    });
                }
                string(k, next, out);
                out.push(':');
                write(v, next, out);
            }
            if !entries.is_empty() && next().is_multiple_of(401) {
                let (k, v) = entries[(next() % entries.len() as u64) as usize];
                out.push(',');
                string(k, next, out);
                out.push(':');
                write(v, next, out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(item, next, out);
            }
            out.push(']');
        }
        Value::String(s) => string(s, next, out),
        other => out.push_str(&other.to_string()),
    }
}

fn string(s: &str, next: &mut dyn FnMut() -> u64, out: &mut String) {
    let escape = next().is_multiple_of(4);
    let quoted = serde_json::to_string(s).unwrap();
    if !escape {
        out.push_str(&quoted);
        return;
    }
    for c in quoted.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{u:04x}"));
            }
        }
    }
}

/// A value of a shape no question takes, or a blank one.
fn odd_value(pick: u64) -> Value {
    match pick % 9 {
        0 => Value::Null,
        1 => json!(""),
        2 => json!("  \n"),
        3 => json!([]),
        4 => json!({"a": 1, "b": [1, {"c": null}]}),
        5 => json!([null, "x"]),
        6 => json!(3.5),
        7 => json!(["ä", "ä"]),
        _ => json!(true),
    }
}

/// A response for `form` drawn from `seed`, bent in ways chosen by the same stream.
fn bent(form: &Form, seed: u64) -> String {
    let mut next = stream(seed);
    let status = if next().is_multiple_of(3) {
        Status::Draft
    } else {
        Status::Submitted
    };
    let mut r = sample_response(form, "fi", status, today(), &mut next);
    let paths = answered_paths(form, &r);
    for _ in 0..next() % 4 {
        if !paths.is_empty() {
            let p = &paths[(next() % paths.len() as u64) as usize];
            let pick = next();
            mutate(form, &mut r, p, pick);
        }
    }
    let mut v = serde_json::to_value(&r).unwrap();
    let answers = v["answers"].as_object_mut().unwrap();
    let keys: Vec<String> = answers.keys().cloned().collect();
    for _ in 0..next() % 3 {
        if keys.is_empty() {
            break;
        }
        let k = &keys[(next() % keys.len() as u64) as usize];
        match next() % 3 {
            0 => {
                answers.remove(k);
            }
            _ => {
                answers.insert(k.clone(), odd_value(next()));
            }
        }
    }
    if next().is_multiple_of(4) {
        let key = ["zz_extra", "Hello World", "ääkkönen", "intro", "a-b"][(next() % 5) as usize];
        answers.insert(key.to_string(), odd_value(next()));
    }
    if next().is_multiple_of(8) {
        answers.insert("Another Key".into(), json!(1));
    }
    // Group rows: a row that is not an object, a row with a key of another shape.
    for (_, a) in answers.iter_mut() {
        if let Value::Array(rows) = a
            && rows.first().is_some_and(Value::is_object)
        {
            match next() % 5 {
                0 => rows.push(json!("not a row")),
                1 => {
                    let row = rows[0].as_object_mut().unwrap();
                    row.insert("Mystery Key".into(), json!("x"));
                    row.insert("zz_sub".into(), json!(null));
                }
                2 => {
                    let first = rows[0].clone();
                    rows.extend(std::iter::repeat_n(first, 60));
                }
                3 => rows.clear(),
                _ => {}
            }
        }
    }
    match next() % 23 {
        0 => v["form"] = json!("another-form"),
        1 => v["form_version"] = json!("0.0.1"),
        2 => v["status"] = json!("sent"),
        3 => {
            v.as_object_mut().unwrap().remove("answers");
        }
        4 => {
            v.as_object_mut().unwrap().remove("language");
        }
        5 => v["extra"] = json!(1),
        6 => v["answers"] = json!([]),
        _ => {}
    }
    let mut out = String::new();
    write(&v, &mut next, &mut out);
    match next() % 29 {
        0 => {
            let mut at = out.len() / 2;
            while !out.is_char_boundary(at) {
                at -= 1;
            }
            out.truncate(at)
        }
        1 => out.push_str(" x"),
        2 => out = format!("[{out}]"),
        _ => {}
    }
    out
}

fn both(form: &Form, text: &[u8], part: Part) {
    let one = validate_json(form, text, today(), part);
    let two = Response::from_slice(text).map(|r| (validate_part(form, &r, today(), part), r));
    match (one, two) {
        (Ok(one), Ok((v, r))) => {
            assert_eq!(one.validation, v);
            assert_eq!(
                (&one.form, &one.form_version, &one.language, one.status),
                (&r.form, &r.form_version, &r.language, r.status)
            );
        }
        (Err(a), Err(b)) => assert_eq!(a, b),
        (one, two) => panic!(
            "one pass: {:?}, full reader: {:?}",
            one.map(|_| "ok"),
            two.map(|_| "ok")
        ),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn one_pass_judges_as_parse_then_validate(seed in any::<u64>(), form in 0usize..3, part in 0usize..3) {
        let id = arvio_forms::builtin_ids().nth(form).unwrap();
        let form = arvio_forms::builtin(id).unwrap();
        let part = [Part::All, Part::Family, Part::Worker][part];
        let text = bent(&form, seed);
        both(&form, text.as_bytes(), part);
    }

    #[test]
    fn one_pass_agrees_on_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
        let form = arvio_forms::builtin("family-self-assessment").unwrap();
        both(&form, &bytes, Part::All);
    }
}

#[test]
fn every_example_is_valid_in_one_pass() {
    for id in arvio_forms::builtin_ids() {
        let form = arvio_forms::builtin(id).unwrap();
        for lang in ["fi", "sv", "en"] {
            let path = format!(
                "{}/../../examples/responses/{id}-{lang}.json",
                env!("CARGO_MANIFEST_DIR")
            );
            let Ok(text) = std::fs::read(&path) else {
                continue;
            };
            let read = validate_json(&form, &text, today(), Part::All).unwrap();
            assert!(read.validation.is_valid(), "{path}");
            assert_eq!(read.language, lang);
            both(&form, &text, Part::All);
        }
    }
}

#[test]
fn a_key_given_twice_is_the_same_parse_error() {
    let form = arvio_forms::builtin("family-self-assessment").unwrap();
    let text = br#"{"form": "family-self-assessment", "form_version": "1.2.0", "language": "fi",
        "status": "draft", "answers": {"network": [{"role": "friend", "role": "parent"}]}}"#;
    let err = validate_json(&form, text, today(), Part::All).unwrap_err();
    assert_eq!(
        err.to_string(),
        "line 2, column 76: `answers.network[0].role`: key given twice"
    );
    both(&form, text, Part::All);
}

#[test]
fn escaped_and_borrowed_strings_read_alike() {
    let form = arvio_forms::builtin("family-self-assessment").unwrap();
    let plain = std::fs::read_to_string(format!(
        "{}/../../examples/responses/family-self-assessment-fi.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let escaped: String = plain
        .chars()
        .map(|c| {
            if c.is_ascii() {
                c.to_string()
            } else {
                c.encode_utf16(&mut [0; 2])
                    .iter()
                    .map(|u| format!("\\u{u:04x}"))
                    .collect()
            }
        })
        .collect();
    assert_ne!(plain, escaped, "the example has non-ASCII text");
    let a = validate_json(&form, plain.as_bytes(), today(), Part::All).unwrap();
    let b = validate_json(&form, escaped.as_bytes(), today(), Part::All).unwrap();
    assert_eq!(a, b);
    assert!(a.validation.is_valid());
}

/// The bent responses reach what the property is about: most parse, many are invalid, and
/// between them they hold every kind of error the bending makes.
#[test]
fn the_bent_responses_cover_the_cases() {
    let mut parsed = 0;
    let mut kinds = std::collections::BTreeSet::new();
    for seed in 0..600u64 {
        let id = arvio_forms::builtin_ids().nth((seed % 3) as usize).unwrap();
        let form = arvio_forms::builtin(id).unwrap();
        if let Ok(read) = validate_json(&form, bent(&form, seed).as_bytes(), today(), Part::All) {
            parsed += 1;
            kinds.extend(read.validation.errors.iter().map(|e| e.kind.code()));
        }
    }
    assert!(parsed > 350, "{parsed} of 600 parsed");
    for kind in [
        "missing-required",
        "wrong-type",
        "unknown-option",
        "out-of-range",
        "too-many-rows",
        "does-not-apply",
        "unknown-question",
        "wrong-form",
        "wrong-form-version",
    ] {
        assert!(kinds.contains(kind), "no {kind} among {kinds:?}");
    }
}

/// The form version is compared as text, whole: a prefix, a longer text or another version is
/// another version, on both paths.
#[test]
fn the_form_version_must_be_the_whole_text() {
    let form = arvio_forms::builtin("family-self-assessment").unwrap();
    let version = form.version.to_string();
    for (given, same) in [
        (version.clone(), true),
        (version[..version.len() - 1].to_string(), false),
        (format!("{version}0"), false),
        (format!("{version}-beta.1"), false),
        (format!(" {version}"), false),
        (String::new(), false),
    ] {
        let text = format!(
            r#"{{"form": "family-self-assessment", "form_version": "{given}", "language": "fi",
                "status": "draft", "answers": {{}}}}"#
        );
        let read = validate_json(&form, text.as_bytes(), today(), Part::All).unwrap();
        let codes: Vec<_> = read
            .validation
            .errors
            .iter()
            .map(|e| e.kind.code())
            .collect();
        assert_eq!(codes.is_empty(), same, "{given:?}: {codes:?}");
        both(&form, text.as_bytes(), Part::All);
    }
}
