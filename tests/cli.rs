//! The `arvio` command end to end: outputs, exit codes (0 ok, 1 findings, 2 unreadable input
//! or usage), one-line errors, and no answer content on stderr.

use std::path::{Path, PathBuf};
use std::process::Command;

mod common;
use common::*;

fn tmp(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("arvio-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

const EX: &str = "examples/responses/family-self-assessment-fi.json";

#[test]
fn forms_lists_the_built_ins() {
    let o = arvio(&["forms", "--lang", "en"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let out = stdout(&o);
    let ids: Vec<&str> = out.lines().filter_map(|l| l.split('\t').next()).collect();
    assert_eq!(
        ids,
        [
            "family-self-assessment",
            "caregiver-support",
            "service-need"
        ],
        "{out}"
    );
}

#[test]
fn score_of_the_example_succeeds() {
    let o = arvio(&["score", "family-self-assessment", EX, TODAY]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), 9);
    let o = arvio(&["score", "family-self-assessment", EX, TODAY, "--json"]);
    assert_eq!(code(&o), 0);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["scores"].as_array().unwrap().len(), 9);
    assert_eq!(v["valid"], true);
}

#[test]
fn every_example_response_validates() {
    for entry in std::fs::read_dir(root().join("examples/responses")).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let name = p.file_stem().unwrap().to_string_lossy().to_string();
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
        let (form, lang) = (v["form"].as_str().unwrap(), v["language"].as_str().unwrap());
        let o = arvio(&["validate", form, p.to_str().unwrap(), "--lang", lang, TODAY]);
        assert_eq!(code(&o), 0, "{name}: {}{}", stdout(&o), stderr(&o));
    }
}

#[test]
fn exit_codes() {
    // 1: findings in the response.
    let bad = tmp(
        "bad.json",
        r#"{"form":"family-self-assessment","form_version":"1.0.0","language":"fi","status":"submitted","answers":{"routines_meals":9}}"#,
    );
    let o = arvio(&[
        "validate",
        "family-self-assessment",
        bad.to_str().unwrap(),
        TODAY,
    ]);
    assert_eq!(code(&o), 1);
    assert!(stdout(&o).contains("routines_meals: "), "{}", stdout(&o));
    // 2: malformed JSON, missing file, unknown form, wrong usage.
    let malformed = tmp(
        "malformed.json",
        "{\"form\": \"family-self-assessment\", \"answers\": {\"x\": \"Matti Meikäläinen\"",
    );
    let o = arvio(&[
        "validate",
        "family-self-assessment",
        malformed.to_str().unwrap(),
    ]);
    assert_eq!(code(&o), 2);
    assert_eq!(stderr(&o).lines().count(), 1, "{}", stderr(&o));
    assert!(!stderr(&o).contains("Matti"));
    let o = arvio(&["validate", "family-self-assessment", "no/such/file.json"]);
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr(&o).trim(),
        "arvio: no/such/file.json: cannot read: entity not found"
    );
    let o = arvio(&["score", "no-such-form", EX]);
    assert_eq!(code(&o), 2);
    let o = arvio(&["frobnicate"]);
    assert_eq!(code(&o), 2);
    let o = arvio(&[
        "validate",
        "family-self-assessment",
        EX,
        "--today",
        "tomorrow",
    ]);
    assert_eq!(code(&o), 2);
    let o = arvio(&["--help"]);
    assert_eq!(code(&o), 0);
}

#[test]
fn a_wrongly_typed_value_is_not_echoed() {
    let secret = "Matti Meikäläinen 010101-123X";
    let r = tmp(
        "secret.json",
        &format!(
            r#"{{"form":"family-self-assessment","form_version":"1.0.0","language":"fi","status":"submitted","answers":{{"filled_on":"{secret}","routines_meals":"{secret}","{secret}":1}}}}"#
        ),
    );
    for cmd in ["validate", "score", "summary"] {
        let o = arvio(&[cmd, "family-self-assessment", r.to_str().unwrap(), TODAY]);
        assert_eq!(code(&o), 1, "{cmd}");
        let err = stderr(&o);
        assert!(!err.contains("Matti"), "{cmd}: {err}");
        if cmd != "summary" {
            assert!(!stdout(&o).contains("Matti"), "{cmd}");
        }
    }
}

