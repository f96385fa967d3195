//! Integration tests of the HTML renderer: structure, refill, summary, escaping, form data,
//! and a golden file of one blank form (`ARVIO_UPDATE_GOLDEN=1 cargo test -p arvio-html`
//! rewrites it).

use arvio_core::chrono::NaiveDate;
use arvio_core::render::{Arg, Filled, IdTexts, Output, RenderContext, Renderer, Texts};
use arvio_core::{Response, Status, score, validate};
use arvio_forms::{builtin, builtin_ids};
use arvio_html::{FormAction, FormDataError, HtmlRenderer, parse_form_data, parse_submission};
use arvio_i18n::Localizer;
use serde_json::json;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn html(out: Output) -> String {
    match out {
        Output::Text(s) => s,
        Output::Bytes(_) => panic!("html renders text"),
    }
}

fn example(id: &str, lang: &str) -> Response {
    let path = format!(
        "{}/../../examples/responses/{id}-{lang}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    Response::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn render_blank(id: &str, t: &dyn Texts) -> String {
    let form = builtin(id).unwrap();
    html(
        HtmlRenderer::new()
            .render(&RenderContext::blank(&form, t))
            .unwrap(),
    )
}

fn render_filled(id: &str, t: &dyn Texts, resp: &Response, summary: bool) -> String {
    let form = builtin(id).unwrap();
    let v = validate(&form, resp, today());
    let s = score(&form, &v.answers);
    let f = Filled::new(resp, &v, &s);
    let cx = if summary {
        RenderContext::summary(&form, t, f)
    } else {
        RenderContext::refill(&form, t, f)
    };
    html(HtmlRenderer::new().with_today(today()).render(&cx).unwrap())
}

mod structure {
    use super::*;

    #[test]
    fn every_form_in_every_language_is_a_complete_document() {
        for id in builtin_ids() {
            for lang in ["fi", "sv", "en"] {
                let t = Localizer::new(&[lang]);
                let page = render_blank(id, &t);
                assert!(page.starts_with(&format!("<!DOCTYPE html>\n<html lang=\"{lang}\">")));
                assert!(page.ends_with("</html>\n"));
                assert_eq!(page.matches("<h1>").count(), 1, "{id} {lang}");
                assert_eq!(page.matches("<form method=\"post\"").count(), 1);
                assert!(!page.contains("<script"), "no script needed");
                assert!(
                    !page.contains("(teksti puuttuu)"),
                    "{id} {lang}: missing text"
                );
                let form = builtin(id).unwrap();
                assert_eq!(page.matches("<h2 ").count(), form.sections.len());
                // Every text input and textarea has a label pointing at it.
                for cap in page.split("<input type=\"text\"").skip(1) {
                    let id_attr = cap
                        .split("id=\"")
                        .nth(1)
                        .unwrap()
                        .split('"')
                        .next()
                        .unwrap();
                    assert!(
                        page.contains(&format!("<label for=\"{id_attr}\">")),
                        "{id_attr}"
                    );
                }
                assert!(t.warnings().is_empty(), "{id} {lang}: {:?}", t.warnings());
            }
        }
    }

    #[test]
    fn required_is_said_in_words_and_conditions_are_explained() {
        let fi = Localizer::new(&["fi"]);
        let page = render_blank("family-self-assessment", &fi);
        assert!(page.contains("<span class=\"req\">(Pakollinen)</span>"));
        // The partner questions depend on "has_partner".
        let label = fi.message("fsa-has-partner");
        let note = format!("Vastaa, jos ”{label}”: Kyllä.");
        assert!(
            page.contains(&arvio_html::escape::text_string(&note)),
            "{note}"
        );
    }

    /// Condition words and quotation marks are messages: with IdTexts each is its id.
    #[test]
    fn condition_words_come_from_the_texts() {
        let page = render_blank("family-self-assessment", &IdTexts);
        let note = "arvio-answer-if arvio-quote-openfsa-has-partnerarvio-quote-close: arvio-yes.";
        assert!(page.contains(note), "{note}");
        let en = render_blank("family-self-assessment", &Localizer::new(&["en"]));
        let label = Localizer::new(&["en"]).message("fsa-has-partner");
        let note = format!("Answer this if “{label}”: Yes.");
        assert!(
            en.contains(&arvio_html::escape::text_string(&note)),
            "{note}"
        );
    }

    #[test]
    fn worker_only_questions_are_rendered_and_marked() {
        let en = Localizer::new(&["en"]);
        let page = render_blank("caregiver-support", &en);
        assert!(page.contains("<span class=\"worker\""));
        assert!(page.contains("Filled in by the worker"));
    }

    #[test]
    fn radio_groups_are_fieldsets_with_legends_and_help_is_described() {
        let page = render_blank("family-self-assessment", &IdTexts);
        assert!(page.contains(
            "<fieldset class=\"q required\" aria-describedby=\"q-phase-help\">\n<legend>fsa-phase <span class=\"req\">(arvio-required)</span></legend>"
        ));
        assert!(page.contains("<input type=\"radio\" id=\"q-phase\" name=\"phase\" value=\"start\"><label for=\"q-phase\">fsa-phase-start</label>"));
        assert!(
            page.contains(
                "<input type=\"radio\" id=\"q-phase--1\" name=\"phase\" value=\"review\">"
            )
        );
    }

    #[test]
    fn golden_blank_form() {
        let page = render_blank("family-self-assessment", &Localizer::new(&["fi"]));
        let path = format!(
            "{}/tests/golden/family-self-assessment-fi.html",
            env!("CARGO_MANIFEST_DIR")
        );
        if std::env::var_os("ARVIO_UPDATE_GOLDEN").is_some() {
            std::fs::write(&path, &page).unwrap();
        }
        let want = std::fs::read_to_string(&path)
            .expect("golden file missing: run ARVIO_UPDATE_GOLDEN=1 cargo test -p arvio-html");
        assert!(
            want == page,
            "rendered form differs from {path}; if intended, run ARVIO_UPDATE_GOLDEN=1 cargo test -p arvio-html"
        );
    }
}

mod refill {
    use super::*;

    #[test]
    fn errors_are_summarised_linked_and_tied_to_fields() {
        let fi = Localizer::new(&["fi"]);
        let mut resp = example("family-self-assessment", "fi");
        resp.answers.remove("phase");
        resp.answers
            .insert("children_count".into(), json!("kolme").into());
        let page = render_filled("family-self-assessment", &fi, &resp, false);
        assert!(page.contains("<div class=\"error-summary\" role=\"alert\""));
        assert!(page.contains("<title>Lomakkeessa on 2 virhettä: "));
        let phase = fi.message("fsa-phase");
        let missing =
            format!("<li><a href=\"#q-phase\">Kysymykseen ”{phase}” tarvitaan vastaus.</a></li>");
        assert!(page.contains(&missing), "{missing}");
        assert!(page.contains("<a href=\"#q-children_count\">"));
        // The wrong value is shown again, marked invalid and described by its message.
        assert!(page.contains("id=\"q-children_count\" name=\"children_count\" aria-required=\"true\" aria-invalid=\"true\" aria-describedby=\"q-children_count-err-0\" value=\"kolme\""), "{page}");
        assert!(page.contains("<p class=\"error\" id=\"q-children_count-err-0\">"));
        // Radios of the missing question are invalid too.
        assert!(page.contains("<input type=\"radio\" id=\"q-phase\" name=\"phase\" value=\"start\" aria-invalid=\"true\">"));
        // Everything else they answered is still there.
        assert!(page.contains("name=\"filled_on\" aria-required=\"true\" value=\"2026-03-12\""));
        assert!(page.contains("name=\"respondents\" value=\"parent\" checked"));
        assert!(page.contains("name=\"has_partner\" value=\"true\" checked"));
    }

    #[test]
    fn every_raw_value_comes_back() {
        let form = builtin("caregiver-support").unwrap();
        let resp = example("caregiver-support", "fi");
        let page = render_filled("caregiver-support", &Localizer::new(&["fi"]), &resp, false);
        for (k, v) in &resp.answers {
            let q = form.question(k).unwrap();
            match &v.0 {
                serde_json::Value::String(s)
                    if matches!(q.kind, arvio_core::QuestionKind::SingleChoice { .. }) =>
                {
                    assert!(
                        page.contains(&format!("name=\"{k}\" value=\"{s}\" checked")),
                        "{k}"
                    )
                }
                serde_json::Value::String(s) => {
                    assert!(page.contains(&arvio_html::escape::text_string(s)), "{k}")
                }
                _ => {}
            }
        }
        assert!(page.contains("name=\"guardians[1].name\""));
    }

    #[test]
    fn an_invalid_date_is_shown_as_text() {
        let mut resp = example("family-self-assessment", "fi");
        resp.answers
            .insert("filled_on".into(), json!("31.2.2026").into());
        let page = render_filled("family-self-assessment", &IdTexts, &resp, false);
        assert!(page.contains("<input type=\"text\" class=\"short\" id=\"q-filled_on\" name=\"filled_on\" aria-required=\"true\" aria-invalid=\"true\""));
        assert!(page.contains("value=\"31.2.2026\""));
    }
}

mod summary {
    use super::*;

    #[test]
    fn summaries_show_answers_scores_and_no_errors() {
        for id in builtin_ids() {
            for lang in ["fi", "sv", "en"] {
                let t = Localizer::new(&[lang]);
                let resp = example(id, lang);
                let page = render_filled(id, &t, &resp, true);
                assert_eq!(page.matches("<h1>").count(), 1);
                assert!(!page.contains("<form"));
                assert!(!page.contains("class=\"error\""), "{id} {lang} has errors");
                assert!(page.contains("<table class=\"scores\">"), "{id}");
                assert!(t.warnings().is_empty(), "{id} {lang}: {:?}", t.warnings());
            }
        }
    }

    #[test]
    fn family_summary_in_finnish() {
        let fi = Localizer::new(&["fi"]);
        let resp = example("family-self-assessment", "fi");
        let page = render_filled("family-self-assessment", &fi, &resp, true);
        assert!(page.contains("<title>Yhteenveto – "));
        // One heading per column: name (the row headings), value, range, band, completeness.
        assert!(page.contains("<thead><tr><th scope=\"col\">Tulos</th><th scope=\"col\">Arvo</th><th scope=\"col\">Vaihteluväli</th><th scope=\"col\">Tulkinta</th><th scope=\"col\">Kattavuus</th></tr></thead>"));
        let form = builtin("family-self-assessment").unwrap();
        let v = validate(&form, &resp, today());
        let report = score(&form, &v.answers);
        let routines = report.get("routines").unwrap();
        let row = format!(
            "<tr><th scope=\"row\">{}</th><td><span class=\"value\">{}</span></td><td>1–5</td>",
            fi.message(&routines.label),
            fi.number(routines.value.unwrap())
        );
        assert!(page.contains(&row), "{row}");
    }

    #[test]
    fn service_need_summary_lists_deadlines() {
        let en = Localizer::new(&["en"]);
        let resp = example("service-need", "en");
        let page = render_filled("service-need", &en, &resp, true);
        assert!(page.contains("<h2 id=\"s-deadlines\">Deadlines</h2>"));
        assert!(page.contains(
            "<thead><tr><th scope=\"col\">Step</th><th scope=\"col\">Due</th><th scope=\"col\">Done</th><th scope=\"col\">Status</th></tr></thead>"
        ));
        assert!(page.contains(&en.message("sn-deadline-decision")));
    }
}

mod escaping {
    use super::*;

    const PAYLOAD: &str = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>&amp;";

    /// Texts that put markup in every translation.
    struct EvilTexts;
    impl Texts for EvilTexts {
        fn language(&self) -> &str {
            "en\"><script>alert(3)</script>"
        }
        fn message_with(&self, id: &str, _args: &[(&str, Arg<'_>)]) -> String {
            format!("{id}{PAYLOAD}")
        }
        fn number(&self, n: f64) -> String {
            format!("{n}{PAYLOAD}")
        }
        fn date(&self, d: NaiveDate) -> String {
            format!("{d}{PAYLOAD}")
        }
    }

    fn assert_inert(page: &str) {
        assert!(!page.contains("<script"), "script tag leaked");
        assert!(!page.contains("<img"), "img tag leaked");
        assert_eq!(
            page.matches("</textarea>").count(),
            page.matches("<textarea").count()
        );
        assert!(!page.contains("\"'>"), "attribute break-out leaked");
        assert!(!page.contains("onerror=alert(2)>"), "raw markup leaked");
    }

    /// What goes into every text answer: distinct from [`PAYLOAD`] (in the translations), so
    /// each can be counted.
    const ANSWER: &str =
        "<script>alert('answer')</script>\"'><img src=x onerror=alert(4)>&amp;</textarea>";
    /// [`ANSWER`] as it must appear in the page: escaped once, nothing left raw.
    const ANSWER_ESCAPED: &str = "&lt;script&gt;alert(&#39;answer&#39;)&lt;/script&gt;&quot;&#39;&gt;&lt;img src=x onerror=alert(4)&gt;&amp;amp;&lt;/textarea&gt;";
    /// [`PAYLOAD`] escaped.
    const PAYLOAD_ESCAPED: &str = "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&gt;&lt;img src=x onerror=alert(2)&gt;&amp;amp;";

    fn is_text(kind: &arvio_core::QuestionKind) -> bool {
        matches!(
            kind,
            arvio_core::QuestionKind::ShortText { .. } | arvio_core::QuestionKind::LongText { .. }
        )
    }

    /// The example response with [`ANSWER`] in place of every text answer, top level and in
    /// group rows. Returns the response and how many text answers it has.
    fn evil_response(id: &str) -> (Response, usize) {
        let form = builtin(id).unwrap();
        let mut resp = example(id, "en");
        let mut n = 0;
        for (_, q) in form.questions() {
            match &q.kind {
                k if is_text(k) => {
                    if let Some(v) = resp.answers.get_mut(&q.id) {
                        *v = json!(ANSWER).into();
                        n += 1;
                    }
                }
                arvio_core::QuestionKind::Group { questions, .. } => {
                    if let Some(serde_json::Value::Array(rows)) =
                        resp.answers.get_mut(&q.id).map(|v| &mut v.0)
                    {
                        for row in rows.iter_mut().filter_map(|r| r.as_object_mut()) {
                            for sq in questions.iter().filter(|sq| is_text(&sq.kind)) {
                                if let Some(v) = row.get_mut(&sq.id) {
                                    *v = json!(ANSWER);
                                    n += 1;
                                }
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        (resp, n)
    }

    /// Script and markup in every text answer, and in every translation (one run with real
    /// Finnish-free English texts, one with [`EvilTexts`]): the form refilled, the form with
    /// errors and the summary show each answer escaped exactly once per place it is shown,
    /// and nothing raw.
    #[test]
    fn payloads_in_answers_stay_inert_on_form_errors_and_summary() {
        let en = Localizer::new(&["en"]);
        let texts: [(&dyn Texts, bool); 2] = [(&en, false), (&EvilTexts, true)];
        for id in builtin_ids() {
            let form = builtin(id).unwrap();
            let (resp, n) = evil_response(id);
            assert!(n >= 3, "{id}: {n} text answers");
            for (t, evil) in texts {
                let what = format!("{id} (evil translations: {evil})");
                // The form, refilled: every text answer in its field, escaped.
                let form_page = render_filled(id, t, &resp, false);
                assert_inert(&form_page);
                assert_eq!(form_page.matches(ANSWER_ESCAPED).count(), n, "{what}: form");
                assert!(!form_page.contains("role=\"alert\""), "{what}: no errors");
                // The summary: every text answer once.
                let summary = render_filled(id, t, &resp, true);
                assert_inert(&summary);
                assert_eq!(
                    summary.matches(ANSWER_ESCAPED).count(),
                    n,
                    "{what}: summary"
                );
                // The form with errors: a number field holding the payload (wrong type, shown
                // again as typed) and an unknown key shaped like markup.
                let mut bad = resp.clone();
                let (_, number) = form
                    .questions()
                    .find(|(_, q)| matches!(q.kind, arvio_core::QuestionKind::Number { .. }))
                    .expect("every built-in form has a number question");
                bad.answers.insert(number.id.clone(), json!(ANSWER).into());
                bad.answers.insert("x<script>".into(), json!(ANSWER).into());
                let errors = render_filled(id, t, &bad, false);
                assert!(errors.contains("role=\"alert\""), "{what}: errors shown");
                assert_inert(&errors);
                assert_eq!(
                    errors.matches(ANSWER_ESCAPED).count(),
                    n + 1,
                    "{what}: errors"
                );
                // The translations are in the pages, escaped.
                for page in [&form_page, &summary, &errors] {
                    assert_eq!(page.contains(PAYLOAD_ESCAPED), evil, "{what}");
                }
                if evil {
                    assert!(errors.contains(
                        "<html lang=\"en&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;\">"
                    ));
                }
            }
        }
    }

    #[test]
    fn payloads_in_translations_stay_inert() {
        for id in builtin_ids() {
            assert_inert(&render_blank(id, &EvilTexts));
            let resp = example(id, "en");
            let mut bad = resp.clone();
            bad.answers.remove(
                builtin(id)
                    .unwrap()
                    .questions()
                    .next()
                    .unwrap()
                    .1
                    .id
                    .as_str(),
            );
            bad.status = Status::Submitted;
            assert_inert(&render_filled(id, &EvilTexts, &bad, false));
            assert_inert(&render_filled(id, &EvilTexts, &resp, true));
        }
    }

    #[test]
    fn custom_form_ids_with_markup_stay_inert() {
        let toml = r#"
id = "evil"
version = "1.0.0"
title = "t<script>"

[[sections]]
id = "s"
title = "s"

[[sections.questions]]
id = "q"
kind = "short_text"
label = "l\"><img src=x>"
"#;
        // The loader may refuse such ids outright; that is just as safe.
        if let Ok(form) = arvio_core::parse_form(toml, "evil.toml") {
            {
                let page = html(
                    HtmlRenderer::new()
                        .with_hidden("_x\"><script>", "\"><script>")
                        .with_action("/\"><script>")
                        .render(&RenderContext::blank(&form, &IdTexts))
                        .unwrap(),
                );
                assert_inert(&page);
            }
        }
    }
}

mod form_data {
    use super::*;

    fn fsa() -> arvio_core::Form {
        builtin("family-self-assessment").unwrap()
    }

    #[test]
    fn every_kind_is_read_exactly() {
        let body = "_action=submit&_rev=4&filled_on=23.11.2026&phase=start\
            &respondents=parent&respondents=child&children_count=+2+\
            &has_partner=false&routines_mornings=4&routines_meals=na";
        let s = parse_submission(&fsa(), body.as_bytes(), "fi").unwrap();
        assert_eq!(s.action, FormAction::Submit);
        assert_eq!(s.fields.get("_rev").map(String::as_str), Some("4"));
        let r = s.response;
        assert_eq!(r.status, Status::Submitted);
        assert_eq!(r.language, "fi");
        let got = serde_json::to_value(&r.answers).unwrap();
        assert_eq!(
            got,
            json!({
                "filled_on": "2026-11-23",
                "phase": "start",
                "respondents": ["parent", "child"],
                "children_count": 2,
                "has_partner": false,
                "routines_mornings": 4,
                "routines_meals": "na"
            })
        );
    }

    #[test]
    fn numbers_take_a_decimal_comma_and_unreadable_text_is_kept() {
        let form = builtin("caregiver-support").unwrap();
        let (_, q) = form
            .questions()
            .find(|(_, q)| {
                matches!(
                    q.kind,
                    arvio_core::QuestionKind::Number { integer: false, .. }
                )
            })
            .or_else(|| {
                form.questions()
                    .find(|(_, q)| matches!(q.kind, arvio_core::QuestionKind::Number { .. }))
            })
            .expect("a number question");
        let id = q.id.clone();
        for (typed, want) in [
            ("2,5", json!(2.5)),
            ("1 200", json!(1200)),
            ("\u{2212}3", json!(-3)),
            ("kaksi", json!("kaksi")),
            ("2,5,1", json!("2,5,1")),
            ("1e9", json!("1e9")),
            ("NaN", json!("NaN")),
        ] {
            let body = form_urlencoded::Serializer::new(String::new())
                .append_pair(&id, typed)
                .finish();
            let r = parse_form_data(&form, body.as_bytes(), "fi").unwrap();
            assert_eq!(r.answers[&id].0, want, "{typed}");
            assert_eq!(r.status, Status::Draft);
        }
    }

    #[test]
    fn unreadable_number_is_wrong_type_and_refilled() {
        let form = fsa();
        let r = parse_form_data(&form, b"_action=submit&children_count=kolme", "fi").unwrap();
        let v = validate(&form, &r, today());
        assert!(
            v.errors
                .iter()
                .any(|e| e.path.as_str() == "children_count" && e.kind.code() == "wrong-type")
        );
        let page = render_filled("family-self-assessment", &IdTexts, &r, false);
        assert!(page.contains("value=\"kolme\""));
    }

    #[test]
    fn empty_fields_are_unanswered_and_dates_kept_as_typed() {
        let r = parse_form_data(&fsa(), b"phase=&children_count=++&filled_on=eilen", "fi").unwrap();
        assert_eq!(
            serde_json::to_value(&r.answers).unwrap(),
            json!({"filled_on": "eilen"})
        );
    }

    fn group_form() -> (arvio_core::Form, String, Vec<String>) {
        let form = builtin("caregiver-support").unwrap();
        let (_, g) = form
            .questions()
            .find(|(_, q)| matches!(q.kind, arvio_core::QuestionKind::Group { .. }))
            .unwrap();
        let arvio_core::QuestionKind::Group { questions, .. } = &g.kind else {
            unreachable!()
        };
        let subs: Vec<String> = questions
            .iter()
            .filter(|q| matches!(q.kind, arvio_core::QuestionKind::ShortText { .. }))
            .map(|q| q.id.clone())
            .collect();
        let gid = g.id.clone();
        (form, gid, subs)
    }

    #[test]
    fn group_rows_add_and_remove_without_javascript() {
        let (form, g, subs) = group_form();
        let sub = &subs[0];
        let body = format!("{g}[0].{sub}=A&{g}[1].{sub}=&{g}[2].{sub}=C&_action=add:{g}");
        let s = parse_submission(&form, body.as_bytes(), "sv").unwrap();
        assert_eq!(s.action, FormAction::AddRow { group: g.clone() });
        assert_eq!(s.response.status, Status::Draft);
        // The empty row is dropped, the others kept in order, and one empty row added.
        assert_eq!(
            s.response.answers[&g].0,
            json!([{sub: "A"}, {sub: "C"}, {}])
        );

        let body = format!("{g}[0].{sub}=A&{g}[1].{sub}=B&{g}[2].{sub}=C&_action=remove:{g}:1");
        let s = parse_submission(&form, body.as_bytes(), "sv").unwrap();
        assert_eq!(
            s.action,
            FormAction::RemoveRow {
                group: g.clone(),
                row: 1
            }
        );
        assert_eq!(s.response.answers[&g].0, json!([{sub: "A"}, {sub: "C"}]));

        // The refilled page has three rows after "add row".
        let body = format!("{g}[0].{sub}=A&_action=add:{g}");
        let s = parse_submission(&form, body.as_bytes(), "sv").unwrap();
        let v = validate(&form, &s.response, today());
        let sc = score(&form, &v.answers);
        let page = html(
            HtmlRenderer::new()
                .render(&RenderContext::refill(
                    &form,
                    &IdTexts,
                    Filled::new(&s.response, &v, &sc),
                ))
                .unwrap(),
        );
        assert!(page.contains(&format!("name=\"{g}[1].{sub}\"")));
        assert!(!page.contains(&format!("name=\"{g}[2].{sub}\"")));
    }

    #[test]
    fn malformed_bodies_are_typed_errors() {
        let form = fsa();
        assert_eq!(
            parse_form_data(&form, b"phase=start&nope=1", "fi").err(),
            Some(FormDataError::UnknownField { position: 2 })
        );
        assert_eq!(
            parse_form_data(&form, b"_action=explode", "fi").err(),
            Some(FormDataError::UnknownAction)
        );
        let (form, g, subs) = group_form();
        let body = format!("{g}[x].{}=1", subs[0]);
        assert_eq!(
            parse_form_data(&form, body.as_bytes(), "fi").err(),
            Some(FormDataError::BadRow { position: 1 })
        );
        let body = format!("{g}[99999999999].{}=1", subs[0]);
        assert!(parse_form_data(&form, body.as_bytes(), "fi").is_ok());
        let big = "phase=start&".repeat(arvio_html::MAX_FIELDS + 1);
        assert_eq!(
            parse_form_data(&fsa(), big.as_bytes(), "fi").err(),
            Some(FormDataError::TooManyFields {
                max: arvio_html::MAX_FIELDS
            })
        );
        // Invalid percent-encoding and bytes never panic.
        assert!(parse_form_data(&fsa(), b"phase=%FF%FE%zz&\xff\xfe=1", "fi").is_err());
    }

    #[test]
    fn the_example_responses_survive_a_browser_round_trip() {
        // What the refilled form would post back parses into the same answers.
        for id in builtin_ids() {
            let form = builtin(id).unwrap();
            let resp = example(id, "fi");
            let body = body_of(&resp);
            let back = parse_form_data(&form, body.as_bytes(), "fi").unwrap();
            assert_eq!(
                serde_json::to_value(&back.answers).unwrap(),
                serde_json::to_value(&resp.answers).unwrap(),
                "{id}"
            );
        }
    }

    fn body_of(resp: &Response) -> String {
        fn add(s: &mut form_urlencoded::Serializer<'_, String>, k: &str, v: &serde_json::Value) {
            match v {
                serde_json::Value::Array(items) => {
                    for (i, it) in items.iter().enumerate() {
                        match it {
                            serde_json::Value::Object(o) => {
                                for (sub, sv) in o {
                                    add(s, &format!("{k}[{i}].{sub}"), sv)
                                }
                            }
                            other => add(s, k, other),
                        }
                    }
                }
                serde_json::Value::String(t) => {
                    s.append_pair(k, t);
                }
                other => {
                    s.append_pair(k, &other.to_string());
                }
            }
        }
        let mut s = form_urlencoded::Serializer::new(String::new());
        for (k, v) in &resp.answers {
            add(&mut s, k, &v.0);
        }
        s.finish()
    }
}

/// Writes every document (blank, errors, summary; every form and language) into the
/// directory named by `ARVIO_HTML_DUMP`, for checking by eye or with a validator.
#[test]
fn dump_documents_when_asked() {
    let Some(dir) = std::env::var_os("ARVIO_HTML_DUMP") else {
        return;
    };
    std::fs::create_dir_all(&dir).unwrap();
    for id in builtin_ids() {
        for lang in ["fi", "sv", "en"] {
            let t = Localizer::new(&[lang]);
            let form = builtin(id).unwrap();
            let write = |kind: &str, s: String| {
                std::fs::write(
                    std::path::Path::new(&dir).join(format!("{id}-{lang}-{kind}.html")),
                    s,
                )
                .unwrap()
            };
            write("blank", render_blank(id, &t));
            let mut empty = Response::new(&form, lang);
            empty.status = Status::Submitted;
            write("errors", render_filled(id, &t, &empty, false));
            write("summary", render_filled(id, &t, &example(id, lang), true));
        }
    }
}
