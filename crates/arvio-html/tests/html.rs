//! Integration tests of the HTML renderer: structure, parts, refill, summary (both copies,
//! chart, comparison, signatures), escaping, form data, and a golden file of one blank form (`ARVIO_UPDATE_GOLDEN=1 cargo test -p arvio-html`
//! rewrites it).

use arvio_core::chrono::NaiveDate;
use arvio_core::model::{Audience, CopyFor, Part};
use arvio_core::render::{
    Arg, Filled, IdTexts, Output, RenderContext, Renderer, Texts, common, view,
};
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
    if summary {
        return render_summary(id, t, resp, CopyFor::Worker);
    }
    let form = builtin(id).unwrap();
    let v = validate(&form, resp, today());
    let s = score(&form, &v.answers);
    let f = Filled::new(resp, &v, &s);
    html(
        HtmlRenderer::new()
            .render(&RenderContext::refill(&form, t, f))
            .unwrap(),
    )
}

/// The summary of a response in one copy, with the blocks the form's rules prepare.
fn render_summary(id: &str, t: &dyn Texts, resp: &Response, copy: CopyFor) -> String {
    let form = builtin(id).unwrap();
    let v = validate(&form, resp, today());
    let s = score(&form, &v.answers);
    let blocks = arvio_forms::blocks::summary_blocks(&form, &v.answers, copy, t, today());
    let cx = RenderContext::summary(&form, t, Filled::new(resp, &v, &s))
        .with_copy(copy)
        .with_blocks(&blocks);
    html(HtmlRenderer::new().render(&cx).unwrap())
}

/// A review response made from the example: every scale answer one step up where it can go
/// (and the goals' review levels set), so a comparison has something to show.
fn review_of(id: &str, start: &Response) -> Response {
    let form = builtin(id).unwrap();
    let mut review = start.clone();
    for (_, q) in form.questions() {
        if let arvio_core::QuestionKind::Scale { max, .. } = &q.kind
            && let Some(v) = review.answers.get_mut(&q.id)
            && let Some(n) = v.0.as_i64()
        {
            *v = json!((n + 1).min(*max)).into();
        }
    }
    if let Some(serde_json::Value::Array(rows)) = review.answers.get_mut("goals").map(|v| &mut v.0)
    {
        for row in rows.iter_mut().filter_map(|r| r.as_object_mut()) {
            row.insert("review_level".into(), json!(1));
        }
    }
    review
}

/// The start and review comparison of the example and [`review_of`] it, in one copy.
fn render_compare(id: &str, t: &dyn Texts, start: &Response, copy: CopyFor) -> String {
    let form = builtin(id).unwrap();
    let review = review_of(id, start);
    let vs = validate(&form, start, today());
    let vr = validate(&form, &review, today());
    let sr = score(&form, &vr.answers);
    let blocks = arvio_forms::blocks::comparison_blocks(&form, &vs.answers, &vr.answers, copy, t);
    let cx =
        RenderContext::compare(&form, t, Filled::new(&review, &vr, &sr), &blocks).with_copy(copy);
    html(HtmlRenderer::new().render(&cx).unwrap())
}

/// The prepared view of a summary, for counting what the page must show.
fn view_of(id: &str, t: &dyn Texts, resp: &Response, copy: CopyFor) -> view::Summary {
    let form = builtin(id).unwrap();
    let v = validate(&form, resp, today());
    let s = score(&form, &v.answers);
    view::summary(&RenderContext::summary(&form, t, Filled::new(resp, &v, &s)).with_copy(copy))
        .unwrap()
}

/// A blank form offering one part.
fn render_part(id: &str, t: &dyn Texts, part: Part) -> String {
    let form = builtin(id).unwrap();
    html(
        HtmlRenderer::new()
            .render(&RenderContext::blank(&form, t).with_part(part))
            .unwrap(),
    )
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
                assert!(page.contains(" class=\"scores\""), "{id}");
                assert!(page.contains("<h2 id=\"s-signatures\">"), "{id}");
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
        assert!(page.contains("<h2 id=\"b-deadlines\">Deadlines</h2>"));
        assert!(page.contains(
            "<thead><tr><th scope=\"col\">Step</th><th scope=\"col\">Due date</th><th scope=\"col\">Done</th><th scope=\"col\">Status</th></tr></thead>"
        ));
        assert!(page.contains(&en.message("sn-deadline-decision")));
        // A child welfare notification: the due dates are there.
        assert!(page.contains("<td>9 September 2026</td>"), "{page}");
    }

    /// An application under the Social Welfare Act for a child not needing special support:
    /// no due date, only "without undue delay".
    #[test]
    fn an_application_without_special_support_has_no_due_date() {
        let en = Localizer::new(&["en"]);
        let resp = example("service-need-shl", "en");
        let page = render_filled("service-need", &en, &resp, true);
        assert!(page.contains("<h2 id=\"b-deadlines\">Deadlines</h2>"));
        assert!(!page.contains("<th scope=\"col\">Due date</th>"));
        assert!(page.contains(&en.message("sn-deadline-none")));
    }
}

