//! Integration tests of arvio-pdf: PDFs are read back with poppler's `pdftotext` and
//! `pdfinfo` (Debian package `poppler-utils`), and the extracted text is compared, never the
//! PDF bytes. Golden files under `tests/golden/` hold the extracted text of whole documents;
//! regenerate them with `UPDATE_GOLDEN=1 cargo test -p arvio-pdf`.

use arvio_core::chrono::NaiveDate;
use arvio_core::render::view::answer_text;
use arvio_core::render::{Filled, IdTexts, Output, RenderContext, RenderError, Renderer, Texts};
use arvio_core::{Answer, Form, Response, parse_form, score, validate};
use arvio_forms::builtin;
use arvio_i18n::Localizer;
use arvio_pdf::{PdfDocument, PdfRenderer, REPLACEMENT};
use std::path::{Path, PathBuf};
use std::process::Command;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn renderer() -> PdfRenderer {
    PdfRenderer::new().created_on(day())
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Runs a poppler tool on the PDF; fails with a clear message when poppler-utils is missing.
fn poppler(tool: &str, args: &[&str], pdf: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("arvio-pdf-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!(
        "{}-{}.pdf",
        tool,
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    ));
    std::fs::write(&file, pdf).unwrap();
    let mut cmd = Command::new(tool);
    cmd.args(args).arg(&file);
    if tool == "pdftotext" {
        cmd.arg("-");
    }
    let out = cmd.output().unwrap_or_else(|e| {
        panic!(
            "`{tool}` could not be run ({e}). These tests read PDFs back with poppler: \
             install it with `apt-get install -y poppler-utils`."
        )
    });
    let _ = std::fs::remove_file(&file);
    assert!(
        out.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("poppler writes UTF-8")
}

/// Text in content-stream order (`pdftotext -raw`).
fn raw_text(pdf: &[u8]) -> String {
    poppler("pdftotext", &["-raw", "-enc", "UTF-8"], pdf)
}

/// Text laid out as on the page (`pdftotext -layout`), for golden files.
fn layout_text(pdf: &[u8]) -> String {
    poppler("pdftotext", &["-layout", "-enc", "UTF-8"], pdf)
}

/// Text with all whitespace removed: wrapping turns spaces into line breaks and may break
/// a long word anywhere.
fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn summary_of(form: &Form, response: &Response, texts: &dyn Texts) -> PdfDocument {
    let v = validate(form, response, day());
    let scores = score(form, &v.answers);
    let cx = RenderContext::summary(form, texts, Filled::new(response, &v, &scores));
    renderer().render_pdf(&cx).expect("summary renders")
}

fn golden(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} is missing: run with UPDATE_GOLDEN=1", path.display()));
    if expected != actual {
        let diff: Vec<String> = expected
            .lines()
            .zip(actual.lines())
            .enumerate()
            .filter(|(_, (a, b))| a != b)
            .take(5)
            .map(|(i, (a, b))| format!("line {}:\n  golden: {a}\n  actual: {b}", i + 1))
            .collect();
        panic!(
            "{name} differs from the golden file ({} vs {} lines); first differences:\n{}\n\
             Rerun with UPDATE_GOLDEN=1 if the change is intended.",
            expected.lines().count(),
            actual.lines().count(),
            diff.join("\n")
        );
    }
}

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
        let dir = root().join("examples/responses");
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        assert!(
            files.len() >= 9,
            "expected the example responses in {}",
            dir.display()
        );
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
            let text = squash(&raw_text(&doc.bytes));
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
        // The section's title is also the name of the relationship score: it is printed once,
        // in the table of scores, and not as a section heading.
        assert_eq!(
            text.matches(&squash(&texts.message(&section.title)))
                .count(),
            1
        );
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

    #[test]
    fn a_summary_needs_a_response() {
        let form = builtin("caregiver-support").unwrap();
        let mut cx = RenderContext::blank(&form, &IdTexts);
        cx.kind = arvio_core::render::RenderKind::Summary;
        assert!(matches!(
            renderer().render_pdf(&cx),
            Err(RenderError::MissingResponse)
        ));
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
    fn control_characters_are_replaced_and_tabs_are_spaces() {
        let form = long_form();
        let answer = "a\tb\u{7}c\r\nd";
        let doc = summary_of(
            &form,
            &long_response(&form, answer),
            &Localizer::new(&["fi"]),
        );
        assert_eq!(doc.replaced_chars, vec!['\u{7}']);
        let text = raw_text(&doc.bytes);
        assert!(text.contains(&format!("a b{REPLACEMENT}c\nd")), "{text}");
    }
}

mod pages {
    use super::*;

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
            text.matches("service-need · Lomakkeen versio 1.0.0")
                .count(),
            n
        );
        assert_eq!(text.matches("Salassa pidettävä").count(), n);
    }

    #[test]
    fn page_numbers_and_footer_in_swedish() {
        let (n, text) = footer_lines("sv");
        for p in 1..=n {
            assert!(text.contains(&format!("Sida {p} / {n}")), "page {p}");
        }
        assert_eq!(
            text.matches("service-need · Blankettens version 1.0.0")
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
        assert_eq!(text.matches("service-need · Form version 1.0.0").count(), n);
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
            "Familjens resurser i vardagen – självskattning – Sammanfattning"
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
            "<pdfaid:conformance>B</pdfaid:conformance>".into(),
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
}
