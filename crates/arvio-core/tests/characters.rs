//! Characters no answer may hold (`arvio_core::chars`): each text answer holding one gets
//! exactly one `ControlCharacter` error naming the code point and the position, never the
//! text; TAB and LF pass; a renderer's answer text shows U+FFFD in their place.

use arvio_core::render::IdTexts;
use arvio_core::render::view::answer_text;
use arvio_core::{Answer, ErrorKind, Response, parse_form, validate};
use chrono::NaiveDate;
use serde_json::{Value, json};

const FORM: &str = include_str!("forms/chars.toml");

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn response(status: &str, answers: Value) -> Response {
    Response::from_value(json!({
        "form": "chars", "form_version": "1.0.0", "language": "fi",
        "status": status, "answers": answers,
    }))
    .unwrap()
}

fn errors(status: &str, answers: Value) -> Vec<(String, ErrorKind)> {
    let form = parse_form(FORM, "chars.toml").unwrap();
    validate(&form, &response(status, answers), today())
        .errors
        .into_iter()
        .map(|e| (e.path.to_string(), e.kind))
        .collect()
}

fn control(code_point: u32, at: usize) -> ErrorKind {
    ErrorKind::ControlCharacter { code_point, at }
}

/// ESC, BEL, NUL, CR, RLO (U+202E) and LRI (U+2066), each alone in a short text, a long text
/// and both text sub-questions of a group row: one error per answer, at the right path.
#[test]
fn each_disallowed_character_gives_one_error_per_answer() {
    for (c, cp) in [
        ('\u{1b}', 0x1B),
        ('\u{7}', 0x07),
        ('\u{0}', 0x00),
        ('\r', 0x0D),
        ('\u{202e}', 0x202E),
        ('\u{2066}', 0x2066),
    ] {
        for status in ["draft", "submitted"] {
            let got = errors(
                status,
                json!({
                    "name": format!("Matti{c}"),
                    "story": format!("{c}Alku\n\tja loppu{c}{c}"),
                    "people": [
                        {"who": "Äiti", "note": "ok"},
                        {"who": format!("Is{c}ä"), "note": format!("rivi\nrivi{c}")},
                    ],
                }),
            );
            assert_eq!(
                got,
                vec![
                    ("name".to_string(), control(cp, 5)),
                    ("story".to_string(), control(cp, 0)),
                    ("people[1].who".to_string(), control(cp, 2)),
                    ("people[1].note".to_string(), control(cp, 9)),
                ],
                "U+{cp:04X}, {status}"
            );
        }
    }
}

#[test]
fn the_first_disallowed_character_is_named() {
    let got = errors(
        "draft",
        json!({"story": "ok \u{1b}]52;c;SGVsbG8=\u{7}\r\n\u{202e}"}),
    );
    assert_eq!(got, vec![("story".to_string(), control(0x1B, 3))]);
}

#[test]
fn tab_and_lf_in_long_texts_pass() {
    let got = errors(
        "submitted",
        json!({
            "name": "Liisa\tMatti",
            "story": "Ensimmäinen rivi\n\n\tSisennetty rivi\nViimeinen",
            "people": [{"who": "Mummo", "note": "a\nb\tc"}],
        }),
    );
    assert_eq!(got, vec![]);
    let form = parse_form(FORM, "chars.toml").unwrap();
    let v = validate(
        &form,
        &response("submitted", json!({"story": "a\n\tb"})),
        today(),
    );
    assert_eq!(v.answers.get("story"), Some(&Answer::Text("a\n\tb".into())));
}

#[test]
fn an_invalid_text_is_left_out_of_the_answers() {
    let form = parse_form(FORM, "chars.toml").unwrap();
    let v = validate(
        &form,
        &response("draft", json!({"name": "a\u{1b}b", "story": "fine"})),
        today(),
    );
    assert_eq!(v.answers.get("name"), None);
    assert!(v.answers.is_invalid("name"));
    assert_eq!(v.answers.get("story"), Some(&Answer::Text("fine".into())));
}

/// The error names the code point and the position, in `Display` and as data, never the
/// text around it.
#[test]
fn the_error_carries_no_answer_content() {
    let secret = "Salainen diagnoosi 4711";
    let form = parse_form(FORM, "chars.toml").unwrap();
    let v = validate(
        &form,
        &response(
            "draft",
            json!({"people": [{"who": format!("{secret}\u{202e}")}]}),
        ),
        today(),
    );
    assert_eq!(v.errors.len(), 1);
    let e = &v.errors[0];
    assert_eq!(e.kind.code(), "control-character");
    assert_eq!(
        e.to_string(),
        "people[0].who: holds a character that answers may not hold (U+202E, character 23)"
    );
    assert_eq!(
        serde_json::to_value(e).unwrap(),
        json!({"path": "people[0].who", "question": "people", "kind": "control-character",
               "code_point": 0x202E, "at": 23})
    );
    let all = format!("{e} {e:?} {}", serde_json::to_string(&v).unwrap());
    assert!(!all.contains("Salainen"), "{all}");
}

/// Defence in depth: an answer that reaches a renderer without validation shows U+FFFD in
/// place of each disallowed character, alone and inside a group row.
#[test]
fn answer_text_replaces_disallowed_characters() {
    let form = parse_form(FORM, "chars.toml").unwrap();
    let story = form.question("story").unwrap();
    let raw = "a\u{1b}]52;c;SGVsbG8=\u{7}\r\n\u{202e}b\tc";
    assert_eq!(
        answer_text(story, &Answer::Text(raw.into()), &IdTexts),
        "a\u{fffd}]52;c;SGVsbG8=\u{fffd}\u{fffd}\n\u{fffd}b\tc"
    );
    let people = form.question("people").unwrap();
    let row: arvio_core::validate::Row = [("who".to_string(), Answer::Text("X\u{0}".into()))]
        .into_iter()
        .collect();
    assert_eq!(
        answer_text(people, &Answer::Group(vec![row]), &IdTexts),
        "1. c-who: X\u{fffd}"
    );
}

/// Characters on both sides of every boundary of the policy, and ones whose UTF-8 starts
/// with the same byte as a disallowed one (`€` is `E2 82 AC`, `Ø` is `C3 98`, `؛` is `D8 9B`).
const NEAR: &[char] = &[
    'a', ' ', '\t', '\n', '\r', '\u{0}', '\u{8}', '\u{B}', '\u{1F}', '\u{7E}', '\u{7F}', '\u{80}',
    '\u{9F}', '\u{A0}', 'Ø', '\u{61B}', '\u{61C}', '\u{61D}', '\u{200D}', '\u{200E}', '\u{200F}',
    '\u{2010}', '\u{2027}', '\u{2028}', '\u{2029}', '\u{202A}', '\u{202E}', '\u{202F}', '\u{2065}',
    '\u{2066}', '\u{2069}', '\u{206A}', '€', 'ä', '😀',
];

proptest::proptest! {
    /// The byte scan that lets most texts skip decoding finds exactly what decoding every
    /// character finds.
    #[test]
    fn first_disallowed_agrees_with_a_scan_of_every_character(
        picks in proptest::collection::vec(0..NEAR.len(), 0..200),
    ) {
        let s: String = picks.iter().map(|&i| NEAR[i]).collect();
        let naive = s.chars().enumerate().find(|&(_, c)| arvio_core::chars::is_disallowed(c));
        proptest::prop_assert_eq!(arvio_core::chars::first_disallowed(&s), naive);
    }
}