#[test]
fn form_files_with_findings_exit_1_with_places() {
    let (_, text) = arvio_forms::builtin_source("family-self-assessment").unwrap();
    let broken = tmp(
        "broken.toml",
        &text.replace("from = 2.5, to = 4.0", "from = 2.6, to = 4.0"),
    );
    let o = arvio(&["lint", broken.to_str().unwrap()]);
    assert_eq!(code(&o), 1);
    let first = stdout(&o).lines().next().unwrap().to_string();
    assert!(
        first.starts_with(&format!("{}:", broken.display())),
        "{first}"
    );
    assert!(
        first.ends_with("bands: gap between `worry` (to 2.5) and `mixed` (from 2.6)"),
        "{first}"
    );
    let unreadable = tmp("syntax.toml", "id = \"x\"\nversion = ");
    let o = arvio(&["lint", unreadable.to_str().unwrap()]);
    assert_eq!(code(&o), 1);
    let o = arvio(&["lint", "no/such/form.toml"]);
    assert_eq!(code(&o), 2);
}

#[test]
fn lint_passes_on_the_built_ins() {
    let o = arvio(&["lint"]);
    assert_eq!(code(&o), 0, "{}{}", stdout(&o), stderr(&o));
}

#[test]
fn render_text_in_three_languages() {
    for lang in ["fi", "sv", "en"] {
        let o = arvio(&[
            "render",
            "family-self-assessment",
            "--to",
            "text",
            "--lang",
            lang,
        ]);
        assert_eq!(code(&o), 0);
        let out = stdout(&o);
        assert!(!out.contains("fsa-"), "{lang}: raw message id in {out}");
    }
}

/// A copy of `locales/` to break in one place.
fn locales_copy(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("arvio-locales-{tag}-{}", std::process::id()));
    for lang in ["fi", "sv", "en"] {
        let d = dir.join("locales").join(lang);
        std::fs::create_dir_all(&d).unwrap();
        for e in std::fs::read_dir(root().join("locales").join(lang)).unwrap() {
            let p = e.unwrap().path();
            std::fs::copy(&p, d.join(p.file_name().unwrap())).unwrap();
        }
    }
    dir.join("locales")
}