mod copies {
    use super::*;

    /// Every question of a form, top level and in groups, with whether it is a record
    /// question (shown in both copies).
    fn all_questions(form: &arvio_core::Form) -> Vec<(&arvio_core::Question, bool)> {
        let mut out = Vec::new();
        for (_, q) in form.questions() {
            out.push((q, form.record.contains(&q.id)));
            if let arvio_core::QuestionKind::Group { questions, .. } = &q.kind {
                out.extend(questions.iter().map(|sq| (sq, false)));
            }
        }
        out
    }

    /// The family's copy of every example response, in every language: no worker-only or
    /// private question (by its label, as a list entry, table caption or column) and no
    /// marker. Labels shared with a question the copy does show are not told apart.
    #[test]
    fn the_family_copy_has_no_worker_only_or_private_question() {
        for id in builtin_ids() {
            let form = builtin(id).unwrap();
            for lang in ["fi", "sv", "en"] {
                let t = Localizer::new(&[lang]);
                for texts in [&t as &dyn Texts, &IdTexts] {
                    let resp = example(id, lang);
                    let page = render_summary(id, texts, &resp, CopyFor::Family);
                    let worker = render_summary(id, texts, &resp, CopyFor::Worker);
                    let questions = all_questions(&form);
                    let shown: Vec<String> = questions
                        .iter()
                        .filter(|(q, record)| *record || CopyFor::Family.shows(q))
                        .map(|(q, _)| texts.message(&q.label))
                        .collect();
                    let mut hidden = 0;
                    for (q, record) in &questions {
                        if *record || CopyFor::Family.shows(q) {
                            continue;
                        }
                        hidden += 1;
                        let label = texts.message(&q.label);
                        if shown.contains(&label) {
                            continue;
                        }
                        let label = arvio_html::escape::text_string(&label);
                        for shape in [
                            format!("<dt>{label}"),
                            format!("<caption>{label}"),
                            format!("<th scope=\"col\">{label}</th>"),
                        ] {
                            assert!(!page.contains(&shape), "{id} {lang}: {}", q.id);
                        }
                    }
                    assert!(!page.contains("class=\"marker\""), "{id} {lang}");
                    for m in [common::WORKER_ONLY, common::PRIVATE] {
                        let m = arvio_html::escape::text_string(&texts.message(m));
                        assert!(!page.contains(&m), "{id} {lang}: {m}");
                    }
                    assert!(page.contains(&arvio_html::escape::text_string(
                        &texts.message(common::COPY_FAMILY)
                    )));
                    // The worker's copy of the same response does show them.
                    let marked = view_of(id, texts, &resp, CopyFor::Worker)
                        .sections
                        .iter()
                        .flat_map(|s| &s.items)
                        .filter(|i| i.marker.is_some())
                        .count();
                    assert!(marked == 0 || hidden > 0, "{id} {lang}");
                    assert_eq!(
                        worker.matches("<span class=\"marker\">").count(),
                        marked,
                        "{id} {lang}"
                    );
                    assert!(worker.contains(&arvio_html::escape::text_string(
                        &texts.message(common::COPY_WORKER)
                    )));
                }
            }
        }
    }

