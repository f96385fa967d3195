//! Characters no answer may hold (`arvio_core::chars`) in the fill-in form: the CRLF and lone
//! CR a browser sends from a textarea become LF before validation, and a control character
//! that was typed is shown back as U+FFFD beside its validation error.

use arvio_core::chrono::NaiveDate;
use arvio_core::render::{Filled, IdTexts, Output, RenderContext, Renderer};
use arvio_core::{ErrorKind, Form, Response, parse_form, score, validate};
use arvio_html::{HtmlRenderer, parse_submission};
use serde_json::json;

const FORM: &str = include_str!("../../arvio-core/tests/forms/chars.toml");

fn form() -> Form {
    parse_form(FORM, "chars.toml").unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn refill(form: &Form, r: &Response) -> String {
    let v = validate(form, r, today());
    let s = score(form, &v.answers);
    match HtmlRenderer::new()
        .render(&RenderContext::refill(
            form,
            &IdTexts,
            Filled::new(r, &v, &s),
        ))
        .unwrap()
    {
        Output::Text(s) => s,
        Output::Bytes(_) => panic!("html renders text"),
    }
}

#[test]
fn crlf_and_lone_cr_from_a_textarea_become_lf_and_validate() {
    let form = form();
    let body = "_action=submit&name=Liisa%0D%0A\
        &story=Rivi+1%0D%0ARivi+2%0DRivi+3%0A%0D%0A%09Loppu\
        &people%5B0%5D.note=a%0D%0Ab%0Dc";
    let s = parse_submission(&form, body.as_bytes(), "fi").unwrap();
    let answers = serde_json::to_value(&s.response.answers).unwrap();
    assert_eq!(
        answers,
        json!({
            "name": "Liisa\n",
            "story": "Rivi 1\nRivi 2\nRivi 3\n\n\tLoppu",
            "people": [{"note": "a\nb\nc"}],
        })
    );
    let v = validate(&form, &s.response, today());
    assert_eq!(v.errors, vec![]);
}

#[test]
fn a_typed_control_character_is_shown_back_as_replacement_with_its_error() {
    let form = form();
    // ESC ] 52 ; c ; … BEL (a clipboard write), and RLO in a group row.
    let body = "_action=submit&story=Alku%1B%5D52%3Bc%3BSGVsbG8%3D%07loppu\
        &people%5B0%5D.note=x%E2%80%AEy";
    let s = parse_submission(&form, body.as_bytes(), "fi").unwrap();
    let v = validate(&form, &s.response, today());
    let kinds: Vec<(String, ErrorKind)> = v
        .errors
        .iter()
        .map(|e| (e.path.to_string(), e.kind.clone()))
        .collect();
    assert_eq!(
        kinds,
        vec![
            (
                "story".to_string(),
                ErrorKind::ControlCharacter {
                    code_point: 0x1B,
                    at: 4
                }
            ),
            (
                "people[0].note".to_string(),
                ErrorKind::ControlCharacter {
                    code_point: 0x202E,
                    at: 1
                }
            ),
        ]
    );
    let page = refill(&form, &s.response);
    for bad in ['\u{1b}', '\u{7}', '\u{202e}'] {
        assert!(!page.contains(bad), "U+{:04X} in the page", bad as u32);
    }
    assert!(
        page.contains(">\nAlku\u{fffd}]52;c;SGVsbG8=\u{fffd}loppu</textarea>"),
        "{page}"
    );
    assert!(page.contains(">\nx\u{fffd}y</textarea>"), "{page}");
    assert_eq!(
        page.matches("arvio-error-control-character").count(),
        4,
        "{page}"
    );
}