#[test]
fn lint_names_a_deleted_swedish_message() {
    let dir = locales_copy("deleted");
    let file = dir.join("sv/family-self-assessment.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with("fsa-phase-review ="))
        .collect();
    assert_eq!(
        kept.len() + 1,
        text.lines().count(),
        "the message is on one line"
    );
    std::fs::write(&file, kept.join("\n")).unwrap();
    let o = arvio(&["lint", "--locales", dir.to_str().unwrap()]);
    assert_eq!(code(&o), 1);
    // Every embedded version is linted: the archived 1.1.0 and 1.0.0 forms use the message too.
    assert_eq!(
        stdout(&o).trim(),
        "locales/sv/family-self-assessment.ftl:1:1: message `fsa-phase-review` used by forms/family-self-assessment.toml is missing in sv\n\
         locales/sv/family-self-assessment.ftl:1:1: message `fsa-phase-review` used by forms/family-self-assessment@1.1.0.toml is missing in sv\n\
         locales/sv/family-self-assessment.ftl:1:1: message `fsa-phase-review` used by forms/family-self-assessment@1.0.0.toml is missing in sv"
    );
}

#[test]
fn lint_names_a_variable_added_in_english() {
    let dir = locales_copy("variable");
    let file = dir.join("en/family-self-assessment.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let line = text
        .lines()
        .position(|l| l.starts_with("fsa-phase-start ="))
        .unwrap()
        + 1;
    std::fs::write(
        &file,
        text.replace("fsa-phase-start = ", "fsa-phase-start = { $child }: "),
    )
    .unwrap();
    let o = arvio(&["lint", "--locales", dir.to_str().unwrap()]);
    assert_eq!(code(&o), 1);
    let out = stdout(&o);
    let expected = format!("locales/en/family-self-assessment.ftl:{line}:1: ");
    assert!(
        out.trim().starts_with(&expected)
            && out.contains("fsa-phase-start")
            && out.contains("$child"),
        "{out}"
    );
    assert_eq!(out.trim().lines().count(), 1, "{out}");
}

/// The localized error list of one invalid response, pinned per language in
/// `tests/golden/mixed-errors.<lang>.txt` (regenerate with `UPDATE_GOLDEN=1`).
#[test]
fn localized_error_lists_are_pinned() {
    for lang in ["fi", "sv", "en"] {
        let o = arvio(&[
            "validate",
            "family-self-assessment",
            "tests/golden/mixed-errors.json",
            "--lang",
            lang,
            TODAY,
        ]);
        assert_eq!(code(&o), 1);
        assert_eq!(stderr(&o).trim(), "arvio: 33 error(s)");
        let golden = root().join(format!("tests/golden/mixed-errors.{lang}.txt"));
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            std::fs::write(&golden, &o.stdout).unwrap();
        }
        let expected = std::fs::read_to_string(&golden).unwrap();
        assert_eq!(
            stdout(&o),
            expected,
            "{lang}: run with UPDATE_GOLDEN=1 to accept"
        );
        // Paths and question labels only: nothing the person typed.
        assert!(!stdout(&o).contains("Neuvola") && !stdout(&o).contains("Rauhalliset"));
    }
}

fn out_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("arvio-cli-out-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn schema_of_a_form_and_of_the_form_format() {
    let o = arvio(&["schema", "caregiver-support", "--lang", "sv"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let schema: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let version = arvio_forms::builtin("caregiver-support").unwrap().version;
    assert_eq!(
        schema["$id"],
        format!("urn:arvio:form:caregiver-support:{version}")
    );
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(schema["properties"]["form"]["const"], "caregiver-support");
    // `--definition` prints the committed form-file schema, byte for byte.
    let o = arvio(&["schema", "--definition"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let committed = std::fs::read_to_string(root().join("forms/form.schema.json")).unwrap();
    assert_eq!(stdout(&o), committed);
    // A form and --definition together, or neither, is a usage error.
    assert_eq!(code(&arvio(&["schema", "service-need", "--definition"])), 2);
    assert_eq!(code(&arvio(&["schema"])), 2);
    assert_eq!(code(&arvio(&["schema", "no-such-form"])), 2);
}

#[test]
fn html_form_and_summary_are_written_to_files() {
    let dir = out_dir();
    let form = dir.join("form.html");
    let o = arvio(&[
        "render",
        "family-self-assessment",
        "--to",
        "html",
        "--lang",
        "sv",
        "-o",
        form.to_str().unwrap(),
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(stdout(&o), "");
    let page = std::fs::read_to_string(&form).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"), "{}", &page[..40]);
    assert!(page.contains("<html lang=\"sv\""));
    assert_eq!(page.matches("<h1").count(), 1);
    assert!(!page.contains("<script"));

    let summary = dir.join("summary.html");
    let o = arvio(&[
        "summary",
        "caregiver-support",
        "examples/responses/caregiver-support-en.json",
        "--to",
        "html",
        "--lang",
        "en",
        TODAY,
        "-o",
        summary.to_str().unwrap(),
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let page = std::fs::read_to_string(&summary).unwrap();
    assert!(page.contains("<html lang=\"en\""));
    assert!(page.contains("<table"), "a score table");
}

/// `pdftotext` from poppler-utils (installed by scripts/test-all).
fn pdftotext(pdf: &Path) -> String {
    let o = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs (apt-get install poppler-utils)");
    assert!(o.status.success());
    String::from_utf8(o.stdout).unwrap()
}

#[test]
fn pdf_blank_form_and_summary() {
    let dir = out_dir();
    let blank = dir.join("blank.pdf");
    let o = arvio(&[
        "render",
        "service-need",
        "--to",
        "pdf",
        "--lang",
        "sv",
        "-o",
        blank.to_str().unwrap(),
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let bytes = std::fs::read(&blank).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let text = pdftotext(&blank);
    let pages = text.matches('\u{c}').count();
    assert!(pages >= 2, "{pages} pages");
    assert!(text.contains(&format!("Sida 1 / {pages}")), "{text}");

    let summary = dir.join("summary.pdf");
    let o = arvio(&[
        "summary",
        "family-self-assessment",
        EX,
        "--to",
        "pdf",
        "--lang",
        "fi",
        TODAY,
        "-o",
        summary.to_str().unwrap(),
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(stderr(&o), "", "no replaced characters to report");
    let text = pdftotext(&summary);
    assert!(text.contains("Sivu 1 / "));
    // A free-text answer of the example comes back (wrapped anywhere: compare without spaces).
    let squash = |s: &str| s.split_whitespace().collect::<String>();
    assert!(
        squash(&text).contains(&squash(
            "Aamuisin on kiire ja riitelemme siitä, kuka on valmis ajoissa. \
             Haluaisimme rauhallisemmat aamut."
        )),
        "{text}"
    );
}

#[test]
fn pdf_reports_replaced_characters_without_showing_them() {
    let dir = out_dir();
    let json = std::fs::read_to_string(root().join(EX)).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
    // A kanji and a hiragana letter: DejaVu Sans has neither.
    v["answers"]["routines_change"] = serde_json::json!("aamut あ 漢");
    let response = tmp("emoji.json", &v.to_string());
    let pdf = dir.join("emoji.pdf");
    let o = arvio(&[
        "summary",
        "family-self-assessment",
        response.to_str().unwrap(),
        "--to",
        "pdf",
        TODAY,
        "-o",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.starts_with("arvio: warning: 2 distinct character(s) the PDF font lacks"),
        "{err}"
    );
    assert!(!err.contains('あ') && !err.contains('漢') && !err.contains("aamut"));
}

// ---------------------------------------------------------------------------------------------
// Parts, versions, copies and comparisons.

/// The example response of a form in a language, parsed.
fn example(form: &str, lang: &str) -> serde_json::Value {
    let text =
        std::fs::read_to_string(root().join(format!("examples/responses/{form}-{lang}.json")))
            .unwrap();
    serde_json::from_str(&text).unwrap()
}

/// The form a stored response was filled in (its version, or the newest).
fn form_of(v: &serde_json::Value) -> arvio_core::Form {
    arvio_forms::for_response(
        v["form"].as_str().unwrap(),
        v["form_version"].as_str().unwrap(),
    )
    .unwrap()
}

/// The texts of one language.
fn texts(lang: &str) -> arvio_i18n::Localizer {
    arvio_i18n::Localizer::new(&[lang])
}

#[test]
fn validate_part_family_accepts_a_response_without_the_workers_answers() {
    use arvio_core::{Audience, QuestionKind};
    for id in ["caregiver-support", "service-need"] {
        let mut v = example(id, "fi");
        let form = form_of(&v);
        let mut removed = 0;
        let answers = v["answers"].as_object_mut().unwrap();
        for (_, q) in form.questions() {
            if q.audience == Audience::Worker {
                removed += usize::from(answers.remove(&q.id).is_some());
            } else if let QuestionKind::Group { questions, .. } = &q.kind
                && let Some(rows) = answers.get_mut(&q.id).and_then(|r| r.as_array_mut())
            {
                // Worker sub-questions of a family's table.
                for row in rows.iter_mut().filter_map(|r| r.as_object_mut()) {
                    for sq in questions
                        .iter()
                        .filter(|sq| sq.audience == Audience::Worker)
                    {
                        removed += usize::from(row.remove(&sq.id).is_some());
                    }
                }
            }
        }
        assert!(removed > 0, "{id}: the example answers worker questions");
        let family = tmp(&format!("{id}-family-part.json"), &v.to_string());
        let family = family.to_str().unwrap();
        let o = arvio(&["validate", id, family, "--part", "family", TODAY]);
        assert_eq!(code(&o), 0, "{id}: {}{}", stdout(&o), stderr(&o));
        let o = arvio(&["validate", id, family, TODAY]);
        assert_eq!(
            code(&o),
            1,
            "{id}: the whole response lacks the worker's answers"
        );
        let o = arvio(&["validate", id, family, "--part", "all", TODAY]);
        assert_eq!(code(&o), 1, "{id}");
        let o = arvio(&["validate", id, family, "--part", "everyone", TODAY]);
        assert_eq!(code(&o), 2, "{id}: an unknown part is a usage error");
    }
}

#[test]
fn archived_versions_are_named_with_id_at_version() {
    for entry in std::fs::read_dir(root().join("examples/responses/1.0.0")).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let name = p.file_stem().unwrap().to_string_lossy().to_string();
        let (form, lang) = name.rsplit_once('-').unwrap();
        let path = p.to_str().unwrap();
        let at = format!("{form}@1.0.0");
        let o = arvio(&["validate", &at, path, "--lang", lang, TODAY]);
        assert_eq!(code(&o), 0, "{name}: {}{}", stdout(&o), stderr(&o));
        // A plain id checks a response against the version it names.
        let o = arvio(&["validate", form, path, "--lang", lang, TODAY]);
        assert_eq!(code(&o), 0, "{name}: {}{}", stdout(&o), stderr(&o));
        let o = arvio(&["summary", &at, path, "--lang", lang, TODAY]);
        assert_eq!(code(&o), 0, "{name}: {}", stderr(&o));
        assert!(stdout(&o).contains("1.0.0"), "{name}");
    }
    let o = arvio(&["render", "service-need@1.0.0", "--to", "text"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stdout(&o).contains("1.0.0"));
    // Unknown and malformed versions are usage errors.
    let o = arvio(&["render", "service-need@9.9.9"]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("1.0.0"), "names the known versions");
    assert_eq!(code(&arvio(&["render", "service-need@one"])), 2);
    // A response naming a version that never existed: unknown-form-version, with the known
    // versions (the answers are checked against the newest meanwhile).
    let mut v = example("service-need", "fi");
    v["form_version"] = serde_json::json!("0.9.0");
    let r = tmp("unknown-version.json", &v.to_string());
    let o = arvio(&[
        "validate",
        "service-need",
        r.to_str().unwrap(),
        "--lang",
        "en",
        TODAY,
    ]);
    assert_eq!(code(&o), 1);
    assert_eq!(
        stdout(&o),
        "form_version: The response is for a version of the form that is not known. Known versions: 2.0.0, 1.1.0, 1.0.0.\n"
    );
}

#[test]
fn a_form_file_path_is_a_form_argument() {
    let o = arvio(&["validate", "forms/family-self-assessment.toml", EX, TODAY]);
    assert_eq!(code(&o), 0, "{}{}", stdout(&o), stderr(&o));
}

/// The start and review examples of the family self-assessment in a language.
fn start_and_review(lang: &str) -> (String, String) {
    let start = format!("examples/responses/family-self-assessment-{lang}.json");
    let review = format!("examples/responses/family-self-assessment-review-{lang}.json");
    assert!(root().join(&review).exists(), "{review} is missing");
    (start, review)
}

#[test]
fn compare_in_three_languages_to_text_and_pdf() {
    use arvio_core::render::{Texts, common};
    let dir = out_dir();
    for lang in ["fi", "sv", "en"] {
        let t = texts(lang);
        let words = [
            t.message(common::COMPARE_START),
            t.message(common::COMPARE_REVIEW),
            t.message(common::COMPARE_CHANGE),
        ];
        let (start, review) = start_and_review(lang);
        let o = arvio(&[
            "compare",
            "family-self-assessment",
            &start,
            &review,
            "--lang",
            lang,
            TODAY,
        ]);
        assert_eq!(code(&o), 0, "{lang}: {}", stderr(&o));
        let text = stdout(&o);
        assert!(
            text.contains(&t.message(common::COMPARE_TITLE)),
            "{lang}: {text}"
        );
        for w in &words {
            assert!(text.contains(w.as_str()), "{lang}: no `{w}` in {text}");
        }
        // A comparison shows no answers: the start's free text is not there.
        assert!(!text.contains("Aamuisin on kiire"), "{lang}");

        let pdf = dir.join(format!("compare-{lang}.pdf"));
        let o = arvio(&[
            "compare",
            "family-self-assessment",
            &start,
            &review,
            "--to",
            "pdf",
            "--lang",
            lang,
            TODAY,
            "-o",
            pdf.to_str().unwrap(),
        ]);
        assert_eq!(code(&o), 0, "{lang}: {}", stderr(&o));
        let squash = |s: &str| s.split_whitespace().collect::<String>();
        let text = squash(&pdftotext(&pdf));
        for w in &words {
            assert!(
                text.contains(&squash(w)),
                "{lang}: no `{w}` in the PDF: {text}"
            );
        }
    }
}

#[test]
fn summary_with_a_start_adds_the_comparison() {
    use arvio_core::render::{Texts, common};
    let (start, review) = start_and_review("en");
    let o = arvio(&[
        "summary",
        "family-self-assessment",
        &review,
        "--start",
        &start,
        "--lang",
        "en",
        TODAY,
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let text = stdout(&o);
    let t = texts("en");
    assert!(text.contains(&t.message(common::COMPARE_CHANGE)), "{text}");
    assert!(text.contains(&t.message(common::SUMMARY)), "{text}");
}

#[test]
fn compare_reports_an_invalid_response_and_still_renders() {
    let (start, _) = start_and_review("fi");
    let bad = tmp(
        "bad-review.json",
        r#"{"form":"family-self-assessment","form_version":"1.0.0","language":"fi","status":"submitted","answers":{"routines_meals":9}}"#,
    );
    let o = arvio(&[
        "compare",
        "family-self-assessment",
        &start,
        bad.to_str().unwrap(),
        TODAY,
    ]);
    assert_eq!(code(&o), 1);
    assert!(!stdout(&o).is_empty(), "rendered anyway");
    let err = stderr(&o);
    assert!(err.lines().last().unwrap().starts_with("arvio: "), "{err}");
    assert!(err.contains("validation error(s)"), "{err}");
}

#[test]
fn the_familys_copy_leaves_out_worker_questions_and_private_answers() {
    use arvio_core::{Audience, render::Texts};
    for lang in ["fi", "sv", "en"] {
        let v = example("family-self-assessment", lang);
        let form = form_of(&v);
        let t = texts(lang);
        let path = format!("examples/responses/family-self-assessment-{lang}.json");
        let summary = |copy: &str| {
            let o = arvio(&[
                "summary",
                "family-self-assessment",
                &path,
                "--copy",
                copy,
                "--lang",
                lang,
                TODAY,
            ]);
            assert_eq!(code(&o), 0, "{lang} {copy}: {}", stderr(&o));
            stdout(&o)
        };
        let (worker, family) = (summary("worker"), summary("family"));
        assert!(family.contains(&t.message(arvio_core::render::common::COPY_FAMILY)));
        assert!(worker.contains(&t.message(arvio_core::render::common::COPY_WORKER)));
        let private = form.question("safety_private").unwrap();
        let private_label = t.message(&private.label);
        assert!(!family.contains(&private_label), "{lang}: {family}");
        if v["answers"].get("safety_private").is_some() {
            assert!(worker.contains(&private_label), "{lang}");
        }
        let shown: Vec<String> = form
            .questions()
            .filter(|(_, q)| q.audience != Audience::Worker && !q.private)
            .map(|(_, q)| t.message(&q.label))
            .collect();
        for (_, q) in form.questions() {
            if q.audience != Audience::Worker || form.record.contains(&q.id) {
                continue;
            }
            let label = t.message(&q.label);
            if shown.iter().any(|s| s.contains(&label)) {
                continue;
            }
            assert!(
                !family.contains(&label),
                "{lang}: `{label}` in the family's copy"
            );
            if v["answers"].get(&q.id).is_some() {
                assert!(
                    worker.contains(&label),
                    "{lang}: `{label}` not in the worker's copy"
                );
            }
        }
        assert!(family.len() < worker.len());
    }
}

/// The text summaries of the examples, both copies, pinned in
/// `tests/golden/summary-<form>-<lang>-<copy>.txt` (regenerate with `UPDATE_GOLDEN=1`).
#[test]
fn text_summaries_are_pinned() {
    let mut failed = Vec::new();
    for form in [
        "family-self-assessment",
        "caregiver-support",
        "service-need",
    ] {
        for lang in ["fi", "sv", "en"] {
            for copy in ["worker", "family"] {
                let path = format!("examples/responses/{form}-{lang}.json");
                let o = arvio(&[
                    "summary", form, &path, "--copy", copy, "--lang", lang, TODAY,
                ]);
                assert_eq!(code(&o), 0, "{form} {lang} {copy}: {}", stderr(&o));
                let name = format!("summary-{form}-{lang}-{copy}.txt");
                let golden = root().join("tests/golden").join(&name);
                if std::env::var_os("UPDATE_GOLDEN").is_some() {
                    std::fs::write(&golden, &o.stdout).unwrap();
                }
                let expected = std::fs::read_to_string(&golden).unwrap_or_default();
                if stdout(&o) != expected {
                    failed.push(name);
                }
            }
        }
    }
    assert!(
        failed.is_empty(),
        "differ from tests/golden (run with UPDATE_GOLDEN=1 to accept): {failed:?}"
    );
}

#[test]
fn render_part_family_lists_no_worker_question() {
    use arvio_core::Audience;
    for id in ["caregiver-support", "service-need"] {
        let form = arvio_forms::builtin(id).unwrap();
        let o = arvio(&["render", id, "--part", "family"]);
        assert_eq!(code(&o), 0, "{id}: {}", stderr(&o));
        let family = stdout(&o);
        let all = stdout(&arvio(&["render", id]));
        let mut workers = 0;
        for (_, q) in form.questions() {
            let mark = format!("- [{}] ", q.id);
            if q.audience == Audience::Worker && q.takes_answer() {
                workers += 1;
                assert!(!family.contains(&mark), "{id}: {}", q.id);
                assert!(all.contains(&mark), "{id}: {}", q.id);
            }
        }
        assert!(workers > 0, "{id} has worker questions");
        assert!(family.contains("____"), "{id}: signature lines");
    }
}
