//! Integration tests of arvio-pdf: PDFs are read back with poppler's `pdftotext` and
//! `pdfinfo` (Debian package `poppler-utils`), and the extracted text is compared, never the
//! PDF bytes. Golden files under `tests/golden/` hold the extracted text of whole documents;
//! regenerate them with `UPDATE_GOLDEN=1 cargo test -p arvio-pdf`.

use arvio_core::render::view::answer_text;
use arvio_core::render::{
    Filled, IdTexts, Output, RenderContext, RenderError, Renderer, Texts, common,
};
use arvio_core::{Answer, CopyFor, Form, Part, Response, parse_form, score, validate};
use arvio_forms::{blocks, builtin};
use arvio_i18n::Localizer;
use arvio_pdf::{PdfDocument, PdfRenderer, REPLACEMENT};

mod support;
use support::*;

/// A form of our own with a long free-text question.
const LONG_FORM: &str = r#"
id = "long-text-test"
version = "2.1.0"
title = "lt-title"

[[sections]]
id = "main"
title = "lt-main"

[[sections.questions]]
id = "story"
kind = "long_text"
label = "lt-story"
max_length = 20000
"#;

fn long_form() -> Form {
    parse_form(LONG_FORM, "long-text-test.toml").expect("test form parses")
}

fn long_response(form: &Form, text: &str) -> Response {
    let mut r = Response::new(form, "fi");
    r.answers.insert(
        "story".into(),
        arvio_core::AnswerValue(serde_json::Value::String(text.into())),
    );
    r
}

/// 20,000 characters: Finnish-like words of varying length, Sámi letters, line breaks and
/// a 700-character word that must be broken across lines.
fn long_answer() -> String {
    let words = [
        "perhe",
        "arki",
        "čáhci",
        "đuoddara",
        "ŋuolggá",
        "šaddu",
        "ŧuhát",
        "žiehkka",
        "Áhkká",
        "Čáhppes",
        "Đ",
        "Ŋ",
        "Šaldi",
        "Ŧ",
        "Žanná",
        "äiti",
        "öisin",
        "å",
        "lapsi",
        "koulu",
        "väsyttää,",
        "mutta",
        "jaksamme.",
        "(3/5)",
        "–",
        "“lainaus”",
    ];
    let mut s = String::new();
    let mut i = 0usize;
    while s.chars().count() < 19_000 {
        s.push_str(words[(i * 7 + i / 3) % words.len()]);
        i += 1;
        s.push(if i.is_multiple_of(97) { '\n' } else { ' ' });
    }
    s.push_str(&"x".repeat(350));
    s.push_str(&"ŋ".repeat(350));
    s.push(' ');
    while s.chars().count() < 20_000 {
        s.push('a');
    }
    s
}

mod answers {
    use super::*;