    #[test]
    fn the_worker_copy_marks_the_private_answer() {
        for lang in ["fi", "sv", "en"] {
            let t = Localizer::new(&[lang]);
            let form = builtin("family-self-assessment").unwrap();
            let q = form.question("safety_private").expect("safety_private");
            assert!(q.private, "safety_private is private");
            let mut resp = example("family-self-assessment", lang);
            resp.answers
                .insert("safety_private".into(), json!(true).into());
            let want = format!(
                "<dt>{} <span class=\"marker\">{}</span></dt>",
                arvio_html::escape::text_string(&t.message(&q.label)),
                arvio_html::escape::text_string(&t.message(common::PRIVATE)),
            );
            let worker = render_summary("family-self-assessment", &t, &resp, CopyFor::Worker);
            assert!(worker.contains(&want), "{lang}: {want}");
            let family = render_summary("family-self-assessment", &t, &resp, CopyFor::Family);
            assert!(
                !family.contains(&arvio_html::escape::text_string(&t.message(&q.label))),
                "{lang}"
            );
        }
    }

    /// The record, the copy and the confidentiality mark head the page; the signature lines
    /// end it: for each signer a line for the signature, the date and the name.
    #[test]
    fn record_marks_and_signatures() {
        let en = Localizer::new(&["en"]);
        for id in builtin_ids() {
            let resp = example(id, "en");
            let v = view_of(id, &en, &resp, CopyFor::Worker);
            let page = render_summary(id, &en, &resp, CopyFor::Worker);
            assert!(page.contains("<span class=\"confidential\">"), "{id}");
            if !v.record.is_empty() {
                assert!(page.contains("<h2 id=\"s-record\">"), "{id}");
                for f in &v.record {
                    let dt = format!("<dt>{}</dt>", arvio_html::escape::text_string(&f.label));
                    assert!(page.contains(&dt), "{id}: {dt}");
                }
            }
            let signers = v.signatures.signers.len();
            assert!(signers >= 2, "{id}");
            assert_eq!(page.matches("<div class=\"signer\">").count(), signers);
            assert_eq!(
                page.matches("<span class=\"sig-line\">").count(),
                3 * signers
            );
            // The signatures come last.
            let end = page.rfind("</section>").unwrap();
            assert!(page.rfind("<h2 id=\"s-signatures\">").unwrap() < end);
            assert!(
                page[page.find("s-signatures").unwrap()..]
                    .matches("<h2")
                    .count()
                    == 1
            );
        }
    }
}

mod chart {
    use super::*;

    /// The bars of an SVG chart (`class="bar"` rects).
    fn bars(svg: &str) -> usize {
        svg.matches("<rect class=\"bar\"").count()
    }

    /// The chart of scores: an inline `<svg role="img">` named by its title and described by
    /// the sentence that points at the table, with one bar per score that has a value.
    #[test]
    fn scores_chart_is_an_accessible_svg_with_one_bar_per_value() {
        let mut charts = 0;
        for id in builtin_ids() {
            for lang in ["fi", "sv", "en"] {
                let t = Localizer::new(&[lang]);
                let resp = example(id, lang);
                let v = view_of(id, &t, &resp, CopyFor::Worker);
                let page = render_summary(id, &t, &resp, CopyFor::Worker);
                let Some(c) = &v.chart else {
                    assert!(!page.contains("<svg"), "{id} {lang}");
                    continue;
                };
                charts += 1;
                assert_eq!(c.series.len(), 1);
                let values: usize = c
                    .rows
                    .iter()
                    .map(|r| r.values.iter().filter(|v| v.is_some()).count())
                    .sum();
                assert!(values > 0, "{id} {lang}");
                assert_eq!(page.matches("<svg ").count(), 1);
                let svg = &page[page.find("<svg ").unwrap()..page.find("</svg>").unwrap()];
                assert!(svg.contains(
                    " role=\"img\" aria-labelledby=\"chart-scores-title chart-scores-desc\""
                ));
                assert!(svg.contains(&format!(
                    "<title id=\"chart-scores-title\">{}</title>",
                    arvio_html::escape::text_string(&c.title)
                )));
                assert!(svg.contains(&arvio_html::escape::text_string(&c.alt)));
                assert_eq!(bars(svg), values, "{id} {lang}");
                // Every tick is labelled, every value written next to its bar.
                for (_, tick) in &c.ticks {
                    assert!(
                        svg.contains(&format!(">{tick}</text>")),
                        "{id} {lang} {tick}"
                    );
                }
                for (_, words) in c.rows.iter().flat_map(|r| r.values.iter().flatten()) {
                    assert!(svg.contains(&format!(">{words}</text>")), "{id} {lang}");
                }
                // No script, no outside resource, no colour-only legend needed for one series.
                assert!(!svg.contains("href"));
                assert!(!svg.contains("<script"));
                // The table with the same figures follows.
                assert!(page[page.find("</svg>").unwrap()..].contains(" class=\"scores\""));
            }
        }
        assert!(charts > 0, "some example has a chart");
    }