    /// Every answer of every example response appears in its summary.
    #[test]
    fn every_example_answer_appears_in_its_summary() {
        let files = example_files();
        let mut checked = 0;
        for file in &files {
            let name = file.file_name().unwrap().to_string_lossy().to_string();
            let response = Response::from_json(&std::fs::read_to_string(file).unwrap())
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            let Some(form) = builtin(&response.form) else {
                panic!("{name}: no built-in form {}", response.form)
            };
            let texts = Localizer::new(&[response.language.as_str()]);
            let v = validate(&form, &response, day());
            let doc = summary_of(&form, &response, &texts);
            assert!(doc.replaced_chars.is_empty(), "{name}: replaced characters");
            let text = squash(&body_text(&doc.bytes, &form.id));
            for (id, answer) in v.answers.iter() {
                let Some(q) = form.question(id) else { continue };
                let Some(applies) = arvio_core::render::view::applicable(&form, &v.answers)
                    .iter()
                    .flat_map(|s| s.items.iter())
                    .find(|i| i.question.id == id)
                    .map(|_| true)
                else {
                    continue;
                };
                assert!(applies);
                let expected: Vec<String> = match (answer, &q.kind) {
                    (Answer::Group(rows), arvio_core::QuestionKind::Group { questions, .. }) => {
                        rows.iter()
                            .flat_map(|r| {
                                questions.iter().filter_map(|sq| {
                                    r.get(&sq.id).map(|a| answer_text(sq, a, &texts))
                                })
                            })
                            .collect()
                    }
                    _ => vec![answer_text(q, answer, &texts)],
                };
                for e in expected {
                    assert!(
                        text.contains(&squash(&e)),
                        "{name}: the answer to `{id}` is missing from the summary"
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked > 200, "only {checked} answers checked");
    }

    /// A 20,000-character answer comes back whole, over several pages.
    #[test]
    fn twenty_thousand_characters_come_back_whole() {
        let form = long_form();
        let answer = long_answer();
        assert_eq!(answer.chars().count(), 20_000);
        let texts = Localizer::new(&["fi"]);
        let doc = summary_of(&form, &long_response(&form, &answer), &texts);
        assert!(doc.pages >= 5, "{} pages", doc.pages);
        assert!(doc.replaced_chars.is_empty());
        let text = raw_text(&doc.bytes);
        assert_eq!(
            text.matches('\u{c}').count(),
            doc.pages,
            "one form feed per page"
        );
        // Each page ends with its footer; without the footers the answer runs on whole.
        let footer = |line: &str| {
            line.starts_with("long-text-test · Lomakkeen versio 2.1.0 Salassa pidettävä Sivu ")
                && line.ends_with(&format!(" / {}", doc.pages))
        };
        let body: String = text
            .lines()
            .filter(|l| !footer(l.trim()))
            .collect::<Vec<_>>()
            .join("\n");
        assert_eq!(
            text.lines().filter(|l| footer(l.trim())).count(),
            doc.pages,
            "a footer on every page"
        );
        let squashed = squash(&body);
        assert!(
            squashed.contains(&squash(&answer)),
            "the long answer is not whole"
        );
        // Every page but the last is filled: the text runs on from page to page.
        let pages: Vec<&str> = text.split('\u{c}').collect();
        for (i, p) in pages.iter().take(doc.pages - 1).enumerate().skip(1) {
            assert!(
                p.lines().count() > 40,
                "page {} has {} lines",
                i + 1,
                p.lines().count()
            );
        }
    }

    /// Questions that do not apply are left out; unanswered ones that apply say so.
    #[test]
    fn questions_that_do_not_apply_are_left_out() {
        let form = builtin("family-self-assessment").unwrap();
        let texts = Localizer::new(&["en"]);
        let json = std::fs::read_to_string(
            root().join("examples/responses/family-self-assessment-en.json"),
        )
        .unwrap();
        let mut response = Response::from_json(&json).unwrap();
        response.answers.insert(
            "has_partner".into(),
            arvio_core::AnswerValue(serde_json::json!(false)),
        );
        // The relationship section applies only to a parent with a partner.
        let section = form
            .sections
            .iter()
            .find(|s| s.id == "relationship")
            .expect("the relationship section");
        assert!(format!("{:?}", section.applies_if).contains("has_partner"));
        for q in &section.questions {
            response.answers.remove(&q.id);
        }
        let doc = summary_of(&form, &response, &texts);
        let text = squash(&raw_text(&doc.bytes));
        // The section's title is also the name of the relationship score: it is printed only
        // in the table of scores and in the chart, and not as a section heading.
        let title = texts.message(&section.title);
        let v = validate(&form, &response, day());
        let scores = score(&form, &v.answers);
        let view = arvio_core::render::view::summary(&RenderContext::summary(
            &form,
            &texts,
            Filled::new(&response, &v, &scores),
        ))
        .unwrap();
        let as_score = view
            .scores
            .iter()
            .flat_map(|t| &t.rows)
            .filter(|r| r[0].text == title)
            .count()
            + view
                .chart
                .iter()
                .flat_map(|c| &c.rows)
                .filter(|r| r.label == title)
                .count();
        assert!(as_score >= 1);
        assert_eq!(text.matches(&squash(&title)).count(), as_score);
        // Labels shared with questions of other sections ("What would you change?") are
        // printed for those; the section's own labels are not printed at all.
        let elsewhere = |label: &str| {
            form.sections
                .iter()
                .filter(|s| s.id != "relationship")
                .flat_map(|s| &s.questions)
                .any(|q| q.label == label)
        };
        let own: Vec<_> = section
            .questions
            .iter()
            .filter(|q| !elsewhere(&q.label))
            .collect();
        assert!(own.len() >= 3);
        for q in own {
            assert!(
                !text.contains(&squash(&texts.message(&q.label))),
                "{} is printed",
                q.id
            );
        }
        // The has_partner question itself applies and is printed with its answer.
        let has_partner = form.question("has_partner").unwrap();
        assert!(text.contains(&squash(&texts.message(&has_partner.label))));
    }

    /// A response with errors says so at the top of its summary.
    #[test]
    fn the_errors_line_is_printed() {
        let response = read_response(
            &root().join("examples/responses/invalid/family-self-assessment-missing-required.json"),
        );
        let form = builtin(&response.form).unwrap();
        let texts = Localizer::new(&["en"]);
        let v = validate(&form, &response, day());
        assert!(!v.errors.is_empty());
        let scores = score(&form, &v.answers);
        let cx = RenderContext::summary(&form, &texts, Filled::new(&response, &v, &scores));
        let line = arvio_core::render::view::summary(&cx)
            .unwrap()
            .errors
            .expect("an errors line");
        let text = raw_text(&renderer().render_pdf(&cx).unwrap().bytes);
        let first_page = text.split('\u{c}').next().unwrap();
        assert!(has_words(first_page, &line), "missing: {line}");
    }

    #[test]
    fn a_summary_needs_a_response() {
        let form = builtin("caregiver-support").unwrap();
        for kind in [
            arvio_core::render::RenderKind::Summary,
            arvio_core::render::RenderKind::Compare,
        ] {
            let mut cx = RenderContext::blank(&form, &IdTexts);
            cx.kind = kind;
            assert!(matches!(
                renderer().render_pdf(&cx),
                Err(RenderError::MissingResponse)
            ));
        }
    }
}

mod characters {
    use super::*;

    const SAMI: &str = "á č đ ŋ š ŧ ž Á Č Đ Ŋ Š Ŧ Ž";

    #[test]
    fn sami_letters_come_back() {
        let form = long_form();
        let answer = format!("Sámegiella: {SAMI}. Åå Ää Öö.");
        let doc = summary_of(
            &form,
            &long_response(&form, &answer),
            &Localizer::new(&["fi"]),
        );
        assert_eq!(doc.replaced_chars, Vec::<char>::new());
        // The answer may wrap: a line break stands where a space was.
        let text = raw_text(&doc.bytes).replace('\n', " ");
        assert!(text.contains(&answer), "{text}");
    }

    #[test]
    fn a_missing_glyph_is_replaced_visibly_and_reported() {
        let form = long_form();
        let answer = "Perhe 漢字 ja 🦀 sekä 漢.";
        let doc = summary_of(
            &form,
            &long_response(&form, answer),
            &Localizer::new(&["en"]),
        );
        assert_eq!(doc.replaced_chars, vec!['漢', '字', '🦀']);
        let text = raw_text(&doc.bytes);
        let r = REPLACEMENT;
        assert!(
            text.contains(&format!("Perhe {r}{r} ja {r} sekä {r}.")),
            "{text}"
        );
        assert!(text.contains("The sign � stands for characters the font does not have."));
    }

    #[test]
    fn control_characters_never_reach_the_page_and_tabs_are_spaces() {
        let form = long_form();
        let fi = Localizer::new(&["fi"]);
        let doc = summary_of(&form, &long_response(&form, "Xyzzy\tb\nd"), &fi);
        assert_eq!(doc.replaced_chars, Vec::<char>::new());
        let text = raw_text(&doc.bytes);
        assert!(text.contains("Xyzzy b\nd"), "{text}");
        // A control character (BEL, CR) is refused by validation (`arvio_core::chars`): the
        // answer is left out of the summary, and nothing of it reaches the page.
        // (`view::answer_text` would show U+FFFD for one that reached a renderer anyway.)
        let doc = summary_of(&form, &long_response(&form, "Xyzzy\tb\u{7}c\r\nd"), &fi);
        assert_eq!(doc.replaced_chars, Vec::<char>::new());
        let text = raw_text(&doc.bytes);
        assert!(!text.contains("Xyzzy"), "{text}");
    }
}

mod pages {
    use super::*;

    fn version() -> String {
        builtin("service-need").unwrap().version.to_string()
    }

    fn footer_lines(lang: &str) -> (usize, String) {
        let form = builtin("service-need").unwrap();
        let json = std::fs::read_to_string(
            root().join(format!("examples/responses/service-need-{lang}.json")),
        )
        .unwrap();
        let response = Response::from_json(&json).unwrap();
        let doc = summary_of(&form, &response, &Localizer::new(&[lang]));
        (doc.pages, raw_text(&doc.bytes))
    }

    #[test]
    fn page_numbers_and_footer_in_finnish() {
        let (n, text) = footer_lines("fi");
        assert!(n >= 3, "{n} pages");
        for p in 1..=n {
            assert!(text.contains(&format!("Sivu {p} / {n}")), "page {p}");
        }
        assert_eq!(
            text.matches(&format!("service-need · Lomakkeen versio {}", version()))
                .count(),
            n
        );
        // In every footer, and once more at the top of the first page.
        assert_eq!(text.matches("Salassa pidettävä").count(), n + 1);
    }

    #[test]
    fn page_numbers_and_footer_in_swedish() {
        let (n, text) = footer_lines("sv");
        for p in 1..=n {
            assert!(text.contains(&format!("Sida {p} / {n}")), "page {p}");
        }
        assert_eq!(
            text.matches(&format!("service-need · Blankettens version {}", version()))
                .count(),
            n
        );
    }

    #[test]
    fn page_numbers_and_footer_in_english() {
        let (n, text) = footer_lines("en");
        for p in 1..=n {
            assert!(text.contains(&format!("Page {p} of {n}")), "page {p}");
        }
        assert_eq!(
            text.matches(&format!("service-need · Form version {}", version()))
                .count(),
            n
        );
    }

    #[test]
    fn page_numbers_come_from_the_message() {
        // IdTexts returns ids: every footer asks for `arvio-page-of`, no built-in format.
        let form = builtin("caregiver-support").unwrap();
        let doc = renderer()
            .render_pdf(&RenderContext::blank(&form, &IdTexts))
            .unwrap();
        let text = raw_text(&doc.bytes);
        assert!(doc.pages > 1);
        assert_eq!(text.matches("arvio-page-of").count(), doc.pages);
        assert!(!text.contains("Page 1 of"));
    }

    /// The words of an "answer this if" note are messages too: with IdTexts each is its id.
    #[test]
    fn condition_words_come_from_the_texts() {
        let form = builtin("family-self-assessment").unwrap();
        let doc = renderer()
            .render_pdf(&RenderContext::blank(&form, &IdTexts))
            .unwrap();
        let text = squash(&raw_text(&doc.bytes));
        let expected =
            "arvio-answer-if arvio-quote-openfsa-has-partnerarvio-quote-close: arvio-yes.";
        assert!(text.contains(&squash(expected)), "missing: {expected}");
        assert!(!text.contains('“'), "a built-in quotation mark");
    }
}

mod document {
    use super::*;

    #[test]
    fn renderer_name_and_output() {
        let form = builtin("family-self-assessment").unwrap();
        let r = renderer();
        assert_eq!(r.name(), "pdf");
        let Output::Bytes(b) = r.render(&RenderContext::blank(&form, &IdTexts)).unwrap() else {
            panic!("PDF output is bytes")
        };
        assert!(b.starts_with(b"%PDF-1.7"));
    }

    #[test]
    fn same_date_same_bytes() {
        let form = builtin("service-need").unwrap();
        let texts = Localizer::new(&["sv"]);
        let cx = RenderContext::blank(&form, &texts);
        assert_eq!(
            renderer().render_pdf(&cx).unwrap().bytes,
            renderer().render_pdf(&cx).unwrap().bytes
        );
    }

    #[test]
    fn metadata_title_language_date_producer() {
        let form = builtin("family-self-assessment").unwrap();
        let texts = Localizer::new(&["sv"]);
        let json = std::fs::read_to_string(
            root().join("examples/responses/family-self-assessment-sv.json"),
        )
        .unwrap();
        let response = Response::from_json(&json).unwrap();
        let v = validate(&form, &response, day());
        let scores = score(&form, &v.answers);
        let cx = RenderContext::summary(&form, &texts, Filled::new(&response, &v, &scores));
        let at = day().and_hms_opt(13, 45, 30).unwrap();
        let doc = PdfRenderer::new().created(at).render_pdf(&cx).unwrap();
        let title = format!("{} – Sammanfattning", texts.message(&form.title));
        assert_eq!(
            title,
            "Familjens egen bedömning av vardagen och målen – Sammanfattning"
        );

        // The Info dictionary, as poppler reads it.
        let info = poppler("pdfinfo", &["-isodates"], &doc.bytes);
        let field = |name: &str| {
            info.lines()
                .find(|l| l.starts_with(&format!("{name}:")))
                .map(|l| l[name.len() + 1..].trim().to_string())
                .unwrap_or_default()
        };
        assert_eq!(field("Title"), title);
        assert_eq!(field("Producer"), "arvio");
        assert_eq!(field("Creator"), "arvio");
        assert_eq!(field("CreationDate"), "2026-11-23T13:45:30Z", "{info}");
        assert_eq!(field("ModDate"), "2026-11-23T13:45:30Z", "{info}");
        assert_eq!(field("Metadata Stream"), "yes");
        assert_eq!(field("PDF version"), "1.7");
        assert_eq!(field("Page size"), "595.276 x 841.89 pts (A4)");
        assert_eq!(field("Pages"), doc.pages.to_string());

        // The XMP packet.
        let meta = poppler("pdfinfo", &["-meta"], &doc.bytes);
        for expected in [
            format!(
                "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{title}</rdf:li></rdf:Alt></dc:title>"
            ),
            "<dc:language><rdf:Bag><rdf:li>sv</rdf:li></rdf:Bag></dc:language>".into(),
            "<xmp:CreateDate>2026-11-23T13:45:30Z</xmp:CreateDate>".into(),
            "<xmp:ModifyDate>2026-11-23T13:45:30Z</xmp:ModifyDate>".into(),
            "<xmp:CreatorTool>arvio</xmp:CreatorTool>".into(),
            "<pdf:Producer>arvio</pdf:Producer>".into(),
            "<pdfaid:part>2</pdfaid:part>".into(),
            "<pdfaid:conformance>A</pdfaid:conformance>".into(),
        ] {
            assert!(meta.contains(&expected), "missing {expected} in\n{meta}");
        }

        // The catalog's /Lang and the output intent (poppler does not print these).
        let lo = lopdf::Document::load_mem(&doc.bytes).unwrap();
        let catalog = lo.catalog().unwrap();
        assert_eq!(catalog.get(b"Lang").unwrap().as_str().unwrap(), b"sv");
        let intents = catalog.get(b"OutputIntents").unwrap().as_array().unwrap();
        assert_eq!(intents.len(), 1);
        let intent = lo.dereference(&intents[0]).unwrap().1.as_dict().unwrap();
        assert_eq!(intent.get(b"S").unwrap().as_name().unwrap(), b"GTS_PDFA1");

        let fonts = poppler("pdffonts", &[], &doc.bytes);
        assert_eq!(
            fonts.lines().filter(|l| l.contains("DejaVuSans")).count(),
            2,
            "{fonts}"
        );
        assert!(
            fonts.lines().skip(2).all(|l| l.contains(" yes yes ")),
            "embedded subsets: {fonts}"
        );
    }

    #[test]
    fn summaries_are_small() {
        for lang in ["fi", "sv", "en"] {
            for form_id in [
                "family-self-assessment",
                "service-need",
                "caregiver-support",
            ] {
                let form = builtin(form_id).unwrap();
                let path = root().join(format!("examples/responses/{form_id}-{lang}.json"));
                let response =
                    Response::from_json(&std::fs::read_to_string(path).unwrap()).unwrap();
                let doc = summary_of(&form, &response, &Localizer::new(&[lang]));
                assert!(
                    doc.bytes.len() < 60 * 1024,
                    "{form_id}-{lang}: {} bytes",
                    doc.bytes.len()
                );
            }
        }
    }
}

mod blank_form {
    use super::*;

    #[test]
    fn answer_this_if_notes_name_the_question_and_option() {
        let form = builtin("family-self-assessment").unwrap();
        let texts = Localizer::new(&["en"]);
        let doc = renderer()
            .render_pdf(&RenderContext::blank(&form, &texts))
            .unwrap();
        let text = squash(&raw_text(&doc.bytes));
        let partner = form.question("has_partner").unwrap();
        let expected = format!("Answer this if “{}”: Yes.", texts.message(&partner.label));
        assert!(text.contains(&squash(&expected)), "missing: {expected}");
        let fi = Localizer::new(&["fi"]);
        let doc = renderer()
            .render_pdf(&RenderContext::blank(&form, &fi))
            .unwrap();
        // Finnish quotation marks: ” on both sides.
        let expected = format!("Vastaa, jos ”{}”: Kyllä.", fi.message(&partner.label));
        assert!(
            squash(&raw_text(&doc.bytes)).contains(&squash(&expected)),
            "missing: {expected}"
        );
    }

    /// A column of a repeating group that applies only at the review names the question
    /// outside the group by its label, and the option by its label (not by their ids).
    #[test]
    fn a_group_column_condition_names_the_question_outside_the_group() {
        let form = builtin("family-self-assessment").unwrap();
        let texts = Localizer::new(&["en"]);
        let doc = renderer()
            .render_pdf(&RenderContext::blank(&form, &texts))
            .unwrap();
        let text = squash(&raw_text(&doc.bytes));
        let phase = form.question("phase").unwrap();
        let review = phase.options().iter().find(|o| o.code == "review").unwrap();
        let expected = format!(
            "Answer this if “{}”: {}.",
            texts.message(&phase.label),
            texts.message(&review.label)
        );
        assert!(text.contains(&squash(&expected)), "missing: {expected}");
        assert!(!text.contains("“phase”"), "an id is shown");
    }

    #[test]
    fn every_option_and_scale_end_is_printed() {
        for form_id in [
            "family-self-assessment",
            "service-need",
            "caregiver-support",
        ] {
            let form = builtin(form_id).unwrap();
            let texts = Localizer::new(&["sv"]);
            let doc = renderer()
                .render_pdf(&RenderContext::blank(&form, &texts))
                .unwrap();
            assert!(doc.replaced_chars.is_empty());
            let text = squash(&raw_text(&doc.bytes));
            for (_, q) in form.questions() {
                assert!(
                    text.contains(&squash(&texts.message(&q.label))),
                    "{form_id}: {}",
                    q.id
                );
                for o in q.options() {
                    assert!(
                        text.contains(&squash(&texts.message(&o.label))),
                        "{form_id}: {}",
                        o.code
                    );
                }
                if let arvio_core::QuestionKind::Scale {
                    min_label,
                    max_label,
                    ..
                } = &q.kind
                {
                    assert!(text.contains(&squash(&texts.message(min_label))));
                    assert!(text.contains(&squash(&texts.message(max_label))));
                }
            }
        }
    }
}

mod golden_files {
    use super::*;

    #[test]
    fn blank_forms() {
        for (form_id, lang) in [
            ("family-self-assessment", "fi"),
            ("caregiver-support", "sv"),
            ("service-need", "en"),
        ] {
            let form = builtin(form_id).unwrap();
            let texts = Localizer::new(&[lang]);
            let doc = renderer()
                .render_pdf(&RenderContext::blank(&form, &texts))
                .unwrap();
            golden(
                &format!("blank-{form_id}-{lang}.txt"),
                &layout_text(&doc.bytes),
            );
        }
    }

    #[test]
    fn summaries() {
        for (form_id, lang) in [
            ("family-self-assessment", "fi"),
            ("caregiver-support", "en"),
            ("service-need", "sv"),
        ] {
            let form = builtin(form_id).unwrap();
            let path = root().join(format!("examples/responses/{form_id}-{lang}.json"));
            let response = Response::from_json(&std::fs::read_to_string(path).unwrap()).unwrap();
            let doc = summary_of(&form, &response, &Localizer::new(&[lang]));
            golden(
                &format!("summary-{form_id}-{lang}.txt"),
                &layout_text(&doc.bytes),
            );
        }
    }

    #[test]
    fn family_copy_and_comparison() {
        let form = builtin("family-self-assessment").unwrap();
        let texts = Localizer::new(&["sv"]);
        let response =
            read_response(&root().join("examples/responses/family-self-assessment-sv.json"));
        let doc = summary_copy(&form, &response, &texts, CopyFor::Family);
        golden(
            "summary-family-self-assessment-sv-family.txt",
            &layout_text(&doc.bytes),
        );
        let review =
            read_response(&root().join("examples/responses/family-self-assessment-review-en.json"));
        let start =
            read_response(&root().join("examples/responses/family-self-assessment-en.json"));
        let en = Localizer::new(&["en"]);
        let vs = validate(&form, &start, day());
        let vr = validate(&form, &review, day());
        let scores = score(&form, &vr.answers);
        let blocks =
            blocks::comparison_blocks(&form, &vs.answers, &vr.answers, CopyFor::Worker, &en);
        let cx = RenderContext::compare(&form, &en, Filled::new(&review, &vr, &scores), &blocks);
        golden(
            "compare-family-self-assessment-en.txt",
            &layout_text(&renderer().render_pdf(&cx).unwrap().bytes),
        );
    }
}

mod copies {
    use super::*;

    /// Every question a copy leaves out, with its label in the reader's language: worker
    /// questions and private answers (top level and in groups), except the record's, which
    /// both copies show.
    fn left_out(form: &Form, texts: &dyn Texts) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for (_, q) in form.questions() {
            if !CopyFor::Family.shows(q) && !form.record.contains(&q.id) {
                out.push((q.id.clone(), texts.message(&q.label)));
            }
            if let arvio_core::QuestionKind::Group { questions, .. } = &q.kind {
                for sq in questions {
                    if !CopyFor::Family.shows(sq) {
                        out.push((format!("{}.{}", q.id, sq.id), texts.message(&sq.label)));
                    }
                }
            }
        }
        out
    }

    /// Labels of the questions a family's copy does show (a left-out label may be shared
    /// with one of them, such as "What would you change?"), and the renderers' own words (a
    /// sub-question labelled "Date" is left out, but the signature lines say "Date" too).
    fn shown_labels(form: &Form, texts: &dyn Texts) -> Vec<String> {
        let mut out: Vec<String> = common::ALL
            .iter()
            .map(|id| squash(&texts.message(id)))
            .collect();
        for (_, q) in form.questions() {
            if CopyFor::Family.shows(q) || form.record.contains(&q.id) {
                out.push(squash(&texts.message(&q.label)));
                if let arvio_core::QuestionKind::Group { questions, .. } = &q.kind {
                    out.extend(
                        questions
                            .iter()
                            .filter(|sq| CopyFor::Family.shows(sq))
                            .map(|sq| squash(&texts.message(&sq.label))),
                    );
                }
            }
        }
        out
    }

    /// The family's copy of every example response shows no worker question, no private
    /// answer and no mark that one exists; the worker's copy shows them, marked.
    #[test]
    fn the_familys_copy_leaves_out_worker_questions_and_private_answers() {
        let mut left_out_checked = 0;
        for file in example_files() {
            let name = file.file_name().unwrap().to_string_lossy().to_string();
            let response = read_response(&file);
            let form = builtin(&response.form).unwrap();
            let texts = Localizer::new(&[response.language.as_str()]);
            let family = squash(&raw_text(
                &summary_copy(&form, &response, &texts, CopyFor::Family).bytes,
            ));
            let worker = squash(&raw_text(
                &summary_copy(&form, &response, &texts, CopyFor::Worker).bytes,
            ));
            assert!(family.contains(&squash(&texts.message(common::COPY_FAMILY))));
            assert!(worker.contains(&squash(&texts.message(common::COPY_WORKER))));
            let shown = shown_labels(&form, &texts);
            for (id, label) in left_out(&form, &texts) {
                let label = squash(&label);
                if shown.iter().any(|s| s.contains(&label)) {
                    continue;
                }
                assert!(
                    !family.contains(&label),
                    "{name}: `{id}` is in the family's copy"
                );
                left_out_checked += 1;
            }
            for marker in [common::PRIVATE, common::WORKER_ONLY] {
                assert!(
                    !family.contains(&squash(&texts.message(marker))),
                    "{name}: the family's copy has the mark {marker}"
                );
            }
            // The worker's copy prints what the family's leaves out, with its mark.
            let v = validate(&form, &response, day());
            let scores = score(&form, &v.answers);
            let view = arvio_core::render::view::summary(&RenderContext::summary(
                &form,
                &texts,
                Filled::new(&response, &v, &scores),
            ))
            .unwrap();
            for item in view.sections.iter().flat_map(|s| &s.items) {
                if let Some(m) = &item.marker {
                    assert!(worker.contains(&squash(&item.label)), "{name}: {}", item.id);
                    assert!(worker.contains(&squash(m)), "{name}: {}", item.id);
                }
            }
            if response.form == "family-self-assessment" {
                let private = form.question("safety_private").expect("safety_private");
                assert!(private.private, "safety_private is private");
                let label = squash(&texts.message(&private.label));
                let mark = squash(&texts.message(common::PRIVATE));
                assert!(!family.contains(&label), "{name}: safety_private");
                assert!(!family.contains(&mark), "{name}: the private mark");
                if v.answers.get("safety_private").is_some() {
                    assert!(worker.contains(&label), "{name}: safety_private");
                    assert!(worker.contains(&mark), "{name}: the private mark");
                }
            }
        }
        assert!(
            left_out_checked > 20,
            "only {left_out_checked} labels checked"
        );
    }

    /// A blank form offered to the family leaves the worker's questions out.
    #[test]
    fn a_familys_blank_form_leaves_out_worker_questions() {
        let form = builtin("service-need").unwrap();
        let texts = Localizer::new(&["fi"]);
        let all = renderer()
            .render_pdf(&RenderContext::blank(&form, &texts))
            .unwrap();
        let family = renderer()
            .render_pdf(&RenderContext::blank(&form, &texts).with_part(Part::Family))
            .unwrap();
        let all = squash(&raw_text(&all.bytes));
        let family = squash(&raw_text(&family.bytes));
        // Labels the family's form prints (a worker question may share one with a column of
        // a family's table).
        let mut shown: Vec<String> = Vec::new();
        for (_, q) in form
            .questions()
            .filter(|(_, q)| Part::Family.covers(q.audience))
        {
            shown.push(squash(&texts.message(&q.label)));
            if let arvio_core::QuestionKind::Group { questions, .. } = &q.kind {
                shown.extend(questions.iter().map(|sq| squash(&texts.message(&sq.label))));
            }
        }
        let mut checked = 0;
        for (_, q) in form.questions() {
            let label = squash(&texts.message(&q.label));
            if Part::Family.covers(q.audience) {
                assert!(family.contains(&label), "{}", q.id);
            } else if !shown.iter().any(|s| s.contains(&label)) {
                assert!(all.contains(&label), "{}", q.id);
                assert!(!family.contains(&label), "{}", q.id);
                checked += 1;
            }
        }
        assert!(checked > 5, "only {checked} worker questions checked");
    }
}

mod signatures {
    use super::*;

    const WORDS: [(&str, &str); 3] = [
        ("fi", "Allekirjoitus"),
        ("sv", "Underskrift"),
        ("en", "Signature"),
    ];

    fn check(text: &str, texts: &dyn Texts, what: &str) {
        for id in [
            common::SIGNATURES,
            common::SIGNATURE,
            common::SIGNATURE_NAME,
            common::SIGNATURE_DATE,
            common::SIGNER_WORKER,
            common::SIGNER_FAMILY,
        ] {
            assert!(has_words(text, &texts.message(id)), "{what}: {id}");
        }
    }

    #[test]
    fn summaries_end_with_signature_lines() {
        for (lang, word) in WORDS {
            let texts = Localizer::new(&[lang]);
            for form_id in [
                "family-self-assessment",
                "service-need",
                "caregiver-support",
            ] {
                let form = builtin(form_id).unwrap();
                let response = read_response(
                    &root().join(format!("examples/responses/{form_id}-{lang}.json")),
                );
                let text = raw_text(&summary_of(&form, &response, &texts).bytes);
                assert!(has_words(&text, word), "{form_id}-{lang}: {word}");
                check(&text, &texts, &format!("{form_id}-{lang}"));
                // The signatures come last: after the last section's heading.
                let last = text.rfind(&texts.message(common::SIGNATURES)).unwrap();
                let scores = text.rfind(&texts.message(common::SCORES)).unwrap_or(0);
                assert!(
                    last > scores,
                    "{form_id}-{lang}: signatures before the scores"
                );
            }
        }
    }

    #[test]
    fn blank_forms_end_with_signature_lines() {
        for (lang, word) in WORDS {
            let texts = Localizer::new(&[lang]);
            for form_id in [
                "family-self-assessment",
                "service-need",
                "caregiver-support",
            ] {
                let form = builtin(form_id).unwrap();
                let doc = renderer()
                    .render_pdf(&RenderContext::blank(&form, &texts))
                    .unwrap();
                let text = raw_text(&doc.bytes);
                assert!(has_words(&text, word), "{form_id}-{lang}: {word}");
                check(&text, &texts, &format!("blank {form_id}-{lang}"));
                let last_page = text.split('\u{c}').nth(doc.pages - 1).unwrap();
                assert!(
                    has_words(last_page, &texts.message(common::SIGNATURE_NAME)),
                    "{form_id}-{lang}: not on the last page"
                );
            }
        }
    }
}

mod comparison {
    use super::*;

    fn comparison(lang: &str, copy: CopyFor) -> (Form, PdfDocument) {
        let form = builtin("family-self-assessment").unwrap();
        (form, support::comparison(lang, copy))
    }

    /// A comparison of a start and a review response in each language: the heading, the
    /// start, review and change words, every score's label, and the signature lines.
    #[test]
    fn a_comparison_in_finnish_swedish_and_english() {
        for lang in ["fi", "sv", "en"] {
            let (form, doc) = comparison(lang, CopyFor::Worker);
            let texts = Localizer::new(&[lang]);
            assert!(doc.replaced_chars.is_empty());
            let text = raw_text(&doc.bytes);
            for id in [
                common::COMPARE_TITLE,
                common::COMPARE_START,
                common::COMPARE_REVIEW,
                common::COMPARE_CHANGE,
                common::SIGNATURE,
                common::COPY_WORKER,
                common::CHART_ALT,
            ] {
                assert!(has_words(&text, &texts.message(id)), "{lang}: {id}");
            }
            for s in &form.scores {
                assert!(
                    has_words(&text, &texts.message(&s.label)),
                    "{lang}: {}",
                    s.id
                );
            }
            // No answers: the comparison is not a summary.
            let routines = form.question("routines_change").unwrap();
            assert!(
                !squash(&text).contains(&squash(&texts.message(&routines.label))),
                "{lang}: an answer's label"
            );
            let info = poppler("pdfinfo", &[], &doc.bytes);
            assert!(
                info.contains(&format!(
                    "{} – {}",
                    texts.message(&form.title),
                    texts.message(common::COMPARE_TITLE)
                )),
                "{info}"
            );
        }
    }

    /// The family's copy of a comparison shows only the scores it may show.
    #[test]
    fn the_familys_comparison_leaves_out_worker_scores() {
        let (form, doc) = comparison("en", CopyFor::Family);
        let texts = Localizer::new(&["en"]);
        let text = raw_text(&doc.bytes);
        assert!(has_words(&text, &texts.message(common::COPY_FAMILY)));
        for s in &form.scores {
            let shows = arvio_core::render::view::score_shows(&form, CopyFor::Family, s);
            if shows {
                assert!(has_words(&text, &texts.message(&s.label)), "{}", s.id);
            }
        }
    }
}

mod blocks_and_charts {
    use super::*;
    use arvio_core::render::view::{Block, Cell, Table, score_chart};

    /// The drawing operations of every page, decompressed.
    fn content(pdf: &[u8]) -> String {
        let lo = lopdf::Document::load_mem(pdf).unwrap();
        lo.get_pages()
            .values()
            .map(|id| String::from_utf8_lossy(&lo.get_page_content(*id)).into_owned())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// A block the caller prepared is laid out whole: heading, introduction, chart, tables
    /// (a flagged cell marked in words, not only in colour) and notes.
    #[test]
    fn a_prepared_block_is_laid_out_with_flagged_cells_marked() {
        let form = builtin("family-self-assessment").unwrap();
        let texts = Localizer::new(&["en"]);
        let response =
            read_response(&root().join("examples/responses/family-self-assessment-en.json"));
        let v = validate(&form, &response, day());
        let scores = score(&form, &v.answers);
        let mut block = Block::new("test", "Block heading");
        block.intro.push("An introduction to the block.".into());
        let mut chart = score_chart(
            &form,
            &[
                ("First series".into(), scores.scores.as_slice()),
                ("Second series".into(), scores.scores.as_slice()),
                ("Third series".into(), scores.scores.as_slice()),
            ],
            CopyFor::Worker,
            &texts,
        )
        .expect("a chart of the scores");
        chart.title = "Chart title".into();
        chart.rows[0].values[1] = None;
        block.chart = Some(chart.clone());
        let mut table = Table::new(
            "t",
            "Table caption",
            vec!["Step".into(), "Due".into(), "Status".into()],
        );
        table.rows.push(vec![
            Cell::new("Decision"),
            Cell::new("1 December 2026"),
            Cell::flagged("Overdue"),
        ]);
        table.rows.push(vec![
            Cell::new("Notice"),
            Cell::new("2 December 2026"),
            Cell::new("On time"),
        ]);
        table.notes.push("A note under the table.".into());
        block.tables.push(table);
        block.notes.push("A note under the block.".into());
        let blocks = vec![block];
        let cx = RenderContext::summary(&form, &texts, Filled::new(&response, &v, &scores))
            .with_blocks(&blocks);
        let doc = renderer().render_pdf(&cx).unwrap();
        let text = raw_text(&doc.bytes);
        for words in [
            "Block heading",
            "An introduction to the block.",
            "Chart title",
            "First series",
            "Second series",
            "Third series",
            "Table caption",
            "Step",
            "Due",
            "Status",
            "Decision",
            "On time",
            "A note under the table.",
            "A note under the block.",
            &chart.alt,
        ] {
            assert!(has_words(&text, words), "missing: {words}");
        }
        assert!(
            squash(&text).contains("!Overdue"),
            "the flag is not in words"
        );
        for row in &chart.rows {
            assert!(has_words(&text, &row.label), "{}", row.label);
        }
        for (_, tick) in &chart.ticks {
            assert!(has_words(&text, tick), "tick {tick}");
        }
        // The block comes after the scores and before the signatures.
        let at = |s: &str| text.find(s).unwrap_or_else(|| panic!("{s}"));
        assert!(at("Block heading") > text.rfind(&texts.message(common::BAND_DISCLAIMER)).unwrap());
        assert!(at("Block heading") < text.rfind(&texts.message(common::SIGNATURES)).unwrap());

        // The bars: one filled rectangle per value in three greys, each outlined.
        let ops = content(&doc.bytes);
        let greys: Vec<usize> = [
            "0.28 0.28 0.28 rg",
            "0.78 0.78 0.78 rg",
            "0.52 0.52 0.52 rg",
        ]
        .iter()
        .map(|g| ops.matches(g).count())
        .collect();
        let rows = chart.rows.len();
        // Each grey also fills its legend swatch; the summary's own score chart (one series)
        // uses the first grey once more per score.
        assert!(greys[0] > 2 * rows, "{greys:?}");
        assert_eq!(
            greys[1], rows,
            "one value left out, plus the legend: {greys:?}"
        );
        assert_eq!(greys[2], rows + 1, "{greys:?}");
    }
}