    /// The comparison: its chart has two series (start, review), told apart by fill and named
    /// in a legend, and one bar per score and series with a value.
    #[test]
    fn compare_page_has_two_series_a_legend_and_tables() {
        for lang in ["fi", "sv", "en"] {
            let t = Localizer::new(&[lang]);
            let id = "family-self-assessment";
            let start = example(id, lang);
            let page = render_compare(id, &t, &start, CopyFor::Worker);
            let heading = t.message(common::COMPARE_TITLE);
            assert!(
                page.contains(&format!(
                    "<title>{} – ",
                    arvio_html::escape::text_string(&heading)
                )),
                "{lang}"
            );
            assert_eq!(page.matches("<h1>").count(), 1);
            assert!(!page.contains("<dl class=\"answers\">"), "no answers");
            assert!(!page.contains("<form"));
            assert!(page.contains("<h2 id=\"b-compare\">"), "{lang}");
            assert!(page.contains("<h2 id=\"s-signatures\">"));
            let svg = &page[page.find("<svg ").expect("chart")..page.find("</svg>").unwrap()];
            assert_eq!(svg.matches("<rect class=\"swatch\"").count(), 2, "{lang}");
            for s in [common::COMPARE_START, common::COMPARE_REVIEW] {
                let name = arvio_html::escape::text_string(&t.message(s));
                assert!(svg.contains(&format!(">{name}</text>")), "{lang}: {name}");
            }
            assert!(svg.contains("fill=\"#1a1a1a\""));
            assert!(svg.contains("fill=\"url(#chart-scores-hatch)\""));
            let form = builtin(id).unwrap();
            let review = review_of(id, &start);
            let vs = validate(&form, &start, today());
            let vr = validate(&form, &review, today());
            let blocks = arvio_forms::blocks::comparison_blocks(
                &form,
                &vs.answers,
                &vr.answers,
                CopyFor::Worker,
                &t,
            );
            let c = blocks[0].chart.as_ref().unwrap();
            let values: usize = c
                .rows
                .iter()
                .map(|r| r.values.iter().filter(|v| v.is_some()).count())
                .sum();
            assert_eq!(bars(svg), values, "{lang}");
            assert_eq!(page.matches("<table ").count(), blocks[0].tables.len());
            // The family's copy renders too.
            let family = render_compare(id, &t, &start, CopyFor::Family);
            assert!(family.contains("<h2 id=\"b-compare\">"));
            assert!(!family.contains("class=\"marker\""));
        }
    }

    /// A block made by hand: heading, intro, chart, a table with a flagged cell (marked in
    /// text, not by colour alone) and notes, in that order.
    #[test]
    fn a_hand_made_block_is_laid_out_in_order() {
        let form = builtin("family-self-assessment").unwrap();
        let resp = example("family-self-assessment", "en");
        let v = validate(&form, &resp, today());
        let s = score(&form, &v.answers);
        let mut b = view::Block::new("trend", "Trend <b>");
        b.intro.push("Before the table.".into());
        let mut table =
            view::Table::new("trend-t", "Trend table", vec!["What".into(), "When".into()]);
        table
            .rows
            .push(vec![view::Cell::new("Step"), view::Cell::flagged("Late")]);
        table.notes.push("Under the table.".into());
        b.tables.push(table);
        b.notes.push("After everything.".into());
        let blocks = vec![b];
        let cx = RenderContext::compare(&form, &IdTexts, Filled::new(&resp, &v, &s), &blocks);
        let page = html(HtmlRenderer::new().render(&cx).unwrap());
        let at = |needle: &str| page.find(needle).unwrap_or_else(|| panic!("{needle}"));
        assert!(at("<h2 id=\"b-trend\">Trend &lt;b&gt;</h2>") < at("Before the table."));
        assert!(at("Before the table.") < at("<caption>Trend table</caption>"));
        assert!(at("<th scope=\"row\">Step</th>") < at("Under the table."));
        assert!(at("Under the table.") < at("After everything."));
        assert!(page.contains(
            "<td><strong class=\"flag\"><span class=\"flag-mark\">!</span> Late</strong></td>"
        ));
        assert!(page.contains("<title>arvio-compare-title – fsa-own-title</title>"));
    }
}

mod parts {
    use super::*;

    /// The family's page of the caregiver-support form: no worker question at all (no field,
    /// no marker), and no section left without a question.
    #[test]
    fn the_family_part_offers_no_worker_question() {
        let form = builtin("caregiver-support").unwrap();
        for lang in ["fi", "sv", "en"] {
            let t = Localizer::new(&[lang]);
            let page = render_part("caregiver-support", &t, Part::Family);
            let all = render_part("caregiver-support", &t, Part::All);
            let mut workers = 0;
            for (_, q) in form.questions() {
                let worker = q.audience == Audience::Worker;
                let name = format!("name=\"{}\"", q.id);
                let rows = format!("name=\"{}[", q.id);
                if worker {
                    workers += 1;
                    assert!(
                        !page.contains(&name) && !page.contains(&rows),
                        "{lang}: {}",
                        q.id
                    );
                    assert!(
                        !page.contains(&format!("id=\"q-{}\"", q.id)),
                        "{lang}: {}",
                        q.id
                    );
                }
                if let arvio_core::QuestionKind::Group { questions, .. } = &q.kind {
                    for sq in questions
                        .iter()
                        .filter(|sq| sq.audience == Audience::Worker)
                    {
                        assert!(!page.contains(&format!("].{}\"", sq.id)), "{}", sq.id);
                    }
                } else if !worker && q.takes_answer() {
                    assert!(page.contains(&name), "{lang}: {} is offered", q.id);
                }
            }
            assert!(workers > 0);
            assert!(!page.contains("class=\"worker\""));
            assert!(!page.contains(&arvio_html::escape::text_string(
                &t.message(common::WORKER_ONLY)
            )));
            // Sections with nothing left are not rendered.
            let offered = form
                .sections
                .iter()
                .filter(|s| {
                    s.questions
                        .iter()
                        .any(|q| q.takes_answer() && q.audience != Audience::Worker)
                })
                .count();
            assert_eq!(page.matches("<h2 ").count(), offered, "{lang}");
            assert!(offered < form.sections.len() || workers > 0);
            // The whole form is as before.
            assert_eq!(all.matches("<h2 ").count(), form.sections.len());
            assert!(all.contains("class=\"worker\""));
        }
    }

    #[test]
    fn conditions_read_the_same_as_the_core_phrase() {
        let form = builtin("family-self-assessment").unwrap();
        let en = Localizer::new(&["en"]);
        let page = render_blank("family-self-assessment", &en);
        for (_, q) in form.questions() {
            if let Some(c) = &q.applies_if {
                let note = format!(
                    "{}.",
                    arvio_core::render::phrase::answer_if(&form, &[], c, &en)
                );
                assert!(
                    page.contains(&arvio_html::escape::text_string(&note)),
                    "{}: {note}",
                    q.id
                );
            }
        }
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
            for copy in [CopyFor::Worker, CopyFor::Family] {
                let page = render_summary(id, &EvilTexts, &resp, copy);
                assert_inert(&page);
                let page = render_compare(id, &EvilTexts, &resp, copy);
                assert_inert(&page);
            }
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

/// Writes every document into the directory named by `ARVIO_HTML_DUMP`, for checking by eye
/// or with a validator (`node tests/browser/e2e.mjs - DIR FORMS` runs axe-core and vnu on
/// them): for every form and language `ID-LANG-KIND.html` with KIND `blank`, `errors`,
/// `summary` (the worker's copy), and the extra kinds `blank-family` (the family's part),
/// `summary-family`, `compare` and `compare-family` (the example against [`review_of`] it).
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
            write("blank-family", render_part(id, &t, Part::Family));
            let mut empty = Response::new(&form, lang);
            empty.status = Status::Submitted;
            write("errors", render_filled(id, &t, &empty, false));
            let resp = example(id, lang);
            write("summary", render_summary(id, &t, &resp, CopyFor::Worker));
            write(
                "summary-family",
                render_summary(id, &t, &resp, CopyFor::Family),
            );
            write("compare", render_compare(id, &t, &resp, CopyFor::Worker));
            write(
                "compare-family",
                render_compare(id, &t, &resp, CopyFor::Family),
            );
        }
    }
}
